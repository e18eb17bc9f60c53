"""Extraction, sentence by sentence: which series, which round, which role, which date and place."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogtrack.models import DateSpan, Document, Mention
from dialogtrack.recognising.extract import find_claims, split_sentences
from dialogtrack.registry import load_registry

REGISTRY = load_registry()


def doc(text: str, published: str | None = "2024-03-08", title: str | None = None) -> Document:
    return Document(
        id="t",
        origin="test",
        title=title if title is not None else (text.strip().splitlines() or [""])[0],
        language="th",
        text=text,
        published=DateSpan.from_iso(published) if published else None,
    )


def mentions(text: str, published: str | None = "2024-03-08", title: str | None = None) -> list[Mention]:
    return list(find_claims(doc(text, published, title), REGISTRY).mentions)


def rounds_in(text: str, published: str | None = "2024-03-08") -> list[tuple[object, ...]]:
    """Every round a release names, summarised, in a stable order."""
    return sorted((summary(m) for m in mentions(text, published)), key=str)


def summary(m: Mention) -> tuple[object, ...]:
    return (
        m.series.id,
        m.round,
        m.role,
        m.dates.iso_start() if m.dates else None,
        m.dates.iso_end() if m.dates else None,
        m.location,
    )


# One headline sentence per row: the same facts written the ways the genre writes them.
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (
            "เมื่อวันที่ ๕-๖ มีนาคม ๒๕๖๗ ปลัดกระทรวงการต่างประเทศเป็นประธานการหารือยุทธศาสตร์ไทย-สหรัฐฯ ครั้งที่ ๑๐ ณ กรุงเทพฯ",
            "2024-03-08",
            ("th-us-strategic-dialogue", 10, "headline", "2024-03-05", "2024-03-06", "Bangkok"),
        ),
        (
            "The Twelfth U.S.-Thailand Strategic Dialogue was held in Washington on March 5, 2024.",
            "2024-03-08",
            ("th-us-strategic-dialogue", 12, "headline", "2024-03-05", None, "Washington, D.C."),
        ),
        (
            "Officials met in Canberra on 5 and 6 March for the 16th Thailand–Australia Senior Officials’ Talks.",
            "2024-03-08",
            ("au-th-senior-officials-talks", 16, "headline", "2024-03-05", "2024-03-06", "Canberra"),
        ),
        (
            "On Tuesday, 5 March 2024, the Ministry hosted the 3rd Thailand - Japan Strategic Dialogue by "
            "videoconference.",
            "2024-03-08",
            ("jp-th-strategic-dialogue", 3, "headline", "2024-03-05", None, "virtual"),
        ),
        (
            "การประชุมคณะกรรมาธิการร่วมว่าด้วยความร่วมมือทวิภาคีไทย-กัมพูชา ครั้งที่ ๑๑ จัดขึ้นเมื่อวันที่ ๕ มี.ค. ๖๗ ณ กรุงพนมเปญ",
            "2024-03-08",
            ("kh-th-joint-commission", 11, "headline", "2024-03-05", None, "Phnom Penh"),
        ),
        (
            "The Sixth Meeting of the Joint Commission for Bilateral Cooperation between Thailand and Malaysia "
            "took place in Putrajaya on 5-6 March 2024.",
            "2024-03-08",
            ("my-th-joint-commission", 6, "headline", "2024-03-05", "2024-03-06", "Putrajaya"),
        ),
        (
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศเข้าร่วมการประชุมรัฐมนตรีต่างประเทศแม่โขง-ล้านช้าง ครั้งที่ ๙ "
            "เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ ณ นครหลวงเวียงจันทน์",
            "2024-03-08",
            ("mlc-foreign-ministers-meeting", 9, "headline", "2024-03-05", None, "Vientiane"),
        ),
        (
            "Thailand and India held the inaugural Thailand-India Strategic Dialogue in New Delhi on 5 March 2024.",
            "2024-03-08",
            ("in-th-strategic-dialogue", 1, "headline", "2024-03-05", None, "New Delhi"),
        ),
        (  # "maiden", as South Asian English writes "inaugural"
            "Thailand and India held the maiden Thailand-India Strategic Dialogue in New Delhi on 5 March 2024.",
            "2024-03-08",
            ("in-th-strategic-dialogue", 1, "headline", "2024-03-05", None, "New Delhi"),
        ),
    ],
)
def test_headline_sentences(sentence: str, published: str, expected: tuple[object, ...]) -> None:
    found = mentions(sentence, published)
    assert [summary(m) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Announced ahead, with dates: upcoming.
        (
            "Thailand will host the 21st Thailand - Laos Joint Commission in Udon Thani from 12 to 14 September 2024.",
            [("la-th-joint-commission", 21, "upcoming", "2024-09-12", "2024-09-14", "Udon Thani")],
        ),
        (
            "ไทยจะเป็นเจ้าภาพการหารือเชิงยุทธศาสตร์ไทย-จีน ครั้งที่ ๗ ระหว่างวันที่ ๒๐-๒๑ พฤษภาคม ๒๕๖๗ ที่จังหวัดเชียงใหม่",
            [("cn-th-strategic-dialogue", 7, "upcoming", "2024-05-20", "2024-05-21", "Chiang Mai")],
        ),
        # Intended, without a firm date: planned.
        (
            "The two sides agreed to hold the 17th Thailand–Australia Senior Officials' Talks in Bangkok in 2025.",
            [("au-th-senior-officials-talks", 17, "planned", "2025", None, "Bangkok")],
        ),
        # Recalled in passing: past, with its own date and never the document's.
        (
            "The 16th Thailand-Australia Senior Officials' Talks took place in Canberra on 5 March 2024, five "
            "years after the 15th Senior Officials' Talks held in Bangkok in 2019.",
            [
                ("au-th-senior-officials-talks", 15, "past", "2019", None, "Bangkok"),
                ("au-th-senior-officials-talks", 16, "headline", "2024-03-05", None, "Canberra"),
            ],
        ),
        (
            "The 16th Thailand-Australia Senior Officials' Talks were held in Canberra on 5 March 2024. "
            "They reviewed progress since the 14th Senior Officials' Talks.",
            [
                ("au-th-senior-officials-talks", 14, "past", None, None, None),
                ("au-th-senior-officials-talks", 16, "headline", "2024-03-05", None, "Canberra"),
            ],
        ),
    ],
)
def test_roles(text: str, expected: list[tuple[object, ...]]) -> None:
    assert sorted(summary(m) for m in mentions(text)) == sorted(expected)


def test_rounds_held_together_share_the_date_that_follows_them() -> None:
    text = (
        "เมื่อวันที่ ๕-๖ มีนาคม ๒๕๖๗ ผู้แทนทั้งสองฝ่ายเข้าร่วมการประชุม Thailand – U.S. Strategic and Defense Dialogue "
        "ครั้งที่ ๒ ณ กรุงวอชิงตัน ต่อจากการหารือยุทธศาสตร์ไทย-สหรัฐฯ ครั้งที่ ๑๐ และการหารือยุทธศาสตร์ด้านการป้องกันประเทศ"
        "ไทย-สหรัฐฯ ครั้งที่ ๙ ในวันที่ ๕ มีนาคม ๒๕๖๗"
    )
    found = {m.series.id: summary(m) for m in mentions(text)}
    assert found == {
        "th-us-strategic-and-defense-dialogue": (
            "th-us-strategic-and-defense-dialogue",
            2,
            "headline",
            "2024-03-05",
            "2024-03-06",
            "Washington, D.C.",
        ),
        "th-us-strategic-dialogue": (
            "th-us-strategic-dialogue",
            10,
            "concurrent",
            "2024-03-05",
            None,
            "Washington, D.C.",
        ),
        "th-us-defense-strategic-talks": (
            "th-us-defense-strategic-talks",
            9,
            "concurrent",
            "2024-03-05",
            None,
            "Washington, D.C.",
        ),
    }


def test_parties_left_out_come_from_the_document() -> None:
    text = (
        "Malaysia, Thailand hold yearly talks\n\n"
        "Putrajaya - The Malaysian Prime Minister received the Thai Prime Minister on March 5 for the seventh "
        "Annual Consultation between the two countries."
    )
    [m] = mentions(text, "2024-03")
    assert summary(m) == ("my-th-annual-consultation", 7, "headline", "2024-03-05", None, "Putrajaya")


def test_its_first_session_belongs_to_the_series_named_before() -> None:
    text = (
        "The second session of the Thailand-UK Strategic Dialogue took place in London on 4 March 2024.\n"
        "Set up in 2019, the Dialogue meets regularly. Its first session was held in Bangkok on 2 May 2021."
    )
    found = sorted(summary(m) for m in mentions(text))
    assert found == [
        ("gb-th-strategic-dialogue", 1, "past", "2021-05-02", None, "Bangkok"),
        ("gb-th-strategic-dialogue", 2, "headline", "2024-03-04", None, "London"),
    ]


def test_a_named_series_without_a_number_reported_today() -> None:
    text = (
        "Defense officials of the United States and Thailand met today for the United States -- Thailand "
        "Defense Strategic Talks at the Pentagon."
    )
    [m] = mentions(text)
    assert summary(m) == (
        "th-us-defense-strategic-talks",
        None,
        "headline",
        "2024-03-08",
        None,
        "Pentagon, Washington, D.C.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Ambassador paid a courtesy call on the Permanent Secretary on 5 March 2024.",
        "เอกอัครราชทูตได้เข้าเยี่ยมคารวะปลัดกระทรวงการต่างประเทศ เมื่อวันที่ ๕ มีนาคม ๒๕๖๗",
        "The Embassy hosted a reception on 5 March 2024 to mark the National Day.",
        "For many years the Strategic Dialogue has served as a pillar of the alliance.",
        "The sides agreed to set up a Joint Working Group on Security.",
    ],
)
def test_no_round_in_calls_receptions_and_generic_names(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "ในโอกาสที่จะครบรอบ ๗๐ ปีการสถาปนาความสัมพันธ์ทางการทูตไทย-ออสเตรเลีย ในปี ๒๕๖๕",
            "2021-10-01",
            (("AU", "TH"), "diplomatic relations", 70, 2022, "1952"),
        ),
        (
            "Today the two countries mark the 65th anniversary of diplomatic relations between Thailand and the "
            "Republic of Korea.",
            "2023-10-01",
            (("KR", "TH"), "diplomatic relations", 65, 2023, "1958"),
        ),
        (
            "Singapore and Thailand look back on 58 years of diplomatic relations this year.",
            "2023-05-20",
            (("SG", "TH"), "diplomatic relations", 58, 2023, "1965"),
        ),
        (
            "Last year the two countries celebrated the 45th anniversary of their diplomatic ties.\n"
            "Thailand - Viet Nam relations grow.",
            "2022-01-10",
            (("TH", "VN"), "diplomatic relations", 45, 2021, "1976"),
        ),
        (
            "เนื่องในวันครบรอบ 135 ปี ความสัมพันธ์ทางการทูตระหว่างไทยกับญี่ปุ่น วันที่ 26 กันยายน พ.ศ. 2565",
            None,
            (("JP", "TH"), "diplomatic relations", 135, 2022, "1887"),
        ),
    ],
)
def test_anniversaries(text: str, published: str | None, expected: tuple[object, ...]) -> None:
    claims = find_claims(doc(text, published), REGISTRY).anniversaries
    assert [(a.countries, a.kind, a.ordinal, a.year, a.established) for a in claims] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The talks drew on nearly 180 years of relations between the two countries.",
        "The Fulbright programme marks its 70th anniversary in Thailand this year.",
        "ครบรอบ ๖๐ ปี โครงการพัฒนาชนบทไทย-ญี่ปุ่น",
        "Both leaders welcomed 36 years of progress since Viet Nam and Thailand opened embassies.",
    ],
)
def test_no_anniversary_in_spans_and_programmes(text: str) -> None:
    assert find_claims(doc(text, "2023-01-01"), REGISTRY).anniversaries == ()


def test_a_founding_stated_outright_gives_the_day() -> None:
    text = "Thailand and Viet Nam established diplomatic relations on August 6, 1976."
    [claim] = find_claims(doc(text, "2012-10-27"), REGISTRY).anniversaries
    assert (claim.countries, claim.ordinal, claim.established) == (("TH", "VN"), 0, "1976-08-06")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("การหารือยุทธศาสตร์ไทย-สหรัฐฯ เป็นการหารือที่จัดขึ้นเป็นประจำทุกปี", 12),
        ("The Thailand-Japan Strategic Dialogue is held annually.", 12),
        ("The Thailand–Australia Senior Officials' Talks meet every two years.", 24),
        ("คณะกรรมาธิการร่วมไทย-ลาว จัดการประชุมทุก ๒ ปี", 24),
    ],
)
def test_cadence_claims(text: str, months: int) -> None:
    [claim] = find_claims(doc(text), REGISTRY).cadences
    assert claim.months == months


def test_co_chairs_without_honorifics() -> None:
    text = (
        "The 4th Thailand-Japan Strategic Dialogue took place in Tokyo on 5 March 2024. The Dialogue was "
        "co-chaired by H.E. Mr. Somchai Rakthai, Permanent Secretary of the Ministry of Foreign Affairs of "
        "Thailand, and Ms. Keiko Tanabe, Deputy Minister for Foreign Affairs of Japan."
    )
    [m] = mentions(text)
    assert m.co_chairs == ("Somchai Rakthai", "Keiko Tanabe")


def test_thai_co_chairs() -> None:
    text = (
        "เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ นางสาวพิมพ์ใจ ใจดี ปลัดกระทรวงการต่างประเทศ และนายทาเคชิ ยามาดะ "
        "รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศญี่ปุ่น เป็นประธานร่วมการหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น ครั้งที่ ๔"
    )
    [m] = mentions(text)
    assert m.co_chairs == ("พิมพ์ใจ ใจดี", "ทาเคชิ ยามาดะ")


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "H.E. Mr. Somchai met Dr. Smith in the U.S. Capitol. Then they left.\nวันที่ ๕ พ.ค. ๒๕๖๗"
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert pieces == ["H.E. Mr. Somchai met Dr. Smith in the U.S. Capitol.", "Then they left.", "วันที่ ๕ พ.ค. ๒๕๖๗"]


def test_spans_point_at_the_name() -> None:
    text = "Officials met on 5 March 2024 for the 16th Thailand–Australia Senior Officials' Talks in Canberra."
    [m] = mentions(text)
    assert text[m.start : m.end] == "16th Thailand–Australia Senior Officials' Talks"
    assert m.alias == "Thailand–Australia Senior Officials' Talks"
    assert m.dates == DateSpan(date(2024, 3, 5))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Thailand and the United States held round 9 of their Strategic Dialogue in Bangkok on 5 March 2024.",
            ("th-us-strategic-dialogue", 9, "headline", "2024-03-05", None, "Bangkok"),
        ),
        (
            "Ministers met on 5 March 2024 for the 8th Mekong-Lancang Cooperation (MLC) Foreign Ministers' Meeting in Bangkok.",
            ("mlc-foreign-ministers-meeting", 8, "headline", "2024-03-05", None, "Bangkok"),
        ),
        (
            "The two countries held the ninth round of the Thailand-Japan Strategic Dialogue in Tokyo on 5 March 2024.",
            ("jp-th-strategic-dialogue", 9, "headline", "2024-03-05", None, "Tokyo"),
        ),
        (
            "The Thailand-Korea Strategic Dialogue met in Seoul on 5 March 2024 for the third time.",
            ("kr-th-strategic-dialogue", 3, "headline", "2024-03-05", None, "Seoul"),
        ),
        (
            "การหารือทวิภาคีระดับเจ้าหน้าที่อาวุโส (Senior Officials' Talks) ไทย-ออสเตรเลีย ครั้งที่ ๑๖ จัดขึ้นเมื่อวันที่ ๕ มี.ค. ๒๕๖๗ "
            "ณ กรุงแคนเบอร์รา",
            ("au-th-senior-officials-talks", 16, "headline", "2024-03-05", None, "Canberra"),
        ),
        (
            "เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ รัฐมนตรีว่าการกระทรวงการต่างประเทศได้ร่วมประชุมคณะกรรมาธิการร่วมไทย - มาเลเซีย "
            "(Joint Commission: JC) ครั้งที่ ๑๖ ณ กรุงกัวลาลัมเปอร์",
            ("my-th-joint-commission", 16, "headline", "2024-03-05", None, "Kuala Lumpur"),
        ),
        (
            "The Twenty-First Sino-Thai Strategic Dialogue was held in Beijing on 5 March 2024.",
            ("cn-th-strategic-dialogue", 21, "headline", "2024-03-05", None, "Beijing"),
        ),
    ],
)
def test_round_numbers_written_around_the_name(sentence: str, expected: tuple[object, ...]) -> None:
    assert [summary(m) for m in mentions(sentence)] == [expected]


def test_a_round_named_without_its_series() -> None:
    text = "การหารือเชิงยุทธศาสตร์ไทย-เกาหลี ครั้งที่ ๓ จัดขึ้นเมื่อวันที่ ๕ มีนาคม ๒๕๖๗ ณ กรุงโซล โดยการหารือครั้งแรกจัดขึ้นที่กรุงเทพฯ เมื่อปี ๒๕๖๒"
    assert sorted(summary(m) for m in mentions(text)) == [
        ("kr-th-strategic-dialogue", 1, "past", "2019", None, "Bangkok"),
        ("kr-th-strategic-dialogue", 3, "headline", "2024-03-05", None, "Seoul"),
    ]


def test_prime_minister_is_no_honorific_and_names_may_have_three_parts() -> None:
    text = (
        "เมื่อวันที่ ๕ มีนาคม ๒๕๖๗ นายสมปอง ใจงาม นายกรัฐมนตรี และนายอันวาร์ บิน ราห์มาน นายกรัฐมนตรีมาเลเซีย "
        "เป็นประธานร่วมการหารือประจำปีระหว่างนายกรัฐมนตรีไทย-มาเลเซีย ครั้งที่ ๘ ณ เมืองปุตราจายา"
    )
    [m] = mentions(text)
    assert m.co_chairs == ("สมปอง ใจงาม", "อันวาร์ บิน ราห์มาน")


def test_names_held_with() -> None:
    text = (
        "Vice Minister Lee Jae-won held the 6th Korea-Thailand Strategic Dialogue with Permanent Secretary "
        "Somchai Rakthai in Seoul on 5 March 2024."
    )
    [m] = mentions(text)
    assert m.co_chairs == ("Lee Jae-won", "Somchai Rakthai")


def test_a_planned_round_takes_the_host_country_when_no_city_is_named() -> None:
    text = (
        "การประชุมคณะรัฐมนตรีร่วมไทย-ลาว อย่างไม่เป็นทางการ ครั้งที่ ๔ จัดขึ้นเมื่อวันที่ ๕ มีนาคม ๒๕๖๗ ณ นครหลวงเวียงจันทน์\n\n"
        "ที่ประชุมเห็นพ้องให้ฝ่ายไทยเป็นเจ้าภาพการประชุมคณะรัฐมนตรีร่วมฯ ครั้งที่ ๕ ในปี ๒๕๖๘"
    )
    assert sorted(summary(m) for m in mentions(text)) == [
        ("la-th-joint-cabinet-retreat", 4, "headline", "2024-03-05", None, "Vientiane"),
        ("la-th-joint-cabinet-retreat", 5, "planned", "2025", None, "Thailand"),
    ]


def test_the_next_round_without_a_number() -> None:
    text = (
        "The 5th Thailand-Viet Nam Joint Commission met in Bangkok on 5 March 2024. The two sides will prepare "
        "for the next Thailand–Viet Nam Joint Cabinet Retreat, expected to take place in Viet Nam in 2025."
    )
    assert sorted((summary(m) for m in mentions(text)), key=str) == sorted(
        [
            ("th-vn-joint-commission", 5, "headline", "2024-03-05", None, "Bangkok"),
            ("th-vn-joint-cabinet-retreat", None, "planned", "2025", None, "Viet Nam"),
        ],
        key=str,
    )


def test_first_in_years_is_no_first_round() -> None:
    text = (
        "การหารือประจำปีไทย-มาเลเซีย ครั้งที่ ๗ จัดขึ้นเมื่อวันที่ ๑๑ ธันวาคม ๒๕๖๖ ซึ่งเป็นการหารือประจำปีครั้งแรกในรอบกว่า ๗ ปี "
        "นับตั้งแต่ครั้งที่ ๖ ที่กรุงเทพฯ เมื่อเดือนกันยายน ๒๕๕๙"
    )
    assert sorted(summary(m) for m in mentions(text, "2023-12-12")) == [
        ("my-th-annual-consultation", 6, "past", "2016-09", None, "Bangkok"),
        ("my-th-annual-consultation", 7, "headline", "2023-12-11", None, None),
    ]


WORDS = st.sampled_from(
    [
        "the",
        "6th",
        "Sixth",
        "Thailand",
        "U.S.",
        "-",
        "–",
        "Strategic",
        "Dialogue",
        "Joint",
        "Commission",
        "of",
        "between",
        "and",
        "held",
        "in",
        "Bangkok",
        "on",
        "9",
        "May",
        "2022",
        "ครั้งที่",
        "๘",
        "การหารือยุทธศาสตร์",
        "ไทย",
        "สหรัฐฯ",
        "ครบรอบ",
        "๑๙๐",
        "ปี",
        "ความสัมพันธ์ทางการทูต",
        "ในปี",
        "๒๕๖๖",
        ".",
        "\n",
        "Its",
        "first",
        "session",
        "was",
        "anniversary",
        "diplomatic",
        "relations",
        "next",
        "will",
        "host",
        "ณ",
        "กรุงเทพฯ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=40).map(" ".join), st.text(max_size=80))
def test_any_text_gives_claims_inside_it(words: str, noise: str) -> None:
    text = words + noise
    found = find_claims(doc(text or " "), REGISTRY)
    for m in found.mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert m.alias in text
        assert m.round is None or 0 < m.round <= 300
        assert m.dates is None or m.dates.end is None or m.dates.end >= m.dates.start
    for a in found.anniversaries:
        assert 0 <= a.start <= a.end <= len(text)
        assert int(a.established[:4]) == a.year - a.ordinal or a.ordinal == 0


def test_a_weekday_dates_the_headline_from_the_document() -> None:
    text = "Viet Nam and Thailand on Saturday issued a Joint Statement of the 3rd Joint Cabinet Retreat held in Ha Noi."
    [m] = mentions(text, "2012-10-27")
    assert summary(m) == ("th-vn-joint-cabinet-retreat", 3, "headline", "2012-10-27", None, "Hanoi")


def test_a_round_recalled_in_passing_takes_no_relative_day() -> None:
    text = "The 4th Thailand-China Strategic Dialogue met today in Beijing, reviewing work since the 3rd Strategic Dialogue."
    found = {m.round: summary(m) for m in mentions(text, "2021-05-25")}
    assert found[4][3] == "2021-05-25"
    assert found[3][2:4] == ("past", None)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A generic name in a release about a specific series is that series; "hold the eighth meeting".
        (
            "The 3rd China-Thailand Joint Committee on Trade, Investment and Economic Cooperation met in Bangkok "
            "on 5 March 2024.\nThe two sides reviewed the second meeting of the joint committee, held in Beijing in "
            "2019, and agreed to hold the fourth meeting in China next year.",
            "2024-03-06",
            [
                (
                    "cn-th-joint-committee-on-trade-investment-and-economic-cooperation",
                    2,
                    "past",
                    "2019",
                    None,
                    "Beijing",
                ),
                (
                    "cn-th-joint-committee-on-trade-investment-and-economic-cooperation",
                    3,
                    "headline",
                    "2024-03-05",
                    None,
                    "Bangkok",
                ),
                (
                    "cn-th-joint-committee-on-trade-investment-and-economic-cooperation",
                    4,
                    "planned",
                    "2025",
                    None,
                    "China",
                ),
            ],
        ),
        # "the Fourth Dialogue", a round named by its noun alone.
        (
            "The Fifth Japan-Thailand Strategic Dialogue was held in Tokyo on 4 March 2024.\n"
            "Both sides noted progress since the Fourth Dialogue held in Bangkok in January 2020.",
            "2024-03-05",
            [
                ("jp-th-strategic-dialogue", 4, "past", "2020-01", None, "Bangkok"),
                ("jp-th-strategic-dialogue", 5, "headline", "2024-03-04", None, "Tokyo"),
            ],
        ),
        # Two days written apart; a round recalled by its acronym, "the 13th".
        (
            "Defence chiefs will meet in Phnom Penh on Tuesday (July 4) and Wednesday (July 5) for the 14th "
            "meeting of the Thai-Cambodian General Border Committee (GBC).\nThe last GBC meeting, the 13th, took "
            "place in Bangkok in December 2019.",
            "2023-07-01",
            [
                ("kh-th-general-border-committee", 13, "past", "2019-12", None, "Bangkok"),
                ("kh-th-general-border-committee", 14, "upcoming", "2023-07-04", "2023-07-05", "Phnom Penh"),
            ],
        ),
        # The date bound to a round beats the date that opens the sentence for something else.
        (
            "วันนี้ (๑๗ ก.ค. ๖๖) นายกรัฐมนตรีให้การต้อนรับรัฐมนตรีต่างประเทศเมียนมา ซึ่งเดินทางมาร่วมประชุมคณะกรรมาธิการร่วม"
            "ไทย - เมียนมา ครั้งที่ ๘ ซึ่งจะจัดขึ้นในวันพรุ่งนี้ (๑๘ กค ๖๖) ณ กรุงเทพฯ หลังจากการประชุมครั้งที่ ๗ "
            "ที่กรุงเนปยีดอเมื่อเดือนพฤศจิกายน ๒๕๖๑",
            "2023-07-17",
            [
                ("mm-th-joint-commission", 7, "past", "2018-11", None, "Naypyidaw"),
                ("mm-th-joint-commission", 8, "upcoming", "2023-07-18", None, "Bangkok"),
            ],
        ),
        # The lead sentence dates the round the title names; "first since the 6th" is no first round.
        (
            "ไทยและฟิลิปปินส์ประชุมคณะกรรมาธิการร่วมว่าด้วยความร่วมมือทวิภาคี ครั้งที่ ๗ ผ่านระบบการประชุมทางไกล\n\n"
            "เมื่อวันพฤหัสบดีที่ ๒๖ สิงหาคม รัฐมนตรีว่าการกระทรวงการต่างประเทศของทั้งสองประเทศได้หารือกันอย่างใกล้ชิดในหลายประเด็น\n\n"
            "การประชุมครั้งนี้เป็นการประชุม JCBC ครั้งแรกนับตั้งแต่การประชุมครั้งที่ ๖ ซึ่งจัดขึ้นที่กรุงมะนิลาเมื่อปี ๒๕๖๒",
            "2021-08-27",
            [
                ("ph-th-joint-commission", 6, "past", "2019", None, "Manila"),
                ("ph-th-joint-commission", 7, "headline", "2021-08-26", None, "virtual"),
            ],
        ),
        # "Later that day": held alongside the round the release reports.
        (
            "การหารือยุทธศาสตร์ไทย - สหราชอาณาจักร ครั้งที่ ๓ จัดขึ้นเมื่อวันที่ ๑๐ กันยายน ๒๕๖๗ ณ กรุงเทพฯ\n"
            "ในช่วงบ่ายของวันเดียวกัน ทั้งสองฝ่ายได้จัดการหารือด้านไซเบอร์ไทย - สหราชอาณาจักร (Thailand - UK Cyber Dialogue) "
            "ขึ้นเป็นครั้งแรก",
            "2024-09-11",
            [
                ("gb-th-cyber-dialogue", 1, "concurrent", "2024-09-10", None, "Bangkok"),
                ("gb-th-strategic-dialogue", 3, "headline", "2024-09-10", None, "Bangkok"),
            ],
        ),
    ],
)
def test_releases_of_many_shapes(text: str, published: str, expected: list[tuple[object, ...]]) -> None:
    assert rounds_in(text, published) == sorted(expected, key=str)


def test_a_milestone_without_its_year_takes_the_founding_another_states() -> None:
    text = (
        "Japan and Thailand marked the 135th anniversary of diplomatic relations in 2022.\n"
        "The two ministers looked ahead to the 140th anniversary of diplomatic relations between Japan and Thailand."
    )
    claims = find_claims(doc(text, "2024-03-05"), REGISTRY).anniversaries
    assert sorted((a.ordinal, a.year, a.established) for a in claims) == [(135, 2022, "1887"), (140, 2027, "1887")]


def test_a_relative_year_next_to_the_milestone_beats_an_older_date_in_the_sentence() -> None:
    text = (
        "The sides reviewed the meeting held in Beijing in 2019 and agreed to meet in China next year, which will "
        "coincide with the 50th anniversary of diplomatic relations between Thailand and China."
    )
    [claim] = find_claims(doc(text, "2024-08-07"), REGISTRY).anniversaries
    assert (claim.year, claim.established) == (2025, "1975")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The 14th Thailand-Cambodia General Border Committee will meet in Phnom Penh on 4 July 2023.\n\n"
            "Defence Minister Gen Somchai Rakthai will lead the Thai delegation and co-chair the meeting with his "
            "Cambodian counterpart, Gen Sok Vannarith, Deputy Prime Minister.",
            ("Somchai Rakthai", "Sok Vannarith"),
        ),
        (
            "The 4th Thailand-Indonesia Joint Commission met in Jakarta on 11 March 2025. Foreign Minister Sari "
            "Wulandari, who co-chaired the meeting with Thai Foreign Minister Kritsada Wongphaibun, welcomed it.",
            ("Sari Wulandari", "Kritsada Wongphaibun"),
        ),
        (
            "วันนี้ (๑๗ ก.ค. ๖๖) พลเอก ณรงค์ชัย ศรีวิเศษ นายกรัฐมนตรี และอู ตาน ทุน รัฐมนตรีว่าการกระทรวงการต่างประเทศเมียนมา "
            "เป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมไทย - เมียนมา ครั้งที่ ๘ ณ กรุงเทพฯ",
            ("ณรงค์ชัย ศรีวิเศษ", "ตาน ทุน"),
        ),
        (
            "The 6th Thailand-Türkiye Political Consultations were held in Ankara on 18 October 2023. Thailand was "
            "represented by Permanent Secretary Somchai Rakthai, and Türkiye by Deputy Minister Ayşe Demirtaş.",
            ("Somchai Rakthai", "Ayşe Demirtaş"),
        ),
        (
            "The 6th Thailand-United States Defense Strategic Talks met at the Pentagon on 6 November 2019. Assistant "
            "Secretary of Defense Randall Schriver led the U.S. delegation, and General Somchai Rakthai, Permanent "
            "Secretary for Defence, led the Thai delegation.",
            ("Randall Schriver", "Somchai Rakthai"),
        ),
        (
            "Malaysian Prime Minister Anwar Hamid paid an official visit to Thailand on 5 March 2024 for the eighth "
            "Annual Consultation between the two countries, at the invitation of Thai Prime Minister Somchai Rakthai.",
            ("Anwar Hamid", "Somchai Rakthai"),
        ),
        (
            "วันนี้ (๑๖ ธค ๒๕๖๗) นายสมชาย รักไทย นายกรัฐมนตรี และดาโต๊ะ ศรี อาหมัด ฟาริด ฮาชิม นายกรัฐมนตรีมาเลเซีย "
            "เป็นประธานร่วมการหารือประจำปีไทย-มาเลเซีย ครั้งที่ ๘ ณ เมืองปุตราจายา",
            ("สมชาย รักไทย", "อาหมัด ฟาริด ฮาชิม"),
        ),
        (
            "เมื่อวันที่ ๑๐ กันยายน ๒๕๖๗ นางสาวศิริพร ธนากร รองปลัดกระทรวงการต่างประเทศ และเซอร์ฟิลิป แอชคอมบ์ "
            "เป็นประธานร่วมการหารือยุทธศาสตร์ไทย - สหราชอาณาจักร ครั้งที่ ๓ ณ กรุงเทพฯ",
            ("ศิริพร ธนากร", "ฟิลิป แอชคอมบ์"),
        ),
    ],
)
def test_co_chairs_written_other_ways(text: str, expected: tuple[str, ...]) -> None:
    [m] = mentions(text, "2023-07-01")
    assert m.co_chairs == expected


def test_a_thai_name_that_spells_out_its_subject() -> None:
    text = (
        "เมื่อวันที่ 6 สิงหาคม 2567 รัฐมนตรีว่าการกระทรวงพาณิชย์เป็นประธานร่วมในการประชุมคณะกรรมการร่วมว่าด้วยความร่วมมือ"
        "ด้านการค้า การลงทุน และเศรษฐกิจ ไทย-จีน (JC) ครั้งที่ 7 ณ กรุงเทพฯ"
    )
    [m] = mentions(text, "2024-08-07")
    assert summary(m) == (
        "cn-th-joint-committee-on-trade-investment-and-economic-cooperation",
        7,
        "headline",
        "2024-08-06",
        None,
        "Bangkok",
    )


def test_recent_news_beside_the_headline_is_concurrent_not_past() -> None:
    text = (
        "The 14th Thailand-Cambodia General Border Committee will meet in Phnom Penh on 4 July 2023.\n\n"
        "Separately, the deputy minister co-chaired the third Thailand-Mongolia Joint Commission in Ulaanbaatar on "
        "30 June 2023."
    )
    roles = {m.series.id: m.role for m in mentions(text, "2023-07-01")}
    assert roles == {"kh-th-general-border-committee": "upcoming", "mn-th-joint-commission": "concurrent"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ในโอกาสครบรอบ ๗๐ ปี แห่งการสถาปนาความสัมพันธ์ทางการทูตไทย-ออสเตรเลีย ในปี ๒๕๖๕", (("AU", "TH"), 70, 2022, "1952")),
        ("เนื่องในวันครบรอบการสถาปนาความสัมพันธ์ทางการทูตไทย-ญี่ปุ่น ๑๓๕ ปี ในปี ๒๕๖๕", (("JP", "TH"), 135, 2022, "1887")),
        ("The year 2023 marks the 190th year of Thai-US diplomatic relations.", (("TH", "US"), 190, 2023, "1833")),
        (
            "This year the two countries celebrate 50 years since the establishment of diplomatic relations between "
            "Thailand and Bangladesh.",
            (("BD", "TH"), 50, 2022, "1972"),
        ),
    ],
)
def test_anniversaries_written_other_ways(text: str, expected: tuple[object, ...]) -> None:
    [a] = find_claims(doc(text, "2022-06-01"), REGISTRY).anniversaries
    assert (a.countries, a.ordinal, a.year, a.established) == expected


def test_an_odd_span_since_the_founding_is_no_milestone() -> None:
    text = "Leaders welcomed 36 years since the establishment of diplomatic relations between Viet Nam and Thailand."
    assert find_claims(doc(text, "2012-10-27"), REGISTRY).anniversaries == ()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # A dialogue the registry does not list, named in full in English.
        (
            "The 4th Thailand–Japan Energy Policy Dialogue was held in Tokyo on 5 March 2024.",
            "2024-03-06",
            [("jp-th-energy-policy-dialogue", 4, "headline", "2024-03-05", None, "Tokyo")],
        ),
        # An acronym the release defines means what it defines, whatever it means elsewhere.
        (
            "The 23rd Lao-Thai Joint Commission on Bilateral Cooperation (JC) met in Luang Prabang on 1 February "
            "2024.\nSenior officials reviewed the agreements of the 22nd JC meeting held in Bangkok in August 2019.",
            "2024-02-02",
            [
                ("la-th-joint-commission", 22, "past", "2019-08", None, "Bangkok"),
                ("la-th-joint-commission", 23, "headline", "2024-02-01", None, "Luang Prabang"),
            ],
        ),
        # "the first … since": no first round; "the next round": the one after the last numbered.
        (
            "Japan and Thailand held the sixth Japan-Thailand Strategic Dialogue in Tokyo on 12 November 2024, "
            "the first Japan-Thailand strategic dialogue since January 2019.\nThey agreed to hold the next round "
            "in Bangkok.",
            "2024-11-12",
            [
                ("jp-th-strategic-dialogue", 6, "headline", "2024-11-12", None, "Tokyo"),
                ("jp-th-strategic-dialogue", 7, "planned", None, None, "Bangkok"),
            ],
        ),
        # A bare "การหารือครั้งที่ ๙" belongs to the series the release is about.
        (
            "การหารือเชิงยุทธศาสตร์ไทย-สหรัฐฯ ครั้งที่ ๑๐ จัดขึ้นเมื่อวันที่ ๑๕ กรกฎาคม ๒๕๖๗ ณ กรุงวอชิงตัน\n"
            "ทั้งสองฝ่ายติดตามผลจากการหารือครั้งที่ ๙ ซึ่งฝ่ายไทยเป็นเจ้าภาพ ณ กรุงเทพฯ เมื่อวันที่ ๒๔ สิงหาคม ๒๕๖๖",
            "2024-07-16",
            [
                ("th-us-strategic-dialogue", 9, "past", "2023-08-24", None, "Bangkok"),
                ("th-us-strategic-dialogue", 10, "headline", "2024-07-15", None, "Washington, D.C."),
            ],
        ),
        # "later this year", far after the round it dates.
        (
            "The 8th round of India-Thailand Foreign Office Consultations was held in Bangkok on 6 June 2022. It was "
            "agreed that the 9th meeting of the India-Thailand Joint Commission, co-chaired by the two ministers, "
            "would be held in New Delhi later this year.",
            "2022-06-07",
            [
                ("in-th-foreign-office-consultations", 8, "headline", "2022-06-06", None, "Bangkok"),
                ("in-th-joint-commission", 9, "planned", "2022", None, "New Delhi"),
            ],
        ),
    ],
)
def test_names_and_rounds_the_registry_alone_would_miss(
    text: str, published: str, expected: list[tuple[object, ...]]
) -> None:
    assert rounds_in(text, published) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        "The Foreign Minister opened the Bangkok International Forum on 5 March 2024.",
        "The Thailand-US Creative Economy Forum took place in Bangkok on 5 March 2024.",
        "The 5th BIMSTEC Summit was held virtually on 30 March 2022.",
    ],
)
def test_unregistered_names_need_parties_and_a_round(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Parties written with an office between them; a bracketed English name before "ระหว่าง".
        (
            "เมื่อวันที่ ๑๑ ธันวาคม ๒๕๖๐ นายกรัฐมนตรีของทั้งสองประเทศเป็นประธานร่วมการหารือประจำปี (Annual Consultation) "
            "ระหว่างนายกรัฐมนตรีไทยกับนายกรัฐมนตรีมาเลเซีย ครั้งที่ ๗ ณ เมืองปุตราจายา",
            "2017-12-12",
            [("my-th-annual-consultation", 7, "headline", "2017-12-11", None, "Putrajaya")],
        ),
        # Rounds written side by side ("ขณะที่") share the date that opens the sentence.
        (
            "ในวันที่ ๓๐ กรกฎาคม ๒๕๖๗ ปลัดกระทรวงการต่างประเทศเป็นประธานร่วมในการหารือยุทธศาสตร์ไทย-สหรัฐฯ ครั้งที่ ๙ "
            "ขณะที่ปลัดกระทรวงกลาโหมเป็นประธานร่วมในการหารือยุทธศาสตร์ด้านการป้องกันประเทศไทย-สหรัฐฯ ครั้งที่ ๘ ณ กรุงเทพฯ",
            "2024-08-02",
            [
                ("th-us-strategic-dialogue", 9, "headline", "2024-07-30", None, None),
                ("th-us-defense-strategic-talks", 8, "concurrent", "2024-07-30", None, "Bangkok"),
            ],
        ),
        # "… and the second was hosted …", "the Sixth Meeting", "the second retreat".
        (
            "The third Thailand-UK Strategic Dialogue was held by videoconference on 9 November 2021.\n\n"
            "Its first session was convened in Bangkok in May 2013, and the second was hosted in London in March 2016.",
            "2021-11-10",
            [
                ("gb-th-strategic-dialogue", 1, "past", "2013-05", None, "Bangkok"),
                ("gb-th-strategic-dialogue", 2, "past", "2016-03", None, "London"),
                ("gb-th-strategic-dialogue", 3, "headline", "2021-11-09", None, "virtual"),
            ],
        ),
        (
            "The Third Thailand-Viet Nam Joint Cabinet Retreat was held in Bangkok on 20 November 2015. It reviewed "
            "the agreements reached at the second retreat in Ha Noi in October 2012.",
            "2015-11-21",
            [
                ("th-vn-joint-cabinet-retreat", 2, "past", "2012-10", None, "Hanoi"),
                ("th-vn-joint-cabinet-retreat", 3, "headline", "2015-11-20", None, "Bangkok"),
            ],
        ),
        # Away from any name, a bare "การประชุมครั้งที่ ๓" is a round of the series the release is about.
        (
            "การประชุม Thailand – U.S. Strategic and Defense Dialogue ครั้งที่ ๒\n\n"
            "เมื่อวันที่ ๓๑ กรกฎาคม ๒๕๖๗ การหารือยุทธศาสตร์ด้านการป้องกันประเทศไทย-สหรัฐฯ ครั้งที่ ๘ จัดขึ้นที่กรุงเทพฯ\n\n"
            "ฝ่ายสหรัฐฯ จะเป็นเจ้าภาพการประชุมครั้งที่ ๓ ณ กรุงวอชิงตัน ในปี ๒๕๖๘",
            "2024-08-02",
            [
                ("th-us-strategic-and-defense-dialogue", 2, "headline", "2024-07-31", None, None),
                ("th-us-defense-strategic-talks", 8, "concurrent", "2024-07-31", None, "Bangkok"),
                ("th-us-strategic-and-defense-dialogue", 3, "planned", "2025", None, "Washington, D.C."),
            ],
        ),
    ],
)
def test_more_ways_releases_write_rounds(text: str, published: str, expected: list[tuple[object, ...]]) -> None:
    assert rounds_in(text, published) == sorted(expected, key=str)


def test_the_body_dates_each_round_better_than_a_title_that_sums_them_up() -> None:
    text = (
        "การประชุมคณะรัฐมนตรีร่วมอย่างไม่เป็นทางการไทย - ลาว ครั้งที่ ๔ และการประชุมคณะกรรมาธิการร่วมไทย - ลาว ครั้งที่ ๒๓ "
        "(๒๐-๒๑ มีค ๖๘)\n\n"
        "เมื่อวันที่ ๒๐ มีนาคม ๒๕๖๘ รัฐมนตรีว่าการกระทรวงการต่างประเทศทั้งสองฝ่ายเป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมไทย - ลาว "
        "ครั้งที่ ๒๓ ณ นครหลวงเวียงจันทน์\n\n"
        "ในวันที่ ๒๑ มีนาคม ๒๕๖๘ นายกรัฐมนตรีทั้งสองเป็นประธานร่วมการประชุมคณะรัฐมนตรีร่วมอย่างไม่เป็นทางการไทย - ลาว ครั้งที่ ๔ "
        "ณ นครหลวงเวียงจันทน์"
    )
    found = {m.round: summary(m)[3:5] for m in mentions(text, "2025-03-22")}
    assert found == {4: ("2025-03-21", None), 23: ("2025-03-20", None)}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # An extraordinary meeting is a meeting of the series outside its numbered rounds.
        (
            "The two foreign ministers co-chaired an extraordinary meeting of the Viet Nam – Thailand Joint "
            "Commission on Bilateral Cooperation online on Tuesday, September 17. It does not take the place of the "
            "fifth regular meeting, which the two sides agreed will be held in Ha Noi in 2025.",
            "2024-09-17",
            [
                ("th-vn-joint-commission", None, "headline", "2024-09-17", None, "virtual"),
                ("th-vn-joint-commission", 5, "planned", "2025", None, "Hanoi"),
            ],
        ),
        # "The previous round … was held …": the round before the one reported.
        (
            "The 5th Pakistan-Thailand Foreign Office Consultations were held in Islamabad on 21 May 2024.\n"
            "The previous round of consultations was held in Bangkok in November 2019.",
            "2024-05-22",
            [
                ("pk-th-foreign-office-consultations", 4, "past", "2019-11", None, "Bangkok"),
                ("pk-th-foreign-office-consultations", 5, "headline", "2024-05-21", None, "Islamabad"),
            ],
        ),
        # Announced for one date, held on another: dated before the release, it was held.
        (
            "การประชุมคณะกรรมาธิการร่วมไทย - ศรีลังกา ครั้งที่ ๖ ซึ่งเดิมมีกำหนดจัดขึ้นในเดือนมีนาคม ได้จัดขึ้นเมื่อวันที่ 27/5/2567 ณ กรุงโคลัมโบ",
            "2024-05-28",
            [("lk-th-joint-commission", 6, "headline", "2024-05-27", None, "Colombo")],
        ),
        # The lead sentence's recent date (and place: "met in Bangkok") dates the round only the title names.
        (
            "Second U.S.-Thailand Strategic and Defense Dialogue\n\n"
            "Senior officials of the United States and the Kingdom of Thailand met in Bangkok Oct. 8-9, 2024, to chart "
            "the next steps for the alliance.",
            "2024-10-10",
            [("th-us-strategic-and-defense-dialogue", 2, "headline", "2024-10-08", "2024-10-09", "Bangkok")],
        ),
    ],
)
def test_meetings_out_of_the_ordinary(text: str, published: str, expected: list[tuple[object, ...]]) -> None:
    assert rounds_in(text, published) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Sri Lanka and Thailand will celebrate the seventieth anniversary of the establishment of diplomatic "
            "relations in 2025.",
            "2024-02-28",
            (("LK", "TH"), 70, 2025, "1955"),
        ),
        (
            "This year the two countries celebrate the 50th anniversary of the establishment of diplomatic relations "
            "between Thailand and Mongolia on 5 March 1974.",
            "2024-06-20",
            (("MN", "TH"), 50, 2024, "1974"),
        ),
    ],
)
def test_milestones_in_words_and_foundings_after_them(text: str, published: str, expected: tuple[object, ...]) -> None:
    [a] = find_claims(doc(text, published), REGISTRY).anniversaries
    assert (a.countries, a.ordinal, a.year, a.established) == expected


def test_a_city_link_is_no_diplomatic_relation() -> None:
    text = "การประชุมคณะกรรมาธิการร่วมไทย-ฟิลิปปินส์ ครั้งที่ ๗ ในโอกาสครบรอบ 20 ปี ความสัมพันธ์เมืองพี่เมืองน้องภูเก็ต-เซบู"
    assert find_claims(doc(text, "2025-03-12"), REGISTRY).anniversaries == ()


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # Two rounds in one span of days; then each series alone, with its own day.
        (
            "Delegations met in Washington on June 11 and 12 for the sixth U.S.-Thailand Strategic Dialogue and the "
            "fifth U.S.-Thailand Defense Strategic Talks, which were scheduled back to back this year. The Strategic "
            "Dialogue convened at the Department of State on June 11, and the Defense Strategic Talks followed at the "
            "Pentagon on June 12.",
            "2018-06-12",
            [
                ("th-us-defense-strategic-talks", 5, "concurrent", "2018-06-12", None, "Pentagon, Washington, D.C."),
                ("th-us-strategic-dialogue", 6, "headline", "2018-06-11", None, "Washington, D.C."),
            ],
        ),
        # A weekday counted from the release beats a year that belongs to something else.
        (
            "Prime Ministers on Saturday co-chaired the third Viet Nam - Thailand Joint Cabinet Retreat in Bangkok, "
            "where they agreed to deepen the strategic partnership established in 2013.",
            "2015-11-14",
            [("th-vn-joint-cabinet-retreat", 3, "headline", "2015-11-14", None, "Bangkok")],
        ),
    ],
)
def test_which_date_is_a_rounds(text: str, published: str, expected: list[tuple[object, ...]]) -> None:
    assert rounds_in(text, published) == sorted(expected, key=str)
