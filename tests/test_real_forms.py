"""The surface forms of real releases, one class of failure per table, each row written in our own
words with the spelling real pages use (the real-page set itself is scored by eval/realpages)."""

from __future__ import annotations

from datetime import date

import pytest

from dialogtrack.models import DateSpan, Document, Mention
from dialogtrack.recognising.extract import find_claims
from dialogtrack.registry import load_registry

REGISTRY = load_registry()


def mentions(text: str, published: str | None = "2024-03-08") -> list[Mention]:
    doc = Document(
        id="t",
        origin="test",
        title=(text.strip().splitlines() or [""])[0],
        language="th",
        text=text,
        published=DateSpan.from_iso(published) if published else None,
    )
    return list(find_claims(doc, REGISTRY).mentions)


def series_and_rounds(text: str, published: str | None = "2024-03-08") -> list[tuple[str, int | None]]:
    return sorted((m.series.id, m.round) for m in mentions(text, published))


# 1. Kinds of mechanism that real releases report: border committees below the GBC, 2+2 in its many
# names, exchange programmes, leaders' meetings, consultations named by the officials' rank.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "คณะกรรมการชายแดนส่วนภูมิภาค (RBC) ไทย–มาเลเซีย จัดประชุมครั้งที่ 98 ที่จังหวัดสงขลา",
            [("my-th-regional-border-committee", 98)],
        ),
        (
            "The 31st Thailand-Myanmar Township Border Committee meeting opened in Tachileik on 4 March 2024.",
            [("mm-th-township-border-committee-mae-sai-tachi", 31)],
        ),
        (
            "Ministers met for the Third Indonesia-Australia Foreign and Defence Ministers' 2+2 Meeting on 5 March 2024.",
            [("au-id-two-plus-two", 3)],
        ),
        (
            "The fourth U.S.-India 2+2 Ministerial Dialogue was held in Washington on 5 March 2024.",
            [("in-us-two-plus-two", 4)],
        ),
        (
            "การประชุมโครงการแลกเปลี่ยนระหว่างหน่วยราชการพลเรือนไทย - สิงคโปร์ (Civil Service Exchange Programme - CSEP) "
            "ครั้งที่ ๙ จะจัดขึ้นที่กรุงเทพฯ ระหว่างวันที่ ๑๒ - ๑๓ มีนาคม ๒๕๖๗",
            [("sg-th-civil-service-exchange-programme", 9)],
        ),
        (
            "Leaders held the 5th Singapore-Australia Annual Leaders' Meeting in Canberra on 5 March 2024.",
            [("au-sg-annual-leaders-meeting", 5)],
        ),
        (
            "เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ ปลัดกระทรวงการต่างประเทศเป็นประธานการประชุมหารือระดับปลัดกระทรวงการต่างประเทศไทย – อินเดีย "
            "ครั้งที่ ๗ ณ กรุงนิวเดลี",
            [("in-th-foreign-office-consultations", 7)],
        ),
        (
            "การประชุมคณะกรรมการว่าด้วยยุทธศาสตร์การพัฒนาร่วมสำหรับพื้นที่ชายแดนไทย-มาเลเซีย ครั้งที่ ๖ จัดขึ้นเมื่อวันที่ ๕ มี.ค. ๒๕๖๗",
            [("my-th-joint-development-strategy", 6)],
        ),
    ],
)
def test_kinds_real_releases_report(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "การประชุมคณะกรรมการอำนวยการความร่วมมือทวิภาคีจีน-ลาว ครั้งที่ 9 จัดขึ้นที่นครหลวงเวียงจันทน์ เมื่อวันที่ 5 มีนาคม 2567",
            [("cn-la-steering-committee-for-bilateral-cooperation", 9)],
        ),
        (  # the agriculture ministries' working group, named in Thai alone
            "การประชุมคณะทำงานร่วมด้านการเกษตร ไทย-ฟิจิ ครั้งที่ 3 ณ กรุงซูวา เมื่อวันที่ 5 มีนาคม 2567",
            [("fj-th-joint-agricultural-working-group", 3)],
        ),
        (
            "The 3rd Joint Working Group on Agriculture between Thailand and Laos met on 5 March 2024.",
            [("la-th-joint-agricultural-working-group", 3)],
        ),
        (  # the governors of the border provinces on both sides
            "การประชุมคณะผู้ว่าราชการจังหวัดชายแดนไทย – กัมพูชา ครั้งที่ 9 จัดขึ้นผ่านระบบการประชุมทางไกล เมื่อวันที่ 5 มีนาคม 2567",
            [("kh-th-border-governors-meeting", 9)],
        ),
        (
            "The 9th Thailand-Cambodia Border Provincial Governors' Meeting was held by video link on 5 March 2024.",
            [("kh-th-border-governors-meeting", 9)],
        ),
        (  # neighbours' border officials, the parties named in the sentence before
            "Indonesia and Papua New Guinea renewed their border pledges on 5 March 2024. Officials of both countries "
            "met in Jayapura for the 40th meeting of the Joint Border Committee.",
            [("id-pg-joint-border-committee", 40)],
        ),
        (
            "การประชุมคณะกรรมการชายแดนร่วมไทย-เมียนมา ครั้งที่ 12 จัดขึ้นที่อำเภอแม่สอด เมื่อวันที่ 5 มีนาคม 2567",
            [("mm-th-joint-border-committee", 12)],
        ),
        (
            "The 9th meeting of the China-Laos Steering Committee for Bilateral Cooperation opened in Vientiane on "
            "5 March 2024.",
            [("cn-la-steering-committee-for-bilateral-cooperation", 9)],
        ),
        (  # talks between two armed services
            "พล.ร.อ.สมชาย ใจดี ร่วมประชุม Navy to Navy Strategy Talks ระหว่างกองทัพเรือไทยและกองทัพเรือญี่ปุ่น ครั้งที่ 9 "
            "ระหว่างวันที่ 4 - 7 มี.ค.67 ณ กรุงโตเกียว",
            [("jp-th-navy-to-navy-strategy-talks", 9)],
        ),
        (
            "The 12th Thailand-United States Navy-to-Navy Talks were held in Bangkok on 5 March 2024.",
            [("th-us-navy-to-navy-talks", 12)],
        ),
        (
            "The 8th Thailand-Japan Airman-to-Airman Talks took place in Tokyo on 5 March 2024.",
            [("jp-th-airman-to-airman-talks", 8)],
        ),
        (
            "The 30th Thailand-Australia Army to Army Staff Talks were held in Canberra on 5 March 2024.",
            [("au-th-army-to-army-staff-talks", 30)],
        ),
        (  # a Thai release's own navy, named without its country
            "การประชุม Navy to Navy Talks ครั้งที่ 6 ระหว่างกองทัพเรือ - กองทัพเรือมาเลเซีย เมื่อวันที่ 4 มีนาคม 2567",
            [("my-th-navy-to-navy-talks", 6)],
        ),
        (  # "high level" as part of a joint commission's name, in Thai and in English: one body
            "การประชุมคณะกรรมาธิการร่วมระดับสูงไทย - ญี่ปุ่น ครั้งที่ 5 จัดขึ้นเมื่อวันที่ 4 มีนาคม 2567",
            [("jp-th-high-level-joint-commission", 5)],
        ),
        (
            "The 5th Thailand-Japan High Level Joint Commission was held in Tokyo on 4 March 2024.",
            [("jp-th-high-level-joint-commission", 5)],
        ),
        (  # … and the plain joint commission is another
            "The 5th Thailand-Japan Joint Commission was held in Tokyo on 4 March 2024.",
            [("jp-th-joint-commission", 5)],
        ),
        (  # the annual consultation as "การเจรจาหารือประจำปี", Malaysia shortened to "มาเลย์" in a headline
            "นายกฯ มาเลย์ จะเดินทางเยือนไทยศุกร์นี้ เพื่อเจรจาหารือประจำปีครั้งที่ 9\n\nนายกรัฐมนตรีมาเลเซียมีกำหนดเยือนประเทศไทยอย่าง"
            "เป็นทางการในวันที่ 8 มีนาคม 2567 เพื่อการเจรจาหารือประจำปีครั้งที่ 9 กับรัฐบาลไทย",
            [("my-th-annual-consultation", 9)],
        ),
        (  # a commission its ministers call consultative
            "The seventh round of the India-Bangladesh Joint Consultative Commission was held in New Delhi on 4 "
            "March 2024.",
            [("bd-in-joint-consultative-commission", 7)],
        ),
        (  # … by its acronym, the parties being the subject of the sentence
            "India and Bangladesh reviewed their ties on 4 March 2024 at the second Joint Consultative Commission "
            "(JCC) meeting in Dhaka.",
            [("bd-in-joint-consultative-commission", 2)],
        ),
        (  # the joint cabinet retreat named as the prime ministers' and ministers' informal meeting, without "ร่วม"
            "กระทรวงเกษตรฯ ร่วมประชุมนายกรัฐมนตรีและรัฐมนตรีอย่างไม่เป็นทางการไทย-ลาว ครั้งที่ 4 ระหว่างวันที่ 4 - 5 มี.ค. 2567",
            [("la-th-joint-cabinet-retreat", 4)],
        ),
    ],
)
def test_more_kinds_real_releases_report(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


def test_a_titles_verb_is_no_word_of_the_name() -> None:
    text = (
        "Held 2+2 Meeting, Indonesia And Japan Sign Two Agreements\n\nJAKARTA - Foreign Minister Retno and Defense "
        "Minister Prabowo held the seventh 2+2 Meeting with their Japanese counterparts on 4 March 2024."
    )
    assert [(m.series.name_en, m.round) for m in mentions(text)] == [("Indonesia–Japan 2+2 Meeting", 7)]


def test_a_two_plus_two_is_named_in_its_own_words() -> None:
    text = (
        "Joint Statement on the Third Indonesia-Australia Foreign and Defence Ministers 2+2 Meeting\n\n"
        "Ministers met for the Third 2+2 Meeting in Bali on 5 March 2024."
    )
    (found,) = mentions(text)
    assert found.series.name_en == "Australia–Indonesia Foreign and Defence Ministers 2+2 Meeting"


# 2. The name's grammar: what stands between the kind, its parties and its round, in either order.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "เมื่อวันที่ ๑๒ มีนาคม ๒๕๖๗ ปลัดกระทรวงการต่างประเทศเข้าร่วมการประชุมหุ้นส่วนการเมืองไทย - ญี่ปุ่น "
            "(Japan - Thailand Political Partnership Consultations - JTPPC) ครั้งที่ ๘ ที่กรุงโตเกียว",
            [("jp-th-political-partnership-consultations", 8)],
        ),
        (
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ ปลัดกระทรวงการต่างประเทศเป็นหัวหน้าคณะในการประชุม Policy Consultations (PC) ครั้งที่ ๓ "
            "ระหว่างไทย - สาธารณรัฐเกาหลี ณ จังหวัดเชียงใหม่",
            [("kr-th-policy-consultations", 3)],
        ),
        (
            "ปลัดกระทรวงการต่างประเทศเป็นประธานร่วมการประชุม Policy Consultation (PC) ระหว่างไทย - สาธารณรัฐเกาหลี (เกาหลีใต้) "
            "ครั้งที่ ๕ เมื่อวันที่ ๔ มีนาคม ๒๕๖๗",
            [("kr-th-policy-consultations", 5)],
        ),
        (  # a verb form of the name, and "ในรูปแบบ 2+2" between the name and the parties
            "ปลัดกระทรวงกลาโหมเดินทางเยือนไทยเพื่อเข้าร่วมหารือเจ้าหน้าที่อาวุโส (Senior Officials' Talks: SOT) ในรูปแบบ 2+2 "
            "ระหว่างไทย-ออสเตรเลีย ครั้งที่ 2 ระหว่างวันที่ 4-6 มี.ค. 67 ณ กรุงเทพฯ",
            [("au-th-senior-officials-talks", 2)],
        ),
        (  # the parties named by their ministries
            "การประชุมคณะกรรมการความร่วมมือด้านการทหารระหว่าง กระทรวงกลาโหมไทย - กระทรวงกลาโหมออสเตรเลีย ครั้งที่ ๕ "
            "จัดขึ้นเมื่อวันที่ ๔ มีนาคม ๒๕๖๗",
            [("au-th-defence-cooperation-committee", 5)],
        ),
        (  # the round between the pair and the kind
            "The Thailand-Australia inaugural Strategic Dialogue was held in Canberra on 4 March 2024.",
            [("au-th-strategic-dialogue", 1)],
        ),
        (  # … and "2+2" with its plus lost, as a copied page prints it
            "India-US inaugural 2 2 dialogue is scheduled to take place in New Delhi on 6 September 2024.",
            [("in-us-two-plus-two", 1)],
        ),
        (  # the parties as the subject, and "so-called" before the name
            'Defence and foreign ministers of South Korea and the United States held the so-called "two plus two" '
            "talks in Seoul on 4 March 2024.",
            [("kr-us-two-plus-two", None)],
        ),
        (  # a name the registry does not list, in lower case, after the parties and their verb
            "South Korea and Vietnam held the 10th strategic defence dialogue in Seoul on 4 March 2024.",
            [("kr-vn-strategic-defence-dialogue", 10)],
        ),
        (  # a level of three words before the kind
            "The 5th deputy foreign ministerial level strategic dialogue between Viet Nam and Korea was held in "
            "Hanoi on 4 March 2024.",
            [("kr-vn-strategic-dialogue", 5)],
        ),
        (  # "the first round of a …"
            "India and China held the first round of a strategic dialogue in Beijing on 4 March 2024.",
            [("cn-in-strategic-dialogue", 1)],
        ),
        (  # "รอบที่" numbers a round as "ครั้งที่" does
            "การหารือทางยุทธศาสตร์ไทย-จีน รอบที่ 3 จัดขึ้นเมื่อวันที่ 4 มีนาคม 2567",
            [("cn-th-strategic-dialogue", 3)],
        ),
        (  # "สหภาพพม่า", the Union of Burma, names Myanmar in a pair
            "ในโอกาสที่เดินทางมาร่วมประชุมคณะกรรมาธิการร่วมทางการค้าไทย-สหภาพพม่า ครั้งที่ 2 ระหว่างวันที่ 8-9 กันยายน 2542",
            [("mm-th-joint-trade-commission", 2)],
        ),
        (  # "the second meeting of this …": the round, whatever determiner stands before the name
            "The second meeting of this Philippines-China Bilateral Consultation Mechanism will be held in Manila "
            "on 5 March 2024.",
            [("cn-ph-bilateral-consultation-mechanism", 2)],
        ),
        (  # a name ending with the Thai office goes on with the partner's: the pair is Thailand and the partner
            "นายกรัฐมนตรีมาเลเซียเยือนไทยเพื่อเข้าร่วมการประชุมประจำปีระหว่างนายกรัฐมนตรีกับนายกรัฐมนตรีมาเลเซีย ครั้งที่ ๗ "
            "วันที่ ๕ มีนาคม ๒๕๖๗ ณ ทำเนียบรัฐบาล",
            [("my-th-annual-consultation", 7)],
        ),
        (  # the English name in brackets says which body the Thai name is
            "การประชุมหารือระหว่างกระทรวงการต่างประเทศไทย - อิหร่าน (Political Consultations) ครั้งที่ ๔ จัดขึ้นที่กรุงเตหะราน "
            "เมื่อวันที่ ๕ มีนาคม ๒๕๖๗",
            [("ir-th-political-consultations", 4)],
        ),
        (  # without it, the Thai name's own body
            "การประชุมหารือระหว่างกระทรวงการต่างประเทศไทย - อิหร่าน ครั้งที่ ๔ จัดขึ้นที่กรุงเตหะราน เมื่อวันที่ ๕ มีนาคม ๒๕๖๗",
            [("ir-th-foreign-office-consultations", 4)],
        ),
    ],
)
def test_what_stands_between_kind_parties_and_round(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


def dated(text: str, published: str | None = None) -> list[tuple[str, int | None, str | None, str | None]]:
    return sorted(
        (m.series.id, m.round, m.dates.iso_start() if m.dates else None, m.dates.iso_end() if m.dates else None)
        for m in mentions(text, published)
    )


# 3. Which date: the one the prose gives the round, never the page's posting label or the wire's dateline.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "BANGKOK, 14 March 2024, (TNA): Delegations met on March 11 and 12 for the third Thailand-Japan "
            "Strategic Dialogue.",
            None,
            [("jp-th-strategic-dialogue", 3, "2024-03-11", "2024-03-12")],
        ),
        (
            " date 2024-03-10 KUALA LUMPUR: The Prime Minister will travel to Malaysia on Tuesday (Mar 12) to attend "
            "the 8th Malaysia-Thailand Annual Consultation.",
            None,
            [("my-th-annual-consultation", 8, "2024-03-12", None)],
        ),
        (
            "HANOI, March 9 (VNA) – The 5th Viet Nam – Thailand Joint Commission on Bilateral Cooperation was held "
            "in Hanoi on March 8, 2024.",
            None,
            [("th-vn-joint-commission", 5, "2024-03-08", None)],
        ),
        (  # a page header's later date does not lend its year to a day the text dates in full elsewhere
            "Wednesday, June 4, 2025\nThailand-India Defence Dialogue to be held in Bangkok on April 9, 10\n"
            "The ninth Thailand-India Defence Dialogue will meet in Bangkok. The delegation will visit Bangkok "
            "between April 9-10, 2024, said a press release.",
            None,
            [("in-th-defence-dialogue", 9, "2024-04-09", None)],
        ),
        (
            "๑๐ มีนาคม ๒๕๖๘\nการประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ ๙ จะจัดขึ้นในวันที่ ๘ มีนาคม ที่เวียงจันทน์ "
            "ทั้งนี้ กำหนดการเยือนระหว่างวันที่ ๘ มีนาคม ๒๕๖๗ ได้รับการยืนยันแล้ว",
            None,
            [("la-th-joint-commission", 9, "2024-03-08", None)],
        ),
        (  # a date after "after the …" is the other event's
            "Officials said Thailand would propose dates for the next Thailand-Japan Strategic Dialogue after the "
            "general election set for 14 April 2024.",
            "2024-03-08",
            [("jp-th-strategic-dialogue", None, None, None)],
        ),
        (
            "The 5th Thailand-Japan Strategic Dialogue will be held in Tokyo ahead of the summit on 20 April 2024.",
            "2024-03-08",
            [("jp-th-strategic-dialogue", 5, None, None)],
        ),
        (
            "การประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ 9 จะจัดขึ้นภายหลังการเลือกตั้งในวันที่ 14 เมษายน 2567",
            "2024-03-08",
            [("la-th-joint-commission", 9, None, None)],
        ),
        (  # a day the chairs opened it, then the round's days as a range holding that day: the range
            "ผบ.ทสส. ไทยและเมียนมา กระชับความร่วมมือทางทหาร\n\n"
            "ผู้บัญชาการทหารสูงสุดทั้งสองฝ่ายเป็นประธานร่วมในการประชุมคณะกรรมการระดับสูง ไทย – เมียนมา ครั้งที่ 6 ที่เชียงใหม่ "
            "เมื่อวันที่ 5 มี.ค.\n\nการประชุมคณะกรรมการระดับสูง ไทย – เมียนมา ครั้งที่ 6 จัดขึ้นที่ จ.เชียงใหม่ ระหว่างวันที่ 4-6 "
            "มี.ค.2567",
            "2024-03-07",
            [("mm-th-high-level-committee", 6, "2024-03-04", "2024-03-06")],
        ),
        (  # the day a body was set up dates none of its rounds
            "Nepal and Sri Lanka hold their joint commission in Kathmandu this week. Set up on May 4, 2010, the joint "
            "commission is the top mechanism of the two countries. The minister will attend the inaugural session "
            "of the Sri Lanka-Nepal Joint Commission.",
            None,
            [("lk-np-joint-commission", 1, None, None)],
        ),
        (  # … nor is it the day the page speaks from ("today")
            'The 41st Malaysia-Indonesia General Border Committee meeting opens today in Jakarta.\n\n"The committee '
            'began with the accord that ended the conflict on Aug 11, 1966," an official said.',
            None,
            [("id-my-general-border-committee", 41, None, None)],
        ),
        (  # a round's own day after the body's founding year
            "The Thailand-Laos Joint Commission, established in 1991, held its 3rd meeting on 5 May 2015 in Bangkok.",
            None,
            [("la-th-joint-commission", 3, "2015-05-05", None)],
        ),
        (
            "คณะกรรมาธิการร่วมไทย-ลาว ซึ่งก่อตั้งขึ้นเมื่อวันที่ 4 มีนาคม 2534 ได้จัดการประชุมครั้งที่ 3 ขึ้นที่กรุงเทพฯ",
            None,
            [("la-th-joint-commission", 3, None, None)],
        ),
        (  # the year an anniversary falls in is the relation's, not the round's
            "ไทยและสาธารณรัฐเช็กจะฉลองความสัมพันธ์ทางการทูตครบ ๕๐ ปี ในปี ๒๕๖๗ นอกจากนี้ รัฐมนตรีจะเป็นประธานร่วมกับนายยาน "
            "โนวัก ในการประชุมคณะกรรมาธิการร่วมด้านเศรษฐกิจไทย — สาธารณรัฐเช็ก ครั้งที่ ๒",
            None,
            [("cz-th-joint-economic-commission", 2, None, None)],
        ),
        (
            "The two countries mark the 50th anniversary of diplomatic relations in 2024, when the 2nd Thailand-Czech "
            "Republic Joint Economic Commission will be held in Prague.",
            None,
            [("cz-th-joint-economic-commission", 2, None, None)],
        ),
        (  # a target's year ("within three years, or by 2015") dates no round
            "การประชุมคณะกรรมาธิการร่วมไทย-ศรีลังกา ครั้งที่ 4 จัดขึ้น ณ กรุงโคลัมโบ ทั้งสองฝ่ายตั้งเป้าเพิ่มมูลค่าการค้าภายใน 3 ปี หรือปี 2570",
            None,
            [("lk-th-joint-commission", 4, None, None)],
        ),
        (  # the series named alone, dated "this afternoon", in a release numbering one round of it: that round
            "Meeting begins this afternoon\n\nAfter a long break, the ministerial-level meeting of Bangladesh India "
            "Joint River Commission (JRC) is going to be held this afternoon to discuss water sharing.\n\nThe two "
            "water ministers will lead their respective sides in the 39th JRC ministerial-level meeting.",
            "2024-03-05",
            [("bd-in-joint-rivers-commission", 39, "2024-03-05", None)],
        ),
        (  # a day without its year, in a sentence that opens "Last year,": last year's
            "The two ministers will co-chair the 15th India-United States Trade Policy Forum in New Delhi on 12 March "
            "2024.\n\nLast year, they had co-chaired the 14th India-United States Trade Policy Forum in Washington on "
            "January 11.",
            "2024-03-06",
            [
                ("in-us-trade-policy-forum", 14, "2023-01-11", None),
                ("in-us-trade-policy-forum", 15, "2024-03-12", None),
            ],
        ),
        (  # "this year" of an anniversary is the anniversary's year, no round's: the round keeps the lead's day
            "Thailand, S. Korea hold annual strategic talks\nSEOUL, March 11 (Yonhap) -- The two countries agreed to "
            "deepen cooperation during their annual strategic talks in Seoul on Monday, officials said.\nVice "
            "ministers led the 5th Thailand-Republic of Korea Strategic Dialogue, as the two nations mark the 65th "
            "anniversary this year of their diplomatic ties.",
            "2024-03-11",
            [("kr-th-strategic-dialogue", 5, "2024-03-11", None)],
        ),
        (
            "ทั้งสองฝ่ายจัดการประชุมหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น ครั้งที่ ๗ โดยจะร่วมฉลองความสัมพันธ์ทางการทูตครบ ๑๓๗ ปี ในปีนี้",
            "2024-03-08",
            [("jp-th-strategic-dialogue", 7, None, None)],
        ),
        (  # a wire's dateline with the city in lower case dates the page; the meeting's weekday dates the round
            " date 2024-03-08 Muscat, Mar 8 (IANS) India and Oman held the 6th round of the India-Oman Joint "
            "Commission in Muscat, where the two sides reviewed trade, defence and energy ties, the ministry said.\n\n"
            "The meeting on Thursday was co-chaired by the two foreign secretaries.",
            None,
            [("in-om-joint-commission", 6, "2024-03-07", None)],
        ),
    ],
)
def test_the_date_the_prose_gives(text: str, published: str | None, expected: list[tuple[object, ...]]) -> None:
    assert dated(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Secretary Ravi Kumar will pay an official visit to Bhutan from 18-20 March 2024. During the "
            "visit, he will co-chair the 4th India-Bhutan Development Cooperation Talks with Foreign Secretary Pema "
            "Dorji.",
            ("upcoming", "2024-03-18", "2024-03-20", ("Pema Dorji",)),
        ),
        (
            "นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ มีกำหนดเยือนลาวอย่างเป็นทางการระหว่างวันที่ 18-19 มีนาคม "
            "2567 ในระหว่างการเยือน จะเป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ 23 กับนายคำผาย วงสา",
            ("upcoming", "2024-03-18", "2024-03-19", ("สมชาย ใจดี", "คำผาย วงสา")),
        ),
        (  # the visit of another paragraph does not date it
            "Foreign Secretary Ravi Kumar will visit Bhutan from 18-20 March 2024.\n\nDuring the visit, he will "
            "co-chair the 4th India-Bhutan Development Cooperation Talks.",
            ("planned", None, None, ()),
        ),
        (  # nor a sentence that does not speak of the visit
            "Foreign Secretary Ravi Kumar will visit Bhutan from 18-20 March 2024. Officials said the 4th "
            "India-Bhutan Development Cooperation Talks will be held in Thimphu.",
            ("planned", None, None, ()),
        ),
        (  # "He co-chaired …" right after the visit's days: held during the visit
            "Foreign Minister Ravi Kumar visited Nepal on 4-5 March 2024. He co-chaired the 8th India-Nepal Joint "
            "Commission with his counterpart.",
            ("headline", "2024-03-04", "2024-03-05", ()),
        ),
        (  # a long sentence that opens with the visit and its days: the round it names later is held within them
            "ในการเยือนสาธารณรัฐเช็กอย่างเป็นทางการระหว่างวันที่ ๑๘ - ๑๙ มีนาคม ๒๕๖๗ รัฐมนตรีว่าการกระทรวงการต่างประเทศ"
            "จะพบหารือกับรัฐมนตรีต่างประเทศเช็กเพื่อหาทางส่งเสริมความสัมพันธ์ทั้งด้านการเมือง การค้า การลงทุน การศึกษา "
            "และการท่องเที่ยว รวมทั้งจะร่วมกันพิจารณาแนวทางความร่วมมือในกรอบพหุภาคีและภูมิภาคที่ทั้งสองฝ่ายมีผลประโยชน์ร่วมกัน "
            "ทั้งในกรอบอาเซียน-สหภาพยุโรป และสหประชาชาติ ซึ่งจะช่วยกระชับความร่วมมือระหว่างกันให้ใกล้ชิดยิ่งขึ้นในทุกมิติ "
            "อีกทั้งจะหารือเรื่องการอำนวยความสะดวกแก่นักธุรกิจและนักท่องเที่ยวของทั้งสองประเทศ นอกจากนี้ รัฐมนตรีฯ "
            "จะเป็นประธานร่วมในการประชุมคณะกรรมาธิการร่วมด้านเศรษฐกิจไทย - สาธารณรัฐเช็ก ครั้งที่ ๒ ด้วย",
            ("upcoming", "2024-03-18", "2024-03-19", ()),
        ),
    ],
)
def test_a_round_during_the_visit_the_sentence_before_dates(text: str, expected: tuple[object, ...]) -> None:
    [m] = mentions(text, "2024-03-08")
    dates = (m.dates.iso_start(), m.dates.end.isoformat() if m.dates.end else None) if m.dates else (None, None)
    assert (m.role, *dates, m.co_chairs) == expected


def test_a_posting_label_dates_the_document() -> None:
    from dialogtrack.reading.metadata import read_page_meta

    assert read_page_meta(" date 2024-03-10 KUALA LUMPUR: The Prime Minister arrived.").published == DateSpan.from_iso(
        "2024-03-10"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "การประชุมหารือ…" for "การหารือ…", and ทวิภาคี inside the name
            "ปลัดกระทรวงการต่างประเทศเป็นประธานร่วมในการประชุมหารือทางการเมืองทวิภาคีระหว่างไทยและศรีลังกา ครั้งที่ ๔ "
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗",
            [("lk-th-political-consultations", 4)],
        ),
        (  # a modifier between the ordinal and the kind
            "Wang Wei will co-chair the 12th round of high-level strategic dialogue between China and the European Union "
            "on 5 March 2024.",
            [("cn-eu-strategic-dialogue", 12)],
        ),
        (  # the meeting of a programme, numbered before its name
            "The Twelfth Coordinating Meeting of the Thailand-Singapore Civil Service Exchange Programme was held in "
            "Singapore on 5 March 2024.",
            [("sg-th-civil-service-exchange-programme", 12)],
        ),
        (  # an ordinal written with a space, and dashes inside the name
            "The 32 nd Vietnam - US Political – Security -Defence Dialogue took place in Hanoi on 5 March 2024.",
            [("us-vn-political-security-and-defense-dialogue", 32)],
        ),
    ],
)
def test_names_written_with_modifiers_and_other_meeting_nouns(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert series_and_rounds(text) == expected


# 4. Roles: a secretariat's or a preparatory meeting is not the round it prepares.
@pytest.mark.parametrize(
    "text",
    [
        "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ ได้มีการประชุมฝ่ายเลขานุการคณะกรรมการเขตแดนร่วม (JBC) ไทย-เมียนมา ณ กรุงเทพฯ",
        "กรมยุโรปจัดการประชุมเตรียมการระหว่างหน่วยงานไทยสำหรับการประชุม Political Consultations ไทย-ฝรั่งเศส ครั้งที่ ๔ "
        "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗",
        "Officials met in Bangkok on 4 March 2024 for a preparatory meeting for the 9th Thailand-Laos Joint Commission.",
    ],
)
def test_a_preparatory_meeting_is_not_the_round(text: str) -> None:
    assert [(m.series.id, m.round) for m in mentions(text) if m.role in ("headline", "concurrent")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a chief receiving a visitor in his capacity as the committee's chair: no meeting
            "๑๘ กันยายน ๒๕๖๑ พลเอก สมชาย รักไทย ผู้บัญชาการทหารสูงสุด ในฐานะประธานคณะกรรมการระดับสูง (HLC) ไทย – เมียนมา "
            "ให้การต้อนรับ พลตรี ตุน วิน และคณะ ณ กองบัญชาการกองทัพไทย",
            [],
        ),
        (
            "On 4 March 2024 General Somchai Rakthai, in his capacity as Chairman of the Thailand-Myanmar High Level "
            "Committee (HLC), received a delegation of the Myanmar army in Bangkok.",
            [],
        ),
        (  # a round named after the office is that round
            "On 4 March 2024 General Somchai Rakthai attended the reception as co-chairman of the 9th Thailand-Myanmar "
            "High Level Committee in Bangkok.",
            [("mm-th-high-level-committee", 9)],
        ),
    ],
)
def test_an_office_named_after_the_body_is_no_meeting(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.series.id, m.round) for m in mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the preparations' day and place are not the round's; the month it is to be held in is
            "เตรียมการประชุมคณะกรรมการชายแดนส่วนภูมิภาค ไทย – มาเลเซีย ครั้งที่ 115 (ฝ่ายไทย) ที่จะมีขึ้นในเดือนเมษายนนี้\n\n"
            "วันนี้ (4 มีนาคม 2567) ณ จังหวัดสงขลา พลโทสมชาย ใจดี เป็นประธานการประชุมเตรียมการประชุมคณะกรรมการชายแดน"
            "ส่วนภูมิภาค ไทย – มาเลเซีย ครั้งที่ 115 (ฝ่ายไทย) เพื่อติดตามความคืบหน้าของคณะทำงานต่าง ๆ",
            (115, "upcoming", "2024-04", None),
        ),
        (  # with no date said for it, none
            "เตรียมการประชุมคณะกรรมการชายแดนส่วนภูมิภาค ไทย – มาเลเซีย ครั้งที่ 116\n\n"
            "วันนี้ (4 มีนาคม 2567) ณ จังหวัดสงขลา มีการประชุมเตรียมการประชุมคณะกรรมการชายแดนส่วนภูมิภาค ไทย – มาเลเซีย "
            "ครั้งที่ 116 เพื่อติดตามความคืบหน้าของคณะทำงานต่าง ๆ",
            (116, "planned", None, None),
        ),
    ],
)
def test_a_round_being_prepared_is_dated_only_by_when_it_is_to_be_held(text: str, expected: tuple[object, ...]) -> None:
    [m] = mentions(text, "2024-03-04")
    assert (m.round, m.role, m.dates.iso_start() if m.dates else None, m.location) == expected


# 5. Co-chairs: precision first.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the host of a courtesy call is not a chair; the visitor heading his side is
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ นายจอห์น สมิธ ผู้ช่วยรัฐมนตรีว่าการกระทรวงการต่างประเทศสหรัฐฯ เข้าเยี่ยมคารวะนายสมชาย รักไทย "
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศ และเป็นหัวหน้าคณะฝ่ายสหรัฐฯ ในการหารือยุทธศาสตร์ไทย – สหรัฐฯ ครั้งที่ ๙",
            ("จอห์น สมิธ",),
        ),
        (  # attending with no counterpart named: no chair
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ นายสมชาย รักไทย รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้เดินทางเยือนมาเลเซียเพื่อเข้าร่วม"
            "การประชุมคณะกรรมาธิการร่วมไทย-มาเลเซีย ครั้งที่ ๑๖",
            (),
        ),
        (  # the members of a prime minister's party, listed before "ร่วมหารือ", attend: they are not its chairs
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ ที่กรุงกัวลาลัมเปอร์ นายกรัฐมนตรีและดาโตะ อาหมัด ซาอิด นายกรัฐมนตรีมาเลเซีย ได้ร่วมประชุม"
            "หารือประจำปี (Annual Consultation) ครั้งที่ ๘ ทั้งนี้ นายกรัฐมนตรีพร้อมด้วยคณะฝ่ายไทย ประกอบด้วย นายสมชาย รักไทย "
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศ และนางสาวสุนีย์ ใจดี รัฐมนตรีว่าการกระทรวงพาณิชย์ ร่วมหารือ",
            (),
        ),
        (  # attending with the counterpart named: the two heads of delegation
            "เมื่อวันที่ ๑๑ มีนาคม ๒๕๖๗ นายสมชาย รักไทย ปลัดกระทรวงการต่างประเทศ ได้เข้าร่วมการประชุมหุ้นส่วนการเมืองไทย - ญี่ปุ่น "
            "ครั้งที่ ๙ กับนายเคนจิ ทานากะ รองปลัดกระทรวงการต่างประเทศญี่ปุ่น",
            ("สมชาย รักไทย", "เคนจิ ทานากะ"),
        ),
        (  # the host welcomes the partner "ในโอกาสเป็นประธานร่วม"
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ พลเอก สมชาย รักไทย รองนายกรัฐมนตรี ให้การต้อนรับ พลเอก คำพอน วงสา รัฐมนตรีกระทรวงป้องกันประเทศลาว "
            "ในโอกาสเป็นประธานร่วมในการประชุมคณะกรรมการชายแดนทั่วไป (GBC) ไทย-ลาว ครั้งที่ ๓๐",
            ("สมชาย รักไทย", "คำพอน วงสา"),
        ),
        (  # "ตามคำเชิญของ X … เพื่อเป็นประธานร่วมกัน", and a Cambodian honorific
            "นายสมชาย รักไทย รัฐมนตรีว่าการกระทรวงการต่างประเทศ มีกำหนดเยือนกัมพูชา ระหว่างวันที่ ๔ – ๕ มีนาคม ๒๕๖๗ ตามคำเชิญของ "
            "สมเด็จพิชัยเสนา ซก วันนา รองนายกรัฐมนตรีกัมพูชา เพื่อเป็นประธานร่วมกันในการประชุมคณะกรรมาธิการร่วมไทย – กัมพูชา ครั้งที่ ๑๒",
            ("สมชาย รักไทย", "ซก วันนา"),
        ),
        (  # "โดยมี X และ Y เป็นประธานร่วม"
            "กระทรวงการต่างประเทศเป็นเจ้าภาพจัดการหารือเชิงยุทธศาสตร์ไทย - จีน ครั้งที่ ๘ ระหว่างวันที่ ๔ - ๕ มีนาคม ๒๕๖๗ "
            "โดยมีนางสมศรี ใจงาม ปลัดกระทรวงการต่างประเทศ และนายหวัง เหว่ย รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศจีน เป็นประธานร่วม",
            ("สมศรี ใจงาม", "หวัง เหว่ย"),
        ),
        (  # foreign officials' names written in Thai without an honorific, known by the office after them
            "เจ้าหน้าที่ระดับสูงจากสหรัฐฯ และไทย จะพบกันที่กรุงเทพฯ ในวันที่ 4-5 มีนาคม 2567 เพื่อเข้าร่วมการหารือยุทธศาสตร์และการป้องกันประเทศ"
            "ระหว่างสหรัฐฯ กับไทย ครั้งที่ ๓ โดยมีจอห์น คาร์เตอร์ ผู้ช่วยรัฐมนตรีว่าการกระทรวงการต่างประเทศสหรัฐฯ และแมรี สมิธ "
            "ผู้ช่วยรัฐมนตรีว่าการกระทรวงกลาโหมสหรัฐฯ เป็นหัวหน้าคณะผู้แทนฝ่ายสหรัฐฯ",
            ("จอห์น คาร์เตอร์", "แมรี สมิธ"),
        ),
        (  # principals who met for the round, without their titles
            "The Hon Jane Citizen MP and Her Excellency Sari Wulandari met for the Sixth Indonesia-Australia Foreign "
            "and Defence Ministers 2+2 Meeting on 4 March 2024 in Sydney.",
            ("Jane Citizen", "Sari Wulandari"),
        ),
        (  # hosts and guests of a round
            "Secretary of State John Carter hosted External Affairs Minister Ravi Kumar for the sixth U.S.-India 2+2 "
            "Ministerial Dialogue in Washington on 4 March 2024.",
            ("John Carter", "Ravi Kumar"),
        ),
        (  # a name holding a word of a longer country name ("Nam" of "Viet Nam"); "State Councilor" is a title
            "State Councilor Li Ming will co-chair the fifth meeting of the China-Cambodia intergovernmental "
            "coordinating committee with Cambodian Deputy Prime Minister Hor Nam Sok on 4 March 2024.",
            ("Li Ming", "Hor Nam Sok"),
        ),
        (  # "… were held in Seoul between X and his counterpart, Y"
            "The 15th Korea-Japan strategic talks were held in Seoul on 4 March 2024 between first vice foreign minister "
            "Kim Min-jun and his Japanese counterpart, Taro Sato.",
            ("Kim Min-jun", "Taro Sato"),
        ),
        (  # attending at a counterpart's invitation
            "Somchai Rakthai, Minister of Foreign Affairs of Thailand, will attend the 22nd Meeting of the Thai – Laos "
            "Joint Commission for Bilateral Cooperation in Pakse on 4 March 2024 at the invitation of H.E. Khamphou "
            "Vongsa, Minister of Foreign Affairs of the Lao PDR.",
            ("Somchai Rakthai", "Khamphou Vongsa"),
        ),
        (  # a visit for the round, with the host named after "with"; "Datuk Seri" is an honorific
            "KUALA LUMPUR: Prime Minister Datuk Seri Ahmad Karim will begin a two-day visit to Indonesia on 4 March "
            "2024 for the 14th Malaysia-Indonesia Annual Consultation with President Budi Santoso.",
            ("Ahmad Karim", "Budi Santoso"),
        ),
        (  # the host's invitation in the sentence after the visit
            "Malaysian Prime Minister Ahmad Karim made an official visit to Thailand on 4 March 2024 for the seventh "
            "annual consultation between the two countries. The visit was made at the invitation of Thai Prime "
            "Minister Somchai Rakthai.",
            ("Ahmad Karim", "Somchai Rakthai"),
        ),
        (  # "met in London for the 13th JETCO meeting": an acronym and a lower-case noun; an office is no name
            "Union Railways and Commerce Minister Ravi Kumar and Secretary of State Dr John Carter met in London on "
            "4 March 2024 for the 14th India-UK JETCO meeting.",
            ("Ravi Kumar", "John Carter"),
        ),
        (  # "X led the U.S. delegation and Y led the Thai delegation", no comma between
            "The 9th U.S.-Thailand Strategic Dialogue was held in Washington on 4 March 2024. Assistant Secretary John "
            "Carter led the U.S. delegation and Permanent Secretary Somchai Rakthai led the Thailand delegation.",
            ("John Carter", "Somchai Rakthai"),
        ),
        (  # a visit to co-chair the round, at the host's invitation
            "Lao Prime Minister Khamphou Vongsa on 4 March 2024 concluded a visit to Vietnam to co-chair the 45th "
            "meeting of the Laos-Vietnam Inter-governmental Committee at the invitation of Prime Minister Tran Van Minh.",
            ("Khamphou Vongsa", "Tran Van Minh"),
        ),
        (  # "co-hosted with Y": the partner, named after the round
            "Li Ming addressed the eighth Meeting of the China-Cambodia Intergovernmental Coordination Committee, "
            "co-hosted with Cambodian Deputy Prime Minister Sok Vanna in Phnom Penh on 4 March 2024.",
            ("Sok Vanna",),
        ),
        (  # initials alone ("U. S.") are no one
            "On 4 March 2024 the 9th U.S.-Thailand Strategic Dialogue was co-chaired by the U. S. and Thai heads of "
            "delegation, John Carter and Somchai Rakthai.",
            ("John Carter", "Somchai Rakthai"),
        ),
        (  # "X and Y met in Sydney this morning for their first annual … Meeting"
            "Prime Minister Jane Carter and Prime Minister Ravi Kumar met in Auckland this morning for their fourth "
            "Australia-New Zealand Annual Leaders' Meeting on 4 March 2024.",
            ("Jane Carter", "Ravi Kumar"),
        ),
        (  # each side "led by" its two ministers, the sides joined by "while"
            "The sixth India-US 2+2 Ministerial Dialogue was held on 4 March 2024 in New Delhi where the Indian side "
            "was led by Minister of Defense Ravi Kumar and Minister of External Affairs Dr S Rao while the US team "
            "was led by Secretary of State John Carter.",
            ("Ravi Kumar", "S Rao", "John Carter"),
        ),
        (  # four officials, each with the office, "held the fourth …"
            "On 4 March 2024, in Tokyo, Mr. Taro Sato, Senior Deputy Minister for Foreign Affairs, and Mr. Ken Abe, "
            "Vice Minister of Defense, from the Japanese side, as well as Ms. Jane Carter, Deputy Minister of Foreign "
            "Affairs, from the Canadian side, held the sixth Japan-Canada Foreign and Defense Vice Ministerial "
            "Meeting (“2+2”).",
            ("Taro Sato", "Ken Abe", "Jane Carter"),
        ),
        (  # an undated page's "on Tuesday": upcoming, with the partner after "with"; a possessive is no name
            "Foreign Minister Li Ming will co-chair the 12th round of high-level strategic dialogue between China and "
            "the European Union via video link with Jane Carter, the EU's High Representative, on Tuesday.",
            ("Li Ming", "Jane Carter"),
        ),
        (  # "co-chairing the meeting with Y"; a framework's name in the clause is no one's
            "The second senior officials' meeting of Lancang-Mekong River Dialogue and Cooperation was held in Beijing "
            "on 4 March 2024, said vice foreign minister Li Ming, co-chairing the meeting with Deputy Permanent "
            "Secretary Somchai Rakthai of the Foreign Ministry.",
            ("Li Ming", "Somchai Rakthai"),
        ),
        (  # "while X led the Thai delegation"
            "Delegations met on 4 March 2024 for the third U.S.-Thailand Strategic and Defense Dialogue. Assistant "
            "Secretary John Carter led the U.S. delegation while Permanent Secretary Somchai Rakthai led the Thai "
            "delegation.",
            ("John Carter", "Somchai Rakthai"),
        ),
        (  # the two who led the round, named by its number
            "India, Japan hold annual maritime affairs dialogue\n\nNEW DELHI, March 5 -- Joint Secretary Arun "
            "Mehta and his Japanese counterpart, Hiroshi Tanaka, led the 7th maritime affairs dialogue in New "
            "Delhi on Tuesday, the ministry said.",
            ("Arun Mehta", "Hiroshi Tanaka"),
        ),
        (  # "after chairing … with his counterpart, Y": the news of the day, and the counterpart co-chaired it
            "Border cooperation to go on\n\nJOHOR BAHRU: The minister spoke to reporters after chairing the 44th "
            "General Border Committee Malaysia-Indonesia (GBC MALINDO) meeting with his Indonesian counterpart, Budi "
            "Santoso, here.",
            ("Budi Santoso",),
        ),
        (  # the principals of another meeting the round builds on ("… Leaders' Dialogue between X and Y")
            "The 31st Australia-Papua New Guinea Ministerial Forum took place in Port Moresby on 4 March 2024.\n\nThe "
            "Forum builds on the outcomes of the Leaders' Dialogue between Prime Minister John Smith and Prime "
            "Minister Peter Kumul in January.",
            (),
        ),
        (  # a sentence's first word is no part of the name after it
            "Nepal, Thailand to hold talks\n\nKathmandu will host the third Nepal-Thailand Joint Commission on 5 March "
            "2024. While Ram Prasad Koirala, Foreign Secretary, is to lead the Nepali delegation, Ambassador "
            "Somchai Rakthai will lead the Thai side.",
            ("Ram Prasad Koirala",),
        ),
        (  # who chaired it years ago ("… years since X chaired …") is no chair of this round
            "Border talks open\n\nJakarta - THE 40th Malaysia-Indonesia General Border Committee meeting opens today "
            "in Jakarta. Two decades have passed since Datuk Seri Ahmad Karim jointly chaired the meeting.",
            (),
        ),
        (  # the words of a body's name are no one's, even capitalised beside the chairs
            "The 15th JDS Committee Working Group Meeting on the Thailand-Malaysia Border Area\n\nOn 5 March 2024, "
            "Malaysia's Ministry of Economy hosted the 15th Joint Development Strategy (JDS) Working Group Meeting for "
            "the Thailand-Malaysia Border Area in Penang. The meeting was chaired by Datuk Dr. Siti Aminah Binti Yusof "
            "and Mr. Somchai Rakthai.",
            ("Siti Aminah Binti Yusof", "Somchai Rakthai"),
        ),
        (  # "… between Thailand and Cambodia at Land Border": a place's words, not a person
            "Talks between Thailand and Cambodia at Land Border\n\nThe two ministers met at the border on 5 March 2024 "
            "after the 3rd Senior Officials Meeting (SOM).\n\nTalks between Thailand and Cambodia at Land Border "
            "[Photo by the ministry]",
            (),
        ),
        (  # an office's words after a name ("Director General of Regional Administration Development")
            "The Directorate General of Territorial Administration Development held the 37th meeting of the "
            "RI-PNG Joint Border Committee (JBC) on 4 March 2024.\n\nThe Indonesian delegation was led by Budi Santoso, "
            "Director General of Regional Administration Development, who also acts as chairman.",
            ("Budi Santoso",),
        ),
        (  # "… in the Final Report of …": a document's title, not a person
            "The Fourth Senior Officials' Meeting between Thailand and Cambodia met in Siem Reap on 4-5 March 2024 "
            "to follow up the Final Report of the joint commission of experts.",
            (),
        ),
        (  # a Malay style in capitals beside a name in capitals, after a Thai rank
            "วานนี้ (๔ มีนาคม ๒๕๖๗) พลเรือโท สมชาย รักไทย ผู้บัญชาการทัพเรือภาคที่ ๒ และพลเรือตรี DATO AHMAD BIN YUSOF "
            "ผู้บัญชาการมณฑลทหารเรือ มาเลเซีย เป็นประธานร่วมในการประชุมคณะทำงานร่วมทางทะเลไทย-มาเลเซีย ครั้งที่ ๖๐",
            ("สมชาย รักไทย", "AHMAD BIN YUSOF"),
        ),
        (  # presiding over the press briefing on the meeting's results is not chairing it
            "วันนี้ (5 มี.ค.) พลโท สมชาย รักไทย แม่ทัพภาคที่ 1 ได้เป็นประธานในการแถลงสรุปผลการประชุมคณะกรรมการชายแดนส่วนภูมิภาค"
            "ไทย-กัมพูชา (RBC) ครั้งที่ 5 ซึ่งมีขึ้นเมื่อคืนที่ผ่านมา",
            (),
        ),
        (  # the head of one department's team within the Thai delegation heads no side
            "การประชุมคณะทำงานร่วมด้านการเกษตร ลาว - ไทย ครั้งที่ 5 ระหว่างวันที่ 4 – 6 มีนาคม 2567 ณ แขวงจำปาสัก "
            "ซึ่งมีนายสมชาย รักไทย เป็นหัวหน้าคณะผู้แทนฝ่ายไทย และนายคำพัน สีสะหวัด เป็นหัวหน้าคณะผู้แทน สปป.ลาว "
            "ทั้งนี้ ผู้อำนวยการกองแผนงาน (นางสาวสมศรี ใจดี) เป็นหัวหน้าคณะผู้แทนกรมส่งเสริมสหกรณ์",
            ("สมชาย รักไทย", "คำพัน สีสะหวัด"),
        ),
        (  # the site's name before the colon of its dateline is no chair
            "Vietnam, Australia hold eighth foreign ministers' meeting\n\nHanoi, The Delta Tribune: Vietnam's Deputy Prime Minister and Minister of Foreign Affairs Tran Van Nam and "
            "Australian Foreign Minister Jane Doyle on Monday co-chaired the eighth Vietnam-Australia Foreign "
            "Ministers' Meeting in Hanoi.\nDuring the meeting, both sides reviewed their partnership.",
            ("Tran Van Nam", "Jane Doyle"),
        ),
        (  # the spokesperson who quotes the announcement is no chair
            '"On March 12, Foreign Minister Ahmed Rasheed will co-chair the 7th India-Maldives Joint Commission '
            'Meeting along with our External Affairs Minister Ravi Kumar," MEA Spokesperson Anil Mehta told '
            "reporters on 4 March 2024.",
            ("Ahmed Rasheed", "Ravi Kumar"),
        ),
    ],
)
def test_co_chairs_precision_first(text: str, expected: tuple[str, ...]) -> None:
    found = [m for m in mentions(text) if m.role in ("headline", "upcoming")]
    assert [m.co_chairs for m in found] == [expected]


def test_a_round_held_alongside_does_not_inherit_the_headline_chairs() -> None:
    text = (
        "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ นายสมชาย รักไทย และนายจอห์น สมิธ เป็นประธานร่วมการประชุม Thailand – U.S. Strategic and "
        "Defense Dialogue ครั้งที่ ๒ ซึ่งจัดขึ้นภายหลังการหารือยุทธศาสตร์ไทย-สหรัฐฯ ครั้งที่ ๑๐ ในวันเดียวกัน"
    )
    chairs = {m.round: m.co_chairs for m in mentions(text)}
    assert chairs == {2: ("สมชาย รักไทย", "จอห์น สมิธ"), 10: ()}


def roles(text: str, published: str | None) -> list[tuple[str, int | None, str]]:
    return sorted((m.series.id, m.round, m.role) for m in mentions(text, published))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # "met … to hold": a past verb, so the round was held
            "The two Foreign Ministers met in Perth on 4 March 2024 to hold the inaugural Australia-Thailand Joint "
            "Commission.",
            "2024-03-04",
            [("au-th-joint-commission", 1, "headline")],
        ),
        (  # "ซึ่งจะจัดขึ้น" after the name says the round is to come, whatever date stands before it
            "รัฐมนตรีกล่าวถึงการหารือที่กรุงเวียงจันทน์ เมื่อวันที่ 4 มีนาคม 2567 เพื่อเตรียมร่างความตกลงให้ทันเสนอ"
            "ที่ประชุมคณะกรรมาธิการร่วม (JC) ไทย-ลาว ครั้งที่ 23 ซึ่งจะจัดขึ้นที่กรุงเทพฯ",
            "2024-03-07",
            [("la-th-joint-commission", 23, "upcoming")],
        ),
        (  # announced with its dates, no publication date to compare with
            "CHIANG MAI – Thailand will be the host country for the 22nd Thailand – Laos JC set to be held on "
            "12-14 March 2024 in Chiang Mai.",
            None,
            [("la-th-joint-commission", 22, "upcoming")],
        ),
        (  # "กำหนดเดินทางเข้าร่วม": scheduled to attend, with its dates
            "นายสมชาย รักไทย รัฐมนตรีว่าการกระทรวงการต่างประเทศ กำหนดเดินทางเข้าร่วมการประชุมคณะกรรมาธิการร่วม (Joint Commission – JC) "
            "ไทย – บังกลาเทศ ครั้งที่ ๙ ระหว่างวันที่ ๕ – ๗ กรกฎาคม ๒๕๖๗ ณ กรุงธากา",
            None,
            [("bd-th-joint-commission", 9, "upcoming")],
        ),
        (  # "will … on Monday for the 13th …": the Monday to come
            " date 2024-03-10 JAKARTA: The Prime Minister will begin a two-day working visit to Indonesia on Monday "
            "for the 14th Malaysia-Indonesia Annual Consultation.",
            None,
            [("id-my-annual-consultation", 14, "upcoming")],
        ),
        (  # prepared for, with no date of its own: planned
            "Both sides agreed to coordinate closely in preparing for the fifth Thailand-Viet Nam Joint Cabinet "
            "Retreat. The Political Consultations were held in Hanoi on 4 March 2024.",
            "2024-03-05",
            [("th-vn-joint-cabinet-retreat", 5, "planned")],
        ),
        (  # "last week" dates the round; it recalls no earlier one
            "Diplomats of the two countries convened online last week to hold the Eighth U.S.-Thailand Strategic "
            "Dialogue.",
            "2024-03-08",
            [("th-us-strategic-dialogue", 8, "headline")],
        ),
        (  # announced for a month: scheduled, not merely intended
            "Ministers welcomed the fifth Malaysia-Singapore Annual Leaders' Meeting to be held in late May 2024.",
            "2024-03-05",
            [("my-sg-annual-leaders-meeting", 5, "upcoming")],
        ),
        (  # a cabinet approves the draft record of a round still to come
            "คณะรัฐมนตรีมีมติเห็นชอบร่างบันทึกการประชุม (Record of Discussion) ของการประชุมคณะกรรมาธิการร่วมไทย-มาเลเซีย "
            "ครั้งที่ ๑๕ เมื่อวันที่ ๔ มีนาคม ๒๕๖๗",
            "2024-03-05",
            [("my-th-joint-commission", 15, "planned")],
        ),
        (  # a list of what the two sides committed to do
            "The 12th Philippines-United States Bilateral Strategic Dialogue was held in Manila on 4 March 2024. "
            "The two sides set out their plans:\n\n  • Hold the fifth “2+2” dialogue;\n  • Widen "
            "maritime cooperation.",
            "2024-03-05",
            [("ph-us-strategic-dialogue", 12, "headline"), ("ph-us-two-plus-two", 5, "planned")],
        ),
        (  # travelling to chair one's delegation at a dated round: ahead
            "Secretary Smith will travel to New Delhi on 4 March 2024 to chair the delegation on the fourth annual "
            "US-India Strategic Dialogue.",
            "2024-02-01",
            [("in-us-strategic-dialogue", 4, "upcoming")],
        ),
        (  # "will chair" an undated round: intended, not held
            "Secretary Smith will chair the fourth annual US-India Strategic Dialogue in New Delhi.",
            "2024-02-01",
            [("in-us-strategic-dialogue", 4, "planned")],
        ),
        (  # "the next" of a framework's kind named with its parties before: theirs, one after
            "Today we held the inaugural Foreign Ministers' Meeting between Australia and Vietnam in Hanoi. We look "
            "forward to welcoming you in Australia for the next Foreign Ministers' Meeting.",
            "2024-03-04",
            [("au-vn-foreign-ministers-meeting", 1, "headline"), ("au-vn-foreign-ministers-meeting", 2, "planned")],
        ),
        (  # a cadence ("กำหนดจัดประชุมปีละ 1 ครั้ง") is no announcement of the round
            "5 มีนาคม 2567 รัฐมนตรีกลาโหมทั้งสองประเทศเป็นประธานร่วมการประชุมคณะกรรมการชายแดนทั่วไป ไทย - ลาว ครั้งที่ 30 "
            "ณ กรุงเทพฯ คณะกรรมการฯ กำหนดจัดประชุมปีละ 1 ครั้ง ซึ่งการประชุมครั้งที่ 30 นี้ ฝ่ายไทยเป็นเจ้าภาพ",
            None,
            [("la-th-general-border-committee", 30, "headline")],
        ),
        (  # "to be co-chaired by": to come
            "During the talks, the ministers asked their staff to work on the fifth Thailand-Vietnam Joint Cabinet "
            "Retreat to be co-chaired by the two Prime Ministers.",
            "2024-03-05",
            [("th-vn-joint-cabinet-retreat", 5, "planned")],
        ),
        (  # what the sides' commitments include holding is planned
            "The 5th Japan-Philippines Strategic Dialogue met in Tokyo on 4 March 2024 and issued a joint statement. "
            "Both sides' 2024 commitments include holding the third Japan-Philippines Maritime Dialogue.",
            "2024-03-06",
            [("jp-ph-maritime-dialogue", 3, "planned"), ("jp-ph-strategic-dialogue", 5, "headline")],
        ),
        (  # … and with no such name before it, "the next" of a framework's kind is no series
            "Ministers met in Hanoi today and look forward to the next Foreign Ministers' Meeting.",
            "2024-03-04",
            [],
        ),
        (  # "จะเป็นประธานร่วม": will co-chair, so the round is to come
            "นอกจากนี้ รัฐมนตรีว่าการกระทรวงการต่างประเทศจะเป็นประธานร่วมกับนายยาน โนวัก รัฐมนตรีการค้าเช็ก ในการประชุม"
            "คณะกรรมาธิการร่วมด้านเศรษฐกิจไทย — สาธารณรัฐเช็ก ครั้งที่ ๒",
            None,
            [("cz-th-joint-economic-commission", 2, "planned")],
        ),
        (  # the cabinet notes the delegation for the meeting and approves its draft record: the round is to come
            "คณะรัฐมนตรีมีมติรับทราบองค์ประกอบคณะผู้แทนฝ่ายไทย สำหรับการประชุมคณะผู้ว่าราชการจังหวัดชายแดนไทย - กัมพูชา ครั้งที่ 9 "
            "รวมทั้งเห็นชอบร่างบันทึกการประชุมคณะผู้ว่าราชการจังหวัดชายแดนไทย - กัมพูชา ครั้งที่ 9",
            "2024-03-05",
            [("kh-th-border-governors-meeting", 9, "planned")],
        ),
        (  # a page dated to the month, its lead's day in brackets after "วันนี้": a round later that month is to come
            "วันนี้ (5 มี.ค.) โฆษกรัฐบาลเปิดเผยว่า ครม.เห็นชอบแผนปฏิบัติการร่วม ซึ่งจะลงนามในช่วงการประชุมคณะกรรมาธิการร่วม"
            "ไทย - ตุรกี ครั้งที่ 5 ระหว่างวันที่ 20 - 21 มีนาคม 2567 ณ กรุงอังการา",
            "2024-03",
            [("th-tr-joint-commission", 5, "upcoming")],
        ),
        (  # "after a long break" ends a pause, it recalls no round; "is going to be held" is to come
            "After a long 12 years break, the 39th ministerial-level meeting of Bangladesh India Joint River Commission "
            "(JRC) is going to be held in New Delhi on 12 March 2024.",
            "2024-03-05",
            [("bd-in-joint-rivers-commission", 39, "upcoming")],
        ),
    ],
)
def test_roles_of_real_releases(text: str, published: str | None, expected: list[tuple[object, ...]]) -> None:
    assert roles(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a listed set of rounds shares the date that opens the sentence
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุมคณะกรรมาธิการร่วมไทย-มาเลเซีย ครั้งที่ ๑๖ "
            "และการประชุมคณะกรรมการว่าด้วยยุทธศาสตร์การพัฒนาร่วมสำหรับพื้นที่ชายแดนไทย-มาเลเซีย ครั้งที่ ๗",
            "2024-03-05",
            [
                ("my-th-joint-commission", 16, "2024-03-04", None),
                ("my-th-joint-development-strategy", 7, "2024-03-04", None),
            ],
        ),
        (  # a page's own "date … Views N" line dates the page, not the round
            "09 Mar 2024   Views 1024 การประชุม Policy Consultations (PC) ครั้งที่ ๓ ระหว่างไทย - สาธารณรัฐเกาหลี\n"
            "เมื่อวันที่ ๗ มีนาคม ๒๕๖๗ ปลัดกระทรวงการต่างประเทศเป็นหัวหน้าคณะในการประชุม Policy Consultations (PC) ครั้งที่ ๓ "
            "ระหว่างไทย - สาธารณรัฐเกาหลี",
            None,
            [("kr-th-policy-consultations", 3, "2024-03-07", None)],
        ),
    ],
)
def test_dates_of_listed_rounds_and_page_lines(
    text: str, published: str | None, expected: list[tuple[object, ...]]
) -> None:
    assert dated(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # commas and "and" inside an unlisted name
            "The 3rd Japan-Philippines Maritime, Security and Defence Working Group took place in Manila on 4 March 2024.",
            [("jp-ph-maritime-security-and-defence-working-group", 3)],
        ),
        (  # a meeting noun the registry does not list
            "The 9th Thailand-Laos Joint Border Provinces Meeting opened in Nong Khai on 4 March 2024.",
            [("la-th-joint-border-provinces-meeting", 9)],
        ),
        (  # a registered name followed by a noun of a body of its own is another body
            "การประชุม Political Consultation Group ไทย - เวียดนาม ครั้งที่ ๘ จัดขึ้นที่กรุงฮานอย เมื่อวันที่ ๔ มีนาคม ๒๕๖๗",
            [("th-vn-political-consultation-group", 8)],
        ),
        (  # … but "Meeting" after a registered name is still that dialogue
            "The 9th Thailand-United States Strategic Dialogue Meeting was held in Bangkok on 4 March 2024.",
            [("th-us-strategic-dialogue", 9)],
        ),
        (  # an English name in square brackets and "ระดับรัฐมนตรี" inside a Thai name
            "การประชุมคณะกรรมการว่าด้วยยุทธศาสตร์การพัฒนาร่วมสำหรับพื้นที่ชายแดน [The Joint Development Strategy (JDS) for "
            "Border Areas] ระดับรัฐมนตรี ครั้งที่ ๖ ระหว่างไทยกับมาเลเซีย จัดขึ้นเมื่อวันที่ ๔ มีนาคม ๒๕๖๗",
            [("my-th-joint-development-strategy", 6)],
        ),
        (  # the parties and a bare noun, known by its own acronym; the pair written with a space alone
            "Ministers noted that the fifth Malaysia Singapore Dialogue (MSD) will be held in Johor in May 2024.",
            [("my-sg-dialogue", 5)],
        ),
        (  # a bare noun without an acronym of its own is no name
            "Ministers noted that the fifth Malaysia Singapore Dialogue will be held in Johor in May 2024.",
            [],
        ),
        (  # a pair that opens with a country of two words
            "Officials met in Wellington on 4 March 2024 to co-chair the 3rd New Zealand-Viet Nam Energy Policy "
            "Dialogue.",
            [("nz-vn-energy-policy-dialogue", 3)],
        ),
        (
            "The 5th United States-Malaysia Strategic Partnership Dialogue was held in Putrajaya on 4 March 2024.",
            [("my-us-strategic-partnership-dialogue", 5)],
        ),
        (  # a meeting of an unlisted council is that council's round
            "The 23rd China-Singapore Suzhou Industrial Park Joint Steering Council Meeting was held in Suzhou on 4 "
            "March 2024.",
            [("cn-sg-suzhou-industrial-park-joint-steering-council", 23)],
        ),
        (  # the council named without its parties, in a release about the two
            "Deputy Prime Minister Tan Wei Ming co-chaired the 20th Joint Council for Bilateral Cooperation (JCBC) "
            "with Vice Premier Li Ming in Tianjin on 4 March 2024. Singapore and China agreed to deepen ties.",
            [("cn-sg-joint-council-for-bilateral-cooperation", 20)],
        ),
        (  # a roundtable of ministers
            "The second Indonesia-Singapore Ministerial Roundtable (ISMRT) was held in Jakarta on 4 March 2024.",
            [("id-sg-ministerial-roundtable", 2)],
        ),
        (  # "2+2" in a name the registry does not list makes it the 2+2, named in its own words
            "The fourth Japan-Australia 2+2 Political and Security Policy Consultations took place in Tokyo on 4 "
            "March 2024.",
            [("au-jp-two-plus-two", 4)],
        ),
        (
            "The ministers will meet in New Delhi on 4 March 2024 for the third India-Japan 2+2 foreign and defence "
            "ministerial dialogue, after the India-Japan 2+2 Dialogue of 2022.",
            [("in-jp-two-plus-two", 3)],
        ),
        (  # "and" between two words of a lower-case name, after the round and the pair
            "Officials held the 6th Japan-Philippines political and security dialogue in Manila on 4 March 2024.",
            [("jp-ph-political-and-security-dialogue", 6)],
        ),
        (  # the same name in lower case, "2+2" first
            "On 4 March the ministers met virtually for the second Japan-Australia 2+2 political and security policy "
            "consultations.",
            [("au-jp-two-plus-two", 2)],
        ),
        (  # … but "and" after a meeting noun joins two things
            "Officials held the 6th Japan-Philippines strategic dialogue and security talks in Manila on 4 March 2024.",
            [("jp-ph-strategic-dialogue", 6)],
        ),
        (  # an unlisted commission with what it cooperates on: another body than a bare one
            "The 25th meeting of the Russia-Viet Nam Intergovernmental Commission on Trade, Economic, Scientific and "
            "Technical Cooperation opened in Hanoi on 4 March 2024.",
            [("ru-vn-intergovernmental-commission-econo-scien-techn-trade", 25)],
        ),
        (  # a bare "Ministerial Meeting" of trade and foreign ministers is its own body, not the foreign ministers'
            "Trade and foreign ministers of both countries met in Canberra on 4 March 2024 for the third "
            "Philippines-Australia Ministerial Meeting.",
            [("au-ph-ministerial-meeting", 3)],
        ),
        (  # a pair with a country of three words, on either side
            "The 31st Papua New Guinea-Australia Ministerial Forum took place in Port Moresby on 4 March 2024.",
            [("au-pg-ministerial-forum", 31)],
        ),
        (
            "The 31st Australia-Papua New Guinea Ministerial Forum took place in Canberra on 4 March 2024.",
            [("au-pg-ministerial-forum", 31)],
        ),
        (  # lower-case words after "the fourth meeting of the" and the pair
            "Colombo, 3 March\nIndia and Sri Lanka held the fourth meeting of the India-Sri Lanka core group here on "
            "Friday.",
            [("in-lk-core-group", 4)],
        ),
        (  # an unlisted name "between the two nations": the release's own parties
            "Mongolia and Japan issued a joint statement on Thursday.\nThe leaders welcomed the outcome of the tenth "
            "public-private consultative meeting between the two nations in Tokyo on Wednesday.",
            [("jp-mn-public-private-consultative-meeting", 10)],
        ),
        (  # "such" is no word of a name
            "India and Japan agreed to hold the second such meeting between the two countries in Tokyo next year.",
            [],
        ),
        (
            "Mongolia and Japan issued a joint statement on Thursday. The leaders welcomed the tenth Public-Private "
            "Consultative Meeting between the two countries in Tokyo on Wednesday.",
            [("jp-mn-public-private-consultative-meeting", 10)],
        ),
        (  # no round, but set off as a meeting held regularly: the genre's shape
            "Japan and Vietnam agreed to deepen ties at the Japan-Vietnam Maritime Partnership Dialogue, a regular "
            "meeting of vice ministers, held in Tokyo on 4 March 2024.",
            [("jp-vn-maritime-partnership-dialogue", None)],
        ),
        (  # … and without that, a bare unlisted name without a round is no series
            "Japan and Vietnam agreed to deepen ties at the Japan-Vietnam Maritime Partnership Dialogue held in "
            "Tokyo on 4 March 2024.",
            [],
        ),
        (  # the parties as the subject, then "the 14th round of the" an unlisted name
            "Muscat, March 5 (IANS) India and Oman held the 15th round of the Strategic Consultative Group (IOSCG) "
            "meeting in Muscat, the ministry said.",
            [("in-om-strategic-consultative-group", 15)],
        ),
        (  # a subject ending in "Partnership" names the body
            "The Inaugural Meeting of the Japan-Thailand Joint Committee on Economic Partnership took place in Tokyo "
            "on 4 March 2024.",
            [("jp-th-joint-committee-econo-partn", 1)],
        ),
        (  # Thai subjects the topics table reads: "ทางทะเล", "… และนวัตกรรม"
            "วานนี้ (๔ มีนาคม ๒๕๖๗) มีการประชุมคณะทำงานร่วมทางทะเลไทย-มาเลเซีย ครั้งที่ ๖๐ ณ หาดใหญ่",
            [("my-th-joint-maritime-working-group", 60)],
        ),
        (
            "เมื่อวันที่ 4 มีนาคม 2567 มีการประชุมคณะกรรมการร่วมด้านวิทยาศาสตร์ เทคโนโลยี และนวัตกรรม ไทย-ลาว ครั้งที่ 2 ณ หลวงพระบาง",
            [("la-th-joint-committee-innov-scien-techn", 2)],
        ),
    ],
)
def test_unlisted_names_of_the_genre(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


def test_a_secretariats_meeting_named_twice_is_not_the_round() -> None:
    """ "ฝ่ายเลขานุการคณะกรรมการชายแดนทั่วไป หรือ GBC ไทย-กัมพูชา": the second name is the same secretariat
    meeting; the round itself, named later with its date and no number, is the one to come."""
    text = (
        "ฝ่ายเลขานุการคณะกรรมการชายแดนทั่วไป หรือ GBC ไทย-กัมพูชา เริ่มประชุมวันนี้ (4 มี.ค.) ที่จังหวัดจันทบุรี\n"
        "การประชุมฝ่ายเลขาฯ GBC ไทย-กัมพูชา จัดขึ้นระหว่างวันที่ 4-6 มีนาคม 2567 จากนั้น จะเป็นการประชุม GBC ที่มีรัฐมนตรี"
        "ว่าการกระทรวงกลาโหมไทย-กัมพูชา เป็นประธานร่วม ในวันที่ 7 มีนาคม 2567"
    )
    found = [
        (m.series.id, m.round, m.role, m.dates.iso_start() if m.dates else None) for m in mentions(text, "2024-03-04")
    ]
    assert found == [("kh-th-general-border-committee", None, "upcoming", "2024-03-07")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # how often it meets, after the kind: the body English calls "Biennial"
            "นายสมชาย รักไทย เป็นประธานร่วมกับนางเจน สมิธ ในการประชุมระดับรัฐมนตรีว่าการต่างประเทศทุก ๆ 2 ปี "
            "ระหว่างประเทศไทยกับออสเตรเลีย ครั้งที่ 2 เมื่อวันที่ 4 มีนาคม 2567",
            [("au-th-biennial-foreign-ministers-meeting", 2)],
        ),
        (
            "การประชุมรัฐมนตรีว่าการต่างประเทศทุก ๒ ปี ไทย-ออสเตรเลีย ครั้งที่ ๒ จัดขึ้นเมื่อวันที่ ๔ มีนาคม ๒๕๖๗",
            [("au-th-biennial-foreign-ministers-meeting", 2)],
        ),
        (  # … the series the English name is
            "The 2nd Australia-Thailand Biennial Foreign Ministers' Meeting was held on 4 March 2024.",
            [("au-th-biennial-foreign-ministers-meeting", 2)],
        ),
        (  # "ประจำปี" (annual) leaves the kind as it is, as "annual" does in English
            "การประชุมคณะกรรมาธิการร่วมประจำปี ไทย-ลาว ครั้งที่ 23 จัดขึ้นเมื่อวันที่ 4 มีนาคม 2567",
            [("la-th-joint-commission", 23)],
        ),
        (  # … and before a year it counts that year's meetings
            "การประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ 1 ประจำปี 2567 จัดขึ้นเมื่อวันที่ 4 มีนาคม 2567",
            [("la-th-joint-commission", 1)],
        ),
    ],
)
def test_a_thai_name_says_how_often_the_body_meets(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


def test_a_secretariat_meetings_chairs_are_not_the_rounds() -> None:
    text = (
        "การประชุมคณะกรรมการชายแดนทั่วไป (GBC) ไทย-กัมพูชา ครั้งที่ ๑๕ จัดขึ้นที่จังหวัดเกาะกง ระหว่างวันที่ ๔-๖ มีนาคม ๒๕๖๗ "
        "โดยเมื่อวันที่ ๔ มีนาคม ๒๕๖๗ เป็นการประชุมกองเลขานุการคณะกรรมการ GBC โดยมี พลโท สมชาย รักไทย เลขานุการ GBC "
        "เป็นประธานร่วมฝ่ายไทย และ พลตรี ซก วันนา เป็นประธานร่วมฝ่ายกัมพูชา"
    )
    assert [(m.round, m.co_chairs) for m in mentions(text) if m.role == "headline"] == [(15, ())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the place is named late in a long sentence, after the chairs
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ ผู้บัญชาการทหารสูงสุดเข้าร่วมการประชุมคณะกรรมการชายแดนทั่วไป ไทย - ลาว ครั้งที่ ๒๘ โดยมี "
            "พลเอก สมชาย รักไทย รัฐมนตรีว่าการกระทรวงกลาโหม และ พลโท คำพอน วงสา รัฐมนตรีว่าการกระทรวงป้องกันประเทศลาว "
            "เป็นประธานร่วม ณ ห้องประชุมใหญ่ โรงแรมริมน้ำ กรุงเทพมหานคร",
            "Bangkok",
        ),
        (  # online, said at the end of a long sentence
            "On 4 March 2024 the Ministry hosted the 7th Thailand - China Strategic Dialogue co-chaired by Somchai "
            "Rakthai, Permanent Secretary, and Wang Wei, Assistant Minister of Foreign Affairs, via teleconference.",
            "virtual",
        ),
        (  # the sentence opens with where it met, long before the round
            "On March 4, in Tokyo, Mr. Taro Sato, Senior Deputy Minister, and Ms. Jane Carter, Deputy Minister of "
            "Foreign Affairs, held the sixth Japan-Canada Foreign and Defense Vice Ministerial Meeting (“2+2”).",
            "Tokyo",
        ),
        (  # the country the delegation visited for it
            "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ นายสมชาย รักไทย รัฐมนตรีว่าการกระทรวงการต่างประเทศ ได้เดินทางเยือนมาเลเซียเพื่อเข้าร่วม"
            "การประชุมคณะกรรมาธิการร่วมไทย-มาเลเซีย ครั้งที่ ๑๖",
            "Malaysia",
        ),
        (  # a Thai ministry's release: "the Ministry" hosts, for Thailand
            "กระทรวงการต่างประเทศจะเป็นเจ้าภาพจัดการหารือเชิงยุทธศาสตร์ไทย - สหราชอาณาจักร ครั้งที่ ๕ ในวันที่ ๔ มีนาคม ๒๕๖๗",
            "Thailand",
        ),
        (  # Vietnamese spellings with their diacritics
            "The 11th United States-Việt Nam Political, Security and Defense Dialogue was held in Hà Nội on 4 March "
            "2024.",
            "Hanoi",
        ),
        (  # a wire's dateline is where the story was filed, not where the round meets
            "HANOI — Minister Somchai Rakthai will visit Laos from March 4 to 5 and co-chair the sixth meeting of the "
            "Laos-Thailand Joint Commission with Lao Deputy Prime Minister Khamphou Vongsa.",
            "Laos",
        ),
        (  # a dateline's place is where the story was filed: the country visited is all the text says
            "KUALA LUMPUR: The Thai Prime Minister will make an official visit to Malaysia on 4 March 2024 to attend "
            "the 8th Malaysia-Thailand Annual Consultation.",
            "Malaysia",
        ),
        (  # the country visited, then where the principals met, in a sentence naming no round
            "Jakarta (ANTARA) - The Prime Minister paid an official visit to Indonesia on 4 March 2024 for the 14th "
            "Malaysia-Indonesia Annual Consultation. Meeting at a resort hotel in Bali, the two leaders "
            "discussed trade.",
            "Bali",
        ),
        (  # where the visitor arrived for it, in a sentence naming no round
            "The 57th Malaysia-Thailand General Border Committee meeting opened on 4 March 2024. Yesterday, the "
            "Malaysian Defence Minister arrived in Bangkok for a three-day official visit.",
            "Bangkok",
        ),
        (  # a place in an official's title is not where the round met
            "On 4 March 2024 the 8th Thailand-United States Strategic Dialogue was co-chaired by Somchai Rakthai, "
            "the Ambassador of Thailand to Washington, and John Carter.",
            None,
        ),
        (  # a building, then the city written with นคร
            "การประชุมรัฐมนตรีว่าการต่างประเทศไทย-ออสเตรเลีย ครั้งที่ 2 เมื่อวันที่ 4 มีนาคม 2567 ณ ทำเนียบผู้สำเร็จราชการ"
            "ประจำรัฐ นครแอดิเลด",
            "Adelaide",
        ),
        (  # Siem Reap as Vietnamese news writes it in Thai
            "เมื่อวันที่ 4 มีนาคม 2567 ณ จังหวัดเสียมเรียบ ราชอาณาจักรกัมพูชา รัฐมนตรีทั้งสองร่วมเป็นประธานการประชุมคณะกรรมการ"
            "ร่วมเวียดนาม-กัมพูชา ครั้งที่ 22",
            "Siem Reap",
        ),
        (  # a city-state naming a chair's organisation is not where they met; the hotel's city is
            "เมื่อวันที่ 4 มีนาคม 2567 นางสาวสมศรี ใจดี อธิบดีกรมความร่วมมือระหว่างประเทศ และ Mr. Lim Wei, Director, Singapore "
            "Cooperation Programme เป็นประธานร่วมในการประชุมความร่วมมือทางวิชาการไทย – สิงค์โปร์ ครั้งที่ 10 ณ โรงแรมริมน้ำ "
            "กรุงเทพฯ",
            "Bangkok",
        ),
        (  # a country right before the round, over a city of an earlier clause
            "The two leaders signed the partnership in Hanoi last year, and on 4 March 2024 they met again in Vietnam "
            "for the 3rd Australia-Vietnam Foreign Ministers' Meeting.",
            "Viet Nam",
        ),
        (  # … but not a visit's country in the clause that names the city
            "The Lao Prime Minister left Vientiane on 5 March 2024, ending his official visit to Laos and co-chairing "
            "the 12th Laos-Thailand Joint Commission.",
            "Vientiane",
        ),
        (  # an online round written with a hyphen
            "India and Georgia held the 6th round of Foreign Office Consultations via digital video-conference on "
            "5 March 2024.",
            "virtual",
        ),
        (  # a city and a colon open the story: the dateline, not the venue, which is written later
            "Jakarta: The two leaders attended the 13th Annual bilateral consultation meeting between Indonesia and "
            "Malaysia in Kuching, Sarawak on 5 March 2024.",
            "Kuching",
        ),
    ],
)
def test_places_of_real_releases(text: str, expected: str | None) -> None:
    assert [m.location for m in mentions(text) if m.role == "headline"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a modifier before the pair belongs to the name
            "The annual Australia-New Zealand Leaders’ Meeting took place in Wellington on 4 March 2024.",
            [("au-nz-annual-leaders-meeting", None)],
        ),
        (
            "Leaders met in Singapore on 4 March 2024 for the 9th annual Singapore-Australia Leaders' Meeting.",
            [("au-sg-annual-leaders-meeting", 9)],
        ),
    ],
)
def test_a_modifier_before_the_pair(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


def test_the_chairs_after_โดยมี_not_the_traveller() -> None:
    text = (
        "นายสมชาย รักไทย รัฐมนตรีว่าการกระทรวงการต่างประเทศ มีกำหนดจะเดินทางไปเข้าร่วมการประชุมรัฐมนตรีต่างประเทศกรอบความร่วมมือ"
        "แม่โขง – ล้านช้าง ครั้งที่ ๑๒ ในวันที่ ๑๕ มีนาคม ๒๕๖๗ ณ เมืองต้าหลี่ โดยมีนายหวัง เหว่ย รัฐมนตรีว่าการกระทรวงการต่างประเทศจีน "
        "และนายซก วันนา รัฐมนตรีว่าการกระทรวงการต่างประเทศกัมพูชา เป็นประธานร่วม"
    )
    [m] = mentions(text, "2024-03-08")
    assert (m.round, m.location, m.co_chairs) == (12, "Dali", ("หวัง เหว่ย", "ซก วันนา"))


# 7. Anniversaries written other ways; "the two countries" are the document's parties.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 5th Thailand–Laos Joint Commission met on 4 March 2024. The leaders opened a school as part of the "
            "70th anniversary celebration of Thailand – Laos diplomatic relations in 2020.",
            (("LA", "TH"), 70, 2020, "1950"),
        ),
        (  # a founding counted back from the document's year
            "The 5th Thailand–Malaysia Annual Consultation met on 4 March 2024. Ties have come a long way since "
            "diplomatic ties were established 67 years ago.",
            (("MY", "TH"), 0, 1957, "1957"),
        ),
        (  # a Thai founding with its partner after "กับ"
            "รัฐสภาไทยต้อนรับคณะจากบรูไน ไทยสถาปนาความสัมพันธ์ทางการทูตกับบรูไน เมื่อวันที่ 1 มกราคม 2527 "
            "และมีความสัมพันธ์ใกล้ชิดกันมาโดยตลอด",
            (("BN", "TH"), 0, 1984, "1984-01-01"),
        ),
        (
            "The 5th Thailand–Malaysia Joint Commission met on 4 March 2024. They discussed the upcoming 75 th "
            "founding anniversary of the two countries’ diplomatic ties in 2032.",
            (("MY", "TH"), 75, 2032, "1957"),
        ),
        (
            "The 5th Thailand–Viet Nam Joint Commission met on 4 March 2024. Both ministries will organise activities "
            "for the 50 th anniversary of bilateral diplomatic ties in 2026.",
            (("TH", "VN"), 50, 2026, "1976"),
        ),
        (  # the relation first, then "ครบ N ปี"
            "การประชุมคณะกรรมาธิการร่วมไทย-ญี่ปุ่น ครั้งที่ ๕ จัดขึ้นเมื่อวันที่ ๔ มีนาคม ๒๕๖๗ ในโอกาสที่ความสัมพันธ์ทางการทูตไทย - ญี่ปุ่น "
            "ครบ 140 ปี ในปี 2570",
            (("JP", "TH"), 140, 2027, "1887"),
        ),
        (  # the two countries the subject of the celebration, then the relation and "ครบ N ปี"
            "รัฐมนตรีจะหารือกับรัฐมนตรีต่างประเทศเช็ก ในโอกาสที่ไทยและสาธารณรัฐเช็กจะฉลองความสัมพันธ์ทางการทูตครบ ๕๐ ปี ในปี ๒๕๖๗",
            (("CZ", "TH"), 50, 2024, "1974"),
        ),
        (  # "N years of establishment of diplomatic relations"
            "The 5th Thailand–Singapore Joint Commission met on 4 March 2024, marking 60 years of establishment of "
            "diplomatic relations between Thailand and Singapore in 2025.",
            (("SG", "TH"), 60, 2025, "1965"),
        ),
    ],
)
def test_anniversaries_written_other_ways(text: str, expected: tuple[object, ...]) -> None:
    doc = Document(id="t", origin="t", title="", language="en", text=text, published=DateSpan.from_iso("2024-03-08"))
    claims = find_claims(doc, REGISTRY).anniversaries
    assert [(a.countries, a.ordinal, a.year, a.established) for a in claims] == [expected]


def test_for_the_first_time_in_years_is_no_round_and_run_on_sentences_split() -> None:
    text = (
        "South Korea and Japan resumed strategic dialogue between their vice foreign ministers for the first time in "
        "nine years on Thursday.The 15th Korea-Japan strategic talks were held in Seoul.The dialogue was launched "
        "in 2005."
    )
    # the dialogue resumed "on Thursday" is the one round the release numbers: the 15th, that Thursday
    assert [(m.round, m.dates) for m in mentions(text, "2024-03-08")] == [(15, DateSpan(date(2024, 3, 7)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of earlier rounds, each with its date
            "The fourth Japan-Canada Foreign and Defense Vice Ministerial Meeting (“2+2”) was held on 4 March 2024. "
            "The 1st meeting was held in May 2012, the 2nd in June 2015 and the 3rd in July 2019.",
            [(1, "2012-05"), (2, "2015-06"), (3, "2019-07"), (4, "2024-03-04")],
        ),
        (  # the first "since" a while ago, said some words after the name: no round number
            "Vice ministers of Japan and Korea held the Japan-Korea Strategic Dialogue in Seoul on 4 March 2024. It was "
            "the first Japan-Korea strategic dialogue session between the two vice ministers since the one held in "
            "Tokyo in June 2022.",
            [(None, "2024-03-04")],
        ),
        (  # the page dated month first; the lead's weekday from it; "the latest round, the eighth of its kind"
            "Thu, 3/14/2024 - 13:07\n\nKorea-Japan talks\n\nSEOUL, March 13 (Yonhap) -- Vice foreign ministers of "
            "South Korea and Japan met on Wednesday for talks over regional security, officials said.\n\nThe two "
            "countries launched the Korea-Japan strategic dialogue in 2005. The latest round, the eighth of its kind, "
            "came ahead of a summit.",
            [(8, "2024-03-13")],
        ),
        (  # a leader's first annual meeting is not the series' first round
            "The Prime Minister welcomed her counterpart to Wellington for their first annual Australia New Zealand "
            "Leaders' Meeting on 4 March 2024.",
            [(None, "2024-03-04")],
        ),
        (  # the two leaders' first retreat together, and the first one held since a pause: neither is round 1
            "Prime Minister Lee and Prime Minister Anwar met in Singapore on 4 March 2024 for the 12th Singapore-"
            "Malaysia Leaders' Retreat. This is their first Retreat together and the first Retreat the two countries "
            "have held since the pandemic.",
            [(12, "2024-03-04")],
        ),
        (  # the same without the number: still the leaders' first, not the series'
            "The two prime ministers met in Putrajaya on 4 March 2024 for their first Malaysia-Singapore Leaders' "
            "Retreat together.",
            [(None, "2024-03-04")],
        ),
        (  # a year counted from the page's, opening the sentence that recalls a round
            "The two prime ministers will meet in Bali on 4 March 2024 for the 3rd Indonesia-Singapore Leaders' "
            "Retreat.\nLast year, the two countries marked an anniversary of their ties during the second Leaders' "
            "Retreat in Singapore.",
            [(2, "2023"), (3, "2024-03-04")],
        ),
    ],
)
def test_rounds_listed_or_counted_by_their_people(text: str, expected: list[tuple[int | None, str]]) -> None:
    got = [(m.round, m.dates.iso_start() if m.dates else None) for m in mentions(text, None)]
    assert sorted(got, key=lambda g: (g[0] or 0, g[1] or "")) == expected


def test_the_meeting_was_held_in_a_sentence_naming_no_round() -> None:
    text = (
        "The 11th Mekong-Lancang Cooperation Foreign Ministers' Meeting took place on 4 March 2024. "
        "The meeting was held in Anning City, Yunnan Province."
    )
    assert [m.location for m in mentions(text)] == ["Anning"]


def test_bilateral_relations_are_not_diplomatic_relations() -> None:
    text = (
        "The 5th Thailand–Laos Joint Commission met on 4 March 2024, as the two countries prepare to mark the 60th "
        "anniversary of bilateral relations between Thailand and Laos in 2025."
    )
    doc = Document(id="t", origin="test", title="", language="en", text=text, published=DateSpan.from_iso("2024-03-08"))
    assert [(a.countries, a.ordinal, a.kind) for a in find_claims(doc, REGISTRY).anniversaries] == [
        (("LA", "TH"), 60, "bilateral relations")
    ]


# Names with the level, an acronym or quotes inside, parties written as short codes, a bare noun after a
# numbered pair, and special sessions that number themselves, not the rounds.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bracketed acronym inside an unlisted name
            "The 7th Canada-Japan Political-Military (PM) Dialogue was held in Tokyo on 4 March 2024.",
            [("ca-jp-political-military-dialogue", 7)],
        ),
        (  # the level between the pair and the kind is not another kind: one series, not two
            "Li Ming and Jane Carter co-chaired the ninth round of China-EU High-Level Strategic Dialogue in "
            "Brussels on 4 March 2024. The EU-China Strategic Dialogue is held every year.",
            [("cn-eu-strategic-dialogue", 9)],
        ),
        (
            "The 15th S. Korea-Japan Vice Minister-level Strategic Dialogue took place in Seoul on 4 March 2024.",
            [("jp-kr-strategic-dialogue", 15)],
        ),
        (  # a bare meeting noun after a numbered pair
            "Both sides looked ahead to the 21st EU-China Summit, to be held in Brussels in April 2024.",
            [("cn-eu-summit", 21)],
        ),
        (  # a two-letter code for a party
            "After the 12th PH-U.S. Bilateral Strategic Dialogue (BSD) on March 4-5, 2024, a statement was issued.",
            [("ph-us-strategic-dialogue", 12)],
        ),
        (  # the name in quotes after its ordinal
            "The eighth “2+2 meeting” between Indonesia and Australia was held in Canberra on 4 March 2024.",
            [("au-id-two-plus-two", 8)],
        ),
        (  # the first special session is no first round
            "Thailand and Cambodia held the first special session of the General Border Committee in Koh Kong on "
            "4 March 2024.",
            [("kh-th-general-border-committee", None)],
        ),
        (
            "Delegates prepared the 2nd Special General Border Committee Meeting between Thailand and Cambodia, "
            "held in Kuala Lumpur on 4 March 2024.",
            [("kh-th-general-border-committee", None)],
        ),
        (  # "in nearly a decade": the first in a while
            "Seoul and Tokyo held their first vice foreign ministerial strategic dialogue in nearly a decade on "
            "4 March 2024, the Korea-Japan Strategic Dialogue.",
            [("jp-kr-strategic-dialogue", None)],
        ),
        (  # a level written with a hyphen and a space, and "the RoK"
            "They co-chaired the 6th deputy-ministerial level strategic dialogue between Vietnam and the RoK on 4 "
            "March 2024.",
            [("kr-vn-strategic-dialogue", 6)],
        ),
        (  # "RI", Republik Indonesia, in a pair
            "The 37th Session of the RI-PNG Joint Border Committee (JBC) closed in Jayapura on 4 March 2024.",
            [("id-pg-joint-border-committee", 37)],
        ),
    ],
)
def test_names_with_level_acronym_quotes_and_codes(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


def test_a_month_counted_back_from_the_document_dates_a_recalled_round() -> None:
    text = (
        "Defence ministers meet in Bangkok\n"
        "The two ministers reviewed what the 56th Malaysia-Thailand General Border Committee agreed in Kuala Lumpur "
        "last May."
    )
    [m] = mentions(text, "2024-08-30")
    assert (m.round, m.dates, m.role) == (56, DateSpan.from_iso("2024-05"), "past")
    [m] = mentions(text.replace("last May", "เดือนพฤษภาคม ที่ผ่านมา"), "2024-08-30")
    assert m.dates == DateSpan.from_iso("2024-05")


def test_the_wire_dateline_is_the_day_relative_days_count_from() -> None:
    text = (
        " date 2024-03-12 BEIJING, March 11 (Xinhua) -- Foreign Minister Li Ming will co-chair the sixth meeting of "
        "the China-Cambodia Intergovernmental Coordination Committee with Deputy Prime Minister Sok Vanna on "
        "Tuesday via video, the ministry said."
    )
    [m] = mentions(text, "2024-03-12")
    assert (m.round, m.role, m.dates, m.location) == (6, "upcoming", DateSpan.from_iso("2024-03-12"), "virtual")
    assert m.co_chairs == ("Li Ming", "Sok Vanna")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a syndicating site's slashes month first, beside the ministry's own day-first dots
        (
            "Ministry of Foreign Affairs\n\n03/09/2024 | Press release | Distributed on 03/09/2024 05:55\n\n09.03.2024 "
            "Article",
            "2024-03-09",
        ),
        ("Embassy news\n\n03/09/2024\n\nMarch 9, 2024", "2024-03-09"),
        ("Embassy news\n\n03/09/2024\n\nOfficials met.", "2024-09-03"),  # nothing else written: day first
        ("Embassy news\n\n09.03.2024\n\n03/09/2024", "2024-03-09"),  # the dots read first stand
    ],
)
def test_a_slashed_page_date_is_read_as_the_pages_other_date_says(head: str, expected: str) -> None:
    from dialogtrack.reading.metadata import read_page_meta

    assert read_page_meta(head).published == DateSpan.from_iso(expected)


def test_a_page_dated_to_the_month_gives_its_year_to_the_prose() -> None:
    from dialogtrack.reading.metadata import read_page_meta

    text = (
        " date 2024-03 กรมสารนิเทศเปิดเผยวันนี้ (8 มี.ค.) ว่า เมื่อวันที่ 4-5 มีนาคม ที่ผ่านมา นายสมชาย รักไทย อธิบดีกรมเอเชียใต้ "
        "เป็นประธานการประชุมคณะทำงานร่วมไทย-ซาอุดีอาระเบีย ครั้งที่ 2 ที่กระทรวงการต่างประเทศ"
    )
    published = read_page_meta(text).published
    assert published == DateSpan.from_iso("2024-03")
    [m] = mentions(text, "2024-03")
    assert (m.round, m.dates) == (2, DateSpan.from_iso("2024-03-04", "2024-03-05"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an honorific of Indian releases
            "The 9th India-Thailand Joint Commission was co-chaired by Shri Ravi Kumar, Minister of External "
            "Affairs, and Foreign Minister Somchai Rakthai in New Delhi on 4 March 2024.",
            ("Ravi Kumar", "Somchai Rakthai"),
        ),
        (  # ranks before the name
            "The 5th Japan-Canada Political-Military Dialogue was held in Ottawa on 4 March 2024. The Canadian "
            "delegation was led by Major General Greg Stone, Director General for International Security.",
            ("Greg Stone",),
        ),
        (  # the one who is quoted is no chair
            '"The meeting will be co-chaired by the two defence ministers (Gen. Somchai Rakthai and Gen. Vann Sokha)," '
            "Chan Dara, a ministry spokesman, told reporters about the 10th Cambodia-Thailand General Border "
            "Committee in Bangkok on 4 March 2024.",
            ("Somchai Rakthai", "Vann Sokha"),
        ),
        (  # the round's principals after "between"
            "Cooperation was discussed in the 9th India-Thailand Joint Commission Meeting (JCM) between External Affairs Minister "
            "S. Ravi Kumar and his Thai counterpart Somchai Rakthai in New Delhi on 4 March 2024.",
            ("S. Ravi Kumar", "Somchai Rakthai"),
        ),
        (  # "convened", and "met" with its weekday
            "On 4 March 2024, Prime Minister Razak Ismail and Prime Minister Tan Wei Ming convened in Putrajaya for "
            "the 12th Malaysia-Singapore Leaders' Retreat.",
            ("Razak Ismail", "Tan Wei Ming"),
        ),
        (
            "Secretary of State Jane Doe and her Indonesian counterpart Budi Santoso met Friday at the State "
            "Department for the second meeting of the U.S.-Indonesia Joint Commission, on 4 March 2024.",
            ("Jane Doe", "Budi Santoso"),
        ),
        (  # a Malay honorific that is also a word and a name: only before a capitalised word
            "Prime Minister Tun Razak Ismail and Prime Minister Tan Wei Ming co-chaired the 10th Malaysia-Singapore "
            "Leaders' Retreat in Putrajaya on 4 March 2024.",
            ("Razak Ismail", "Tan Wei Ming"),
        ),
        (  # … but not inside a name, where it is the father's
            "Prime Minister Ahmad Zaki Tun Hussein Omar and Prime Minister Tan Wei Ming co-chaired the 11th "
            "Malaysia-Singapore Leaders' Retreat in Singapore on 4 March 2024.",
            ("Ahmad Zaki Tun Hussein Omar", "Tan Wei Ming"),
        ),
        (  # Bruneian and Malay styles before the name; "Haji" inside a name is the name's
            "Sultan Haji Omar Ali Saifuddin of Brunei Darussalam and Yang Amat Berhormat Dato' Seri Ahmad Zaki Tun "
            "Haji Hussein co-chaired the 20th Malaysia-Brunei Darussalam Annual Leaders' Consultation in Bandar Seri "
            "Begawan on 4 March 2024.",
            ("Omar Ali Saifuddin", "Ahmad Zaki Tun Haji Hussein"),
        ),
        (  # the main clause after "co-chaired by …" ends the names
            "The 10th Thailand-India Defence Dialogue was held in Bangkok on 4 March 2024. Co-chaired by Joint "
            "Secretary Ravi Kumar and Deputy Permanent Secretary Gen Somsak Jaidee, the meeting stressed Joint "
            "Training Exercises between the armed forces.",
            ("Ravi Kumar", "Somsak Jaidee"),
        ),
        (  # a Thai rank before a Malay style and the romanised name
            "การประชุมคณะกรรมการชายแดนส่วนภูมิภาค ไทย-มาเลเซีย ครั้งที่ 120 เมื่อวันที่ 4 มีนาคม 2567 ที่ยะโฮร์บาห์รู "
            "โดยมี พล.ท.Dato’ Pahlawan Haji Azlan Musa ผบ.กองกำลัง เป็นประธานร่วมฝ่ายมาเลเซีย และ พล.ท.สมชาย ใจดี "
            "แม่ทัพภาคที่ 4 เป็นประธานร่วมฝ่ายไทย",
            ("Azlan Musa", "สมชาย ใจดี"),
        ),
        (  # a senior general's rank, and an army region's commander after the name
            "พลเอกอาวุโส ทุน ทุน และ พลเอกสมชาย ใจดี มทภ.3 เป็นประธานร่วมการประชุมคณะกรรมการระดับสูง ไทย-เมียนมา "
            "ครั้งที่ 9 เมื่อวันที่ 4 มีนาคม 2567 ที่เนปิดอว์",
            ("ทุน ทุน", "สมชาย ใจดี"),
        ),
        (  # a ruler's style after the name ("ibni …", the late father's) ends it; "bin" joins a Malay name
            "His Majesty Sultan Haji Omar Ali Bolkiah Mu'izzaddin ibni Al-Marhum Sultan Haji Ahmad 'Ali Tajuddin "
            "Sa'adul Waddien and The Honourable Dato' Seri Razak bin Ismail, Prime Minister of Malaysia, held the "
            "30th Annual Leaders' Consultation between Brunei Darussalam and Malaysia in Bandar Seri Begawan on 4 "
            "March 2024.",
            ("Omar Ali Bolkiah Mu'izzaddin", "Razak bin Ismail"),
        ),
        (  # "The Rt. Hon." and "MP": a British style around the name, its dots ending no sentence
            "The fifth session of the United Kingdom-Thailand Strategic Dialogue was held in Bangkok on 4 March 2024. "
            "It was co-chaired by The Rt. Hon. Jane Doe MP, Minister for Asia, and His Excellency Mr. Somchai Rakthai, "
            "Vice Minister for Foreign Affairs of Thailand.",
            ("Jane Doe", "Somchai Rakthai"),
        ),
        (  # each side and the officer it has at its head, the second side in a paragraph of its own that
            # names the round again (and the one before it)
            "วันที่ 4 มีนาคม 2567 ได้มีการประชุมคณะกรรมการชายแดนส่วนท้องถิ่นไทย-เมียนมา ครั้งที่ 95 (TBC-95) ฝ่ายไทยโดย มี "
            "พ.อ. สมชาย ใจดี ผู้บังคับหน่วยเฉพาะกิจ/ประธานคณะกรรมการชายแดนส่วนท้องถิ่น ไทย-เมียนมา\n\n"
            "โดยฝ่ายเมียนมา มี พ.ท. ทุนลวิน ผู้บังคับกองพัน/ประธานคณะกรรมการชายแดนส่วนท้องถิ่นเมียนมา-ไทย ได้เป็นประธานร่วม"
            "ในการประชุมคณะกรรมการชายแดนส่วนท้องถิ่นครั้งที่ 95 ต่อจาก TBC ครั้งที่ 94",
            ("สมชาย ใจดี", "ทุนลวิน"),
        ),
        (  # an office after "และ" is no name written without its honorific
            "เมื่อวันที่ 4 มีนาคม 2567 นายสมชาย ใจดี รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศได้พบหารือทวิภาคีและ"
            "เป็นประธานร่วมกับนายอาเหม็ด ยิลมาซ รัฐมนตรีว่าการกระทรวงอุตสาหกรรมตุรกี ในการประชุมคณะกรรมการร่วมไทย-ตุรกี ครั้งที่ 5",
            ("สมชาย ใจดี", "อาเหม็ด ยิลมาซ"),
        ),
        (  # the office after one name runs into the next name ("…ต่างประเทศและนายปรีชา …")
            "เมื่อวันที่ 4 มีนาคม 2567 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศและนายสก วันนา รัฐมนตรีว่าการ"
            "กระทรวงการต่างประเทศกัมพูชา ได้เป็นประธานร่วมในการประชุมคณะกรรมาธิการร่วมไทย – กัมพูชา ครั้งที่ 12",
            ("สมชาย ใจดี", "สก วันนา"),
        ),
        (  # a father's title after "bin" stays in the name as written
            "Prime Minister Dato' Sri Ahmad Zaki bin Tun Hussein Omar and Prime Minister Somchai Rakthai co-chaired the "
            "9th Malaysia-Thailand Annual Consultation in Putrajaya on 4 March 2024.",
            ("Ahmad Zaki bin Tun Hussein Omar", "Somchai Rakthai"),
        ),
        (  # the principals who convened the round, and a bracket after them
            "Secretary for Foreign Affairs Maria L. Santos, Secretary of State Jane Doe and Secretary of Defense "
            "John Roe (together, “the Ministers”) convened the fifth Philippines-United States 2+2 "
            "Ministerial Dialogue in Manila on 4 March 2024.",
            ("Maria L. Santos", "Jane Doe", "John Roe"),
        ),
        (  # two heads of delegation, each of their own side
            "The 3rd round of Foreign Office Consultations between Bangladesh and Thailand was held in Dhaka on 4 "
            "March 2024.\n\nForeign Secretary Rahman Karim and his Thai counterpart Permanent Secretary Somchai Rakthai led "
            "their respective delegations.",
            ("Rahman Karim", "Somchai Rakthai"),
        ),
        (  # a department's acronym and abbreviated titles before the name
            "The 5th Philippines-Thailand Joint Committee on Military Cooperation was held in Manila on 4 March "
            "2024. The Philippine side was led by DND Asst. Sec. for Plans and Programs Maria L. Santos, while "
            "the Thai side was led by Gen. Somchai Rakthai.",
            ("Maria L. Santos", "Somchai Rakthai"),
        ),
        (  # a plural role word ("both Leaders") after the list of countries is no one's name
            "The 30th Annual Leaders' Consultation between Brunei Darussalam and Malaysia opened as both Leaders "
            "watched their ministers sign two agreements, in Bandar Seri Begawan on 4 March 2024.",
            (),
        ),
        (  # a Malay officer's styles in Thai script, and "bin" inside the name
            "วันที่ 4 มีนาคม 2567 พลเอกสมชาย ใจดี ผู้บัญชาการทหารสูงสุด และ พลอากาศเอก ตัน สรี ดาโต๊ะ สรี ฮัญจี "
            "อาซมัน บิน ยูซุฟ ผู้บัญชาการทหารสูงสุดมาเลเซีย เป็นประธานร่วมในการประชุมคณะกรรมการระดับสูง ไทย-มาเลเซีย "
            "ครั้งที่ 40 ณ กรุงเทพฯ",
            ("สมชาย ใจดี", "อาซมัน บิน ยูซุฟ"),
        ),
        (  # a Malaysian style of Sabah before a romanised name with "Bin" and "Haji" in it
            "วันที่ 4 มีนาคม 2567 พลเอกสมชาย ใจดี และ พลเอก Tan Sri Dato’ Seri Panglima Haji Azlan Bin Haji Musa "
            "Rahman ผู้บัญชาการทหารสูงสุดมาเลเซีย เป็นประธานร่วมในการประชุมคณะกรรมการระดับสูง ไทย-มาเลเซีย ครั้งที่ 41",
            ("สมชาย ใจดี", "Azlan Bin Haji Musa Rahman"),
        ),
        (  # "ในฐานะ" (as …) after a one-word name begins the office
            "การประชุมคณะกรรมการชายแดนส่วนท้องถิ่นไทย-เมียนมา ครั้งที่ 40 เมื่อวันที่ 4 มีนาคม 2567 ฝ่ายเมียนมา นำโดย "
            "พ.ท.ทุนลวิน ในฐานะประธานคณะกรรมการชายแดนส่วนท้องถิ่น เมียนมา-ไทย",
            ("ทุนลวิน",),
        ),
        (  # a Thai academic's and a physician's titles before the name
            "รศ.นพ.สมชาย ใจดี และนาย Li Ming เป็นประธานร่วมในการประชุมคณะกรรมการร่วม ไทย - จีน ครั้งที่ 5 ภายใต้ STEP "
            "เมื่อวันที่ 4 มีนาคม 2567",
            ("สมชาย ใจดี", "Li Ming"),
        ),
        (  # the subject of two verbs: the one who holds the talks with Y and co-chairs, not Y
            "Foreign Secretary Ravi Kumar will hold bilateral consultations with Foreign Secretary Pema Dorji and "
            "co-chair the fourth India-Bhutan Development Cooperation Talks in Thimphu on 4 March 2024.",
            ("Ravi Kumar",),
        ),
        (  # one side's representatives alone are its delegation, not the round's co-chairs
            "The second Japan-Australia 2+2 Political and Security Policy Consultations took place in Tokyo on 4 March "
            "2024. Japan was represented by Foreign Minister Taro Yamada and Defence Minister Ken Sato; Australia "
            "sent its two ministers.",
            (),
        ),
        (  # each side, in a sentence of its own
            "The 2nd Thailand-Japan Strategic Dialogue took place in Tokyo on 4 March 2024. Japan was represented by "
            "Vice Minister Taro Yamada. Thailand was represented by Permanent Secretary Somchai Jaidee.",
            ("Taro Yamada", "Somchai Jaidee"),
        ),
        (  # the head each side was "represented by" co-chairs
            "The 6th Thailand-Japan Political Consultations were held in Tokyo on 4 March 2024. Thailand was "
            "represented by Permanent Secretary Somchai Jaidee, and Japan by Deputy Minister Taro Yamada.",
            ("Somchai Jaidee", "Taro Yamada"),
        ),
        (  # an office written against the surname with no space ends the name there
            "เมื่อวันที่ 4 มีนาคม 2567 นายสมชาย ใจดีเอกอัครราชทูตผู้แทนพิเศษ และนายคำผาย วงสา รองรัฐมนตรีว่าการกระทรวง"
            "การต่างประเทศลาว เป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ 23 ณ นครหลวงเวียงจันทน์",
            ("สมชาย ใจดี", "คำผาย วงสา"),
        ),
        (
            "วันที่ 4 มีนาคม 2567 นางสาวสุดา มีสุขรัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศ และนายอาเหม็ด ยิลมาซ "
            "เป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมไทย-ตุรกี ครั้งที่ 5 ณ กรุงเทพฯ",
            ("สุดา มีสุข", "อาเหม็ด ยิลมาซ"),
        ),
        (  # a Lao provincial governor's title after the name
            "วันที่ 5 มีนาคม 2567 นายสมชาย ใจดี ผู้ว่าราชการจังหวัดหนองคาย และนายบุนมี แก้วมะนี เจ้าครองนครหลวงเวียงจันทน์ "
            "เป็นประธานร่วมการประชุมคณะกรรมการร่วมมือรักษาความสงบเรียบร้อยตามชายแดน ไทย-ลาว ครั้งที่ 15",
            ("สมชาย ใจดี", "บุนมี แก้วมะนี"),
        ),
        (  # presiding over the opening ceremony is not chairing the round
            "พลเรือตรีสมชาย ใจดี เป็นประธานในพิธีเปิดการประชุม Navy to Navy Talks ครั้งที่ 7 ระหว่างกองทัพเรือ - "
            "กองทัพเรือมาเลเซีย เมื่อวันที่ 4 มีนาคม 2567",
            (),
        ),
        (  # "นายทหาร" (an officer) begins with "นาย" and is no honorific
            "วันที่ 4 มีนาคม 2567 ที่สโมสรนายทหาร มณฑลทหารบกที่ 12 พลโทสมชาย ใจดี แม่ทัพภาคที่ 1 เป็นประธานร่วมในการประชุม"
            "คณะกรรมการชายแดนส่วนภูมิภาคไทย-กัมพูชา ครั้งที่ 30",
            ("สมชาย ใจดี",),
        ),
        (  # a side's chair named by the body's acronym: "ประธาน TBC ฝ่ายไทย"
            "วันที่ 4 มีนาคม 2567 ที่โรงแรมริมน้ำ จ.ระนอง ได้มีการประชุมคณะกรรมการชายแดนส่วนท้องถิ่น ไทย-เมียนมา (TBC) ครั้งที่ 50 "
            "โดยมี พ.อ. สมชาย ใจดี ผบ.ฉก.ร.25 ประธาน TBC ฝ่ายไทย เป็นเจ้าภาพ",
            ("สมชาย ใจดี",),
        ),
        (  # a senior rank written short: the rank is no part of the name
            "พล.อ.สมชาย รักไทย ปลัดกระทรวงกลาโหม เดินทางเยือนเวียดนามเพื่อร่วมประชุมคณะกรรมการร่วมด้านความมั่นคงไทย – เวียดนาม "
            "ครั้งที่ 4 เมื่อวันที่ 4 มีนาคม 2567 โดยมี พล.ท.อาวุโส เหวียน วัน ฮุง รมช.กลาโหม เวียดนาม เป็นประธานร่วม",
            ("เหวียน วัน ฮุง",),
        ),
        (  # the host receives the visitor, who came to co-chair
            "Foreign Minister Somchai Rakthai on 4 March 2024 hosted First Vice Minister Kim Min-jun on the occasion "
            "of his visit to Thailand to co-chair the 5th Thailand-Korea Strategic Dialogue.",
            ("Kim Min-jun",),
        ),
        (  # "น.ส." before a space, and an English name with its English title after a comma
            "เมื่อวันที่ 4 มีนาคม 2567 น.ส. สมศรี ใจดี อธิบดีกรมความร่วมมือระหว่างประเทศ และ Mr. Lim Wei, Director, Singapore "
            "Cooperation Programme เป็นประธานร่วมในการประชุมความร่วมมือทางวิชาการไทย – สิงค์โปร์ ครั้งที่ 10",
            ("สมศรี ใจดี", "Lim Wei"),
        ),
        (  # a Gulf style before the name
            "The 3rd India-Oman Joint Commission was held in Muscat on 4 March 2024. It was co-chaired by Ravi Kumar, "
            "Secretary, Ministry of External Affairs, and Sheikh Salim Alhabsi, Undersecretary, Ministry of Foreign "
            "Affairs of Oman.",
            ("Ravi Kumar", "Salim Alhabsi"),
        ),
        (  # a province written like a name is no one
            "The 12th Meeting of the General Border Committee (GBC) between the Kingdom of Cambodia and the Kingdom of "
            "Thailand was hosted by Cambodia on 4 March 2024 in Koh Kong Province, Kingdom of Cambodia. The Meeting "
            "was co-chaired by H.E. General Sok Dara, Deputy Prime Minister and Minister of National Defence of the "
            "Kingdom of Cambodia, and H.E. General Somchai Rakthai, Minister of Defence of the Kingdom of Thailand.",
            ("Sok Dara", "Somchai Rakthai"),
        ),
    ],
)
def test_chairs_without_honorifics_ranks_or_places(text: str, expected: tuple[str, ...]) -> None:
    [m] = [m for m in mentions(text) if m.role == "headline"]
    assert m.co_chairs == expected


def test_an_unlisted_name_once_proven_is_that_series_wherever_written() -> None:
    text = (
        "การประชุม Mekong Water Strategic Dialogue ครั้งที่ ๑ ระหว่างไทยกับลาว\n\n"
        "เมื่อวันที่ ๔ มีนาคม ๒๕๖๗ กระทรวงการต่างประเทศจัดการประชุม Mekong Water Strategic Dialogue ครั้งแรก "
        "ผ่านระบบการประชุมทางไกล"
    )
    assert [(m.series.id, m.round, m.location) for m in mentions(text)] == [
        ("la-th-mekong-water-strategic-dialogue", 1, "virtual")
    ]


def test_a_frameworks_kind_between_two_countries_is_a_series_only_when_numbered() -> None:
    text = (
        "On the margins of the summit in Manila on 4 March 2024, Foreign Minister Sato had a Japan-Canada Foreign "
        "Ministers' Meeting with Foreign Minister Brown for about 30 minutes."
    )
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a visit's range in the round's sentence, the meeting's day in the next
            "เมื่อวันที่ 4-6 มีนาคม 2567 นายสมชาย รักไทย ปลัดกระทรวงการต่างประเทศ ได้เดินทางเยือนอินเดียเพื่อเข้าร่วมการหารือ"
            "ระดับปลัดกระทรวงการต่างประเทศไทย-อินเดีย ครั้งที่ 7 กับ นายราเชศกุมาร (Rajesh Kumar) ปลัดกระทรวงการต่างประเทศอินเดีย "
            "ณ กรุงนิวเดลี\n\nในการประชุมดังกล่าวที่จัดขึ้นเมื่อวันที่ 5 มีนาคม 2567 ทั้งสองฝ่ายได้ทบทวนความร่วมมือ",
            (7, "2024-03-05", ("สมชาย รักไทย", "ราเชศกุมาร")),
        ),
        (  # the day of travel in the round's sentence, "which will be held … from" in the next
            "Foreign Minister Somchai Rakthai travelled to China on Monday to co-chair the 11th Mekong-Lancang "
            "Cooperation Foreign Ministers' Meeting. The ministerial meeting will be held in Anning from March 5 to 6, 2024.",
            (11, "2024-03-05", ("Somchai Rakthai",)),
        ),
    ],
)
def test_the_meeting_day_over_the_journeys(text: str, expected: tuple[object, ...]) -> None:
    [m] = mentions(text, "2024-03-04")
    assert (m.round, m.dates.iso_start() if m.dates else None, m.co_chairs) == expected


def test_an_attendee_before_another_verb_is_not_the_chair() -> None:
    text = (
        "เมื่อวันที่ 4 มีนาคม 2567 นายสมศักดิ์ ใจดี ผู้จัดการสำนักงาน เข้าร่วมประชุมคณะกรรมการความร่วมมือรักษาความสงบเรียบร้อย"
        "ตามชายแดนไทย-ลาว ครั้งที่ 21 ณ เมืองวังเวียง แขวงเวียงจันทน์ มีนายสมชาย รักไทย ผู้ว่าราชการจังหวัดเลย ประธานร่วมฝ่ายไทย"
    )
    [m] = mentions(text)
    assert (m.series.kind, m.round, m.co_chairs) == ("border-peacekeeping-cooperation-committee", 21, ("สมชาย รักไทย",))


def test_a_thai_name_glossed_by_its_acronym_after_the_round() -> None:
    text = (
        "พลเอกสมชาย รักไทย เดินทางเยือน สปป.ลาว เพื่อร่วมประชุมคณะกรรมการร่วมมือรักษาความสงบเรียบร้อยตามชายแดนทั่วไปไทย- ลาว "
        "ครั้งที่ 25 (GBC) ระหว่างวันที่ 4-5 มีนาคม 2567 ณ นครหลวงเวียงจันทน์"
    )
    assert series_and_rounds(text) == [("la-th-general-border-committee", 25)]


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia and Australia agreed to deepen ties. In a ministerial meeting in Jakarta on Thursday, they discussed "
        "trade. The eighth 2+2 meeting was attended by the four ministers.",
        "The eighth Australia-Indonesia 2+2 meeting covered trade. Ministers also spoke during the talks in Jakarta "
        "about the region.",
    ],
)
def test_where_the_meeting_was_when_no_sentence_that_names_it_says(text: str) -> None:
    [m] = mentions(text)
    assert (m.round, m.location) == (8, "Jakarta")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 12th Mekong-Lancang Cooperation Foreign Ministers' Meeting will go ahead as scheduled on March 16 in "
            "Chiang Rai. Delegates "
            "from all six members have confirmed. Permanent Secretary Somchai Rakthai will co-chair the meeting with "
            "Li Ming in place of the minister.",
            ("upcoming", ("Somchai Rakthai", "Li Ming")),
        ),
        (
            "เมื่อวันที่ 4 มีนาคม 2567 มีการประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ 23 ที่กรุงเทพฯ\n\nนายสมชาย รักไทย "
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศ เป็นประธานร่วมในการประชุมครั้งนี้กับนายสอน วันนา รัฐมนตรีว่าการกระทรวงการต่างประเทศลาว",
            ("headline", ("สมชาย รักไทย", "สอน วันนา")),
        ),
        (  # both sides' heads of delegation, paragraphs after the round
            "The seventh meeting of the Nepal-India Border Working Group was held on 4 March 2024 in New Delhi.\n\n"
            "The meeting agreed to inspect the border pillars.\n\nThe Nepali delegation was led by Ram Thapa, "
            "Director General of the Survey Department, while the Indian delegation was led by Arun Kumar, Surveyor "
            "General.",
            ("headline", ("Ram Thapa", "Arun Kumar")),
        ),
        (  # … one side's alone may be any delegation's
            "The seventh meeting of the Nepal-India Border Working Group was held on 4 March 2024 in New Delhi.\n\n"
            "The meeting agreed to inspect the border pillars.\n\nThe Nepali delegation was led by Ram Thapa.",
            ("headline", ()),
        ),
    ],
)
def test_who_chairs_the_meeting_in_a_sentence_naming_no_round(text: str, expected: tuple[object, ...]) -> None:
    [m] = mentions(text, "2024-03-04")
    assert (m.role, m.co_chairs) == expected


def test_the_meeting_which_will_be_held_gives_its_day_place_and_tense() -> None:
    text = (
        "Foreign Minister Somchai Rakthai visited China on Monday to co-chair the 11th Mekong-Lancang Cooperation "
        "Foreign Ministers' Meeting. He arrived at the airport at noon to attend the ministerial meeting, which will "
        "be held in Anning, Yunnan Province, from March 5 to 6."
    )
    [m] = mentions(text, "2024-03-04")
    assert (m.round, m.role, m.dates, m.location) == (
        11,
        "upcoming",
        DateSpan.from_iso("2024-03-05", "2024-03-06"),
        "Anning",
    )


def test_a_round_told_from_its_aftermath_is_the_news_and_here_is_the_datelines_city() -> None:
    text = (
        " date 2024-03-08 MANILA — Senior officials of the two allies convened in a diplomatic meeting here this "
        "week to reaffirm their alliance.\n\nAfter the 12th PH-U.S. Bilateral Strategic Dialogue on March 5-6, a "
        "joint statement was issued on maritime cooperation."
    )
    [m] = mentions(text, "2024-03-08")
    assert (m.round, m.role, m.location) == (12, "headline", "Manila")


def test_a_round_recalled_after_weeks_is_past() -> None:
    text = (
        "Thai and Philippine officials met in Bangkok on 4 March 2024 to review trade.\n\nAfter the 12th "
        "Philippines-Thailand Joint Commission in January 2024, both sides set up a working group."
    )
    assert [(m.round, m.role) for m in mentions(text, "2024-03-08")] == [(12, "past")]


def test_an_acronym_the_release_defines_names_the_series_later_and_special_sessions_count_themselves() -> None:
    text = (
        "กัมพูชาและไทยตกลงจะจัดการประชุมคณะกรรมาธิการเขตแดนร่วม (JBC) สมัยพิเศษ ระหว่างวันที่ 21-22 มีนาคม 2567 "
        "โดยมีไทยเป็นเจ้าภาพ\n\nการตัดสินใจดังกล่าวเกิดขึ้นหลังจากการประชุม JBC ครั้งที่ 7 ระหว่างวันที่ 14-15 มกราคม 2567 "
        "ณ กรุงพนมเปญ"
    )
    assert [(m.round, m.role, m.location) for m in mentions(text, "2024-03-08")] == [
        (None, "upcoming", None),
        (7, "past", "Phnom Penh"),
    ]
    assert series_and_rounds(
        "การประชุมคณะกรรมการชายแดนทั่วไป (General Border Committee: GBC) ไทย-กัมพูชา สมัยพิเศษ ครั้งที่ 2 "
        "จัดขึ้นที่จังหวัดเกาะกง เมื่อวันที่ 4 มีนาคม 2567"
    ) == [("kh-th-general-border-committee", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a surname alone as the subject, spelled out earlier; "alongside" the partner
            "Foreign Minister Somchai Rakthai flew to Chiang Rai on Monday.\n\nThe 12th Mekong-Lancang Cooperation "
            "Foreign Ministers' Meeting opens on 6 March 2024. Rakthai will co-chair the meeting alongside Chinese "
            "foreign minister Li Ming, according to a post on the ministry's website.",
            ("Somchai Rakthai", "Li Ming"),
        ),
        (  # the given name a release uses alone, spelled out with the family name elsewhere
            "Prime Minister Somsri Jaidee visited Malaysia on Monday to meet PM Aziz Rahman.\n\nSomsri led a delegation "
            "of several Cabinet members to attend the eighth Malaysia-Thailand Annual Consultation at the invitation "
            "of Aziz on 4 March 2024.",
            ("Somsri Jaidee", "Aziz Rahman"),
        ),
        (  # a sentence's opening word is no one, nor a site's dateline line
            "World News Monday March 4, 2024 11:46 --Ministry of Foreign Affairs\n\nOn 4 March 2024, the two Ministers "
            "co-chaired the Ninth Meeting of the Thailand-Laos Joint Commission in Vientiane.",
            (),
        ),
        (  # a surname the release never spells out is left out
            "The 12th Mekong-Lancang Cooperation Foreign Ministers' Meeting opens on 6 March 2024. Rakthai will "
            "co-chair the meeting alongside Chinese foreign minister Li Ming.",
            ("Li Ming",),
        ),
    ],
)
def test_a_surname_alone_is_the_full_name_the_release_gives(text: str, expected: tuple[str, ...]) -> None:
    [m] = mentions(text, "2024-03-04")
    assert m.co_chairs == expected


def test_an_unnumbered_round_recalled_by_its_date_and_not_the_series_beginning() -> None:
    text = (
        "The 9th Thailand-Laos Joint Commission was held in Vientiane on 4 March 2024.\n\n"
        "The Thailand-Laos Political Consultations in July 2023 in Bangkok prepared the ground. The Thailand-Laos "
        "Strategic Dialogue, first held in 2015, meets every year."
    )
    found = sorted((m.series.id, m.round, m.role, m.dates.iso_start() if m.dates else None) for m in mentions(text))
    assert found == [
        ("la-th-joint-commission", 9, "headline", "2024-03-04"),
        ("la-th-political-consultations", None, "past", "2023-07"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "since the …" and its date: a round before this one, where it was right after its name
            "The two prime ministers met in Bangkok on 5 May 2015 for the 6th Thailand-Laos Leaders' Retreat. They "
            "welcomed the progress made since the Leaders' Retreat in Vientiane, Laos on 7 April 2014.",
            [(6, "headline", "2015-05-05", "Bangkok"), (None, "past", "2014-04-07", "Vientiane")],
        ),
        (
            "Ministers met in Bangkok on 5 May 2015 for the 6th Thailand-Laos Joint Commission. Much was done since "
            "the Joint Commission in Vientiane on 7 April 2014.",
            [(6, "headline", "2015-05-05", "Bangkok"), (None, "past", "2014-04-07", "Vientiane")],
        ),
        (  # "since" and a year: how long the series has met, no round
            "The 6th Thailand-Laos Joint Commission met in Bangkok on 5 May 2015. The Joint Commission has met "
            "every year since 2011.",
            [(6, "headline", "2015-05-05", "Bangkok")],
        ),
        (  # "since its inception in …": the series' beginning
            "The 6th Thailand-Laos Joint Commission met in Bangkok on 5 May 2015. Since its inception in 1997, the "
            "Joint Commission has guided cooperation.",
            [(6, "headline", "2015-05-05", "Bangkok")],
        ),
    ],
)
def test_a_round_recalled_after_since_and_its_name(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(m.round, m.role, m.dates.iso_start() if m.dates else None, m.location) for m in mentions(text)]
    assert sorted(found, key=str) == sorted(expected, key=str)


def test_a_visit_tomorrow_dates_the_round_to_come_there_not_a_round_elsewhere() -> None:
    # The page's head lines come first; the lead announces a visit "tomorrow"; another round, in another
    # country, is told of after it: "the first since 2011" does not date it, and "the last meeting in
    # Jakarta" is not where the visit's round meets.
    text = (
        "Headlines\n\nOkada to meet Lao counterpart\n\nBy a staff reporter\n\nMarch 8, 2024 | 12:00am\n\n"
        "TOKYO — Foreign Minister Ken Okada will begin his first official visit to Laos tomorrow, the ministry "
        "said yesterday.\n\nOkada and his Lao counterpart will co-chair the 5th Japan-Laos Joint Commission.\n\n"
        "Earlier, Okada travelled to Jakarta for the 4th Japan-Indonesia Joint Commission, the first since 2011. "
        "It reviewed what was done since the last meeting in Jakarta in 2011."
    )
    found = sorted(
        (m.series.id, m.round, m.role, m.dates.iso_start() if m.dates else None, m.location) for m in mentions(text)
    )
    assert found == [
        ("id-jp-joint-commission", 4, "headline", None, "Jakarta"),
        ("jp-la-joint-commission", 5, "upcoming", "2024-03-09", "Laos"),
    ]


def test_a_written_date_is_preferred_to_a_day_counted_from_the_document() -> None:
    text = (
        "Ahead of the summit, the ministry on Friday announced that the first-ever “India-Japan Foreign and "
        "Defence Ministerial Dialogue (2+2)” would be held in New Delhi on Saturday.\n\nThe inaugural meeting "
        "of the India-Japan Foreign and Defence Ministerial Dialogue (2+2) will be held on 9th March 2024 in New Delhi."
    )
    [m] = mentions(text, None)
    assert (m.round, m.dates) == (1, DateSpan.from_iso("2024-03-09"))


def test_an_honorific_with_a_curly_apostrophe_is_set_aside() -> None:
    text = (
        "The 9th Malaysia-Singapore Leaders' Retreat was co-chaired by Dato’ Sri Aziz Rahman and Prime Minister "
        "Tan Wei Ming in Putrajaya on 4 March 2024."
    )
    [m] = [m for m in mentions(text) if m.role == "headline"]
    assert m.co_chairs == ("Aziz Rahman", "Tan Wei Ming")


# The parties as a headline's subject, before its verb ("India, US hold …"); two Thai names with nothing
# between them; a body's round as "the Fifth Meeting of …"; Thai names of intergovernmental committees.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # the country named most is neither party: the subject says whose committee it is
            "Laos, Vietnam hold 44th Intergovernmental Committee meeting\n\n"
            "The meeting in Vientiane on 5 March 2024 reviewed projects that Japan funds. Japan and Thailand sent "
            "observers; Japan, Thailand and China spoke, and Japan will host a donors' round.",
            [("la-vn-intergovernmental-committee", 44)],
        ),
        (
            "Japan and India convened the sixth 2+2 Ministerial Dialogue in Tokyo on 5 March 2024.",
            [("in-jp-two-plus-two", 6)],
        ),
        (
            "Malaysia and the Philippines recently wrapped up their 4th Joint Commission meeting\n\n"
            "They met in Manila on 5 March 2024, a week after Indonesia and Thailand, and Indonesia and Japan, "
            "held talks of their own; Indonesia chairs ASEAN, and Indonesia hosts its summit.",
            [("my-ph-joint-commission", 4)],
        ),
        (
            "Korea and Australia held the Third Republic of Korea-Australia Foreign and Defence Ministers' (2+2) Meeting "
            "in Seoul on 5 March 2024.",
            [("au-kr-two-plus-two", 3)],
        ),
        (
            "China and Laos Hold the Seventh Meeting of Intergovernmental Coordination Committee\n\n"
            "The two sides met by video link on 5 March 2024.",
            [("cn-la-intergovernmental-coordination-committee", 7)],
        ),
        (
            "คณะผู้แทนเดินทางไปกรุงโตเกียวเพื่อร่วมประชุมยุทธศาสตร์ไทยญี่ปุ่นครั้งที่ 4 เมื่อวันที่ 5 มีนาคม 2567",
            [("jp-th-strategic-dialogue", 4)],
        ),
        (
            "การประชุมคณะกรรมการผสมรัฐบาลเวียดนาม - กัมพูชาครั้งที่ 20 จัดขึ้นที่กรุงพนมเปญ เมื่อวันที่ 5 มีนาคม 2567",
            [("kh-vn-intergovernmental-committee", 20)],
        ),
        (
            "เช้าวันที่5มีนาคม การประชุมครั้งที่21คณะกรรมการร่วมรัฐบาลว่าด้วยความร่วมมือทวิภาคีลาว-กัมพูชาได้มีขึ้น ณ กรุงเวียงจันทน์",
            [("kh-la-intergovernmental-committee", 21)],
        ),
        (  # a country named once, in a surname, is not a party of the two the release is about
            "Bangladesh and Sri Lanka held the Fourth Round of Foreign Office Consultations in Colombo on 7 March "
            "2024.\n\nThe talks were co-chaired by Nimal Perera, Secretary of Sri Lanka's foreign ministry, and "
            "Rafiq Hasan Siam, Foreign Secretary of Bangladesh. Sri Lanka thanked Bangladesh for its support.",
            [("bd-lk-foreign-office-consultations", 4)],
        ),
        (  # "the first … under President X's government" is the first in a time, not round 1
            "Sri Lanka and Thailand will hold the 7th Thailand-Sri Lanka Political Consultations in Bangkok on 5 March "
            "2024. It will be the first Political Consultations under President Nimal Perera's government.",
            [("lk-th-political-consultations", 7)],
        ),
        (  # a lower-case name with its parties in the headline, its round in the text
            "Japan, Mongolia hold annual policy planning talks\n\n"
            "TOKYO, March 5 -- Vice Minister Kenji Sato and his Mongolian counterpart met in Tokyo on Tuesday "
            "for the fifth policy planning talks, officials said.",
            [("jp-mn-policy-planning-talks", 5)],
        ),
        (  # … and with its round alone, named nowhere with its parties: no series
            "Vice Minister Kenji Sato and his counterpart met in Tokyo on Tuesday for the fifth policy planning "
            "talks, officials said.",
            [],
        ),
    ],
)
def test_parties_as_subject_adjacent_thai_pairs_and_meetings_of(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert series_and_rounds(text) == expected


def test_an_unlisted_name_is_named_without_the_acronym_its_release_gives_it() -> None:
    """The acronym is how the release refers to the series after; the name stays the words of the name."""
    found = mentions(
        "Thailand and Malaysia recently wrapped up their 5th Maritime Cooperation Mechanism (MCM) meeting in Penang "
        "on 5 March 2024. The MCM was set up in 2015."
    )
    assert [(m.series.name_en, m.round) for m in found] == [("Thailand–Malaysia Maritime Cooperation Mechanism", 5)]
    assert found[0].series.id == "my-th-maritime-cooperation-mechanism"


# A year-less date takes no year from the relation's history; a dash lost to a page's encoding still makes a
# range; a Thai name's subject may stand after a space.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 4th ROK-Thailand policy consultation was held in Bangkok on June 7.\n\n"
            "The ROK and Thailand established diplomatic relations on October 1, 1958.",
            [("kr-th-policy-consultations", 4, None, None)],
        ),
        (  # nor from a document the two sides signed, the first full date of an undated page
            "The first Viet Nam – Thailand Joint Commission convened in Bangkok on November 5.\n\n"
            "The two sides reviewed the defence cooperation agreement signed on September 26, 2012.",
            [("th-vn-joint-commission", 1, None, None)],
        ),
        (
            "ผลการประชุมคณะกรรมาธิการร่วม ว่าด้วยความร่วมมือทวิภาคีไทย-ลาว ครั้งที่ 9 ซึ่งจัดขึ้นระหว่างวันที่ 14 | 16 มีนาคม 2567 "
            "ณ จังหวัดหนองคาย",
            [("la-th-joint-commission", 9, "2024-03-14", "2024-03-16")],
        ),
        (
            "เมื่อวันที่ ๑๓ ? ๑๔ มีนาคม ๒๕๖๗ ปลัดกระทรวงการต่างประเทศเยือนอินเดียเพื่อเข้าร่วมการประชุมหารือระดับปลัดกระทรวงการต่างประเทศ"
            "ไทย – อินเดีย ครั้งที่ ๘ ณ กรุงนิวเดลี",
            [("in-th-foreign-office-consultations", 8, "2024-03-13", "2024-03-14")],
        ),
    ],
)
def test_dates_no_founding_year_lends_and_damaged_dashes(text: str, expected: list[tuple[object, ...]]) -> None:
    assert dated(text, None) == expected


def test_a_senior_officials_meeting_within_a_rounds_framework_and_its_acronym_numbered() -> None:
    text = (
        "The Senior Officials' Meeting (SOM) within the framework of the 9th meeting of the Laos-Cambodia Joint "
        "Commission for Economic, Cultural and Technical Cooperation (JC 9) opened in Vientiane on March 4, 2024. "
        "The Lao Foreign Minister will call on the Prime Minister before he and the Cambodian Foreign Minister "
        "Prak Sokhonn co-chair the plenary session of JC 9 on March 5."
    )
    found = [(m.series.id, m.round, m.dates.iso_start() if m.dates else None, m.co_chairs) for m in mentions(text)]
    assert found == [("kh-la-joint-commission-cultu-econo-techn", 9, "2024-03-05", ("Prak Sokhonn",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plenary of GBC 14 opened in Phnom Penh on 5 March 2024, the Thai-Cambodian committee's 14th.", 14),
        ("ประชุมคณะกรรมการชายแดนส่วนท้องถิ่นไทย–เมียนมา (TBC– 102) ณ อำเภอแม่สาย เมื่อวันที่ 5 มีนาคม 2567", 102),
    ],
)
def test_a_round_numbered_after_the_acronym(text: str, expected: int) -> None:
    assert [m.round for m in mentions(text)] == [expected]


def test_a_coordinating_meeting_is_the_exchange_programmes_round() -> None:
    found = mentions("The 16th Thailand-Singapore Civil Service Exchange Programme met in Bangkok on 5 March 2024.")
    assert [(m.series.name_en, m.round) for m in found] == [
        ("Thailand–Singapore Civil Service Exchange Programme Coordinating Meeting", 16)
    ]


def test_a_one_word_name_followed_at_once_by_the_office() -> None:
    text = (
        "วันที่ 5 มีนาคม 2567 พันเอก สมชาย ใจกล้า ประธานคณะกรรมการชายแดนส่วนท้องถิ่นไทย–เมียนมา ฝ่ายไทย และ พันโท จอซอวิน "
        "ผู้บังคับกองพันทหารราบที่ 12/ประธานฝ่ายเมียนมา เป็นประธานร่วมในการประชุมคณะกรรมการชายแดนส่วนท้องถิ่นไทย-เมียนมา ครั้งที่ 100"
    )
    assert [m.co_chairs for m in mentions(text)] == [("สมชาย ใจกล้า", "จอซอวิน")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 9th Meeting of the Laos-Viet Nam Joint Commission (JC) on Economic, Cultural and Scientific Cooperation "
            "was held in Hanoi on 5 March 2024. The 9th JC reviewed the projects agreed at the 8th JC.",
            "Laos–Viet Nam Joint Commission on Economic, Cultural and Scientific Cooperation",
        ),
        (
            "The 2nd meeting of the Thailand-China Joint Committee on Science and Technology Cooperation took place "
            "in Bangkok on 5 March 2024.",
            "Thailand–China Joint Committee on Science and Technology Cooperation",
        ),
        (
            "The 7th Thailand-Viet Nam Joint Commission for Bilateral Cooperation was held in Hanoi on 5 March 2024.",
            "Thailand–Viet Nam Joint Commission",
        ),
        (
            "On 5 March 2024, Thailand and Viet Nam held the 3rd Joint Working Group on Politics and Security in Hanoi.",
            "Thailand–Viet Nam Joint Working Group on Politics and Security",
        ),
        (
            "The 2nd Joint Committee on Trade and Investment between Thailand and Peru was held in Lima on 5 March 2024.",
            "Thailand–Peru Joint Committee on Trade and Investment",
        ),
        (
            "The 4th Thailand-Laos Joint Commission on Monday and Tuesday reviewed trade in Vientiane, on 5 March 2024.",
            "Thailand–Laos Joint Commission",
        ),
    ],
)
def test_a_joint_bodys_subject_is_kept_in_its_name(text: str, expected: str) -> None:
    assert {m.series.name_en for m in mentions(text) if m.role == "headline"} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year's second meeting, not the series' second round
        (
            "พล.อ.สมชาย ใจกล้า เดินทางไปร่วมการประชุมคณะกรรมการชายแดนทั่วไปไทย-กัมพูชา ครั้งที่ 2/2568 ที่กรุงพนมเปญ "
            "เมื่อวันที่ 5 มีนาคม 2568",
            [("kh-th-general-border-committee", None)],
        ),
        # a special meeting with its acronym before "Meeting": the special meetings' count, not a new kind
        (
            "The minister chaired the second Special General Border Committee (GBC) Meeting between Thailand and "
            "Cambodia in Kuala Lumpur on 5 March 2025.",
            [("kh-th-general-border-committee", None)],
        ),
    ],
)
def test_counts_that_are_not_the_series_rounds(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ไทย-ญี่ปุ่นจัดประชุมหารือเชิงยุทธศาสตร์ ครั้งที่ ๘ ที่กรุงโตเกียว เมื่อวันที่ ๕ มี.ค. ๖๗",
            [("jp-th-strategic-dialogue", 8)],
        ),
        (
            "Cambodia, Laos to hold 12th Joint Commission meeting\n\nThe meeting in Vientiane on 5 March 2024 follows "
            "talks Japan hosted; Japan, Japan and Thailand observed, and Japan will fund the next.",
            [("kh-la-joint-commission", 12)],
        ),
    ],
)
def test_thai_pair_before_its_verb_and_parties_to_hold(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 3rd Thailand-Bahrain Joint Committee was held in Manama on 5 March 2024.", "Manama"),
        ("The 2nd Thailand-Kuwait Joint Committee met in Kuwait City on 5 March 2024.", "Kuwait City"),
        ("การประชุมคณะกรรมการชายแดนส่วนท้องถิ่นไทย-เมียนมา ครั้งที่ 45 จัดขึ้นที่เมียวดี เมื่อวันที่ 5 มีนาคม 2567", "Myawaddy"),
        ("การประชุมคณะกรรมการชายแดนส่วนท้องถิ่นไทย-เมียนมา ครั้งที่ 46 จัดขึ้นที่เกาะสอง เมื่อวันที่ 5 มีนาคม 2567", "Kawthaung"),
        # "เลย" is also a word: the province only with its prefix
        ("การประชุมคณะกรรมการร่วมไทย-ลาว ครั้งที่ 9 ยังไม่ได้กำหนดวันเลย แต่จะจัดที่นครหลวงเวียงจันทน์ ในวันที่ 5 มีนาคม 2567", "Vientiane"),
        # a short Thai place name inside a longer word is no place: "โรม" in "นายโรมูโร", "โซล" in "โซลาร์"
        (
            "การประชุมคณะกรรมาธิการร่วมไทย-ฟิลิปปินส์ ครั้งที่ 5 จัดขึ้นเมื่อวันที่ 5 มีนาคม 2567 โดยมีนายโรมูโร "
            "รัฐมนตรีต่างประเทศฟิลิปปินส์ และคณะ หารือเรื่องพลังงานโซลาร์",
            None,
        ),
        ("การประชุมคณะกรรมาธิการร่วมไทย-อิตาลี ครั้งที่ 3 จัดขึ้น ณ กรุงโรม เมื่อวันที่ 5 มีนาคม 2567", "Rome"),
    ],
)
def test_places_of_more_partners_and_border_towns(text: str, expected: str | None) -> None:
    assert [m.location for m in mentions(text)] == [expected]


def test_the_head_of_a_delegation_named_after_led_by() -> None:
    """The head of a delegation named after the words that say so: "คณะ … นำโดย นาง X"."""
    text = (
        "คณะผู้แทนไทยเดินทางไปกรุงวอชิงตันเพื่อร่วมการหารือเชิงยุทธศาสตร์ไทย-สหรัฐฯ ครั้งที่ 9 เมื่อวันที่ 5 มีนาคม 2567 "
        "คณะของกระทรวงการต่างประเทศสหรัฐฯ นำโดย นางแจน โดว์ รักษาการผู้ช่วยรัฐมนตรีว่าการกระทรวงการต่างประเทศ"
    )
    assert [m.co_chairs for m in mentions(text)] == [("แจน โดว์",)]


def test_a_leader_named_after_office_and_country_without_an_honorific() -> None:
    text = (
        "นายกรัฐมนตรีลาว สมสัก วงสา ได้นำคณะผู้แทนระดับสูงเดินทางเยือนกัมพูชาและเป็นประธานร่วมในการประชุม"
        "คณะกรรมการผสมรัฐบาลลาว-กัมพูชา ครั้งที่ 12 ในวันที่ 5 มีนาคม 2567 นายกรัฐมนตรีลาว และคณะ เดินทางกลับในวันเดียวกัน"
    )
    assert [m.co_chairs for m in mentions(text)] == [("สมสัก วงสา",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 8th Thailand-Japan Strategic Dialogue, originally set for 20 March 2024, has been postponed.",
            [(8, None, "planned")],
        ),
        (
            "The 8th Thailand-Japan Strategic Dialogue, set for 20 March 2024, was postponed to 5 April 2024.",
            [(8, "2024-04-05", "upcoming")],
        ),
        (
            "การหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น ครั้งที่ ๘ ซึ่งกำหนดไว้วันที่ ๒๐ มีนาคม ๒๕๖๗ ถูกเลื่อนออกไป",
            [(8, None, "planned")],
        ),
        (  # put off to a day counted from the release's
            "การประชุมคณะกรรมการชายแดนส่วนภูมิภาคไทย-กัมพูชา ครั้งที่ ๒๐ ซึ่งมีกำหนดวันนี้ ฝ่ายกัมพูชาขอเลื่อนเป็นวันพรุ่งนี้",
            [(20, "2024-03-09", "upcoming")],
        ),
        (  # what a round agreed to cancel is no round called off
            "ที่ประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ ๘ เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ เห็นชอบให้ยกเลิกค่าธรรมเนียมวีซ่า",
            [(8, "2024-03-05", "headline")],
        ),
    ],
)
def test_a_round_put_off_keeps_no_date_but_its_new_one(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(m.round, m.dates.iso_start() if m.dates else None, m.role) for m in mentions(text)]
    assert found == expected


def test_a_round_held_after_it_was_put_off_keeps_the_day_it_was_held() -> None:
    text = (
        "เมื่อวันที่ 27/5/2567 นายสมชาย ใจดี และนายอาลี ราซา เป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมไทย - ปากีสถาน "
        "ครั้งที่ 4 ณ กรุงอิสลามาบัด การประชุมครั้งนี้เดิมมีกำหนดจัดขึ้นระหว่างวันที่ 11-12 มีนาคม 2567 แต่ได้เลื่อนออกไป"
    )
    found = [(m.round, m.dates.iso_start() if m.dates else None, m.role) for m in mentions(text, "2024-05-28")]
    assert found == [(4, "2024-05-27", "headline")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "การประชุมคณะกรรมการร่วมเพื่อความร่วมมือด้านรถไฟระหว่างไทย - จีน ครั้งที่ 31 จัดขึ้นที่กรุงเทพฯ เมื่อวันที่ 5 มีนาคม 2567",
            "Thailand–China Joint Committee on Railway Cooperation",
        ),
        (
            "เมื่อวันที่ 5 มี.ค. 67 มีการประชุมคณะทำงานร่วมด้านการศึกษาไทย-สปป.ลาว ครั้งที่ 2 ที่นครหลวงเวียงจันทน์",
            "Thailand–Laos Joint Working Group on Education",
        ),
        (
            "กระทรวงพาณิชย์จัดประชุมคณะกรรมการร่วมทางการค้าไทย-ออสเตรเลีย ครั้งที่ 21 ที่กรุงแคนเบอร์รา เมื่อวันที่ 5 มีนาคม 2567",
            "Thailand–Australia Joint Trade Committee",
        ),
        (  # a subject that is an adjective in English goes before the noun, whatever word Thai leads it with
            "การประชุมคณะกรรมาธิการร่วมด้านเศรษฐกิจไทย-เช็ก ครั้งที่ 2 จัดขึ้นที่กรุงปราก เมื่อวันที่ 5 มีนาคม 2567",
            "Thailand–Czech Republic Joint Economic Commission",
        ),
        (
            "การประชุมคณะกรรมการร่วมว่าด้วยความร่วมมือด้านวิทยาศาสตร์และเทคโนโลยี ไทย – จีน ครั้งที่ 5 "
            "จัดขึ้นเมื่อวันที่ 5 มีนาคม 2567 ที่กรุงปักกิ่ง",
            "Thailand–China Joint Committee on Science and Technology Cooperation",
        ),
        (  # a level before the subject; the nouns beside an adjective as English writes them
            "เมื่อวันที่ 5 มีนาคม 2567 รัฐมนตรีทั้งสองเป็นประธานร่วมการประชุมคณะกรรมการร่วมระดับรัฐมนตรี ว่าด้วยความร่วมมือ"
            "ทางวิทยาศาสตร์และวิชาการไทย – ญี่ปุ่น (คกร.) ครั้งที่ 9 ที่กรุงโตเกียว",
            "Thailand–Japan Joint Committee on Scientific and Technical Cooperation",
        ),
        (  # the subject after the parties, as Vietnamese names in Thai write it
            "เมื่อวันที่ 4 มีนาคม 2567 ณ กรุงฮานอย รัฐมนตรีทั้งสองร่วมเป็นประธานการประชุมครั้งที่ 9 ของคณะกรรมการร่วมเวียดนาม-ลาว"
            "ว่าด้วยความร่วมมือทางเศรษฐกิจ วัฒนธรรม และวิชาการ\n\nที่ประชุมทบทวนความร่วมมือ",
            "Laos–Viet Nam Joint Committee on Economic, Cultural and Technical Cooperation",
        ),
        (  # a subject with a word the data does not know keeps the kind's bare name
            "การประชุมคณะกรรมการร่วมว่าด้วยความร่วมมือด้านการผลิตผ้าไหม ไทย – จีน ครั้งที่ 5 จัดขึ้นเมื่อวันที่ 5 มีนาคม 2567",
            "Thailand–China Joint Committee",
        ),
        (  # a country of two words after the dash, and the leaders' own consultation
            "The 26th Malaysia-Brunei Darussalam Annual Leaders' Consultation was held in Bandar Seri Begawan "
            "on 5 March 2024.",
            "Brunei Darussalam–Malaysia Annual Leaders' Consultation",
        ),
        (
            "The 15th Indonesia-Malaysia Annual Consultation took place in Jakarta on 5 March 2024.",
            "Indonesia–Malaysia Annual Consultation",
        ),
        (  # a lower-case name's subjects, in lower case
            "The sixth deputy ministerial-level strategic dialogue on foreign affairs and defence between Viet Nam and "
            "Australia took place in Hanoi on 5 March 2024.",
            "Australia–Viet Nam Strategic Dialogue on Foreign Affairs and Defence",
        ),
        (  # … but days are no subject
            "The ministers held the sixth Thailand-Laos strategic dialogue on Monday and Tuesday, 4 and 5 March 2024.",
            "Thailand–Laos Strategic Dialogue",
        ),
        (  # a body the registry does not list, for a sea whose name holds a country's
            "The Philippines and China held the fourth meeting of the Philippines-China Bilateral Consultation "
            "Mechanism on the South China Sea in Manila on 5 March 2024.",
            "China–Philippines Bilateral Consultation Mechanism on the South China Sea",
        ),
        (  # by its acronym, with the subject after it
            "The Philippines and China will meet for the fourth Bilateral Consultation Mechanism (BCM) on 5 March "
            "2024. The first meeting of the Philippines-China BCM on the South China Sea was held in Guiyang.",
            "China–Philippines Bilateral Consultation Mechanism on the South China Sea",
        ),
        (  # a subject naming a country without a place's head noun is not the body's: where it met
            "The 3rd India-Japan Strategic Dialogue on Myanmar Affairs was held in Tokyo on 5 March 2024.",
            "India–Japan Strategic Dialogue",
        ),
    ],
)
def test_a_subject_the_thai_name_spells_out_names_the_body(text: str, expected: str) -> None:
    assert {m.series.name_en for m in mentions(text) if m.role == "headline"} == {expected}


def test_bodies_of_one_kind_on_different_subjects_are_different_series() -> None:
    railway = "การประชุมคณะกรรมการร่วมเพื่อความร่วมมือด้านรถไฟระหว่างไทย - จีน ครั้งที่ 31 เมื่อวันที่ 5 มีนาคม 2567"
    plain = "การประชุมคณะกรรมการร่วมไทย - จีน ครั้งที่ 4 ภายใต้โครงการหุ้นส่วน เมื่อวันที่ 5 มีนาคม 2567"
    [a] = mentions(railway)
    [b] = mentions(plain)
    assert a.series.id != b.series.id
    assert b.series.name_en == "Thailand–China Joint Committee"
    assert a.series.name_th == "คณะกรรมการร่วมเพื่อความร่วมมือด้านรถไฟไทย-จีน"  # the Thai name keeps its subject
    [c] = mentions("The 9th Thailand-China Joint Committee on Railway Cooperation met in Bangkok on 5 March 2024.")
    assert c.series.id == a.series.id  # one body, whichever language names it
    [d] = mentions("The 5th Thailand-Viet Nam Joint Commission on Bilateral Cooperation met in Hanoi on 5 March 2024.")
    assert d.series.name_en == "Thailand–Viet Nam Joint Commission"  # no subject of its own


def test_a_body_named_with_its_subject_is_that_body_when_named_again_without() -> None:
    text = (
        "The 18th Cambodia-Viet Nam Joint Commission for Economic, Cultural, Scientific and Technological "
        "Cooperation was held in Hanoi on 5 March 2024. The 17th Cambodia-Viet Nam Joint Commission had met "
        "in Phnom Penh in 2022."
    )
    found = {(m.series.id, m.round) for m in mentions(text)}
    assert len({sid for sid, _ in found}) == 1
    assert {r for _, r in found} == {17, 18}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ทหารไทย-เมียนมา ประชุม TBC แม่สอด-เมียวดี ครั้งที่ 50 ที่ค่ายทหารในเมียวดี เมื่อวันที่ 5 มีนาคม 2567",
            "Thailand–Myanmar Township Border Committee (Mae Sot–Myawaddy)",
        ),
        (  # one town named, in another sentence: the pair it faces
            "วันที่ 5 มีนาคม 2567 มีการประชุมคณะกรรมการชายแดนส่วนท้องถิ่นไทย-เมียนมา ครั้งที่ 101 "
            "ณ โรงแรมแห่งหนึ่ง ทั้งนี้ ผู้แทนจังหวัดท่าขี้เหล็กกล่าวขอบคุณ",
            "Thailand–Myanmar Township Border Committee (Mae Sai–Tachileik)",
        ),
        (
            "The 60th Thailand-Myanmar Township Border Committee met in Kawthaung on 5 March 2024.",
            "Thailand–Myanmar Township Border Committee (Ranong–Kawthaung)",
        ),
        (  # no town of a pair: the committee between the two countries
            "The 61st Thailand-Myanmar Township Border Committee met on 5 March 2024.",
            "Thailand–Myanmar Township Border Committee",
        ),
        (  # the towns in brackets after the name, each with its district word
            "วันที่ 5 มีนาคม 2567 มีการประชุมคณะกรรมการชายแดนส่วนท้องถิ่น ไทย – เมียนมา ( อำเภอจะอินเช็กจี – "
            "อำเภอสังขละบุรี ) ครั้งที่ 7 ณ ห้องประชุมอำเภอพญาตองซู",
            "Thailand–Myanmar Township Border Committee (Sangkhla Buri–Kyainseikgyi)",
        ),
        (  # a Thai province and the Lao province it faces, each with its word for a province
            "วันที่ 5 มีนาคม 2567 มีการประชุมคณะกรรมการร่วมมือรักษาความสงบเรียบร้อยตามชายแดน ไทย-ลาว จังหวัดพะเยา-"
            "แขวงไชยะบุลี ครั้งที่ 12 ณ จังหวัดพะเยา",
            "Thailand–Laos Border Peacekeeping Cooperation Committee (Phayao–Xayaburi)",
        ),
        (  # Vientiane, the capital here, faces Nong Khai
            "วันที่ 5 มีนาคม 2567 การประชุมคณะกรรมการรักษาความสงบเรียบร้อยตามแนวชายแดนไทย-ลาว จังหวัดหนองคาย-"
            "นครหลวงเวียงจันทน์ ครั้งที่ 15",
            "Thailand–Laos Border Peacekeeping Cooperation Committee (Nong Khai–Vientiane)",
        ),
    ],
)
def test_a_local_committee_is_the_one_of_the_facing_towns_named(text: str, expected: str) -> None:
    assert {m.series.name_en for m in mentions(text) if m.role == "headline"} == {expected}


def test_committees_of_different_towns_count_their_rounds_apart() -> None:
    [a] = mentions("ประชุม TBC ไทย-เมียนมา แม่สอด-เมียวดี ครั้งที่ 50 เมื่อวันที่ 5 มีนาคม 2567")
    [b] = mentions("ประชุม TBC ไทย-เมียนมา แม่สาย-ท่าขี้เหล็ก ครั้งที่ 50 เมื่อวันที่ 5 มีนาคม 2567")
    assert a.series.id != b.series.id
    assert a.series.name_th == "คณะกรรมการชายแดนระดับท้องถิ่นไทย-เมียนมา (แม่สอด-เมียวดี)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "ร่วมมือ" (cooperate) is not "ร่วม" (joint)
            "การประชุมคณะกรรมการร่วมมือเวียดนาม-ญี่ปุ่น ครั้งที่ 12 จัดขึ้นที่กรุงโตเกียว เมื่อวันที่ 4 มีนาคม 2567",
            ("jp-vn-cooperation-committee", "Japan–Viet Nam Cooperation Committee", 12),
        ),
        (
            "การประชุมคณะกรรมการความร่วมมือไทย-เวียดนาม ครั้งที่ 3 เมื่อวันที่ 4 มีนาคม 2567 ที่กรุงฮานอย",
            ("th-vn-cooperation-committee", "Thailand–Viet Nam Cooperation Committee", 3),
        ),
        (  # a name in lower case, as some agencies write it, keeps its subject
            "The two ministers met in Jakarta on 4 March 2024 for the 9th meeting of the Viet Nam-Indonesia joint "
            "committee on economic, scientific and technological cooperation.",
            (
                "id-vn-joint-committee-econo-scien-techn",
                "Indonesia–Viet Nam Joint Committee on Economic, Scientific and Technological Cooperation",
                9,
            ),
        ),
        (  # the programme a body belongs to names it
            "การประชุมคณะกรรมการร่วม ไทย - ญี่ปุ่น ครั้งที่ 5 ภายใต้ JSTP เมื่อวันที่ 4 มีนาคม 2567 ณ กรุงโตเกียว",
            ("jp-th-joint-committee-jstp", "Thailand–Japan Joint Committee under JSTP", 5),
        ),
        (
            "The 6th Japan-Thailand Joint Committee Meeting under JSTP Program was held in Bangkok on 4 March 2024.",
            ("jp-th-joint-committee-jstp", "Thailand–Japan Joint Committee under JSTP", 6),
        ),
    ],
)
def test_cooperation_committees_and_subjects_in_lower_case(text: str, expected: tuple[str, str, int]) -> None:
    assert {(m.series.id, m.series.name_en, m.round) for m in mentions(text)} == {expected}


def test_a_page_with_no_title_line_is_dated_by_its_leads_dateline() -> None:
    """The stored page opens with its label and date, then the lead, on one line; the round is named in the
    next sentence, with no date of its own. (A first line that gives only "on Friday" may end a summary of
    something else: see the test of "for the first time in years".)"""
    text = (
        " date 2024-04-24 HANOI, April 24 - Foreign Minister Le Van Minh and his Indonesian counterpart Budi "
        "Santoso on Wednesday discussed ways to deepen the partnership between the two countries.\n\n"
        "The two ministers met as co-chairs of the 5th session of the Viet Nam-Indonesia Joint Commission in Hanoi."
    )
    [m] = mentions(text, "2024-04-24")
    assert (m.round, m.dates, m.role) == (5, DateSpan(date(2024, 4, 24)), "headline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the towns that name the committee come back in a chair's title: where it met is after "ณ"
            "วันที่ 5 มีนาคม 2567 พ.อ.สมชาย ใจดี เข้าร่วมประชุมคณะกรรมการชายแดนส่วนท้องถิ่น ไทย – เมียนมา ( อำเภอจะอินเช็กจี – "
            "อำเภอสังขละบุรี ) ครั้งที่ 7 ร่วมกับ พ.ท.ทุนลวิน ประธานกรรมการชายแดนส่วนท้องถิ่น ( อ.จะอินเช็กจี ) "
            "ณ ห้องประชุม อำเภอพญาตองซู",
            "Payathonzu",
        ),
        (  # … and one of them is the place when a venue word stands before it
            "การประชุมคณะกรรมการชายแดนส่วนท้องถิ่นไทย-เมียนมา (แม่สอด-เมียวดี) ครั้งที่ 46 จัดขึ้นที่เมียวดี เมื่อวันที่ 5 มีนาคม 2567",
            "Myawaddy",
        ),
    ],
)
def test_where_a_local_committee_met(text: str, expected: str) -> None:
    assert [m.location for m in mentions(text) if m.role == "headline"] == [expected]


def test_a_dated_mention_far_from_the_numbered_rounds_day_is_another_round() -> None:
    text = (
        "Prime Minister Razak Ismail and Prime Minister Tan Wei Ming met in Putrajaya on 4 March 2024 for the 12th "
        "Malaysia-Singapore Leaders’ Retreat. The Leaders noted the progress made since the Leaders’ Retreat in "
        "Singapore on 10 May 2023."
    )
    headline = [m for m in mentions(text, "2024-03-04") if m.role == "headline"]
    assert [(m.round, m.dates) for m in headline] == [(12, DateSpan(date(2024, 3, 4)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States and Japan will hold a “2+2” ministerial meeting in Washington on 19 March 2024.",
            "Japan–United States 2+2 Ministerial Meeting",
        ),
        (
            'Japan and the United States held "two plus two" talks in Tokyo on 19 March 2024.',
            "Japan–United States 2+2 Talks",
        ),
        (
            "Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held the eleventh Japan-Australia 2+2 Foreign and "
            "Defence Ministerial Meeting with Senator the Hon. Jane Doe in Tokyo on 19 March 2024.",
            "Australia–Japan 2+2 Foreign and Defence Ministerial Meeting",
        ),
    ],
)
def test_a_two_plus_two_in_quotes_or_in_words(text: str, expected: str) -> None:
    assert [m.series.name_en for m in mentions(text, "2024-03-12")] == [expected]


def test_a_party_named_again_before_the_round_keeps_the_round() -> None:
    text = (
        "วันที่ 5 มีนาคม 2567 การประชุมคณะกรรมการร่วมมือรักษาความสงบเรียบร้อยตามแนวชายแดนไทย-ลาว จังหวัดเลย-แขวงเวียงจันทน์ "
        "สปป.ลาว ครั้งที่ 25 ณ จังหวัดเลย"
    )
    [m] = mentions(text)
    assert (m.series.name_en, m.round) == (
        "Thailand–Laos Border Peacekeeping Cooperation Committee (Loei–Vientiane)",
        25,
    )


def test_the_one_round_to_come_is_held_on_the_visit_the_lead_dates() -> None:
    text = (
        "Minister to visit Colombo\n\n"
        "Foreign Minister Somchai Rakthai will be on a three-day visit to Sri Lanka from March 12, during which the "
        "two sides will review their relations.\n\n"
        "The Minister will co-chair the fourth meeting of the Sri Lanka-Thailand Joint Commission to be held in Colombo."
    )
    [m] = mentions(text, "2024-03-08")
    assert (m.round, m.role, m.dates) == (4, "upcoming", DateSpan(date(2024, 3, 12)))


def test_a_round_to_come_with_no_visit_dated_stays_planned() -> None:
    text = (
        "Ministers meet in Colombo\n\n"
        "Foreign Minister Somchai Rakthai met his Sri Lankan counterpart in Colombo on March 7 to review relations.\n\n"
        "The two ministers will co-chair the fourth meeting of the Sri Lanka-Thailand Joint Commission in Bangkok."
    )
    assert [(m.round, m.role, m.dates) for m in mentions(text, "2024-03-08")] == [(4, "planned", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a Thai line that breaks after "ระหว่างวันที่": the round's own range is on the next line
            "เมื่อวันที่ ๖ มีนาคม ๒๕๖๗ นายสมชาย ใจดี เป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมว่าด้วยความร่วมมือทวิภาคี "
            "ไทย – ลาว ครั้งที่ ๓ ระหว่างวันที่\n๕ – ๖ มีนาคม ๒๕๖๗ ณ กรุงเทพฯ",
            (DateSpan(date(2024, 3, 5), date(2024, 3, 6)), "Bangkok"),
        ),
        (  # … and after "ณ": the place is on the next line
            "การประชุมคณะกรรมาธิการร่วมไทย-ลาว ครั้งที่ ๓ จัดขึ้นเมื่อวันที่ ๕ มีนาคม ๒๕๖๗ ณ\nนครหลวงเวียงจันทน์",
            (DateSpan(date(2024, 3, 5)), "Vientiane"),
        ),
        (  # English wrapped at a fixed width runs on in lower case
            "Officials of the two countries met for the third Thailand-Laos Joint Commission held\n"
            "in Vientiane on 5 March 2024.",
            (DateSpan(date(2024, 3, 5)), "Vientiane"),
        ),
    ],
)
def test_a_sentence_wrapped_onto_the_next_line_is_read_whole(text: str, expected: tuple[object, str]) -> None:
    [m] = mentions(text)
    assert (m.dates, m.location) == expected


@pytest.mark.parametrize(
    "heading",
    ["March 6 (Wed)", "Wednesday, March 6", "6 March 2024", "วันพุธที่ ๖ มีนาคม ๒๕๖๗"],
)
def test_a_programme_dates_a_round_by_the_day_heading_above_it(heading: str) -> None:
    text = (
        "Foreign Minister's visit to Laos\n\n"
        "From March 5 to March 7, Foreign Minister Somchai Rakthai made an official visit to Laos.\n\n"
        "March 5 (Tue)\nArrival; meeting with the Thai community\n\n"
        f"{heading}\nCourtesy call on the Prime Minister; the 3rd Meeting of the Thailand-Laos Joint Commission\n\n"
        "March 7 (Thu)\nDeparture"
    )
    [m] = mentions(text, "2024-03-08")
    assert (m.round, m.dates) == (3, DateSpan(date(2024, 3, 6)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a Malay name in Thai script, joined to the father's by "บิน"
            "วันที่ 5 มีนาคม 2567 พลโท สมชาย ใจดี แม่ทัพภาคที่ 4 และ พลโท ดาโต๊ะ อาซมัน ฮาลิม บิน ยูซอฟ ผู้บัญชาการกองกำลัง "
            "ประเทศมาเลเซีย เป็นประธานร่วมการประชุมคณะกรรมการชายแดนส่วนภูมิภาค ไทย-มาเลเซีย ครั้งที่ 120 ณ จังหวัดสงขลา",
            ("สมชาย ใจดี", "อาซมัน ฮาลิม บิน ยูซอฟ"),
        ),
        (  # … and the father's own title after "บิน" stays with his name
            "วันที่ 5 มีนาคม 2567 พลเอก สมชาย ใจดี รัฐมนตรีว่าการกระทรวงกลาโหม และนายดาโต๊ะ สรี โมฮาหมัด บิน ตุน อิสมาแอ "
            "รมว.กลาโหมมาเลเซีย เป็นประธานการประชุมคณะกรรมการชายแดนทั่วไป ไทย-มาเลเซีย ครั้งที่ 60 ณ กรุงเทพฯ",
            ("สมชาย ใจดี", "โมฮาหมัด บิน ตุน อิสมาแอ"),
        ),
        (  # the round, then who led it in a clause of its own
            "The 21st Annual Leaders' Consultation between Malaysia and Brunei Darussalam was held in Putrajaya on "
            "5 March 2024.\n\nThis bilateral consultation, led by Prime Minister Datuk Seri Razak Ismail and "
            "Sultan Haji Omar Ali, was attended by ministers of both countries.",
            ("Razak Ismail", "Omar Ali"),
        ),
        (  # a leader's nickname in quotes is part of the name as written; "met … for the" after a long aside
            'On 5 March 2024, Prime Minister Tan Wei Ming and Indonesian President Budi "Bodi" Santoso met for the last '
            "time as leaders in Bogor, Indonesia for the eighth Indonesia-Singapore Leaders' Retreat.",
            ("Tan Wei Ming", 'Budi "Bodi" Santoso'),
        ),
    ],
)
def test_names_of_malay_leaders_in_thai_nicknames_and_who_led_the_round(text: str, expected: tuple[str, ...]) -> None:
    [m] = [m for m in mentions(text) if m.role == "headline"]
    assert m.co_chairs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a relative clause ("ซึ่ง …") says who the second chair is; the verb after it is still his
            "การประชุมคณะกรรมาธิการร่วมว่าด้วยความร่วมมือทวิภาคีไทย – รัสเซีย ครั้งที่ ๘ ณ กรุงเทพฯ เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ "
            "โดยมีนายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการต่างประเทศ เป็นประธานร่วมฝ่ายไทย และมีนายอีวาน เปตรอฟ (Mr. Ivan "
            "Petrov) รัฐมนตรีว่าการกระทรวงการค้ารัสเซีย ซึ่งเดินทางเยือนประเทศไทยอย่างเป็นทางการ เป็นประธานร่วมฝ่ายรัสเซีย",
            ("สมชาย ใจดี", "อีวาน เปตรอฟ"),
        ),
        (  # a foreign head of delegation written in Latin letters with his English honorific
            "เมื่อวันที่ 5 มีนาคม 2567 ได้มีการประชุมคณะกรรมการร่วมทางการค้าไทย-ออสเตรเลีย ครั้งที่ 21 ณ กรุงแคนเบอร์รา "
            "โดยมี นายสมชาย ใจดี อธิบดีกรมเศรษฐกิจการพาณิชย์ เป็นหัวหน้าคณะผู้แทนฝ่ายไทย และ Mr. Peter Grant "
            "รองปลัดกระทรวงการต่างประเทศและการค้า เป็นหัวหน้าคณะผู้แทนฝ่ายออสเตรเลีย",
            ("สมชาย ใจดี", "Peter Grant"),
        ),
    ],
)
def test_thai_second_chair_after_a_relative_clause_or_in_latin_letters(text: str, expected: tuple[str, ...]) -> None:
    [m] = [m for m in mentions(text) if m.role == "headline"]
    assert m.co_chairs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "held the … consultation with …", the kind in lower case
            "Vice Foreign Minister Park Jin-ho visited Thailand on March 5 and held the third Republic of "
            "Korea-Thailand policy consultation with Permanent Secretary Somchai Rakthai of the Thai Ministry of "
            "Foreign Affairs.",
            ("Park Jin-ho", "Somchai Rakthai"),
        ),
        (  # a side's chair named by the title after the name: "ประธาน…ฝ่ายไทย", "ประธาน…ฝ่ายเมียนมา"
            "วันที่ 5 มีนาคม 2567 ที่ห้องประชุมอำเภอแม่สอด พันเอกสมชาย ใจดี ผู้บังคับหน่วยเฉพาะกิจ ประธานคณะกรรมการทีบีซีฝ่ายไทย "
            "พร้อมด้วยพันโทอ่องหน่าย ผู้บังคับกองพัน ประธานคณะกรรมการทีบีซีฝ่ายเมียนมา ร่วมประชุมคณะกรรมการชายแดนส่วนท้องถิ่น "
            "ไทย-เมียนมา ครั้งที่ 50",
            ("สมชาย ใจดี", "อ่องหน่าย"),
        ),
        (  # the spelling "คณะกรรมธิการ" real pages often print names the joint commission too
            "ผลการประชุมคณะกรรมธิการร่วมไทย-กัมพูชา ครั้งที่ 8 ระหว่างวันที่ 4-5 มีนาคม 2567 ที่กรุงเทพฯ ซึ่งรัฐมนตรีว่าการ"
            "กระทรวงการต่างประเทศ และนายสก วันนา รัฐมนตรีว่าการกระทรวงการต่างประเทศกัมพูชาเป็นประธานร่วม",
            ("สก วันนา",),
        ),
    ],
)
def test_chairs_held_with_named_by_their_sides_title_or_in_a_common_misspelling(
    text: str, expected: tuple[str, ...]
) -> None:
    [m] = [m for m in mentions(text) if m.role == "headline"]
    assert m.co_chairs == expected


def test_a_president_of_a_side_is_not_its_chair() -> None:
    text = (
        "วันที่ 5 มีนาคม 2567 นายสมชาย ใจดี ประธานาธิบดีฝ่ายไทย เข้าร่วมพิธีเปิดการประชุมคณะกรรมการชายแดนส่วนท้องถิ่น ไทย-เมียนมา ครั้งที่ 50"
    )
    assert [m.co_chairs for m in mentions(text)] == [()]


def test_a_speech_at_the_round_under_way_recalls_the_first_by_its_own_day() -> None:
    text = (
        "EU Strategic Dialogue with Japan\n\n"
        "Speech of the High Representative at the EU Strategic Dialogue with Japan\n"
        "Good afternoon.\n"
        "This is the third meeting of the EU-Japan Strategic Dialogue between Minister Sato Kenji and myself.\n"
        "We held our first meeting on 4 March 2022 in Tokyo, in his home town.\n"
        "I am pleased to welcome him to Brussels."
    )
    found = {(m.round, m.role, m.dates) for m in mentions(text, None)}
    assert (3, "headline", None) in found
    assert (1, "past", DateSpan(date(2022, 3, 4))) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name in lower case, defined at once by an acronym of its initials; the parties before "will meet for"
            "MANILA — Thailand and Viet Nam will meet for the third joint consultative mechanism (JCM) on Tuesday "
            "(March 12) in Manila, the ministry said.",
            ("Thailand–Viet Nam Joint Consultative Mechanism", 3),
        ),
        (
            "Viet Nam and Thailand met for the fourth border trade mechanism (BTM) in Hanoi on 5 March 2024.",
            ("Thailand–Viet Nam Border Trade Mechanism", 4),
        ),
    ],
)
def test_a_name_in_lower_case_defined_by_its_acronym(text: str, expected: tuple[str, int]) -> None:
    assert [(m.series.name_en, m.round) for m in mentions(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Viet Nam will meet for the third joint consultative mechanism (JCMX) on Tuesday.",
        "Thailand and Viet Nam will meet for the third joint consultative mechanism (ABC) on Tuesday.",
    ],
)
def test_a_lower_case_phrase_whose_bracket_is_not_its_acronym_is_no_name(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thailand and Viet Nam will hold the 5th Thailand-Viet Nam Joint Commission in Bangkok on 12 March 2024.",
            "Thailand–Viet Nam Joint Commission",
        ),
        (
            "Thailand and Sri Lanka held the 5th Thailand-Sri Lanka Joint Commission in Bangkok on 12 March 2024.",
            "Thailand–Sri Lanka Joint Commission",
        ),
    ],
)
def test_a_pair_ending_with_a_country_of_two_words_is_not_part_of_the_name(text: str, expected: str) -> None:
    assert [m.series.name_en for m in mentions(text)] == [expected]


def test_delegations_that_will_be_led_by_their_heads() -> None:
    text = (
        "Thailand and Viet Nam will hold the 5th Thailand-Viet Nam Joint Commission in Bangkok on 12 March 2024. "
        "The Thai delegation will be led by Permanent Secretary Somchai Rakthai while the Vietnamese delegation "
        "will be led by Deputy Foreign Minister Le Van Minh."
    )
    [m] = mentions(text)
    assert m.co_chairs == ("Somchai Rakthai", "Le Van Minh")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the two who held the talks ("ได้ร่วมหารือ" + the round's name)
            "เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ พลเอก สมชาย ใจดี ปลัดกระทรวงกลาโหม และ นาย John Carter รักษาการผู้ช่วยรัฐมนตรีว่าการ"
            "กระทรวงกลาโหมสหรัฐอเมริกา ได้ร่วมหารือยุทธศาสตร์ด้านการป้องกันประเทศไทย-สหรัฐฯ ครั้งที่ ๙ ณ กรุงเทพฯ",
            ("สมชาย ใจดี", "John Carter"),
        ),
        (  # attending the talks ("เข้าร่วมหารือ") is not holding them
            "เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ นายสมชาย ใจดี ผู้อำนวยการกอง ได้เข้าร่วมหารือยุทธศาสตร์ด้านการป้องกันประเทศไทย-สหรัฐฯ "
            "ครั้งที่ ๙ ณ กรุงเทพฯ",
            (),
        ),
    ],
)
def test_thai_heads_who_held_the_talks_not_who_attended(text: str, expected: tuple[str, ...]) -> None:
    [m] = [m for m in mentions(text) if m.role == "headline"]
    assert m.co_chairs == expected


def test_chairs_named_with_as_well_as_and_a_surname_spelled_out_before() -> None:
    text = (
        "Assistant Secretary John Carter will lead the delegation to the 6th U.S.-Thai Strategic Dialogue scheduled "
        "for Monday.\n\nThe sixth Thai-U.S. Strategic Dialogue will be co-chaired by Carter as well as Somchai "
        "Rakthai, permanent secretary of the Ministry of Foreign Affairs."
    )
    [m] = mentions(text, "2024-03-08")
    assert (m.role, m.dates, m.co_chairs) == (
        "upcoming",
        DateSpan(date(2024, 3, 11)),
        ("John Carter", "Somchai Rakthai"),
    )


def test_thai_hosts_who_held_the_meeting_not_the_spokesman_who_reports_it() -> None:
    text = (
        "พลเรือตรี สมศักดิ์ ใจงาม รองโฆษกกองทัพเรือ เปิดเผยว่า วันนี้ (5 มีนาคม 2567) พลเรือโท สมชาย ใจดี ผู้บัญชาการป้องกันชายแดน "
        "และ พลตรี สก วันนา ผู้บัญชาการภูมิภาคทหารที่ 3 ของกัมพูชา ได้จัดให้มีการประชุมคณะกรรมการชายแดนส่วนภูมิภาคไทย-กัมพูชา "
        "ครั้งที่ 20 ณ จังหวัดตราด"
    )
    [m] = mentions(text)
    assert m.co_chairs == ("สมชาย ใจดี", "สก วันนา")


@pytest.mark.parametrize(
    "text",
    [
        "On this occasion, the Deputy Minister conveyed invitations from Foreign Minister Le Van Minh to Japanese "
        "Foreign Minister Sato Kenji to visit Viet Nam and co-chair the 14th meeting of the Viet Nam-Japan "
        "Cooperation Committee in 2025.",
        "The Minister invited his counterpart Sato Kenji to co-chair the 14th meeting of the Viet Nam-Japan "
        "Cooperation Committee in Hanoi next year.",
    ],
)
def test_an_invitation_to_come_and_chair_a_round_is_a_plan_with_no_chairs_yet(text: str) -> None:
    [m] = mentions(text, "2024-03-08")
    assert (m.round, m.role, m.co_chairs) == (14, "planned", ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Razak to visit Jakarta for 14th Indonesia-Malaysia Annual Consultation with Budi\n\nThe visit follows …",
            "planned",
        ),
        ("PM Tan to attend 12th Malaysia-Singapore Leaders' Retreat\n\nThe retreat …", "planned"),
        ("Ministers met in Hanoi to hold the 5th Thailand-Viet Nam Joint Commission on 5 March 2024.", "headline"),
    ],
)
def test_a_headline_subject_then_to_is_the_future(text: str, expected: str) -> None:
    assert [m.role for m in mentions(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # said outright to come, on a page dated later by its site: still an announcement
            "This meeting, which will take place between October 12 to 14, will mark the 9th round of the "
            "China-EU High-level Strategic Dialogue.",
            "2023-12-09",
            "upcoming",
        ),
        (  # "originally scheduled for" a day before the release: held, as before
            "The 9th China-EU High-level Strategic Dialogue, originally scheduled for October 12, 2023, was held in "
            "Beijing.",
            "2023-12-09",
            "headline",
        ),
    ],
)
def test_a_round_said_to_come_outright_stays_announced(text: str, published: str, expected: str) -> None:
    assert [m.role for m in mentions(text, published)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Deputy Minister Le Van Minh co-chaired the 8th Việt Nam-Japan strategic partnership dialogue and held "
            "talks with his counterpart in Tokyo on 5 March 2024.",
            [("Japan–Viet Nam Strategic Partnership Dialogue", 8)],
        ),
        (
            "The sides held the 2nd India-Japan maritime affairs dialogue in Tokyo on 5 March 2024.",
            [("India–Japan Maritime Affairs Dialogue", 2)],
        ),
        ("The 3rd Thailand-Japan bilateral meeting was held in Tokyo on 5 March 2024.", []),  # a level alone
        ("They held the 4th Thailand-Japan meeting in Tokyo on 5 March 2024.", []),  # no name at all
        (
            "The 5th Thailand-Japan joint commission was held in Tokyo on 5 March 2024.",
            [("Thailand–Japan Joint Commission", 5)],
        ),
    ],
)
def test_a_name_in_lower_case_after_its_round_and_parties(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.series.name_en, m.round) for m in mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a leader's name of one word after the office, as Thai pages write a Vietnamese name
            "เช้าวันที่ 5 มีนาคม 2567 ณ กรุงฮานอย นายกรัฐมนตรี เหงียนวันมินห์ และนายกรัฐมนตรีลาว สอนไซ ใจดี ได้เป็นประธานร่วม"
            "การประชุมคณะกรรมการระหว่างรัฐบาลว่าด้วยความร่วมมือทวิภาคีเวียดนาม-ลาว ครั้งที่ 50",
            ("เหงียนวันมินห์", "สอนไซ ใจดี"),
        ),
        (  # … never a word of the office itself
            "เช้าวันที่ 5 มีนาคม 2567 ณ กรุงฮานอย นายกรัฐมนตรีทั้งสองประเทศ และรัฐมนตรี ได้เป็นประธานร่วม"
            "การประชุมคณะกรรมการระหว่างรัฐบาลว่าด้วยความร่วมมือทวิภาคีเวียดนาม-ลาว ครั้งที่ 50",
            (),
        ),
    ],
)
def test_a_thai_written_name_of_one_word_after_an_office(text: str, expected: tuple[str, ...]) -> None:
    [m] = [m for m in mentions(text) if m.role == "headline"]
    assert m.co_chairs == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a city-state named as its leader's adjective is not where the round met
            "JAKARTA – Singapore Prime Minister Tan Wei Ming will visit Bogor in West Java on 29 March 2024 to attend "
            "the 8th Singapore-Indonesia Leaders' Retreat.",
            "Bogor",
        ),
        (
            "Singapore Foreign Minister Tan Wei Ming co-chaired the 5th Singapore-Thailand Joint Commission on "
            "5 March 2024.",
            None,
        ),
    ],
)
def test_a_place_named_as_an_officials_adjective_is_no_venue(text: str, expected: str | None) -> None:
    assert [m.location for m in mentions(text)] == [expected]


def test_a_place_after_another_round_of_the_sentence_is_that_rounds() -> None:
    text = (
        "New Delhi: The next meeting of the India-UK Joint Economic and Trade Committee (JETCO) would take place in "
        "New Delhi in 2025, a joint statement of the 15th JETCO meeting held on March 5 stated.\n\n"
        "The two ministers met in London for the 15th JETCO meeting on Tuesday."
    )
    places = {m.round: m.location for m in mentions(text, "2024-03-07")}
    assert places == {15: "London", 16: "New Delhi"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject after the acronym names the body; the title and the acronym later mean the same body
            "First Senior Officials Meeting between Laos and Australia opens a new chapter\n\n"
            "Officials of Laos and Australia met on 5 March 2024 for the inaugural Senior Officials Meeting (SOM) "
            "on Bilateral Relations. Laos will host the next SOM in 2025.",
            [
                ("Australia–Laos Senior Officials' Talks on Bilateral Relations", 1),
                ("Australia–Laos Senior Officials' Talks on Bilateral Relations", 2),
            ],
        ),
        (
            "Japan and Viet Nam held the third Joint Working Group on Consular Affairs in Hanoi on 5 March 2024.",
            [("Japan–Viet Nam Joint Working Group on Consular Affairs", 3)],
        ),
        (  # a day is no subject
            "Japan and Viet Nam held the third Joint Working Group on Monday Affairs in Hanoi on 5 March 2024.",
            [("Japan–Viet Nam Joint Working Group", 3)],
        ),
    ],
)
def test_a_subject_ending_in_a_head_noun_names_the_body(text: str, expected: list[tuple[str, int]]) -> None:
    assert sorted((m.series.name_en, m.round) for m in mentions(text)) == expected


def test_heads_of_delegation_in_sentences_of_their_own_and_the_host_city() -> None:
    text = (
        "Officials of Laos and Australia met on 5 March 2024 for the inaugural Senior Officials Meeting.\n\n"
        "The meeting, hosted by the Lao Ministry of Foreign Affairs (MOFA) in Vientiane, reviewed trade and aid.\n\n"
        "Australia will host the next Senior Officials Meeting in 2025.\n\n"
        "The head of the Lao delegation was Ambassador Khamla Sengdara, Director-General of the Europe Department. "
        "The head of the Australian delegation was Ms Jane Whitfield, First Assistant Secretary."
    )
    [held] = [m for m in mentions(text) if m.round == 1]
    assert (held.location, held.co_chairs) == ("Vientiane", ("Khamla Sengdara", "Jane Whitfield"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject "ทางการค้า" with the English name in brackets before the parties
            "คณะผู้แทนไทยเข้าร่วมการประชุมคณะกรรมการร่วมทางการค้า (Joint Trade Committee : JTC) ไทย-ลาว ครั้งที่ 9 "
            "ณ นครหลวงเวียงจันทน์ เมื่อวันที่ 5 มีนาคม 2567",
            [("la-th-joint-trade-committee", 9)],
        ),
        (  # "กรรมาธิการ" without "คณะ"
            "ประธานฝ่ายไทยเป็นประธานการประชุมกรรมาธิการเขตแดนร่วมไทย-ลาว ครั้งที่ 7 (JBC) เมื่อวันที่ 5 มีนาคม 2567",
            [("la-th-joint-boundary-commission", 7)],
        ),
    ],
)
def test_thai_names_with_a_bracketed_english_name_or_without_คณะ(
    text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert series_and_rounds(text) == expected


def test_a_date_bound_to_one_round_is_not_the_date_of_another_round_of_its_series() -> None:
    """One series holds one round at a time: the earlier round recalled after the dated one keeps its own,
    vaguer date ("เดือนสิงหาคมปีที่ผ่านมา", August of last year)."""
    text = (
        "ไทยจะเป็นเจ้าภาพจัดการประชุมคณะกรรมการการค้าร่วมไทย–ภูฏาน ครั้งที่ 4 ระหว่างวันที่ 12 – 13 มีนาคม 2567 ณ กรุงเทพฯ "
        "ซึ่งจะเป็นเวทีหารือระหว่างรัฐมนตรีทั้งสองฝ่าย และต่อเนื่องจากการประชุมคณะกรรมการการค้าร่วมไทย – ภูฏาน ครั้งที่ 3 "
        "ณ กรุงทิมพู เมื่อเดือนสิงหาคมปีที่ผ่านมา"
    )
    dates = {m.round: (m.dates.start.isoformat(), m.dates.precision) for m in mentions(text, "2024-02-20") if m.dates}
    assert dates == {4: ("2024-03-12", "day"), 3: ("2023-08-01", "month")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the place between "meeting" and "of": the round is the committee's, not the dialogue's named before
            "The UK-Vietnam Strategic Dialogue was held in London on 5 March 2024, ahead of the fifth meeting in "
            "Hanoi of the UK-Vietnam Joint Economic and Trade Committee.",
            [("gb-vn-joint-economic-and-trade-committee", 5)],
        ),
        (
            "Officials prepared the third session in Ho Chi Minh City of the Japan-Vietnam Joint Committee.",
            [("jp-vn-joint-committee", 3)],
        ),
    ],
)
def test_the_nth_meeting_in_a_place_of_a_named_body(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert series_and_rounds(text) == expected


def test_the_year_a_round_is_counted_in_holds_the_day_written_before_it() -> None:
    """ "ครั้งที่ 1 ประจำปี 2567" gives the year the round belongs to; the day that opens the sentence is its day."""
    text = (
        "เมื่อเวลา 09.30 น. วันนี้ (5 มี.ค. 67) ที่โรงแรมในอำเภอเมือง จังหวัดสงขลา ผู้บัญชาการทั้งสองฝ่ายร่วมประชุม"
        "คณะทำงานทางบกไทย-มาเลเซีย Land Working Group (LWG) ครั้งที่ 3 ประจำปี 2567"
    )
    [m] = mentions(text, None)
    assert (m.round, m.dates) == (3, DateSpan(date(2024, 3, 5)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body the registry does not list, named in Thai only, in the genre's shape: read word by word
            "เมื่อวันที่ 1 กันยายน 2568 นางสมศรี ใจดี รองปลัดกระทรวงการต่างประเทศ เป็นประธานร่วมการประชุมกลไกหารือทางการเมือง"
            "และเศรษฐกิจระหว่างประเทศไทยกับชิลี ครั้งที่ 3 ณ กรุงเทพฯ",
            [("Thailand–Chile Political and Economic Consultation Mechanism", 3)],
        ),
        (  # the pair written with a dash, the subject after "ด้าน"
            "การประชุมคณะกรรมการประสานงานด้านการค้าไทย-ภูฏาน ครั้งที่ 2 จัดขึ้นที่ทิมพู เมื่อวันที่ 5 มีนาคม 2567",
            [("Thailand–Bhutan Coordination Committee on Trade", 2)],
        ),
        (  # no round, no series: an unlisted name counts only in the whole shape
            "คณะผู้แทนไทยได้หารือกันเรื่องกลไกหารือทางการเมืองและเศรษฐกิจระหว่างไทยกับชิลีเมื่อวันที่ 5 มีนาคม 2567",
            [],
        ),
        (  # a word the data does not know: better no series than a half-translated name
            "การประชุมคณะกรรมการผ้าไหมร่วม ไทย-ลาว ครั้งที่ 3 จัดขึ้นเมื่อวันที่ 5 มีนาคม 2567",
            [],
        ),
    ],
)
def test_an_unlisted_thai_name_is_named_in_english_word_by_word(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(m.series.name_en, m.round) for m in mentions(text)] == expected


def test_the_first_meeting_counted_from_is_round_one_and_keeps_no_venue_of_the_named_one() -> None:
    """ "… หลังว่างเว้นมา 8 ปี นับตั้งแต่การประชุมครั้งแรก เมื่อปี 2547": the first round, recalled; the city written
    after the named round before it is that round's."""
    text = (
        "นายกรัฐมนตรีพร้อมคณะรัฐมนตรีประชุม ครม.ร่วมไทย-เวียดนาม ครั้งที่ 3 ที่กรุงฮานอย เมื่อวันที่ 4 มีนาคม 2567 "
        "หลังว่างเว้นมา 8 ปี นับตั้งแต่การประชุมครั้งแรก เมื่อปี 2547"
    )
    got = {(m.series.id, m.round, m.dates.iso_start() if m.dates else None, m.location) for m in mentions(text)}
    assert got == {
        ("th-vn-joint-cabinet-retreat", 3, "2024-03-04", "Hanoi"),
        ("th-vn-joint-cabinet-retreat", 1, "2004", None),
    }


@pytest.mark.parametrize(
    ("thai", "english"),
    [
        (
            "ไทยและสาธารณรัฐเช็กจัดการประชุมคณะกรรมาธิการร่วมด้านเศรษฐกิจไทย — สาธารณรัฐเช็ก ครั้งที่ ๒ เมื่อวันที่ ๕ มีนาคม ๒๕๖๗",
            "The 2nd Thailand-Czech Republic Joint Economic Commission was held in Prague on 5 March 2024.",
        ),
        (
            "วานนี้ (๔ มีนาคม ๒๕๖๗) มีการประชุมคณะทำงานร่วมทางทะเลไทย-มาเลเซีย ครั้งที่ ๖๐ ณ หาดใหญ่",
            "The 60th Thailand-Malaysia Joint Maritime Working Group met in Hat Yai on 4 March 2024.",
        ),
    ],
)
def test_a_thai_subject_read_as_an_adjective_is_the_body_english_names(thai: str, english: str) -> None:
    """ "คณะกรรมาธิการร่วมด้านเศรษฐกิจ" is the "Joint Economic Commission" an English release names: one series."""
    assert series_and_rounds(thai) == series_and_rounds(english)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("รัฐมนตรีทั้งสองเป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมไทย-อียิปต์ ครั้งที่สอง ที่กรุงไคโร", 2),
        ("การประชุมคณะกรรมาธิการร่วมไทย-อียิปต์ ครั้งที่สามจัดขึ้นที่กรุงเทพฯ", 3),
        ("การประชุมคณะกรรมาธิการร่วมไทย-อียิปต์ ครั้งที่สิบเอ็ด ณ กรุงไคโร", 11),
        ("การประชุมคณะกรรมาธิการร่วมไทย-อียิปต์ ครั้งที่ยี่สิบสอง ณ กรุงไคโร", 22),
        ("การประชุมคณะกรรมาธิการร่วมไทย-อียิปต์ ครั้งที่ ๒ ณ กรุงไคโร", 2),
    ],
)
def test_a_thai_round_written_in_words(text: str, expected: int) -> None:
    """ "ครั้งที่สอง" is round 2 as "ครั้งที่ ๒" is: Thai writes a round's number in words too."""
    assert series_and_rounds(text) == [("eg-th-joint-commission", expected)]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("หนึ่ง", 1),
        ("สอง", 2),
        ("เก้า", 9),
        ("สิบ", 10),
        ("สิบเอ็ด", 11),
        ("สิบสอง", 12),
        ("ยี่สิบ", 20),
        ("ยี่สิบเอ็ด", 21),
        ("สามสิบห้า", 35),
        ("เอ็ด", None),
        ("สองสิบ", None),
        ("ฝ่าย", None),
    ],
)
def test_thai_number_words(word: str, expected: int | None) -> None:
    from dialogtrack.recognising.refs import thai_number_value

    assert thai_number_value(word) == expected


def test_a_thai_number_word_runs_into_no_other_word() -> None:
    """ "ครั้งที่สองฝ่าย…" is "the time both sides …": no round 2 read from a word that goes on."""
    text = "การประชุมคณะกรรมาธิการร่วมไทย-อียิปต์ ครั้งที่สองฝ่ายได้พบกันที่กรุงไคโร"
    assert series_and_rounds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "India and Georgia held the 6th round of Foreign Office Consultations in Tbilisi on 5 March 2024.",
            [("ge-in-foreign-office-consultations", 6)],
        ),
        (
            "การประชุมหารือทางการเมืองไทย-เบลารุส ครั้งที่ 2 จัดขึ้นที่กรุงมินสค์ เมื่อวันที่ 5 มีนาคม 2567",
            [("by-th-political-consultations", 2)],
        ),
        (
            "The 4th Thailand-Romania Joint Commission met in Bucharest on 5 March 2024.",
            [("ro-th-joint-commission", 4)],
        ),
        (
            "The 3rd Kyrgyz Republic-Tajikistan Joint Commission was held in Dushanbe on 5 March 2024.",
            [("kg-tj-joint-commission", 3)],
        ),
    ],
)
def test_parties_from_beyond_the_region(text: str, expected: list[tuple[str, int]]) -> None:
    """A release about any two states is read: the registry knows the world's states, not only Thailand's neighbours."""
    assert series_and_rounds(text) == expected


def test_rounds_listed_together_share_the_place_after_the_last() -> None:
    """ "X and Y co-chaired the 15th … Joint Commission (JC) and the 6th Ministerial Meeting of the Committee on …
    (JDS) between Thailand and Malaysia, in Bangkok": both met in Bangkok, each its own round, both chaired by the
    two the verb names."""
    text = (
        "On 5 March 2024, Somchai Rakthai and Ahmad Razak co-chaired the 15th Meeting of the Joint Commission for "
        "Bilateral Cooperation (JC) and the 6th Ministerial Meeting of the Committee on Joint Development Strategy for "
        "Border Areas (JDS) between Thailand and Malaysia, in Bangkok."
    )
    got = sorted((m.series.id, m.round, m.location, m.co_chairs) for m in mentions(text))
    both = ("Somchai Rakthai", "Ahmad Razak")
    assert got == [
        ("my-th-joint-commission", 15, "Bangkok", both),
        ("my-th-joint-development-strategy", 6, "Bangkok", both),
    ]


def test_a_place_written_before_the_next_listed_round_stays_with_its_own() -> None:
    text = (
        "On 5 March 2024, the ministers co-chaired the 15th Thailand-Malaysia Joint Commission in Bangkok and the "
        "6th Thailand-Malaysia Committee on Joint Development Strategy for Border Areas in Putrajaya."
    )
    got = sorted((m.series.id, m.round, m.location) for m in mentions(text))
    assert got == [
        ("my-th-joint-commission", 15, "Bangkok"),
        ("my-th-joint-development-strategy", 6, "Putrajaya"),
    ]
