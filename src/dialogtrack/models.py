"""The nouns of dialogtrack, as frozen dataclasses.

Documents make claims (mentions, anniversary claims, cadence claims); meetings and relations are
what the claims agree on once resolved. Everything here is plain data: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "month", "year"]
Role = Literal["headline", "concurrent", "upcoming", "past", "planned"]
Status = Literal["held", "scheduled", "planned"]

ROLES: tuple[Role, ...] = ("headline", "concurrent", "upcoming", "past", "planned")
HAND_ENTERED = "hand-entered"
"""The document (and origin) a fact entered by hand cites."""


@dataclass(frozen=True, order=True)
class DateSpan:
    """A day, month or year, or a range of them, at the precision the text states.

    ``start`` and ``end`` are real dates; for month and year precision they are the first day of the
    month or year, and only the part the precision covers is meaningful. ``end`` is None for a
    single day (or a single month or year).
    """

    start: date
    end: date | None = None
    precision: Precision = "day"

    def iso_start(self) -> str:
        return _iso(self.start, self.precision)

    def iso_end(self) -> str | None:
        return _iso(self.end, self.precision) if self.end else None

    @classmethod
    def from_iso(cls, start: str, end: str | None = None) -> DateSpan:
        """Inverse of ``iso_start``/``iso_end``: "2022-05-09", "2014-07" or "2019"."""
        precisions: dict[int, Precision] = {10: "day", 7: "month", 4: "year"}
        precision = precisions[len(start)]
        return cls(_from_iso(start), _from_iso(end) if end else None, precision)


def later(day: date, *, days: int = 0, months: int = 0) -> date | None:
    """``day`` moved on by ``months`` (to the same day of the month, or its last) and ``days``; None
    past the last day a date can hold (9999-12-31). Every date the tool computes from a stored one goes
    through here, so a stored date at the end of the calendar makes an item undated, never an error."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    if not date.min.year <= year <= date.max.year:
        return None
    from calendar import monthrange

    moved = date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))
    if days > (date.max - moved).days:
        return None
    return moved + timedelta(days=days)


def _iso(d: date, precision: Precision) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _from_iso(text: str) -> date:
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


@dataclass(frozen=True)
class Document:
    """One imported release: its text, where it came from and the dates it carries about itself."""

    id: str
    origin: str
    title: str
    language: str
    text: str
    published: DateSpan | None = None
    updated: DateSpan | None = None
    views: int | None = None


@dataclass(frozen=True)
class Series:
    """A recurring dialogue between fixed parties: the countries plus the kind of dialogue."""

    id: str
    name_en: str
    name_th: str
    countries: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class Mention:
    """A document's claim that round ``round`` of a series happened (or will) on given dates."""

    series: Series
    round: int | None
    role: Role
    dates: DateSpan | None
    location: str | None
    co_chairs: tuple[str, ...]
    quote: str
    start: int
    end: int
    alias: str


@dataclass(frozen=True)
class AnniversaryClaim:
    """ "The 190th anniversary of Thai-US diplomatic relations, in 2023": a milestone and its relation."""

    countries: tuple[str, ...]
    kind: str
    ordinal: int
    year: int
    established: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class CadenceClaim:
    """ "Held annually": how often the text says a series meets, in months."""

    series: Series
    months: int
    quote: str


@dataclass(frozen=True)
class Extraction:
    """Everything one document claims."""

    mentions: tuple[Mention, ...] = ()
    anniversaries: tuple[AnniversaryClaim, ...] = ()
    cadences: tuple[CadenceClaim, ...] = ()


@dataclass(frozen=True)
class SourceRef:
    """Which document said it, and in which sentence: the answer to "says who?".

    ``claim`` is the row of the claim it comes from (a mention, or an anniversary claim), from which
    the database copies the source when it is stored. A fact entered by hand has none.
    """

    document: str
    origin: str
    quote: str
    role: Role
    claim: int | None = None


@dataclass(frozen=True)
class SourceTally:
    """How many sources a meeting has, and whether one was entered by hand: all that a listing shows
    of them, kept on the meeting so that listing needs not read thousands of quotes."""

    count: int
    hand_entered: bool


@dataclass(frozen=True)
class Meeting:
    """One round of one series, as every source that speaks of it agrees (or not)."""

    series: Series
    round: int | None
    dates: DateSpan | None
    location: str | None
    co_chairs: tuple[str, ...]
    status: Status
    sources: tuple[SourceRef, ...]
    conflicts: tuple[str, ...] = ()
    held_with: tuple[str, ...] = field(default=())
    tally: SourceTally | None = None
    """Set when the meeting was loaded without its sources (``sources`` is then empty); None when
    ``sources`` holds them all."""

    def source_tally(self) -> SourceTally:
        """The number of sources and whether one is hand-entered, whether the sources were loaded or not."""
        if self.tally is not None:
            return self.tally
        return SourceTally(len(self.sources), any(s.document == HAND_ENTERED for s in self.sources))


def meeting_id(m: Meeting) -> str:
    """Stable id of a meeting: its series and round, or its series and date when no round is known."""
    if m.round is not None:
        return f"{m.series.id}/{m.round}"
    return f"{m.series.id}@{m.dates.iso_start() if m.dates else 'undated'}"


@dataclass(frozen=True)
class Milestone:
    """ "The Nth anniversary, in year Y", with the documents that say so (empty when loaded without them)."""

    ordinal: int
    year: int
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Relation:
    """Diplomatic relations (or another relation) between countries, founded in ``established``."""

    id: str
    name: str
    kind: str
    countries: tuple[str, ...]
    established: str
    milestones: tuple[Milestone, ...]
    conflicts: tuple[str, ...] = ()
