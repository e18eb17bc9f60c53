"""Timelines, gaps and cadence: pure functions over hand-built meetings."""

from __future__ import annotations

from datetime import date

import pytest

from dialogtrack.models import CadenceClaim, Meeting, Series
from dialogtrack.resolving.cadence import series_cadence
from dialogtrack.views.timeline import build_timeline, meeting_sort_key

from .factories import TH_JP, TH_LA, TH_US, meeting


def claim(series: Series, months: int) -> CadenceClaim:
    return CadenceClaim(series, months, f"held every {months} months")


def rounds_of(meetings: tuple[Meeting, ...]) -> list[tuple[int | None, str | None]]:
    return [(m.round, m.dates.iso_start() if m.dates else None) for m in meetings]


# --- cadence ---------------------------------------------------------------------------------


def test_cadence_observed_is_median_of_gaps_between_held_rounds() -> None:
    meetings = [
        meeting(TH_US, 1, "2016-01-01"),
        meeting(TH_US, 2, "2018-01-01"),  # 24 months
        meeting(TH_US, 3, "2019-01-01"),  # 12 months
        meeting(TH_US, 4, "2021-01-01"),  # 24 months
        meeting(TH_US, 5, "2022-01-01", status="scheduled"),  # not held: ignored
        meeting(TH_US, 6, None),  # undated: ignored
    ]
    cadence = series_cadence(TH_US.id, meetings, [])
    assert cadence.claimed_months is None
    assert cadence.observed_months == pytest.approx(24, abs=0.1)
    assert cadence.months == cadence.observed_months
    assert cadence.disagreement is None
    assert cadence.basis == "every 24 months (median of 3 gaps)"


def test_cadence_divides_a_gap_by_the_rounds_it_spans() -> None:
    # round 3 in 2017, round 5 in 2021: two rounds in four years
    meetings = [meeting(TH_US, 5, "2021-06"), meeting(TH_US, 3, "2017-06")]
    cadence = series_cadence(TH_US.id, meetings, [])
    assert cadence.observed_months == pytest.approx(24, abs=0.1)
    assert cadence.basis == "every 24 months (1 gap)"


def test_cadence_prefers_the_most_common_claim_and_ignores_other_series() -> None:
    claims = [claim(TH_US, 24), claim(TH_US, 12), claim(TH_US, 12), claim(TH_JP, 6), claim(TH_JP, 6)]
    cadence = series_cadence(TH_US.id, [meeting(TH_JP, 1, "2020"), meeting(TH_JP, 2, "2021")], claims)
    assert (cadence.claimed_months, cadence.observed_months, cadence.months) == (12, None, 12.0)
    assert cadence.basis == "held annually (stated)"


@pytest.mark.parametrize(
    ("claimed", "years_apart", "disagreement"),
    [
        (12, 2, "said to be annual, but rounds on record are 24 months apart (median)"),
        (36, 1, "said to be held every three years, but rounds on record are 12 months apart (median)"),
        (12, 1, None),
    ],
)
def test_cadence_disagreement(claimed: int, years_apart: int, disagreement: str | None) -> None:
    meetings = [meeting(TH_US, i + 1, f"{2010 + i * years_apart}-03-01") for i in range(3)]
    cadence = series_cadence(TH_US.id, meetings, [claim(TH_US, claimed)])
    assert cadence.months == claimed
    assert cadence.disagreement == disagreement


def test_cadence_unknown_without_claims_or_two_held_rounds() -> None:
    cadence = series_cadence(TH_US.id, [meeting(TH_US, 1, "2020-01-01"), meeting(TH_US, 2, None)], [])
    assert (cadence.observed_months, cadence.months, cadence.basis) == (None, None, "unknown")


# --- ordering --------------------------------------------------------------------------------


def test_meetings_oldest_first_then_undated_by_round() -> None:
    meetings = [
        meeting(TH_US, 3, None),
        meeting(TH_US, 2, "2020-05"),
        meeting(TH_US, None, None),
        meeting(TH_US, 1, "2019-11-20"),
        meeting(TH_US, 4, "2020-05-01"),  # same start as the month-precision round 2: round breaks the tie
    ]
    [timeline] = build_timeline(meetings)
    assert rounds_of(timeline.meetings) == [
        (1, "2019-11-20"),
        (2, "2020-05"),
        (4, "2020-05-01"),
        (None, None),
        (3, None),
    ]
    assert meeting_sort_key(meetings[0]) == (date.max, 3)


def test_series_sorted_by_first_meeting_then_name_undated_last() -> None:
    meetings = [
        meeting(TH_LA, 1, None),
        meeting(TH_US, 1, "2010-01-01"),
        meeting(TH_JP, 1, "2010-01-01"),
        meeting(TH_JP, 2, "2012-01-01"),
        meeting(TH_US, 2, "2009-06-01"),
    ]
    assert [t.series.id for t in build_timeline(meetings)] == [TH_US.id, TH_JP.id, TH_LA.id]
    # same first date: by English name, not by id
    defence = Series("th-us-defence-talks", "Annual Thai–US Defence Talks", "", ("TH", "US"), "defence-talks")
    tied = [meeting(TH_JP, 1, "2010-01-01"), meeting(defence, 1, "2010-01-01")]
    assert [t.series.id for t in build_timeline(tied)] == [defence.id, TH_JP.id]


# --- gaps ------------------------------------------------------------------------------------


def test_gap_for_a_missing_round() -> None:
    meetings = [meeting(TH_US, 3, "2017-06-01"), meeting(TH_US, 5, "2021-06-01")]
    [timeline] = build_timeline(meetings)
    [gap] = timeline.gaps
    assert gap.series_id == TH_US.id
    assert (gap.after_round, gap.before_round) == (3, 5)
    assert (gap.start, gap.end) == (date(2017, 6, 2), date(2021, 6, 1))
    assert gap.missing_rounds == ((4, 4),)
    assert gap.years_skipped == 0  # cadence is 24 months: not a yearly series
    assert gap.text == "no record of round 4"


def test_a_round_on_record_without_a_date_is_not_missing() -> None:
    meetings = [meeting(TH_US, 3, "2017-06-01"), meeting(TH_US, 4, None), meeting(TH_US, 5, "2021-06-01")]
    assert build_timeline(meetings)[0].gaps == ()


@pytest.mark.parametrize(
    ("rounds", "missing", "text"),
    [
        ([(1, "2010-01-01"), (4, "2016-01-01")], ((2, 3),), "no record of rounds 2–3"),
        ([(1, "2010-01-01"), (3, None), (5, "2018-01-01")], ((2, 2), (4, 4)), "no record of rounds 2, 4"),
        ([(1, "2010-01-01"), (4, None), (7, "2018-01-01")], ((2, 3), (5, 6)), "no record of rounds 2–3, 5–6"),
    ],
)
def test_missing_rounds_text(
    rounds: list[tuple[int, str | None]], missing: tuple[tuple[int, int], ...], text: str
) -> None:
    [timeline] = build_timeline([meeting(TH_US, r, when) for r, when in rounds])
    assert [(g.missing_rounds, g.text) for g in timeline.gaps] == [(missing, text)]


@pytest.mark.parametrize(
    ("rounds", "skipped", "text"),
    [
        ([(1, "2014-07"), (2, "2017-03-10")], 2, "2015–2016 skipped"),
        ([(1, "2014-07"), (2, "2016-01-15")], 1, "2015 skipped"),
        ([(1, "2014-07"), (3, "2017")], 2, "no record of round 2"),
        ([(None, "2012-10-18"), (7, "2022-05-09")], 9, "no round on record in 2013–2021"),
    ],
)
def test_skipped_years_in_an_annual_series(rounds: list[tuple[int | None, str]], skipped: int, text: str) -> None:
    meetings = [meeting(TH_US, r, when) for r, when in rounds]
    [timeline] = build_timeline(meetings, [claim(TH_US, 12)])
    [gap] = timeline.gaps
    assert (gap.years_skipped, gap.text) == (skipped, text)


def test_no_skipped_years_when_the_series_is_not_yearly() -> None:
    meetings = [meeting(TH_US, 1, "2014-07"), meeting(TH_US, 2, "2017-03-10")]
    assert build_timeline(meetings, [claim(TH_US, 24)])[0].gaps == ()
    assert build_timeline(meetings, [claim(TH_US, 15)])[0].gaps[0].years_skipped == 2


def test_consecutive_years_make_no_gap() -> None:
    meetings = [
        meeting(TH_US, 1, "2014-12-30"),
        meeting(TH_US, 2, "2015-01-02"),
        meeting(TH_US, 3, "2016-12"),
    ]
    assert build_timeline(meetings, [claim(TH_US, 12)])[0].gaps == ()


# --- filters ---------------------------------------------------------------------------------

ALL = [meeting(TH_US, 1, "2014-07"), meeting(TH_US, 2, "2015-08-01"), meeting(TH_JP, 1, "2016-01-01")]


@pytest.mark.parametrize(
    ("wanted", "ids"),
    [
        ((), [TH_US.id, TH_JP.id]),
        (("th-us-strategic-dialogue",), [TH_US.id]),
        (("strategic dialogue",), [TH_US.id]),
        (("JOINT COMMISSION",), [TH_JP.id]),
        (("th-jp",), [TH_JP.id]),
        (("japan", "strategic"), [TH_US.id, TH_JP.id]),
        (("laos",), []),
    ],
)
def test_series_filter(wanted: tuple[str, ...], ids: list[str]) -> None:
    assert [t.series.id for t in build_timeline(ALL, series=wanted)] == ids


@pytest.mark.parametrize(
    ("country", "ids"), [("us", [TH_US.id]), ("JP", [TH_JP.id]), ("TH", [TH_US.id, TH_JP.id]), ("LA", [])]
)
def test_country_filter(country: str, ids: list[str]) -> None:
    assert [t.series.id for t in build_timeline(ALL, country=country)] == ids


@pytest.mark.parametrize(
    ("since", "until", "kept"),
    [
        (date(2014, 7, 15), None, [(2, "2015-08-01")]),  # 2014-07 starts on the 1st: before the 15th
        (date(2014, 7, 1), None, [(1, "2014-07"), (2, "2015-08-01")]),
        (None, date(2015, 7, 31), [(1, "2014-07")]),
        (date(2014, 7, 1), date(2015, 8, 1), [(1, "2014-07"), (2, "2015-08-01")]),
        (date(2016, 1, 1), None, []),
    ],
)
def test_since_until(since: date | None, until: date | None, kept: list[tuple[int, str]]) -> None:
    meetings = [*ALL[:2], meeting(TH_US, 3, None)]  # undated: dropped by any date filter
    timelines = build_timeline(meetings, since=since, until=until)
    assert [rounds_of(t.meetings) for t in timelines] == ([kept] if kept else [])


def test_window_keeps_cadence_and_record_of_the_whole_series() -> None:
    meetings = [
        meeting(TH_US, 1, "2010-01-01"),
        meeting(TH_US, 2, "2012-01-01"),
        meeting(TH_US, 3, "2014-01-01"),
        meeting(TH_US, 5, "2018-01-01"),
    ]
    [timeline] = build_timeline(meetings, since=date(2013, 1, 1))
    assert rounds_of(timeline.meetings) == [(3, "2014-01-01"), (5, "2018-01-01")]
    assert timeline.cadence.basis == "every 24 months (median of 3 gaps)"
    assert [g.missing_rounds for g in timeline.gaps] == [((4, 4),)]
