"""One scan of a release: every word the language data knows, marked where the text writes it.

The registry's names (kinds of dialogue, countries, frameworks, places, the words for "online") and the
cue words of ``data/cues.toml`` are compiled into one Aho-Corasick automaton (pyahocorasick), and a
release is read through it once. Later stages ask the marks ("which kinds are named, where?", "which
paragraphs hold an anniversary word?") instead of running a pattern of their own over the whole text.

Names are found as the registry's regular expressions found them: case and spacing folded, dashes and
apostrophes in any of their forms, the longest name wins, a Latin name never starts or ends inside a
Latin word, and the capitals of short abbreviations ("US", "EU") must be written as capitals. Cue words
are substrings: they only say where a longer pattern is worth trying.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

import ahocorasick

THAI = re.compile(r"[\u0e00-\u0e7f]")
ABBREVIATION = re.compile(r"[A-Z]{2,4}")
# Spaces and dashes a name may be written with: a run of spaces is one space, a dash with spaces is "-".
# In two steps that run in C: every space, dash and apostrophe to its plain form (the length
# kept), then the runs that fold to one character.
_PLAIN_OF = {**{chr(c): " " for c in range(0x3000 + 1) if chr(c).isspace() and c != 0x20}, "–": "-", "—": "-"}
_PLAIN_OF |= {"‑": "-", "’": "'"}
# A regular expression over a set of characters skips along the text in C, where str.translate with a
# table looks every character up: five times slower on a release.
_UNPLAIN = re.compile("[" + re.escape("".join(_PLAIN_OF)) + "]")


def _plain(text: str) -> str:
    return _UNPLAIN.sub(lambda m: _PLAIN_OF[m.group()], text)


_RUNS = re.compile(r" *- *| {2,}")


# Labels of the marks: the registry's names, and the cue words of the long patterns.
KIND, COUNTRY, FRAMEWORK, PLACE, VIRTUAL = "kind", "country", "framework", "place", "virtual"
MEETING_NOUN, ITS_SESSION = "cue:meeting-noun", "cue:its-session"
DEFINED_LOWER = "cue:meeting-noun-defined"  # "mechanism (", a name in lower case its acronym follows
MEETING_NOUN_LOWER = "cue:meeting-noun-lower"  # "dialogue", a name in lower case after a round and its parties
ANNIVERSARY, FOUNDING = "cue:anniversary", "cue:founding"
HELD, CHAIR = "cue:held", "cue:chair"
# Words every sentence that says who chairs "the meeting" or heads a delegation holds
# (``extract.CHAIR_THE_MEETING``, ``extract.HEAD_OF_DELEGATION``): the scan
# marks them, and only the sentences with a mark are read for it.
CHAIR_CUES = (
    *("chair", "chaired", "chairs", "chairing", "co-chair", "co-chaired", "co-chairs", "co-chairing", "presided"),
    "head of the",  # "The head of the Australian delegation was …" (``extract.HEAD_OF_DELEGATION``)
    "delegation was led by",  # "the Nepali delegation was led by X, while the Indian delegation was led by Y"
    "delegation was headed by",
    "ประธาน",
)


class Mark(NamedTuple):
    """Where the text writes a word of the lexicon: ``[start, end)`` in the text, and which list it is from."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class _Entry:
    label: str
    name: bool  # a name (boundaries and capitals checked, longest wins) or a cue (any substring)
    abbreviation: bool  # two to four capitals: found only as written
    exact: bool  # a cue compared as written, not in lower case
    short_thai: bool = False  # a short Thai place name, which may stand inside a longer word


SHORT_THAI_PLACE = 4
"""A Thai place name this short ("โรม", "โซล", "ตาก") is also the start or the middle of other words ("นายโรมูโร",
"โซลาร์", "ตากอากาศ"): it is taken only as a word of its own (``whole_thai_word``)."""


def fold(text: str) -> str:
    """A word as the automaton holds it: lower case, one space, a bare "-" for a dash, "'" for "’"."""
    return _RUNS.sub(lambda m: "-" if "-" in m.group() else " ", _plain(text.lower()))


@dataclass
class Lexicon:
    """The words to mark: names by label ("kind", "country", …) and cue lists ("cue:anniversary", …)."""

    automaton: ahocorasick.Automaton = field(default_factory=ahocorasick.Automaton)
    exact: ahocorasick.Automaton = field(default_factory=ahocorasick.Automaton)
    labels: set[str] = field(default_factory=set)
    name_labels: set[str] = field(default_factory=set)
    _entries: dict[str, list[_Entry]] = field(default_factory=dict)
    _exact_entries: dict[str, list[_Entry]] = field(default_factory=dict)

    def add_names(self, label: str, names: Iterable[str]) -> None:
        for name in names:
            if name.strip():
                short = label == PLACE and THAI.match(name) is not None and len(name) <= SHORT_THAI_PLACE
                self._add(fold(name), _Entry(label, True, bool(ABBREVIATION.fullmatch(name)), False, short))

    def add_cues(self, label: str, words: Iterable[str], *, exact: bool = False) -> None:
        for word in words:
            if word:
                key = word if exact else fold(word)
                self._add(key, _Entry(label, False, False, exact), exact=exact)

    def _add(self, key: str, entry: _Entry, exact: bool = False) -> None:
        table = self._exact_entries if exact else self._entries
        table.setdefault(key, [])
        if entry not in table[key]:
            table[key].append(entry)
        self.labels.add(entry.label)
        if entry.name:
            self.name_labels.add(entry.label)

    def build(self) -> Lexicon:
        for table, automaton in ((self._entries, self.automaton), (self._exact_entries, self.exact)):
            for key, entries in table.items():
                automaton.add_word(key, (len(key), tuple(entries)))
            if len(automaton):
                automaton.make_automaton()
        return self

    def scan(self, text: str) -> Marks:
        """Every word of the lexicon in ``text``, by label."""
        folded, to_text = _folded(text)
        raw: dict[str, list[Mark]] = {}
        if len(self.automaton):
            for last, (length, entries) in self.automaton.iter(folded):
                fstart, fend = last - length + 1, last + 1
                # Boundaries are looked at in the folded text, where letters stand where they stood;
                # offsets are mapped back only for what is kept.
                bounded = _bounded(folded, fstart, fend)
                span: tuple[int, int] | None = None
                for entry in entries:
                    if entry.name and not bounded:
                        continue
                    span = span or to_text(fstart, fend)
                    if entry.abbreviation and text[span[0] : span[1]] != text[span[0] : span[1]].upper():
                        continue
                    if entry.short_thai and not whole_thai_word(text, *span):
                        continue
                    raw.setdefault(entry.label, []).append(Mark(span[0], span[1], entry.label))
        if len(self.exact):
            for last, (length, entries) in self.exact.iter(text):
                for entry in entries:
                    raw.setdefault(entry.label, []).append(Mark(last - length + 1, last + 1, entry.label))
        return Marks(text, {label: self._ordered(label, found) for label, found in raw.items()})

    def _ordered(self, label: str, found: list[Mark]) -> list[Mark]:
        return _longest_first(found) if label in self.name_labels else sorted(found)


# Words that make what follows them a place ("กรุงโรม", "จังหวัดตาก"), whatever follows; and words a place
# name follows at once ("ณโซล", "ที่โรม"), where the name must still end its word.
_PLACE_PREFIXES_TH = ("กรุง", "เมือง", "นคร", "จังหวัด")
_BEFORE_PLACE_TH = ("ณ", "ที่", "ใน", "สู่", "จาก", "ยัง")


def whole_thai_word(text: str, start: int, end: int) -> bool:
    """Whether a short Thai name at ``start``–``end`` is a word of its own: after a place prefix, or begun
    and ended by characters that are not Thai letters (or begun by a word a place follows)."""
    if text.endswith(_PLACE_PREFIXES_TH, 0, start):
        return True
    before_ok = start == 0 or not THAI.match(text, start - 1) or text.endswith(_BEFORE_PLACE_TH, 0, start)
    return before_ok and (end == len(text) or not THAI.match(text, end))


def _bounded(folded: str, start: int, end: int) -> bool:
    """A name found as the registry's patterns find it: not run on into a Latin word on either side (an
    abbreviation must also be written in capitals: "US" is a country, "us" is not; checked by the caller)."""
    last = folded[end - 1]
    ends_latin = last.isascii() and last.isalpha()
    if ends_latin and _latin_letter(folded, end):
        return False
    return THAI.match(folded, start) is not None or not (start > 0 and _latin_letter(folded, start - 1, after=False))


# Letters that a case-insensitive regular expression takes for Latin ones ("İ" for "i", the Kelvin sign
# for "k"): a name does not end before them either, as the registry's patterns have it.
_LATIN_BY_CASE = frozenset("İıſK")


def _latin_letter(text: str, at: int, *, after: bool = True) -> bool:
    if not 0 <= at < len(text):
        return False
    char = text[at]
    return (char.isascii() and char.isalpha()) or (after and char in _LATIN_BY_CASE)


def _longest_first(found: list[Mark]) -> list[Mark]:
    """Names that do not overlap, each the longest starting at its place, read from the left: the way a
    regular expression of alternatives finds them."""
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[Mark] = []
    for mark in found:
        if not kept or mark.start >= kept[-1].end:
            kept.append(mark)
    return kept


def _folded(text: str) -> tuple[str, _OffsetMap]:
    """``text`` as the automaton reads it, and the way back from its offsets to the text's. Only runs of
    spaces and spaced dashes change length; everything else keeps its place."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ": lower-cased letter by letter, keeping the length
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    lowered = _plain(lowered)
    pieces: list[str] = []
    starts_folded: list[int] = []  # where each changed stretch begins in the folded text …
    starts_text: list[int] = []  # … and in the text
    ends_text: list[int] = []
    at = shift = 0
    for m in _RUNS.finditer(lowered):
        replacement = "-" if "-" in m.group() else " "
        if m.group() == replacement:
            continue
        pieces.append(lowered[at : m.start()])
        pieces.append(replacement)
        starts_folded.append(m.start() - shift)
        starts_text.append(m.start())
        ends_text.append(m.end())
        shift += len(m.group()) - 1
        at = m.end()
    pieces.append(lowered[at:])
    return "".join(pieces), _OffsetMap(starts_folded, starts_text, ends_text)


@dataclass(frozen=True)
class _OffsetMap:
    starts_folded: list[int]
    starts_text: list[int]
    ends_text: list[int]

    def __call__(self, start: int, end: int) -> tuple[int, int]:
        return self._at(start, False), self._at(end - 1, True)

    def _at(self, i: int, after: bool) -> int:
        k = bisect_right(self.starts_folded, i) - 1
        if k < 0:
            return i + 1 if after else i
        if i == self.starts_folded[k]:  # the folded character stands for a whole stretch of the text
            return self.ends_text[k] if after else self.starts_text[k]
        offset = self.ends_text[k] + (i - self.starts_folded[k] - 1)
        return offset + 1 if after else offset


@dataclass(frozen=True)
class Marks:
    """The marks of one text, by label, each list sorted by where it starts."""

    text: str
    by_label: dict[str, list[Mark]]

    def of(self, label: str, lo: int = 0, hi: int | None = None) -> list[Mark]:
        """The marks of ``label`` that start in ``[lo, hi)``."""
        found = self.by_label.get(label, [])
        if lo == 0 and hi is None:
            return found
        end = len(self.text) if hi is None else hi
        return found[bisect_left(found, lo, key=_start) : bisect_left(found, end, key=_start)]

    def words(self, label: str, lo: int = 0, hi: int | None = None) -> Iterator[tuple[Mark, str]]:
        """Each mark of ``label`` in ``[lo, hi)`` with the words as the text writes them."""
        for mark in self.of(label, lo, hi):
            yield mark, self.text[mark.start : mark.end]


def _start(mark: Mark) -> int:
    return mark.start
