"""A strip chart of the timeline for the terminal: one row per series, time running left to right.

Each cell of a row is a slice of time (a year, or several when the record is long and the terminal
narrow). A cell shows what happened in it:

    ●  a round held (a digit when several rounds fall in one cell)
    ○  a round planned, scheduled or expected
    ·  part of a gap: rounds missing from the record, or years the series skipped
    ─  between two rounds, nothing to report

so a glance shows how regular each series is and where the record is silent. It fits the width given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from rich.cells import cell_len, set_cell_size
from rich.console import Group, RenderableType
from rich.text import Text

from dialogtrack.render.display import ENGLISH, Display
from dialogtrack.render.tables import safe
from dialogtrack.timeline import SeriesTimeline

HELD, PLANNED, GAP, QUIET = "●", "○", "·", "─"
LABEL_MAX = 28


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
    label_width = min(LABEL_MAX, max(cell_len(display.name(t.series)) for t in timelines))
    room = max(10, width - label_width - 2)
    scale = scale_for(min(dated).year, max(dated).year, room)
    rows: list[RenderableType] = []
    for t in timelines:
        label = set_cell_size(safe(display.name(t.series)).plain, label_width)
        rows.append(Text.assemble(label, "  ", strip(t, scale)))
    rows.append(Text.assemble(" " * (label_width + 2), axis(scale, display)))
    n = scale.years_per_cell
    per = f"{display.number(n)} {display.label('years')}" if display.lang == "th" else f"{n} year{'s' * (n > 1)}"
    marks = ((HELD, "held:"), (PLANNED, "planned:"), (GAP, "gap:"), (QUIET, "no news:"))
    legend = " ".join(f"{mark} {display.label(word).rstrip(':')}" for mark, word in marks)
    legend += f"; {display.label('a cell is')} {per}"
    rows.append(Text(f"{' ' * (label_width + 2)}{legend}", style="dim"))
    return Group(*rows)


def axis(scale: Scale, display: Display) -> Text:
    """Year labels under the cells, as many as fit without touching."""
    cells = [" "] * scale.cells
    at = 0
    while at < scale.cells:
        label = display.year(scale.first + at * scale.years_per_cell)
        if at + len(label) > scale.cells:
            break
        cells[at : at + len(label)] = list(label)
        at += len(label) + 2
    return Text("".join(cells), style="dim")
