"""From series references to named rounds: whose series a reference is, and rounds written without it.

- Parties missing from a name ("the sixth Annual Consultation between the two countries") are the
  parties the document is about: the same kind named with parties elsewhere, else the pair named in the
  title, else the two countries it names most.
- An acronym the release defines ("… Joint Commission on Bilateral Cooperation (JC)") means that series
  whenever the release writes it.
- A round written without its series ("Its first session …", "the 14th round held in …", "นับตั้งแต่
  การประชุมครั้งที่ ๙", "the next round") is a round of the series named just before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from dialogtrack.models import DateSpan, Series
from dialogtrack.recognising import scan
from dialogtrack.recognising.dates import DateMatch, relative_day
from dialogtrack.recognising.passages import sentence_of
from dialogtrack.recognising.refs import (
    DEFINED_ACRONYM,
    FIRST_IN_YEARS,
    ORDINAL,
    THAI_NUMBER,
    SeriesRef,
    ordinal_value,
    round_number,
)
from dialogtrack.registry import Registry

if TYPE_CHECKING:
    from dialogtrack.recognising.annotate import AnnotatedText

# Rounds written side by side ("… ครั้งที่ ๙ ขณะที่ … ครั้งที่ ๘", "the 9th … and the 8th …") share a date.
COORDINATED = re.compile(
    r"(?:และ|ขณะที่|ส่วน|พร้อมกับ|\band\b|\bwhile\b|\bwhereas\b|\bas\s+well\s+as\b|\btogether\s+with\b)", re.I
)
LISTED_GAP = 30  # characters between two rounds written as one list ("… (JC) and the 5th …")


def listed_together(a: NamedRound, b: NamedRound, text: str) -> bool:
    """Whether round ``b`` follows round ``a`` as the next item of one list ("the 14th … Joint Commission (JC)
    and the 5th … Committee"): of another series, joined by "and" (or its like) and nothing longer."""
    between = text[a.ref.end : b.ref.start]
    return (
        a.ref.end <= b.ref.start
        and a.series.id != b.series.id
        and len(between) <= LISTED_GAP
        and COORDINATED.search(between) is not None
    )


# A round named without its series, which is the one just named: "Its first session was held …",
# "since the 14th round held in Bangkok", "the second meeting would take place …", "นับตั้งแต่การประชุม
# ครั้งที่ ๙ …", "การหารือครั้งที่ ๒ จะจัดขึ้นที่ …".
HOLD_VERB = r"(?:was|were|is|will|would|had\s+been|has\s+been|took\s+place|takes\s+place|held|convened|,\s*held)"


ITS_SESSION = re.compile(
    # Every alternative starts with one of these words: saying so up front lets the engine skip along
    # the text in C instead of trying a dozen alternatives at each character.
    r"(?=(?:[Ii]ts|[Tt]he|at|from|since|after|and|while)\b|hold|held|conv|host|organi|follow|การ|นับ|ต่อจาก|ภายหลัง|หลังจาก)(?:"
    rf"\b[Ii]ts\s+(?P<ord>(?i:{ORDINAL}))\s+(?:session|meeting|round)\b"
    rf"|\b[Tt]he\s+(?P<ord2>(?i:{ORDINAL}))\s+(?:session|meeting|round)\s+{HOLD_VERB}\b"
    rf"|\b(?:hold|convene|host|organi[sz]e|holding|convening|hosting|held|convened|hosted)\s+"
    rf"(?P<the>(?:the|our|their)\s+(?P<ord3>(?i:{ORDINAL}))\s+"
    r"(?:meeting|session|round))\b(?!\s+of)"
    rf"|\b[Tt]he\s+(?P<ord4>(?i:{ORDINAL}))\s+"
    r"(?P<noun>(?i:Dialogue|Talks|Consultations?|Commission|Committee|Retreat|Meeting))\b(?!\s+of)"
    rf"|\b(?:since|after|following|at|from)\s+(?P<the5>the\s+(?P<ord5>(?i:{ORDINAL}))\s+(?i:round|session|meeting))\b"
    r"(?!\s+of)"
    rf"|\b(?:and|while)\s+(?P<the6>the\s+(?P<ord6>(?i:{ORDINAL})))\s+(?:was|were|took\s+place|had\s+been)\b"
    r"|\b(?:hold|convene|host|holding|hosting)\s+(?P<next>the\s+next\s+(?:round|session|meeting))\b(?!\s+of)"
    rf"|\b[Tt]he\s+(?P<ord7>(?i:{ORDINAL}))\s+(?:regular|ordinary|plenary)\s+(?:meeting|session|round)\b(?!\s+of)"
    # "The latest round, the seventh of its kind, came ahead of …"
    rf"|\b[Tt]he\s+(?:latest|most\s+recent|last)\s+(?:round|session|meeting),\s+the\s+(?P<ord8>(?i:{ORDINAL}))\b"
    # "The previous round of consultations was held in Bangkok …": only when it says where or when
    rf"|\b(?P<prev>[Tt]he\s+(?:previous|last|preceding)\s+(?:round|session|meeting))(?:\s+of\s+[a-z]+)?\s+{HOLD_VERB}\b"
    r"|(?:การประชุม|การหารือ)ฯ?\s*(?P<thprev>ครั้งก่อน|ครั้งที่แล้ว)\s*(?:ซึ่ง)?(?:จัดขึ้น|มีขึ้น|ที่|ณ|เมื่อ)"
    rf"|(?:นับตั้งแต่|นับจาก|ต่อจาก|ภายหลัง|หลังจาก)(?:การประชุม|การหารือ)?\s*(?:ครั้งที่\s*(?P<since>[0-9๐-๙]{{1,3}}|{THAI_NUMBER})"
    r"|(?P<sincefirst>ครั้งแรก))"  # "… หลังว่างเว้นมา 8 ปี นับตั้งแต่การประชุมครั้งแรก เมื่อปี 2547"
    rf"|(?:การประชุม|การหารือ)ฯ?\s*(?:ครั้งที่\s*(?P<n>[0-9๐-๙]{{1,3}}(?![0-9๐-๙/])|{THAI_NUMBER})|(?P<first>ครั้งแรก)(?!ในรอบ|นับ)"
    r"\s*(?:ซึ่ง)?(?:ได้|จะ)?(?:จัดขึ้น|มีขึ้น)|(?P<thnext>ครั้งต่อไป|ครั้งหน้า)))"
)

ITS_SESSION_CUES = (
    *("session", "meeting", "round", "dialogue", "talks", "consultation", "commission", "committee", "retreat"),
    *("ครั้ง", "and the ", "while the "),
)
"""Every match of ``ITS_SESSION`` holds one of the cues (in lower case, a run of spaces as one): "and the third
was held …" names neither round nor meeting."""


@dataclass(frozen=True)
class NamedRound:
    """A series reference with its parties settled and its sentence known."""

    ref: SeriesRef
    series: Series
    sentence: tuple[int, int]


def named_parties(refs: list[NamedRound]) -> tuple[str, ...]:
    """The parties of the first series the document names with its parties written out."""
    for r in refs:
        if len(r.series.countries) == 2 and not r.ref.framework and r.ref.countries:
            return r.series.countries
    return ()


def most_named_parties(doc: AnnotatedText, title: AnnotatedText, registry: Registry) -> tuple[str, ...]:
    """The two countries a document names most (the title counting thrice), Thailand winning a tie: the
    parties of names that leave them out ("the two countries"). A country named once in a release about
    two others (a surname such as "Siam") is not a party."""
    counts: Counter[str] = Counter()
    for weight, body in ((3, title), (1, doc)):
        for _, name in body.marks.words(scan.COUNTRY):
            code = registry.country(name)
            if code:
                counts[code] += weight
    ranked = counts.most_common()
    if len(ranked) < 2:
        return ()
    second = ranked[1][1]
    if counts["TH"] >= second:  # Thailand wins a tie for second place, never a smaller count
        other = next(code for code, _ in ranked if code != "TH")
        return tuple(sorted(("TH", other)))
    return tuple(sorted(code for code, _ in ranked[:2]))


def settle(
    found: list[SeriesRef],
    source: str,
    fallback: Callable[[], tuple[str, ...]],
    registry: Registry,
    sentences: list[tuple[int, int]],
) -> list[NamedRound]:
    """Give every reference in ``source`` its parties: its own, those of the same kind nearby, or
    ``fallback()``, the parties the document is about (asked for only when needed)."""
    found = resolve_acronyms(found, source)
    explicit = sorted((r for r in found if r.has_parties), key=lambda r: r.start)
    candidates: dict[str, tuple[list[SeriesRef], list[int]]] = {}
    # A body the release names once with its subject ("the 17th Cambodia-Viet Nam Joint Commission for
    # Economic, Cultural, Scientific and Technological Cooperation") is that body when it is named again
    # without it, unless the release names two such bodies of that kind.
    qualifiers: dict[tuple[str, tuple[str, ...]], dict[str, SeriesRef]] = {}
    for r in explicit:
        if r.qualifier:
            qualifiers.setdefault((r.kind.id, r.countries), {}).setdefault(r.qualifier, r)
    settled: list[NamedRound] = []
    for ref in found:
        if ref.has_parties:
            if not ref.qualifier and len(known := qualifiers.get((ref.kind.id, ref.countries), {})) == 1:
                [named] = known.values()
                ref = replace(ref, qualifier=named.qualifier, qualifier_th=named.qualifier_th)
            series = registry.series(
                ref.kind, ref.countries, ref.framework, ref.kind_alias, ref.qualifier, ref.qualifier_th
            )
        else:
            # "the joint committee" in a release about the "Joint Committee on Trade, Investment and …"
            if ref.kind.id not in candidates:
                same_kind = [r for r in explicit if r.kind.id == ref.kind.id] or [
                    r for r in explicit if r.kind.en.casefold().startswith(ref.kind.en.casefold() + " ")
                ]
                candidates[ref.kind.id] = same_kind, [r.start for r in same_kind]
            nearest = _nearest(*candidates[ref.kind.id], ref.start)
            if nearest is not None:
                ref = replace(ref, kind=nearest.kind)
                series = registry.series(
                    nearest.kind,
                    nearest.countries,
                    nearest.framework,
                    ref.kind_alias,
                    ref.qualifier or nearest.qualifier,
                    ref.qualifier_th if ref.qualifier else nearest.qualifier_th,
                )
            elif not ref.kind.framework and len(parties := fallback()) == 2:
                series = registry.series(
                    ref.kind, parties, written=ref.kind_alias, qualifier=ref.qualifier, qualifier_th=ref.qualifier_th
                )
            else:
                continue
        settled.append(NamedRound(ref, series, sentence_of(ref.start, sentences)))
    return settled


def share_subjects(
    refs: list[NamedRound], registry: Registry, named: list[NamedRound] | None = None
) -> list[NamedRound]:
    """A body the release names once with its subject ("the Senior Officials Meeting (SOM) on Bilateral
    Relations") is that body wherever the release names its kind between the same parties without one
    (in the title, or by its acronym), unless the release names two such bodies of that kind. ``named``:
    the references whose subjects count (the body's, for the title's references); ``refs`` by default."""
    subjects: dict[tuple[str, tuple[str, ...]], dict[str, SeriesRef]] = {}
    for r in refs if named is None else named:
        if r.ref.qualifier and not r.ref.qualifier.startswith("(") and not r.ref.framework:
            subjects.setdefault((r.ref.kind.id, r.series.countries), {}).setdefault(r.ref.qualifier, r.ref)
    if not subjects:
        return refs
    out = []
    for r in refs:
        known = subjects.get((r.ref.kind.id, r.series.countries), {})
        if len(known) == 1 and not r.ref.qualifier and not r.ref.framework:
            [subject] = known.values()
            ref = replace(r.ref, qualifier=subject.qualifier, qualifier_th=subject.qualifier_th)
            series = registry.series(
                ref.kind, r.series.countries, None, ref.kind_alias, ref.qualifier, ref.qualifier_th
            )
            r = replace(r, ref=ref, series=series)
        out.append(r)
    return out


def localise(refs: list[NamedRound], doc: AnnotatedText, registry: Registry) -> list[NamedRound]:
    """A local committee (``localities`` of its kind) is the one of the facing places the release names:
    the place of a pair nearest the name, in its sentence or else anywhere in the release ("TBC แม่สอด-เมียวดี",
    "… held in Tachileik"). Without such a place it stays the kind's committee between the two countries."""
    out = []
    places: list[tuple[int, str]] | None = None
    for r in refs:
        pairs = r.ref.kind.localities
        if not pairs or r.ref.qualifier or r.ref.framework:
            out.append(r)
            continue
        if places is None:
            places = [(m.start, p) for m, word in doc.marks.words(scan.PLACE) if (p := registry.place(word))]
        of_pairs = [(at, pair) for at, p in places for pair in pairs if p in pair]
        in_sentence = [c for c in of_pairs if r.sentence[0] <= c[0] < r.sentence[1]]
        chosen = min(in_sentence or of_pairs, key=lambda c: abs(c[0] - r.ref.start), default=None)
        if chosen is None:
            out.append(r)
            continue
        a, b = chosen[1]
        ref = replace(r.ref, qualifier=f"({a}–{b})", qualifier_th=f"{registry.place_th(a)}-{registry.place_th(b)}")
        series = registry.series(ref.kind, r.series.countries, None, ref.kind_alias, ref.qualifier, ref.qualifier_th)
        out.append(replace(r, ref=ref, series=series))
    return out


def _nearest(refs: list[SeriesRef], starts: list[int], at: int) -> SeriesRef | None:
    """Of ``refs`` (sorted by start), the one that starts nearest ``at``; the earlier one on a tie."""
    i = bisect_left(starts, at)
    near = [refs[j] for j in (i - 1, i) if 0 <= j < len(refs)]
    return min(near, key=lambda r: abs(r.start - at), default=None)


def resolve_acronyms(found: list[SeriesRef], text: str) -> list[SeriesRef]:
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


def add_seriesless_rounds(refs: list[NamedRound], doc: AnnotatedText) -> list[NamedRound]:
    """ "Its first session was held in Bangkok …": a round of the series named just before (or, away
    from any name, of the series the release is about)."""
    text, sentences = doc.text, doc.sentences
    added = list(refs)
    primary = _primary_series(refs, sentences)
    spans = doc.cued(scan.ITS_SESSION)
    for m in (m for lo, hi in spans for m in ITS_SESSION.finditer(text, lo, hi)):
        lead = next((g for g in ("the", "the5", "the6", "next", "prev") if m.group(g)), None)
        start = m.start(lead) if lead else m.start()
        if any(start < r.ref.end and r.ref.start < m.end() for r in refs):
            continue  # "the fifth meeting in Hanoi of the … Committee": the round of the name it opens
        before = [r for r in refs if r.ref.end <= start]
        if m.group("noun"):  # "the Fourth Dialogue", "the second retreat": a series of that kind
            noun = m.group("noun").casefold().rstrip("s")
            same = [r for r in before if noun in r.ref.kind.en.casefold()]
            if not same and noun not in ("meeting",):
                continue  # "the second Commission" in a release about a dialogue is something else
            before = same or before
        if not before:
            continue
        last = _meant_series(before, start, text, primary)
        value: int | None
        numbered = [r.ref.round for r in added if r.series.id == last.series.id and r.ref.round is not None]
        if m.group("next") or m.group("thnext"):  # "hold the next round": one after the last numbered
            value = max(numbered) + 1 if numbered else None
        elif m.group("prev") or m.group("thprev"):  # "the previous round was held in …": the one before
            before_here = [
                r.ref.round for r in refs if r.series.id == last.series.id and r.ref.round and r.ref.end <= start
            ]
            value = max(before_here) - 1 if before_here and max(before_here) > 1 else None
        elif m.group("n") or m.group("first") or m.group("since") or m.group("sincefirst"):
            first = m.group("first") or m.group("sincefirst")
            value = 1 if first else round_number(m.group("n") or m.group("since"))
        else:
            groups = ("ord", "ord2", "ord3", "ord4", "ord5", "ord6", "ord7", "ord8")
            ordinal = next(m.group(g) for g in groups if m.group(g))
            value = ordinal_value(ordinal)
            if value == 1 and FIRST_IN_YEARS.match(text, m.end()):
                continue  # "the first Retreat that the two countries have held since the pandemic"
        if value is not None:
            # The series is not named here, so there is no alias to record: an empty name span.
            ref = replace(last.ref, round=value, start=start, end=m.end(), name_start=start, name_end=start)
            sentence = sentence_of(start, sentences)
            added.append(NamedRound(ref, last.series, sentence))
            added += _listed_after(ref, last.series, sentence, text)
    return sorted(added, key=lambda r: r.ref.start)


LISTED_AFTER = re.compile(rf"(?:,|\s+and|,\s+and)\s+the\s+(?P<ord>(?i:{ORDINAL}))\s+(?:in|on)\s+(?=[A-Z0-9])")


def _listed_after(ref: SeriesRef, series: Series, sentence: tuple[int, int], text: str) -> list[NamedRound]:
    """ "The 1st meeting was held in August 2011, the 2nd in March 2014 and the 3rd in April 2016": the
    rounds a sentence lists after one, each with its own date."""
    found = []
    at = ref.end
    while (m := LISTED_AFTER.match(text, at, sentence[1])) or (
        (m := LISTED_AFTER.search(text, at, min(sentence[1], at + 40))) and not re.search(r"[.;]", text[at : m.start()])
    ):
        value = ordinal_value(m.group("ord"))
        if value is None:
            break
        listed = replace(ref, round=value, start=m.start("ord"), end=m.end(), name_start=m.start(), name_end=m.start())
        found.append(NamedRound(listed, series, sentence))
        at = m.end()
    return found


NEXT_BEFORE = re.compile(r"\bnext\s+(?:(?:round|session|meeting)\s+of\s+(?:the\s+)?)?$", re.I)


NEXT_AFTER = re.compile(r"^[^\S\n]*ฯ?[^\S\n]*(?:ครั้งต่อไป|ครั้งหน้า)")


def _primary_series(refs: list[NamedRound], sentences: list[tuple[int, int]]) -> str | None:
    """The series a release is about: the one its title line names, else the one it names most."""
    if sentences:
        titled = [r for r in refs if r.sentence == sentences[0]]
        if titled:
            return titled[0].series.id
    counts = Counter(r.series.id for r in refs)
    return counts.most_common(1)[0][0] if counts else None


def _meant_series(before: list[NamedRound], at: int, text: str, primary: str | None) -> NamedRound:
    """The series a round written without one belongs to: the last one named in the same paragraph,
    else the series the release is about."""
    last = before[-1]
    if "\n\n" not in text[last.ref.end : at] or primary is None:
        return last
    return next((r for r in reversed(before) if r.series.id == primary), last)


def next_rounds(refs: list[NamedRound], rounds: list[NamedRound], text: str) -> list[NamedRound]:
    """ "The next Thailand–Viet Nam Joint Cabinet Retreat …": the round after the last one the document
    numbers, or a round without a number when it numbers none."""
    found = []
    for r in refs:
        if r.ref.round is not None or r.ref.preparatory:
            continue
        before = text[max(0, r.ref.start - 40) : r.ref.start]
        if NEXT_BEFORE.search(before) or NEXT_AFTER.match(text[r.ref.end : r.ref.end + 30]):
            numbered = [o.ref.round for o in rounds if o.series.id == r.series.id and o.ref.round is not None]
            found.append(replace(r, ref=replace(r.ref, round=max(numbered) + 1 if numbered else None)))
    return found


def roundless_headline(
    refs: list[NamedRound], dates: list[DateMatch], text: str, reference: DateSpan | None
) -> list[NamedRound]:
    """A release about a series that never numbers its rounds: its first dated, named reference (named with
    its parties there, or elsewhere in the release: "การประชุม GBC ที่มี … เป็นประธานร่วม ในวันที่ ๒๗ …")."""
    partied = {r.series.id for r in refs if r.ref.has_parties}
    for r in refs:
        if r.series.id not in partied or r.ref.kind.numbered_only or r.ref.preparatory:
            continue
        if r.ref.kind.framework and not r.ref.framework:
            continue  # "a Japan-Canada Foreign Ministers' Meeting" on a summit's sidelines: a framework's kind
            # between two countries is a series only when numbered
        lo, hi = r.sentence
        if any(lo <= d.start < hi and d.span.precision == "day" for d in dates) or (
            reference and relative_day(text[lo:hi], reference.start)
        ):
            return [r]
    return []
