"""Dates and date ranges as Thai and English press releases write them.

Why a grammar of our own: general-purpose parsers guess. dateutil reads "9 and 10 May 2022" as
2009-05-10 20:22, dateparser never converts Buddhist-era years and fills gaps with today, and a
release that says "๙-๑๐ พฤษภาคม ๒๕๖๕" means exactly one thing. So we recognise only the shapes we
know, built from the words in ``data/dates.toml``, and skip whatever does not make a real date.

Design:

- Thai digits are mapped to ASCII one for one before matching, so offsets found in the working copy
  are offsets into the caller's text.
- Words (months, weekdays, eras, connectors, cue words) become regex alternations, longest first and
  fenced by lookarounds; nothing is found with ``in``. "Mayor" is not May, "พยายาม" is not พ.ย., and
  "may" is a verb: English month names count only Capitalised or in CAPITALS.
- Each shape (day, range within a month, range across months, month and year, ...) is its own
  pattern, compiled once. Every candidate is collected and the earliest, then longest, wins, so a range
  beats the single date inside it. A shape that matches but names no real date (32 May, 30 February,
  a date without a year and no ``default_year``) still claims its text, so no shorter reading of it
  (such as "May 2022" out of "32 May 2022") leaks out. Shapes are tried only where a number, a month
  name or an era marker begins, so a whole page costs about a millisecond.
- Years become Common Era before a date is built (29 ก.พ. 2567 is 2024-02-29): a year of 2400 or more
  is Buddhist era whether marked or not, and a two-digit year after a Thai month is BE 25xx.
- A bare number is never a year: a year on its own needs a cue before it ("in", "since", "ปี") or an
  era marker ("พ.ศ. ๒๕๖๐"), so "18 billion", "2012-2016" and "Washington DC 20007" stay numbers.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, NamedTuple

from dialogtrack.models import DateSpan

__all__ = [
    "DateMatch",
    "find_dates",
    "format_thai",
    "parse_date",
    "relative_day",
    "relative_year",
    "to_arabic_digits",
    "to_ce_year",
]

BE_OFFSET = 543
BE_FLOOR = 2400
_CUED_YEARS = range(1500, 2200)  # CE years a bare cue can introduce: "in 1024 Wisconsin Ave" is none
_THAI_TO_ARABIC = tuple(zip("๐๑๒๓๔๕๖๗๘๙", "0123456789", strict=True))  # str.replace beats translate
_ARABIC_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TL = "\u0e01-\u0e4e"  # Thai letters and marks (not digits)
_SP = r"[ \t\u00a0\u200b]*"
_S1 = r"[ \t\u00a0\u200b]+"
_MONTH_KEYS = ("th", "th_abbr", "th_abbr_dotless", "en", "en_abbr")
_NUMBER = re.compile("[0-9]+")
_YEAR_END = r"(?![0-9]|[.,:/][0-9])"  # not part of a longer number, a time or a fraction


@dataclass(frozen=True)
class DateMatch:
    """A date expression found in a text: ``text[start:end]`` is the expression itself."""

    span: DateSpan
    start: int
    end: int
    year_written: bool = True  # False when the year came from ``default_year`` ("on April 20")


def to_arabic_digits(text: str) -> str:
    """Replace Thai digits ๐-๙ with 0-9; the length (and so every offset) is unchanged."""
    for thai, arabic in _THAI_TO_ARABIC:
        text = text.replace(thai, arabic)
    return text


def to_ce_year(year: int, *, thai_context: bool) -> int:
    """The Common Era year for a year as written.

    2400 and above is Buddhist era. Below 100 is a two-digit year: BE 25xx in Thai text, 20xx otherwise.
    """
    if year >= BE_FLOOR:
        return year - BE_OFFSET
    if year < 100:
        return 2500 + year - BE_OFFSET if thai_context else 2000 + year
    return year


def format_thai(d: date, *, thai_digits: bool = True, abbreviated: bool = False, era_marker: bool = False) -> str:
    """The date as a Thai release writes it: "๙ พฤษภาคม ๒๕๖๕", "9 พ.ค. 2565", "๙ พฤษภาคม พ.ศ. ๒๕๖๕"."""
    grammar = _grammar()
    month = (grammar.thai_abbr if abbreviated else grammar.thai_full)[d.month - 1]
    era = f"{grammar.be_marker} " if era_marker else ""
    text = f"{d.day} {month} {era}{d.year + BE_OFFSET}"
    return text.translate(_ARABIC_TO_THAI) if thai_digits else text


def thai_month(month: int, *, abbreviated: bool = False) -> str:
    """The canonical Thai name of a month (1-12): "พฤษภาคม", or "พ.ค." abbreviated."""
    grammar = _grammar()
    return (grammar.thai_abbr if abbreviated else grammar.thai_full)[month - 1]


def to_thai_digits(text: str) -> str:
    return text.translate(_ARABIC_TO_THAI)


def parse_date(text: str, *, default_year: int | None = None) -> DateSpan | None:
    """The first date expression in a short string such as a "Published:" line, or None."""
    matches = find_dates(text, default_year=default_year)
    return matches[0].span if matches else None


AHEAD = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+scheduled|are\s+scheduled|scheduled\s+for|set\s+for)\b|จะ|มีกำหนด", re.I
)


def relative_day(text: str, reference: date) -> date | None:
    """The day that "today", "yesterday", "on Saturday" or "เมื่อวันจันทร์ที่ผ่านมา" in ``text`` means,
    counted from ``reference`` (the document's own date); None when ``text`` has no such word."""
    m = _relative_pattern().search(text)
    if m is None:
        return None
    if m.group("today"):
        return reference
    if m.group("yesterday"):
        return reference - timedelta(days=1)
    if m.group("tomorrow"):
        return reference + timedelta(days=1)
    weekday = _weekday_numbers()[_norm(m.group("en") or m.group("th"))]
    if AHEAD.search(text, 0, m.end()) or m.group().casefold().startswith("next"):
        # "will travel to Indonesia on Monday": the weekday to come, not the one just past
        return reference + timedelta(days=(weekday - reference.isoweekday()) % 7 or 7)
    return reference - timedelta(days=(reference.isoweekday() - weekday) % 7)


def relative_month(text: str, reference: date) -> DateSpan | None:
    """The month that "last May" or "เดือนกรกฎาคม ที่ผ่านมา" in ``text`` means: the latest such month
    before ``reference``'s month (a month of the same name a year back, when it is that month now); "this
    May", "เดือนกุมภาพันธ์นี้": that month of the reference's year; "next May": the first such month after
    the reference's."""
    found = [(m, way) for way, pattern in _relative_month_patterns().items() if (m := pattern.search(text))]
    if not found:
        return None
    m, way = min(found, key=lambda f: f[0].start())
    if m.group("unnamed"):  # "next month", "เดือนหน้า": counted from the reference's own month
        step = {"this_month": 0, "last_month": -1, "next_month": 1}[way]
        months = reference.year * 12 + reference.month - 1 + step
        return DateSpan(date(months // 12, months % 12 + 1, 1), precision="month")
    month = _month_numbers()[_norm(m.group("en") or m.group("th"))]
    if way.endswith("_year"):
        step = {"this_year": 0, "last_year": -1, "next_year": 1}[way]
        return DateSpan(date(reference.year + step, month, 1), precision="month")
    if way == "last":
        year = reference.year if month < reference.month else reference.year - 1
    elif way == "this":
        year = reference.year
    else:
        year = reference.year if month > reference.month else reference.year + 1
    return DateSpan(date(year, month, 1), precision="month")


def names_relative_day(text: str) -> bool:
    """Whether ``text`` dates something by the page's own day ("today", "on Friday"), known or not."""
    return _relative_pattern().search(text) is not None


def relative_year(text: str, reference_year: int) -> tuple[int, int, int] | None:
    """``(year, start, end)`` for the first "next year", "last year", "ปีนี้" … in ``text``, counted from
    ``reference_year``; None when ``text`` has no such words."""
    m = _relative_year_pattern().search(text)
    if m is None:
        return None
    delta = {"this": 0, "last": -1, "next": 1}[m.lastgroup or "this"]
    return reference_year + delta, m.start(), m.end()


def _words(words: Iterable[str]) -> str:
    """English words as whole words in any case ("Today", "today"), Thai words as they are."""
    words = list(words)
    latin = [w for w in words if w.isascii()]
    thai = [w for w in words if not w.isascii()]
    english = rf"(?<![A-Za-z])(?i:{_alt(latin)})(?![A-Za-z])" if latin else ""
    return "|".join(p for p in (english, _alt(thai) if thai else "") if p)


@lru_cache(maxsize=1)
def _other_event_pattern() -> re.Pattern[str]:
    return re.compile(_words(_data()["other_event"]["before_its_date"]).replace(r"\ ", r"\s+"))


def names_another_event(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between a round and a date, names another event the date is of ("after
    the elections set for …")."""
    return _other_event_pattern().search(text, start, end) is not None


@lru_cache(maxsize=1)
def _relative_year_pattern() -> re.Pattern[str]:
    rel = _data()["relative"]
    return re.compile("|".join(rf"(?P<{k}>{_words(rel[k + '_year'])})" for k in ("next", "last", "this")))


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    return {_norm(w): int(d["number"]) for d in _data()["months"] for w in (*d["th"], *d["en"])}


@lru_cache(maxsize=1)
def _relative_month_patterns() -> dict[str, re.Pattern[str]]:
    data = _data()
    rel = data["relative"]
    english = _english([w for d in data["months"] for w in d["en"]])
    thai = _alt([w for d in data["months"] for w in d["th"]])
    words = {
        "last": (rel["month_before_en"], rel["month_after_th"]),
        "this": (rel["month_this_before_en"], rel["month_this_after_th"]),
        "next": (rel["month_next_before_en"], rel["month_next_after_th"]),
    }
    named = {
        way: re.compile(
            rf"(?<![A-Za-z])(?i:{_alt(before)}){_S1}(?P<en>{english})(?![A-Za-z]|{_SP}[0-9])"
            rf"|(?:เดือน)?(?P<th>{thai}){_SP}(?:{_alt(after)})(?P<unnamed>(?!x)x)?"
        )
        for way, (before, after) in words.items()
    }
    # "in April this year": the month of the year the words count (the keys end in "_year")
    of_year = {
        f"{way}_year": re.compile(
            rf"(?<![A-Za-z])(?:(?P<en>{english})|(?:เดือน)?(?P<th>{thai})){_SP}(?i:{_alt(rel[f'month_{way}_year_after'])})"
            rf"(?![A-Za-z])(?P<unnamed>(?!x)x)?"
        )
        for way in ("this", "last", "next")
    }
    unnamed = {
        way: re.compile(rf"(?<![A-Za-z])(?P<unnamed>(?i:{_alt(rel[way])}))(?![A-Za-z])(?P<en>(?!x)x)?(?P<th>(?!x)x)?")
        for way in ("this_month", "last_month", "next_month")
    }
    return named | of_year | unnamed


@lru_cache(maxsize=1)
def _weekday_numbers() -> dict[str, int]:
    data = _data()
    return {_norm(w): int(d["number"]) for d in data["weekdays"] for w in (*d["th"], *d["en"])}


@lru_cache(maxsize=1)
def _relative_pattern() -> re.Pattern[str]:
    data = _data()
    rel, thai = data["relative"], data["thai"]
    english_days = [w for d in data["weekdays"] for w in d["en"] if len(w) > 3]
    thai_days = [w for d in data["weekdays"] for w in d["th"]]
    return re.compile(
        rf"(?P<today>{_words(rel['today'])})"
        rf"|(?P<yesterday>{_words(rel['yesterday'])})|(?P<tomorrow>{_words(rel['tomorrow'])})"
        rf"|(?<![A-Za-z])(?i:{_alt(rel['weekday_before_en'])}){_S1}(?P<en>{_english(english_days)})"
        rf"|{thai['day_word']}(?P<th>{_alt(thai_days)})(?!{_SP}{thai['ordinal_marker']}?{_SP}[0-9๐-๙])"
    )


def find_dates(text: str, *, default_year: int | None = None, thai: bool | None = None) -> list[DateMatch]:
    """Every date, month, year or range in ``text``, in order, without overlaps.

    A date written without a year takes ``default_year`` (and is skipped when it is None). ``thai``
    says whether two-digit years are Buddhist era: None decides per expression (only a Thai month word
    takes a two-digit year, as BE 25xx); True also reads "9 May 65" as 2022; False reads them as 20xx.
    """
    grammar = _grammar()
    work = to_arabic_digits(text)
    candidates: list[tuple[int, int, DateSpan | None, bool]] = []
    for anchors, at in ((_NUMBER, "number"), (grammar.words, "word")):
        shapes = [shape for shape in grammar.shapes[thai is True] if shape.start in (at, "any")]
        for anchor in anchors.finditer(work):
            for kind, _, pattern in shapes:
                if (m := pattern.match(work, anchor.start())) is None:
                    continue
                start = m.start()
                if kind == "year":
                    if not m["y1x"] and not grammar.cue_before.search(work, max(0, start - 20), start):
                        continue  # a bare number
                elif kind == "day" and (wd := grammar.weekday_before.search(work, max(0, start - 20), start)):
                    start = wd.start()
                g = m.groupdict()
                written = kind == "year" or any(g.get(k) for k in ("y1", "y2"))
                candidates.append((start, m.end(), _span(kind, g, grammar, default_year, thai), written))
    # Earliest first, then longest; a candidate that names no real date still claims its text.
    candidates.sort(key=lambda c: (c[0], -c[1]))
    found: list[DateMatch] = []
    claimed = 0
    for start, end, span, written in candidates:
        if start < claimed:
            continue
        claimed = end
        if span is not None:
            found.append(DateMatch(span, start, end, written))
    return _years_written_elsewhere(_join_day_pairs(text, _join_years_after(text, found)))


def _years_written_elsewhere(found: list[DateMatch]) -> list[DateMatch]:
    """A day written without its year ("will be held on April 20 and 21") takes the year the same text
    writes with that very day ("… between April 20-21, 2023"), not the document's: a page's header may
    carry the day it was fetched. Only when the text gives that day a single year."""
    years: dict[tuple[int, int], set[int]] = {}
    for m in found:
        if m.year_written and m.span.precision == "day":
            years.setdefault((m.span.start.month, m.span.start.day), set()).add(m.span.start.year)
    if not years:
        return found
    out = []
    for m in found:
        given = years.get((m.span.start.month, m.span.start.day), set())
        if not m.year_written and m.span.precision == "day" and len(given) == 1 and m.span.start.year not in given:
            shift = given.pop() - m.span.start.year
            span = DateSpan(
                _shifted(m.span.start, shift), _shifted(m.span.end, shift) if m.span.end else None, m.span.precision
            )
            m = DateMatch(span, m.start, m.end, True)
        out.append(m)
    return out


def _shifted(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


YEAR_AFTER_DAY = re.compile(r"[^\S\n]*,?[^\S\n]*(?:in|of)[^\S\n]+\Z", re.I)


def _join_years_after(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """A day and the year written after it with "in" or "of": "met on 14 May in 2019", "the 5th
    of March of 2019" is one day of that year, not a day of the document's year and a year."""
    joined: list[DateMatch] = []
    for m in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.span.precision in ("day", "month")
            and not last.year_written
            and m.span.precision == "year"
            and m.span.end is None
            and YEAR_AFTER_DAY.search(text, last.end, m.start)
            and len(text[last.end : m.start]) <= 8
        ):
            shift = m.span.start.year - last.span.start.year
            end = _shifted(last.span.end, shift) if last.span.end else None
            span = DateSpan(_shifted(last.span.start, shift), end, last.span.precision)
            joined[-1] = DateMatch(span, last.start, m.end, True)
        else:
            joined.append(m)
    return joined


def _join_day_pairs(text: str, found: list[DateMatch]) -> list[DateMatch]:
    """Two days written apart but meant as one range: "Tuesday (July 4) and Wednesday (July 5)",
    "4 July to 5 July 2023". Joined only when nothing but a connector, weekdays and brackets lies
    between them and the second is at most two weeks after the first."""
    joiner = _day_pair_joiner()
    joined: list[DateMatch] = []
    for m in found:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.span.precision == m.span.precision == "day"
            and last.span.end is None
            and m.span.end is None
            and 0 < (m.span.start - last.span.start).days <= 14
            and joiner.fullmatch(text, last.end, m.start)
        ):
            joined[-1] = DateMatch(
                DateSpan(last.span.start, m.span.start), last.start, m.end, last.year_written or m.year_written
            )
        else:
            joined.append(m)
    return joined


@lru_cache(maxsize=1)
def _day_pair_joiner() -> re.Pattern[str]:
    data = _data()
    conn, thai = data["connectors"], data["thai"]
    weekdays = _words(w for d in data["weekdays"] for w in (*d["en"], *d["th"]))
    return re.compile(
        rf"[\s()]*(?:{_words(conn['range'] + conn['days'])})[\s()]*"
        rf"(?:(?:{thai['day_word']})?(?:{weekdays})[\s,]*(?:{thai['ordinal_marker']})?[\s()]*)?"
    )


def _span(
    kind: str, g: dict[str, Any], grammar: _Grammar, default_year: int | None, thai: bool | None
) -> DateSpan | None:
    """The span a candidate names, or None when it names no real date."""
    try:
        if kind == "year":
            if g.get("be_short") is not None:
                first = 2500 + int(g["y1"]) - BE_OFFSET
                return DateSpan(date(first, 1, 1), None, "year") if first in _CUED_YEARS else None
            first = _year(g["y1"], g["y1x"], False, grammar) or 0
            last = _year(g["y2"], g["y2x"], False, grammar)
            if first not in _CUED_YEARS or (last is not None and (last not in _CUED_YEARS or last <= first)):
                return None
            return DateSpan(date(first, 1, 1), date(last, 1, 1) if last else None, "year")
        thai_context = thai if thai is not None else bool(g.get("m1t") or g.get("m2t"))
        m1 = _month(g, "m1", grammar)
        m2 = _month(g, "m2", grammar) if g.get("m2t") or g.get("m2e") else m1
        y1 = _year(g.get("y1"), g.get("y1x") or g.get("y1z"), thai_context, grammar)
        y2 = _year(g.get("y2"), g.get("y2x") or g.get("y2z"), thai_context, grammar)
        if kind == "month":
            y1 = y1 or (default_year if g.get("past_month") is not None else None)
            return DateSpan(date(y1 or 0, m1, 1), None, "month")
        if g.get("d2") is None:
            y1 = y1 or default_year
            return DateSpan(date(y1, m1, int(g["d1"]))) if y1 else None
        # A range: a missing year comes from the other end (across New Year if the months say so).
        if y2 is None:
            y2 = default_year if y1 is None else y1 + (m2 < m1)
        if y2 is None:
            return None
        if y1 is None:
            y1 = y2 - (m1 > m2)
        start, end = date(y1, m1, int(g["d1"])), date(y2, m2, int(g["d2"]))
    except ValueError:
        return None
    if end < start:
        return None
    return DateSpan(start, end if end != start else None)


def _month(g: dict[str, Any], name: str, grammar: _Grammar) -> int:
    word = g.get(f"{name}t") or g.get(f"{name}e")
    return grammar.months[_norm(word)] if word else int(g[f"{name}n"])


def _year(digits: str | None, era: str | None, thai_context: bool, grammar: _Grammar) -> int | None:
    """The CE year for year digits as matched; ValueError when they name no usable year."""
    if digits is None:
        return None
    year = int(digits)
    if len(digits) == 2:
        return to_ce_year(year, thai_context=thai_context)
    if year < 100:
        raise ValueError(f"not a year: {digits}")
    if era and _norm(era) in grammar.be_eras:
        return year - BE_OFFSET
    if era:  # an explicit Common Era marker wins over the 2400 rule
        return year
    return to_ce_year(year, thai_context=thai_context)


def _norm(word: str) -> str:
    return re.sub(r"[\s.]", "", word).casefold()


_Kind = Literal["day", "month", "year"]
_Start = Literal["number", "word", "any"]  # where a shape begins: at a number, at a word, or either


class _Shape(NamedTuple):
    kind: _Kind
    start: _Start
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class _Grammar:
    months: dict[str, int]  # normalised alias -> month number
    be_eras: frozenset[str]  # normalised Buddhist-era markers
    be_marker: str
    thai_full: tuple[str, ...]
    thai_abbr: tuple[str, ...]
    shapes: dict[bool, tuple[_Shape, ...]]  # by "two-digit years may follow an English month"
    words: re.Pattern[str]  # month names and era markers, where a shape can start with a word
    weekday_before: re.Pattern[str]
    cue_before: re.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first; a dot inside may be followed by a space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w[:-1]).replace(r"\.", r"\.[ ]?") + re.escape(w[-1]) for w in ordered)


def _trie(words: Iterable[str]) -> str:
    """The same words as a prefix tree: scanning a whole document for them stays cheap."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + pattern(child) for c, child in sorted(node.items()) if c]
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return "" if not branches else f"(?:{body})?" if "" in node else body

    return pattern(root)


def _english(words: Iterable[str], *, dot: bool = False) -> str:
    """Capitalised or ALL CAPS forms of English words as whole words, abbreviations with an optional dot."""
    forms = {form for w in words for form in (w, w.upper())}
    suffix = r"\.?" if dot else ""
    return rf"(?<![A-Za-z])(?:{_alt(forms)}){suffix}(?![A-Za-z])"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    return tomllib.loads(resources.files("dialogtrack").joinpath("data/dates.toml").read_text("utf-8"))


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = _data()
    months = sorted(data["months"], key=lambda m: int(m["number"]))
    eras, conn, cues, thai_words = data["eras"], data["connectors"], data["cues"], data["thai"]
    th_full = _alt(w for m in months for w in m["th"])
    th_abbr = _alt(w for m in months for w in m["th_abbr"] if w.endswith("."))
    th_open = _alt(w for m in months for k in ("th_abbr", "th_abbr_dotless") for w in m[k] if w[-1] != ".")
    th_month = rf"{th_full}|(?<![{_TL}.])(?:{th_abbr})|(?<![{_TL}.])(?:{th_open})(?![{_TL}])"
    en_month = (
        rf"{_english(w for m in months for w in m['en'])}"
        rf"|{_english((w for m in months for w in m['en_abbr']), dot=True)}"
    )
    era = rf"(?<![A-Za-z])(?:{_alt(eras['be'] + eras['ce'])})(?![A-Za-z])"
    ordinal = _alt(s for w in data["english"]["ordinal_suffixes"] for s in (w, w.upper()))
    of = rf"(?:(?i:{_alt(data['english']['of'])}){_S1})?"
    not_after = "".join(rf"(?<!{re.escape(w)})(?<!{re.escape(w)} )" for w in data["numeric"]["not_after"])

    def connector(words: list[str]) -> str:
        latin = [w for w in words if w.isascii() and w.isalpha()]
        others = [w for w in words if w not in latin]
        prefix = _alt(thai_words["day_prefixes"])
        return rf"(?:{_S1}(?i:{_alt(latin)}){_S1}|{_SP}(?:{_alt(others)}){_SP})(?:(?:{prefix}){_SP})?"

    day_conn, year_conn = connector(conn["range"] + conn["days"]), connector(conn["range"])

    def day(n: str, *, lead: bool = True) -> str:
        return rf"{'(?<![0-9.:/])' if lead else ''}(?P<{n}>[0-9]{{1,2}})(?![0-9])(?:{ordinal})?"

    def mon(n: str, *, english_only: bool = False) -> str:
        return rf"(?P<{n}e>{en_month})" if english_only else rf"(?:(?P<{n}t>{th_month})|(?P<{n}e>{en_month}))"

    def year(n: str, digits: str = "[0-9]{4}") -> str:
        return rf"(?:(?P<{n}x>{era}){_SP})?(?P<{n}>{digits}){_YEAR_END}(?:{_SP}(?P<{n}z>{era}))?"

    def opt_year(n: str, month: str | None, short_any: bool) -> str:
        """A year, or none at all; two-digit years only after a Thai month (any month when short_any)."""
        digits = "[0-9]{4}"
        if month:
            digits += "|[0-9]{2}" if short_any else rf"|(?({month}t)[0-9]{{2}}|(?!))"
        # after a comma the year may stand on the next line ("March 17-18,\n2016")
        return rf"(?:(?:{_SP},{_SP}\n?{_SP}|{_SP}){year(n, digits)}|(?!{_SP},?{_SP}[0-9]{{3}}))"

    def shapes(short_any: bool) -> tuple[_Shape, ...]:
        """Every shape a date expression takes, and whether it starts at a number or at a word."""

        def dm(d: str, m: str, y: str) -> str:
            return rf"{day(d)}{_SP}{of}{mon(m)}{opt_year(y, m, short_any)}"

        def md(m: str, d: str, y: str) -> str:
            return rf"{mon(m, english_only=True)}{_SP}{day(d, lead=False)}{opt_year(y, None, False)}"

        # A Thai month written in the English order, with its year ("ธันวาคม 28, 2016"): without the year,
        # "มีนาคม 25 ประเทศ" is a month and a count.
        thai_md = rf"(?P<m1t>{th_month}){_SP}{day('d1', lead=False)}{_SP},{_SP}{year('y1')}"

        days = rf"{day('d1')}{day_conn}{day('d2', lead=False)}"
        month_days = rf"{mon('m1', english_only=True)}{_SP}{day('d1', lead=False)}{day_conn}{day('d2', lead=False)}"
        years = (
            rf"(?:(?P<y1x>{era}){_SP})?(?<![0-9.,:/])(?P<y1>[0-9]{{4}}){_YEAR_END}"
            rf"(?:{year_conn}(?:(?P<y2x>{era}){_SP})?(?P<y2>[0-9]{{4}}){_YEAR_END})?"
        )
        # "ภายในปี 57 นี้": two digits after a Thai year word are a Buddhist-era year, 2530 to 2599
        thai_short_year = (
            rf"(?:{'|'.join(rf'(?<={re.escape(w)})|(?<={re.escape(w)} )' for w in cues['year_th'])})"
            r"(?P<y1>[3-9][0-9])(?![0-9])(?P<be_short>)(?P<y1x>(?!x)x)?(?P<y2>(?!x)x)?(?P<y2x>(?!x)x)?"
        )
        end = r"(?![0-9]|[/.-][0-9])"
        numeric = (
            rf"(?<![0-9/.-])(?P<d1>[0-9]{{1,2}})(?P<sep>[/.-])(?P<m1n>[0-9]{{1,2}})(?P=sep)"
            rf"(?P<y1>[0-9]{{4}}){end}"
        )
        # "12/30/2008": month first, read only where the day cannot be a month
        month_first = rf"(?<![0-9/.-])(?P<m1n>0?[1-9]|1[0-2])/(?P<d1>1[3-9]|2[0-9]|3[01])/(?P<y1>[0-9]{{4}}){end}"
        iso = rf"(?<![0-9/.-])(?P<y1>[0-9]{{4}})-(?P<m1n>[0-9]{{2}})-(?P<d1>[0-9]{{2}}){end}"
        month_year = rf"(?<![0-9/.-]){not_after}(?P<m1n>0[1-9]|1[0-2])/(?P<y1>[0-9]{{4}}){end}"
        sources: list[tuple[_Kind, _Start, str]] = [
            ("day", "number", dm("d1", "m1", "y1")),  # ๙ พฤษภาคม ๒๕๖๕, 9th of May 2022
            # 4 to 5 May, "3-4\nMarch 2024" (a line broken before the month)
            ("day", "number", rf"{days}{_SP}\n?{_SP}{of}{mon('m1')}{opt_year('y2', 'm1', short_any)}"),
            ("day", "number", rf"{dm('d1', 'm1', 'y1')}{day_conn}{dm('d2', 'm2', 'y2')}"),  # 31 Mar to 3 Apr
            ("day", "word", md("m1", "d1", "y1")),  # May 9, 2022
            ("day", "word", thai_md),  # ธันวาคม 28, 2016
            ("day", "word", rf"{month_days}{opt_year('y2', None, False)}"),  # May 9 and 10
            ("day", "word", rf"{md('m1', 'd1', 'y1')}{day_conn}{md('m2', 'd2', 'y2')}"),  # March 31 - April 3
            ("month", "word", rf"{mon('m1')}{_SP},?{_SP}{year('y1')}"),  # July 2014, กรกฎาคม ๒๕๕๗
            # "เมื่อเดือนกรกฎาคม ที่ผ่านมา": this July, in the page's year
            ("month", "word", rf"(?<=เดือน)(?P<m1t>{th_month})(?P<past_month>{_SP}ที่ผ่านมา)"),
            ("year", "any", years),  # (in) 2019, พ.ศ. ๒๕๖๐ - ๒๕๖๔
            ("year", "number", thai_short_year),  # ปี 57
            ("day", "number", month_first),  # 12/30/2008
            ("day", "number", numeric),  # 11/05/2565, 11.05.2022
            ("day", "number", iso),  # 2022-05-09
            ("month", "number", month_year),  # 09/2016
        ]
        return tuple(_Shape(kind, start, re.compile(source)) for kind, start, source in sources)

    weekdays = data["weekdays"]
    en_weekday = _english((w for d in weekdays for w in d["en"]), dot=True)
    th_weekday = rf"{thai_words['day_word']}(?:{_alt(w for d in weekdays for w in d['th'])})"
    words = [w for m in months for k in _MONTH_KEYS for w in m[k]] + eras["be"] + eras["ce"]
    return _Grammar(
        months={_norm(w): int(m["number"]) for m in months for k in _MONTH_KEYS for w in m[k]},
        be_eras=frozenset(_norm(w) for w in eras["be"]),
        be_marker=eras["be"][0],
        thai_full=tuple(m["th"][0] for m in months),
        thai_abbr=tuple(m["th_abbr"][0] for m in months),
        shapes={short_any: shapes(short_any) for short_any in (False, True)},
        # a shape starting with a word starts with one of these, up to the first dot: "พ. ค." starts "พ."
        words=re.compile(_trie({p.split(".")[0] + ("." if "." in p else "") for w in words for p in (w, w.upper())})),
        weekday_before=re.compile(rf"(?:{en_weekday},?{_S1}|{th_weekday}{thai_words['ordinal_marker']}{_SP})\Z"),
        cue_before=re.compile(
            rf"(?:(?<![A-Za-z])(?i:{_alt(cues['year_en'])}){_S1}|(?:{_alt(cues['year_th'])}){_SP})\Z"
        ),
    )
