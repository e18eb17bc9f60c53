"""The timeline as one self-contained HTML page, made to be kept open: a picture of every series' rounds
with its year axis kept in view, then a table per series.

Why a page: a timeline is easier to read as a picture than as rows, and one file that opens in any
browser, offline, can be mailed or attached to a report. Why this shape:

- Nothing is fetched and nothing runs. The page has no script, no external font, stylesheet or image,
  and a Content-Security-Policy (``default-src 'none'``) that would block them if a bug ever put one
  there. Links (sources on the web, local files as relative links, rounds to their table rows) are
  followed only when clicked.
- Details without script: every round is a link, so Tab reaches it; hovering or focusing it shows a
  box of its facts (CSS ``:has`` and ``:focus``), its ``<title>`` is the native tooltip, and Enter
  jumps to its row in the tables, which is highlighted (``:target``).
- The year axis is HTML above the picture, ``position: sticky``, so it stays at the top while the lanes
  scroll by; a line marks today. Under 720 px a second picture drawn for a narrow screen (names above
  their lanes, text of 12 px or more) replaces the wide one, and the tables stack.
- Names, places, co-chairs, origins and quotes come from press releases and users, so they are
  untrusted: every one goes through ``_text`` (control and bidi-override characters dropped, then
  ``html.escape(..., quote=True)``); a link's address is only ever http(s) or a relative file path.
- Thai must render without a web font: the font stack names the Thai fonts common on Linux, macOS and
  Windows, and the browser falls back glyph by glyph.
- The output is a pure function of its arguments (no clock, no randomness, no working directory read):
  ``today`` and ``base`` come in, so the same timelines give byte-identical pages.
"""

from __future__ import annotations

import colorsys
import html
import math
import posixpath
import re
import unicodedata
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from dialogtrack.decode import INVISIBLE
from dialogtrack.models import DateSpan, Meeting
from dialogtrack.render.display import Display
from dialogtrack.timeline import Gap, SeriesTimeline

PALETTE = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c564b", "#6a3d9a")
"""Lane colours in series order (Okabe–Ito, then two darker ones); lanes after the eighth get colours
spread round the colour wheel by the golden angle, so no two lanes share one."""

FONT_STACK = '"Noto Sans Thai", "Sarabun", "Loma", "Garuda", "Tahoma", sans-serif'
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
NARROW = 720
"""Below this width (CSS px) the page shows the narrow picture and stacks the tables."""


@dataclass(frozen=True)
class _Layout:
    """The geometry of one picture, in viewBox units."""

    width: float
    lane_height: float
    label_size: float
    small: float  # round numbers, legend, "today"
    stacked: bool  # the name above the lane (narrow) or left of it (wide)


WIDE = _Layout(1000, 46, 13, 11, stacked=False)
SLIM = _Layout(480, 60, 14, 13, stacked=True)
TOP = 12
LEGEND_HEIGHT = 30
AXIS_HEIGHT = 30
LABEL_MIN, LABEL_MAX = 140.0, 0.38 * WIDE.width
MARK_RADIUS = 6.5
UNDATED_STEP = 22.0
UNDATED_MAX_WIDTH = 160.0
INK, MUTED, GRID, GAP_FILL, TODAY = "#1a1a1a", "#595959", "#e3e3e3", "#f3efe6", "#c0392b"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")

_CSS = f"""
body {{ font-family: {FONT_STACK}; color: {INK}; margin: 1rem; line-height: 1.4; }}
h1 {{ font-size: 1.4rem; margin: 0 0 .3rem; }}
h2 {{ font-size: 1.1rem; margin: 1.6rem 0 .3rem; }}
p.meta {{ color: {MUTED}; margin: 0 0 .6rem; }}
.chart {{ position: relative; }}
.chart.slim {{ display: none; }}
.axis-bar {{ position: sticky; top: 0; z-index: 1; height: 1.7rem; background: #ffffffee;
  border-bottom: 1px solid {GRID}; font-size: 12px; color: {MUTED}; }}
.axis-bar span {{ position: absolute; top: .35rem; transform: translateX(-50%); white-space: nowrap; }}
.axis-bar span.today {{ color: {TODAY}; font-weight: bold; top: auto; bottom: -.1rem; font-size: 12px; }}
svg.timeline {{ display: block; width: 100%; height: auto; }}
svg.timeline text {{ font-family: {FONT_STACK}; }}
svg.timeline a:focus {{ outline: none; }}
svg.timeline a:focus circle, svg.timeline a:focus polygon, svg.timeline a:hover circle,
svg.timeline a:hover polygon {{ stroke: {INK}; stroke-width: 3; }}
svg.timeline .tip {{ visibility: hidden; pointer-events: none; }}
.swatch {{ display: inline-block; width: .8em; height: .8em; margin-right: .4em; border-radius: 50%; }}
table {{ border-collapse: collapse; font-size: .9rem; }}
th, td {{ text-align: left; vertical-align: top; padding: .2rem .7rem .2rem 0; border-bottom: 1px solid {GRID}; }}
td.num {{ text-align: right; }}
td.dates {{ white-space: nowrap; }}
tr:target {{ background: #fff3c4; }}
tr.gap td {{ color: {MUTED}; font-style: italic; }}
ul.sources {{ margin: 0; padding: 0; list-style: none; }}
ul.sources a {{ overflow-wrap: anywhere; }}
p.note {{ color: {MUTED}; margin: .2rem 0; }}
p.conflict {{ color: #a40000; margin: .2rem 0; }}
@media (max-width: {NARROW - 1}px) {{
  body {{ margin: .6rem; font-size: 16px; }}
  .chart.wide {{ display: none; }}
  .chart.slim {{ display: block; }}
  table, thead, tbody, tr, td {{ display: block; }}
  thead {{ display: none; }}
  tr {{ border-bottom: 1px solid {GRID}; padding: .3rem 0; }}
  td {{ border: 0; padding: .1rem 0; font-size: 14px; }}
  td.num {{ text-align: left; font-weight: bold; }}
  td.num::before {{ content: attr(data-label) " "; font-weight: normal; }}
}}
"""


def timeline_page(
    timelines: Sequence[SeriesTimeline],
    *,
    display: Display,
    title: str = "dialogtrack timeline",
    today: date | None = None,
    base: str | None = None,
) -> str:
    """A complete HTML5 document: the picture of every series' rounds, then their tables.

    ``today`` draws the today line and dates the page; ``base`` is the folder the page will be opened
    from, so that local sources become links relative to it (absolute paths are kept otherwise).
    """
    if title == "dialogtrack timeline" and display.lang == "th":
        title = "ลำดับเวลาการประชุม (dialogtrack)"
    body = [f"<h1>{_text(title)}</h1>"]
    if not timelines:
        body.append(f'<p class="note">{_text(_no_meetings(display))}</p>')
    else:
        body.append(f'<p class="meta">{_text(_coverage(timelines, display, today))}</p>')
        colours = [_colour(i) for i in range(len(timelines))]
        body.append(_chart(timelines, display, title, today, WIDE, colours))
        body.append(_chart(timelines, display, title, today, SLIM, colours))
        body.extend(_series_table(i, t, colours[i], display, base) for i, t in enumerate(timelines))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{_text(display.lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_text(CSP)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{_text(title)}</title>",
            f"<style>{_CSS}{_tip_rules(timelines)}</style>",
            "</head>",
            "<body>",
            *body,
            "</body>",
            "</html>",
            "",
        ]
    )


def _no_meetings(display: Display) -> str:
    return "ยังไม่มีการประชุมในบันทึก" if display.lang == "th" else "No meetings on record."


def _coverage(timelines: Sequence[SeriesTimeline], display: Display, today: date | None) -> str:
    """What the page covers and when it was made: "4 series, 20 rounds, 3 sources, 2015–2025; made …"."""
    d = display
    rounds = sum(len(t.meetings) for t in timelines)
    sources = len({s.origin for t in timelines for m in t.meetings for s in m.sources})
    years = [m.dates.start.year for t in timelines for m in t.meetings if m.dates is not None]
    span = f"{d.year(min(years))}–{d.year(max(years))}" if years else ""
    if d.lang == "th":
        text = f"{d.number(len(timelines))} ชุดการประชุม, {d.number(rounds)} ครั้ง, {d.number(sources)} แหล่งข่าว"
        text += f", ปี {span}" if span else ""
        return text + (f"; สร้างเมื่อ {d.day(DateSpan(today))}" if today else "")
    text = f"{len(timelines)} series, {rounds} round{'s' * (rounds != 1)}, {sources} source{'s' * (sources != 1)}"
    text += f", {span}" if span else ""
    return text + (f"; made {d.day(DateSpan(today))}" if today else "")


def _text(value: object) -> str:
    """Untrusted text for HTML or SVG, as element content or a quoted attribute value."""
    return html.escape(_CONTROL.sub("", INVISIBLE.sub("", "" if value is None else str(value))), quote=True)


def _colour(index: int) -> str:
    if index < len(PALETTE):
        return PALETTE[index]
    hue = (0.11 + (index - len(PALETTE)) * 0.381966) % 1.0  # the golden angle, as a share of the wheel
    lightness = (0.34, 0.44, 0.28)[(index - len(PALETTE)) % 3]
    r, g, b = colorsys.hls_to_rgb(hue, lightness, 0.75)
    return f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"


def _num(x: float) -> str:
    return f"{x:.1f}".removesuffix(".0")


def _mark_id(layout: _Layout, lane: int, index: int) -> str:
    return f"{'n' if layout.stacked else 'w'}{lane}-{index}"


def _row_id(lane: int, index: int) -> str:
    return f"r{lane}-{index}"


def _tip_rules(timelines: Sequence[SeriesTimeline]) -> str:
    """One rule per round and picture: its box of facts shows while its mark is hovered or focused."""
    rules = []
    for layout in (WIDE, SLIM):
        for lane, t in enumerate(timelines):
            for index in range(len(t.meetings)):
                mark = _mark_id(layout, lane, index)
                rules.append(f"svg:has(#{mark}:is(:hover, :focus)) #t{mark}")
    if not rules:
        return ""
    return "\n" + ",\n".join(rules) + " { visibility: visible; }\n"


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


def _chart(
    timelines: Sequence[SeriesTimeline],
    display: Display,
    title: str,
    today: date | None,
    layout: _Layout,
    colours: Sequence[str],
) -> str:
    """One picture with its sticky year axis above it."""
    svg, scale = _svg(timelines, display, title, today, layout, colours)
    return "\n".join(
        [
            f'<div class="chart {"slim" if layout.stacked else "wide"}">',
            _axis_bar(scale, layout, today, display) if scale else "",
            svg,
            "</div>",
        ]
    )


def _year_step(scale: _Scale, layout: _Layout, room: float) -> int:
    count = scale.last_year - scale.first_year + 1
    year_width = (scale.right - scale.left) / count
    return next((s for s in (1, 2, 5, 10, 20, 50) if s * year_width >= room * layout.width / 1000), 100)


def _axis_bar(scale: _Scale, layout: _Layout, today: date | None, display: Display) -> str:
    """The years as HTML above the picture, at the same places as in it: it stays in view (sticky)."""
    step = _year_step(scale, layout, 46 if not layout.stacked else 60)
    spans = []
    for year in range(scale.first_year, scale.last_year + 1):
        if (year - scale.first_year) % step:
            continue
        x = (scale.x_of_year(year) + scale.x_of_year(year + 1)) / 2
        left = f"{x / layout.width * 100:.2f}%"
        spans.append(f'<span class="tick" style="left: {left}">{_text(display.year(year))}</span>')
    if today is not None and scale.first_year <= today.year <= scale.last_year:
        x = scale.x(today) / layout.width * 100
        spans.append(f'<span class="today" style="left: {x:.2f}%">▼</span>')
    return f'<div class="axis-bar" aria-hidden="true">{"".join(spans)}</div>'


def _svg(
    timelines: Sequence[SeriesTimeline],
    display: Display,
    title: str,
    today: date | None,
    layout: _Layout,
    colours: Sequence[str],
) -> tuple[str, _Scale | None]:
    names = [display.name(t.series) for t in timelines]
    if layout.stacked:
        label_width = 14.0
    else:
        label_width = min(max(LABEL_MIN, *(_estimated_width(n, layout.label_size) + 20 for n in names)), LABEL_MAX)
    undated = max(sum(1 for m in t.meetings if m.dates is None) for t in timelines)
    max_undated = UNDATED_MAX_WIDTH * layout.width / WIDE.width
    undated_width = min(max_undated, undated * UNDATED_STEP + 14) if undated else 0.0
    years = [m.dates.start.year for t in timelines for m in t.meetings if m.dates is not None]
    years += [m.dates.end.year for t in timelines for m in t.meetings if m.dates is not None and m.dates.end]
    if years and today is not None and min(years) - 1 <= today.year <= max(years) + 1:
        years.append(today.year)  # today shown when it is near the record, not decades away
    scale = _Scale(min(years, default=0), max(years, default=0), label_width, layout.width - 12 - undated_width)
    lanes_top = TOP + LEGEND_HEIGHT
    lanes_bottom = lanes_top + layout.lane_height * len(timelines)
    height = lanes_bottom + AXIS_HEIGHT
    parts = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_num(layout.width)} {_num(height)}"'
        f' width="100%" aria-label="{_text(title)}">',
        _legend(TOP - 2, display, layout),
        _axis(scale, lanes_top, lanes_bottom, bool(years), display, layout),
    ]
    if undated:
        x, y = _num(scale.right + 14), lanes_bottom + 18
        parts.append(f'<text class="undated-head" x="{x}" y="{y}" font-size="{layout.small}" fill="{MUTED}">?</text>')
    if years and today is not None and scale.first_year <= today.year <= scale.last_year:
        x = _num(scale.x(today))
        parts.append(
            f'<g class="today"><line x1="{x}" y1="{lanes_top - 4}" x2="{x}" y2="{lanes_bottom + 4}" stroke="{TODAY}"'
            f' stroke-width="1.5"/><title>{_text(display.label("today"))}: {_text(display.day(DateSpan(today)))}'
            "</title></g>"
        )
    tips: list[str] = []
    for i, t in enumerate(timelines):
        top = lanes_top + i * layout.lane_height
        lane, lane_tips = _lane(i, t, names[i], top, scale, label_width, colours[i], display, layout)
        parts.append(lane)
        tips.extend(lane_tips)
    parts.append('<g class="tips">')
    parts.extend(tips)
    parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts), scale if years else None


def _axis(scale: _Scale, top: float, bottom: float, dated: bool, display: Display, layout: _Layout) -> str:
    """Year boundaries as light vertical lines, each year's label centred under its band."""
    if not dated:
        return ""
    step = _year_step(scale, layout, 42 if not layout.stacked else 60)
    parts = ['<g class="axis">']
    for year in range(scale.first_year, scale.last_year + 2):
        x = _num(scale.x_of_year(year))
        parts.append(f'<line x1="{x}" y1="{top - 6}" x2="{x}" y2="{bottom + 4}" stroke="{GRID}" stroke-width="1"/>')
    for year in range(scale.first_year, scale.last_year + 1):
        if (year - scale.first_year) % step:
            continue
        x = _num((scale.x_of_year(year) + scale.x_of_year(year + 1)) / 2)
        parts.append(
            f'<text class="year" x="{x}" y="{bottom + 18}" text-anchor="middle" font-size="{layout.small}"'
            f' fill="{MUTED}">{_text(display.year(year))}</text>'
        )
    parts.append("</g>")
    return "\n".join(parts)


def _lane(
    index: int,
    t: SeriesTimeline,
    name: str,
    top: float,
    scale: _Scale,
    label_width: float,
    colour: str,
    display: Display,
    layout: _Layout,
) -> tuple[str, list[str]]:
    """One series: its name, a line through its rounds (dashed across gaps), one mark per round; and the
    boxes of facts of its rounds, drawn last so that no lane covers them."""
    if layout.stacked:
        mid, label_x, label_y = top + layout.lane_height - 18, 8.0, top + layout.label_size + 4
        fit = ""
        if _estimated_width(name, layout.label_size) > layout.width - 16:
            fit = f' textLength="{_num(layout.width - 16)}" lengthAdjust="spacingAndGlyphs"'
    else:
        mid, label_x = top + layout.lane_height / 2 + 4, 8.0
        label_y = mid + 4.5
        fit = ""
        if _estimated_width(name, layout.label_size) > label_width - 20:
            fit = f' textLength="{_num(label_width - 20)}" lengthAdjust="spacingAndGlyphs"'
    parts = [
        f'<g class="lane" data-series="{_text(t.series.id)}">',
        f"<title>{_text(name)}</title>",
        f'<text class="lane-label" x="{_num(label_x)}" y="{_num(label_y)}" font-size="{layout.label_size}"'
        f' fill="{INK}"{fit}>{_text(name)}</text>',
    ]
    numbered = list(enumerate(t.meetings))
    dated = [(j, m, m.dates.start, scale.x(_anchor(m.dates))) for j, m in numbered if m.dates is not None]
    gaps = {(g.start - timedelta(days=1), g.end): g for g in t.gaps}
    for (_, _, start1, x1), (_, _, start2, x2) in pairwise(dated):
        gap = gaps.pop((start1, start2), None)
        if gap is None:
            parts.append(_segment(x1, x2, mid, colour))
        else:
            parts.append(_gap(gap, x1, x2, mid, colour, display, layout))
    for gap in gaps.values():  # a gap whose rounds are not both on this lane: drawn at its dates
        parts.append(_gap(gap, scale.x(gap.start), scale.x(gap.end), mid, colour, display, layout))
    tips: list[str] = []
    last_right = -math.inf
    for j, m, _, x in dated:
        number = display.number(m.round)
        half = len(number) * layout.small * 0.3 + 1
        label = ""
        if m.round is not None and x - half > last_right + 2:
            label = (
                f'<text class="round" x="{_num(x)}" y="{_num(mid - 11)}" text-anchor="middle"'
                f' font-size="{layout.small if layout.stacked else 10}" fill="{INK}">{_text(number)}</text>'
            )
            last_right = x + half
        parts.append(_mark(index, j, m, name, x, mid, colour, display, layout, _shape(m, x, mid, colour), label))
        tips.append(_tip(index, j, m, name, x, mid, display, layout))
    undated = [(j, m) for j, m in numbered if m.dates is None]
    step = min(UNDATED_STEP, (UNDATED_MAX_WIDTH - 14) / max(len(undated), 1))
    for k, (j, m) in enumerate(undated):
        x = scale.right + 14 + k * step
        shape = (
            f'<circle cx="{_num(x)}" cy="{_num(mid)}" r="{MARK_RADIUS + 1}" fill="#ffffff" stroke="{colour}"'
            ' stroke-width="1.5" stroke-dasharray="2 2"/>'
            f'<text x="{_num(x)}" y="{_num(mid + 4)}" text-anchor="middle"'
            f' font-size="{layout.small if layout.stacked else 10}" fill="{INK}">?</text>'
        )
        parts.append(_mark(index, j, m, name, x, mid, colour, display, layout, shape, "", undated=True))
        tips.append(_tip(index, j, m, name, x, mid, display, layout))
    parts.append("</g>")
    return "\n".join(parts), tips


def _mark(
    lane: int,
    index: int,
    m: Meeting,
    name: str,
    x: float,
    y: float,
    colour: str,
    display: Display,
    layout: _Layout,
    shape: str,
    label: str,
    undated: bool = False,
) -> str:
    """A round's mark, as a link to its row in the tables: Tab reaches it, Enter shows the row."""
    cls = "mark undated" if undated else "mark"
    return (
        f'<a id="{_mark_id(layout, lane, index)}" href="#{_row_id(lane, index)}">'
        f'<g class="{cls}" data-round="{_text(display.number(m.round))}" data-status="{_text(m.status)}">'
        f"<title>{_tooltip(m, name, display)}</title>{shape}{label}</g></a>"
    )


def _tip(lane: int, index: int, m: Meeting, name: str, x: float, y: float, display: Display, layout: _Layout) -> str:
    """The box of facts shown while a mark is hovered or focused; kept inside the picture."""
    lines = _facts(m, name, display)[:5]
    size = layout.small if layout.stacked else 12
    line_height = size * 1.35
    width = min(max(_estimated_width(line, size) for line in lines) + 16, layout.width - 8)
    height = line_height * len(lines) + 10
    left = min(max(4.0, x - width / 2), layout.width - width - 4)
    top = y + 14
    parts = [
        f'<g class="tip" id="t{_mark_id(layout, lane, index)}">',
        f'<rect x="{_num(left)}" y="{_num(top)}" width="{_num(width)}" height="{_num(height)}" rx="4"'
        f' fill="#ffffff" stroke="{MUTED}"/>',
    ]
    for k, line in enumerate(lines):
        weight = ' font-weight="bold"' if k == 0 else ""
        parts.append(
            f'<text x="{_num(left + 8)}" y="{_num(top + 5 + line_height * (k + 0.8))}" font-size="{_num(size)}"'
            f' fill="{INK}"{weight}>{_text(line)}</text>'
        )
    parts.append("</g>")
    return "".join(parts)


def _segment(x1: float, x2: float, y: float, colour: str) -> str:
    return f'<line x1="{_num(x1)}" y1="{_num(y)}" x2="{_num(x2)}" y2="{_num(y)}" stroke="{colour}" stroke-width="2"/>'


def _gap(gap: Gap, x1: float, x2: float, y: float, colour: str, display: Display, layout: _Layout) -> str:
    """A shaded band over the lane and a dashed line: the record is silent between these rounds."""
    band_height = 34 if not layout.stacked else 24
    band = (
        f'<rect x="{_num(x1)}" y="{_num(y - band_height / 2)}" width="{_num(max(x2 - x1, 0))}" height="{band_height}"'
        f' fill="{GAP_FILL}"/>'
    )
    line = (
        f'<line x1="{_num(x1)}" y1="{_num(y)}" x2="{_num(x2)}" y2="{_num(y)}" stroke="{colour}" stroke-width="2"'
        ' stroke-dasharray="5 4"/>'
    )
    return f'<g class="gap"><title>{_text(display.label("gap"))}: {_text(display.gap(gap))}</title>{band}{line}</g>'


def _shape(m: Meeting, x: float, y: float, colour: str) -> str:
    """Filled when held, hollow when not yet; a diamond when virtual, a circle when in person."""
    fill = colour if m.status == "held" else "#ffffff"
    paint = f'fill="{fill}" stroke="{colour}" stroke-width="2"'
    if _is_virtual(m):
        r = MARK_RADIUS + 1.5
        points = f"{_num(x)},{_num(y - r)} {_num(x + r)},{_num(y)} {_num(x)},{_num(y + r)} {_num(x - r)},{_num(y)}"
        return f'<polygon class="virtual" points="{points}" {paint}/>'
    return f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{MARK_RADIUS}" {paint}/>'


def _facts(m: Meeting, name: str, display: Display) -> list[str]:
    """What is known of a round, one fact a line."""
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
    lines.extend(f"! {display.sentence(c)}" for c in m.conflicts)
    return lines


def _tooltip(m: Meeting, name: str, display: Display) -> str:
    """The hover text of a mark, one fact a line; every piece escaped."""
    return "\n".join(_text(line) for line in _facts(m, name, display))


def _place(m: Meeting, display: Display) -> str:
    return display.label("virtual") if _is_virtual(m) else display.place(m.location)


def _legend(y: float, display: Display, layout: _Layout) -> str:
    """What the marks mean, drawn with the same shapes in neutral ink, above the lanes."""
    items = [
        (f'<circle cx="0" cy="0" r="{MARK_RADIUS}" fill="{MUTED}" stroke="{MUTED}" stroke-width="2"/>', "held"),
        (f'<circle cx="0" cy="0" r="{MARK_RADIUS}" fill="#ffffff" stroke="{MUTED}" stroke-width="2"/>', "scheduled"),
        (f'<polygon points="0,-8 8,0 0,8 -8,0" fill="{MUTED}" stroke="{MUTED}" stroke-width="2"/>', "virtual"),
        (
            f'<rect x="-12" y="-8" width="24" height="16" fill="{GAP_FILL}"/>'
            f'<line x1="-12" y1="0" x2="12" y2="0" stroke="{MUTED}" stroke-width="2" stroke-dasharray="5 4"/>',
            "gap",
        ),
        (f'<line x1="0" y1="-9" x2="0" y2="9" stroke="{TODAY}" stroke-width="1.5"/>', "today"),
    ]
    parts, x = ['<g class="legend">'], 20.0
    for shape, word in items:
        text = display.label(word)
        if word == "scheduled":
            text = f"{display.label('scheduled')} / {display.label('planned')}"
        if layout.stacked and word == "scheduled":
            text = display.label("planned")
        parts.append(
            f'<g transform="translate({_num(x)} {_num(y + 8)})">{shape}'
            f'<text x="18" y="4" font-size="{layout.small}" fill="{MUTED}">{_text(text)}</text></g>'
        )
        x += 44 + 1.15 * _estimated_width(text, layout.small)
    parts.append("</g>")
    return "\n".join(parts)


# --- the tables ------------------------------------------------------------------------------


def _series_table(lane: int, t: SeriesTimeline, colour: str, display: Display, base: str | None) -> str:
    """The same rounds as rows: what the picture cannot show (every source, every conflict) is here."""
    basis = display.label("cadence unknown") if t.cadence.basis == "unknown" else display.sentence(t.cadence.basis)
    head = "".join(f"<th>{_text(display.label(w))}</th>" for w in ("Round", "Dates", "Place", "Co-chairs", "Src"))
    rows = []
    gaps_before = {g.end: g for g in t.gaps}
    for index, m in enumerate(t.meetings):
        gap = gaps_before.pop(m.dates.start, None) if m.dates else None
        if gap is not None:
            label = f"{_text(display.label('gap'))}: {_text(display.gap(gap))}"
            rows.append(f'<tr class="gap"><td></td><td colspan="4">{label}</td></tr>')
        rows.append(_row(lane, index, m, display, base))
    notes = [f'<p class="note">{_text(basis)}</p>']
    if t.cadence.disagreement:
        notes.append(f'<p class="conflict">! {_text(display.sentence(t.cadence.disagreement))}</p>')
    for m in t.meetings:
        notes.extend(
            f'<p class="conflict">! {_text(display.label("round"))} {_text(display.number(m.round))}: '
            f"{_text(display.sentence(c))}</p>"
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


def source_href(origin: str, base: str | None) -> str | None:
    """Where a source's link goes: a web address as it is, a local file relative to ``base`` (the folder
    the page is opened from), nothing for anything else (standard input, another scheme)."""
    origin = origin.strip()
    if re.match(r"https?://\S+$", origin, re.IGNORECASE):
        return urllib.parse.quote(origin, safe=":/?#[]@!$&'()*+,;=%-._~")
    if not origin or origin == "-" or _SCHEME.match(origin):
        return None
    path = origin
    if base and posixpath.isabs(origin) and posixpath.isabs(base):
        path = posixpath.relpath(origin, base)
    return urllib.parse.quote(path)


def _row(lane: int, index: int, m: Meeting, display: Display, base: str | None) -> str:
    dates = _text(display.span(m.dates))
    if m.status != "held":
        dates += f" ({_text(display.label(m.status))})"
    if m.conflicts:
        dates += " !"
    sources = []
    for s in m.sources:
        href = source_href(s.origin, base)
        shown = _text(s.origin)
        link = f'<a href="{_text(href)}">{shown}</a>' if href else shown
        sources.append(f'<li title="{_text(s.quote)}">{link}</li>')
    round_label = _text(display.label("Round"))
    cells = [
        f'<td class="num" data-label="{round_label}">{_text(display.number(m.round))}</td>',
        f'<td class="dates">{dates}</td>',
        f"<td>{_text(_place(m, display))}</td>",
        f"<td>{_text(', '.join(m.co_chairs) or '—')}</td>",
        f'<td><ul class="sources">{"".join(sources)}</ul></td>' if sources else "<td>—</td>",
    ]
    return f'<tr id="{_row_id(lane, index)}">{"".join(cells)}</tr>'
