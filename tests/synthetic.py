"""Synthetic press releases in the genre's shape, for load, fault and benchmark runs.

Each release reports one round of one series, in Thai or English, with its date, place and co-chairs
written the way ministries write them, then paragraphs of background to reach a realistic size. The
same ``seed`` and index always give the same text, and every text is distinct.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

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


PARTNERS = (
    Partner("Japan", "ญี่ปุ่น", "Tokyo", "กรุงโตเกียว", "Kenji Watanabe", "นายเคนจิ วาตานาเบะ"),
    Partner("Viet Nam", "เวียดนาม", "Hanoi", "กรุงฮานอย", "Nguyen Van Minh", "นายเหงียน วัน มิญ"),
    Partner("Malaysia", "มาเลเซีย", "Kuala Lumpur", "กรุงกัวลาลัมเปอร์", "Ahmad Razak", "นายอาหมัด ราซัค"),
    Partner("India", "อินเดีย", "New Delhi", "กรุงนิวเดลี", "Arjun Mehta", "นายอรชุน เมห์ตา"),
    Partner("Australia", "ออสเตรเลีย", "Canberra", "กรุงแคนเบอร์รา", "Claire Holt", "นางแคลร์ โฮลต์"),
)
KINDS = (("Joint Commission", "คณะกรรมาธิการร่วม"), ("Strategic Dialogue", "การหารือเชิงยุทธศาสตร์"))
THAI_CHAIR_EN, THAI_CHAIR_TH = "Somchai Rattanakul", "นายสมชาย รัตนกุล"
FILLER_EN = (
    "The two sides reviewed cooperation in trade, investment, energy, education and public health, and "
    "agreed to deepen exchanges between their peoples, officials and businesses in the years ahead. "
)
FILLER_TH = (
    "ทั้งสองฝ่ายได้ทบทวนความร่วมมือด้านการค้า การลงทุน พลังงาน การศึกษา และสาธารณสุข "
    "และเห็นพ้องที่จะส่งเสริมการแลกเปลี่ยนระหว่างประชาชน เจ้าหน้าที่ และภาคเอกชนของทั้งสองประเทศ "
)


@dataclass(frozen=True)
class Release:
    name: str
    text: str
    partner: Partner
    kind_en: str
    round: int
    day: date


def release(index: int, *, seed: int = 0, size: int = 2000) -> Release:
    """Release number ``index``: Thai when the index is odd; about ``size`` characters long."""
    rng = random.Random(f"{seed}:{index}")
    which, kind_index = index % len(PARTNERS), (index // len(PARTNERS)) % len(KINDS)
    partner, (kind_en, kind_th) = PARTNERS[which], KINDS[kind_index]
    round_ = 1 + (index // (len(PARTNERS) * len(KINDS))) % 20
    # Every report of one round gives it the same day.
    day = date(2001 + round_, 1 + (which * 2 + kind_index) % 12, 1 + (which * 5 + kind_index * 3) % 28)
    thai = index % 2 == 1
    text = _thai(partner, kind_th, round_, day) if thai else _english(partner, kind_en, round_, day)
    filler = FILLER_TH if thai else FILLER_EN
    while len(text) < size:
        text += f"\n\n{filler * rng.randint(1, 3)}({index}.{len(text)})"
    return Release(f"{index:06d}-{'th' if thai else 'en'}.txt", text + "\n", partner, kind_en, round_, day)


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


def write_releases(folder: Path, count: int, *, start: int = 0, seed: int = 0, size: int = 2000) -> list[Path]:
    """Write releases ``start`` .. ``start + count - 1`` into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        r = release(index, seed=seed, size=size)
        path = folder / r.name
        path.write_text(r.text, encoding="utf-8")
        paths.append(path)
    return paths
