"""Sentences and paragraphs of a release: the units a claim is read within and quoted from.

Sentences end at line breaks and at English sentence ends, never at the dots of abbreviations ("Mr.",
"U.S.", "H.E.") nor at the dots Thai writes inside abbreviations ("พ.ค.", "ม.ร.ว."): Thai ends a
sentence with a space or a new paragraph, not a dot.
"""

from __future__ import annotations

import re

from dialogtrack.refs import SeriesRef

SENTENCE_END = re.compile(r"(?<=[A-Za-z0-9)][.!?])[\"”’)]?[ \t]+(?=[\"“(]?[A-Z\u0e00-\u0e7f])|\n")


ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Adm|Sen|Rep|Gov|Jr|Sr|St|No|Nos|Vol|Sept?|Oct|Nov|Dec|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|hrs|a\.m|p\.m|H\.E|U\.S|U\.K|E\.U|D\.C|Co|Inc|Ltd|etc|vs|approx)|\b[A-Z])\.[\"”’)]?[ \t]+$"
)


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


def sentence_of(offset: int, sentences: list[tuple[int, int]]) -> tuple[int, int]:
    """The sentence that holds ``offset``."""
    for s in sentences:
        if s[0] <= offset < s[1]:
            return s
    return (offset, offset)


def paragraph(text: str, offset: int, following: bool = False) -> str:
    """The paragraph around ``offset`` (or the one after it): where releases say who led the talks."""
    start = text.rfind("\n\n", 0, offset)
    end = text.find("\n\n", offset)
    end = len(text) if end < 0 else end
    if following:
        start, end = end, text.find("\n\n", end + 2)
        end = len(text) if end < 0 else end
    return text[max(start, 0) : end]


def quote_bounds(text: str, sentence: tuple[int, int], ref: SeriesRef, limit: int = 320) -> tuple[int, int]:
    """The sentence around a reference, cut to a quotable length around it."""
    lo, hi = sentence
    if hi - lo <= limit:
        return lo, hi
    start = max(lo, ref.start - limit // 3)
    return start, min(hi, start + limit)
