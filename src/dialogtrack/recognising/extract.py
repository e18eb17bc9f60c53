"""Document -> claims: the rounds it mentions (with their role), anniversaries and cadence.

One mention per round a release names, its facts gathered from every place it names it: the series and
round (``refs``, ``rounds``), the date (``dating``), the role (``roles``), the place (``venues``) and
the co-chairs (``people``). Rounds held alongside the round a release reports took place where it did,
unless they say otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, partial

from dialogtrack.models import CadenceClaim, DateSpan, Document, Extraction, Mention, Role, Series
from dialogtrack.reading.metadata import is_page_date
from dialogtrack.recognising.anniversaries import find_anniversaries, find_cadences
from dialogtrack.recognising.annotate import AnnotatedText, annotate
from dialogtrack.recognising.dates import AHEAD, DateMatch, find_dates, relative_day, relative_month
from dialogtrack.recognising.dating import (
    TRAVEL,
    date_bound,
    date_of,
    dates_no_round,
    day_heading,
    held_day,
    lead_date,
    reference_date,
    relative_day_of,
    same_day,
    visit_dates,
    years_from_openings,
)
from dialogtrack.recognising.passages import paragraph_bounds, quote_bounds, sentence_of, split_sentences
from dialogtrack.recognising.people import english_names, find_co_chairs
from dialogtrack.recognising.refs import SeriesRef, find_series_refs
from dialogtrack.recognising.roles import (
    PAST_MARGIN,
    ROLE_OF_HINT,
    Draft,
    best_draft,
    named_as_this,
    overlaps,
    period_end,
    pick_headline,
    role_hint,
)
from dialogtrack.recognising.rounds import (
    NamedRound,
    add_seriesless_rounds,
    listed_together,
    localise,
    most_named_parties,
    named_parties,
    next_rounds,
    roundless_headline,
    settle,
    share_subjects,
)
from dialogtrack.recognising.scan import CHAIR
from dialogtrack.recognising.venues import location_of, places_in, reported_location, visit_pattern
from dialogtrack.registry import Registry

THAI_LETTER = re.compile(r"[\u0e01-\u0e4e]")

__all__ = ["find_claims", "reference_date", "split_sentences"]


def find_claims(doc: Document, registry: Registry) -> Extraction:
    """Everything ``doc`` claims about dialogue rounds, anniversaries and cadence."""
    text = doc.text
    annotated = annotate(text, registry)
    title = annotate(doc.title, registry, sentences=False)
    sentences = annotated.sentences
    reference = reference_date(doc)
    default_year = reference.start.year if reference else None
    dates = [d for d in find_dates(text, default_year=default_year) if not is_page_date(text, d.start, d.end)]
    dates = years_from_openings(dates, sentences, text)
    # Counting every country a release names is costly, and needed only for a name that leaves its
    # parties out with none of its kind nearby: counted on first use.
    fallback = cache(partial(most_named_parties, annotated, title, registry))
    refs = localise(
        settle(find_series_refs(annotated, registry), text, fallback, registry, sentences), annotated, registry
    )
    refs = add_seriesless_rounds(share_subjects(refs, registry), annotated)
    round_dates = [d for d in dates if not dates_no_round(text, d)]
    mentions = _mentions(doc, annotated, title, refs, round_dates, reference, fallback, registry)
    parties = named_parties(refs) or fallback()
    cadences = find_cadences(text, [(r.series, r.ref.start) for r in refs], sentences)
    named_annual = {r.series.id: r for r in refs if r.ref.kind.annual}
    cadences += [
        CadenceClaim(series=r.series, months=12, quote=text[r.ref.name_start : r.ref.name_end])
        for r in named_annual.values()
        if not any(c.series.id == r.series.id for c in cadences)
    ]
    return Extraction(
        mentions=tuple(mentions),
        anniversaries=tuple(find_anniversaries(annotated, dates, reference, parties, registry)),
        cadences=tuple(cadences),
    )


def _mentions(
    doc: Document,
    annotated: AnnotatedText,
    title: AnnotatedText,
    refs: list[NamedRound],
    dates: list[DateMatch],
    reference: DateSpan | None,
    fallback: Callable[[], tuple[str, ...]],
    registry: Registry,
) -> list[Mention]:
    """One mention per round the document names, its facts gathered from every place it names it."""
    text, sentences = doc.text, annotated.sentences
    title_refs = [r for r in refs if sentences and r.sentence == sentences[0]]
    # The title's own offsets name no place of the body: a local committee in the title takes the pair of
    # towns the body names first (no sentence of the body holds the title's reference).
    title_refs += share_subjects(
        localise(settle(find_series_refs(title, registry), doc.title, fallback, registry, []), annotated, registry),
        registry,
        refs,
    )
    rounds = [r for r in refs if r.ref.round is not None or r.ref.special]
    if not rounds:
        rounds = roundless_headline(refs, dates, text, reference)
    rounds += next_rounds(refs, rounds, text)
    rounds += _unnumbered_mentions_of_one_round(refs, rounds, dates, text, reference)
    # Each round is read within its sentence: handing on only that sentence's rounds and dates keeps
    # a file that names a round thousands of times linear.
    siblings = _by_sentence(rounds)
    named = _by_sentence(refs)
    in_sentence = _dates_by_sentence(dates)
    groups: dict[tuple[str, int | None], list[Draft]] = {}
    visit_cue = registry.cue_re("during_the_visit")
    for r in rounds:
        # What a preparatory meeting is for is not dated by the preparatory meeting's own date.
        written = in_sentence(r.sentence)
        if r.ref.preparatory:
            span, place = _date_it_is_to_be_held(r, written, text, reference), None
        else:
            span = date_of(r, siblings[r.sentence], written, text, reference)
            span = span or day_heading(r, sentences, dates, text) or visit_dates(r, sentences, dates, text, visit_cue)
            # a round named only by its number ("… การประชุมครั้งแรก เมื่อปี 2547") reads its place within its own
            # words, not across the named mention before it: "ประชุม ครม.ร่วมไทย-เวียดนาม ที่กรุงฮานอย หลัง …" met
            # in Hanoi, the first did not
            unnamed = r.ref.name_start == r.ref.name_end
            bounds = [*siblings[r.sentence], *(named.get(r.sentence, ()) if unnamed else ())]
            place = location_of(r, bounds, annotated, registry)
        in_title = bool(sentences) and r.sentence == sentences[0]
        counted = span is not None and not any(d.span == span for d in written)
        follows = (
            span is not None
            and any(d.span == span and d.start >= r.ref.end for d in written)
            and not TRAVEL.search(text, *r.sentence)  # "… held in conjunction with the visit from 7 to 9 December"
        )
        draft = Draft(r, span, place, in_title=in_title, counted=counted, follows_name=follows)
        groups.setdefault((r.series.id, r.ref.round), []).append(draft)
    _mark_shared_dates(groups)
    draft_cue = registry.cue_re("draft_before")
    hints = {key: role_hint(drafts, siblings, text, reference, draft_cue) for key, drafts in groups.items()}
    under_way = frozenset(key for key, drafts in groups.items() if named_as_this(drafts, siblings, text))
    headline = pick_headline(groups, hints, title_refs, under_way)
    lead_at: int | None = None
    if (
        headline
        and best_draft(groups[headline]).span is None
        and not all(d.ref.ref.preparatory for d in groups[headline])  # the lead dates the preparations
        and (lead := lead_date(text, sentences, dates, reference))
        and not _dates_another_round(lead, headline, rounds, sentences)
        and not _journey_elsewhere(lead, groups[headline][0].ref.series, sentences, text, registry)
    ):
        # "เมื่อวันพฤหัสบดีที่ ๒๖ สิงหาคม …" opens the release without naming the round it reports.
        groups[headline][0] = replace(groups[headline][0], span=lead.span)
        lead_at = lead.start
        hints[headline] = role_hint(groups[headline], siblings, text, reference, draft_cue)
    if headline and (held := held_day(best_draft(groups[headline]), rounds, dates, annotated)):
        # "… travelled to India on 20-22 April to attend the 6th …. The meeting, held on 21 April, …"
        groups[headline][0] = replace(best_draft(groups[headline]), span=held.span)
        hints[headline] = role_hint(groups[headline], siblings, text, reference, draft_cue)
        if held.ahead and (reference is None or held.span.start >= reference.start):
            hints[headline] = "upcoming"  # "… which will be held in Anning from August 14 to 15"
    ahead = [key for key, hint in hints.items() if hint == "ahead"]
    if (
        (headline is None or best_draft(groups[headline]).span is None)
        and len(ahead) == 1
        and (visit := _visit_day(text, sentences, dates, reference, groups[ahead[0]][0].ref.series, registry))
    ):
        # "X will be on a three-day visit to Sri Lanka from March 12 …. X will co-chair the fourth meeting of the
        # … Joint Commission": the one round to come is held on the visit the lead dates (a visit to one of its
        # parties, when the lead says where), whatever undated round the release also tells of.
        day, country = visit
        first = groups[ahead[0]][0]
        groups[ahead[0]][0] = replace(first, span=day, location=first.location or country)
        hints[ahead[0]] = "upcoming"
    headline_span = best_draft(groups[headline]).span if headline else None
    for key, drafts in groups.items():
        if headline_span and best_draft(drafts).span is None and any(same_day(d.ref, text) for d in drafts):
            groups[key][0] = replace(drafts[0], span=DateSpan(headline_span.start))  # "later that day"
            hints[key] = "held"
    mentions = []
    for key, drafts in groups.items():
        best = best_draft(drafts)
        hint = hints[key]
        role: Role
        if key == headline:
            role = "upcoming" if hint == "upcoming" else "planned" if hint in ("planned", "ahead") else "headline"
        elif hint in ROLE_OF_HINT:
            role = ROLE_OF_HINT[hint]
        elif _earlier_round_of(key, headline):
            role = "past"  # an earlier round of the series the release reports: never held alongside it
        else:
            # Held alongside the headline round, or recent news reported beside it (not recalled in passing).
            recent = hint == "held" and best.span is not None and best.span.precision == "day"
            role = "concurrent" if recent or overlaps(best.span, headline_span) else "past"
        span = best.span
        if role in ("headline", "upcoming", "concurrent") and (
            moved := _postponed(best.ref, best.span, text, in_sentence, registry, reference)
        ):
            # "… originally set for 20 March, has been postponed (to 5 April)": the date given is not the round's
            span = moved if isinstance(moved, DateSpan) else None
            role = "upcoming" if span is not None else "planned"
        location = best.location or next((d.location for d in drafts if d.location), None)
        leads = [lead_at] if key == headline and lead_at is not None else []
        reporting = role in ("headline", "upcoming", "concurrent")
        co_chairs = _co_chairs(drafts, leads, role, text, registry, siblings, sentences, named) if reporting else ()
        if reporting and not co_chairs and key == headline:
            co_chairs = _chairs_of_the_meeting(annotated, named, registry)
        quote_start, quote_end = quote_bounds(text, best.ref.sentence, best.ref.ref)
        mentions.append(
            Mention(
                series=best.ref.series,
                round=best.ref.ref.round,
                role=role,
                dates=span,
                location=location,
                co_chairs=co_chairs,
                quote=text[quote_start:quote_end].strip(),
                start=best.ref.ref.start,
                end=best.ref.ref.end,
                alias=next((_name(text, d.ref.ref) for d in (best, *drafts) if _name(text, d.ref.ref)), ""),
            )
        )
    countries = {c.en for c in registry.countries.values()}
    reported_held = {(m.series.id, m.round) for m in mentions if m.role == "headline"}
    mentions = [
        replace(m, location=reported_location(annotated, rounds, registry, m.location))
        if m.role in ("headline", "upcoming")
        and (m.location is None or m.location in countries)
        and only_reported_round(m, groups, reported_held)
        else m
        for m in mentions
    ]
    mentions += _rounds_recalled_by_date(
        refs, rounds, mentions, dates, annotated, registry, reference, siblings, in_sentence
    )
    return _fullest_names(_share_headline_facts(mentions), [*refs, *title_refs])


def _postponed(
    r: NamedRound,
    span: DateSpan | None,
    text: str,
    in_sentence: Callable[[tuple[int, int]], list[DateMatch]],
    registry: Registry,
    reference: DateSpan | None,
) -> DateSpan | bool:
    """Whether the sentence naming ``r`` says it was put off after naming it: the new date when it gives one
    after the word ("postponed to 5 April", "ขอเลื่อน … เป็นวันพรุ่งนี้"), else True. Not when the round's date is
    the one written before its name: "เมื่อวันที่ 27/5 … ครั้งที่ 6 … เดิมมีกำหนด 11-12 มีนาคม แต่ได้เลื่อนออกไป" was
    held, on the later day."""
    m = registry.cue_re("postponed").search(text, r.ref.end, r.sentence[1])
    if m is None:
        return False
    written = in_sentence(r.sentence)
    if span is not None and any(d.start < r.ref.start and d.span == span for d in written):
        return False  # the date that opens the sentence is when it was held
    later = [d for d in written if d.start >= m.end() and d.span.precision == "day"]
    if later:
        return later[0].span
    counted = relative_day(text[m.end() : r.sentence[1]], reference.start) if reference is not None else None
    return DateSpan(counted) if counted is not None and reference and reference.precision == "day" else True


def _rounds_recalled_by_date(
    refs: list[NamedRound],
    rounds: list[NamedRound],
    mentions: list[Mention],
    dates: list[DateMatch],
    doc: AnnotatedText,
    registry: Registry,
    reference: DateSpan | None,
    siblings: dict[tuple[int, int], list[NamedRound]],
    in_sentence: Callable[[tuple[int, int]], list[DateMatch]],
) -> list[Mention]:
    """Rounds of a series that never numbers them, recalled by their date ("the EU-China Strategic Dialogue
    held in Beijing in 2015", "… talks in June last year"): one past mention for each date a sentence binds
    to the series' name, unless a round the release already tells of has that date."""
    if reference is None:
        return []
    text = doc.text
    taken = {r.ref.start for r in rounds}
    numbered = {r.series.id for r in rounds if r.ref.round is not None}
    seen: dict[str, list[DateSpan]] = {}
    for m in mentions:
        if m.dates is not None:
            seen.setdefault(m.series.id, []).append(m.dates)
    found: list[Mention] = []
    for r in refs:
        if r.ref.round is not None or r.ref.special or r.ref.preparatory or r.ref.start in taken:
            continue
        if any(o.series.id == r.series.id and o.ref.round is not None for o in siblings.get(r.sentence, [])):
            continue  # the sentence numbers a round of the series: the name is that round's
        if r.ref.kind.framework and not r.ref.framework and r.series.id not in numbered:
            continue  # a framework's kind between two countries is a series only when numbered
        span = date_bound(r, [*siblings.get(r.sentence, []), r], in_sentence(r.sentence), text)
        if span is None or period_end(span.end or span.start, span) >= reference.start - PAST_MARGIN:
            continue  # rounds long past only: the news of the day and what is ahead are read above
        if FOUNDED.search(text, *r.sentence):
            continue  # "an annual event initiated in 2011": the series' beginning, not a round of it
        if any(_same_period(span, other) for other in seen.get(r.series.id, [])):
            continue
        seen.setdefault(r.series.id, []).append(span)
        lo, hi = quote_bounds(text, r.sentence, r.ref)
        # where it was, only right after its name: "the Leaders' Retreat in Putrajaya, Malaysia on 7 April 2014"
        place = next(places_in(doc, r.ref.end, min(r.sentence[1], r.ref.end + RECALLED_PLACE_WINDOW), registry), None)
        found.append(
            Mention(
                series=r.series,
                round=None,
                role="past",
                dates=span,
                location=place,
                co_chairs=(),
                quote=text[lo:hi].strip(),
                start=r.ref.start,
                end=r.ref.end,
                alias=_name(text, r.ref),
            )
        )
    return found


RECALLED_PLACE_WINDOW = 30  # characters after a recalled round's name in which its place is read

# The words of a series' beginning, which the year of a sentence dates rather than a round.
FOUNDED = re.compile(
    # ("since" before a date or a time, not before a name: "progress made since the Leaders' Retreat in
    # Putrajaya on 7 April 2014" recalls that round)
    r"\b(?:launched|initiated|inaugurated|establish(?:ed|ment)|set\s+up|created|began|started|founded|inception"
    r"|since(?!\s+the\s)"
    r"|first\s+(?:held|convened|met))\b"
    r"|ก่อตั้ง|จัดตั้ง|ริเริ่ม|เริ่มต้น|นับตั้งแต่|ตั้งแต่",
    re.I,
)


def _same_period(a: DateSpan, b: DateSpan) -> bool:
    """Whether two dates may be one round's: equal at the coarser of their precisions."""
    width = {"year": 4, "month": 7, "day": 10}[a.precision if len(a.iso_start()) <= len(b.iso_start()) else b.precision]
    return a.iso_start()[:width] == b.iso_start()[:width]


def only_reported_round(
    m: Mention, groups: dict[tuple[str, int | None], list[Draft]], held: set[tuple[str, int | None]]
) -> bool:
    """Whether ``m`` is the only round of its series the release reports: a place read from the whole
    release belongs to one reported round, not to several. A round reported as held is the only one when
    no other round of its series is reported held (the next one it announces has a place of its own)."""
    if m.role == "headline":
        return [key for key in held if key[0] == m.series.id] == [(m.series.id, m.round)]
    return [key for key in groups if key[0] == m.series.id] == [(m.series.id, m.round)]


def _fullest_names(mentions: list[Mention], refs: list[NamedRound]) -> list[Mention]:
    """A series named in its sources' words ("2+2 Meeting" in the body, "Foreign and Defence Ministers
    2+2 Meeting" in the title) takes the fullest name the release gives it."""
    fullest: dict[str, Series] = {}
    for r in refs:
        if len(r.series.name_en) > len(fullest.get(r.series.id, r.series).name_en):
            fullest[r.series.id] = r.series
        fullest.setdefault(r.series.id, r.series)
    return [replace(m, series=fullest.get(m.series.id, m.series)) for m in mentions]


def _unnumbered_mentions_of_one_round(
    refs: list[NamedRound], rounds: list[NamedRound], dates: list[DateMatch], text: str, reference: DateSpan | None
) -> list[NamedRound]:
    """ "The Strategic Dialogue convened at the Department of State on June 11", "… the ministerial-level meeting
    of the … Joint River Commission is going to be held this afternoon": in a release that numbers one round of a
    series, a dated sentence naming the series alone speaks of that round."""
    numbered: dict[str, set[int]] = {}
    for r in rounds:
        if r.ref.round is not None:
            numbered.setdefault(r.series.id, set()).add(r.ref.round)
    found = []
    siblings = _by_sentence(rounds)
    in_sentence = _dates_by_sentence(dates)

    # The days the numbered rounds are given where they are named: "… since the Leaders' Retreat in
    # Singapore on 5 May 2015", in a release dating the 7th 13 December 2016, is another (earlier) round.
    # Read only for a series that has such a mention: most releases have none.
    @cache
    def own_days(series_id: str) -> list[DateSpan]:
        spans = [
            date_of(r, siblings.get(r.sentence, [r]), in_sentence(r.sentence), text, None)
            for r in rounds
            if r.series.id == series_id and r.ref.round is not None
        ]
        return [d for d in spans if d is not None and d.precision == "day"]

    for r in refs:
        only = numbered.get(r.series.id, set())
        if r.ref.round is not None or r.ref.special or r.ref.preparatory or len(only) != 1:
            continue
        candidate = replace(r, ref=replace(r.ref, round=next(iter(only))))
        bound = date_bound(candidate, [*siblings.get(r.sentence, []), candidate], in_sentence(r.sentence), text)
        if bound is None and not in_sentence(r.sentence):
            bound = relative_day_of(candidate, text, reference)  # "… is going to be held this afternoon"
        if bound is None or bound.precision != "day":
            continue
        if any(abs((bound.start - day.start).days) > SAME_ROUND_DAYS for day in own_days(r.series.id)):
            continue
        found.append(candidate)
    return found


SAME_ROUND_DAYS = 7  # a dated mention this far from the numbered round's own day is another round


def _by_sentence(rounds: list[NamedRound]) -> dict[tuple[int, int], list[NamedRound]]:
    """The rounds named in each sentence, in the order given."""
    found: dict[tuple[int, int], list[NamedRound]] = {}
    for r in rounds:
        found.setdefault(r.sentence, []).append(r)
    return found


def _dates_by_sentence(dates: list[DateMatch]) -> Callable[[tuple[int, int]], list[DateMatch]]:
    """A lookup of the dates that start within a sentence, found by bisection."""
    ordered = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in ordered]

    def within(sentence: tuple[int, int]) -> list[DateMatch]:
        lo, hi = sentence
        return ordered[bisect_left(starts, lo) : bisect_left(starts, hi)]

    return within


def _mark_shared_dates(groups: dict[tuple[str, int | None], list[Draft]]) -> None:
    """Flag the dates one sentence gives to several different rounds: a title's "ครั้งที่ ๔ และ … ครั้งที่
    ๒๓, ๒๐-๒๑ มีค" dates neither round as well as the body's own date for each."""
    by_sentence: dict[tuple[tuple[int, int], DateSpan], set[tuple[str, int | None]]] = {}
    for key, drafts in groups.items():
        for d in drafts:
            if d.span is not None:
                by_sentence.setdefault((d.ref.sentence, d.span), set()).add(key)
    for key, drafts in groups.items():
        groups[key] = [
            replace(d, shared=d.span is not None and len(by_sentence[(d.ref.sentence, d.span)]) > 1) for d in drafts
        ]


# "… ครั้งที่ 115 (ฝ่ายไทย) ที่จะมีขึ้นในเดือนเมษายนนี้", "… the 30th meeting, to be held in March":
# what a round being prepared is dated by, right after its name.
TO_BE_HELD = re.compile(
    r"[^\S\n]*(?:\([^)\n]{0,30}\)[^\S\n]*)?,?[^\S\n]*"
    r"(?:(?:ที่|ซึ่ง)จะ(?:มีขึ้น|จัดขึ้น|จัด|ประชุม)|(?:which\s+)?(?:is\s+|are\s+)?(?:to\s+be|will\s+be)\s+held)",
    re.I,
)


def _date_it_is_to_be_held(
    r: NamedRound, written: list[DateMatch], text: str, reference: DateSpan | None
) -> DateSpan | None:
    """A round being prepared ("การประชุมเตรียมการ … ครั้งที่ 112") is not dated by the preparations; only
    by a date its name is followed with, said to be when it will be held."""
    m = TO_BE_HELD.match(text, r.ref.end, r.sentence[1])
    if m is None:
        return None
    after = [d for d in written if m.end() <= d.start < m.end() + 80]
    if after:
        return after[0].span
    return relative_month(text[m.end() : min(r.sentence[1], m.end() + 80)], reference.start) if reference else None


def _visit_day(
    text: str,
    sentences: list[tuple[int, int]],
    dates: list[DateMatch],
    reference: DateSpan | None,
    series: Series,
    registry: Registry,
) -> tuple[DateSpan, str | None] | None:
    """The first day of a visit to come that the release's lead announces ("… will be on a two-day visit
    to Sri Lanka from March 12"), on or after the release's own day, and the country visited when it says:
    a sentence among the first under the title that speaks of travel to come and gives a day."""
    if reference is None:
        return None
    # the lines of a page's head ("Headlines", a byline, "October 17, 2024 | 12:00am") are not the lead's sentences
    lead = [(lo, hi) for lo, hi in sentences[1:] if len(text[lo:hi].split()) >= LEAD_SENTENCE_WORDS]
    for lo, hi in lead[: VISIT_LEAD_SENTENCES - 1]:
        if not (TRAVEL.search(text, lo, hi) and AHEAD.search(text, lo, hi)):
            continue
        visited = _visited_country(text, lo, hi, registry)
        if visited is not None and visited not in series.countries:
            continue  # a visit elsewhere
        day = next((d.span.start for d in dates if lo <= d.start < hi and d.span.precision == "day"), None)
        # "… will undertake his first official visit to Thailand tomorrow"
        day = day or relative_day(text[lo:hi], reference.start)
        if day is None:
            continue
        if day < reference.start:
            return None
        return DateSpan(day), registry.countries[visited].en if visited else None
    return None


VISIT_LEAD_SENTENCES = 5  # the title and the lines right under it: where a release announces the visit
LEAD_SENTENCE_WORDS = 8  # fewer words make a line of the page's head, not a sentence of the lead


def _name(text: str, ref: SeriesRef) -> str:
    return text[ref.name_start : ref.name_end]


def _earlier_round_of(key: tuple[str, int | None], headline: tuple[str, int | None] | None) -> bool:
    """Whether ``key`` is a round of the headline's series numbered before it."""
    if headline is None or key[0] != headline[0] or key[1] is None or headline[1] is None:
        return False
    return key[1] < headline[1]


def _dates_another_round(
    lead: DateMatch, headline: tuple[str, int | None], rounds: list[NamedRound], sentences: list[tuple[int, int]]
) -> bool:
    """Whether the lead's sentence is about another round of the same series ("This is the second meeting ….
    We held our first meeting on 1 September 2010"): its day is that round's, not the one the release reports
    (a round of another series there was held alongside, on the lead's day)."""
    sentence = sentence_of(lead.start, sentences)
    return any(r.sentence == sentence and r.series.id == headline[0] and r.ref.round != headline[1] for r in rounds)


def _journey_elsewhere(
    lead: DateMatch, series: Series, sentences: list[tuple[int, int]], text: str, registry: Registry
) -> bool:
    """Whether the lead dates a journey to a country that is no party of the round ("… will undertake his first
    official visit to Thailand tomorrow", over "… traveled to Kuala Lumpur for the 8th Philippines-Malaysia Joint
    Commission Meeting"): its day is that visit's."""
    code = _visited_country(text, *sentence_of(lead.start, sentences), registry)
    return code is not None and code not in series.countries


def _visited_country(text: str, lo: int, hi: int, registry: Registry) -> str | None:
    """The code of the country ``text[lo:hi]`` says a delegation visits or travels to, if it says."""
    m = visit_pattern(registry).search(text, lo, hi)
    return registry.country(m.group("c") or m.group("c2")) if m else None


def _co_chairs(
    drafts: list[Draft],
    leads: list[int],
    role: Role,
    text: str,
    registry: Registry,
    siblings: dict[tuple[int, int], list[NamedRound]],
    sentences: list[tuple[int, int]],
    named: dict[tuple[int, int], list[NamedRound]],
) -> tuple[str, ...]:
    """Who led the round: named in a paragraph that names the round (or in the lead paragraph that
    dates it), else, for the round a release reports, in the paragraph after one that names it."""
    key = (drafts[0].ref.series.id, drafts[0].ref.ref.round)
    if role == "concurrent":
        # A round held alongside the headline has chairs of its own only where a sentence names it alone:
        # the headline's co-chairs are not its co-chairs.
        own = dict.fromkeys(_own_words(text, d.ref, siblings.get(d.ref.sentence, [])) for d in drafts)
        names = [n for sentence in own for n in find_co_chairs(sentence, registry)]
        if not names:
            listed = [d for d in drafts if _listed_after_chair_verb(text, d.ref, siblings.get(d.ref.sentence, []))]
            names = [n for d in listed for n in find_co_chairs(text[slice(*d.ref.sentence)], registry)]
        return tuple(dict.fromkeys(names))
    chairs_only = drafts[0].ref.series.kind in registry.kinds and registry.kinds[drafts[0].ref.series.kind].framework
    bounds = dict.fromkeys(paragraph_bounds(text, at) for at in [*(d.ref.ref.start for d in drafts), *leads])
    paragraphs = dict.fromkeys(_about_this_round(text, lo, hi, key, sentences, named, siblings) for lo, hi in bounds)
    names = [n for p in paragraphs for n in find_co_chairs(p, registry, chairs_only, surnames=True)]
    # The paragraph after one that names the round may name its chairs ("The Dialogue was co-chaired by …"):
    # read when the round's own paragraphs named nobody, when it names no round at all, or when it names this
    # round again before any other (the other side's chair, in a paragraph of its own).
    after = dict.fromkeys(paragraph_bounds(text, d.ref.ref.start, following=True) for d in drafts)
    following = [
        _about_this_round(text, lo, hi, key, sentences, named, siblings)
        for lo, hi in after
        if not names
        or not _names_a_round(lo, hi, sentences, named)
        or _names_this_round_again(lo, hi, key, sentences, named)
    ]
    names += [
        n
        for p in dict.fromkeys(following)
        if p not in paragraphs
        for n in find_co_chairs(p, registry, chairs_only, surnames=True)
    ]
    return spelled_out(names, text, registry)


# "… will co-chair the meeting with Wang Yi", "The talks were co-chaired by …", "… เป็นประธานร่วมในการประชุมครั้งนี้":
# a sentence that names no round but says who chairs "the meeting" speaks of the round the release reports.
CHAIR_THE_MEETING = re.compile(
    r"\b(?:co-?chair(?:ed|s|ing)?|chair(?:ed|s|ing)?|presided\s+over)\s+(?:the|this|today's)\s+"
    r"(?:meeting|dialogue|talks|session|consultations?)\b"
    r"|\b(?:the|this)\s+(?:meeting|dialogue|talks|session|consultations?)\s+(?:was|were|will\s+be|is)\s+(?:co-)?chaired\s+by\b"
    r"|เป็นประธาน(?:ร่วม)?(?:ใน)?(?:การประชุม|การหารือ)(?:ครั้งนี้|ดังกล่าว)",
    re.I,
)


# "The head of the Timor-Leste delegation was Ambassador X …", a sentence for each side: the heads of
# delegation of the round the release reports.
HEAD_OF_DELEGATION = re.compile(r"\b[Tt]he\s+head\s+of\s+the\s+(?:\S+\s+){0,3}?delegation\s+(?:was|is|will\s+be)\s")
# "… the Nepali delegation was led by X, while the Indian delegation was led by Y": both sides' heads in one
# sentence (one side's alone may be any delegation's).
DELEGATION_LED_BY = re.compile(r"\bdelegation\s+was\s+(?:led|headed)\s+by\b")


def _chairs_of_the_meeting(
    doc: AnnotatedText, named: dict[tuple[int, int], list[NamedRound]], registry: Registry
) -> tuple[str, ...]:
    """The chairs a sentence naming no round gives "the meeting", or else the heads of delegation that
    sentences naming no round give: the round the release reports."""
    text = doc.text
    heads: list[str] = []
    for sentence in dict.fromkeys(sentence_of(m.start, doc.sentences) for m in doc.of(CHAIR)):
        if named.get(sentence):
            continue
        if CHAIR_THE_MEETING.search(text, *sentence):
            if names := spelled_out(
                find_co_chairs(text[sentence[0] : sentence[1]], registry, surnames=True), text, registry
            ):
                return names
        elif HEAD_OF_DELEGATION.search(text, *sentence) or len(DELEGATION_LED_BY.findall(text, *sentence)) >= 2:
            heads += find_co_chairs(text[sentence[0] : sentence[1]], registry, surnames=True)
    return spelled_out(dict.fromkeys(heads), text, registry)


def spelled_out(names: Iterable[str], text: str, registry: Registry) -> tuple[str, ...]:
    """The names, a surname alone ("Sangiampongsa will co-chair …") replaced by the full name the release
    gives that person elsewhere ("Foreign Minister Maris Sangiampongsa"), or left out when it gives none."""
    found: list[str] = []
    for name in names:
        if " " in name or not name.isascii():
            found.append(name)
            continue
        # the surname after the given names ("Maris Sangiampongsa"), or the given name a release uses alone
        # before the family name ("Paetongtarn Shinawatra", "Anwar Ibrahim")
        for at in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            before = SPELLED_BEFORE.search(text, max(0, at.start() - 80), at.start())
            after = SPELLED_AFTER.match(text, at.end())
            spans = [text[before.start() : at.end()]] if before else []
            spans += [text[at.start() : after.end()]] if after else []
            full = next((n for span in spans for n in english_names(span, registry) if _holds_word(n, name)), None)
            if full:
                found.append(full)
                break
    return tuple(dict.fromkeys(found))


SPELLED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*[^\S\n]+){1,4}$")
SPELLED_AFTER = re.compile(r"(?:[^\S\n]+[A-Z][\w'’-]+){1,3}")


def _holds_word(name: str, word: str) -> bool:
    words = name.split()
    return len(words) >= 2 and word in (words[0], words[-1])


def _names_a_round(
    lo: int, hi: int, sentences: list[tuple[int, int]], named: dict[tuple[int, int], list[NamedRound]]
) -> bool:
    """Whether any sentence of ``text[lo:hi]`` names a dialogue."""
    first, last = bisect_left(sentences, (lo, lo)), bisect_left(sentences, (hi, hi))
    return any(named.get(sentence) for sentence in sentences[first:last])


def _names_this_round_again(
    lo: int,
    hi: int,
    key: tuple[str, int | None],
    sentences: list[tuple[int, int]],
    named: dict[tuple[int, int], list[NamedRound]],
) -> bool:
    """Whether a sentence of ``text[lo:hi]`` names round ``key`` again (or its series with no round) before
    any other: "โดยฝ่ายเมียนมา มี พ.ท. Y … ได้เป็นประธานร่วมในการประชุม … ครั้งที่ 95" gives the
    other side's chair after a paragraph that gave one side's."""
    first, last = bisect_left(sentences, (lo, lo)), bisect_left(sentences, (hi, hi))
    for sentence in sentences[first:last]:
        refs = named.get(sentence, [])
        if refs and refs[0].series.id == key[0] and refs[0].ref.round in (None, key[1]):
            return True
    return False


# "X and Y co-chaired the 14th … Joint Commission (JC) and the 5th … Committee …": the chair verb right before
# the first of two rounds listed as its objects
CHAIR_VERB_BEFORE = re.compile(r"\b(?:co-?chair(?:ed|s|ing)?|jointly\s+chaired)\s+(?:both\s+)?(?:the\s+)?$", re.I)


def _listed_after_chair_verb(text: str, r: NamedRound, in_sentence: list[NamedRound]) -> bool:
    """Whether ``r`` is listed right after another round of its sentence that a chair verb governs: then
    the ones who chaired that round chaired this one too (the verb's object is the whole list)."""
    before = [o for o in in_sentence if o.ref.end <= r.ref.start and o.series.id != r.series.id]
    if not before:
        return False
    first = max(before, key=lambda o: o.ref.end)
    return listed_together(first, r, text) and bool(
        CHAIR_VERB_BEFORE.search(text, max(0, first.ref.start - 30), first.ref.start)
    )


def _own_words(text: str, r: NamedRound, in_sentence: list[NamedRound]) -> str:
    """The words of a sentence that speak of round ``r`` alone: all of it when it names no other round,
    else from its name to the next round's ("… preceded by the ninth Strategic Dialogue, co-chaired by X
    and Y, and by the eighth Defense Strategic Talks, co-chaired by Z")."""
    lo, hi = r.sentence
    key = (r.series.id, r.ref.round)
    others = [o for o in in_sentence if (o.series.id, o.ref.round) != key]
    if not others:
        return text[lo:hi]
    if THAI_LETTER.match(text, r.ref.start):
        # Thai names the meeting after who chaired it: "X เป็นประธานร่วมกับ Y ในการหารือ … ครั้งที่ ๙ ขณะที่ …"
        before = [o.ref.end for o in others if o.ref.end <= r.ref.start]
        return text[max(before, default=lo) : r.ref.end]
    after = [o.ref.start for o in others if o.ref.start > r.ref.start]
    return text[r.ref.start : min(after, default=hi)]


def _about_this_round(
    text: str,
    lo: int,
    hi: int,
    key: tuple[str, int | None],
    sentences: list[tuple[int, int]],
    named: dict[tuple[int, int], list[NamedRound]],
    siblings: dict[tuple[int, int], list[NamedRound]],
) -> str:
    """A paragraph without the sentences that name only other rounds: who headed the delegation to the
    Defense Strategic Talks did not chair the Strategic Dialogue the paragraph reports first."""
    first = bisect_left(sentences, (lo, lo))
    last = bisect_left(sentences, (hi, hi))
    kept = [text[a:b] for a, b in sentences[first:last] if not _about_others((a, b), key, named, siblings)]
    return "\n".join(kept) if kept else text[lo:hi]  # one sentence a line: each opens a clause


def _about_others(
    sentence: tuple[int, int],
    key: tuple[str, int | None],
    named: dict[tuple[int, int], list[NamedRound]],
    siblings: dict[tuple[int, int], list[NamedRound]],
) -> bool:
    """Whether a sentence speaks of other dialogues or other rounds only, not of round ``key``: a
    secretariat's or a preparatory meeting is another meeting."""
    refs = named.get(sentence, [])
    series = {o.series.id for o in refs if not o.ref.preparatory}
    if refs and key[0] not in series:
        return True
    rounds = {o.ref.round for o in siblings.get(sentence, []) if o.series.id == key[0]}
    return bool(rounds) and key[1] not in rounds


def _share_headline_facts(mentions: list[Mention]) -> list[Mention]:
    """Rounds held alongside the headline round took place where it did, unless they say otherwise."""
    headline = next((m for m in mentions if m.role == "headline"), None)
    if headline is None or headline.location is None:
        return mentions
    return [
        replace(m, location=headline.location) if m.role == "concurrent" and m.location is None else m for m in mentions
    ]
