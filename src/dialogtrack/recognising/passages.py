"""Sentences and paragraphs of a release: the units a claim is read within and quoted from.

Sentences end at line breaks and at English sentence ends, never at the dots of abbreviations ("Mr.",
"U.S.", "H.E.") nor at the dots Thai writes inside abbreviations ("พ.ค.", "ม.ร.ว."): Thai ends a
sentence with a space or a new paragraph, not a dot. A line break inside a sentence, where a page was
saved with its lines wrapped at a fixed width, ends nothing: English that runs on in lower case
("… and therefore\ncontrary to …"), Thai that breaks after a word which always has more to come
("… ครั้งที่ ๑ ระหว่างวันที่\n๔ – ๕ พฤศจิกายน").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dialogtrack.recognising.refs import SeriesRef

# The stop itself is matched, and the letter before it looked back at afterwards: a pattern that starts
# with a plain set of characters lets the engine skip along the text in C to the next stop.
# A stop, a space and a capital; or a line break; or a stop run on into the next sentence, as pages
# stripped of their markup write them ("… on Thursday.The 14th … talks were held …").
SENTENCE_END = re.compile(
    r"[.!?](?<=[A-Za-z0-9)].)[\"”’)]?[ \t]+(?=[\"“(]?[A-Z\u0e00-\u0e7f])|\n|(?<=[a-z]{3}\.)(?=[A-Z][a-z]{1,12}\s)"
)


ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Adm|Sen|Rep|Gov|Jr|Sr|St|No|Nos|Vol|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|hrs|a\.m|p\.m|H\.E|U\.S|U\.K|E\.U|D\.C|Co|Inc|Ltd|etc|vs|approx"
    r"|Rt|Hon|Asst|Usec|Asec|Amb|Maj|Brig|Capt|Cdr|Cmdr)|\b[A-Z])\.[\"”’)]?[ \t]+$"
)


# Where a single line break is a wrapped line, not the end of a sentence: a lower-case English word, or a
# comma, running on to a lower-case word; a Thai word that always takes what follows (a date's "วันที่",
# "ระหว่าง", a place's "ณ", a conjunction).
WRAPPED_EN = re.compile(r"(?<=[a-z,])\n(?=[a-z])")
THAI_RUNS_ON = ("วันที่", "ระหว่าง", "ตั้งแต่", " ณ", "และ", "กับ", "โดย")  # " ณ" with its space: not "ประมาณ"

LONGEST_SENTENCE = 3000


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text``: lines, and English sentences within them.

    A run longer than ``LONGEST_SENTENCE`` characters (a page saved as one line, a list of thousands of
    rounds) is cut at spaces into pieces of at most that length: every round is read within its
    sentence, against the other rounds of that sentence, and that must not grow with the file."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if m.group() == "\n" and _wrapped(text, m.start()):
            continue
        end = m.start() if m.group() in ("\n", "") else m.start() + 1  # a sentence keeps its stop
        if end > m.start() and ABBREVIATION.search(text[max(0, end - 8) : m.end()]):
            continue
        if text[start:end].strip():
            spans.extend(_pieces(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.extend(_pieces(text, start, len(text)))
    return spans


def _wrapped(text: str, at: int) -> bool:
    """Whether the line break at ``at`` wraps a sentence onto the next line."""
    if WRAPPED_EN.match(text, at):
        return True
    return text[at + 1 : at + 2] not in ("", "\n") and text[max(0, at - 12) : at].rstrip(" \t").endswith(THAI_RUNS_ON)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) as it is, or cut at the last space before each ``LONGEST_SENTENCE`` characters."""
    pieces = []
    while end - start > LONGEST_SENTENCE:
        cut = text.rfind(" ", start + LONGEST_SENTENCE // 2, start + LONGEST_SENTENCE)
        cut = cut if cut > start else start + LONGEST_SENTENCE
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def sentence_of(offset: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence that holds ``offset`` (``sentences`` sorted, as ``split_sentences`` gives them)."""
    at = bisect_right(sentences, offset, key=lambda s: s[0]) - 1
    if at >= 0 and sentences[at][0] <= offset < sentences[at][1]:
        return sentences[at]
    return (offset, offset)


@lru_cache(maxsize=4)
def paragraph_breaks(text: str) -> list[int]:
    """Where every blank line of ``text`` begins; cached, because every round of a release asks."""
    breaks = []
    at = text.find("\n\n")
    while at >= 0:
        breaks.append(at)
        at = text.find("\n\n", at + 1)
    return breaks


def paragraph_bounds(text: str, offset: int, following: bool = False) -> tuple[int, int]:
    """(start, end) of the paragraph around ``offset``, or of the one after it."""
    breaks = paragraph_breaks(text)
    before = bisect_right(breaks, offset - 2) - 1
    start = breaks[before] if before >= 0 else 0
    after = bisect_left(breaks, offset)
    end = breaks[after] if after < len(breaks) else len(text)
    if following:
        after = bisect_left(breaks, end + 2)
        start, end = end, breaks[after] if after < len(breaks) else len(text)
    return start, end


def quote_bounds(text: str, sentence: tuple[int, int], ref: SeriesRef, limit: int = 320) -> tuple[int, int]:
    """The sentence around a reference, cut to a quotable length around it."""
    lo, hi = sentence
    if hi - lo <= limit:
        return lo, hi
    start = max(lo, ref.start - limit // 3)
    return start, min(hi, start + limit)
