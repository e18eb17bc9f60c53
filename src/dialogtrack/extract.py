"""Document -> claims: the rounds it mentions (with their role), anniversaries and cadence.

How a release speaks of rounds, and the rules that follow from it:

- The round a release reports (headline) is named in its title or first, with the date of the
  report; rounds held alongside it (concurrent) share its dates; rounds recalled in passing (past)
  carry older dates or none ("since the 4th Strategic Dialogue, held in Beijing in 2019"); rounds
  announced ahead (upcoming) come with future tense or dates after publication; rounds intended
  without firm dates (planned) come with "agreed to hold the next …".
- A date belongs to the round it follows ("… ครั้งที่ ๘ … ในวันที่ ๙ พฤษภาคม ๒๕๖๕", "held on 4-5
  August 2009"); a date that opens a sentence ("เมื่อวันที่ …", "On 25 May 2021, …") belongs to
  the first round of the sentence; otherwise the nearest date before. Rounds joined by "และ"/"and"
  share the date that follows them both.
- A round mentioned in passing never takes the document's own date.
- Parties missing from a name ("the sixth Annual Consultation between the two countries") are the
  parties the document is about: the same kind named with parties elsewhere, else the pair named
  in the title, else the two countries it names most.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from dialogtrack.anniversaries import find_anniversaries, find_cadences
from dialogtrack.dates import DateMatch, find_dates, relative_day, relative_year, to_arabic_digits
from dialogtrack.metadata import PAGE_LABEL
from dialogtrack.models import CadenceClaim, DateSpan, Document, Extraction, Mention, Role, Series
from dialogtrack.people import find_co_chairs
from dialogtrack.refs import DEFINED_ACRONYM, ORDINAL, SeriesRef, find_series_refs, ordinal_value
from dialogtrack.registry import Registry

SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)][.!?])[\"”’)]?[ \t]+(?=[\"“(]?[A-Z\u0e00-\u0e7f])|\n")
ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Adm|Sen|Rep|Gov|Jr|Sr|St|No|Nos|Vol|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|hrs|a\.m|p\.m|H\.E|U\.S|U\.K|E\.U|D\.C|Co|Inc|Ltd|etc|vs|approx)|\b[A-Z])\.[\"”’)]?[ \t]+$"
)
# Tense and intent, by where the words stand: a cue before a round ("will host the 20th …", "agreed to
# hold the next …") or after it ("… will be held", "… ซึ่งจะจัดขึ้น", "… ครั้งต่อไป"), within its clause.
FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|to|plans?\s+to|is\s+set\s+to|is\s+to)\s+(?:host|hold|convene|attend|co-?chair|lead|organi[sz]e)\b"
    r"|\b(?:upcoming|forthcoming)\b|จะเป็นเจ้าภาพ|จะจัด|มีกำหนดจัด|กำหนดจัด|จะเข้าร่วม|จะเดินทาง|ที่จะถึงนี้",
    re.I,
)
FUTURE_AFTER = re.compile(
    r"^[^.]{0,40}?\b(?:will|shall)\s+(?:be\s+held|take\s+place|convene|be\s+co-?chaired|open|meet)\b"
    r"|\b(?:is|are)\s+(?:to\s+be\s+held|scheduled|set\s+to)|\bscheduled\s+(?:for|to)\b|\bslated\b|\bwhich\s+will\b"
    r"|จะจัดขึ้น|จะมีขึ้น|มีกำหนด|ที่จะถึงนี้",
    re.I,
)
PLANNED_BEFORE = re.compile(
    r"\b(?:agreed\s+to\s+(?:hold|convene|organi[sz]e|host)|agreed\s+that|next|look(?:ed|s|ing)?\s+forward\s+to)\b"
    r"|ตกลงที่จะ|ตกลงให้|เห็นพ้องให้|เห็นพ้องที่จะ|คาดว่าจะจัด",
    re.I,
)
PLANNED_AFTER = re.compile(
    r"^[^\S\n]*ฯ?[^\S\n]*(?:ครั้งต่อไป|ครั้งหน้า)|\bin\s+due\s+course\b|\bat\s+a\s+(?:mutually\s+)?convenient\b"
    r"|\b(?:is|are)?\s*expected\s+to\s+(?:take\s+place|be\s+held|convene)|\bwould\s+(?:take\s+place|be\s+held)\b",
    re.I,
)
PAST = re.compile(
    r"\b(?:since|previous|last|earlier|prior|following|after)\b|นับจาก|นับตั้งแต่|ครั้งก่อน|ที่ผ่านมา|ก่อนหน้า|หลังจาก",
    re.I,
)
COORDINATED = re.compile(r"(?:และ|\band\b|\bas\s+well\s+as\b|\btogether\s+with\b|\bพร้อมกับ)", re.I)
# A round named without its series, which is the one just named: "Its first session was held …",
# "since the 14th round held in Bangkok", "the second meeting would take place …", "นับตั้งแต่การประชุม
# ครั้งที่ ๙ …", "การหารือครั้งที่ ๒ จะจัดขึ้นที่ …".
HOLD_VERB = r"(?:was|were|is|will|would|had\s+been|has\s+been|took\s+place|takes\s+place|held|convened|,\s*held)"
ITS_SESSION = re.compile(
    rf"\b[Ii]ts\s+(?P<ord>(?i:{ORDINAL}))\s+(?:session|meeting|round)\b"
    rf"|\b[Tt]he\s+(?P<ord2>(?i:{ORDINAL}))\s+(?:session|meeting|round)\s+{HOLD_VERB}\b"
    rf"|\b(?:hold|convene|host|organi[sz]e|holding|convening|hosting)\s+(?P<the>the\s+(?P<ord3>(?i:{ORDINAL}))\s+"
    r"(?:meeting|session|round))\b(?!\s+of)"
    rf"|\b[Tt]he\s+(?P<ord4>(?i:{ORDINAL}))\s+(?P<noun>Dialogue|Talks|Consultations?|Commission|Committee|Retreat)\b"
    r"(?!\s+of)"
    rf"|\b(?:since|after|following|at|from)\s+(?P<the5>the\s+(?P<ord5>(?i:{ORDINAL}))\s+(?:round|session|meeting))\b"
    r"(?!\s+of)"
    r"|\b(?:hold|convene|host|holding|hosting)\s+(?P<next>the\s+next\s+(?:round|session|meeting))\b(?!\s+of)"
    r"|(?:นับตั้งแต่|นับจาก|ต่อจาก|ภายหลัง|หลังจาก)(?:การประชุม|การหารือ)?\s*ครั้งที่\s*(?P<since>[0-9๐-๙]{1,3})"
    r"|(?:การประชุม|การหารือ)ฯ?\s*(?:ครั้งที่\s*(?P<n>[0-9๐-๙]{1,3})(?![0-9๐-๙/])|(?P<first>ครั้งแรก)(?!ในรอบ|นับ)"
    r"\s*(?:ซึ่ง)?(?:ได้|จะ)?(?:จัดขึ้น|มีขึ้น)|(?P<thnext>ครั้งต่อไป|ครั้งหน้า))"
)
ROLE_OF_HINT: dict[str, Role] = {"upcoming": "upcoming", "planned": "planned", "past": "past"}
OPENING_LIMIT = 24  # characters before a date that still make it the sentence's opening date
BOUND_DISTANCE = 60  # a date this close after a round, with no other round between, is that round's
PAST_MARGIN = timedelta(days=45)


@dataclass(frozen=True)
class _Ref:
    """A series reference with its parties settled and its sentence known."""

    ref: SeriesRef
    series: Series
    sentence: tuple[int, int]


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``: lines, and English sentences within them."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        if m.group() != "\n" and ABBREVIATION.search(text[max(0, m.start() - 8) : m.end()]):
            continue
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def find_claims(doc: Document, registry: Registry) -> Extraction:
    """Everything ``doc`` claims about dialogue rounds, anniversaries and cadence."""
    text = doc.text
    sentences = split_sentences(text)
    reference = reference_date(doc)
    default_year = reference.start.year if reference else None
    dates = find_dates(text, default_year=default_year)
    refs = _settle(find_series_refs(text, registry), text, doc.title, registry, sentences)
    refs = _add_its_sessions(refs, text, sentences)
    mentions = _mentions(doc, refs, dates, sentences, reference, registry)
    parties = document_parties(text, doc.title, registry, refs)
    cadences = find_cadences(text, [(r.series, r.ref.start) for r in refs], sentences)
    named_annual = {r.series.id: r for r in refs if r.ref.kind.annual}
    cadences += [
        CadenceClaim(series=r.series, months=12, quote=text[r.ref.name_start : r.ref.name_end])
        for r in named_annual.values()
        if not any(c.series.id == r.series.id for c in cadences)
    ]
    return Extraction(
        mentions=tuple(mentions),
        anniversaries=tuple(find_anniversaries(text, dates, sentences, reference, parties, registry)),
        cadences=tuple(cadences),
    )


def reference_date(doc: Document) -> DateSpan | None:
    """The date the document speaks from: its publication date, else the first full date in it."""
    if doc.published:
        return doc.published
    for m in find_dates(doc.text):
        if m.span.precision == "day":
            return m.span
    return None


def document_parties(text: str, title: str, registry: Registry, refs: list[_Ref] | None = None) -> tuple[str, ...]:
    """The two parties a document is about, for names that leave them out ("the two countries")."""
    for r in refs or ():
        if len(r.series.countries) == 2 and not r.ref.framework and r.ref.countries:
            return r.series.countries
    counts: Counter[str] = Counter()
    for weight, body in ((3, title), (1, text)):
        for m in registry.country_scanner.finditer(body):
            code = registry.country(m.group())
            if code:
                counts[code] += weight
    top = [code for code, _ in counts.most_common(3)]
    if "TH" in top and len(top) >= 2:
        other = next(c for c in top if c != "TH")
        return tuple(sorted(("TH", other)))
    return tuple(sorted(top[:2])) if len(top) >= 2 else ()


def _sentence_of(offset: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    for s in sentences:
        if s[0] <= offset < s[1]:
            return s
    return (offset, offset)


def _settle(
    found: list[SeriesRef],
    text: str,
    title: str,
    registry: Registry,
    sentences: list[tuple[int, int]],
    in_title: bool = False,
) -> list[_Ref]:
    """Give every reference its parties: its own, those of the same kind nearby, or the document's.
    ``found`` are references in ``text`` (or, with ``in_title``, in ``title``)."""
    found = _resolve_acronyms(found, title if in_title else text)
    explicit = [r for r in found if r.has_parties]
    fallback = document_parties(text, title, registry)
    settled: list[_Ref] = []
    for ref in found:
        if ref.has_parties:
            series = registry.series(ref.kind, ref.countries, ref.framework)
        else:
            # "the joint committee" in a release about the "Joint Committee on Trade, Investment and …"
            same_kind = [r for r in explicit if r.kind.id == ref.kind.id] or [
                r for r in explicit if r.kind.en.casefold().startswith(ref.kind.en.casefold() + " ")
            ]
            nearest = min(same_kind, key=lambda r: abs(r.start - ref.start), default=None)
            if nearest is not None:
                ref = replace(ref, kind=nearest.kind)
                series = registry.series(nearest.kind, nearest.countries, nearest.framework)
            elif len(fallback) == 2 and not ref.kind.framework:
                series = registry.series(ref.kind, fallback)
            else:
                continue
        settled.append(_Ref(ref, series, _sentence_of(ref.start, sentences)))
    return settled


def _resolve_acronyms(found: list[SeriesRef], text: str) -> list[SeriesRef]:
    """A release that writes "… Joint Committee on Trade, Investment and Economic Cooperation (JC)" means
    that committee by every later "JC", whatever "JC" means elsewhere. The acronym in brackets right after
    the name is part of the name, not another reference."""
    defined: dict[str, SeriesRef] = {}
    inside: set[int] = set()
    for ref in found:
        if not ref.by_acronym and (m := DEFINED_ACRONYM.match(text, ref.name_end)):
            defined.setdefault(m.group("acronym"), ref)
            inside.add(m.start("acronym"))
    resolved = []
    for ref in found:
        if ref.by_acronym and ref.start in inside:
            continue
        meant = defined.get(ref.kind_alias) if ref.by_acronym else None
        if meant is not None:
            ref = replace(
                ref,
                kind=meant.kind,
                countries=ref.countries or meant.countries,
                framework=ref.framework or meant.framework,
            )
        resolved.append(ref)
    return resolved


def _add_its_sessions(refs: list[_Ref], text: str, sentences: list[tuple[int, int]]) -> list[_Ref]:
    """ "Its first session was held in Bangkok …": a round of the series named just before."""
    added = list(refs)
    for m in ITS_SESSION.finditer(text):
        lead = next((g for g in ("the", "the5", "next") if m.group(g)), None)
        start = m.start(lead) if lead else m.start()
        before = [r for r in refs if r.ref.end <= start]
        if m.group("noun"):  # "the Fourth Dialogue": the series named before whose kind is a Dialogue
            before = [r for r in before if m.group("noun").casefold() in r.ref.kind.en.casefold()] or before
        if not before:
            continue
        last = before[-1]
        value: int | None
        if m.group("next") or m.group("thnext"):  # "hold the next round": one after the last numbered
            numbered = [r.ref.round for r in added if r.series.id == last.series.id and r.ref.round is not None]
            value = max(numbered) + 1 if numbered else None
        elif m.group("n") or m.group("first") or m.group("since"):
            value = 1 if m.group("first") else int(to_arabic_digits(m.group("n") or m.group("since")))
        else:
            ordinal = next(m.group(g) for g in ("ord", "ord2", "ord3", "ord4", "ord5") if m.group(g))
            value = ordinal_value(ordinal)
        if value is not None:
            # The series is not named here, so there is no alias to record: an empty name span.
            ref = replace(last.ref, round=value, start=start, end=m.end(), name_start=start, name_end=start)
            added.append(_Ref(ref, last.series, _sentence_of(start, sentences)))
    return sorted(added, key=lambda r: r.ref.start)


@dataclass(frozen=True)
class _Draft:
    ref: _Ref
    span: DateSpan | None
    location: str | None


def _mentions(
    doc: Document,
    refs: list[_Ref],
    dates: list[DateMatch],
    sentences: list[tuple[int, int]],
    reference: DateSpan | None,
    registry: Registry,
) -> list[Mention]:
    """One mention per round the document names, its facts gathered from every place it names it."""
    text = doc.text
    title_refs = [r for r in refs if sentences and r.sentence == sentences[0]]
    title_refs += _settle(find_series_refs(doc.title, registry), text, doc.title, registry, [], in_title=True)
    rounds = [r for r in refs if r.ref.round is not None]
    if not rounds:
        rounds = _roundless_headline(refs, dates, text, reference)
    rounds += _next_rounds(refs, rounds, text)
    groups: dict[tuple[str, int | None], list[_Draft]] = {}
    for r in rounds:
        span = (
            _date_for(r, rounds, dates, text)
            or _relative_year(r, text, reference)
            or _date_before(r, rounds, dates)
            or _relative_day(r, text, reference)
        )
        draft = _Draft(r, span, _location(r, rounds, text, registry))
        groups.setdefault((r.series.id, r.ref.round), []).append(draft)
    hints = {key: _role_hint(drafts, rounds, text, reference) for key, drafts in groups.items()}
    headline = _pick_headline(groups, hints, title_refs)
    lead_at: int | None = None
    if headline and _best(groups[headline]).span is None and (lead := _lead_date(text, sentences, dates, reference)):
        # "เมื่อวันพฤหัสบดีที่ ๒๖ สิงหาคม …" opens the release without naming the round it reports.
        groups[headline][0] = replace(groups[headline][0], span=lead.span)
        lead_at = lead.start
        hints[headline] = _role_hint(groups[headline], rounds, text, reference)
    headline_span = _best(groups[headline]).span if headline else None
    for key, drafts in groups.items():
        if headline_span and _best(drafts).span is None and any(_same_day(d.ref, text) for d in drafts):
            groups[key][0] = replace(drafts[0], span=DateSpan(headline_span.start))  # "later that day"
            hints[key] = "held"
    mentions = []
    for key, drafts in groups.items():
        best = _best(drafts)
        hint = hints[key]
        role: Role
        if key == headline:
            role = "upcoming" if hint == "upcoming" else "planned" if hint == "planned" else "headline"
        elif hint in ("upcoming", "planned", "past"):
            role = ROLE_OF_HINT[hint]
        else:
            # Held alongside the headline round, or recent news reported beside it (not recalled in passing).
            recent = hint == "held" and best.span is not None and best.span.precision == "day"
            role = "concurrent" if recent or _overlaps(best.span, headline_span) else "past"
        location = best.location or next((d.location for d in drafts if d.location), None)
        leads = [lead_at] if key == headline and lead_at is not None else []
        reporting = role in ("headline", "upcoming", "concurrent")
        co_chairs = _co_chairs(drafts, leads, role, text, registry) if reporting else ()
        quote_start, quote_end = _quote_bounds(text, best.ref.sentence, best.ref.ref)
        mentions.append(
            Mention(
                series=best.ref.series,
                round=best.ref.ref.round,
                role=role,
                dates=best.span,
                location=location,
                co_chairs=co_chairs,
                quote=text[quote_start:quote_end].strip(),
                start=best.ref.ref.start,
                end=best.ref.ref.end,
                alias=next((_name(text, d.ref.ref) for d in (best, *drafts) if _name(text, d.ref.ref)), ""),
            )
        )
    return _share_headline_facts(mentions)


PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def _name(text: str, ref: SeriesRef) -> str:
    return text[ref.name_start : ref.name_end]


def _best(drafts: list[_Draft]) -> _Draft:
    """The place a round is named with the most precise date (then the first place)."""
    return max(drafts, key=lambda d: (PRECISION_RANK[d.span.precision] if d.span else 0, -d.ref.ref.start))


NEXT_BEFORE = re.compile(r"\bnext\s+(?:(?:round|session|meeting)\s+of\s+the\s+)?$", re.I)
NEXT_AFTER = re.compile(r"^[^\S\n]*ฯ?[^\S\n]*(?:ครั้งต่อไป|ครั้งหน้า)")


def _next_rounds(refs: list[_Ref], rounds: list[_Ref], text: str) -> list[_Ref]:
    """ "The next Thailand–Viet Nam Joint Cabinet Retreat …": the round after the last one the document
    numbers, or a round without a number when it numbers none."""
    found = []
    for r in refs:
        if r.ref.round is not None:
            continue
        before = text[max(0, r.ref.start - 40) : r.ref.start]
        if NEXT_BEFORE.search(before) or NEXT_AFTER.match(text[r.ref.end : r.ref.end + 30]):
            numbered = [o.ref.round for o in rounds if o.series.id == r.series.id and o.ref.round is not None]
            found.append(replace(r, ref=replace(r.ref, round=max(numbered) + 1 if numbered else None)))
    return found


def _roundless_headline(refs: list[_Ref], dates: list[DateMatch], text: str, reference: DateSpan | None) -> list[_Ref]:
    """A release about a series that never numbers its rounds: its first dated, named reference."""
    for r in refs:
        if not r.ref.has_parties:
            continue
        lo, hi = r.sentence
        if any(lo <= d.start < hi and d.span.precision == "day" for d in dates) or (
            reference and relative_day(text[lo:hi], reference.start)
        ):
            return [r]
    return []


def _relative_year(r: _Ref, text: str, reference: DateSpan | None) -> DateSpan | None:
    """ "… agreed to hold the eighth meeting in China next year": a year counted from the document's."""
    if reference is None:
        return None
    _, hi = r.sentence
    found = relative_year(text[r.ref.end : min(hi, r.ref.end + 200)], reference.start.year)
    return DateSpan(date(found[0], 1, 1), precision="year") if found else None


def _relative_day(r: _Ref, text: str, reference: DateSpan | None) -> DateSpan | None:
    """ "Met today", "on Saturday issued …": a day counted from the document's date, for a round the
    sentence reports (never one it recalls in passing)."""
    if reference is None or reference.precision != "day":
        return None
    lo, hi = r.sentence
    if PAST.search(text[max(lo, r.ref.start - 40) : r.ref.start]):
        return None
    day = relative_day(text[lo:hi], reference.start)
    return DateSpan(day) if day else None


def _date_for(r: _Ref, rounds: list[_Ref], dates: list[DateMatch], text: str) -> DateSpan | None:
    lo, hi = r.sentence
    in_sentence = [d for d in dates if lo <= d.start < hi]
    if not in_sentence:
        return None
    siblings = [o for o in rounds if o.sentence == r.sentence]
    after = [d for d in in_sentence if d.start >= r.ref.end]
    # "… ครั้งที่ ๘ ซึ่งจะจัดขึ้นในวันพรุ่งนี้ (๑๘ กค ๖๖)", "… held on 4-5 August 2009": the date bound to it
    if (
        after
        and after[0].start - r.ref.end <= BOUND_DISTANCE
        and not any(r.ref.end <= o.ref.start < after[0].start for o in siblings)
    ):
        return after[0].span
    opening = [d for d in in_sentence if d.start - lo <= OPENING_LIMIT and d.end <= r.ref.start]
    if opening and siblings and siblings[0] is r:
        return opening[0].span
    if after:
        nxt = after[0]
        between = [o for o in siblings if r.ref.end <= o.ref.start < nxt.start]
        chained = all(
            COORDINATED.search(text[a.ref.end : b.ref.start]) for a, b in zip([r, *between], between, strict=False)
        )
        if (not between or chained) and nxt.start - r.ref.end <= 400:
            return nxt.span
    return None


SAME_DAY = re.compile(
    r"\b(?:the\s+same\s+day|later\s+that\s+day|that\s+(?:afternoon|evening|morning))\b|วันเดียวกัน", re.I
)


def _same_day(r: _Ref, text: str) -> bool:
    lo, hi = r.sentence
    return bool(SAME_DAY.search(text, lo, hi))


def _lead_date(
    text: str, sentences: list[tuple[int, int]], dates: list[DateMatch], reference: DateSpan | None
) -> DateMatch | None:
    """The date that opens the release's first sentence of prose, the day it reports on."""
    for lo, hi in sentences[1:]:
        if hi - lo < 60 or PAGE_LABEL.match(text, lo, hi):
            continue  # a title, a date line, a menu, the page's own dates
        first = next((d for d in dates if lo <= d.start < hi), None)
        if first is None:
            continue
        if first.start - lo - (len(text[lo:hi]) - len(text[lo:hi].lstrip())) > OPENING_LIMIT:
            return None
        if first.span.precision != "day":
            return None
        if reference is not None and first.span.start > reference.start + timedelta(days=1):
            return None
        return first
    return None


def _date_before(r: _Ref, rounds: list[_Ref], dates: list[DateMatch]) -> DateSpan | None:
    """The nearest date before a round in its sentence, unless another round stands between them."""
    lo, _ = r.sentence
    before = [d for d in dates if lo <= d.start and d.end <= r.ref.start and r.ref.start - d.end <= 400]
    if not before:
        return None
    nearest = before[-1]
    if any(nearest.end <= o.ref.start < r.ref.start for o in rounds if o.sentence == r.sentence and o is not r):
        return None
    return nearest.span


def _role_hint(drafts: list[_Draft], rounds: list[_Ref], text: str, reference: DateSpan | None) -> str:
    """held / upcoming / planned / past / old, from tense and intent around each place the round is
    named, and from its dates against the document's date."""
    span = _best(drafts).span
    future = planned = past_cue = False
    for d in drafts:
        before, after = _clause(d.ref, rounds, text)
        recalled = PAST.search(before[-40:] + text[d.ref.ref.start : d.ref.ref.end])  # "หลังจากการประชุมครั้งที่ ๗"
        planned |= bool(PLANNED_BEFORE.search(before) or PLANNED_AFTER.search(after)) and not recalled
        future |= bool(FUTURE_BEFORE.search(before) or FUTURE_AFTER.search(after)) and not recalled
        past_cue |= bool(recalled)
    if planned and (span is None or span.precision != "day"):
        return "planned"
    if future:
        return "upcoming" if span is not None and span.precision == "day" else "planned"
    if span is not None and reference is not None:
        if reference.precision == "day" and span.start > reference.start + timedelta(days=1):
            return "upcoming"
        if _period_end(span.end or span.start, span) < reference.start - PAST_MARGIN:
            return "old"
    return "past" if past_cue else "held"


def _clause(r: _Ref, rounds: list[_Ref], text: str) -> tuple[str, str]:
    """The words before and after a named round, up to the rounds named next to it in its sentence."""
    lo, hi = r.sentence
    others = [o for o in rounds if o.sentence == r.sentence and o is not r]
    prev_end = max([o.ref.end for o in others if o.ref.end <= r.ref.start], default=lo)
    next_start = min([o.ref.start for o in others if o.ref.start >= r.ref.end], default=hi)
    before = text[max(lo, prev_end, r.ref.start - 120) : r.ref.start]
    after = text[r.ref.end : min(hi, next_start, r.ref.end + 120)]
    return before, after


def _period_end(d: date, span: DateSpan) -> date:
    if span.precision == "year":
        return date(d.year, 12, 31)
    if span.precision == "month":
        return (date(d.year + d.month // 12, d.month % 12 + 1, 1)) - timedelta(days=1)
    return d


def _pick_headline(
    groups: dict[tuple[str, int | None], list[_Draft]],
    hints: dict[tuple[str, int | None], str],
    title_refs: list[_Ref],
) -> tuple[str, int | None] | None:
    """The round the release reports: the one its title names, else its first dated round."""
    candidates = [key for key in groups if hints[key] not in ("past", "planned")]
    titled_rounds = {(r.series.id, r.ref.round) for r in title_refs if r.ref.round is not None}
    titled_series = {r.series.id for r in title_refs}
    for key in candidates:
        if key in titled_rounds:
            return key
    fresh = [key for key in candidates if hints[key] != "old"]
    for key in fresh:
        if key[0] in titled_series and _best(groups[key]).span is not None:
            return key
    for key in fresh:
        span = _best(groups[key]).span
        if span is not None and span.precision == "day":
            return key
    return fresh[0] if fresh else None


def _overlaps(a: DateSpan | None, b: DateSpan | None) -> bool:
    if a is None or b is None:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    slack = timedelta(days=1)
    return a.start <= b_end + slack and b.start <= a_end + slack


def _location(r: _Ref, rounds: list[_Ref], text: str, registry: Registry) -> str | None:
    """Where a round was (or will be) held: "virtual", a known place, else a country, read first in the
    words after it, then in the words before it, never across another round of the sentence."""
    lo, hi = r.sentence
    others = [o for o in rounds if o.sentence == r.sentence and o is not r]
    stop = min([hi, r.ref.end + 200, *(o.ref.start for o in others if o.ref.start >= r.ref.end)])
    begin = max([lo, r.ref.start - 200, *(o.ref.end for o in others if o.ref.end <= r.ref.start)])
    after, before = text[r.ref.end : stop], text[begin : r.ref.start]
    if registry.virtual_re.search(after) or registry.virtual_re.search(text[r.ref.start : r.ref.end]):
        return "virtual"
    if m := registry.place_re.search(after):
        return registry.place(m.group())
    if m := _country_place(registry).search(after):
        return _country_name(registry, m)
    if registry.virtual_re.search(before):
        return "virtual"
    if places := list(registry.place_re.finditer(before)):
        return registry.place(places[-1].group())
    if m := _host(registry).search(before):
        return _country_name(registry, m)
    return None


def _country_name(registry: Registry, m: re.Match[str]) -> str | None:
    code = registry.country(m.group("c") or m.group("c2"))
    return registry.countries[code].en if code else None


@lru_cache(maxsize=8)
def _host(registry: Registry) -> re.Pattern[str]:
    """ "ให้ฝ่ายไทยเป็นเจ้าภาพ …", "Thailand will host …": the host country, where no place is named."""
    c = registry.country_re.pattern
    return re.compile(
        rf"(?P<c>{c})\s+(?:will|would|is\s+to|to|agreed\s+to)\s+host\b|(?:ฝ่าย)?(?P<c2>{c})(?:จะ)?เป็นเจ้าภาพ"
    )


@lru_cache(maxsize=8)
def _country_place(registry: Registry) -> re.Pattern[str]:
    """ "… in Viet Nam in 2025", "… ที่ประเทศไทย": a country where no city is named."""
    c = registry.country_re.pattern
    return re.compile(rf"\b(?:in|to)\s+(?:the\s+)?(?P<c>{c})|(?:ที่|ณ)\s*(?:ประเทศ)?(?P<c2>{c})")


def _co_chairs(drafts: list[_Draft], leads: list[int], role: Role, text: str, registry: Registry) -> tuple[str, ...]:
    """Who led the round: named in a paragraph that names the round (or in the lead paragraph that
    dates it), else, for the round a release reports, in the paragraph after one that names it."""
    paragraphs = dict.fromkeys(_paragraph(text, at) for at in [*(d.ref.ref.start for d in drafts), *leads])
    names = [n for p in paragraphs for n in find_co_chairs(p, registry)]
    if not names and role != "concurrent":
        following = dict.fromkeys(_paragraph(text, d.ref.ref.start, following=True) for d in drafts)
        names = [n for p in following if p not in paragraphs for n in find_co_chairs(p, registry)]
    return tuple(dict.fromkeys(names))


def _paragraph(text: str, offset: int, following: bool = False) -> str:
    """The paragraph around ``offset`` (or the one after it): where releases say who led the talks."""
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    end = len(text) if end < 0 else end
    if following:
        start, end = end, text.find("\n\n", end + 2)
        end = len(text) if end < 0 else end
    return text[max(start, 0) : end]


def _quote_bounds(text: str, sentence: tuple[int, int], ref: SeriesRef, limit: int = 320) -> tuple[int, int]:
    lo, hi = sentence
    if hi - lo <= limit:
        return lo, hi
    start = max(lo, ref.start - limit // 3)
    return start, min(hi, start + limit)


def _share_headline_facts(mentions: list[Mention]) -> list[Mention]:
    """Rounds held alongside the headline round took place where it did, unless they say otherwise."""
    headline = next((m for m in mentions if m.role == "headline"), None)
    if headline is None or headline.location is None:
        return mentions
    return [
        replace(m, location=headline.location) if m.role == "concurrent" and m.location is None else m for m in mentions
    ]
