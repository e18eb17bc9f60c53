"""What a user's options select: series by id, name or alias, countries by code or name, and dates as
users type them.

A filter that matches nothing is a mistake worth saying out loud, not an empty answer: these functions
raise ``ValueError`` with a one-line message that says what was not found and what is close to it,
and the CLI prints it. They are pure: the series on record and the registry come in as arguments.

Dates in options follow the date grammar's rules (``dialogtrack.recognising.dates``): Thai digits are digits, a
year of 2400 or more is Buddhist era (``2567-06-01`` is 2024-06-01), and a date written the way
releases write it ("1 มิ.ย. 2567", "June 1, 2024") is read by the same grammar. The reading is
returned beside the date, so the CLI can show how a Buddhist-era date was understood.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dialogtrack.models import DateSpan, Precision, Series
from dialogtrack.recognising.dates import find_dates, to_arabic_digits, to_ce_year

if TYPE_CHECKING:
    from dialogtrack.registry import Registry

MIN_YEAR, MAX_YEAR = 1000, 2399
"""The Common-era years an option may name (after a Buddhist-era year is converted)."""

_ISO = re.compile(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?")


@dataclass(frozen=True)
class OptionDate:
    """A date typed in an option, at the precision written, and how it was read when that is not obvious."""

    span: DateSpan
    reading: str | None = None


def parse_option_date(text: str) -> OptionDate:
    """'2024-06-01', '2024-06', '2024', the same in Buddhist-era years or Thai digits, or a date as a
    release writes it; ValueError (a message to show) otherwise."""
    typed = " ".join(text.split())
    plain = to_arabic_digits(typed)
    m = _ISO.fullmatch(plain)
    if m:
        written = int(m.group(1))
        if written < MIN_YEAR:
            _check_year(written, written)
        year = to_ce_year(written, thai_context=True)
        parts = [int(p) for p in m.groups()[1:] if p is not None]
        precision: Precision = ("year", "month", "day")[len(parts)]
        _check_year(year, written)
        try:
            start = DateSpan.from_iso("-".join([f"{year:04d}", *(f"{p:02d}" for p in parts)])).start
        except ValueError:
            raise ValueError("no such day; write dates as YYYY-MM-DD, YYYY-MM or YYYY") from None
        span = DateSpan(start, None, precision)
    else:
        found = find_dates(plain, thai=None)
        if len(found) != 1 or found[0].start != 0 or found[0].end != len(plain):
            raise ValueError("not a date; write dates as YYYY-MM-DD, YYYY-MM or YYYY (Buddhist-era years too)")
        span = found[0].span
        written = span.start.year
        _check_year(span.start.year, written)
        if span.end is not None:
            raise ValueError("give one date, not a range")
    buddhist = any(int(y) >= 2400 for y in re.findall(r"\d{4}", plain))
    reading = None
    if buddhist or not m:  # a Buddhist-era year, or a date in words: say how it was read
        reading = f"read as {span.iso_start()}" + (" (Buddhist era)" if buddhist else "")
    return OptionDate(span, reading)


def _check_year(year: int, written: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(
            f"year {written} is out of range; give a year from {MIN_YEAR} to {MAX_YEAR}, "
            f"or a Buddhist-era year from 2400 to {MAX_YEAR + 543}"
        )


def suggest(wanted: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """The candidates closest to what was typed (case-insensitive), best first."""
    pool = list(dict.fromkeys(candidates))
    folded = {c.casefold(): c for c in pool}
    close = difflib.get_close_matches(wanted.casefold(), list(folded), n=n, cutoff=0.5)
    return [folded[c] for c in close]


KnownSeries = Mapping[str, tuple[Series, Sequence[str]]]
"""The series on record by id, each with its aliases (``store.load_series``)."""


def match_series(known: KnownSeries, wanted: str) -> list[str]:
    """The ids of the series ``wanted`` names: its id; else a name or alias written exactly (any case);
    else the series whose id, names or aliases contain it."""
    if wanted in known:
        return [wanted]
    key = wanted.strip().casefold()
    if not key:
        return []

    def names(series: Series, aliases: Sequence[str]) -> list[str]:
        return [n.casefold() for n in (series.id, series.name_en, series.name_th, *aliases) if n]

    exact = [sid for sid, (s, aliases) in known.items() if key in names(s, aliases)]
    if exact:
        return exact
    return [sid for sid, (s, aliases) in known.items() if any(key in n for n in names(s, aliases))]


def no_series_message(known: KnownSeries, wanted: str) -> str:
    """The one line for a name that matches no series, with the closest names on record."""
    candidates = [n for sid, (s, aliases) in known.items() for n in (sid, s.name_en, *aliases)]
    close = suggest(wanted, candidates)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return f"no series matches {wanted!r}{hint} (see: dialogtrack series)"


def select_series(known: KnownSeries, wanted: Sequence[str]) -> list[str]:
    """The ids every entry of ``wanted`` selects (all of them when ``wanted`` is empty); ValueError for
    an entry that selects none."""
    if not wanted:
        return list(known)
    chosen: list[str] = []
    for w in wanted:
        found = match_series(known, w)
        if not found:
            raise ValueError(no_series_message(known, w))
        chosen += found
    return list(dict.fromkeys(chosen))


def one_series(known: KnownSeries, wanted: str) -> str:
    """The one series ``wanted`` names; ValueError when it names none or several."""
    found = match_series(known, wanted)
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValueError(no_series_message(known, wanted))
    shown = ", ".join(sorted(found)[:5])
    raise ValueError(f"{wanted!r} matches {len(found)} series ({shown}); give one of these ids")


def country_code(registry: Registry, wanted: str) -> str:
    """An ISO code from a code, an English or a Thai name ("JP", "Japan", "ญี่ปุ่น"); ValueError otherwise."""
    text = wanted.strip()
    if text.upper() in registry.countries:
        return text.upper()
    code = registry.country(text)
    if code is not None:
        return code
    names = [n for code, c in registry.countries.items() for n in (code, c.en, c.th)]
    close = suggest(text, names)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    raise ValueError(f"{wanted!r} is not a country dialogtrack knows{hint} (give an ISO code, JP, or a name, Japan)")
