"""The HTML timeline as a page people keep open: the year axis stays in view, a today line, what the
page covers and when it was made, sources as links, a colour for every lane, details from the keyboard,
and a narrow layout that stays legible. Checked in Debian's headless chromium at 1400 and 500 px.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from dialogtrack.models import Series
from dialogtrack.render.display import Display
from dialogtrack.render.html import source_href, timeline_page
from dialogtrack.timeline import SeriesTimeline, build_timeline

from .test_html_timeline import SVG, classes, held, lanes, marks, needs_chromium, parse, realistic, svg_of

EN = Display()
TODAY = date(2025, 6, 1)


def many(n: int) -> list[SeriesTimeline]:
    """``n`` series of three rounds each: a page taller than a screen."""
    meetings = []
    for i in range(n):
        series = Series(
            f"s{i}", f"Thailand–Country {i} Joint Commission", f"คณะกรรมาธิการร่วมไทย-ประเทศ{i}", ("TH", "XX"), "jc"
        )
        meetings += [held(series, r, f"{2010 + i % 7 + 3 * r}-03-01", "Bangkok") for r in (1, 2, 3)]
    return build_timeline(meetings)


def test_the_page_says_what_it_covers_and_when_it_was_made() -> None:
    text = parse(timeline_page(realistic(), display=EN, today=TODAY)).text
    assert "4 series, 20 rounds, 1 source, 2015–2025; made 2025-06-01" in text
    thai = parse(timeline_page(realistic(), display=Display("th", "be", True), today=TODAY)).text
    assert "๔ ชุดการประชุม, ๒๐ ครั้ง, ๑ แหล่งข่าว, ปี ๒๕๕๘–๒๕๖๘; สร้างเมื่อ ๑ มิ.ย. ๒๕๖๘" in thai


def test_a_today_line_across_the_lanes() -> None:
    svg = svg_of(timeline_page(realistic(), display=EN, today=TODAY))
    [today] = [g for g in svg.iter(f"{SVG}g") if "today" in classes(g)]
    line = today.find(f"{SVG}line")
    assert line is not None and line.get("x1") == line.get("x2")
    years = [t for t in svg.iter(f"{SVG}text") if "year" in classes(t)]
    x2025 = next(float(t.get("x") or 0) for t in years if t.text == "2025")
    assert abs(float(line.get("x1") or 0) - x2025) < 40  # 1 June: about the middle of 2025's band
    assert not [g for g in svg_of(timeline_page(realistic(), display=EN)).iter(f"{SVG}g") if "today" in classes(g)]


def test_the_year_axis_sits_above_the_picture_and_stays_in_view() -> None:
    page = timeline_page(realistic(), display=EN, today=TODAY)
    assert re.search(r"\.axis-bar \{ position: sticky; top: 0;", page)
    bar = page.index('<div class="axis-bar"')
    assert bar < page.index("<svg")
    ticks = re.findall(r'<span class="tick" style="left: ([\d.]+)%">(\d+)</span>', page[bar : page.index("<svg")])
    years = [y for _, y in ticks]
    assert years[0] == "2015" and years[-1] == "2025"
    assert [float(x) for x, _ in ticks] == sorted(float(x) for x, _ in ticks)


@pytest.mark.parametrize(
    ("origin", "href"),
    [
        ("https://www.mfa.go.th/en/content/a?b=1&c=2", "https://www.mfa.go.th/en/content/a?b=1&c=2"),
        ("http://example.org/ข่าว", "http://example.org/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7"),
        ("/home/me/releases/th 1.html", "releases/th%201.html"),
        ("/srv/other/x.txt", "../../srv/other/x.txt"),
        ("releases/x.txt", "releases/x.txt"),
        ("-", None),
        ("javascript:alert(1)", None),
        ("data:text/html,<b>", None),
    ],
)
def test_sources_become_links_web_addresses_as_they_are_local_files_relative(origin: str, href: str | None) -> None:
    assert source_href(origin, "/home/me") == href


def test_every_lane_keeps_its_own_colour_however_many() -> None:
    timelines = many(30)
    svg = svg_of(timeline_page(timelines, display=EN))
    colours = [{s.get("stroke") for s in lane.iter() if s.tag == f"{SVG}circle"} for lane in lanes(svg)]
    assert all(len(c) == 1 for c in colours)
    assert len({c.pop() for c in colours}) == 30


def test_every_mark_is_a_link_to_its_row_and_has_a_box_of_facts() -> None:
    page = timeline_page(realistic(), display=EN)
    parsed = parse(page)
    rows = {dict(a).get("id") for tag, a in parsed.tags if tag == "tr"}
    svg = svg_of(page)
    links = [a for a in svg.iter(f"{SVG}a")]
    assert len(links) == len(marks(svg)) + len(marks(svg, undated=True)) == 20
    for a in links:
        assert (a.get("href") or "")[1:] in rows
        assert f"svg:has(#{a.get('id')}:is(:hover, :focus)) #t{a.get('id')}" in page
        [tip] = [g for g in svg.iter(f"{SVG}g") if g.get("id") == f"t{a.get('id')}"]
        assert "tip" in classes(tip) and len(list(tip.iter(f"{SVG}text"))) >= 3


# --- in a real browser -----------------------------------------------------------------------

MEASURE = """<script>
const found = {min: 1e9, smallest: ''};
for (const el of document.querySelectorAll('body *')) {
  if (![...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
  if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
  let px = parseFloat(getComputedStyle(el).fontSize);
  if (el instanceof SVGElement) px *= el.getScreenCTM().a;
  if (px < found.min) { found.min = px; found.smallest = el.textContent.slice(0, 40); }
}
found.overflow = document.documentElement.scrollWidth - innerWidth;
found.wide = getComputedStyle(document.querySelector('.chart.wide')).display;
found.slim = getComputedStyle(document.querySelector('.chart.slim')).display;
const link = document.querySelector(found.wide === 'none' ? '.chart.slim a' : '.chart.wide a');
link.focus();
found.tip = getComputedStyle(document.getElementById('t' + link.id)).visibility;
found.focused = document.activeElement === link;
scrollTo(0, 1500);
const bar = document.querySelector(found.wide === 'none' ? '.chart.slim .axis-bar' : '.chart.wide .axis-bar');
found.axisTop = bar.getBoundingClientRect().top;
found.scrolled = scrollY;
const pre = document.createElement('pre'); pre.id = 'measured'; pre.textContent = JSON.stringify(found);
document.body.appendChild(pre);
</script>"""


def measure(page: str, width: int, folder: Path) -> dict[str, object]:
    """What chromium makes of the page at ``width`` px: the smallest text, overflow, which picture shows,
    whether focusing a mark shows its box, and where the axis is after scrolling. The page has no script:
    this copy gets one, and loses its CSP so that it may run."""
    chromium = shutil.which("chromium")
    assert chromium is not None
    probe, removed = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    assert removed == 1
    probe = probe.replace("</body>", MEASURE + "</body>")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "probe.html"
    source.write_text(probe, encoding="utf-8")
    command = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--host-resolver-rules=MAP * ~NOTFOUND", "--hide-scrollbars", f"--user-data-dir={folder / 'profile'}",
        f"--window-size={width},900", "--dump-dom", source.resolve().as_uri(),
    ]  # fmt: skip
    run = subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)
    m = re.search(r'<pre id="measured">([^<]*)</pre>', run.stdout)
    assert m, run.stdout[-2000:]
    result: dict[str, object] = json.loads(m.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    return result


@needs_chromium
@pytest.mark.parametrize("width", [1400, 500])
def test_in_chromium_the_page_is_legible_keeps_its_axis_in_view_and_shows_details_on_focus(
    width: int, tmp_path: Path
) -> None:
    page = timeline_page(many(30), display=Display("th", "be"), today=TODAY, base="/nowhere")
    found = measure(page, width, tmp_path)
    assert found["min"] >= 12, found  # no text under 12 px
    assert found["overflow"] == 0, found  # nothing wider than the window
    assert (found["wide"], found["slim"]) == (("block", "none") if width >= 720 else ("none", "block")), found
    assert found["focused"] is True and found["tip"] == "visible", found  # Tab to a mark: its facts show
    assert found["scrolled"] == 1500 and found["axisTop"] == 0, found  # scrolled past: the axis stays on top
