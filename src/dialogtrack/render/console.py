"""The rich console every table and chart is printed through.

Cells are made of untrusted text (``tables.safe`` cleans each one), but a table is assembled from many
pieces in many places; this console removes escape sequences and control characters from every piece
of text it renders, whatever built it, so a value that reached a table without ``safe`` still cannot
act on the terminal. Only rich's own control segments (cursor moves of a progress bar) pass.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment

from dialogtrack.controls import CONTROL


class PrintableConsole(Console):
    def render(self, renderable: RenderableType, options: ConsoleOptions | None = None) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control or not CONTROL.search(segment.text):
                yield segment
            else:
                yield Segment(CONTROL.sub("", segment.text), segment.style)
