"""The timeline as one self-contained HTML page: an inline SVG picture, then a table per series.

Why a page: a timeline is easier to read as a picture than as rows, and one file that opens in any
browser, offline, can be mailed or attached to a report. Why this shape:

- Nothing is fetched and nothing runs. The page has no script, no external font, stylesheet or image,
  and a Content-Security-Policy (``default-src 'none'``) that would block them if a bug ever put one
  there. Tooltips are SVG ``<title>`` elements, which browsers show natively.
- Names, places, co-chairs, origins and quotes come from press releases and users, so they are
  untrusted: every one goes through ``_text`` (control and bidi-override characters dropped, then
  ``html.escape(..., quote=True)``). Nothing else inserts data into the markup.
- Thai must render without a web font: the font stack names the Thai fonts common on Linux, macOS and
  Windows, and the browser falls back glyph by glyph.
- The output is a pure function of its arguments (no clock, no randomness), so the same timelines give
  byte-identical pages and a screenshot test is reproducible.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from dialogtrack.decode import INVISIBLE
from dialogtrack.models import DateSpan, Meeting
from dialogtrack.render.display import Display
from dialogtrack.timeline import Gap, SeriesTimeline

PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c564b", "#6a3d9a")
"""Lane colours in series order (Okabe–Ito, then two darker ones); a ninth series reuses the first."""

FONT_STACK = '"Noto Sans Thai", "Sarabun", "Loma", "Garuda", "Tahoma", sans-serif'
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

WIDTH = 1000
"""Width of the SVG viewBox; the picture scales to the page width."""
TOP = 12
LANE_HEIGHT = 46
AXIS_HEIGHT = 30
LEGEND_HEIGHT = 30
LABEL_SIZE = 13
LABEL_MIN, LABEL_MAX = 140.0, 0.38 * WIDTH
MARK_RADIUS = 6.5
UNDATED_STEP = 22.0
UNDATED_MAX_WIDTH = 160.0
INK, MUTED, GRID, GAP_FILL = "#1a1a1a", "#595959", "#e3e3e3", "#f3efe6"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_CSS = f"""
body {{ font-family: {FONT_STACK}; color: {INK}; margin: 1rem; line-height: 1.4; }}
h1 {{ font-size: 1.4rem; margin: 0 0 .5rem; }}
h2 {{ font-size: 1.1rem; margin: 1.6rem 0 .3rem; }}
svg.timeline {{ display: block; width: 100%; height: auto; }}
svg.timeline text {{ font-family: {FONT_STACK}; }}
.swatch {{ display: inline-block; width: .8em; height: .8em; margin-right: .4em; border-radius: 50%; }}
table {{ border-collapse: collapse; font-size: .9rem; }}
th, td {{ text-align: left; vertical-align: top; padding: .2rem .7rem .2rem 0; border-bottom: 1px solid {GRID}; }}
td.num {{ text-align: right; }}
tr.gap td {{ color: {MUTED}; font-style: italic; }}
ul.sources {{ margin: 0; padding: 0; list-style: none; }}
p.note {{ color: {MUTED}; margin: .2rem 0; }}
p.conflict {{ color: #a40000; margin: .2rem 0; }}
"""


def timeline_page(timelines: Sequence[SeriesTimeline], *, display: Display, title: str = "dialogtrack timeline") -> str:
    """A complete HTML5 document: the picture of every series' rounds, then their tables."""
    body = [f"<h1>{_text(title)}</h1>"]
    if not timelines:
        body.append('<p class="note">No meetings on record.</p>')
    else:
        body.append(_svg(timelines, display, title))
        body.extend(_series_table(t, _colour(i), display) for i, t in enumerate(timelines))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{_text(display.lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_text(CSP)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_text(title)}</title>",
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def _text(value: object) -> str:
    """Untrusted text for HTML or SVG, as element content or a quoted attribute value."""
    return html.escape(_CONTROL.sub("", INVISIBLE.sub("", "" if value is None else str(value))), quote=True)


def _colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def _num(x: float) -> str:
    return f"{x:.1f}".removesuffix(".0")


# --- the picture -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Scale:
    """Dates to x: from 1 January of the first year to 1 January after the last, over [left, right]."""

    first_year: int
    last_year: int
    left: float
    right: float

    def x(self, d: date) -> float:
        return self.x_of_day(d.toordinal())

    def x_of_year(self, year: int) -> float:
        """Where 1 January of ``year`` is; the year after 9999 works too (``date`` stops at 9999)."""
        return self.x_of_day(_first_day(year))

    def x_of_day(self, day: int) -> float:
        start, end = _first_day(self.first_year), _first_day(self.last_year + 1)
        return self.left + (day - start) / (end - start) * (self.right - self.left)


def _first_day(year: int) -> int:
    """The proleptic ordinal of 1 January of ``year``."""
    return date(year, 1, 1).toordinal() if year <= date.max.year else date.max.toordinal() + 1


def _anchor(span: DateSpan) -> date:
    """Where a date sits on the axis: a month or a year in its middle, a day (or range) on its start."""
    if span.precision == "year":
        return date(span.start.year, 7, 1)
    if span.precision == "month":
        return span.start.replace(day=15)
    return span.start


def _is_virtual(m: Meeting) -> bool:
    return (m.location or "").strip().casefold() == "virtual"


def _estimated_width(text: str, size: float) -> float:
    """A rough rendered width: Latin letters about half an em, combining marks (Thai vowels and tones
    above or below) no room, other characters a little more than half."""
    return sum(0.0 if unicodedata.category(c).startswith("M") else (0.52 if c < "\u0250" else 0.6) * size for c in text)


def _svg(timelines: Sequence[SeriesTimeline], display: Display, title: str) -> str:
    names = [display.name(t.series) for t in timelines]
    label_width = min(max(LABEL_MIN, *(_estimated_width(n, LABEL_SIZE) + 20 for n in names)), LABEL_MAX)
    undated = max(sum(1 for m in t.meetings if m.dates is None) for t in timelines)
    undated_width = min(UNDATED_MAX_WIDTH, undated * UNDATED_STEP + 14) if undated else 0.0
    years = [m.dates.start.year for t in timelines for m in t.meetings if m.dates is not None]
    years += [m.dates.end.year for t in timelines for m in t.meetings if m.dates is not None and m.dates.end]
    scale = _Scale(min(years, default=0), max(years, default=0), label_width, WIDTH - 12 - undated_width)
    lanes_bottom = TOP + LANE_HEIGHT * len(timelines)
    height = lanes_bottom + AXIS_HEIGHT + LEGEND_HEIGHT
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="100%"'
        f' aria-label="{_text(title)}">',
        _axis(scale, lanes_bottom, bool(years), display),
    ]
    if undated:
        x, y = _num(scale.right + 14), lanes_bottom + 18
        parts.append(f'<text class="undated-head" x="{x}" y="{y}" font-size="11" fill="{MUTED}">?</text>')
    for i, t in enumerate(timelines):
        parts.append(_lane(t, names[i], TOP + i * LANE_HEIGHT, scale, label_width, _colour(i), display))
    parts.append(_legend(lanes_bottom + AXIS_HEIGHT + 6, display))
    parts.append("</svg>")
    return "\n".join(parts)


def _axis(scale: _Scale, bottom: float, dated: bool, display: Display) -> str:
    """Year boundaries as light vertical lines, each year's label centred under its band."""
    if not dated:
        return ""
    count = scale.last_year - scale.first_year + 1
    year_width = (scale.right - scale.left) / count
    step = next((s for s in (1, 2, 5, 10, 20, 50) if s * year_width >= 42), 100)
    parts = ['<g class="axis">']
    for year in range(scale.first_year, scale.last_year + 2):
        x = _num(scale.x_of_year(year))
        parts.append(f'<line x1="{x}" y1="{TOP - 6}" x2="{x}" y2="{bottom + 4}" stroke="{GRID}" stroke-width="1"/>')
    for year in range(scale.first_year, scale.last_year + 1):
        if (year - scale.first_year) % step:
            continue
        x = _num((scale.x_of_year(year) + scale.x_of_year(year + 1)) / 2)
        parts.append(
            f'<text class="year" x="{x}" y="{bottom + 18}" text-anchor="middle" font-size="11" fill="{MUTED}">'
            f"{_text(display.year(year))}</text>"
        )
    parts.append("</g>")
    return "\n".join(parts)


def _lane(
    t: SeriesTimeline, name: str, top: float, scale: _Scale, label_width: float, colour: str, display: Display
) -> str:
    """One series: its name on the left, a line through its rounds (dashed across gaps), one mark per round."""
    mid = top + LANE_HEIGHT / 2 + 4
    fit = ""
    if _estimated_width(name, LABEL_SIZE) > label_width - 20:
        fit = f' textLength="{_num(label_width - 20)}" lengthAdjust="spacingAndGlyphs"'
    parts = [
        f'<g class="lane" data-series="{_text(t.series.id)}">',
        f"<title>{_text(name)}</title>",
        f'<text class="lane-label" x="8" y="{_num(mid + 4.5)}" font-size="{LABEL_SIZE}" fill="{INK}"{fit}>'
        f"{_text(name)}</text>",
    ]
    dated = [(m, m.dates.start, scale.x(_anchor(m.dates))) for m in t.meetings if m.dates is not None]
    gaps = {(g.start - timedelta(days=1), g.end): g for g in t.gaps}
    for (_, start1, x1), (_, start2, x2) in pairwise(dated):
        gap = gaps.pop((start1, start2), None)
        if gap is None:
            parts.append(_segment(x1, x2, mid, colour))
        else:
            parts.append(_gap(gap, x1, x2, top, mid, colour, display))
    for gap in gaps.values():  # a gap whose rounds are not both on this lane: drawn at its dates
        parts.append(_gap(gap, scale.x(gap.start), scale.x(gap.end), top, mid, colour, display))
    parts.extend(_dated_marks(name, dated, mid, colour, display))
    undated = [m for m in t.meetings if m.dates is None]
    step = min(UNDATED_STEP, (UNDATED_MAX_WIDTH - 14) / max(len(undated), 1))
    for j, m in enumerate(undated):
        parts.append(_undated_mark(m, name, scale.right + 14 + j * step, mid, colour, display))
    parts.append("</g>")
    return "\n".join(parts)


def _segment(x1: float, x2: float, y: float, colour: str) -> str:
    return f'<line x1="{_num(x1)}" y1="{_num(y)}" x2="{_num(x2)}" y2="{_num(y)}" stroke="{colour}" stroke-width="2"/>'


def _gap(gap: Gap, x1: float, x2: float, top: float, y: float, colour: str, display: Display) -> str:
    """A shaded band over the lane and a dashed line: the record is silent between these rounds."""
    band = (
        f'<rect x="{_num(x1)}" y="{_num(top + 6)}" width="{_num(max(x2 - x1, 0))}" height="{LANE_HEIGHT - 12}"'
        f' fill="{GAP_FILL}"/>'
    )
    line = (
        f'<line x1="{_num(x1)}" y1="{_num(y)}" x2="{_num(x2)}" y2="{_num(y)}" stroke="{colour}" stroke-width="2"'
        ' stroke-dasharray="5 4"/>'
    )
    return f'<g class="gap"><title>{_text(display.label("gap"))}: {_text(display.gap(gap))}</title>{band}{line}</g>'


def _dated_marks(
    name: str, dated: Sequence[tuple[Meeting, date, float]], y: float, colour: str, display: Display
) -> list[str]:
    """One mark per dated round; its number goes above it unless it would touch the previous number."""
    parts, last_right = [], -math.inf
    for m, _, x in dated:
        number = display.number(m.round)
        half = len(number) * 3.2 + 1
        label = ""
        if m.round is not None and x - half > last_right + 2:
            label = (
                f'<text class="round" x="{_num(x)}" y="{_num(y - 11)}" text-anchor="middle" font-size="10"'
                f' fill="{INK}">{_text(number)}</text>'
            )
            last_right = x + half
        parts.append(
            f'<g class="mark" data-round="{_text(number)}" data-status="{_text(m.status)}">'
            f"<title>{_tooltip(m, name, display)}</title>{_shape(m, x, y, colour)}{label}</g>"
        )
    return parts


def _shape(m: Meeting, x: float, y: float, colour: str) -> str:
    """Filled when held, hollow when not yet; a diamond when virtual, a circle when in person."""
    fill = colour if m.status == "held" else "#ffffff"
    paint = f'fill="{fill}" stroke="{colour}" stroke-width="2"'
    if _is_virtual(m):
        r = MARK_RADIUS + 1.5
        points = f"{_num(x)},{_num(y - r)} {_num(x + r)},{_num(y)} {_num(x)},{_num(y + r)} {_num(x - r)},{_num(y)}"
        return f'<polygon class="virtual" points="{points}" {paint}/>'
    return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{MARK_RADIUS}" {paint}/>'


def _undated_mark(m: Meeting, name: str, x: float, y: float, colour: str, display: Display) -> str:
    """A round with no known date: a dashed "?" at the lane's end, so it is seen but not placed."""
    return (
        f'<g class="mark undated" data-round="{_text(display.number(m.round))}" data-status="{_text(m.status)}">'
        f"<title>{_tooltip(m, name, display)}</title>"
        f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{MARK_RADIUS + 1}" fill="#ffffff" stroke="{colour}"'
        ' stroke-width="1.5" stroke-dasharray="2 2"/>'
        f'<text x="{_num(x)}" y="{_num(y + 4)}" text-anchor="middle" font-size="10" fill="{INK}">?</text></g>'
    )


def _tooltip(m: Meeting, name: str, display: Display) -> str:
    """The hover text of a mark, one fact a line; every piece escaped."""
    lines = [
        name,
        f"{display.label('round')} {display.number(m.round)} · {display.label(m.status)}",
        display.span(m.dates),
    ]
    if m.location:
        lines.append(f"{display.label('Place')}: {_place(m, display)}")
    if m.co_chairs:
        lines.append(f"{display.label('Co-chairs')}: {', '.join(m.co_chairs)}")
    if m.sources:
        lines.append(f"{display.label('Src')}: {', '.join(dict.fromkeys(s.origin for s in m.sources))}")
    lines.extend(f"! {c}" for c in m.conflicts)
    return "\n".join(_text(line) for line in lines)


def _place(m: Meeting, display: Display) -> str:
    return display.label("virtual") if _is_virtual(m) else (m.location or "—")


def _legend(y: float, display: Display) -> str:
    """What the marks mean, drawn with the same shapes in neutral ink."""
    items = [
        (f'<circle cx="0" cy="0" r="{MARK_RADIUS}" fill="{MUTED}" stroke="{MUTED}" stroke-width="2"/>', "held"),
        (f'<circle cx="0" cy="0" r="{MARK_RADIUS}" fill="#ffffff" stroke="{MUTED}" stroke-width="2"/>', "scheduled"),
        (f'<polygon points="0,-8 8,0 0,8 -8,0" fill="{MUTED}" stroke="{MUTED}" stroke-width="2"/>', "virtual"),
        (
            f'<rect x="-12" y="-8" width="24" height="16" fill="{GAP_FILL}"/>'
            f'<line x1="-12" y1="0" x2="12" y2="0" stroke="{MUTED}" stroke-width="2" stroke-dasharray="5 4"/>',
            "gap",
        ),
    ]
    parts, x = ['<g class="legend">'], 20.0
    for shape, word in items:
        text = (
            display.label(word) if word != "scheduled" else f"{display.label('scheduled')} / {display.label('planned')}"
        )
        parts.append(
            f'<g transform="translate({_num(x)} {_num(y + 8)})">{shape}'
            f'<text x="16" y="4" font-size="11" fill="{MUTED}">{_text(text)}</text></g>'
        )
        x += 40 + _estimated_width(text, 11)
    parts.append("</g>")
    return "\n".join(parts)


# --- the tables ------------------------------------------------------------------------------


def _series_table(t: SeriesTimeline, colour: str, display: Display) -> str:
    """The same rounds as rows: what the picture cannot show (every source, every conflict) is here."""
    basis = display.label("cadence unknown") if t.cadence.basis == "unknown" else t.cadence.basis
    head = "".join(f"<th>{_text(display.label(w))}</th>" for w in ("Round", "Dates", "Place", "Co-chairs", "Src"))
    rows = []
    gaps_before = {g.end: g for g in t.gaps}
    for m in t.meetings:
        gap = gaps_before.pop(m.dates.start, None) if m.dates else None
        if gap is not None:
            label = f"{_text(display.label('gap'))}: {_text(display.gap(gap))}"
            rows.append(f'<tr class="gap"><td></td><td colspan="4">{label}</td></tr>')
        rows.append(_row(m, display))
    notes = [f'<p class="note">{_text(basis)}</p>']
    if t.cadence.disagreement:
        notes.append(f'<p class="conflict">! {_text(t.cadence.disagreement)}</p>')
    for m in t.meetings:
        notes.extend(
            f'<p class="conflict">! {_text(display.label("round"))} {_text(display.number(m.round))}: {_text(c)}</p>'
            for c in m.conflicts
        )
    return "\n".join(
        [
            '<section class="series">',
            f'<h2><span class="swatch" style="background: {colour}"></span>{_text(display.name(t.series))}</h2>',
            *notes,
            f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>",
            *rows,
            "</tbody>\n</table>",
            "</section>",
        ]
    )


def _row(m: Meeting, display: Display) -> str:
    dates = _text(display.span(m.dates))
    if m.status != "held":
        dates += f" ({_text(display.label(m.status))})"
    if m.conflicts:
        dates += " !"
    sources = "".join(f'<li title="{_text(s.quote)}">{_text(s.origin)}</li>' for s in m.sources)
    cells = [
        f'<td class="num">{_text(display.number(m.round))}</td>',
        f"<td>{dates}</td>",
        f"<td>{_text(_place(m, display))}</td>",
        f"<td>{_text(', '.join(m.co_chairs) or '—')}</td>",
        f'<td><ul class="sources">{sources}</ul></td>' if sources else "<td>—</td>",
    ]
    return f"<tr>{''.join(cells)}</tr>"
