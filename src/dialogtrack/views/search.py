"""Search: the documents and sentences that say what the user asks, in Thai or English.

A name is searched with all its aliases: "สหรัฐฯ" also finds "สหรัฐอเมริกา" and "United States", and a
series' name finds it however releases wrote it. The trigram index answers terms of three characters or
more; shorter ones ("JC", "ไทย" is three) fall back to a scan with LIKE. User text never reaches FTS as
syntax: every term is one quoted phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from dialogtrack.recognising.passages import split_sentences
from dialogtrack.registry import Registry, fold_alias

MIN_ALIAS = 3
_CONTROLS = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Passage:
    """A sentence that matches, with the (start, end) of each match inside it."""

    text: str
    highlights: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Hit:
    document: str
    title: str
    origins: tuple[str, ...]
    published: str | None
    language: str
    passages: tuple[Passage, ...]


def search_terms(query: str, registry: Registry, series_aliases: Iterable[Sequence[str]] = ()) -> list[str]:
    """The query and every alias of the country, framework, place or series it names, longest first.

    Aliases shorter than three characters ("US") are left out: as substrings they are everywhere."""
    query = " ".join(_CONTROLS.sub(" ", query).split())
    if not query:
        return []
    key = fold_alias(query)
    terms = [query]
    for code in (registry.country(query), registry.framework(query)):
        item = registry.countries.get(code or "") or registry.frameworks.get(code or "")
        if item is not None:
            terms += [item.en, item.th, *item.aliases]
    if (place := registry.place(query)) is not None:
        terms += [place, *registry.places.get(place, ())]
    for aliases in series_aliases:
        if any(fold_alias(a) == key for a in aliases):
            terms += list(aliases)
    unique = {fold_alias(t): t for t in reversed(terms) if t == query or len(t.strip()) >= MIN_ALIAS}
    return sorted(unique.values(), key=lambda t: (-len(t), t))


def fts_phrase(term: str) -> str:
    """One FTS5 phrase that matches ``term`` as written, whatever characters it holds (FTS5 would end
    the string at a NUL, so control characters are dropped)."""
    return '"' + _CONTROLS.sub("", term).replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') that finds ``term`` anywhere."""
    return "%" + re.sub(r"([\\%_])", r"\\\1", term) + "%"


def passages(text: str, terms: Sequence[str], limit: int = 3) -> tuple[Passage, ...]:
    """Up to ``limit`` sentences of ``text`` holding a term, each with where the terms are."""
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)
    found: list[Passage] = []
    for lo, hi in split_sentences(text):
        sentence = text[lo:hi].strip()
        marks = tuple((m.start(), m.end()) for m in pattern.finditer(sentence))
        if marks and all(p.text != sentence for p in found):  # a title repeated as the first line: once
            found.append(Passage(sentence, marks))
            if len(found) == limit:
                break
    return tuple(found)


def in_period(published: str | None, since: date | None, until: date | None) -> bool:
    if since is None and until is None:
        return True
    if not published:
        return False
    day = published[:10]
    return (since is None or day >= since.isoformat()) and (until is None or day <= until.isoformat())
