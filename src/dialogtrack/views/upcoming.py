"""What comes next: announced rounds, rounds the cadence says are due, and anniversary milestones.

``today`` is a parameter, never the clock, so every answer can be reproduced "as of" a date.

An announced round (status scheduled or planned, with a date) beats any projection. Otherwise the
next round is projected from the last held one plus the series' cadence, and shown only to the month
(or the year, when the last round is known only to the year): a cadence is a habit, not a date. A
projection already in the past is "overdue": either the round was not held or no document says so.

A date known to the month or year stays current until that month or year is over: a round expected
in 2023-05 is not overdue on 2023-05-20, and ``days_until`` is then 0. The same goes for an
announced round whose dates have started but not ended.

No round drops out of sight. An announced round whose dates are over with no report of it is
"unconfirmed" (the date passed, no document says it was held), and stays until one does. A series
silent for more than twice its cadence is "dormant" rather than overdue by years. A series whose next
date cannot be told (one round on record, no stated cadence) still gets its next round, "undated".

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

from dialogtrack.models import CadenceClaim, DateSpan, Meeting, Relation, Series, later
from dialogtrack.resolving.cadence import series_cadence
from dialogtrack.views.timeline import last_day as _last_day
from dialogtrack.views.timeline import meeting_sort_key, unconfirmed

UpcomingStatus = Literal["scheduled", "unconfirmed", "expected", "overdue", "dormant", "undated"]

DORMANT_CADENCES = 2
"""A series with no round for more than this many times its cadence is dormant, not overdue."""


@dataclass(frozen=True)
class UpcomingMeeting:
    """The next round of a series: announced ("scheduled"), announced and passed without a report
    ("unconfirmed"), projected from the cadence ("expected", "overdue", "dormant"), or "undated" when
    nothing tells when it falls (``date`` and ``days_until`` are then None)."""

    series: Series
    round: int | None
    date: DateSpan | None
    days_until: int | None
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
    """One item per series (two when an announced round passed unconfirmed and another is announced)
    and one per relation, soonest first (then by name), undated items last.

    ``within_days`` keeps items due within that many days; overdue and unconfirmed rounds are always
    kept, dormant and undated ones are not (they are due at no date).
    """
    if every < 1:
        raise ValueError(f"every must be a positive number of years, not {every}")
    by_series: dict[str, list[Meeting]] = {}
    for m in meetings:
        by_series.setdefault(m.series.id, []).append(m)
    items: list[Upcoming] = []
    for series_meetings in by_series.values():
        items += _next_rounds(series_meetings, claims, today)
    for relation in relations:
        anniversary = _next_anniversary(relation, today, every)
        if anniversary is not None:
            items.append(anniversary)
    if within_days is not None:
        items = [i for i in items if _kept_within(i, within_days)]
    return sorted(items, key=lambda i: (i.date.start if i.date else date.max, _name(i)))


def _next_rounds(meetings: Sequence[Meeting], claims: Sequence[CadenceClaim], today: date) -> list[Upcoming]:
    held = [m for m in meetings if m.status == "held" and m.dates is not None]
    last = max(held, key=meeting_sort_key) if held else None
    announced = sorted(
        ((m, m.dates) for m in meetings if m.status in ("scheduled", "planned") and m.dates is not None),
        key=lambda pair: meeting_sort_key(pair[0]),
    )
    passed = {id(m) for m in unconfirmed(meetings, today)}
    items: list[Upcoming] = [_unconfirmed(m, dates, today) for m, dates in announced if id(m) in passed]
    coming = [(m, dates) for m, dates in announced if _last_day(dates) >= today]
    if coming:
        m, dates = coming[0]
        basis = "announced" if m.status == "scheduled" else "planned, no firm date yet"
        return [*items, UpcomingMeeting(m.series, m.round, dates, _days_until(dates, today), "scheduled", basis)]
    if items:
        return items
    if last is None or last.dates is None:
        return [_undated(meetings)] if meetings else []
    cadence = series_cadence(last.series.id, meetings, claims)
    next_round = last.round + 1 if last.round is not None else None
    last_text = f"last round {last.round}" if last.round is not None else "last held"
    if cadence.months is None:
        rounds = len(held)
        on_record = "one round on record" if rounds == 1 else f"{rounds} rounds on record, no cadence yet"
        basis = f"date unknown ({on_record}); {last_text} on {last.dates.iso_start()}"
        return [UpcomingMeeting(last.series, next_round, None, None, "undated", basis)]
    months = max(1, round(cadence.months))
    projected = later(last.dates.start, months=months)
    if projected is None:  # past the end of the calendar: a date on record at its very end
        basis = f"date unknown (past the calendar's end); {last_text} on {last.dates.iso_start()}"
        return [UpcomingMeeting(last.series, next_round, None, None, "undated", basis)]
    if last.dates.precision == "year":
        span = DateSpan(date(projected.year, 1, 1), None, "year")
    else:
        span = DateSpan(projected.replace(day=1), None, "month")
    status: UpcomingStatus = "overdue" if _last_day(span) < today else "expected"
    if status == "overdue" and (later(last.dates.start, months=DORMANT_CADENCES * months) or date.max) < today:
        status = "dormant"
    basis = f"{cadence.basis}; {last_text} on {last.dates.iso_start()}"
    if status == "overdue":
        basis = f"expected {span.iso_start()}, nothing on record since; {basis}"
    elif status == "dormant":
        basis = f"no round since {last.dates.start.year}; {basis}"
    if cadence.disagreement:
        basis = f"{basis}; {cadence.disagreement}"
    return [UpcomingMeeting(last.series, next_round, span, _days_until(span, today), status, basis)]


def _unconfirmed(m: Meeting, dates: DateSpan, today: date) -> UpcomingMeeting:
    """An announced round whose dates are over, with no report that it was held."""
    when = dates.iso_start() + (f" to {dates.iso_end()}" if dates.end else "")
    basis = f"date passed, no report; {'announced' if m.status == 'scheduled' else 'planned'} for {when}"
    return UpcomingMeeting(m.series, m.round, dates, _days_until(dates, today), "unconfirmed", basis)


def _undated(meetings: Sequence[Meeting]) -> UpcomingMeeting:
    """The next item of a series none of whose rounds has a date."""
    rounds = [m.round for m in meetings if m.round is not None]
    pending = [m for m in meetings if m.status != "held"]
    if pending:
        m = min(pending, key=meeting_sort_key)
        said = "announced" if m.status == "scheduled" else "planned"
        return UpcomingMeeting(m.series, m.round, None, None, "undated", f"{said}, no date on record")
    on_record = "one round on record" if len(meetings) == 1 else f"{len(meetings)} rounds on record"
    next_round = max(rounds) + 1 if rounds else None
    basis = f"date unknown ({on_record}, undated)"
    return UpcomingMeeting(meetings[0].series, next_round, None, None, "undated", basis)


def _next_anniversary(relation: Relation, today: date, every: int) -> UpcomingAnniversary | None:
    try:
        established = DateSpan.from_iso(relation.established)
    except (KeyError, ValueError):
        return None
    founded = established.start.year
    first = max(today.year, founded + 1)
    year = founded + math.ceil((first - founded) / every) * every
    if year <= date.max.year and _last_day(_anniversary(established, year)) < today:
        year += every
    if year > date.max.year:  # the next milestone is past the end of the calendar
        return None
    ordinal, span = year - founded, _anniversary(established, year)
    for milestone in relation.milestones:
        if milestone.year < today.year or milestone.ordinal < 1 or (milestone.year - founded) % every == 0:
            continue
        if milestone.year > date.max.year:
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


def _days_until(span: DateSpan, today: date) -> int:
    """Days to the span's start; 0 while it is under way; negative once it is over."""
    if span.start <= today <= _last_day(span):
        return 0
    return (span.start - today).days


def _kept_within(item: Upcoming, within_days: int) -> bool:
    if isinstance(item, UpcomingMeeting) and item.status in ("overdue", "unconfirmed"):
        return True
    if isinstance(item, UpcomingMeeting) and item.status == "dormant":
        return False
    return item.days_until is not None and item.days_until <= within_days


def _name(item: Upcoming) -> str:
    return item.series.name_en if isinstance(item, UpcomingMeeting) else item.relation.name
