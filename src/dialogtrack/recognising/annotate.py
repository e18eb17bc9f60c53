"""A release read once: its sentences and the marks of one scan, which every later stage reads.

``annotate`` is the only place that runs over a whole release for words: the lexicon's scan (kinds,
countries, frameworks, places, online words, cue words) and the split into sentences. The stages after
it (``refs``, ``rounds``, ``anniversaries``, ``venues``) ask the marks where to look, and read only the
few characters around what was found.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from dialogtrack.recognising.anniversaries import FOUNDING_CUES, KEYWORD_CUES
from dialogtrack.recognising.dating import HELD_CUES
from dialogtrack.recognising.passages import paragraph_breaks, split_sentences
from dialogtrack.recognising.rounds import ITS_SESSION_CUES
from dialogtrack.recognising.scan import (
    ANNIVERSARY,
    CHAIR,
    CHAIR_CUES,
    COUNTRY,
    DEFINED_LOWER,
    FOUNDING,
    FRAMEWORK,
    HELD,
    ITS_SESSION,
    KIND,
    MEETING_NOUN,
    MEETING_NOUN_LOWER,
    PLACE,
    VIRTUAL,
    Lexicon,
    Mark,
    Marks,
)
from dialogtrack.registry import Registry


@dataclass(frozen=True)
class AnnotatedText:
    """A text with its sentences and its marks."""

    text: str
    sentences: list[tuple[int, int]]
    marks: Marks

    def cued(self, label: str) -> list[tuple[int, int]]:
        """The stretches of the text (whole paragraphs, neighbours joined) holding a mark of ``label``: a
        pattern every match of which holds one of those words need only be run over these."""
        bounds = [0, *paragraph_breaks(self.text), len(self.text)]  # paragraph i is bounds[i] .. bounds[i + 1]
        cued = sorted({bisect_right(bounds, m.start) - 1 for m in self.marks.of(label)})
        spans: list[tuple[int, int]] = []
        for i in cued:
            lo, hi = bounds[i], bounds[min(i + 1, len(bounds) - 1)]
            if spans and spans[-1][1] == lo:
                spans[-1] = (spans[-1][0], hi)
            elif lo < hi:
                spans.append((lo, hi))
        return spans

    def of(self, label: str, lo: int = 0, hi: int | None = None) -> list[Mark]:
        return self.marks.of(label, lo, hi)


def annotate(text: str, registry: Registry, *, sentences: bool = True) -> AnnotatedText:
    """``text`` scanned once for every word the registry and the cue lists know, and split into sentences."""
    return AnnotatedText(text, split_sentences(text) if sentences else [], lexicon_of(registry).scan(text))


@lru_cache(maxsize=8)
def lexicon_of(registry: Registry) -> Lexicon:
    """The words of ``registry`` and the cue words of the long patterns, compiled once per registry."""
    lexicon = Lexicon()
    lexicon.add_names(KIND, (a for k in registry.kinds.values() for a in (*k.aliases, k.en, k.th)))
    lexicon.add_names(COUNTRY, (a for c in registry.countries.values() for a in (*c.aliases, c.en, c.th)))
    lexicon.add_names(FRAMEWORK, (a for f in registry.frameworks.values() for a in (*f.aliases, f.en, f.th)))
    lexicon.add_names(PLACE, (a for name, aliases in registry.places.items() for a in (name, *aliases)))
    lexicon.add_names(VIRTUAL, registry.virtual)
    lexicon.add_cues(MEETING_NOUN, registry.cues.get("meeting_nouns", ()), exact=True)
    lexicon.add_cues(DEFINED_LOWER, (f"{n.lower()} (" for n in registry.cues.get("meeting_nouns", ())), exact=True)
    lexicon.add_cues(MEETING_NOUN_LOWER, (n.lower() for n in registry.cues.get("meeting_nouns", ())), exact=True)
    lexicon.add_cues(ITS_SESSION, ITS_SESSION_CUES)
    lexicon.add_cues(ANNIVERSARY, KEYWORD_CUES)
    lexicon.add_cues(FOUNDING, FOUNDING_CUES)
    lexicon.add_cues(HELD, HELD_CUES)
    lexicon.add_cues(CHAIR, CHAIR_CUES)
    return lexicon.build()
