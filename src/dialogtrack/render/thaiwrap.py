"""Thai text that wraps at word boundaries in rich tables.

Thai writes no spaces between words, so rich, which breaks lines at spaces, sees a whole Thai name as
one word: a table either cuts it with "…" (two names that share their first 30 letters then read
alike) or breaks it inside a word ("ไท" / "ย-ออสเตรเลีย"). Here a cell that holds Thai asks ICU's
line breaker, which has a Thai dictionary, where a line may break, and fills lines greedily between
those places; a word wider than the column is folded, never dropped.

ICU (through PyICU) was chosen after measuring the candidates on the registry's and corpora's Thai
names (bench/thai_breakers.py): as accurate as pythainlp's and nlpo3's dictionary breakers for line
breaking and about 10 ms to load, against 170 ms for nlpo3 with a word list and almost 900 ms for
pythainlp. It is imported only when a Thai cell must wrap: commands that print no Thai never load it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from rich.containers import Lines
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, JustifyMethod, OverflowMethod, RenderableType

THAI = re.compile(r"[\u0e00-\u0e7f]")


@lru_cache(maxsize=1)
def _line_breaker() -> Callable[[str], list[int]]:
    import icu  # PyICU: loaded on the first Thai text that must wrap

    iterator = icu.BreakIterator.createLineInstance(icu.Locale("th"))

    def breaks(text: str) -> list[int]:
        iterator.setText(text)
        return [int(at) for at in iterator]

    return breaks


def break_opportunities(text: str) -> list[int]:
    """Offsets in ``text`` where a line may end (ICU's line breaking, Thai dictionary), ``len(text)``
    last. ICU counts UTF-16 units; Thai and Latin text are one unit a character, others are mapped."""
    if all(ord(ch) < 0x10000 for ch in text):
        return _line_breaker()(text)
    units: list[int] = []  # UTF-16 offset → str offset
    for i, ch in enumerate(text):
        units += [i] * (2 if ord(ch) >= 0x10000 else 1)
    units.append(len(text))
    return [units[at] for at in _line_breaker()(text)]


def _fold_point(text: str, start: int, end: int, width: int) -> int:
    """Where to cut ``text[start:end]`` so that its first part fills ``width`` cells; a combining mark
    stays with its letter, and at least one character goes on each line."""
    cut = start + 1
    for i in range(start + 1, end):
        if cell_len(text[start:i]) > width:
            break
        if cell_len(text[i]) > 0:  # never cut before a combining vowel or tone mark
            cut = i
    while cut < end and cell_len(text[cut]) == 0:
        cut += 1
    return cut


def between_words(text: str) -> list[int]:
    """Break opportunities after a space only, ``len(text)`` last: for people's names, which ICU's
    dictionary does not know ("ฮาชิม อับดุล ราซัก" is three words; its syllables are no places to break)."""
    return [at for at in break_opportunities(text) if at == len(text) or text[at - 1].isspace()]


def line_starts(text: str, width: int, breaks: Callable[[str], list[int]] = break_opportunities) -> list[int]:
    """The offsets where the lines of ``text`` wrapped to ``width`` cells begin (after the first)."""
    width = max(width, 1)
    starts: list[int] = []
    line_start = pos = 0
    for stop in breaks(text):
        if stop <= pos:
            continue
        if cell_len(text[line_start:stop].rstrip()) > width:
            if pos > line_start:
                starts.append(pos)
                line_start = pos
            while cell_len(text[line_start:stop].rstrip()) > width:
                line_start = _fold_point(text, line_start, stop, width)
                starts.append(line_start)
        pos = stop
    return [s for s in starts if 0 < s < len(text)]


def words(text: str, breaks: Callable[[str], list[int]] = break_opportunities) -> list[str]:
    """The pieces between break opportunities, without their trailing spaces."""
    at, out = 0, []
    for stop in breaks(text):
        out.append(text[at:stop].rstrip())
        at = stop
    return [w for w in out if w]


class ThaiText(Text):
    """A rich ``Text`` whose Thai lines wrap at word boundaries and are folded, never cut."""

    @staticmethod
    def breaks(text: str) -> list[int]:
        return break_opportunities(text)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        measured = super().__rich_measure__(console, options)
        if not THAI.search(self.plain):
            return measured
        widest = max((cell_len(w) for line in self.plain.splitlines() for w in words(line, self.breaks)), default=0)
        return Measurement(min(widest, measured.maximum), measured.maximum)

    def wrap(
        self,
        console: Console,
        width: int,
        *,
        justify: JustifyMethod | None = None,
        overflow: OverflowMethod | None = None,
        tab_size: int = 8,
        no_wrap: bool | None = None,
    ) -> Lines:
        keep = bool(no_wrap if no_wrap is not None else self.no_wrap) or overflow == "ignore"
        if keep or not THAI.search(self.plain):
            return super().wrap(console, width, justify=justify, overflow=overflow, tab_size=tab_size, no_wrap=no_wrap)
        how = justify or self.justify or "default"
        lines = Lines()
        for line in self.split(allow_blank=True):
            if not THAI.search(line.plain):
                lines.extend(line.wrap(console, width, justify=how, overflow=overflow, tab_size=tab_size))
                continue
            if "\t" in line:
                line.expand_tabs(tab_size)
            pieces = line.divide(line_starts(line.plain, width, self.breaks))
            for piece in pieces:
                piece.rstrip_end(width)
            pieces.justify(console, width, justify=how, overflow="fold")
            lines.extend(pieces)
        return lines


class NamesText(ThaiText):
    """People's names: Thai ones wrap only between their words (a name too wide for the column is still
    folded, never cut)."""

    @staticmethod
    def breaks(text: str) -> list[int]:
        return between_words(text)


def breakable(renderable: Any) -> Any:
    """A cell as given, or as ``ThaiText`` when it is text holding Thai."""
    if isinstance(renderable, str) and THAI.search(renderable):
        return ThaiText(renderable)
    if isinstance(renderable, Text) and not isinstance(renderable, ThaiText) and THAI.search(renderable.plain):
        copy = ThaiText(
            justify=renderable.justify,
            overflow=renderable.overflow,
            no_wrap=renderable.no_wrap,
            end=renderable.end,
            style=renderable.style,
        )
        copy.append_text(renderable)
        return copy
    return renderable


class ThaiTable(Table):
    """A rich ``Table`` whose Thai cells and title wrap at word boundaries."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if "title" in kwargs:
            kwargs["title"] = breakable(kwargs["title"])
        super().__init__(*args, **kwargs)

    def add_row(self, *renderables: RenderableType | None, style: Any = None, end_section: bool = False) -> None:
        super().add_row(*(breakable(r) for r in renderables), style=style, end_section=end_section)
