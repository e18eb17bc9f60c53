"""Upcoming rounds and anniversaries, always as of a fixed ``today``."""

from __future__ import annotations

from datetime import date

import pytest

from dialogtrack.models import CadenceClaim, DateSpan, Meeting, Milestone, Relation, Series
from dialogtrack.views.upcoming import Upcoming, UpcomingAnniversary, UpcomingMeeting, upcoming

from .factories import TH_JP, TH_US, meeting


def annual(series: Series = TH_US) -> CadenceClaim:
    return CadenceClaim(series, 12, "held annually")


def relation(
    established: str, milestones: tuple[tuple[int, int], ...] = (), name: str = "Thailand–United States"
) -> Relation:
    """Diplomatic relations founded on ``established``; milestones as (ordinal, year)."""
    return Relation(
        id=name.lower(),
        name=name,
        kind="diplomatic-relations",
        countries=("TH", "US"),
        established=established,
        milestones=tuple(Milestone(ordinal, year, ()) for ordinal, year in milestones),
    )


STRATEGIC_DIALOGUE = [
    meeting(TH_US, 6, "2019-10-22"),
    meeting(TH_US, 7, "2021-05-20"),
    meeting(TH_US, 8, "2022-05-09"),
]


def only_meeting(items: list[Upcoming]) -> UpcomingMeeting:
    [item] = items
    assert isinstance(item, UpcomingMeeting)
    return item


def only_anniversary(items: list[Upcoming]) -> UpcomingAnniversary:
    [item] = items
    assert isinstance(item, UpcomingAnniversary)
    return item


def test_as_of_2022_06_01() -> None:
    items = upcoming(STRATEGIC_DIALOGUE, [relation("1833")], [annual()], today=date(2022, 6, 1))
    anniversary, dialogue = items
    assert isinstance(anniversary, UpcomingAnniversary)
    assert anniversary.ordinal == 190
    assert anniversary.date == DateSpan(date(2023, 1, 1), None, "year")
    assert anniversary.days_until == (date(2023, 1, 1) - date(2022, 6, 1)).days
    assert isinstance(dialogue, UpcomingMeeting)
    assert dialogue.series == TH_US
    assert dialogue.round == 9
    assert dialogue.date == DateSpan(date(2023, 5, 1), None, "month")
    assert dialogue.date.iso_start() == "2023-05"
    assert dialogue.days_until == (date(2023, 5, 1) - date(2022, 6, 1)).days
    assert dialogue.status == "expected"
    assert dialogue.basis == "held annually (stated); last round 8 on 2022-05-09"


# --- rounds ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "status", "days_until"),
    [
        (date(2023, 4, 30), "expected", 1),
        (date(2023, 5, 20), "expected", 0),  # within the expected month: not overdue yet
        (date(2023, 6, 1), "overdue", -31),
        (date(2024, 5, 1), "overdue", -366),
    ],
)
def test_overdue_once_the_expected_month_is_over(today: date, status: str, days_until: int) -> None:
    item = only_meeting(upcoming(STRATEGIC_DIALOGUE, [], [annual()], today=today))
    assert (item.round, item.date.iso_start(), item.status, item.days_until) == (
        9,
        "2023-05",
        status,
        days_until,
    )
    if status == "overdue":
        assert item.basis == (
            "expected 2023-05, nothing on record since; held annually (stated); last round 8 on 2022-05-09"
        )


def test_announced_round_beats_projection() -> None:
    meetings = [
        *STRATEGIC_DIALOGUE,
        meeting(TH_US, 10, "2023-11-02", status="planned"),
        meeting(TH_US, 9, "2023-09-14", status="scheduled"),
        meeting(TH_US, 11, None, status="planned"),
    ]
    item = only_meeting(upcoming(meetings, [], [annual()], today=date(2022, 6, 1)))
    assert (item.round, item.date, item.status, item.basis) == (
        9,
        DateSpan(date(2023, 9, 14)),
        "scheduled",
        "announced",
    )
    assert item.days_until == (date(2023, 9, 14) - date(2022, 6, 1)).days


@pytest.mark.parametrize(
    ("announced", "today", "expected"),
    [
        (meeting(TH_US, 9, "2022-05-30", status="scheduled"), date(2022, 6, 1), ("unconfirmed", "2022-05-30")),
        (meeting(TH_US, 9, None, status="planned"), date(2022, 6, 1), ("expected", "2023-05")),
        (meeting(TH_US, 9, "2022-06-01", status="scheduled"), date(2022, 6, 1), ("scheduled", "2022-06-01")),
        (meeting(TH_US, 9, "2022-06", status="planned"), date(2022, 6, 15), ("scheduled", "2022-06")),
        (meeting(TH_US, 9, "2022-06-01", status="held"), date(2022, 6, 1), ("expected", "2023-06")),
    ],
)
def test_which_announcements_count(announced: Meeting, today: date, expected: tuple[str, str]) -> None:
    item = only_meeting(upcoming([*STRATEGIC_DIALOGUE, announced], [], [annual()], today=today))
    assert (item.status, item.date.iso_start()) == expected


def test_announced_range_under_way_counts_with_zero_days() -> None:
    under_way = Meeting(TH_US, 9, DateSpan(date(2022, 5, 31), date(2022, 6, 2)), None, (), "scheduled", ())
    item = only_meeting(upcoming([*STRATEGIC_DIALOGUE, under_way], [], [], today=date(2022, 6, 1)))
    assert (item.status, item.days_until) == ("scheduled", 0)


def test_projection_from_observed_cadence() -> None:
    meetings = [
        meeting(TH_JP, 1, "2017-06-01"),
        meeting(TH_JP, 2, "2019-06-01"),
        meeting(TH_JP, 3, "2021-06-01"),
    ]
    item = only_meeting(upcoming(meetings, [], today=date(2022, 1, 1)))
    assert (item.round, item.date.iso_start(), item.date.precision) == (4, "2023-06", "month")
    assert item.basis == "every 24 months (median of 2 gaps); last round 3 on 2021-06-01"


def test_projection_carries_cadence_disagreement() -> None:
    meetings = [
        meeting(TH_JP, 1, "2017-06-01"),
        meeting(TH_JP, 2, "2019-06-01"),
        meeting(TH_JP, 3, "2021-06-01"),
    ]
    item = only_meeting(upcoming(meetings, [], [annual(TH_JP)], today=date(2022, 1, 1)))
    assert item.date.iso_start() == "2022-06"
    assert item.basis == (
        "held annually (stated); last round 3 on 2021-06-01; "
        "said to be annual, but rounds on record are 24 months apart (median)"
    )


@pytest.mark.parametrize(
    ("last", "iso", "precision"),
    [("2019", "2020", "year"), ("2019-07", "2020-07", "month"), ("2019-07-31", "2020-07", "month")],
)
def test_projection_precision_follows_the_last_round(last: str, iso: str, precision: str) -> None:
    item = only_meeting(upcoming([meeting(TH_US, None, last)], [], [annual()], today=date(2019, 8, 1)))
    assert (item.round, item.date.iso_start(), item.date.precision) == (None, iso, precision)
    assert item.basis == f"held annually (stated); last held on {last}"


def test_without_cadence_the_next_round_is_undated() -> None:
    [item] = upcoming([meeting(TH_US, 8, "2022-05-09")], [], today=date(2022, 6, 1))
    assert isinstance(item, UpcomingMeeting)
    assert (item.round, item.date, item.days_until, item.status) == (9, None, None, "undated")
    assert item.basis == "date unknown (one round on record); last round 8 on 2022-05-09"
    [undated] = upcoming([meeting(TH_US, 8, None)], [], [annual()], today=date(2022, 6, 1))
    assert isinstance(undated, UpcomingMeeting)
    assert (undated.round, undated.date, undated.status) == (9, None, "undated")


def test_undated_items_come_last_and_are_not_within_any_window() -> None:
    items = upcoming([meeting(TH_JP, 3, "2021-06-01"), *STRATEGIC_DIALOGUE], [], [annual()], today=date(2022, 6, 1))
    assert [(i.series.id, i.status) for i in items if isinstance(i, UpcomingMeeting)] == [
        (TH_US.id, "expected"),
        (TH_JP.id, "undated"),
    ]
    kept = upcoming([meeting(TH_JP, 3, "2021-06-01")], [], today=date(2022, 6, 1), within_days=10_000)
    assert kept == []


def test_an_announced_round_whose_date_passed_stays_unconfirmed() -> None:
    """Cambodia's tenth Joint Commission, set for 22-23 Feb 2024 with no report of it: still there on 1 March."""
    announced = Meeting(TH_JP, 10, DateSpan(date(2024, 2, 22), date(2024, 2, 23)), None, (), "scheduled", ())
    meetings = [meeting(TH_JP, 9, "2019-11"), announced]
    item = only_meeting(upcoming(meetings, [], today=date(2024, 3, 1), within_days=30))
    assert (item.round, item.status, item.date, item.days_until) == (10, "unconfirmed", announced.dates, -8)
    assert item.basis == "date passed, no report; announced for 2024-02-22 to 2024-02-23"
    # Once a document reports it held, it is no longer unconfirmed.
    held = upcoming([meetings[0], meeting(TH_JP, 10, "2024-02-22")], [], today=date(2024, 3, 1))
    assert [(i.round, i.status) for i in held if isinstance(i, UpcomingMeeting)] == [(11, "expected")]


def test_unconfirmed_round_and_the_next_announced_one_both_show() -> None:
    meetings = [
        *STRATEGIC_DIALOGUE,
        meeting(TH_US, 9, "2023-03-01", status="scheduled"),
        meeting(TH_US, 10, "2024-03-01", status="planned"),
    ]
    items = upcoming(meetings, [], [annual()], today=date(2023, 6, 1))
    assert [(i.round, i.status) for i in items if isinstance(i, UpcomingMeeting)] == [
        (9, "unconfirmed"),
        (10, "scheduled"),
    ]


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2024, 5, 1), "overdue"),  # 23.7 months after the last round of a yearly series
        (date(2024, 5, 10), "dormant"),  # more than two years
        (date(2030, 1, 1), "dormant"),
    ],
)
def test_a_series_silent_for_twice_its_cadence_is_dormant(today: date, status: str) -> None:
    item = only_meeting(upcoming(STRATEGIC_DIALOGUE, [], [annual()], today=today))
    assert item.status == status
    if status == "dormant":
        assert item.basis.startswith("no round since 2022; held annually (stated)")
        assert upcoming(STRATEGIC_DIALOGUE, [], [annual()], today=today, within_days=30) == []


# --- anniversaries ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("established", "today", "every", "ordinal", "iso", "days_until"),
    [
        ("1833", date(2022, 6, 1), 5, 190, "2023", 214),
        ("1833", date(2023, 12, 31), 5, 190, "2023", 0),  # year precision: current all year
        ("1833-03-20", date(2023, 3, 20), 5, 190, "2023-03-20", 0),
        ("1833-03-20", date(2023, 3, 21), 5, 195, "2028-03-20", (date(2028, 3, 20) - date(2023, 3, 21)).days),
        ("1838", date(2022, 6, 1), 5, 185, "2023", 214),
        ("1838", date(2022, 6, 1), 10, 190, "2028", (date(2028, 1, 1) - date(2022, 6, 1)).days),
        ("1833-03", date(2022, 6, 1), 10, 190, "2023", 214),  # known to the month: year precision
        ("2020-01-01", date(2020, 1, 1), 5, 5, "2025-01-01", 1827),  # the founding day is not a milestone
    ],
)
def test_next_milestone(established: str, today: date, every: int, ordinal: int, iso: str, days_until: int) -> None:
    item = only_anniversary(upcoming([], [relation(established)], today=today, every=every))
    assert (item.ordinal, item.date.iso_start(), item.days_until) == (ordinal, iso, days_until)
    assert item.date.precision == ("day" if len(iso) == 10 else "year")


@pytest.mark.parametrize(
    ("today", "every", "iso"),
    [
        (date(2021, 1, 1), 5, "2021-02-28"),  # 125th, common year
        (date(2024, 1, 1), 4, "2024-02-29"),  # 128th, leap year
        (date(2021, 3, 1), 5, "2026-02-28"),  # 2021-02-28 has passed
    ],
)
def test_founded_on_february_29(today: date, every: int, iso: str) -> None:
    item = only_anniversary(upcoming([], [relation("1896-02-29")], today=today, every=every))
    assert item.date == DateSpan.from_iso(iso)
    assert item.ordinal == item.date.start.year - 1896


@pytest.mark.parametrize(
    ("milestones", "today", "ordinal", "year"),
    [
        (((189, 2022),), date(2022, 6, 1), 189, 2022),  # named and sooner than the 190th
        (((191, 2024),), date(2022, 6, 1), 190, 2023),  # named but later
        (((188, 2021),), date(2022, 6, 1), 190, 2023),  # named but past
        (((190, 2023), (189, 2022)), date(2022, 6, 1), 189, 2022),
    ],
)
def test_named_milestone_when_sooner(
    milestones: tuple[tuple[int, int], ...], today: date, ordinal: int, year: int
) -> None:
    item = only_anniversary(upcoming([], [relation("1833", milestones)], today=today))
    assert (item.ordinal, item.date.start.year) == (ordinal, year)


def test_named_milestone_already_passed_this_year_is_skipped() -> None:
    item = only_anniversary(upcoming([], [relation("1833-03-20", ((191, 2024),))], today=date(2024, 4, 1)))
    assert (item.ordinal, item.date.iso_start()) == (195, "2028-03-20")


@pytest.mark.parametrize("established", ["the 1830s", "18xx", "1833-13-01", ""])
def test_unreadable_founding_date_gives_no_anniversary(established: str) -> None:
    assert upcoming([], [relation(established)], today=date(2022, 6, 1)) == []


def test_every_must_be_positive() -> None:
    with pytest.raises(ValueError, match="every"):
        upcoming([], [relation("1833")], today=date(2022, 6, 1), every=0)


# --- filtering and order ---------------------------------------------------------------------

OVERDUE_JP = [meeting(TH_JP, 1, "2020-02-01"), meeting(TH_JP, 2, "2021-02-01")]  # overdue, not yet dormant


@pytest.mark.parametrize(
    ("within_days", "names"),
    [
        (
            None,
            [
                "Thailand–Japan Joint Commission",
                "Thailand–United States",
                "Thailand–United States Strategic Dialogue",
            ],
        ),
        (
            334,
            [
                "Thailand–Japan Joint Commission",
                "Thailand–United States",
                "Thailand–United States Strategic Dialogue",
            ],
        ),
        (333, ["Thailand–Japan Joint Commission", "Thailand–United States"]),
        (214, ["Thailand–Japan Joint Commission", "Thailand–United States"]),
        (213, ["Thailand–Japan Joint Commission"]),
        (0, ["Thailand–Japan Joint Commission"]),
        (-500, ["Thailand–Japan Joint Commission"]),  # 120 days overdue, kept all the same
    ],
)
def test_within_days_keeps_overdue(within_days: int | None, names: list[str]) -> None:
    items = upcoming(
        [*STRATEGIC_DIALOGUE, *OVERDUE_JP],
        [relation("1833")],
        [annual(), annual(TH_JP)],
        today=date(2022, 6, 1),
        within_days=within_days,
    )
    assert [i.series.name_en if isinstance(i, UpcomingMeeting) else i.relation.name for i in items] == names


def test_sorted_by_date_then_name() -> None:
    items = upcoming(
        [meeting(TH_US, 1, "2022-01-01"), meeting(TH_JP, 1, "2022-02-15")],
        [relation("1833", name="Thailand–United States"), relation("1888", name="Japan–Thailand")],
        [annual(), annual(TH_JP)],
        today=date(2022, 6, 1),
    )
    labels = [(i.series.id if isinstance(i, UpcomingMeeting) else i.relation.name, i.date.iso_start()) for i in items]
    # all but the last start on 2023-01-01: then by name
    assert labels == [
        ("Japan–Thailand", "2023"),
        ("Thailand–United States", "2023"),
        (TH_US.id, "2023-01"),
        (TH_JP.id, "2023-02"),
    ]
