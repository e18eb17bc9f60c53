"""A strip chart of the timeline for the terminal: one row per series, time running left to right.

Each cell of a row is a slice of time (a year, or several when the record is long and the terminal
narrow). A cell shows what happened in it:

    ●  a round held (a digit when several rounds fall in one cell)
    ○  a round planned, scheduled or expected
    ·  part of a gap: rounds missing from the record, or years the series skipped
    ─  between two rounds, nothing to report

so a glance shows how regular each series is and where the record is silent. It fits the width given
and uses it: names are written in full when they leave the strips enough room (a cell per year, or half
the width), otherwise shortened by leaving out a run of whole words ("Thailand–United States …Dialogue"),
chosen so that no two rows read alike. Years are labelled at both ends and at regular steps between.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rich.cells import cell_len, set_cell_size
from rich.console import Group, RenderableType
from rich.text import Text

from dialogtrack.render.display import ENGLISH, Display
from dialogtrack.render.tables import safe
from dialogtrack.views.timeline import SeriesTimeline

HELD, PLANNED, GAP, QUIET = "●", "○", "·", "─"
ELLIPSIS = "…"
LABEL_MIN = 12
"""Labels are never squeezed below this many columns, whatever the span of years."""
STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000)
THAI = re.compile(r"[\u0e00-\u0e7f]")


@dataclass(frozen=True)
class Scale:
    """Which cell a year falls in: ``years_per_cell`` years per cell from ``first``."""

    first: int
    last: int
    years_per_cell: int

    @property
    def cells(self) -> int:
        return (self.last - self.first) // self.years_per_cell + 1

    def cell(self, day: date) -> int:
        return (day.year - self.first) // self.years_per_cell


def scale_for(first: int, last: int, room: int) -> Scale:
    """The fewest years per cell that fit ``first``..``last`` in ``room`` cells."""
    span = last - first + 1
    per = max(1, -(-span // max(room, 1)))
    return Scale(first, last, per)


def strip(t: SeriesTimeline, scale: Scale) -> Text:
    """One series as a row of cells."""
    dated = [m for m in t.meetings if m.dates is not None]
    cells = [" "] * scale.cells
    if not dated:
        return Text("".join(cells))
    first = scale.cell(min(m.dates.start for m in dated if m.dates))
    last = scale.cell(max(m.dates.start for m in dated if m.dates))
    for i in range(first, last + 1):
        cells[i] = QUIET
    for gap in t.gaps:
        for i in range(scale.cell(gap.start), scale.cell(gap.end) + 1):
            if 0 <= i < len(cells):
                cells[i] = GAP
    counts: dict[int, list[str]] = {}
    for m in dated:
        if m.dates is not None:
            counts.setdefault(scale.cell(m.dates.start), []).append(m.status)
    row = Text()
    for i, mark in enumerate(cells):
        statuses = counts.get(i)
        if statuses is None:
            row.append(mark, style="yellow" if mark == GAP else "dim")
        elif len(statuses) > 1:
            row.append(str(min(len(statuses), 9)), style="bold")
        elif statuses[0] == "held":
            row.append(HELD, style="bold")
        else:
            row.append(PLANNED, style="cyan")
    return row


def chart_view(timelines: Sequence[SeriesTimeline], width: int, display: Display = ENGLISH) -> RenderableType:
    """The strip chart of ``timelines`` in at most ``width`` columns."""
    dated = [m.dates.start for t in timelines for m in t.meetings if m.dates is not None]
    if not dated:
        return Text(display.label("No dated meetings on record. Import releases with: dialogtrack import PATH"))
    first, last = min(dated).year, max(dated).year
    names = [safe(display.name(t.series)).plain for t in timelines]
    widest = max(cell_len(n) for n in names)
    strip_room = min(last - first + 1, max(10, width // 2))  # a cell per year, or half the width
    label_width = max(min(LABEL_MIN, widest), min(widest, width - 2 - strip_room))
    labels = shortened(names, label_width)
    room = max(10, width - label_width - 2)
    scale = scale_for(first, last, room)
    rows: list[RenderableType] = []
    for t, label in zip(timelines, labels, strict=True):
        rows.append(Text.assemble(set_cell_size(label, label_width), "  ", strip(t, scale)))
    rows.append(Text.assemble(" " * (label_width + 2), axis(scale, display, width - label_width - 2)))
    n = scale.years_per_cell
    per = f"{display.number(n)} {display.label('years')}" if display.lang == "th" else f"{n} year{'s' * (n > 1)}"
    marks = ((HELD, "held:"), (PLANNED, "planned:"), (GAP, "gap:"), (QUIET, "no news:"))
    legend = " ".join(f"{mark} {display.label(word).rstrip(':')}" for mark, word in marks)
    legend += f"; {display.label('a cell is')} {per}"
    indent = label_width + 2 if label_width + 2 + cell_len(legend) <= width else 0
    rows.append(Text(f"{' ' * indent}{legend}", style="dim"))
    return Group(*rows)


def words_of(name: str) -> list[str]:
    """A name's words with the spaces or dash after each: Thai by its dictionary breaker, others at
    spaces and dashes."""
    if THAI.search(name):
        from dialogtrack.render.thaiwrap import break_opportunities

        at, out = 0, []
        for stop in break_opportunities(name):
            out.append(name[at:stop])
            at = stop
        return [w for w in out if w]
    return re.findall(r"[^\s–—-]+[–—-]?\s*|[–—-]\s*", name)


def abbreviations(name: str, width: int) -> list[str]:
    """Ways to write ``name`` in ``width`` columns, best first: the name itself if it fits, else the
    name with one run of whole words left out (the first word always kept)."""
    if cell_len(name) <= width:
        return [name]
    words = words_of(name)
    found: list[tuple[int, int, bool, str]] = []
    for i in range(1, len(words)):
        for j in range(i + 1, len(words) + 1):
            head = "".join(words[:i]).rstrip()
            text = f"{head}{' ' if words[i - 1] != words[i - 1].rstrip() else ''}{ELLIPSIS}{''.join(words[j:])}"
            text = text.rstrip()
            if cell_len(text) <= width:
                found.append((cell_len(text), i, j < len(words), text))
    # The first words (the parties, in English) and the last one (the kind of meeting in English, the
    # partner in Thai) tell series apart best: keep them, then as much text as fits.
    found.sort(key=lambda f: (-min(f[1], 2), not f[2], -f[0]))
    return list(dict.fromkeys(text for *_, text in found))


def shortened(names: Sequence[str], width: int) -> list[str]:
    """A label of at most ``width`` columns for each name; different names never get the same label."""
    labels: list[str] = []
    taken = {n for n in names if cell_len(n) <= width}
    if len(taken) == len(names):
        return list(names)  # all fit: no words to find (and no Thai breaker to load)
    firsts = [words[0] for words in map(words_of, names) if words]
    common = max(set(firsts), key=firsts.count) if firsts else ""
    if firsts.count(common) * 4 < len(names) * 3 or not re.search(r"[–—-]\s*$", common):
        common = ""  # "Thailand–" in most names says nothing: a short label may leave it out
    for name in names:
        if cell_len(name) <= width:
            labels.append(name)
            continue
        rest = name[len(common) :] if common and name.startswith(common) else name
        options = abbreviations(rest, width)
        if rest != name:  # the whole name's parties kept, if it can be; else the rest's
            full = abbreviations(name, width)
            head = "".join(words_of(name)[:2]).rstrip()
            options = [a for a in full if a.startswith(head) and not a.endswith(ELLIPSIS)] + options + full
        choice = next((a for a in options if a not in taken), None)
        if choice is None:  # every abbreviation taken: the start of the name and a number
            number = 2
            while True:
                tail = f"{ELLIPSIS}{number}"
                choice = set_cell_size(name, max(width - cell_len(tail), 1)).rstrip() + tail
                if choice not in taken:
                    break
                number += 1
        taken.add(choice)
        labels.append(choice)
    return labels


def axis(scale: Scale, display: Display, room: int | None = None) -> Text:
    """Year labels under the cells: the first and the last year, and years at a regular step between
    (multiples of 1, 2, 5, 10… years) as many as fit without touching. ``room`` is how far the line
    may run past the last cell, so that the last year's label can start under its cell."""
    cells = scale.cells
    width = max(cells, room or cells)
    line = [" "] * width
    size = max(len(display.year(scale.first)), len(display.year(scale.last)))
    per = scale.years_per_cell
    step = next((s for s in STEPS if s % per == 0 and s // per >= size + 2), None)
    last_at = (scale.last - scale.first) // per
    if last_at + size > width:
        last_at = max(width - size, 0)
    placed: list[tuple[int, str]] = [(0, display.year(scale.first))]
    if step is not None:
        year = scale.first - scale.first % step + step
        while year < scale.last:
            at = (year - scale.first) // per
            if at >= size + 1 and at + size + 1 <= last_at:
                placed.append((at, display.year(year)))
            year += step
    if scale.last != scale.first:
        last_at = max(last_at, size + 1)  # a short record: the last year just after the first
        if last_at + size <= width:
            placed.append((last_at, display.year(scale.last)))
    for at, label in placed:
        line[at : at + len(label)] = list(label)
    return Text("".join(line).rstrip(), style="dim")
