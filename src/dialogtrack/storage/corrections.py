"""Corrections the user makes by hand, applied over what the documents say.

Extraction is sometimes wrong and the user knows better. Hand-entered facts are kept apart from the
claims (so re-importing never loses them) and applied each time meetings and relations are resolved:

- a series merged into another speaks of the other's rounds;
- a hand-entered meeting field wins over the documents; when the documents say otherwise, the meeting
  carries a conflict saying both, so the disagreement is shown, not hidden;
- a deleted meeting is left out, whatever the documents say;
- a hand-entered founding date wins over the documents', with a conflict when they differ.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from dialogtrack.models import HAND_ENTERED, DateSpan, Meeting, Mention, Relation, Series, SourceRef, Status


def hand_source(note: str | None) -> SourceRef:
    """The source a hand-entered fact cites: it speaks of the meeting itself, as a release's headline does."""
    return SourceRef(document=HAND_ENTERED, origin=HAND_ENTERED, quote=note or "", role="headline")


@dataclass(frozen=True)
class ManualMeeting:
    """What the user said about one round; None fields leave the documents' value alone."""

    series_id: str
    round: int
    dates: DateSpan | None = None
    location: str | None = None
    co_chairs: tuple[str, ...] | None = None
    status: Status | None = None
    note: str | None = None
    deleted: bool = False


@dataclass(frozen=True)
class ManualRelation:
    countries: tuple[str, ...]
    kind: str
    established: str
    note: str | None = None


def merge_series(
    claims: Sequence[tuple[Mention, SourceRef]], merged_into: Mapping[str, str], series: Mapping[str, Series]
) -> list[tuple[Mention, SourceRef]]:
    """Mentions of a merged series become mentions of the series it was merged into (followed through
    chains: A into B, B into C)."""
    targets = merge_targets(merged_into, series)
    out = []
    for mention, source in claims:
        goal = targets.get(mention.series.id, mention.series.id)
        if goal != mention.series.id:
            mention = replace(mention, series=series[goal])
        out.append((mention, source))
    return out


def merge_targets(merged_into: Mapping[str, str], series: Mapping[str, Series]) -> dict[str, str]:
    """The series each merged series counts as (followed through chains: A into B, B into C), for the
    merged series whose target is on record; a series not listed counts as itself."""

    def target(series_id: str) -> str:
        seen = {series_id}
        while series_id in merged_into and merged_into[series_id] not in seen:
            series_id = merged_into[series_id]
            seen.add(series_id)
        return series_id

    return {sid: goal for sid in merged_into if (goal := target(sid)) != sid and goal in series}


def apply_manual_meetings(
    meetings: Sequence[Meeting], manual: Sequence[ManualMeeting], series: Mapping[str, Series]
) -> list[Meeting]:
    """The resolved meetings with every hand-entered fact applied."""
    by_key = {(m.series.id, m.round): m for m in meetings if m.round is not None}
    order = [(m.series.id, m.round) for m in meetings]
    for fact in manual:
        key = (fact.series_id, fact.round)
        if fact.deleted:
            by_key.pop(key, None)
            continue
        found = by_key.get(key)
        if found is None:
            if fact.series_id not in series:
                continue  # the series is gone from the record; the fact waits for it
            found = Meeting(series[fact.series_id], fact.round, None, None, (), "held", ())
            order.append(key)
        by_key[key] = _corrected(found, fact)
    unnumbered = [m for m in meetings if m.round is None]
    return [by_key[k] for k in dict.fromkeys(order) if k in by_key] + unnumbered


def _corrected(m: Meeting, fact: ManualMeeting) -> Meeting:
    conflicts = list(m.conflicts)
    documented = [s for s in m.sources if s.document != HAND_ENTERED]

    def differs(label: str, mine: object, theirs: object, show: Callable[[object], str] = str) -> None:
        if documented and theirs not in (None, ()) and mine != theirs:
            conflicts.append(f"{label} entered by hand: {show(mine)}; the documents say {show(theirs)}")

    def span_text(span: object) -> str:
        if not isinstance(span, DateSpan):
            return str(span)
        return span.iso_start() + (f" to {span.iso_end()}" if span.end else "")

    if fact.dates is not None:
        differs("dates", fact.dates, m.dates, span_text)
    if fact.location is not None:
        differs("place", fact.location, m.location)
    if fact.co_chairs is not None:
        differs("co-chairs", ", ".join(fact.co_chairs), ", ".join(m.co_chairs) or None)
    return replace(
        m,
        dates=fact.dates if fact.dates is not None else m.dates,
        location=fact.location if fact.location is not None else m.location,
        co_chairs=fact.co_chairs if fact.co_chairs is not None else m.co_chairs,
        status=fact.status or m.status,
        sources=(hand_source(fact.note), *documented),
        conflicts=tuple(dict.fromkeys(conflicts)),
    )


def apply_manual_relations(
    relations: Sequence[Relation], manual: Sequence[ManualRelation], names: Callable[[tuple[str, ...]], str]
) -> list[Relation]:
    """The resolved relations with hand-entered founding dates applied (and relations added)."""
    out = {(r.countries, r.kind): r for r in relations}
    for fact in manual:
        key = (fact.countries, fact.kind)
        found = out.get(key)
        if found is None:
            out[key] = Relation(
                id=relation_id(fact.countries, fact.kind),
                name=f"{names(fact.countries)} {fact.kind}",
                kind=fact.kind,
                countries=fact.countries,
                established=fact.established,
                milestones=(),
                conflicts=(),
            )
            continue
        conflicts = found.conflicts
        if found.established[:4] != fact.established[:4] or (
            len(found.established) == 10 and found.established != fact.established
        ):
            conflicts = (
                *conflicts,
                f"established entered by hand: {fact.established}; the documents say {found.established}",
            )
        out[key] = replace(found, established=fact.established, conflicts=conflicts)
    return list(out.values())


def relation_id(countries: tuple[str, ...], kind: str) -> str:
    return "-".join(c.lower() for c in countries) + "-" + kind.replace(" ", "-")
