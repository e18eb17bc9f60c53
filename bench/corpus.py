"""Synthetic press releases in the genre's shape, for the benchmark and for load and fault tests.

Each release reports one round of one series, in Thai or English, the way ministries write them: a
title, a date line, a lead that dates and places the round and names its co-chairs, then paragraphs
of substance drawn from a pool (cooperation, a round recalled in passing, the next round, an
anniversary), to a realistic size. Some are saved as HTML pages with the site's menus around the
article. The same ``seed`` and index always give the same text, and every text is distinct.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dialogtrack.render.display import english_ordinal

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
THAI_MONTHS = ("มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม").split()
ENGLISH_ORDINALS = (
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth "
    "Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth"
).split()


@dataclass(frozen=True)
class Partner:
    en: str
    th: str
    capital_en: str
    capital_th: str
    minister_en: str
    minister_th: str
    founded: int


PARTNERS = (
    Partner("Japan", "ญี่ปุ่น", "Tokyo", "กรุงโตเกียว", "Kenji Watanabe", "นายเคนจิ วาตานาเบะ", 1887),
    Partner("Viet Nam", "เวียดนาม", "Hanoi", "กรุงฮานอย", "Nguyen Van Minh", "นายเหงียน วัน มิญ", 1976),
    Partner("Malaysia", "มาเลเซีย", "Kuala Lumpur", "กรุงกัวลาลัมเปอร์", "Ahmad Razak", "นายอาหมัด ราซัค", 1957),
    Partner("India", "อินเดีย", "New Delhi", "กรุงนิวเดลี", "Arjun Mehta", "นายอรชุน เมห์ตา", 1947),
    Partner("Australia", "ออสเตรเลีย", "Canberra", "กรุงแคนเบอร์รา", "Claire Holt", "นางแคลร์ โฮลต์", 1952),
)
KINDS = (("Joint Commission", "คณะกรรมาธิการร่วม"), ("Strategic Dialogue", "การหารือเชิงยุทธศาสตร์"))
THAI_CHAIR_EN, THAI_CHAIR_TH = "Somchai Rattanakul", "นายสมชาย รัตนกุล"

TOPICS_EN = (
    "trade and investment",
    "energy transition and connectivity",
    "education and people-to-people exchanges",
    "public health and pandemic preparedness",
    "the digital economy and cyber security",
    "maritime cooperation and fisheries",
    "agriculture, food security and water management",
    "tourism, culture and creative industries",
)
TOPICS_TH = (
    "การค้าและการลงทุน",
    "การเปลี่ยนผ่านด้านพลังงานและความเชื่อมโยง",
    "การศึกษาและการแลกเปลี่ยนระดับประชาชน",
    "สาธารณสุขและการเตรียมความพร้อมรับมือโรคระบาด",
    "เศรษฐกิจดิจิทัลและความมั่นคงไซเบอร์",
    "ความร่วมมือทางทะเลและการประมง",
    "เกษตร ความมั่นคงทางอาหาร และการบริหารจัดการน้ำ",
    "การท่องเที่ยว วัฒนธรรม และอุตสาหกรรมสร้างสรรค์",
)
PARAGRAPHS_EN = (
    "The two sides reviewed progress in {topic} since the previous meeting and agreed to set up a working "
    "group to report on concrete projects before the end of the year.",
    "Both delegations exchanged views on regional and international developments of mutual concern, "
    "including cooperation within ASEAN and the Mekong sub-region, and reaffirmed their support for an open, "
    "inclusive and rules-based regional architecture.",
    "The meeting welcomed the growth of bilateral trade, which reached a record level last year, and "
    "encouraged the private sectors of both countries to make full use of existing agreements on {topic}.",
    "The two sides agreed to strengthen cooperation in {topic}, to expand scholarships for students and young "
    "officials, and to promote direct flights between secondary cities.",
    "The Permanent Secretary thanked the {partner} side for its warm hospitality and for the productive "
    "discussions, which reflected the close friendship between the two countries.",
)
PARAGRAPHS_TH = (
    "ทั้งสองฝ่ายได้ทบทวนความคืบหน้าของความร่วมมือด้าน{topic} นับตั้งแต่การประชุมครั้งก่อน "
    "และเห็นพ้องให้จัดตั้งคณะทำงานเพื่อรายงานโครงการที่เป็นรูปธรรมภายในสิ้นปีนี้",
    "ทั้งสองฝ่ายได้แลกเปลี่ยนความเห็นเกี่ยวกับพัฒนาการในภูมิภาคและระหว่างประเทศที่อยู่ในความสนใจร่วมกัน "
    "รวมถึงความร่วมมือในกรอบอาเซียนและอนุภูมิภาคลุ่มน้ำโขง",
    "ที่ประชุมยินดีต่อการขยายตัวของการค้าระหว่างกันซึ่งมีมูลค่าสูงเป็นประวัติการณ์ในปีที่ผ่านมา "
    "และสนับสนุนให้ภาคเอกชนของทั้งสองประเทศใช้ประโยชน์จากความตกลงด้าน{topic}อย่างเต็มที่",
    "ทั้งสองฝ่ายเห็นพ้องที่จะกระชับความร่วมมือด้าน{topic} ขยายทุนการศึกษาสำหรับนักศึกษาและข้าราชการรุ่นใหม่ "
    "และส่งเสริมเที่ยวบินตรงระหว่างเมืองรอง",
    "ปลัดกระทรวงการต่างประเทศได้ขอบคุณฝ่าย{partner}สำหรับการต้อนรับอย่างอบอุ่นและการหารือที่เป็นประโยชน์ "
    "ซึ่งสะท้อนถึงมิตรภาพอันใกล้ชิดระหว่างสองประเทศ",
)
MENU = (
    '<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> '
    '<a href="/about">About the Ministry</a></nav></header>'
)
FOOTER = '<footer class="site-footer"><p>Ministry of Foreign Affairs</p><p>Sitemap | Contact</p></footer>'


@dataclass(frozen=True)
class Release:
    name: str
    text: str
    partner: Partner
    kind_en: str
    round: int
    day: date


def release(index: int, *, seed: int = 0, size: int = 2000, html_every: int = 0) -> Release:
    """Release number ``index``: Thai when the index is odd; about ``size`` bytes of UTF-8; an HTML page
    when ``html_every`` divides the index (0: never)."""
    rng = random.Random(f"{seed}:{index}")
    which, kind_index = index % len(PARTNERS), (index // len(PARTNERS)) % len(KINDS)
    partner, (kind_en, kind_th) = PARTNERS[which], KINDS[kind_index]
    round_ = 1 + (index // (len(PARTNERS) * len(KINDS))) % 20
    # Every report of one round gives it the same day.
    day = date(2001 + round_, 1 + (which * 2 + kind_index) % 12, 1 + (which * 5 + kind_index * 3) % 28)
    thai = index % 2 == 1
    head = _thai(partner, kind_th, round_, day) if thai else _english(partner, kind_en, round_, day)
    paragraphs = _extras(partner, kind_en, kind_th, round_, day, thai, rng)
    pool, topics = (PARAGRAPHS_TH, TOPICS_TH) if thai else (PARAGRAPHS_EN, TOPICS_EN)
    body = [head, *paragraphs]
    while len("\n\n".join(body).encode()) < size:
        template = rng.choice(pool)
        body.append(template.format(topic=rng.choice(topics), partner=partner.th if thai else partner.en))
    body.append(f"({seed}-{index})")  # every text distinct
    text = "\n\n".join(body) + "\n"
    suffix = "th" if thai else "en"
    if html_every and index % html_every == 0:
        title, *rest = text.split("\n\n")
        article = "".join(f"<p>{p}</p>" for p in rest)
        head = f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
        page = f"{head}<body>{MENU}<article><h1>{title}</h1>{article}</article>{FOOTER}</body></html>"
        return Release(f"{index:06d}-{suffix}.html", page, partner, kind_en, round_, day)
    return Release(f"{index:06d}-{suffix}.txt", text, partner, kind_en, round_, day)


def _english(p: Partner, kind: str, round_: int, day: date) -> str:
    ordinal = ENGLISH_ORDINALS[round_ - 1]
    when = f"{day:%B} {day.day}, {day.year}"
    return (
        f"The {ordinal} Thailand–{p.en} {kind}\n\n"
        f"On {when}, the {ordinal} Thailand–{p.en} {kind} was held in {p.capital_en}. "
        f"Foreign Minister {THAI_CHAIR_EN} and Foreign Minister {p.minister_en} co-chaired the meeting."
    )


def _thai(p: Partner, kind: str, round_: int, day: date) -> str:
    number = str(round_).translate(THAI_DIGITS)
    when = f"{day.day} {THAI_MONTHS[day.month - 1]} {day.year + 543}".translate(THAI_DIGITS)
    return (
        f"การประชุม{kind}ไทย-{p.th} ครั้งที่ {number}\n\n"
        f"เมื่อวันที่ {when} {THAI_CHAIR_TH} รัฐมนตรีว่าการกระทรวงการต่างประเทศ และ{p.minister_th} "
        f"รัฐมนตรีว่าการกระทรวงการต่างประเทศ{p.th} เป็นประธานร่วมการประชุม{kind}ไทย-{p.th} "
        f"ครั้งที่ {number} ณ {p.capital_th}"
    )


def _extras(
    p: Partner, kind_en: str, kind_th: str, round_: int, day: date, thai: bool, rng: random.Random
) -> list[str]:
    """Paragraphs that name other rounds or an anniversary, as many releases do (some of the time)."""
    out = []
    if round_ > 1 and rng.random() < 0.3:
        before = round_ - 1
        out.append(
            f"ทั้งสองฝ่ายติดตามผลการประชุม{kind_th}ไทย-{p.th} ครั้งที่ {str(before).translate(THAI_DIGITS)}"
            if thai
            else f"The meeting followed up on the outcomes of the {ENGLISH_ORDINALS[before - 1]} {kind_en}."
        )
    if rng.random() < 0.3:
        out.append(
            f"ทั้งสองฝ่ายเห็นพ้องให้จัดการประชุมครั้งต่อไปที่ประเทศไทยในปี {str(day.year + 544).translate(THAI_DIGITS)}"
            if thai
            else f"The two sides agreed to hold the next meeting in Thailand in {day.year + 1}."
        )
    if rng.random() < 0.2:
        years = day.year - p.founded
        out.append(
            f"ในโอกาสครบรอบ {str(years).translate(THAI_DIGITS)} ปี การสถาปนาความสัมพันธ์ทางการทูตไทย-{p.th}"
            if thai
            else f"The year marks the {english_ordinal(years)} anniversary of diplomatic relations with {p.en}."
        )
    return out


def write_releases(
    folder: Path, count: int, *, start: int = 0, seed: int = 0, size: int = 2000, html_every: int = 0
) -> list[Path]:
    """Write releases ``start`` .. ``start + count - 1`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        r = release(index, seed=seed, size=size, html_every=html_every)
        path = folder / r.name
        path.write_text(r.text, encoding="utf-8")
        paths.append(path)
    return paths
