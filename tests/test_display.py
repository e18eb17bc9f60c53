"""Thai display and the terminal chart: what users of either language and calendar see."""

from __future__ import annotations

import json
from datetime import date

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from dialogtrack.cli import app
from dialogtrack.models import DateSpan
from dialogtrack.render.display import Display, locale_is_thai

from .conftest import FIXTURES

THAI = Display("th", "be", thai_digits=True)
THAI_ARABIC = Display("th", "be")
ENGLISH_BE = Display("en", "be")


@pytest.mark.parametrize(
    ("display", "span", "shown"),
    [
        (Display(), DateSpan(date(2022, 5, 9)), "2022-05-09"),
        (Display(), DateSpan(date(2022, 5, 9), date(2022, 5, 10)), "2022-05-09–10"),
        (Display(), DateSpan(date(2022, 5, 30), date(2022, 6, 2)), "2022-05-30 – 2022-06-02"),
        (Display(), DateSpan(date(2014, 7, 1), None, "month"), "2014-07"),
        (Display(), None, "—"),
        (THAI, DateSpan(date(2022, 5, 9), date(2022, 5, 10)), "๙–๑๐ พ.ค. ๒๕๖๕"),
        (THAI_ARABIC, DateSpan(date(2022, 5, 9)), "9 พ.ค. 2565"),
        (THAI_ARABIC, DateSpan(date(2024, 2, 29)), "29 ก.พ. 2567"),
        (THAI_ARABIC, DateSpan(date(2014, 7, 1), None, "month"), "ก.ค. 2557"),
        (THAI_ARABIC, DateSpan(date(2019, 1, 1), None, "year"), "2562"),
        (THAI_ARABIC, DateSpan(date(2022, 12, 30), date(2023, 1, 2)), "30 ธ.ค. 2565 – 2 ม.ค. 2566"),
        (ENGLISH_BE, DateSpan(date(2022, 5, 9)), "2565-05-09"),
        (Display("en", "ce", thai_digits=True), DateSpan(date(2022, 5, 9)), "๒๐๒๒-๐๕-๐๙"),
    ],
)
def test_dates_as_each_display_shows_them(display: Display, span: DateSpan | None, shown: str) -> None:
    assert display.span(span) == shown


@pytest.mark.parametrize(
    ("environ", "thai"),
    [
        ({"LANG": "th_TH.UTF-8"}, True),
        ({"LANG": "en_US.UTF-8"}, False),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "th_TH.UTF-8"}, True),
        ({"LANG": "th_TH.UTF-8", "LC_MESSAGES": "C"}, False),
        ({}, False),
    ],
)
def test_the_locale_decides_the_default(environ: dict[str, str], thai: bool) -> None:
    assert locale_is_thai(environ) is thai


@pytest.fixture
def imported(runner: CliRunner) -> None:
    assert runner.invoke(app, ["import", str(FIXTURES / "releases")]).exit_code == 0


def test_thai_labels_names_era_and_digits(runner: CliRunner, imported: None) -> None:
    out = runner.invoke(app, ["timeline", "jp-th", "--lang", "th", "--thai-digits"]).stdout
    assert "การหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น" in out and "ครั้งที่" in out
    assert "๕ มี.ค. ๒๕๖๗" in out  # round 4, 2024-03-05, in the Buddhist era with Thai digits
    assert "2024" not in out


def test_a_thai_locale_shows_thai_unless_told_otherwise(
    runner: CliRunner, imported: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "th_TH.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert "5 มี.ค. 2567" in runner.invoke(app, ["timeline", "jp-th"]).stdout
    english = runner.invoke(app, ["timeline", "jp-th", "--lang", "en", "--calendar", "ce"]).stdout
    assert "2024-03-05" in english and "Thailand–Japan Strategic Dialogue" in english
    # Records stay ISO and English whatever the display.
    assert json.loads(runner.invoke(app, ["timeline", "--format", "json"]).stdout)[0]["start"][:2] in ("19", "20")


def test_anniversaries_in_thai(runner: CliRunner, imported: None) -> None:
    out = runner.invoke(app, ["anniversaries", "--lang", "th"]).stdout
    assert "ความสัมพันธ์ทางการทูตไทย-ญี่ปุ่น" in out and "2430" in out  # founded 1887


@pytest.mark.parametrize("columns", ["60", "100", "160"])
def test_the_chart_has_a_row_per_series_and_fits_the_terminal(
    runner: CliRunner, imported: None, monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    lines = runner.invoke(app, ["timeline", "--chart"]).stdout.splitlines()
    series = json.loads(runner.invoke(app, ["series", "--format", "json"]).stdout)
    rows, axis, legend = lines[: len(series)], lines[len(series)], "\n".join(lines[len(series) + 1 :])
    assert sorted(row[:14] for row in rows) == sorted(s["series"][:14] for s in series)  # a row per series
    assert all(cell_len(line) <= int(columns) for line in lines)
    japan = next(row for row in rows if row.startswith("Thailand–Jap"))
    assert japan.count("●") == 2  # rounds 3 (2022) and 4 (2024)
    assert "2022" in axis and "held" in legend


def test_the_chart_shows_gaps(runner: CliRunner, imported: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    runner.invoke(app, ["meeting", "add", "my-th-annual", "2", "--date", "2016-09-01"])
    lines = runner.invoke(app, ["timeline", "--chart"]).stdout.splitlines()
    malaysia = next(line for line in lines if line.startswith("Thailand–Malaysia"))
    assert "●·" in malaysia  # round 2 in 2016, then rounds 3-6 missing from the record before round 7


@pytest.mark.parametrize(
    ("display", "missing", "rounds", "shown"),
    [
        (Display(), ((4, 6),), (3, 7), "(English text)"),  # English, Common era: the timeline's own words
        (THAI, ((4, 6),), (3, 7), "ไม่มีบันทึกครั้งที่ ๔–๖"),
        (THAI_ARABIC, ((4, 4), (6, 6)), (3, 7), "ไม่มีบันทึกครั้งที่ 4, 6"),
        (THAI_ARABIC, (), (3, 4), "เว้นปี 2561–2562"),
        (ENGLISH_BE, (), (3, 4), "2561–2562 skipped"),
        (ENGLISH_BE, (), (None, 4), "no round on record in 2561–2562"),
    ],
)
def test_gaps_in_each_display(
    display: Display, missing: tuple[tuple[int, int], ...], rounds: tuple[int | None, int], shown: str
) -> None:
    from dialogtrack.views.timeline import Gap

    gap = Gap("s", rounds[0], rounds[1], date(2017, 5, 2), date(2020, 5, 1), missing, 2, "(English text)")
    assert display.gap(gap) == shown
