"""iCalendar export: every .ics is parsed back with icalendar and checked event by event."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar, Event

from dialogtrack.models import CadenceClaim, DateSpan, Milestone, Relation, Series
from dialogtrack.render.display import Display
from dialogtrack.render.ical import anniversaries_calendar, parse_reminders, upcoming_calendar
from dialogtrack.views.upcoming import Upcoming, UpcomingAnniversary, UpcomingMeeting, UpcomingStatus, upcoming

from .factories import TH_JP, TH_US, meeting

STAMP = datetime(2022, 6, 1, 8, 30, tzinfo=UTC)


def relation(established: str, name: str = "Thailand–United States diplomatic relations") -> Relation:
    return Relation(
        id="th-us-diplomatic-relations" if "United States" in name else name.lower().replace(" ", "-"),
        name=name,
        kind="diplomatic relations",
        countries=("TH", "US"),
        established=established,
        milestones=(Milestone(190, 2023, ()),),
    )


def round_of(
    series: Series, round: int | None, when: str, status: UpcomingStatus = "scheduled", end: str | None = None
) -> UpcomingMeeting:
    return UpcomingMeeting(series, round, DateSpan.from_iso(when, end), 10, status, "announced")


def events(ics: bytes) -> list[Event]:
    return list(Calendar.from_ical(ics).walk("VEVENT"))


def only_event(ics: bytes) -> Event:
    [event] = events(ics)
    return event


def day(event: Event, name: str) -> date:
    """DTSTART or DTEND, which must be a date (all-day), never a datetime."""
    value = event.decoded(name)
    assert type(value) is date, f"{name} is {value!r}, not an all-day date"
    return value


# --- the calendar ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ics", "name"),
    [
        (upcoming_calendar([round_of(TH_US, 9, "2023-05-09")], stamp=STAMP), "dialogtrack: upcoming"),
        (anniversaries_calendar([relation("1833-03-20")], stamp=STAMP), "dialogtrack: anniversaries"),
    ],
)
def test_calendar_header(ics: bytes, name: str) -> None:
    cal = Calendar.from_ical(ics)
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["PRODID"]) == "-//dialogtrack//dialogtrack//EN"
    assert str(cal["CALSCALE"]) == "GREGORIAN"
    assert str(cal["X-WR-CALNAME"]) == name


def test_nothing_upcoming_is_an_empty_calendar() -> None:
    ics = upcoming_calendar([], stamp=STAMP)
    assert events(ics) == []
    assert str(Calendar.from_ical(ics)["X-WR-CALNAME"]) == "dialogtrack: upcoming"


# --- rounds ----------------------------------------------------------------------------------


def test_announced_day_is_a_confirmed_all_day_event() -> None:
    event = only_event(upcoming_calendar([round_of(TH_US, 9, "2023-05-09")], stamp=STAMP))
    assert day(event, "DTSTART") == date(2023, 5, 9)
    assert day(event, "DTEND") == date(2023, 5, 10)  # exclusive: the next day
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["SUMMARY"]) == "Thailand–United States Strategic Dialogue, round 9 (scheduled)"
    assert str(event["DESCRIPTION"]) == "announced"


def test_range_spans_its_days_and_ends_the_day_after() -> None:
    event = only_event(upcoming_calendar([round_of(TH_US, 9, "2023-05-09", end="2023-05-11")], stamp=STAMP))
    assert day(event, "DTSTART") == date(2023, 5, 9)
    assert day(event, "DTEND") == date(2023, 5, 12)


def test_range_across_a_month_end() -> None:
    event = only_event(upcoming_calendar([round_of(TH_US, 9, "2023-01-31", end="2023-02-01")], stamp=STAMP))
    assert (day(event, "DTSTART"), day(event, "DTEND")) == (date(2023, 1, 31), date(2023, 2, 2))


@pytest.mark.parametrize(
    ("status", "when", "ical_status", "summary", "start"),
    [
        ("scheduled", "2023-05-09", "CONFIRMED", "round 8 (scheduled)", date(2023, 5, 9)),
        ("scheduled", "2023-05", "TENTATIVE", "round 8 (scheduled, day not yet fixed)", date(2023, 5, 1)),
        ("scheduled", "2023", "TENTATIVE", "round 8 (scheduled, year only)", date(2023, 1, 1)),
        ("expected", "2023-05", "TENTATIVE", "round 8 (expected, day not yet fixed)", date(2023, 5, 1)),
        ("expected", "2024", "TENTATIVE", "round 8 (expected, year only)", date(2024, 1, 1)),
        ("overdue", "2022-03", "TENTATIVE", "round 8 (overdue, day not yet fixed)", date(2022, 3, 1)),
        # A projection is never confirmed, even if it were dated to the day.
        ("expected", "2023-05-09", "TENTATIVE", "round 8 (expected)", date(2023, 5, 9)),
    ],
)
def test_status_and_precision(status: UpcomingStatus, when: str, ical_status: str, summary: str, start: date) -> None:
    event = only_event(upcoming_calendar([round_of(TH_JP, 8, when, status)], stamp=STAMP))
    assert str(event["STATUS"]) == ical_status
    assert str(event["SUMMARY"]) == f"Thailand–Japan Joint Commission, {summary}"
    assert day(event, "DTSTART") == start
    assert day(event, "DTEND") == start + timedelta(days=1)  # one day, even for a month or a year


def test_imprecise_date_says_so_in_the_description() -> None:
    event = only_event(upcoming_calendar([round_of(TH_JP, 8, "2023-05", "expected")], stamp=STAMP))
    assert str(event["DESCRIPTION"]) == "announced\nDate known only as 2023-05 (day not yet fixed)."


def test_round_unknown() -> None:
    event = only_event(upcoming_calendar([round_of(TH_JP, None, "2023-05", "expected")], stamp=STAMP))
    assert str(event["SUMMARY"]) == "Thailand–Japan Joint Commission, next round (expected, day not yet fixed)"
    assert str(event["UID"]) == "th-jp-joint-commission/next@dialogtrack"


def test_display_chooses_the_series_name() -> None:
    item = round_of(TH_JP, 8, "2023-05-09")
    thai = only_event(upcoming_calendar([item], stamp=STAMP, display=Display(lang="th")))
    english = only_event(upcoming_calendar([item], stamp=STAMP, display=Display(lang="en")))
    assert str(thai["SUMMARY"]) == "คณะกรรมาธิการร่วมไทย–ญี่ปุ่น, ครั้งที่ 8 (กำหนดการ)"
    assert str(english["SUMMARY"]) == "Thailand–Japan Joint Commission, round 8 (scheduled)"


def test_from_upcoming_as_of_2022_06_01() -> None:
    """The pure projection feeds the export: the next round by cadence and the 190th anniversary."""
    annual = CadenceClaim(TH_US, 12, "held annually")
    meetings = [meeting(TH_US, 6, "2019-10-22"), meeting(TH_US, 7, "2021-05-20"), meeting(TH_US, 8, "2022-05-09")]
    items = upcoming(meetings, [relation("1833-03-20")], [annual], today=date(2022, 6, 1))
    anniversary, dialogue = events(upcoming_calendar(items, stamp=STAMP))
    assert str(anniversary["SUMMARY"]) == "190th anniversary: Thailand–United States diplomatic relations"
    assert day(anniversary, "DTSTART") == date(2023, 3, 20)
    assert str(dialogue["SUMMARY"]) == f"{TH_US.name_en}, round 9 (expected, day not yet fixed)"
    assert day(dialogue, "DTSTART") == date(2023, 5, 1)
    assert str(dialogue["STATUS"]) == "TENTATIVE"
    assert str(dialogue["DESCRIPTION"]).startswith("held annually (stated); last round 8 on 2022-05-09")


# --- anniversaries ---------------------------------------------------------------------------


def anniversary(established: str, ordinal: int, when: str) -> UpcomingAnniversary:
    return UpcomingAnniversary(relation(established), ordinal, DateSpan.from_iso(when), 100)


@pytest.mark.parametrize(
    ("item", "summary", "start", "uid"),
    [
        (
            anniversary("1833-03-20", 190, "2023-03-20"),
            "190th anniversary: Thailand–United States diplomatic relations",
            date(2023, 3, 20),
            "th-us-diplomatic-relations/2023@dialogtrack",
        ),
        (
            anniversary("1833", 190, "2023"),
            "190th anniversary: Thailand–United States diplomatic relations (year only)",
            date(2023, 1, 1),
            "th-us-diplomatic-relations/2023@dialogtrack",
        ),
        (
            anniversary("1833-03-20", 191, "2024-03-20"),
            "191st anniversary: Thailand–United States diplomatic relations",
            date(2024, 3, 20),
            "th-us-diplomatic-relations/2024@dialogtrack",
        ),
        (
            anniversary("1833-03-20", 112, "1945-03-20"),
            "112th anniversary: Thailand–United States diplomatic relations",
            date(1945, 3, 20),
            "th-us-diplomatic-relations/1945@dialogtrack",
        ),
    ],
)
def test_anniversary_milestone(item: UpcomingAnniversary, summary: str, start: date, uid: str) -> None:
    event = only_event(upcoming_calendar([item], stamp=STAMP))
    assert str(event["SUMMARY"]) == summary
    assert day(event, "DTSTART") == start
    assert day(event, "DTEND") == start + timedelta(days=1)
    assert str(event["UID"]) == uid
    assert "RRULE" not in event  # a milestone happens once


def test_yearly_anniversary_repeats_with_plain_freq_yearly() -> None:
    event = only_event(anniversaries_calendar([relation("1833-03-20")], stamp=STAMP))
    assert dict(event["RRULE"]) == {"FREQ": ["YEARLY"]}
    assert b"RRULE:FREQ=YEARLY\r\n" in event.to_ical()
    assert day(event, "DTSTART") == date(1833, 3, 20)
    assert day(event, "DTEND") == date(1833, 3, 21)
    assert str(event["SUMMARY"]) == "Anniversary: Thailand–United States diplomatic relations (established 1833-03-20)"
    assert str(event["UID"]) == "th-us-diplomatic-relations/yearly@dialogtrack"


def test_relations_known_only_to_the_year_or_month_are_skipped() -> None:
    relations = [
        relation("1833", "Thailand–United States diplomatic relations"),
        relation("1887-09", "Thailand–Japan diplomatic relations"),
        relation("1887-09-26", "Japan–Thailand diplomatic relations"),
        relation("1887-02-30", "Nowhere diplomatic relations"),  # no such day
    ]
    [event] = events(anniversaries_calendar(relations, stamp=STAMP))
    assert str(event["SUMMARY"]) == "Anniversary: Japan–Thailand diplomatic relations (established 1887-09-26)"


def test_founded_on_29_february_repeats_every_year_on_the_last_day_of_february() -> None:
    event = only_event(anniversaries_calendar([relation("1976-02-29")], stamp=STAMP))
    assert day(event, "DTSTART") == date(1976, 2, 29)
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=datetime(1976, 2, 29))
    assert [d.date() for d in rule[:5]] == [
        date(1976, 2, 29),
        date(1977, 2, 28),
        date(1978, 2, 28),
        date(1979, 2, 28),
        date(1980, 2, 29),
    ]


def test_yearly_rule_expands_once_a_year() -> None:
    event = only_event(anniversaries_calendar([relation("1833-03-20")], stamp=STAMP))
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=datetime(1833, 3, 20))
    assert [d.date() for d in rule[:3]] == [date(1833, 3, 20), date(1834, 3, 20), date(1835, 3, 20)]


# --- reminders -------------------------------------------------------------------------------


def test_reminders_are_one_display_alarm_per_day() -> None:
    remind = parse_reminders("30d,7d")
    for ics in (
        upcoming_calendar([round_of(TH_US, 9, "2023-05-09")], remind_days=remind, stamp=STAMP),
        anniversaries_calendar([relation("1833-03-20")], remind_days=remind, stamp=STAMP),
    ):
        alarms = only_event(ics).walk("VALARM")
        assert [a.decoded("TRIGGER") for a in alarms] == [timedelta(days=-30), timedelta(days=-7)]
        assert [str(a["ACTION"]) for a in alarms] == ["DISPLAY", "DISPLAY"]
        assert all(str(a["DESCRIPTION"]) for a in alarms)
        assert b"TRIGGER:-P30D" in ics


def test_reminder_description_names_the_event() -> None:
    ics = upcoming_calendar([round_of(TH_US, 9, "2023-05-09")], remind_days=(1,), stamp=STAMP)
    [alarm] = only_event(ics).walk("VALARM")
    assert str(alarm["DESCRIPTION"]) == "Thailand–United States Strategic Dialogue, round 9 (scheduled) (in 1 day)"


def test_no_reminders_no_alarms() -> None:
    ics = upcoming_calendar([round_of(TH_US, 9, "2023-05-09")], stamp=STAMP)
    assert only_event(ics).walk("VALARM") == []
    assert b"VALARM" not in ics


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (None, ()),
        ("", ()),
        ("30d,7d", (30, 7)),
        ("2w", (14,)),
        ("1d", (1,)),
        ("0d", (0,)),
        ("7", (7,)),
        (" 30D , 1W ", (30, 7)),
        ("7d,1w", (7,)),  # the same day twice: one alarm
        ("30d,", (30,)),
        ("๗d", (7,)),  # Thai digits
    ],
)
def test_parse_reminders(text: str | None, days: tuple[int, ...]) -> None:
    assert parse_reminders(text) == days


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("30x", "cannot read reminder '30x'"),
        ("d", "cannot read reminder 'd'"),
        ("-7d", "cannot read reminder '-7d'"),
        ("1.5d", "cannot read reminder '1.5d'"),
        ("30d;7d", "cannot read reminder '30d;7d'"),
        ("7dd", "cannot read reminder '7dd'"),
        ("3m", "cannot read reminder '3m'"),
        ("7d\nBEGIN:VALARM", "cannot read reminder"),
        ("9999d", "too far ahead"),
        ("99999999999999999999w", "too far ahead"),
    ],
)
def test_parse_reminders_rejects(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        parse_reminders(text)
    assert "\n" not in str(error.value)


# --- stable output ---------------------------------------------------------------------------


def test_two_runs_give_identical_bytes() -> None:
    items: list[Upcoming] = [round_of(TH_US, 9, "2023-05-09"), anniversary("1833-03-20", 190, "2023-03-20")]
    assert upcoming_calendar(items, remind_days=(7,), stamp=STAMP) == upcoming_calendar(
        items, remind_days=(7,), stamp=STAMP
    )
    relations = [relation("1833-03-20")]
    assert anniversaries_calendar(relations, stamp=STAMP) == anniversaries_calendar(relations, stamp=STAMP)


def test_uids_come_from_the_item_not_the_run() -> None:
    items: list[Upcoming] = [
        round_of(TH_US, 9, "2023-05-09"),
        round_of(TH_JP, 8, "2023-06", "expected"),
        anniversary("1833-03-20", 190, "2023-03-20"),
    ]
    later = STAMP + timedelta(days=30)
    uids = [str(e["UID"]) for e in events(upcoming_calendar(items, stamp=STAMP))]
    assert uids == [str(e["UID"]) for e in events(upcoming_calendar(items, stamp=later))]
    assert uids == [
        "th-us-strategic-dialogue/9@dialogtrack",
        "th-jp-joint-commission/8@dialogtrack",
        "th-us-diplomatic-relations/2023@dialogtrack",
    ]


def test_the_same_item_twice_is_one_event() -> None:
    item = round_of(TH_US, 9, "2023-05-09")
    assert len(events(upcoming_calendar([item, item], stamp=STAMP))) == 1


def test_dtstamp_is_the_stamp_in_utc() -> None:
    bangkok = timezone(timedelta(hours=7))
    stamp = datetime(2022, 6, 1, 15, 30, 12, 999, tzinfo=bangkok)
    event = only_event(upcoming_calendar([round_of(TH_US, 9, "2023-05-09")], stamp=stamp))
    assert event.decoded("DTSTAMP") == datetime(2022, 6, 1, 8, 30, 12, tzinfo=UTC)
    assert b"DTSTAMP:20220601T083012Z" in event.to_ical()


def test_a_naive_stamp_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        upcoming_calendar([], stamp=datetime(2022, 6, 1))


# --- document text is data -------------------------------------------------------------------

HOSTILE = "Evil, Inc.; Talks\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:injected\x00\x1b[31m\u2028\u202eDialogue"


def test_hostile_series_name_cannot_add_events() -> None:
    series = Series("evil", HOSTILE, "", ("TH", "US"), "talks")
    hostile_basis = UpcomingMeeting(series, 2, DateSpan(date(2023, 5, 9)), 5, "scheduled", HOSTILE)
    ics = upcoming_calendar([hostile_basis, round_of(TH_US, 9, "2023-05-09")], remind_days=(7,), stamp=STAMP)
    found = events(ics)
    assert len(found) == 2
    assert ics.count(b"\r\nBEGIN:VEVENT\r\n") == 2
    summary = str(found[0]["SUMMARY"])
    assert summary == "Evil, Inc.; Talks END:VEVENT BEGIN:VEVENT SUMMARY:injected [31m Dialogue, round 2 (scheduled)"
    assert "\n" in str(found[0]["DESCRIPTION"])  # line breaks in a description are kept, escaped
    assert all(ord(c) >= 32 for c in str(found[0]["DESCRIPTION"]).replace("\n", ""))
    assert len(found[0].walk("VALARM")) == 1


def test_hostile_relation_name_cannot_add_events() -> None:
    ics = anniversaries_calendar([relation("1833-03-20", HOSTILE), relation("1887-09-26")], stamp=STAMP)
    assert len(events(ics)) == 2
    assert ics.count(b"\r\nBEGIN:VEVENT\r\n") == 2
    assert ics.count(b"\r\nEND:VEVENT\r\n") == 2


def test_thai_names_survive_line_folding() -> None:
    long_thai = Series("th-long", "x", "การหารือเชิงยุทธศาสตร์ไทย–สหรัฐฯ " * 4, ("TH", "US"), "talks")
    item = UpcomingMeeting(long_thai, 1, DateSpan(date(2023, 5, 9)), 5, "scheduled", "ประกาศแล้ว")
    ics = upcoming_calendar([item], stamp=STAMP, display=Display(lang="th"))
    assert all(len(line) <= 75 for line in ics.split(b"\r\n"))
    expected = " ".join(("การหารือเชิงยุทธศาสตร์ไทย–สหรัฐฯ " * 4).split())
    assert str(only_event(ics)["SUMMARY"]) == f"{expected}, ครั้งที่ 1 (กำหนดการ)"
