"""How dates, numbers, names and labels are shown: English or Thai, Common or Buddhist era, Arabic or
Thai digits. Only presentation changes; the records (JSON, CSV) keep ISO dates and English keys.

The defaults follow the locale: a Thai locale (``LANG=th_TH.UTF-8``) shows Thai names and labels and
Buddhist-era years.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Literal

from dialogtrack.models import DateSpan, Relation, Series
from dialogtrack.views.timeline import Gap, runs_text

Lang = Literal["en", "th"]
Calendar = Literal["ce", "be"]
BE_OFFSET = 543


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    import tomllib  # the data files are read only by a Thai display, so English output never loads them
    from importlib import resources

    data = resources.files("dialogtrack").joinpath("data/labels.toml").read_text(encoding="utf-8")
    return tomllib.loads(data)


@lru_cache(maxsize=1)
def _phrases() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), thai) for pattern, thai in _labels().get("th_phrases", {}).items())


@lru_cache(maxsize=1)
def _thai_places() -> dict[str, str]:
    """English place or country name → the Thai name a Thai display shows (data/places.toml, countries.toml)."""
    import tomllib
    from importlib import resources

    folder = resources.files("dialogtrack").joinpath("data")
    places = tomllib.loads(folder.joinpath("places.toml").read_text(encoding="utf-8"))
    countries = tomllib.loads(folder.joinpath("countries.toml").read_text(encoding="utf-8"))
    names = {c["en"]: c["th"] for c in countries.values() if isinstance(c, dict) and "en" in c and "th" in c}
    thai = re.compile(r"[\u0e00-\u0e7f]")
    for name, aliases in places.get("places", {}).items():
        names[name] = next((a for a in aliases if thai.search(a)), name)
    names.update(places.get("places_th", {}))
    return names


def _places_listed(text: str) -> list[str]:
    """ "Seoul, Washington, D.C." → ["Seoul", "Washington, D.C."]: known names may hold commas."""
    known = sorted((n for n in _thai_places() if ", " in n), key=len, reverse=True)
    out: list[str] = []
    while text:
        name = next((n for n in known if text == n or text.startswith(n + ", ")), text.split(", ")[0])
        out.append(name)
        text = text[len(name) + 2 :]
    return out


ISO_SPAN = re.compile(r"(\d{4}(?:-\d\d){0,2})(?:/(\d{4}(?:-\d\d){0,2}))?")


def locale_is_thai(environ: dict[str, str] | None = None) -> bool:
    """Whether the user's locale is Thai: LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := env.get(name):
            return value.lower().startswith("th")
    return False


def english_ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th…"""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# What an empty answer says (the CLI prints them without loading Rich's tables).
NOTHING_UPCOMING = "Nothing upcoming: no series and no relations on record."
NO_SERIES = "No series on record. Import releases with: dialogtrack import PATH"


@dataclass(frozen=True)
class Display:
    lang: Lang = "en"
    calendar: Calendar = "ce"
    thai_digits: bool = False
    country_names_th: tuple[tuple[str, str], ...] = ()  # (ISO code, Thai name), for relation names

    @classmethod
    def from_options(
        cls,
        lang: str | None = None,
        calendar: str | None = None,
        thai_digits: bool | None = None,
        country_names_th: tuple[tuple[str, str], ...] = (),
    ) -> Display:
        """Options given on the command line, the locale for the rest."""
        thai = locale_is_thai()
        chosen_lang: Lang = "th" if (lang or ("th" if thai else "en")) == "th" else "en"
        era = calendar or ("be" if chosen_lang == "th" else "ce")
        return cls(chosen_lang, "be" if era == "be" else "ce", bool(thai_digits), country_names_th)

    def relation_name(self, relation: Relation) -> str:
        """ "Thailand–Japan diplomatic relations", or in Thai "ความสัมพันธ์ทางการทูตไทย-ญี่ปุ่น"."""
        names = dict(self.country_names_th)
        if (
            self.lang != "th"
            or relation.kind != "diplomatic relations"
            or not all(c in names for c in relation.countries)
        ):
            return relation.name
        ordered = sorted(relation.countries, key=lambda c: (c != "TH", names[c]))
        return "ความสัมพันธ์ทางการทูต" + "-".join(names[c] for c in ordered)

    def gap(self, gap: Gap) -> str:
        """What a gap means, in this display: missing rounds, or years without a round."""
        if self.lang == "en" and self.calendar == "ce" and not self.thai_digits:
            return gap.text
        thai = self.lang == "th"
        parts = []
        if gap.missing_rounds:
            runs = gap.missing_rounds
            listed = runs_text(runs, self.number)
            many = len(runs) > 1 or runs[0][0] != runs[0][1]
            parts.append(f"ไม่มีบันทึกครั้งที่ {listed}" if thai else f"no record of round{'s' * many} {listed}")
        elif gap.years_skipped:
            first, last = (gap.start - timedelta(days=1)).year + 1, gap.end.year - 1
            years = self.year(first) if first == last else f"{self.year(first)}–{self.year(last)}"
            consecutive = gap.after_round is not None and gap.before_round == gap.after_round + 1
            if consecutive:
                parts.append(f"เว้นปี {years}" if thai else f"{years} skipped")
            else:
                parts.append(f"ไม่มีการประชุมในบันทึกปี {years}" if thai else f"no round on record in {years}")
        return "; ".join(parts) or gap.text

    def established(self, value: str) -> str:
        """A founding date as written on record ("1833" or "1833-03-20"), in this display."""
        if len(value) == 10:
            return self.day(DateSpan.from_iso(value))
        return self.year(int(value)) if value.isdigit() else value

    def label(self, word: str) -> str:
        """A word the tables print around the data, in the display language."""
        return _labels().get(self.lang, {}).get(word, word) if self.lang != "en" else word

    def place(self, location: str | None) -> str:
        """A place as this display names it: "Seoul", or in Thai "โซล"; "—" when unknown."""
        if not location:
            return "—"
        if location == "virtual":
            return self.label("virtual")
        return _thai_places().get(location, location) if self.lang == "th" else location

    def sentence(self, text: str) -> str:
        """One of dialogtrack's own sentences about the data (cadence, basis, conflicts) in this display.

        English stays as written. In Thai each clause is matched whole against the phrase table in
        data/labels.toml; dates, years, numbers and places inside it are shown as this display shows them.
        """
        if self.lang != "th":
            return text
        return "; ".join(self._clause(clause) for clause in text.split("; "))

    def _clause(self, clause: str) -> str:
        for pattern, thai in _phrases():
            if m := pattern.fullmatch(clause):
                return thai.format(**{k: self._value(k, v) for k, v in m.groupdict().items()})
        return clause

    def _value(self, kind: str, value: str) -> str:
        if kind.startswith("date") or (kind == "others" and ISO_SPAN.fullmatch(value.split(", ")[0])):
            return ", ".join(self._iso(v) for v in value.split(", "))
        if kind.startswith("year"):
            return self.year(int(value))
        if kind.startswith("n"):
            return self.number(int(value))
        if kind in ("place", "others"):
            return ", ".join(self.place(v) for v in _places_listed(value))
        if kind == "rounds":
            return self.digits(value)
        return self._clause(value)

    def _iso(self, value: str) -> str:
        m = ISO_SPAN.fullmatch(value)
        return self.span(DateSpan.from_iso(m.group(1), m.group(2))) if m else value

    def digits(self, text: str) -> str:
        if not self.thai_digits:
            return text
        from dialogtrack.recognising.dates import to_thai_digits  # the date grammar, only when asked for

        return to_thai_digits(text)

    def name(self, series: Series) -> str:
        return series.name_th if self.lang == "th" and series.name_th else series.name_en

    def year(self, year: int) -> str:
        return self.digits(str(year + (BE_OFFSET if self.calendar == "be" else 0)))

    def number(self, n: int | None) -> str:
        return "?" if n is None else self.digits(str(n))

    def day(self, span: DateSpan, which: Literal["start", "end"] = "start") -> str:
        """One end of a span at its precision: "2022-05-09", "9 พ.ค. 2565", "2565-05"…"""
        d = span.start if which == "start" else span.end
        if d is None:
            return ""
        year = self.year(d.year)
        if self.lang == "th":
            from dialogtrack.recognising.dates import thai_month

            parts = {"year": [year], "month": [thai_month(d.month, abbreviated=True), year]}
            words = parts.get(span.precision, [str(d.day), thai_month(d.month, abbreviated=True), year])
            return self.digits(" ".join(words))
        text = {"year": year, "month": f"{year}-{d.month:02d}"}.get(span.precision, f"{year}-{d.month:02d}-{d.day:02d}")
        return self.digits(text)

    def span(self, span: DateSpan | None) -> str:
        """A date or range as a cell shows it; "—" when unknown."""
        if span is None:
            return "—"
        start = self.day(span)
        if span.end is None:
            return start
        end = self.day(span, "end")
        if self.lang == "en" and span.precision == "day" and span.start.strftime("%Y-%m") == span.end.strftime("%Y-%m"):
            return f"{start}–{end[-2:]}"
        if (
            self.lang == "th"
            and span.precision == "day"
            and (span.start.year, span.start.month)
            == (
                span.end.year,
                span.end.month,
            )
        ):
            return f"{self.digits(str(span.start.day))}–{end}"
        return f"{start} – {end}"


ENGLISH = Display()
"""The display when nothing is asked for: English, Common era, Arabic digits."""
