"""The date grammar: one row per real-world spelling, and properties that hold for any text."""

from __future__ import annotations

import tomllib
from datetime import date
from importlib import resources
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogtrack.models import DateSpan
from dialogtrack.recognising.dates import (
    find_dates,
    format_thai,
    parse_date,
    relative_day,
    relative_month,
    to_arabic_digits,
    to_ce_year,
)

# (text, default_year, expected iso start, expected iso end); start None means "no date at all".
CASES: list[tuple[str, int | None, str | None, str | None]] = [
    # Thai: days, Buddhist era, Thai and Arabic digits
    ("เมื่อวันที่ ๓ มีนาคม ๒๕๖๖ ณ กรุงเทพฯ", None, "2023-03-03", None),
    ("ในวันที่ ๒๑ สิงหาคม ๒๕๖๒ ที่ผ่านมา", None, "2019-08-21", None),
    ("วันที่นำเข้าข้อมูล 14 ก.ค. 2563", None, "2020-07-14", None),
    ("วันที่ปรับปรุงข้อมูล 2 ธ.ค. 2564", None, "2021-12-02", None),
    ("ประชุมเมื่อวันที่๒๑สิงหาคม๒๕๖๒ที่ผ่านมา", None, "2019-08-21", None),
    ("วันอังคารที่ ๑๘ ตุลาคม ๒๕๖๕ เวลา ๑๐.๐๐ น.", None, "2022-10-18", None),
    ("วันศุกร์ที่ ๒๗ มกราคม ๒๕๖๖", None, "2023-01-27", None),
    ("วันที่ 26 ธันวาคม พ.ศ. 2561 เป็นวันสำคัญ", None, "2018-12-26", None),
    ("๒๙ ก.พ. ๒๕๖๗", None, "2024-02-29", None),
    ("29 กุมภาพันธ์ 2563", None, "2020-02-29", None),
    ("๑๓ เม.ย. ๒๕๖๗ วันสงกรานต์", None, "2024-04-13", None),
    ("๑ ต.ค. ๒๕๖๕", None, "2022-10-01", None),
    ("๕ ก.ย. ๖๖", None, "2023-09-05", None),
    ("๑๒ สิงหา ๖๔", None, "2021-08-12", None),
    ("๑ มค ๒๕๖๕", None, "2022-01-01", None),
    ("๙ พ. ค. ๒๕๖๕", None, "2022-05-09", None),
    ("๑๗ กรกฏาคม ๒๕๖๑", None, "2018-07-17", None),
    ("๑๕ มกราคม", 2024, "2024-01-15", None),
    ("เมื่อวันที่ ๘ มิ.ย. ที่ผ่านมา", 2023, "2023-06-08", None),
    ("11/05/2565", None, "2022-05-11", None),
    ("Tue, 12/30/2008 - 13:07", None, "2008-12-30", None),  # month first where the day cannot be a month
    ("12/03/2008", None, "2008-03-12", None),  # else day first
    ("ธันวาคม 28, 2016", None, "2016-12-28", None),  # a Thai month in the English order, with its year
    ("เมื่อเดือนกรกฎาคม ที่ผ่านมา", 2024, "2024-07", None),  # "this past July", in the page's year
    ("ภายในเดือนมีนาคม 25 ประเทศ", 2024, None, None),  # … without a year, a month and a count
    ("March 17-18,\n2016", None, "2016-03-17", "2016-03-18"),  # the year on the next line
    ("on 3-4\nMarch 2024", None, "2024-03-03", "2024-03-04"),  # the month on the next line
    ("ลงวันที่ ๐๓/๑๒/๒๕๖๖", None, "2023-12-03", None),
    # Thai: ranges
    ("เมื่อวันที่ ๑๒-๑๓ มิถุนายน ๒๕๖๔ ผู้แทนทั้งสองฝ่ายได้หารือ", None, "2021-06-12", "2021-06-13"),
    ("๗ - ๘ พ.ย. ๖๔", None, "2021-11-07", "2021-11-08"),
    ("วันที่ ๑ ถึงวันที่ ๓ เมษายน ๒๕๖๖", None, "2023-04-01", "2023-04-03"),
    ("ระหว่างวันที่ ๑๐ จนถึง ๑๒ ส.ค. ๒๕๖๐", None, "2017-08-10", "2017-08-12"),
    ("๒ และ ๓ ธันวาคม ๒๕๕๙", None, "2016-12-02", "2016-12-03"),
    ("๒๘ กุมภาพันธ์ - ๒ มีนาคม ๒๕๖๗", None, "2024-02-28", "2024-03-02"),
    ("๓๐ ธ.ค. ๒๕๖๖ - ๒ ม.ค. ๒๕๖๗", None, "2023-12-30", "2024-01-02"),
    ("๓๐ ธันวาคม - ๒ มกราคม ๒๕๖๗", None, "2023-12-30", "2024-01-02"),
    ("๒๕-๒๖ พ.ค.", 2022, "2022-05-25", "2022-05-26"),
    # Thai: months and years
    ("เมื่อเดือนพฤศจิกายน ๒๕๖๓", None, "2020-11", None),
    ("ลงนามเมื่อเดือนกรกฏาคม ๒๕๕๘", None, "2015-07", None),
    ("มีนาคม พ.ศ. ๒๕๖๐", None, "2017-03", None),
    ("ในปี ๒๕๖๘ ทั้งสองฝ่าย", None, "2025", None),
    ("ในปี๒๕๖๘", None, "2025", None),
    ("ตลอดปี 2566", None, "2023", None),
    ("ในปี พ.ศ. 2555", None, "2012", None),
    ("แผนฉบับที่ ๒ (พ.ศ. ๒๕๔๐ - ๒๕๔๔)", None, "1997", "2001"),
    ("ในช่วงปี ๒๕๖๑ - ๒๕๖๓", None, "2018", "2020"),
    ("ภายในปี ค.ศ. 2030", None, "2030", None),
    ("นับแต่ปี พ.ศ. ๒๒๒๘", None, "1685", None),
    # Thai: not dates
    ("๓๒ พฤษภาคม ๒๕๖๕", None, None, None),
    ("๓๑ เมษายน ๒๕๖๕", None, None, None),
    ("๓๐ กุมภาพันธ์ ๒๕๖๗", None, None, None),
    ("๑๕ มกราคม", None, None, None),
    ("ครั้งที่ ๑/๒๕๖๕", None, None, None),
    ("ครั้งที่ 10/2565", None, None, None),
    ("เขาพยายาม ๕ ครั้ง", 2022, None, None),
    ("๕ พยายาม", 2022, None, None),
    ("มีผู้เข้าร่วม ๒๕๖๕ คน", None, None, None),
    ("เวลา ๑๔.๓๐ - ๑๖.๐๐ น.", None, None, None),
    ("โทร ๐๒-๖๔๓-๕๐๐๐", None, None, None),
    ("ครบรอบ ๑๙๐ ปี", None, None, None),
    # English: days
    ("The talks took place on June 14, 2023 in Canberra.", None, "2023-06-14", None),
    ("JUNE 14, 2023", None, "2023-06-14", None),
    ("Ministers met on 3 November 2021.", None, "2021-11-03", None),
    ("The accord was signed on 21st September 2018.", None, "2018-09-21", None),
    ("on April 2nd, 2019", None, "2019-04-02", None),
    ("on the 1st of March 2022", None, "2022-03-01", None),
    ("Sept. 30, 2020", None, "2020-09-30", None),
    ("Oct 4 2017", None, "2017-10-04", None),
    ("FEB. 9, 2022", None, "2022-02-09", None),
    ("posted 9 Feb 2022", None, "2022-02-09", None),
    ("Dec 31, 1999", None, "1999-12-31", None),
    ("9 May 2565 B.E.", None, "2022-05-09", None),
    ("29 February 2020", None, "2020-02-29", None),
    ("World News Tuesday March 7, 2023 09:12 --", None, "2023-03-07", None),
    ("Thursday, 16 February 2023", None, "2023-02-16", None),
    ("October 27, 2012 4:14 PM GMT+7", None, "2012-10-27", None),
    ("on 25 May 2021, from 14.30 to 17.30 hrs.", None, "2021-05-25", None),
    ("met again on May 17", 2021, "2021-05-17", None),
    ("02/03/2021", None, "2021-03-02", None),
    ("Issued 2019-11-05 by the embassy", None, "2019-11-05", None),
    # English: ranges
    ("held on 11-12 July 2019 in Vientiane", None, "2019-07-11", "2019-07-12"),
    ("held on 11–12 July 2019", None, "2019-07-11", "2019-07-12"),
    ("from 2 to 4 December 2020", None, "2020-12-02", "2020-12-04"),
    ("on 11 and 12 July 2019", None, "2019-07-11", "2019-07-12"),
    ("July 11-12, 2019", None, "2019-07-11", "2019-07-12"),
    ("The dialogue is set for July 11 and 12.", 2019, "2019-07-11", "2019-07-12"),
    ("28 June to 1 July 2022", None, "2022-06-28", "2022-07-01"),
    ("June 28 - July 1, 2022", None, "2022-06-28", "2022-07-01"),
    ("29 December 2019 - 3 January 2020", None, "2019-12-29", "2020-01-03"),
    ("December 29 – January 3, 2020", None, "2019-12-29", "2020-01-03"),
    # English: months and years
    ("The next round is scheduled for August 2024.", None, "2024-08", None),
    ("in November 2018", None, "2018-11", None),
    ("Bangkok Post | SEPTEMBER 2017", None, "2017-09", None),
    ("Published: 04/2018", None, "2018-04", None),
    ("The forum was set up in 2014.", None, "2014", None),
    ("ties dating back since 1997", None, "1997", None),
    ("in the year 2008", None, "2008", None),
    ("trade of 25 billion USD by 2030", None, "2030", None),
    ("during 2019-2021 the two sides", None, "2019", "2021"),
    # English: not dates
    ("30 February 2022", None, None, None),
    ("31 June 2021", None, None, None),
    ("13/13/2020", None, None, None),
    ("31/04/2021", None, None, None),
    ("1 January 0000", None, None, None),
    ("1 May 12345", 2022, None, None),
    ("10 - 9 May 2022", None, None, None),
    ("May 9 and 10", None, None, None),
    ("the 2012-2016 action plan", None, None, None),
    ("Cooperation Plan (2017 - 2021)", None, None, None),
    ("trade reached 18 billion USD", None, None, None),
    ("151 delegates attended", None, None, None),
    ("a convoy of 1200 trucks", None, None, None),
    ("Washington DC 20007", None, None, None),
    ("the Mayor of Marching spoke of Junes past", 2022, None, None),
    ("talks may 2022 be resumed", None, None, None),
    ("The meeting began at 14:37 and ended at 17.30 hrs.", None, None, None),
    ("Media contact: +1 (703) 555-0131/555-0132", None, None, None),
    ("call +66 2 643 5000", None, None, None),
    ("123456789012345678901234567890", 2022, None, None),
    # a year written after the day with "in" or "of" is the day's year, not another date
    ("was held on September 29 in 2020", 2022, "2020-09-29", None),
    ("met on 5 March, in 2019", 2022, "2019-03-05", None),
    ("the 4th of July of 2018", 2022, "2018-07-04", None),
]


@pytest.mark.parametrize(("text", "default_year", "start", "end"), CASES, ids=[c[0][:40] for c in CASES])
def test_spellings(text: str, default_year: int | None, start: str | None, end: str | None) -> None:
    found = [(m.span.iso_start(), m.span.iso_end()) for m in find_dates(text, default_year=default_year)]
    assert found == ([(start, end)] if start else [])


def test_table_is_large_and_bilingual() -> None:
    thai = [c for c in CASES if any("\u0e00" <= ch <= "\u0e7f" for ch in c[0])]
    assert len(CASES) >= 70
    assert 0.35 < len(thai) / len(CASES) < 0.65


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("เมื่อวันที่ ๙-๑๐ พฤษภาคม ๒๕๖๕ นายก", "๙-๑๐ พฤษภาคม ๒๕๖๕"),
        ("เมื่อวันที่๙พฤษภาคม๒๕๖๕นาย", "๙พฤษภาคม๒๕๖๕"),
        ("วันจันทร์ที่ ๙ พฤษภาคม ๒๕๖๕ เวลา", "วันจันทร์ที่ ๙ พฤษภาคม ๒๕๖๕"),
        ("ในปี พ.ศ. ๒๕๖๐ ทั้งสอง", "พ.ศ. ๒๕๖๐"),
        ("ในปี ๒๕๖๖ ทั้งสอง", "๒๕๖๖"),
        ("เดือนกรกฎาคม ๒๕๕๗ โดย", "กรกฎาคม ๒๕๕๗"),
        ("News Wednesday December 28, 2011 14:37 --", "Wednesday December 28, 2011"),
        ("Chiang Rai from 25 to 27 October 2015.", "25 to 27 October 2015"),
        ("On 9 May 2022, the", "9 May 2022"),
        ("agreed in 2019.", "2019"),
        ("Published: 09/2016", "09/2016"),
    ],
)
def test_offsets_cover_the_expression(text: str, expression: str) -> None:
    (match,) = find_dates(text)
    assert text[match.start : match.end] == expression


def test_several_dates_in_order() -> None:
    text = "เมื่อวันที่ ๙ พฤษภาคม ๒๕๖๕ ... ในปี ๒๕๖๖ ... On 9-10 May 2022 and in July 2014"
    found = [(m.span.iso_start(), m.span.iso_end()) for m in find_dates(text)]
    assert found == [("2022-05-09", None), ("2023", None), ("2022-05-09", "2022-05-10"), ("2014-07", None)]


def test_thai_flag_decides_two_digit_years() -> None:
    assert find_dates("9 May 65") == []
    assert [m.span for m in find_dates("9 May 65", thai=True)] == [DateSpan(date(2022, 5, 9))]
    assert [m.span for m in find_dates("๙ พ.ค. ๖๕")] == [DateSpan(date(2022, 5, 9))]
    assert [m.span for m in find_dates("๙ พ.ค. ๖๕", thai=False)] == [DateSpan(date(2065, 5, 9))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("การประชุมครั้งแรกจะจัดขึ้นที่กรุงปักกิ่ง ภายในปี 57 นี้", ["2014"]),
        ("การประชุมครั้งต่อไปในปี ๖๘", ["2025"]),
        ("ในปี67", ["2024"]),
        ("ความร่วมมือตลอด 1 ปี 12 เดือน", []),  # no year before 2530
        ("อายุ 57 ปี", []),  # the count before "ปี" is no year
    ],
)
def test_a_short_buddhist_era_year_after_thai_year_word(text: str, expected: list[str]) -> None:
    assert [m.span.iso_start() for m in find_dates(text)] == expected


def test_to_ce_year() -> None:
    assert to_ce_year(2565, thai_context=False) == 2022
    assert to_ce_year(2565, thai_context=True) == 2022
    assert to_ce_year(2022, thai_context=True) == 2022
    assert to_ce_year(65, thai_context=True) == 2022
    assert to_ce_year(22, thai_context=False) == 2022


def test_to_arabic_digits_keeps_length() -> None:
    assert to_arabic_digits("๙ พ.ค. ๒๕๖๕") == "9 พ.ค. 2565"
    assert to_arabic_digits("abc") == "abc"


def test_format_thai() -> None:
    d = date(2022, 5, 9)
    assert format_thai(d) == "๙ พฤษภาคม ๒๕๖๕"
    assert format_thai(d, thai_digits=False, abbreviated=True) == "9 พ.ค. 2565"
    assert format_thai(d, era_marker=True) == "๙ พฤษภาคม พ.ศ. ๒๕๖๕"


def test_parse_date() -> None:
    assert parse_date("วันที่นำเข้าข้อมูล 11 พ.ค. 2565") == DateSpan(date(2022, 5, 11))
    assert parse_date("May 9 and 10", default_year=2022) == DateSpan(date(2022, 5, 9), date(2022, 5, 10))
    assert parse_date("no date here") is None


def test_a_long_document_yields_every_date_once() -> None:
    paragraph = (
        "เมื่อวันที่ ๑๒-๑๓ มิถุนายน ๒๕๖๔ ผู้แทนทั้งสองฝ่ายได้หารือ ณ กรุงเทพฯ ในโอกาสครบรอบ ๑๙๐ ปี ในปี ๒๕๖๖ "
        "The talks took place on June 14, 2023 with 18 billion USD of trade by 2030; call +1 703 555 0131. "
    )
    found = find_dates(paragraph * 40)
    assert len(found) == 4 * 40
    assert {m.span.iso_start() for m in found} == {"2021-06-12", "2023", "2023-06-14", "2030"}


def test_dates_toml_integrity() -> None:
    text = resources.files("dialogtrack").joinpath("data/dates.toml").read_text("utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    months = data["months"]
    assert sorted(m["number"] for m in months) == list(range(1, 13))
    for key in ("th", "th_abbr", "en"):
        assert len([m for m in months if m[key]]) == 12, key
    assert len({m["th"][0] for m in months}) == 12
    assert len({m["th_abbr"][0] for m in months}) == 12
    assert all(m["th_abbr"][0].endswith(".") for m in months)
    owner: dict[str, int] = {}
    for month in months:
        for key in ("th", "th_abbr", "th_abbr_dotless", "en", "en_abbr"):
            for alias in month[key]:
                normal = "".join(alias.split()).replace(".", "").casefold()
                assert owner.setdefault(normal, month["number"]) == month["number"], alias
    assert sorted(w["number"] for w in data["weekdays"]) == list(range(1, 8))
    assert not set(data["eras"]["be"]) & set(data["eras"]["ce"])


days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(days, st.booleans(), st.booleans(), st.booleans())
def test_format_thai_round_trip(d: date, thai_digits: bool, abbreviated: bool, era_marker: bool) -> None:
    text = format_thai(d, thai_digits=thai_digits, abbreviated=abbreviated, era_marker=era_marker)
    assert parse_date(text) == DateSpan(d)


@given(days)
def test_english_round_trip(d: date) -> None:
    # d.strftime("%B %-d, %Y") and "%-d %B %Y", without the glibc-only "%-d"
    assert parse_date(f"{d:%B} {d.day}, {d.year}") == DateSpan(d)
    assert parse_date(f"{d.day} {d:%B} {d.year}") == DateSpan(d)


datey = st.sampled_from(
    (
        *(" ", "-", "–", " to ", " and ", "ถึง", "วันที่", "ปี", " in ", "พ.ศ.", "ค.ศ.", ", ", "/", ".", ":"),
        *("๙", "๓๑", "๒๕๖๕", "65", "9", "31", "2022", "0000", "99999", "2567", "29", "30", "13"),
        *("พฤษภาคม", "ก.พ.", "มค", "May", "MAY", "Sept.", "February", "Monday", "วันจันทร์ที่"),
    )
)


@given(st.text() | st.lists(datey, max_size=12).map("".join), st.none() | st.integers(-5, 12000))
def test_find_dates_never_fails(text: str, default_year: int | None) -> None:
    claimed = 0
    for m in find_dates(text, default_year=default_year):
        assert claimed <= m.start < m.end <= len(text)
        claimed = m.end
        assert isinstance(m.span.start, date)
        assert m.span.end is None or m.span.end > m.span.start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials met today at the ministry", "2012-10-27"),
        ("this morning the two sides signed", "2012-10-27"),
        ("yesterday the ministers agreed", "2012-10-26"),
        ("the two countries on Saturday issued a joint statement", "2012-10-27"),
        ("the talks opened on Tuesday in Hanoi", "2012-10-23"),
        ("วันนี้ นายกรัฐมนตรีได้หารือ", "2012-10-27"),
        ("เมื่อวานนี้ ทั้งสองฝ่ายได้ลงนาม", "2012-10-26"),
        ("เมื่อวันจันทร์ที่ผ่านมา ปลัดกระทรวงได้หารือ", "2012-10-22"),
        ("วันจันทร์ที่ ๙ พฤษภาคม ๒๕๖๕", None),
        ("meetings are held on Mondays", None),
        ("Mayday and Sundays", None),
    ],
)
def test_relative_days_count_from_the_document_date(text: str, expected: str | None) -> None:
    found = relative_day(text, date(2012, 10, 27))  # a Saturday
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met on Monday.", "2024-03-04"),
        ("The minister will travel to Jakarta on Monday.", "2024-03-11"),
        ("The minister will arrive on Sunday.", "2024-03-17"),
        ("รัฐมนตรีจะเดินทางเยือนในวันจันทร์", "2024-03-11"),
        ("the 5th Strategic Dialogue scheduled for Monday", "2024-03-11"),
        ("the talks, set for Monday, will cover trade", "2024-03-11"),
        ("The two sides meet again next Monday.", "2024-03-11"),
        ("The dialogue held last Monday covered trade.", "2024-03-04"),
    ],
)
def test_a_weekday_after_will_is_the_one_to_come(text: str, expected: str) -> None:
    from dialogtrack.recognising.dates import relative_day

    assert str(relative_day(text, date(2024, 3, 10))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at the 55th meeting in Kuala Lumpur last May", "2012-05"),
        ("the talks held last November", "2011-11"),
        ("การประชุมเมื่อเดือนกรกฎาคม ที่ผ่านมา", "2012-07"),
        ("ที่จะมีขึ้นในห้วงปลายเดือนกุมภาพันธ์นี้", "2012-02"),
        ("to be held in Hanoi this December", "2012-12"),
        ("the next round in Tokyo next March", "2013-03"),
        ("the next round next December", "2012-12"),
        ("การประชุมในเดือนมกราคม ที่จะถึงนี้", "2013-01"),
        ("a meeting in May 2012", None),
        ("the summit to be held in Beijing next month", "2012-11"),
        ("talks held earlier this month", "2012-10"),
        ("the round they held last month", "2012-09"),
        ("การประชุมที่จะจัดขึ้นในเดือนหน้า", "2012-11"),
        ("the fifth meeting in Bangkok in April this year", "2012-04"),
        ("the fourth round, held in March of last year", "2011-03"),
        ("the next round in Tokyo in February next year", "2013-02"),
        ("การประชุมครั้งที่ ๕ เมื่อเดือนเมษายนปีนี้", "2012-04"),
        ("การประชุมเมื่อเดือนมีนาคมปีที่แล้ว", "2011-03"),
    ],
)
def test_months_counted_from_the_document_date(text: str, expected: str | None) -> None:
    found = relative_month(text, date(2012, 10, 27))
    assert (found.iso_start() if found else None) == expected
