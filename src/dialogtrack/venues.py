"""Where a round was held: online, a known place, or at least a country (the host's, when no place is
named), read in the words after the round first, never across another round of its sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from dialogtrack.registry import Registry
from dialogtrack.rounds import NamedRound


def location_of(r: NamedRound, rounds: list[NamedRound], text: str, registry: Registry) -> str | None:
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
    if m := country_place_pattern(registry).search(after):
        return country_name(registry, m)
    if registry.virtual_re.search(before):
        return "virtual"
    if places := list(registry.place_re.finditer(before)):
        return registry.place(places[-1].group())
    if m := host_pattern(registry).search(before):
        return country_name(registry, m)
    return None


def country_name(registry: Registry, m: re.Match[str]) -> str | None:
    """The English name of the country a match names."""
    code = registry.country(m.group("c") or m.group("c2"))
    return registry.countries[code].en if code else None


@lru_cache(maxsize=8)
def host_pattern(registry: Registry) -> re.Pattern[str]:
    """ "ให้ฝ่ายไทยเป็นเจ้าภาพ …", "Thailand will host …": the host country, where no place is named."""
    c = registry.country_re.pattern
    return re.compile(
        rf"(?P<c>{c})\s+(?:will|would|is\s+to|to|agreed\s+to)\s+host\b|(?:ฝ่าย)?(?P<c2>{c})(?:จะ)?เป็นเจ้าภาพ"
    )


@lru_cache(maxsize=8)
def country_place_pattern(registry: Registry) -> re.Pattern[str]:
    """ "… in Viet Nam in 2025", "… ที่ประเทศไทย": a country where no city is named."""
    c = registry.country_re.pattern
    return re.compile(rf"\b(?:in|to)\s+(?:the\s+)?(?P<c>{c})|(?:ที่|ณ)\s*(?:ประเทศ)?(?P<c2>{c})")
