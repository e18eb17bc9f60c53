"""What comes next: announced rounds, rounds the cadence says are due, and anniversary milestones.

``today`` is a parameter, never the clock, so every answer can be reproduced "as of" a date.

An announced round (status scheduled or planned, with a date) beats any projection. Otherwise the
next round is projected from the last held one plus the series' cadence, and shown only to the month
(or the year, when the last round is known only to the year): a cadence is a habit, not a date. A
projection already in the past is "overdue": either the round was not held or no document says so.

A date known to the month or year stays current until that month or year is over: a round expected
in 2023-05 is not overdue on 2023-05-20, and ``days_until`` is then 0. The same goes for an
announced round whose dates have started but not ended.

Anniversaries fall every ``every`` years (5: 185th, 190th, ...). A document may name another one (the
"191st year of relations"); it replaces the round number when it comes sooner. Relations founded on
29 February celebrate on 28 February in common years.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, TypeAlias

from dateutil.relativedelta import relativedelta

from dialogtrack.cadence import series_cadence
from dialogtrack.models import CadenceClaim, DateSpan, Meeting, Relation, Series
from dialogtrack.timeline import meeting_sort_key

UpcomingStatus = Literal["scheduled", "expected", "overdue"]


@dataclass(frozen=True)
class UpcomingMeeting:
    """The next round of a series: announced ("scheduled") or projected from the cadence."""

    series: Series
    round: int | None
    date: DateSpan
    days_until: int
    status: UpcomingStatus
    basis: str


@dataclass(frozen=True)
class UpcomingAnniversary:
    """The next milestone of a relation (the ``ordinal``-th anniversary) and when it falls."""

    relation: Relation
    ordinal: int
    date: DateSpan
    days_until: int


Upcoming: TypeAlias = UpcomingMeeting | UpcomingAnniversary


def upcoming(
    meetings: Sequence[Meeting],
    relations: Sequence[Relation],
    claims: Sequence[CadenceClaim] = (),
    *,
    today: date,
    within_days: int | None = None,
    every: int = 5,
) -> list[Upcoming]:
    """At most one item per series and one per relation, soonest first (then by name).

    ``within_days`` keeps items due within that many days; overdue rounds are always kept.
    """
    if every < 1:
        raise ValueError(f"every must be a positive number of years, not {every}")
    by_series: dict[str, list[Meeting]] = {}
    for m in meetings:
        by_series.setdefault(m.series.id, []).append(m)
    items: list[Upcoming] = []
    for series_meetings in by_series.values():
        item = _next_round(series_meetings, claims, today)
        if item is not None:
            items.append(item)
    for relation in relations:
        anniversary = _next_anniversary(relation, today, every)
        if anniversary is not None:
            items.append(anniversary)
    if within_days is not None:
        items = [i for i in items if i.days_until <= within_days or _is_overdue(i)]
    return sorted(items, key=lambda i: (i.date.start, _name(i)))


def _next_round(meetings: Sequence[Meeting], claims: Sequence[CadenceClaim], today: date) -> Upcoming | None:
    announced = [
        (meeting_sort_key(m), m, m.dates)
        for m in meetings
        if m.status in ("scheduled", "planned") and m.dates is not None and _last_day(m.dates) >= today
    ]
    if announced:
        _, m, dates = min(announced, key=lambda entry: entry[0])
        basis = "announced" if m.status == "scheduled" else "planned, no firm date yet"
        return UpcomingMeeting(m.series, m.round, dates, _days_until(dates, today), "scheduled", basis)
    held = [m for m in meetings if m.status == "held" and m.dates is not None]
    if not held:
        return None
    last = max(held, key=meeting_sort_key)
    cadence = series_cadence(last.series.id, meetings, claims)
    if last.dates is None or cadence.months is None:
        return None
    projected: date = last.dates.start + relativedelta(months=max(1, round(cadence.months)))
    if last.dates.precision == "year":
        span = DateSpan(date(projected.year, 1, 1), None, "year")
    else:
        span = DateSpan(projected.replace(day=1), None, "month")
    status: UpcomingStatus = "overdue" if _last_day(span) < today else "expected"
    last_text = f"last round {last.round}" if last.round is not None else "last held"
    basis = f"{cadence.basis}; {last_text} on {last.dates.iso_start()}"
    if status == "overdue":
        basis = f"expected {span.iso_start()}, nothing on record since; {basis}"
    if cadence.disagreement:
        basis = f"{basis}; {cadence.disagreement}"
    next_round = last.round + 1 if last.round is not None else None
    return UpcomingMeeting(last.series, next_round, span, _days_until(span, today), status, basis)


def _next_anniversary(relation: Relation, today: date, every: int) -> UpcomingAnniversary | None:
    try:
        established = DateSpan.from_iso(relation.established)
    except (KeyError, ValueError):
        return None
    founded = established.start.year
    first = max(today.year, founded + 1)
    year = founded + math.ceil((first - founded) / every) * every
    if _last_day(_anniversary(established, year)) < today:
        year += every
    ordinal, span = year - founded, _anniversary(established, year)
    for milestone in relation.milestones:
        if milestone.year < today.year or milestone.ordinal < 1 or (milestone.year - founded) % every == 0:
            continue
        named = _anniversary(established, milestone.year)
        if _last_day(named) >= today and named.start < span.start:
            ordinal, span = milestone.ordinal, named
    return UpcomingAnniversary(relation, ordinal, span, _days_until(span, today))


def _anniversary(established: DateSpan, year: int) -> DateSpan:
    """The anniversary in ``year``: to the day when the founding date is known to the day."""
    if established.precision != "day":
        return DateSpan(date(year, 1, 1), None, "year")
    month, day = established.start.month, established.start.day
    return DateSpan(date(year, month, min(day, calendar.monthrange(year, month)[1])))


def _last_day(span: DateSpan) -> date:
    """The last day a span covers: its end (or start) day, or the end of its month or year."""
    last = span.end or span.start
    if span.precision == "year":
        return date(last.year, 12, 31)
    if span.precision == "month":
        return date(last.year, last.month, calendar.monthrange(last.year, last.month)[1])
    return last


def _days_until(span: DateSpan, today: date) -> int:
    """Days to the span's start; 0 while it is under way; negative once it is over."""
    if span.start <= today <= _last_day(span):
        return 0
    return (span.start - today).days


def _is_overdue(item: Upcoming) -> bool:
    return isinstance(item, UpcomingMeeting) and item.status == "overdue"


def _name(item: Upcoming) -> str:
    return item.series.name_en if isinstance(item, UpcomingMeeting) else item.relation.name
