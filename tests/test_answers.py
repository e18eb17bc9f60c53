"""Answers a user can act on, through the real CLI on a database of the bundled examples: upcoming never
drops a round, filters say what they matched, options read dates as users type them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from dialogtrack.cli import app
from dialogtrack.models import DateSpan
from dialogtrack.recognising.dates import to_thai_digits
from dialogtrack.render.display import Display
from dialogtrack.render.tables import how_far
from dialogtrack.views.selection import parse_option_date


def run(runner: CliRunner, *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result


def records(runner: CliRunner, *args: str) -> Any:
    return json.loads(run(runner, *args, "--format", "json").stdout)


def by_series(items: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        if item["type"] == "meeting":
            out.setdefault(item["series_id"], []).append(item)
    return out


# --- upcoming ---------------------------------------------------------------------------------


def test_a_round_whose_date_passed_stays_as_unconfirmed(runner: CliRunner, db: Path) -> None:
    """Cambodia's JC 10 was set for 22-23 Feb 2024; on 1 March nothing reports it held."""
    [jc] = by_series(records(runner, "upcoming", "--as-of", "2024-03-01", "--within", "30d"))["kh-th-joint-commission"]
    assert (jc["round"], jc["status"], jc["date"], jc["end"], jc["days_until"]) == (
        10,
        "unconfirmed",
        "2024-02-22",
        "2024-02-23",
        -8,
    )
    meetings = records(runner, "timeline", "kh-th-joint-commission", "--as-of", "2024-03-01")
    assert [(m["round"], m["status"], m["unconfirmed"]) for m in meetings] == [
        (9, "held", False),
        (10, "scheduled", True),
    ]
    table = run(runner, "timeline", "kh-th-joint-commission", "--as-of", "2024-03-01").stdout
    assert "2024-02-22–23 (unconfirmed)" in table
    before = records(runner, "timeline", "kh-th-joint-commission", "--as-of", "2024-02-01")
    assert [m["unconfirmed"] for m in before] == [False, False]


def test_every_series_has_its_next_item(runner: CliRunner, db: Path) -> None:
    items = by_series(records(runner, "upcoming", "--as-of", "2024-03-01"))
    series = {s["series_id"] for s in records(runner, "series")}
    assert set(items) == series
    [laos] = items["la-th-joint-commission"]  # one round on record, no cadence
    assert (laos["round"], laos["status"], laos["date"], laos["days_until"]) == (24, "undated", None, None)
    assert laos["basis"].startswith("date unknown (one round on record)")
    table = run(runner, "upcoming", "--as-of", "2024-03-01").stdout
    assert "Thailand–Laos Joint Commission" in table
    assert "date unknown" in table


def test_a_long_silent_series_is_dormant_not_overdue_by_years(runner: CliRunner, db: Path) -> None:
    [jp] = by_series(records(runner, "upcoming", "--as-of", "2030-01-01"))["jp-th-strategic-dialogue"]
    assert jp["status"] == "dormant"
    assert jp["basis"].startswith("no round since 2021;")
    [soon] = by_series(records(runner, "upcoming", "--as-of", "2023-04-01"))["jp-th-strategic-dialogue"]
    assert soon["status"] == "overdue"


@pytest.mark.parametrize(
    ("series_id", "when"),
    [
        ("mlc-leaders-meeting", "this year"),  # planned for 2024
        ("la-th-joint-cabinet-retreat", "next year"),  # planned for 2025
        ("nz-th-strategic-dialogue", "in 2026"),
        ("jp-th-strategic-dialogue", "13 months ago"),  # expected 2023-02
        ("th-vn-joint-commission", "in 6 months"),  # 12-14 Sep 2024
        ("kh-th-joint-commission", "8 days ago"),
        ("la-th-joint-commission", "date unknown"),
    ],
)
def test_dates_read_at_their_precision(
    runner: CliRunner, db: Path, monkeypatch: pytest.MonkeyPatch, series_id: str, when: str
) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # one line per row
    [item] = by_series(records(runner, "upcoming", "--as-of", "2024-03-01"))[series_id]
    table = run(runner, "upcoming", "--as-of", "2024-03-01").stdout
    [row] = [line for line in table.splitlines() if item["series"] in line]
    assert [cell.strip() for cell in row.split("│")][2] == when


def test_year_precision_keeps_days_to_the_first_day_in_json(runner: CliRunner, db: Path) -> None:
    [item] = by_series(records(runner, "upcoming", "--as-of", "2024-03-01"))["la-th-joint-cabinet-retreat"]
    assert (item["date"], item["precision"], item["days_until"]) == ("2025", "year", 306)


# --- filters and options ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "nosuch"], "Error: no series matches 'nosuch' (see: dialogtrack series)\n"),
        (
            ["timeline", "strategc dialogue"],
            "Error: no series matches 'strategc dialogue'; did you mean",
        ),
        (["timeline", "--country", "XX"], "Error: 'XX' is not a country dialogtrack knows"),
        (["timeline", "--since", "2024", "--until", "2020"], "Error: --since 2024 is after --until 2020; swap them\n"),
        (["search", "Dialogue", "--series", "nosuch"], "Error: no series matches 'nosuch'"),
        (["meeting", "edit", "nosuch", "1", "--place", "Rome"], "Error: no series matches 'nosuch'"),
        (["upcoming", "--as-of", "0000-01-01"], "Error: --as-of '0000-01-01': year 0 is out of range"),
        (["upcoming", "--as-of", "9999-01-01"], "Error: --as-of '9999-01-01': year 9999 is out of range"),
        (["timeline", "--since", "2024-02-30"], "Error: --since '2024-02-30': no such day"),
    ],
)
def test_a_filter_matching_nothing_is_one_line_with_a_suggestion(
    runner: CliRunner, db: Path, args: list[str], message: str
) -> None:
    result = run(runner, *args, code=1)
    assert result.stderr.startswith(message), result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_a_filter_with_no_rounds_in_range_says_so(runner: CliRunner, db: Path) -> None:
    out = run(runner, "timeline", "kh-th-joint-commission", "--since", "2030").stdout
    assert out == "no rounds of Thailand–Cambodia Joint Commission from 2030-01-01; 2 on record\n"
    out = run(runner, "timeline", "--since", "2544", "--until", "2002").stdout
    assert out == "no rounds of any series between 2001-01-01 and 2002-12-31; 26 on record\n"
    result = run(runner, "timeline", "--country", "FR", "--format", "json")
    assert json.loads(result.stdout) == []
    assert result.stderr.startswith("Note: no series with FR on record; 15 series on record")
    out = run(runner, "timeline", "jp-th-strategic-dialogue", "--country", "KR").stdout
    assert out == "no series with KR on record among those named; 15 series on record\n"
    assert "No meetings on record" not in out


def test_until_a_year_reaches_its_last_day(runner: CliRunner, db: Path) -> None:
    rounds = records(runner, "timeline", "kh-th-joint-commission", "--until", "2024")
    assert [m["round"] for m in rounds] == [9, 10]


def test_hand_added_aliases_select_their_series_everywhere(runner: CliRunner, db: Path) -> None:
    run(runner, "series", "alias", "add", "kh-th-joint-commission", "JCBC")
    assert {m["series_id"] for m in records(runner, "timeline", "JCBC")} == {"kh-th-joint-commission"}
    assert {m["series_id"] for m in records(runner, "timeline", "jcbc")} == {"kh-th-joint-commission"}
    found = records(runner, "search", "กัมพูชา", "--series", "JCBC")
    assert found == records(runner, "search", "กัมพูชา", "--series", "kh-th-joint-commission")
    assert 0 < len(found) < len(records(runner, "search", "กัมพูชา"))
    run(runner, "meeting", "edit", "JCBC", "9", "--place", "Siem Reap Province")
    [nine] = [m for m in records(runner, "timeline", "JCBC") if m["round"] == 9]
    assert nine["location"] == "Siem Reap Province"


@pytest.mark.parametrize("country", ["JP", "jp", "Japan", "ญี่ปุ่น"])
def test_country_by_code_english_or_thai_name(runner: CliRunner, db: Path, country: str) -> None:
    assert {m["series_id"] for m in records(runner, "timeline", "--country", country)} == {"jp-th-strategic-dialogue"}


@pytest.mark.parametrize("typed", ["2567-06-01", "๒๕๖๗-๐๖-๐๑", "1 มิ.ย. 2567"])
def test_buddhist_era_and_thai_digits_in_date_options(runner: CliRunner, db: Path, typed: str) -> None:
    result = run(runner, "upcoming", "--as-of", typed, "--format", "json")
    assert result.stderr == f"Note: --as-of {typed}: read as 2024-06-01 (Buddhist era)\n"
    assert json.loads(result.stdout) == records(runner, "upcoming", "--as-of", "2024-06-01")


def test_db_before_the_command(runner: CliRunner, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIALOGTRACK_DB", str(tmp_path / "elsewhere.db"))
    before = records(runner, "--db", str(db), "timeline")
    after = records(runner, "timeline", "--db", str(db))
    assert before == after and len(before) == 26


@pytest.mark.parametrize(
    "command",
    [["timeline"], ["upcoming"], ["series"], ["anniversaries"], ["search", "Dialogue"], ["timeline", "--chart"]],
)
def test_reading_a_database_that_is_not_there_creates_nothing(
    runner: CliRunner, tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "new-folder" / "none.db"
    result = run(runner, *command, "--db", str(missing), code=1)
    assert result.stderr == (
        f"Error: {missing}: no database there yet; import releases first: dialogtrack import PATH --db {missing}\n"
    )
    assert not missing.parent.exists()


# --- output conventions -----------------------------------------------------------------------


def test_csv_keeps_numbers_as_numbers_and_guards_text(runner: CliRunner, db: Path) -> None:
    import csv
    import io

    run(runner, "meeting", "edit", "jp-th-strategic-dialogue", "7", "--place", "=HYPERLINK(1)")
    rows = list(csv.DictReader(io.StringIO(run(runner, "upcoming", "--as-of", "2024-03-01", "--format", "csv").stdout)))
    [jp] = [r for r in rows if r["series_id"] == "jp-th-strategic-dialogue"]
    assert jp["days_until"] == "-394"
    timeline = run(runner, "timeline", "jp-th-strategic-dialogue", "--format", "csv").stdout
    [seven] = [r for r in csv.DictReader(io.StringIO(timeline)) if r["round"] == "7"]
    assert seven["location"] == "'=HYPERLINK(1)"


@pytest.mark.parametrize(
    ("args", "columns"),
    [
        (["timeline", "--country", "FR"], "id,series,series_th,series_id,countries,round,start,end,location"),
        (["search", "no such words anywhere"], "document,title,origin,published,sentence"),
        (["corrections"], "id,at,command,record,summary,undone_at"),
    ],
)
def test_an_empty_csv_still_has_its_header(runner: CliRunner, db: Path, args: list[str], columns: str) -> None:
    out = run(runner, *args, "--format", "csv").stdout
    assert out.startswith(columns) and out.count("\n") == 1, out
    assert run(runner, *args, "--format", "md").stdout.startswith("| " + columns.split(",")[0] + " |")


def test_the_empty_headers_are_the_records_keys(runner: CliRunner, db: Path) -> None:
    from dialogtrack.render.formats import MEETING_COLUMNS, SERIES_COLUMNS, UPCOMING_COLUMNS

    assert tuple(records(runner, "timeline")[0]) == MEETING_COLUMNS
    assert tuple(records(runner, "series")[0]) == SERIES_COLUMNS
    keys = {key for item in records(runner, "upcoming", "--as-of", "2024-03-01") for key in item}
    assert keys == set(UPCOMING_COLUMNS)


def test_an_empty_upcoming_csv_has_its_header(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("A note that names no dialogue at all.", encoding="utf-8")
    run(runner, "import", str(tmp_path / "note.txt"))
    out = run(runner, "upcoming", "--format", "csv").stdout
    assert (
        out
        == "type,date,days_until,precision,end,series,series_id,countries,round,status,basis,relation,ordinal,established\n"
    )


# --- import -----------------------------------------------------------------------------------


def test_the_summary_counts_what_it_skipped_and_releases_without_rounds(runner: CliRunner, tmp_path: Path) -> None:
    from .conftest import EXAMPLES

    folder = tmp_path / "mixed"
    folder.mkdir()
    for name in ("101-mfa-thai-aus-sot15-2023-en.txt", "112-mfasg-thai-fm-courtesy-call-2022-en.txt"):
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    for name in ("photo.jpg", "sheet.xlsx", "scan.jpg"):
        (folder / name).write_bytes(b"\x00\x01")
    out = run(runner, "import", str(folder)).stdout.splitlines()
    assert out == [
        "imported 2, unchanged 0, failed 0; 3 meetings, 1 relations on record",
        "skipped 3: not a release format (.jpg, .xlsx)",
        "1 of the releases imported named no dialogue round",
    ]
    verbose = run(runner, "import", str(folder), "--verbose").stdout.splitlines()
    assert verbose[:5] == [
        f"unchanged {folder / '101-mfa-thai-aus-sot15-2023-en.txt'}",
        f"unchanged {folder / '112-mfasg-thai-fm-courtesy-call-2022-en.txt'}",
        f"skipped {folder / 'photo.jpg'}: not a release format",
        f"skipped {folder / 'scan.jpg'}: not a release format",
        f"skipped {folder / 'sheet.xlsx'}: not a release format",
    ]


def test_verbose_names_the_rounds_each_release_reports(runner: CliRunner, tmp_path: Path) -> None:
    from .conftest import EXAMPLES

    release = tmp_path / "sot15.txt"
    release.write_bytes((EXAMPLES / "101-mfa-thai-aus-sot15-2023-en.txt").read_bytes())
    [line, *_] = run(runner, "import", str(release), "-v").stdout.splitlines()
    assert line.startswith(f"imported {release}: ")
    assert "au-th-senior-officials-talks/15" in line.split(": ", 1)[1].split(", ")


@pytest.mark.parametrize(
    ("name", "title"),
    [
        (
            "111-mod-thai-us-dst8-2024-th.txt",
            "ปลัดกระทรวงกลาโหมเป็นประธานร่วมการหารือยุทธศาสตร์ด้านการป้องกันประเทศไทย-สหรัฐฯ ครั้งที่ ๘",
        ),
        (
            "105-eeas-eu-thailand-inaugural-som-2023-en.txt",
            "EU and Thailand hold first Senior Officials' Meeting under their new partnership",
        ),
        ("113-state-us-thailand-sdd2-2024-en.txt", "Second U.S.-Thailand Strategic and Defense Dialogue"),
        ("101-mfa-thai-aus-sot15-2023-en.txt", "The 15th Thailand–Australia Senior Officials' Talks in Canberra"),
    ],
)
def test_the_stored_title_is_the_article_s_own(db: Path, name: str, title: str) -> None:
    import sqlite3

    with sqlite3.connect(db) as conn:
        [(stored,)] = conn.execute("select title from documents where origin like ?", [f"%{name}"]).fetchall()
    assert stored == title


def _commands() -> list[list[str]]:
    import typer

    def walk(group: typer.Typer, prefix: list[str]) -> list[list[str]]:
        found = [prefix] if prefix else []
        found += [[*prefix, c.name or (c.callback.__name__ if c.callback else "")] for c in group.registered_commands]
        for sub in group.registered_groups:
            if sub.typer_instance is not None and sub.name:
                found += walk(sub.typer_instance, [*prefix, sub.name])
        return found

    return walk(app, [])


@pytest.mark.parametrize("command", _commands(), ids=" ".join)
def test_every_help_ends_with_a_whole_example(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "60")  # narrower than every example: none may be wrapped
    out = run(runner, *command, "--help").stdout
    lines = out.splitlines()
    examples = [i for i, line in enumerate(lines) if line.strip().startswith("Example: ") and "dialogtrack " in line]
    assert examples, out
    for i in examples:
        assert i + 1 == len(lines) or not lines[i + 1].strip() or "Example:" in lines[i + 1], out
    assert "round_" not in out and "None" not in out


# --- the rules behind them, as tables and properties -------------------------------------------

TODAY = date(2024, 3, 1)


@pytest.mark.parametrize(
    ("span", "days", "english", "thai"),
    [
        (DateSpan(date(2024, 1, 1), None, "year"), 0, "this year", "ปีนี้"),
        (DateSpan(date(2025, 1, 1), None, "year"), 306, "next year", "ปีหน้า"),
        (DateSpan(date(2023, 1, 1), None, "year"), -425, "last year", "ปีที่แล้ว"),
        (DateSpan(date(2027, 1, 1), None, "year"), 1036, "in 2027", "ในปี ๒๕๗๐"),
        (DateSpan(date(2016, 1, 1), None, "year"), -2982, "8 years ago", "๘ ปีที่แล้ว"),
        (DateSpan(date(2024, 3, 1), None, "month"), 0, "this month", "เดือนนี้"),
        (DateSpan(date(2024, 4, 1), None, "month"), 31, "next month", "เดือนหน้า"),
        (DateSpan(date(2025, 5, 1), None, "month"), 426, "in 14 months", "อีก ๑๔ เดือน"),
        (DateSpan(date(2028, 5, 1), None, "month"), 1522, "in 4 years", "อีก ๔ ปี"),
        (DateSpan(date(2024, 3, 1)), 0, "today", "วันนี้"),
        (DateSpan(date(2024, 3, 13)), 12, "in 12 days", "อีก ๑๒ วัน"),
        (DateSpan(date(2024, 2, 22)), -8, "8 days ago", "๘ วันที่แล้ว"),
        (DateSpan(date(2024, 6, 1)), 92, "in 3 months", "อีก ๓ เดือน"),
        (DateSpan(date(2016, 3, 1)), -2922, "8 years ago", "๘ ปีที่แล้ว"),
        (None, None, "date unknown", "ไม่ทราบวันที่"),
    ],
)
def test_how_far_a_date_is_reads_at_its_precision(
    span: DateSpan | None, days: int | None, english: str, thai: str
) -> None:
    assert how_far(span, days, TODAY) == english
    assert how_far(span, days, TODAY, Display("th", "be", True)) == thai


@given(st.dates(min_value=date(1857, 1, 1), max_value=date(2399, 12, 31)))
def test_a_buddhist_era_date_in_an_option_reads_as_its_common_era_day(day: date) -> None:
    be = f"{day.year + 543}-{day:%m-%d}"
    for typed in (be, to_thai_digits(be)):
        read = parse_option_date(typed)
        assert read.span == DateSpan(day) and read.reading == f"read as {day.isoformat()} (Buddhist era)"
    assert parse_option_date(day.isoformat()) == type(read)(DateSpan(day), None)


@given(st.integers(min_value=0, max_value=999) | st.integers(min_value=2943, max_value=9999))
def test_years_out_of_range_are_refused(year: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        parse_option_date(f"{year:04d}-01-01")
