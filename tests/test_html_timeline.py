"""The HTML timeline page: its structure, its escaping, and what a real browser makes of it.

Structure and escaping are read back with the parsers a browser's own rules resemble (``html.parser``
for the page, ``xml.etree`` for the SVG). The browser tests run Debian's chromium headless on the page
and read its screenshot and its log; they are skipped only when chromium is not installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PIL import Image

from dialogtrack.models import DateSpan, Meeting, Series, SourceRef, Status
from dialogtrack.render.display import Display
from dialogtrack.render.html import CSP, PALETTE, timeline_page
from dialogtrack.views.timeline import SeriesTimeline, build_timeline

from .factories import TH_JP, TH_LA, TH_US

ROOT = Path(__file__).parent.parent
SVG = "{http://www.w3.org/2000/svg}"
EN = Display()

TH_AU = Series(
    id="th-au-strategic-dialogue",
    name_en="Thailand–Australia Strategic Dialogue",
    name_th="",
    countries=("TH", "AU"),
    kind="strategic-dialogue",
)
TH_IN = Series(
    id="th-in-joint-commission",
    name_en="Thailand–India Joint Commission",
    name_th="",
    countries=("TH", "IN"),
    kind="joint-commission",
)


def held(
    series: Series,
    round: int | None,
    when: str | None,
    location: str | None = None,
    co_chairs: Sequence[str] = (),
    status: Status = "held",
    origin: str = "https://www.mfa.go.th/en/content/release",
    conflicts: Sequence[str] = (),
) -> Meeting:
    """A meeting dated "2022-05-09", "2022-05-09/2022-05-10", "2014-07" or "2019" (or undated), one source."""
    dates = DateSpan.from_iso(*when.split("/")) if when else None
    source = SourceRef("doc-1", origin, f"The round {round} was held.", "headline")
    return Meeting(series, round, dates, location, tuple(co_chairs), status, (source,), tuple(conflicts))


def realistic() -> list[SeriesTimeline]:
    """Two Thai-named and two English-named series over ten years: gaps, a virtual round, planned and undated ones."""
    return build_timeline(
        [
            held(TH_US, 5, "2015-06-01", "Washington, D.C."),
            held(TH_US, 6, "2016-07-10", "Bangkok"),
            held(TH_US, 7, "2017-11"),
            held(TH_US, 8, "2022-05-09/2022-05-10", "Washington, D.C.", ["Jane Doe", "Somchai Jaidee"]),
            held(TH_US, 9, "2023-10-16", "Bangkok"),
            held(TH_US, 10, "2025", status="planned"),
            held(TH_JP, 3, "2016-03-04", "Tokyo"),
            held(TH_JP, 4, "2018-08-01", "Chiang Mai"),
            held(TH_JP, 5, "2021-02-10", "virtual"),
            held(TH_JP, 6, "2023-03-01", "Tokyo"),
            held(TH_JP, 7, None),
            held(TH_AU, 1, "2015-02-01", "Canberra"),
            held(TH_AU, 2, "2016-02-01", "Bangkok"),
            held(TH_AU, 3, "2017-02-01", "Canberra"),
            held(TH_AU, 4, "2020-11-20", "virtual"),
            held(TH_AU, 5, "2024-03-01", "Bangkok", status="scheduled"),
            held(TH_IN, 8, "2019-09-19", "New Delhi"),
            held(TH_IN, 9, "2020-12-01", "virtual"),
            held(TH_IN, 10, "2022-12-01", "Bangkok"),
            held(TH_IN, 11, "2024-10-01", "New Delhi", status="scheduled"),
        ]
    )


# --- reading the page back -------------------------------------------------------------------


@dataclass
class Parsed:
    tags: list[tuple[str, list[tuple[str, str | None]]]]
    text: str


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parsed = Parsed([], "")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parsed.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.parsed.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.parsed.text += data


def parse(page: str) -> Parsed:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector.parsed


def svg_of(page: str) -> ET.Element:
    """The inline SVG as XML: it must be well-formed, whatever text the documents held."""
    start, end = page.index("<svg"), page.index("</svg>") + len("</svg>")
    return ET.fromstring(page[start:end])


def classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def lanes(svg: ET.Element) -> list[ET.Element]:
    return [g for g in svg.iter(f"{SVG}g") if "lane" in classes(g)]


def marks(svg: ET.Element, *, undated: bool = False) -> list[ET.Element]:
    return [g for g in svg.iter(f"{SVG}g") if "mark" in classes(g) and ("undated" in classes(g)) == undated]


def title_of(element: ET.Element) -> str:
    title = element.find(f"{SVG}title")
    assert title is not None, ET.tostring(element, encoding="unicode")
    return title.text or ""


# --- structure -------------------------------------------------------------------------------


def test_one_lane_per_series_and_one_mark_per_dated_meeting() -> None:
    timelines = realistic()
    svg = svg_of(timeline_page(timelines, display=EN))
    assert [g.get("data-series") for g in lanes(svg)] == [t.series.id for t in timelines]
    for lane, t in zip(lanes(svg), timelines, strict=True):
        dated = [m for m in t.meetings if m.dates is not None]
        undated = [m for m in t.meetings if m.dates is None]
        assert [g.get("data-round") for g in marks(lane)] == [str(m.round) for m in dated]
        assert [g.get("data-round") for g in marks(lane, undated=True)] == [str(m.round) for m in undated]
        label = [e for e in lane.iter(f"{SVG}text") if "lane-label" in classes(e)]
        assert [e.text for e in label] == [t.series.name_en]
    assert len(marks(svg)) == 19
    assert len(marks(svg, undated=True)) == 1  # Japan's round 7: no date, still on the picture


def test_every_mark_has_a_title_with_the_facts_of_its_round() -> None:
    svg = svg_of(timeline_page(realistic(), display=EN))
    for mark in marks(svg) + marks(svg, undated=True):
        assert title_of(mark).strip(), ET.tostring(mark, encoding="unicode")
    us8 = next(g for g in marks(lanes(svg)[1]) if g.get("data-round") == "8")
    assert title_of(us8).splitlines() == [
        "Thailand–United States Strategic Dialogue",
        "round 8 · held",
        "2022-05-09–10",
        "Place: Washington, D.C.",
        "Co-chairs: Jane Doe, Somchai Jaidee",
        "Src: https://www.mfa.go.th/en/content/release",
    ]
    japan7 = marks(lanes(svg)[2], undated=True)[0]
    assert title_of(japan7).splitlines()[1:3] == ["round 7 · held", "—"]


def test_marks_are_filled_when_held_hollow_otherwise_and_diamonds_when_virtual() -> None:
    svg = svg_of(timeline_page(realistic(), display=EN))
    australia = {g.get("data-round"): g for g in marks(lanes(svg)[0])}
    colour = PALETTE[0]
    circle = australia["1"].find(f"{SVG}circle")
    assert circle is not None and (circle.get("fill"), circle.get("stroke")) == (colour, colour)
    planned = australia["5"].find(f"{SVG}circle")
    assert planned is not None and (planned.get("fill"), planned.get("stroke")) == ("#ffffff", colour)
    virtual = australia["4"]
    assert virtual.find(f"{SVG}circle") is None
    diamond = virtual.find(f"{SVG}polygon")
    assert diamond is not None and diamond.get("fill") == colour


def test_each_lane_has_its_own_palette_colour() -> None:
    svg = svg_of(timeline_page(realistic(), display=EN))
    colours = [
        {s.get("stroke") for s in lane.iter() if s.tag in (f"{SVG}circle", f"{SVG}polygon")} for lane in lanes(svg)
    ]
    assert colours == [{c} for c in PALETTE[:4]]


def test_gaps_are_drawn_between_the_rounds_around_them() -> None:
    timelines = realistic()
    svg = svg_of(timeline_page(timelines, display=EN))
    for lane, t in zip(lanes(svg), timelines, strict=True):
        gaps = [g for g in lane.iter(f"{SVG}g") if "gap" in classes(g)]
        assert [title_of(g) for g in gaps] == [f"gap: {gap.text}" for gap in t.gaps]
        for g in gaps:
            line = g.find(f"{SVG}line")
            assert line is not None and line.get("stroke-dasharray")
    assert [gap.text for gap in timelines[0].gaps] == ["2018–2019 skipped", "2021–2023 skipped"]


def test_round_numbers_are_left_out_where_they_would_overlap() -> None:
    crowded = build_timeline(
        [held(TH_LA, r, f"2020-01-{r:02d}") for r in range(1, 11)] + [held(TH_LA, 11, "2030-01-01")]
    )
    svg = svg_of(timeline_page(crowded, display=EN))
    numbers = [t.text for t in svg.iter(f"{SVG}text") if "round" in classes(t)]
    assert numbers[0] == "1" and numbers[-1] == "11"
    assert len(numbers) < 11
    assert len(marks(svg)) == 11


def test_page_is_one_utf8_html5_document_with_a_strict_csp_and_nothing_to_fetch_or_run() -> None:
    page = timeline_page(realistic(), display=EN)
    assert page.startswith("<!DOCTYPE html>\n")
    parsed = parse(page)
    tags = [tag for tag, _ in parsed.tags]
    assert tags.count("html") == tags.count("head") == tags.count("body") == 1
    assert tags.count("svg") == 2  # the wide picture and the narrow one
    attrs = [(tag, dict(a)) for tag, a in parsed.tags]
    assert ("html", {"lang": "en"}) in attrs
    assert ("meta", {"charset": "utf-8"}) in attrs
    assert ("meta", {"http-equiv": "Content-Security-Policy", "content": CSP}) in attrs
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    assert "script" not in tags
    names = {name for _, a in parsed.tags for name, _ in a}
    assert not {n for n in names if n.startswith("on")}
    assert not names & {"src", "xlink:href", "action", "srcset", "poster", "data"}
    hrefs = [dict(a)["href"] or "" for tag, a in parsed.tags if "href" in dict(a)]
    assert {tag for tag, a in parsed.tags if "href" in dict(a)} == {"a"}  # links only, followed when clicked
    assert all(re.match(r"#r\d+-\d+$|https://", h) for h in hrefs), hrefs
    assert not re.search(r"url\(|@import|@font-face", page)
    svg = next(a for tag, a in attrs if tag == "svg")
    assert svg["width"] == "100%" and re.fullmatch(r"0 0 \d+ \d+", svg["viewbox"] or "")


def test_thai_display_shows_thai_names_labels_and_buddhist_era_years() -> None:
    timelines = realistic()
    page = timeline_page(timelines, display=Display("th", "be"))
    svg = svg_of(page)
    assert ("html", [("lang", "th")]) in parse(page).tags
    labels = [e.text for e in svg.iter(f"{SVG}text") if "lane-label" in classes(e)]
    assert labels == [
        "Thailand–Australia Strategic Dialogue",
        TH_US.name_th,
        TH_JP.name_th,
        "Thailand–India Joint Commission",
    ]
    years = [e.text for e in svg.iter(f"{SVG}text") if "year" in classes(e)]
    assert years == [str(y + 543) for y in range(2015, 2026)]
    assert "<th>ครั้งที่</th>" in page
    thai_digits = svg_of(timeline_page(timelines, display=Display("th", "be", thai_digits=True)))
    assert next(e.text for e in thai_digits.iter(f"{SVG}text") if "year" in classes(e)) == "๒๕๕๘"


def test_common_era_years_by_default() -> None:
    svg = svg_of(timeline_page(realistic(), display=EN))
    assert [e.text for e in svg.iter(f"{SVG}text") if "year" in classes(e)] == [str(y) for y in range(2015, 2026)]


def test_the_tables_list_every_round_with_its_sources_as_links() -> None:
    timelines = realistic()
    page = timeline_page(timelines, display=EN)
    parsed = parse(page)
    assert sum(1 for tag, _ in parsed.tags if tag == "table") == len(timelines)
    rows = [dict(a).get("id") for tag, a in parsed.tags if tag == "tr" and dict(a).get("class") != "gap"]
    assert len(rows) == sum(len(t.meetings) + 1 for t in timelines)  # a heading row, then one per round
    links = [dict(a)["href"] for tag, a in parsed.tags if tag == "a" and not (dict(a)["href"] or "").startswith("#")]
    assert links == ["https://www.mfa.go.th/en/content/release"] * sum(len(t.meetings) for t in timelines)
    assert "2022-05-09–10" in parsed.text and "Jane Doe, Somchai Jaidee" in parsed.text
    assert "2024-03-01 (scheduled)" in parsed.text


def test_no_timelines_is_still_a_page() -> None:
    page = timeline_page([], display=EN, title="Nothing yet")
    assert "<svg" not in page
    assert "No meetings on record." in parse(page).text


def test_undated_and_unnumbered_rounds_stay_on_the_picture() -> None:
    timelines = build_timeline([held(TH_LA, None, None), held(TH_LA, 2, None), held(TH_JP, None, "2019-05")])
    page = timeline_page(timelines, display=EN)
    svg = svg_of(page)
    assert [g.get("data-series") for g in lanes(svg)] == [TH_JP.id, TH_LA.id]
    assert [g.get("data-round") for g in marks(svg)] == ["?"]
    assert [g.get("data-round") for g in marks(svg, undated=True)] == ["?", "2"]
    assert not [t for t in svg.iter(f"{SVG}text") if "round" in classes(t)]  # no number to write
    laos = svg_of(timeline_page(timelines[1:], display=EN))
    assert not [t for t in laos.iter(f"{SVG}text") if "year" in classes(t)]  # nothing dated: no axis
    assert len(marks(laos, undated=True)) == 2


def test_the_last_representable_year_still_has_an_axis() -> None:
    timelines = build_timeline([held(TH_LA, 1, "9998-06-01"), held(TH_LA, 2, "9999-12-31")])
    svg = svg_of(timeline_page(timelines, display=EN))
    assert [t.text for t in svg.iter(f"{SVG}text") if "year" in classes(t)] == ["9998", "9999"]


def test_the_page_is_a_pure_function_of_its_input() -> None:
    assert timeline_page(realistic(), display=EN) == timeline_page(realistic(), display=EN)


# --- untrusted text --------------------------------------------------------------------------

HOSTILE = {
    "id": 'evil"><svg onload=alert(3)>',
    "name": "Evil <script>alert(1)</script> & co",
    "location": '"onmouseover="x',
    "co_chair": "]]> & <![CDATA[ x",
    "origin": "https://e.example/?a=1&b=<b>bold</b>",
    "conflict": "</title><script>alert(2)</script>",
    "title": "Report </title><script>alert(4)</script>",
}


def hostile_page(words: dict[str, str]) -> str:
    series = Series(words["id"], words["name"], words["name"], ("TH", "XX"), "dialogue")
    meetings = [
        held(series, 1, "2020-03-01", words["location"], [words["co_chair"]], origin=words["origin"]),
        held(series, 3, "2022-03-01", words["location"], conflicts=[words["conflict"]], origin=words["origin"]),
        held(series, 4, None, words["location"], origin=words["origin"]),
    ]
    return timeline_page(build_timeline(meetings), display=Display("th", "be"), title=words["title"])


def test_hostile_text_appears_only_escaped() -> None:
    page = hostile_page(HOSTILE)
    for raw in ("<script>", '"onmouseover="', "]]>", "<![CDATA[", "<b>", "& co", "a=1&b"):
        assert raw not in page
    parsed = parse(page)
    assert "script" not in {tag for tag, _ in parsed.tags}
    assert not {name for _, attrs in parsed.tags for name, _ in attrs if name.startswith("on")}
    for key, value in HOSTILE.items():
        if key != "id":  # the id is only an attribute value, read back below
            assert value in parsed.text, value  # shown, as text
    svg = svg_of(page)  # still well-formed XML
    assert [g.get("data-series") for g in lanes(svg)] == [HOSTILE["id"]]
    first = title_of(marks(svg)[0])
    assert HOSTILE["name"] in first and HOSTILE["co_chair"] in first and HOSTILE["origin"] in first
    assert HOSTILE["conflict"] in title_of(marks(svg)[1])


def test_hostile_text_adds_no_markup() -> None:
    """The same page with plain words has exactly the same elements and attributes: text stayed text."""
    plain = {key: re.sub(r"[^A-Za-z0-9 ]", "x", value) for key, value in HOSTILE.items()}
    shape = [(tag, [name for name, _ in attrs]) for tag, attrs in parse(hostile_page(HOSTILE)).tags]
    assert shape == [(tag, [name for name, _ in attrs]) for tag, attrs in parse(hostile_page(plain)).tags]


def test_control_and_bidi_override_characters_are_dropped() -> None:
    words = {**HOSTILE, "name": "Evil\u202e gnirts\x1b[31m\x00"}
    page = hostile_page(words)
    assert not re.search("[\u202e\x1b\x00]", page)
    assert "Evil gnirts[31m" in page


# --- in a real browser -----------------------------------------------------------------------

CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")

CONSOLE = re.compile(r":CONSOLE[:(]|Content Security Policy")
"""How chromium's log (``--enable-logging=stderr``) reports what a page sent to its console, as
``[pid:tid:time:INFO:CONSOLE:1] "message", source: file:///… (1)``: at INFO level whatever the
severity, so every such line counts. The page has no script, so anything there came from the browser
itself: a CSP violation (which is how a fetch of any resource after the CSP shows up, since the CSP
blocks them all), an SVG attribute it could not parse. The D-Bus and GPU warnings of a container
without a desktop are not console messages and are ignored. Chromium does not log a failed load as
such ("Failed to load resource" goes to DevTools only), hence ``FETCHED`` as well.
"""

FETCHED = re.compile(r"FileURLLoader::Start: (\S+)")
"""A file the browser read (``--vmodule=file_url_loader_factory=1``): anything but the page itself is a
resource the page asked for, found or not, even one placed before the CSP could block it.
``test_the_console_check_catches_a_broken_page`` keeps both checks honest against new chromium versions.
"""


@dataclass(frozen=True)
class Shot:
    page: Path
    png: Path
    log: str

    def console(self) -> list[str]:
        """What the page sent to the console: nothing, for a page without script that fetches nothing."""
        return [line for line in self.log.splitlines() if CONSOLE.search(line)]

    def fetched(self) -> list[str]:
        """Local files the page made the browser read, besides the page itself."""
        return [url for url in FETCHED.findall(self.log) if url != self.page.as_uri()]

    def colours(self) -> dict[tuple[int, int, int], int]:
        with Image.open(self.png) as image:
            found = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
        return {(rgb[0], rgb[1], rgb[2]): count for count, rgb in found if isinstance(rgb, tuple)}


def screenshot(page: str, folder: Path, env: dict[str, str] | None = None, size: str = "1200,900") -> Shot:
    """Chromium, headless and offline, on the page as a local file; its exit status is checked here."""
    assert CHROMIUM is not None
    folder.mkdir(parents=True, exist_ok=True)
    source, png = (folder / "page.html").resolve(), folder / "shot.png"
    source.write_text(page, encoding="utf-8")
    command = [
        CHROMIUM,
        "--headless",  # the "new" headless mode since chromium 132; the old one was removed from this binary
        "--no-sandbox",  # root in a container has no user namespace for the sandbox
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",  # even so, chromium calls Google (time, updates, accounts)
        "--hide-scrollbars",
        f"--user-data-dir={folder / 'profile'}",
        f"--window-size={size}",
        f"--screenshot={png}",
        "--enable-logging=stderr",
        "--v=0",
        "--vmodule=file_url_loader_factory=1",
        source.as_uri(),
    ]
    run = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env, check=False)
    assert run.returncode == 0, run.stderr
    assert png.is_file(), run.stderr
    return Shot(source, png, run.stdout + run.stderr)


def pixels_near(colours: dict[tuple[int, int, int], int], hex_colour: str, tolerance: int = 3) -> int:
    target = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return sum(
        n for rgb, n in colours.items() if all(abs(a - b) <= tolerance for a, b in zip(rgb, target, strict=True))
    )


@needs_chromium
def test_the_console_check_catches_a_broken_page(tmp_path: Path) -> None:
    """A stylesheet from elsewhere, a missing image, an unparsable SVG attribute, and a missing stylesheet
    placed before the CSP: each must be seen, or the checks have gone blind."""
    broken = (
        timeline_page(realistic(), display=EN)
        .replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<link rel="stylesheet" href="before-csp.css">')
        .replace(
            "</body>",
            '<link rel="stylesheet" href="https://example.invalid/x.css"><img src="missing.png" alt="">'
            '<svg viewBox="0 0 10 10" width="10"><circle cx="5" cy="5" r="-1"/></svg>\n</body>',
        )
    )
    shot = screenshot(broken, tmp_path)
    console = shot.console()
    assert any("Content Security Policy" in line and "x.css" in line for line in console), console
    assert any("Content Security Policy" in line and "missing.png" in line for line in console), console
    assert any("attribute r" in line for line in console), console
    assert not any("before-csp.css" in line for line in console), console  # chromium does not report it here
    assert shot.fetched() == [(tmp_path / "before-csp.css").resolve().as_uri()]


@needs_chromium
def test_the_page_renders_in_chromium_with_every_lane_visible(tmp_path: Path) -> None:
    timelines = realistic()
    shot = screenshot(timeline_page(timelines, display=Display("th", "be")), tmp_path)
    assert shot.console() == []
    assert shot.fetched() == []
    colours = shot.colours()
    for i, t in enumerate(timelines):
        # a held round is a filled disc of the lane's colour: a hundred pixels or more each
        assert pixels_near(colours, PALETTE[i]) > 150, f"no {PALETTE[i]} for {t.series.id} in {shot.png}"
    assert pixels_near(colours, PALETTE[len(timelines)]) == 0  # the next colour is not used: the count means something


def thai_fonts() -> list[str]:
    fc_list = shutil.which("fc-list")
    assert fc_list is not None, "fc-list is missing: apt-get install -y fontconfig"
    run = subprocess.run([fc_list, "--format", "%{file}\n", ":lang=th"], capture_output=True, text=True, check=True)
    return sorted(set(run.stdout.split()))


def thai_pair(folder: Path, env: dict[str, str] | None = None) -> tuple[Shot, Shot]:
    """The same page twice, with two different Thai series names of eight spacing consonants each."""
    shots = []
    for i, name in enumerate(("กขคงจฉชซ", "ฌญฎฏฐฑฒณ")):
        series = replace(TH_LA, name_th=name)
        timelines = build_timeline([held(series, 1, "2020-03-01"), held(series, 2, "2021-03-01")])
        shots.append(screenshot(timeline_page(timelines, display=Display("th", "be")), folder / f"name{i}", env))
    return shots[0], shots[1]


def same_pixels(a: Shot, b: Shot) -> bool:
    with Image.open(a.png) as first, Image.open(b.png) as second:
        return first.convert("RGB").tobytes() == second.convert("RGB").tobytes()


@needs_chromium
def test_thai_lane_labels_render_as_thai_letters(tmp_path: Path) -> None:
    """Two pages differ only in the Thai series name, in the lane label and the table heading.

    When no font on the page's font stack (or the fallback) covers Thai, every letter is drawn as the
    same empty box ("tofu"), so two names of eight letters give pixel-identical screenshots; when Thai
    renders, different letters give different pictures. Only spacing consonants are used so that, as
    tofu, both names have the same width. This needs no coordinates and no reference image, so a font
    or layout change does not break it; ``test_the_thai_check_sees_tofu_without_a_thai_font`` shows it
    fails when Thai cannot render.
    """
    assert thai_fonts(), "no Thai font: apt-get install -y fonts-thai-tlwg"
    first, second = thai_pair(tmp_path)
    assert first.console() == second.console() == first.fetched() == second.fetched() == []
    assert not same_pixels(first, second)


@needs_chromium
def test_the_thai_check_sees_tofu_without_a_thai_font(tmp_path: Path) -> None:
    """The check above, with fontconfig limited to one font that has no Thai letters: the pictures match."""
    fc_list = shutil.which("fc-list")
    assert fc_list is not None, "fc-list is missing: apt-get install -y fontconfig"
    run = subprocess.run([fc_list, "--format", "%{file}\n", ":lang=en"], capture_output=True, text=True, check=True)
    latin_only = sorted(set(run.stdout.split()) - set(thai_fonts()))
    assert latin_only, "no font without Thai letters to test with"
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    (fonts / Path(latin_only[0]).name).symlink_to(latin_only[0])
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?>\n<fontconfig><dir>{fonts}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>\n',
        encoding="utf-8",
    )
    first, second = thai_pair(tmp_path, {**os.environ, "FONTCONFIG_FILE": str(config)})
    assert same_pixels(first, second)


@needs_chromium
def test_readme_screenshot(tmp_path: Path) -> None:
    """The pictures in the README, the real page of the bundled examples at 1400 and 500 px: written to
    docs/timeline.png and docs/timeline-narrow.png when DIALOGTRACK_WRITE_DOCS=1, else to tmp."""
    from typer.testing import CliRunner

    from dialogtrack.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["import", str(ROOT / "examples" / "docs")]).exit_code == 0
    result = runner.invoke(app, ["timeline", "--format", "html", "--lang", "th", "--as-of", "2026-11-30"])
    assert result.exit_code == 0, result.output
    write = os.environ.get("DIALOGTRACK_WRITE_DOCS") == "1"
    for name, size in (("timeline.png", "1400,1000"), ("timeline-narrow.png", "500,1100")):
        shot = screenshot(result.stdout, tmp_path / name, size=size)
        assert shot.console() == shot.fetched() == []
        target = ROOT / "docs" / name if write else tmp_path / f"docs-{name}"
        with Image.open(shot.png) as image:  # 256 colours: a third of the bytes, every lane colour kept
            assert image.width == int(size.split(",")[0])
            image.convert("RGB").quantize(colors=256, dither=Image.Dither.NONE).save(target, optimize=True)
        assert target.stat().st_size < 250_000
