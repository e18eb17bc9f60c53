"""Meetings grouped into one timeline per series, with the holes in the record made explicit.

A gap is worth showing for two reasons: round numbers skip (round 3, then round 5: where is 4?), or a
series that meets about yearly has whole calendar years with no round. Either may be a real pause or
a missing document; the timeline says so and lets the reader decide.

Choices kept simple on purpose:
- ``since``/``until`` compare a meeting's start date, and a month- or year-precision date starts on the
  first day of its month or year (2014-07 is before ``since=2014-07-15``). Undated meetings cannot be
  placed in a window, so any date filter drops them.
- Cadence and "no record of round N" look at every meeting of the series, not just the filtered
  window: a round outside the window is still on record.
- Gaps are only measured between dated meetings that follow each other.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from dialogtrack.models import CadenceClaim, DateSpan, Meeting, Series, later
from dialogtrack.resolving.cadence import Cadence, series_cadence

YEARLY_MAX_MONTHS = 15
"""A series whose cadence is at most this many months is expected to meet every calendar year."""


@dataclass(frozen=True)
class Gap:
    """A hole between two meetings: ``start`` is the day after the earlier one, ``end`` the later one."""

    series_id: str
    after_round: int | None
    before_round: int | None
    start: date
    end: date
    missing_rounds: tuple[tuple[int, int], ...]
    """The rounds not on record between the two, as runs (first, last): as many as there are rounds on
    record between them at most, however far apart the two round numbers are."""
    years_skipped: int
    text: str


@dataclass(frozen=True)
class SeriesTimeline:
    """One series: its meetings oldest first (undated last), the gaps between them, its cadence."""

    series: Series
    meetings: tuple[Meeting, ...]
    gaps: tuple[Gap, ...]
    cadence: Cadence
    unconfirmed: tuple[Meeting, ...] = field(default=())
    """Announced rounds whose dates passed with no report that they were held (as of ``today``)."""


def meeting_sort_key(m: Meeting) -> tuple[date, int]:
    """Oldest first; undated meetings last, ordered by round (unknown rounds first)."""
    return (m.dates.start if m.dates else date.max, m.round or 0)


def build_timeline(
    meetings: Sequence[Meeting],
    claims: Sequence[CadenceClaim] = (),
    *,
    series: Sequence[str] = (),
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
    today: date | None = None,
) -> list[SeriesTimeline]:
    """One timeline per series that has meetings left after filtering, earliest series first.

    With ``today``, each timeline names its announced rounds whose dates are over without a report
    (``unconfirmed``), as ``upcoming`` does.

    ``series`` entries match a series id exactly or a case-insensitive substring of its id or
    English name; ``country`` is an ISO code that must be among the series' countries.
    """
    by_series: dict[str, list[Meeting]] = {}
    for m in meetings:
        by_series.setdefault(m.series.id, []).append(m)
    timelines = []
    for all_meetings in by_series.values():
        s = all_meetings[0].series
        if not series_matches(s, series, country):
            continue
        kept = sorted((m for m in all_meetings if _in_window(m, since, until)), key=meeting_sort_key)
        if not kept:
            continue
        cadence = series_cadence(s.id, all_meetings, claims)
        on_record = {m.round for m in all_meetings if m.round is not None}
        gaps = _find_gaps(kept, on_record, cadence)
        passed = tuple(m for m in unconfirmed(all_meetings, today) if m in kept) if today else ()
        timelines.append(SeriesTimeline(s, tuple(kept), gaps, cadence, passed))
    return sorted(timelines, key=lambda t: (meeting_sort_key(t.meetings[0])[0], t.series.name_en))


def last_day(span: DateSpan) -> date:
    """The last day a span covers: its end (or start) day, or the end of its month or year."""
    last = span.end or span.start
    if span.precision == "year":
        return date(last.year, 12, 31)
    if span.precision == "month":
        return date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
    return last


def unconfirmed(meetings: Sequence[Meeting], today: date) -> list[Meeting]:
    """The announced (scheduled or planned) rounds of one series whose dates are over, later than the
    last round held: no document says they took place. They stay on record as "date passed, no report"."""
    held = [m for m in meetings if m.status == "held" and m.dates is not None]
    last = max(held, key=meeting_sort_key) if held else None

    def after_last(m: Meeting) -> bool:
        if last is None:
            return True
        if m.round is not None and last.round is not None:
            return m.round > last.round
        return meeting_sort_key(m) > meeting_sort_key(last)

    return [
        m
        for m in meetings
        if m.status in ("scheduled", "planned") and m.dates is not None and last_day(m.dates) < today and after_last(m)
    ]


def series_matches(s: Series, wanted: Sequence[str], country: str | None) -> bool:
    if country is not None and country.upper() not in {c.upper() for c in s.countries}:
        return False
    if not wanted:
        return True
    haystacks = (s.id.casefold(), s.name_en.casefold())
    return any(w.casefold() in h for w in wanted for h in haystacks)


def _in_window(m: Meeting, since: date | None, until: date | None) -> bool:
    if since is None and until is None:
        return True
    if m.dates is None:
        return False
    return (since is None or m.dates.start >= since) and (until is None or m.dates.start <= until)


def _find_gaps(meetings: Sequence[Meeting], on_record: set[int], cadence: Cadence) -> tuple[Gap, ...]:
    dated = [(m.round, m.dates.start) for m in meetings if m.dates is not None]
    yearly = cadence.months is not None and cadence.months <= YEARLY_MAX_MONTHS
    gaps = []
    known = sorted(on_record)
    for (round1, start), (round2, end) in pairwise(dated):
        missing: tuple[tuple[int, int], ...] = ()
        if round1 is not None and round2 is not None:
            missing = missing_runs(round1, round2, known)
        skipped = max(0, end.year - start.year - 1) if yearly else 0
        if missing or skipped:
            consecutive = round1 is not None and round2 is not None and round2 == round1 + 1
            years = "" if missing else _skipped_text(start.year + 1, end.year - 1, skipped, consecutive)
            parts = (_missing_text(missing), years)
            text = "; ".join(p for p in parts if p)
            next_day = later(start, days=1) or start
            gaps.append(Gap(cadence.series_id, round1, round2, next_day, end, missing, skipped, text))
    return tuple(gaps)


def missing_runs(after: int, before: int, known: Sequence[int]) -> tuple[tuple[int, int], ...]:
    """The rounds strictly between ``after`` and ``before`` that are not in ``known`` (sorted), as runs
    (first, last); the work is that of the known rounds between them, never of the rounds missing."""
    inside = known[bisect_right(known, after) : bisect_left(known, before)]
    runs = []
    for low, high in pairwise([after, *inside, before]):
        if high - low > 1:
            runs.append((low + 1, high - 1))
    return tuple(runs)


def runs_text(runs: Sequence[tuple[int, int]], number: Callable[[int], str] = str) -> str:
    """Runs of rounds in words: '4', '2–3', '2, 4–6'."""
    return ", ".join(number(a) if a == b else f"{number(a)}–{number(b)}" for a, b in runs)


def _missing_text(runs: tuple[tuple[int, int], ...]) -> str:
    if not runs:
        return ""
    one = len(runs) == 1 and runs[0][0] == runs[0][1]
    return f"no record of round{'' if one else 's'} {runs_text(runs)}"


def _skipped_text(first: int, last: int, skipped: int, consecutive: bool) -> str:
    """Consecutive rounds years apart: the series skipped those years. Otherwise the record is silent."""
    if not skipped:
        return ""
    years = f"{first}" if first == last else f"{first}–{last}"
    return f"{years} skipped" if consecutive else f"no round on record in {years}"
