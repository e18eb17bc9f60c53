"""Claims -> conclusions: one meeting per series and round, one relation per pair of countries.

Every document that speaks of a round is a source of the same meeting, whatever its language. Where
sources disagree the meeting takes the value of the best-placed sources (those reporting the round,
before those recalling it in passing; then the most precise; then the most sources) and lists the
disagreement as a conflict instead of hiding it. A dated mention without a round number joins the
numbered meeting of the same series held on the same day.

Relations: milestones say "the Nth anniversary in year Y", so the founding year is Y - N; every claim
votes, and a founding date stated outright ("established diplomatic relations on August 6, 1976")
gives the day. Pure functions: no database, no clock.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TypeVar

from dialogtrack.models import (
    AnniversaryClaim,
    DateSpan,
    Meeting,
    Mention,
    Milestone,
    Relation,
    Role,
    Series,
    SourceRef,
    Status,
    meeting_id,
)
from dialogtrack.storage.corrections import relation_id

T = TypeVar("T")
PRECISION_RANK = {"day": 3, "month": 2, "year": 1}
HELD: tuple[Role, ...] = ("headline", "concurrent")
"""The roles of a mention that reports a round as the document's own news: such documents are ranked
first among a meeting's sources, and the rounds one reports are held together."""


def short_names(
    series: Mapping[str, Series], rounds: Mapping[str, Collection[int]], local_kinds: Collection[str] = ()
) -> dict[str, str]:
    """The series a body named without its subject counts as: "the 3rd Thailand-Laos Joint Committee" is
    the "Joint Committee on Trade and Investment" when that is the only joint committee of Thailand and
    Laos on record with a subject and their rounds follow on (each round of the short name one or two from
    one of the other's, none the same: ``rounds``, the numbers each series' mentions give). Real releases
    name other bodies of a kind that generic too (a programme's joint committee, counting its own rounds),
    so rounds far apart, or none to compare, keep the short name a series of its own; so do two or more
    bodies with subjects ("… on Railway Cooperation", "… on Science and Technology Cooperation").
    A kind of ``local_kinds`` has a body for each pair of facing towns, more than are on record: one
    named without its towns is none of them in particular."""
    by_body: dict[tuple[str, tuple[str, ...]], list[str]] = defaultdict(list)
    for sid, s in series.items():
        if s.kind in local_kinds:
            continue
        by_body[(s.kind, tuple(sorted(s.countries)))].append(sid)
    out = {}
    for (kind, countries), ids in by_body.items():
        base = "-".join(c.lower() for c in countries) + f"-{kind}"
        qualified = [sid for sid in ids if sid != base]
        if (
            base in ids
            and len(qualified) == 1
            and _rounds_follow_on(rounds.get(base, ()), rounds.get(qualified[0], ()))
        ):
            out[base] = qualified[0]
    return out


ROUNDS_APART = 2  # how far a short name's round may be from the fuller name's nearest round


def _rounds_follow_on(short: Collection[int], full: Collection[int]) -> bool:
    if not short or not full or set(short) & set(full):
        return False
    return all(min(abs(r - f) for f in full) <= ROUNDS_APART for r in short)


def resolve_meetings(claims: Sequence[tuple[Mention, SourceRef]]) -> list[Meeting]:
    """Group mentions into meetings, keeping every source and the conflicts between them; the meetings
    come in the order of their first mention."""
    groups = {key: [claims[i] for i in members] for key, members in _group(claims).items()}
    meetings = {key: _meeting(group) for key, group in groups.items()}
    _link_held_together(meetings, groups)
    return list(meetings.values())


def first_mentions(claims: Sequence[tuple[Mention, SourceRef]]) -> list[int]:
    """For each meeting ``resolve_meetings(claims)`` gives, in its order, the index in ``claims`` of its
    first mention: meetings resolved series by series can so be put back in the order that resolving
    every claim at once gives."""
    return [members[0] for members in _group(claims).values()]


def _group(claims: Sequence[tuple[Mention, SourceRef]]) -> dict[tuple[str, object], list[int]]:
    """The indices of the claims about each meeting, keyed by series and round (or day), in the order
    of each meeting's first mention."""
    groups: dict[tuple[str, object], list[int]] = defaultdict(list)
    numbered_days: dict[tuple[str, str], int] = {}
    # The days a meeting of several days spans: a report of one of its days ("the talks went on today",
    # dated the 9th) is a report of that meeting (held 7-10), not a meeting of its own.
    spans: dict[str, list[tuple[date, date, object]]] = defaultdict(list)
    for mention, _ in claims:
        if mention.dates and mention.dates.precision == "day":
            if mention.round is not None:
                numbered_days.setdefault((mention.series.id, mention.dates.iso_start()), mention.round)
            if mention.dates.end is not None:
                start = mention.dates.start
                spans[mention.series.id].append((start, mention.dates.end, mention.round or f"@{start.isoformat()}"))
    for index, (mention, _) in enumerate(claims):
        key: object = mention.round
        if mention.round is None:
            day = mention.dates.iso_start() if mention.dates else "undated"
            key = numbered_days.get((mention.series.id, day), f"@{day}")
            if mention.dates and mention.dates.precision == "day" and mention.dates.end is None:
                key = next((k for lo, hi, k in spans[mention.series.id] if lo <= mention.dates.start <= hi), key)
        groups[(mention.series.id, key)].append(index)
    return groups


def _meeting(group: list[tuple[Mention, SourceRef]]) -> Meeting:
    mentions = [m for m, _ in group]
    numbered = [m for m in mentions if m.round is not None]
    chosen_dates = _choose([m for m in mentions if m.dates], _dates_of, _date_label, _same_dates)
    chosen_place = _choose([m for m in mentions if m.location], _place_of, str, _same_place, _names_a_town)
    (dates, date_conflict), (location, place_conflict) = chosen_dates, chosen_place
    # One person once: a name written with a space lost ("BùiThanh Sơn" in a caption, "Bùi Thanh Sơn" in the
    # text) is the same name, shown as spaced.
    co_chairs: dict[str, str] = {}
    for m in mentions:
        for name in m.co_chairs:
            key = "".join(name.split()).casefold()
            if key not in co_chairs or name.count(" ") > co_chairs[key].count(" "):
                co_chairs[key] = name
    sources: dict[str, SourceRef] = {}
    for _, source in sorted(group, key=lambda pair: _rank(pair[0]), reverse=True):
        sources.setdefault(source.document, source)
    return Meeting(
        series=mentions[0].series,
        round=numbered[0].round if numbered else None,
        dates=dates,
        location=location,
        co_chairs=tuple(co_chairs.values()),
        status=_status(mentions),
        sources=tuple(sources.values()),
        conflicts=tuple(c for c in (date_conflict, place_conflict) if c),
    )


def _dates_of(m: Mention) -> DateSpan:
    assert m.dates is not None  # only mentions with dates are chosen from
    return m.dates


def _place_of(m: Mention) -> str:
    assert m.location is not None
    return m.location


def _rank(m: Mention) -> tuple[int, int]:
    """Reports of a round held come first, then announcements of it, then mentions in passing."""
    reporting = 2 if m.role in HELD else 1 if m.role == "upcoming" else 0
    precision = PRECISION_RANK[m.dates.precision] if m.dates else 0
    return reporting, precision


def _choose(
    mentions: list[Mention],
    value: Callable[[Mention], T],
    label: Callable[[T], str],
    agree: Callable[[T, T], bool],
    finer: Callable[[Mention], bool] = lambda m: False,
) -> tuple[T | None, str | None]:
    """The value of the best-placed mentions (of those alike, the ``finer`` one), and a note when other
    sources say otherwise."""
    if not mentions:
        return None, None
    votes: Counter[T] = Counter(value(m) for m in mentions)
    best = max(mentions, key=lambda m: (_rank(m), finer(m), votes[value(m)]))
    chosen = value(best)
    others = sorted({label(value(m)) for m in mentions if not agree(value(m), chosen)})
    if not others:
        return chosen, None
    return chosen, f"{label(chosen)} (kept) vs {', '.join(others)}"


def _date_label(span: DateSpan) -> str:
    end = span.iso_end()
    return span.iso_start() + (f"/{end}" if end else "")


def _same_dates(a: DateSpan, b: DateSpan) -> bool:
    """Two dates agree when the less precise one contains the more precise one's start."""
    if PRECISION_RANK[a.precision] < PRECISION_RANK[b.precision]:
        a, b = b, a
    if not a.iso_start().startswith(b.iso_start()):
        return False
    if a.precision == b.precision == "day" and a.end and b.end:
        return a.end == b.end
    return True


def _names_a_town(m: Mention) -> bool:
    """Whether a mention's place is finer than a party's country ("Jakarta" against "Indonesia" for the
    Indonesia–Malaysia Annual Consultation): a release that says the city beats one that names the country."""
    assert m.location is not None
    return m.location not in m.series.name_en


def _same_place(a: str, b: str) -> bool:
    sa, sb = a.casefold(), b.casefold()
    return sa in sb or sb in sa


def _status(mentions: list[Mention]) -> Status:
    roles = {m.role for m in mentions}
    if roles & {"headline", "concurrent", "past"}:
        return "held"
    if "upcoming" in roles:
        return "scheduled"
    return "planned"


def _link_held_together(
    meetings: dict[tuple[str, object], Meeting],
    groups: dict[tuple[str, object], list[tuple[Mention, SourceRef]]],
) -> None:
    """Meetings a document reports as held together (headline and concurrent) are linked both ways."""
    together: dict[str, set[str]] = defaultdict(set)
    ids = {key: meeting_id(m) for key, m in meetings.items()}
    for key, group in groups.items():
        for mention, source in group:
            if mention.role in HELD:
                together[source.document].add(ids[key])
    links = held_together(together.values())
    for key, meeting in meetings.items():
        if ids[key] in links:
            meetings[key] = replace(meeting, held_with=links[ids[key]])


def held_together(reports: Iterable[Collection[str]]) -> dict[str, tuple[str, ...]]:
    """Each meeting's links to the others a document reports held with it, sorted, from the ids of
    the meetings each document reports held (one collection per document)."""
    links: dict[str, set[str]] = defaultdict(set)
    for ids in reports:
        for one in ids:
            links[one] |= {other for other in ids if other != one}
    return {one: tuple(sorted(linked)) for one, linked in links.items()}


def resolve_relations(
    claims: Sequence[tuple[AnniversaryClaim, SourceRef]], names: Callable[[tuple[str, ...]], str]
) -> list[Relation]:
    """One relation per (countries, kind), its founding voted on by every claim."""
    groups: dict[tuple[tuple[str, ...], str], list[tuple[AnniversaryClaim, SourceRef]]] = defaultdict(list)
    for claim, source in claims:
        groups[(claim.countries, claim.kind)].append((claim, source))
    relations = []
    for (countries, kind), group in groups.items():
        years: Counter[str] = Counter()
        exact: dict[str, str] = {}
        for claim, _ in group:
            year = claim.established[:4]
            years[year] += 2 if claim.ordinal == 0 else 1
            if len(claim.established) == 10:
                exact.setdefault(year, claim.established)
        founding_year = max(years, key=lambda y: (years[y], -int(y)))
        conflicts = tuple(
            f"founded {y} according to {years[y]} claim(s), {founding_year} kept"
            for y in sorted(years)
            if y != founding_year
        )
        milestones: dict[tuple[int, int], list[SourceRef]] = defaultdict(list)
        for claim, source in group:
            if claim.ordinal > 0:
                milestones[(claim.ordinal, claim.year)].append(source)
        name = f"{names(countries)} {kind}"
        relations.append(
            Relation(
                id=relation_id(countries, kind),
                name=name,
                kind=kind,
                countries=countries,
                established=exact.get(founding_year, founding_year),
                milestones=tuple(
                    Milestone(ordinal, year, tuple({s.document: s for s in sources}.values()))
                    for (ordinal, year), sources in sorted(milestones.items(), key=lambda kv: kv[0][1])
                ),
                conflicts=conflicts,
            )
        )
    return sorted(relations, key=lambda r: r.name)
