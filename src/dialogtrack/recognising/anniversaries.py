"""Anniversary and cadence claims.

"ครบรอบ ๑๙๐ ปีการสถาปนาความสัมพันธ์ทางการทูตไทย-สหรัฐฯ ในปี ๒๕๖๖" and "the 190th anniversary of
diplomatic relations" both say: relations between two countries, founded in year - ordinal, with a
milestone in that year. The year of the milestone is the date the sentence gives, else what "this
year" / "last year" mean from the document's date, else the document's year. Spans that are not
milestones ("nearly 180 years of relations", "36 years since …") are left alone, and so are
anniversaries of programmes or institutions: only relations between countries count.

A founding stated outright ("established diplomatic relations on August 6, 1976") is a claim too, with
ordinal 0: it fixes the founding date without naming a milestone.

Cadence claims ("จัดขึ้นเป็นประจำทุกปี", "held annually", "every two years") belong to the series named
in the same sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from dialogtrack.models import AnniversaryClaim, CadenceClaim, DateSpan, Series
from dialogtrack.recognising.dates import DateMatch, relative_year, to_arabic_digits
from dialogtrack.recognising.refs import ORDINAL, ordinal_value
from dialogtrack.recognising.scan import ANNIVERSARY, FOUNDING
from dialogtrack.registry import Registry

if TYPE_CHECKING:
    from dialogtrack.recognising.annotate import AnnotatedText

APPROXIMATE = re.compile(r"(?:nearly|about|almost|some|over|more\s+than|around|roughly|close\s+to|กว่า|เกือบ)\s*$", re.I)
CADENCE = (
    (
        re.compile(
            r"\b(?:held|meets?|convened?|takes?\s+place|organi[sz]ed)\s+(?:\w+\s+)?(?:annually|yearly|every\s+year|each\s+year)\b"
            r"|\bannual\s+basis\b|(?:เป็นประจำ)?ทุกปี|ปีละ\s*(?:1|หนึ่ง)?\s*ครั้ง",
            re.I,
        ),
        12,
    ),
    (
        re.compile(
            r"\bevery\s+(?:two|2)\s+years\b|\bbiennial(?:ly)?\b|\bevery\s+other\s+year\b|ทุก\s*(?:2|สอง)\s*ปี",
            re.I,
        ),
        24,
    ),
    (re.compile(r"\bevery\s+(?:three|3)\s+years\b|ทุก\s*(?:3|สาม)\s*ปี", re.I), 36),
    (re.compile(r"\btwice\s+a\s+year\b|\bevery\s+six\s+months\b|ปีละ\s*(?:2|สอง)\s*ครั้ง", re.I), 6),
)


@lru_cache(maxsize=8)
def _patterns(registry: Registry) -> tuple[re.Pattern[str], ...]:
    c = registry.country_re.pattern
    dash = r"(?:\s*(?:--|[-–—‑/])\s*)"
    pair = rf"(?P<c1>{c})(?:{dash}|\s+and\s+)(?P<c2>{c})"
    two = r"the\s+two\s+(?:countries|nations)"
    between = rf"(?:\s+between\s+(?:the\s+)?(?:(?P<b1>{c})\s+and\s+(?:the\s+)?(?P<b2>{c})|{two}))?"
    # "bilateral relations" are not diplomatic relations: a relation of its own kind
    relation = (
        r"(?P<rel>(?:bilateral\s+)?diplomatic\s+(?:relations|ties)|bilateral\s+(?:relations|ties)"
        r"|relations|ties|friendship)"
    )
    # "the 190th anniversary of diplomatic relations", "the 65th anniversary celebration of Thailand – Laos
    # diplomatic relations", "the upcoming 60 th founding anniversary of the two countries’ diplomatic ties"
    english_ordinal = re.compile(
        rf"(?:(?P<n>\d{{1,4}})\s?(?:st|nd|rd|th)|(?P<word>{ORDINAL}))\s+(?:founding\s+)?(?:anniversary|year)"
        rf"(?:\s+celebrations?)?\s+of\s+(?:the\s+)?(?:establishment\s+of\s+)?"
        rf"(?:(?:their|our|{two}['’]?s?)\s+)?(?:{pair}\s+)?{relation}{between}",
        re.I,
    )
    english_years = re.compile(
        rf"(?<![\d,.])(?P<n>\d{{1,4}})\s+years\s+(?:of(?:\s+(?:the\s+)?establishment\s+of)?|since\s+the\s+establishment\s+of)"
        rf"\s+(?:(?:their|our)\s+)?(?:{pair}\s+)?{relation}{between}",
        re.I,
    )
    thai = re.compile(
        rf"ครบรอบ\s*(?P<n>[0-9๐-๙]{{1,4}})\s*ปี\s*(?:ของ|แห่ง)?\s*(?:การ)?(?:สถาปนา)?\s*"
        rf"(?P<rel>ความสัมพันธ์ทางการทูต|ความสัมพันธ์|มิตรภาพ)\s*(?:ระหว่าง)?\s*(?:ประเทศ)?"
        rf"(?:(?P<c1>{c})\s*(?:{dash}|กับ|และ)\s*(?:ประเทศ)?(?P<c2>{c}))?"
        # "ครบรอบการสถาปนาความสัมพันธ์ทางการทูตไทย-ญี่ปุ่น ๑๓๕ ปี": the number after the relation
        rf"|ครบรอบ\s*(?:การ)?สถาปนา(?P<rel2>ความสัมพันธ์ทางการทูต)\s*(?:ระหว่าง)?\s*(?:ประเทศ)?"
        rf"(?:(?P<d1>{c})\s*(?:{dash}|กับ|และ)\s*(?:ประเทศ)?(?P<d2>{c}))?\s*(?:ครบ)?\s*(?P<n2>[0-9๐-๙]{{1,4}})\s*ปี"
        # "ความสัมพันธ์ทางการทูตไทย - ญี่ปุ่น ครบ 130 ปี ในปี 2560": the relation first, then "ครบ N ปี"
        rf"|(?P<rel3>ความสัมพันธ์ทางการทูต)\s*(?:ระหว่าง)?\s*(?:ประเทศ)?(?P<e1>{c})\s*(?:{dash}|กับ|และ)\s*(?:ประเทศ)?"
        rf"(?P<e2>{c})\s*ครบ\s*(?P<n3>[0-9๐-๙]{{1,4}})\s*ปี"
        # "ไทยและสาธารณรัฐเช็กจะฉลองความสัมพันธ์ทางการทูตครบ ๔๐ ปี ในปี ๒๕๕๗": the two countries the subject, then the
        # relation and "ครบ N ปี"
        rf"|(?:(?P<g1>{c})\s*(?:และ|กับ)\s*(?:ประเทศ)?(?P<g2>{c})\s*(?:จะ|ได้)?\s*(?:ร่วมกัน)?\s*(?:เฉลิม)?ฉลอง(?:วาระ)?\s*)"
        rf"(?P<rel4>ความสัมพันธ์ทางการทูต)(?:ระหว่างกัน)?\s*ครบ(?:รอบ)?\s*(?P<n4>[0-9๐-๙]{{1,4}})\s*ปี"
    )
    founding = re.compile(
        rf"(?:established|establishment\s+of)\s+(?:(?:formal|full)\s+)?diplomatic\s+(?:relations|ties)"
        rf"(?:\s+(?:with\s+each\s+other|between\s+(?:the\s+two\s+countries|(?P<b1>{c})\s+and\s+(?P<b2>{c}))))?"
        rf"\s+(?:on|in)\s+"
        rf"|diplomatic\s+(?:relations|ties)\s+(?:were|was)\s+(?:formally\s+)?established\s+(?:on|in)\s+"
        # "ไทยสถาปนาความสัมพันธ์ทางการทูตกับบรูไน เมื่อวันที่ …"
        rf"|(?:(?P<f1>{c})\s*(?:ได้)?)?สถาปนาความสัมพันธ์ทางการทูต(?:กัน)?(?:\s*กับ\s*(?:ประเทศ)?(?P<f2>{c}))?"
        rf"(?:อย่างเป็นทางการ)?\s*(?:เมื่อ|ใน)",
        re.I,
    )
    return english_ordinal, english_years, thai, founding


def find_anniversaries(
    doc: AnnotatedText,
    dates: Sequence[DateMatch],
    reference: DateSpan | None,
    parties: tuple[str, ...],
    registry: Registry,
) -> list[AnniversaryClaim]:
    """Milestones of relations between countries, and foundings stated outright."""
    text, sentences = doc.text, doc.sentences
    english_ordinal, english_years, thai, founding = _patterns(registry)
    claims: list[AnniversaryClaim] = []
    stated_years: dict[tuple[tuple[str, ...], int], int] = {}
    claimed: list[tuple[int, int]] = []
    for pattern, m in _candidates(doc, (english_ordinal, english_years, thai)):
        claimed.append((m.start(), m.end()))
        if pattern is english_years and APPROXIMATE.search(text[max(0, m.start() - 14) : m.start()]):
            continue
        ordinal = _ordinal(m)
        if "since" in m.group().casefold() and ordinal % 5:
            continue  # "36 years since the establishment of …" is a span; "50 years since …" a jubilee
        groups = m.groupdict()
        diplomatic = _kind(groups.get("rel") or groups.get("rel2") or groups.get("rel3") or groups.get("rel4") or "")
        named = _countries(m, registry)
        # Plain "relations" of no named countries may be a programme's or a city link's: not assumed.
        countries = named or (parties if _says_diplomatic(m.group()) else ())
        if not 0 < ordinal < 1000 or len(countries) != 2:
            continue
        lo, hi = _sentence(m.start(), sentences)
        if founded := _founding_after(text, m.end(), hi, dates, ordinal, reference):
            # "the 50th anniversary of the establishment of diplomatic relations … on 5 March 1974"
            year, stated = founded.span.start.year + ordinal, True
        elif found := _milestone_year(text, m.start(), m.end(), lo, hi, dates, reference, ordinal):
            year, stated = found
        else:
            continue
        if stated:
            stated_years[(countries, ordinal)] = year
        claims.append(
            AnniversaryClaim(
                countries=countries,
                kind=diplomatic,
                ordinal=ordinal,
                year=year,
                established=str(year - ordinal),
                quote=text[lo:hi].strip()[:400],
                start=m.start(),
                end=m.end(),
            )
        )
    claims = _share_stated_years(claims, stated_years)
    for m in (m for lo, hi in doc.cued(FOUNDING) for m in founding.finditer(text, lo, hi)):
        if any(lo <= m.start() < hi for lo, hi in claimed):
            continue  # "ครบรอบ ๑๓๕ ปี การสถาปนาความสัมพันธ์ทางการทูตในปี ๒๕๖๕": the milestone's year, not the founding
        after = [d for d in dates if m.end() - 2 <= d.start <= m.end() + 12]
        countries = _countries(m, registry) or parties
        if not after or len(countries) != 2:
            continue
        span = after[0].span
        lo, hi = _sentence(m.start(), sentences)
        claims.append(
            AnniversaryClaim(
                countries=countries,
                kind="diplomatic relations",
                ordinal=0,
                year=span.start.year,
                established=span.iso_start(),
                quote=text[lo:hi].strip()[:400],
                start=m.start(),
                end=after[0].end,
            )
        )
    if reference is not None:
        claims += _founded_years_ago(doc, reference, parties, registry)
    return claims


# "… since diplomatic ties were established 59 years ago", "สถาปนาความสัมพันธ์ทางการทูตมาเป็นเวลา ๕๙ ปี": the
# founding year counted back from the document's.
YEARS_AGO = re.compile(
    r"(?:diplomatic\s+(?:relations|ties)\s+(?:were|was)\s+(?:formally\s+|first\s+)?established"
    r"|established\s+(?:formal\s+|full\s+)?diplomatic\s+(?:relations|ties)(?:\s+with\s+each\s+other)?)"
    r"\s+(?P<n>\d{1,3})\s+years\s+ago"
    r"|สถาปนาความสัมพันธ์ทางการทูต(?:กัน)?(?:มา)?(?:แล้ว)?\s*(?:เป็นเวลา|กว่า)?\s*(?P<th>[0-9๐-๙]{1,3})\s*ปี(?:แล้ว|ที่ผ่านมา)",
    re.I,
)


def _founded_years_ago(
    doc: AnnotatedText, reference: DateSpan, parties: tuple[str, ...], registry: Registry
) -> list[AnniversaryClaim]:
    """Foundings stated as a count of years before the document ("established 59 years ago")."""
    text = doc.text
    claims = []
    for m in (m for lo, hi in doc.cued(FOUNDING) for m in YEARS_AGO.finditer(text, lo, hi)):
        years = int(to_arabic_digits(m.group("n") or m.group("th")))
        if len(parties) != 2 or not 0 < years < 1000:
            continue
        lo, hi = _sentence(m.start(), doc.sentences)
        year = reference.start.year - years
        claims.append(
            AnniversaryClaim(
                countries=parties,
                kind="diplomatic relations",
                ordinal=0,
                year=year,
                established=str(year),
                quote=text[lo:hi].strip()[:400],
                start=m.start(),
                end=m.end(),
            )
        )
    return claims


def _share_stated_years(
    claims: list[AnniversaryClaim], stated: dict[tuple[tuple[str, ...], int], int]
) -> list[AnniversaryClaim]:
    """Milestones of one relation in one document agree on its founding. Where a mention states its
    year ("the 135th anniversary … in 2022"), a mention that does not ("ahead of the 140th
    anniversary") takes its year from that founding; repeats are dropped."""
    founding: dict[tuple[str, ...], int] = {}
    for (countries, ordinal), stated_year in stated.items():
        founding.setdefault(countries, stated_year - ordinal)
    unique: dict[tuple[tuple[str, ...], str, int, int], AnniversaryClaim] = {}
    for claim in claims:
        year: int | None = stated.get((claim.countries, claim.ordinal))
        if year is None and claim.countries in founding:
            year = founding[claim.countries] + claim.ordinal
        if year is not None and year != claim.year:
            claim = replace(claim, year=year, established=str(year - claim.ordinal))
        unique.setdefault((claim.countries, claim.kind, claim.ordinal, claim.year), claim)
    return list(unique.values())


KEYWORD = re.compile(r"anniversar|\byears?\s+(?:of|since)\b|ครบรอบ|ครบ\s*[0-9๐-๙]{1,4}\s*ปี", re.I)
KEYWORD_CUES = ("anniversar", "year", "ครบ")
"""Every match of ``KEYWORD`` holds one of these, in lower case."""
FOUNDING_CUES = ("establish", "สถาปนา")
"""Every match of the founding pattern holds one of these, in lower case."""


def _candidates(doc: AnnotatedText, patterns: Sequence[re.Pattern[str]]) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """Claims, looked for only around the words every claim has ("anniversary", "years of", "ครบรอบ"):
    the patterns are long, and most of a release says nothing of anniversaries."""
    found: dict[tuple[int, int], tuple[re.Pattern[str], re.Match[str]]] = {}
    text = doc.text
    spans = doc.cued(ANNIVERSARY)
    for k in (k for a, b in spans for k in KEYWORD.finditer(text, a, b)):
        lo, hi = max(0, k.start() - 60), min(len(text), k.end() + 260)
        for pattern in patterns:
            for m in pattern.finditer(text, lo, hi):
                if m.start() <= k.start() < m.end():
                    found.setdefault((m.start(), m.end()), (pattern, m))
    return [found[key] for key in sorted(found)]


def _ordinal(m: re.Match[str]) -> int:
    groups = m.groupdict()
    if groups.get("word"):
        return ordinal_value(groups["word"]) or 0
    return int(to_arabic_digits(groups.get("n") or groups.get("n2") or groups.get("n3") or groups.get("n4") or "0"))


def _says_diplomatic(claim: str) -> bool:
    return bool(re.search(r"diplomatic|ทางการทูต", claim, re.I))


FOUNDED_ON = re.compile(r"\s*(?:,\s*)?(?:on|in|เมื่อ(?:วันที่)?|ใน(?:ปี)?)?\s*", re.I)


def _founding_after(
    text: str, end: int, hi: int, dates: Sequence[DateMatch], ordinal: int, reference: DateSpan | None
) -> DateMatch | None:
    """The founding date written right after "… establishment of diplomatic relations", if the date
    is one: its year plus the ordinal lands near the document's own year ("the 50th anniversary of the
    establishment of diplomatic relations … on 5 March 1974", read in 2024)."""
    if reference is None or not re.search(r"establish|สถาปนา", text[max(0, end - 160) : end], re.I):
        return None
    following = [d for d in dates if end <= d.start < min(hi, end + 12)]
    if not following or not FOUNDED_ON.fullmatch(text[end : following[0].start] or " on"):
        return None
    year = following[0].span.start.year
    near = abs(year + ordinal - reference.start.year) <= 10 and year < reference.start.year - 10
    return following[0] if near else None


def _countries(m: re.Match[str], registry: Registry) -> tuple[str, ...]:
    groups = m.groupdict()
    for a, b in (("c1", "c2"), ("b1", "b2"), ("d1", "d2"), ("e1", "e2"), ("f1", "f2"), ("g1", "g2")):
        if groups.get(a) and groups.get(b):
            ca, cb = registry.country(groups[a]), registry.country(groups[b])
            if ca and cb and ca != cb:
                return tuple(sorted((ca, cb)))
    return ()


def _kind(word: str) -> str:
    word = word.casefold()
    if "friendship" in word or word == "มิตรภาพ":
        return "friendship"
    if word.startswith("bilateral") and "diplomatic" not in word:
        return "bilateral relations"
    return "diplomatic relations"


def _sentence(offset: int, sentences: Sequence[tuple[int, int]]) -> tuple[int, int]:
    for lo, hi in sentences:
        if lo <= offset < hi:
            return lo, hi
    return offset, offset


def _milestone_year(
    text: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    dates: Sequence[DateMatch],
    reference: DateSpan | None,
    ordinal: int,
) -> tuple[int, bool] | None:
    """The year of the milestone, and whether the text states it: a date just after the claim ("the
    60th anniversary … in 2017"), a relative year next to it ("last year"), a date before it in the
    sentence, or (not stated) the document's own year."""

    def plausible(d: DateMatch) -> bool:
        year = d.span.start.year
        near_reference = reference is None or reference.start.year - 80 <= year <= reference.start.year + 10
        return lo <= d.start < hi and year - ordinal > 1000 and near_reference

    following = [d for d in dates if end <= d.start <= end + 120 and plausible(d)]
    if following:
        return following[0].span.start.year, True
    if reference is not None and (found := relative_year(text[max(lo, start - 60) : min(hi, end + 60)], 0)):
        return reference.start.year + found[0], True  # "… next year, which will coincide with the 50th …"
    preceding = [d for d in dates if start - 220 <= d.end <= start and plausible(d)]
    if preceding:
        return preceding[-1].span.start.year, True
    if reference is None:
        return None
    return reference.start.year, False


def find_cadences(
    text: str, series_at: Sequence[tuple[Series, int]], sentences: Sequence[tuple[int, int]]
) -> list[CadenceClaim]:
    """ "Held annually" and its kin, for each series named in the same sentence."""
    claims: list[CadenceClaim] = []
    seen: set[tuple[str, int]] = set()
    ordered = sorted(series_at, key=lambda pair: pair[1])
    offsets = [offset for _, offset in ordered]
    for lo, hi in sentences:
        named = [s for s, _ in ordered[bisect_left(offsets, lo) : bisect_left(offsets, hi)]]
        if not named:
            continue
        sentence = to_arabic_digits(text[lo:hi])
        for pattern, months in CADENCE:
            if pattern.search(sentence):
                for series in named:
                    if (series.id, months) not in seen:
                        seen.add((series.id, months))
                        quote = text[lo:hi].strip()[:400]
                        claims.append(CadenceClaim(series=series, months=months, quote=quote))
                break
    return claims
