"""End to end: the real CLI on a temporary database, with releases written for these tests."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from rich.cells import cell_len
from typer.testing import CliRunner

from dialogtrack.cli import app

from .conftest import FIXTURES

RELEASES = FIXTURES / "releases"
BAD = FIXTURES / "bad"


def run(runner: CliRunner, *args: str, code: int = 0, stdin: bytes | None = None) -> str:
    result = runner.invoke(app, list(args), input=stdin)
    assert result.exit_code == code, result.output
    return result.output


def as_json(runner: CliRunner, *args: str) -> Any:
    return json.loads(run(runner, *args, "--format", "json"))


def test_import_then_timeline_merges_sources_across_languages(runner: CliRunner) -> None:
    out = run(runner, "import", str(RELEASES))
    assert "imported 4, unchanged 0, failed 0" in out
    meetings = {(m["series_id"], m["round"]): m for m in as_json(runner, "timeline")}
    sd4 = meetings[("jp-th-strategic-dialogue", 4)]
    assert (sd4["start"], sd4["end"], sd4["location"], sd4["status"]) == ("2024-03-05", None, "Tokyo", "held")
    assert len(sd4["sources"]) == 2
    assert {"Takeshi Yamada", "Pimjai Jaidee", "พิมพ์ใจ ใจดี", "ทาเคชิ ยามาดะ"} <= set(sd4["co_chairs"])
    assert sd4["series"] == "Thailand–Japan Strategic Dialogue"
    assert sd4["countries"] == ["JP", "TH"]
    past = meetings[("jp-th-strategic-dialogue", 3)]
    assert (past["start"], past["location"]) == ("2022-06", "Bangkok")
    sot = meetings[("au-th-senior-officials-talks", 16)]
    assert (sot["start"], sot["end"], sot["location"]) == ("2024-08-17", "2024-08-18", "Canberra")
    assert meetings[("au-th-senior-officials-talks", 17)]["status"] == "planned"
    cp874 = meetings[("my-th-annual-consultation", 7)]
    assert (cp874["start"], cp874["location"]) == ("2023-12-11", "Bangkok")
    # Text hidden in scripts and footers is not read.
    assert not any(m["round"] in (50, 99) for m in meetings.values())
    starts = [m["start"] for m in as_json(runner, "timeline")]
    assert starts == sorted(starts)


def table_dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        skip = {"_sqlite_migrations"}
        return {
            t: sorted(conn.execute(f"select * from [{t}]").fetchall(), key=repr)
            for t in tables
            if t not in skip and not t.startswith("documents_fts")
        }


def test_importing_twice_changes_nothing(runner: CliRunner, isolated_db: Path) -> None:
    run(runner, "import", str(RELEASES))
    before = table_dump(isolated_db)
    out = run(runner, "import", str(RELEASES))
    assert "imported 0, unchanged 4, failed 0" in out
    assert table_dump(isolated_db) == before


def test_bad_inputs_fail_alone_with_one_line_each(runner: CliRunner) -> None:
    result = runner.invoke(
        app,
        [
            "import",
            str(BAD / "empty.txt"),
            str(RELEASES),
            str(BAD / "picture.txt"),
            str(BAD / "garbled.txt"),
            "no/such/file.txt",
        ],
    )
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 4, result.output
    assert any("garbled.txt: not text: the bytes are neither UTF-8 nor Thai cp874" in e for e in errors)
    assert any("empty.txt: empty" in e for e in errors)
    assert any("picture.txt: not text" in e for e in errors)
    assert any("no/such/file.txt: no such file or folder" in e for e in errors)
    assert "Traceback" not in result.output
    assert "imported 4" in result.output
    assert len(as_json(runner, "timeline")) == 6


def test_upcoming_and_anniversaries(runner: CliRunner) -> None:
    run(runner, "import", str(RELEASES))
    relations = as_json(runner, "anniversaries")
    by_name = {r["relation"]: r for r in relations}
    assert by_name["Thailand–Japan diplomatic relations"]["established"] == "1887"
    assert by_name["Thailand–Japan diplomatic relations"]["milestones"][0]["ordinal"] == 140
    assert by_name["Thailand–Australia diplomatic relations"]["established"] == "1952"
    items = as_json(runner, "upcoming", "--as-of", "2024-09-01")
    dates = [i["date"] for i in items]
    assert dates == sorted(dates)
    jp = next(i for i in items if i["type"] == "meeting" and i["series_id"] == "jp-th-strategic-dialogue")
    assert (jp["round"], jp["date"], jp["status"]) == (5, "2025-03", "expected")
    assert any(i["type"] == "anniversary" and i["ordinal"] == 75 and i["date"] == "2027" for i in items)
    soon = as_json(runner, "upcoming", "--as-of", "2024-09-01", "--within", "100d")
    assert [(i["series_id"], i["round"]) for i in soon] == [("my-th-annual-consultation", 8)]


def test_series_lists_aliases_as_written(runner: CliRunner) -> None:
    run(runner, "import", str(RELEASES))
    series = {s["series_id"]: s for s in as_json(runner, "series")}
    jp = series["jp-th-strategic-dialogue"]
    assert "การหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น" in jp["aliases"]
    assert "Japan-Thailand Strategic Dialogue" in jp["aliases"]
    assert jp["rounds"] == [3, 4]
    assert jp["cadence"]["claimed_months"] == 12


def test_a_later_release_that_names_a_series_more_fully_renames_it(runner: CliRunner, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("The 3rd Thailand-Laos Joint Committee met in Vientiane on 5 March 2024.", encoding="utf-8")
    second.write_text(
        "The 4th Thailand-Laos Joint Committee on Trade and Investment met in Bangkok on 6 March 2025.",
        encoding="utf-8",
    )
    for release in (first, second):  # one import each: the series is on record before the fuller name comes
        run(runner, "import", str(release))
    names = {m["series"] for m in as_json(runner, "timeline")}
    assert names == {"Thailand–Laos Joint Committee on Trade and Investment"}


def test_tables_render_at_80_columns(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    run(runner, "import", str(RELEASES))
    for command in ("timeline", "upcoming", "anniversaries", "series"):
        out = run(runner, command)
        assert max(cell_len(line) for line in out.splitlines()) <= 80, command
    assert "Thailand–Japan Strategic Dialogue" in run(runner, "timeline")


def test_document_text_cannot_inject_markup_or_escapes(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "evil.txt"
    page.write_text(
        "\x1b[31mred\x1b[0m [bold]Fake[/bold]\n\nThe 3rd Thailand-India Strategic Dialogue was held in New Delhi on "
        "5 March 2024. It was co-chaired by Mr. Evil\x1b[5mBlink Person and Ms. Real Person.",
        encoding="utf-8",
    )
    run(runner, "import", str(page))
    out = run(runner, "timeline")
    assert "\x1b" not in out
    assert "Real Person" in out


def test_tables_show_markup_literally() -> None:
    from rich.console import Console

    from dialogtrack.models import DateSpan, Meeting, Series
    from dialogtrack.render.tables import timeline_view
    from dialogtrack.views.timeline import build_timeline

    series = Series(
        "in-th-strategic-dialogue", "[bold]Thailand–India[/bold] Strategic Dialogue", "x", ("IN", "TH"), "k"
    )
    meeting = Meeting(
        series,
        3,
        DateSpan.from_iso("2024-03-05"),
        "[link=http://x]New Delhi[/link]",
        ("[blink]Evil[/blink] Person", "\x1b[31mRed Person"),
        "held",
        (),
    )
    console = Console(record=True, width=120, color_system=None)
    console.print(timeline_view(build_timeline([meeting])))
    shown = console.export_text()
    assert "[bold]Thailand–India[/bold] Strategic Dialogue" in shown
    assert "[link=http://x]New Delhi[/link]" in shown
    assert "[blink]Evil[/blink] Person" in shown
    assert "\x1b" not in shown and "[31m" not in shown and "Red Person" in shown


def test_db_path_follows_option_then_environment(runner: CliRunner, isolated_db: Path, tmp_path: Path) -> None:
    assert run(runner, "db", "path").strip() == str(isolated_db)
    assert run(runner, "db", "path", "--db", str(tmp_path / "x.db")).strip() == str(tmp_path / "x.db")


def test_stdin_import(runner: CliRunner) -> None:
    text = (RELEASES / "en-jp-sd4-2024.txt").read_bytes()
    run(runner, "import", "-", stdin=text)
    [meeting] = as_json(runner, "timeline")
    assert meeting["sources"][0]["origin"] == "<stdin>"


@pytest.fixture
def server() -> Iterator[str]:
    pages = {
        "/note.html": (200, "text/html; charset=utf-8", (RELEASES / "au-th-sot16-2024.html").read_bytes()),
        "/missing.html": (404, "text/html", b"not here"),
        "/big.txt": (200, "text/plain", b"The 2nd Thailand-India Strategic Dialogue. " * 100),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, kind, body = pages.get(self.path, (404, "text/plain", b""))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_import_against_a_local_server(runner: CliRunner, server: str) -> None:
    result = runner.invoke(
        app,
        [
            "import",
            f"{server}/note.html",
            f"{server}/missing.html",
            f"{server}/big.txt",
            "file:///etc/passwd",
            "--max-bytes",
            "3000",
            "--timeout",
            "5",
        ],
    )
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {server}/missing.html: HTTP 404 Not Found",
        f"Error: {server}/big.txt: larger than 3000 bytes; raise --max-bytes",
        "Error: file:///etc/passwd: unsupported URL scheme 'file'; only http and https",
    ]
    assert "imported 1, unchanged 0, failed 3" in result.stdout
    meetings = as_json(runner, "timeline")
    assert {(m["series_id"], m["round"]) for m in meetings} >= {("au-th-senior-officials-talks", 16)}
    assert meetings[0]["sources"][0]["origin"].startswith(server)


def test_bad_options_give_one_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["upcoming", "--as-of", "next tuesday"])
    assert result.exit_code == 1
    assert "not a date" in result.output


def test_version(runner: CliRunner) -> None:
    assert run(runner, "--version").startswith("dialogtrack ")


def test_a_second_import_skips_known_files_and_stores_nothing(
    runner: CliRunner, isolated_db: Path, tmp_path: Path
) -> None:
    run(runner, "import", str(RELEASES))
    before = table_dump(isolated_db)
    copy = tmp_path / "copy.txt"
    copy.write_bytes((RELEASES / "en-jp-sd4-2024.txt").read_bytes())
    out = run(runner, "import", str(RELEASES), str(copy))
    assert "imported 0, unchanged 5, failed 0" in out
    after = table_dump(isolated_db)
    added = [row for row in after["document_origins"] if row not in before["document_origins"]]
    assert len(added) == 1 and added[0][1] == str(copy)  # the copy is one more origin of the same document
    assert {t: rows for t, rows in after.items() if t != "document_origins"} == {
        t: rows for t, rows in before.items() if t != "document_origins"
    }


@pytest.mark.parametrize(
    ("command", "answer"),
    [
        ("timeline", "No meetings on record"),
        ("upcoming", "Nothing upcoming: no series and no relations on record."),
        ("series", "No series on record. Import releases with: dialogtrack import PATH"),
    ],
)
def test_an_empty_answer_is_given_without_loading_the_table_renderer(tmp_path: Path, command: str, answer: str) -> None:
    """Start-up: the one line an empty database answers needs no Rich tables (they cost more than the rest
    of the command's start-up)."""
    import subprocess
    import sys

    db = tmp_path / "empty.db"
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from dialogtrack.storage.store import open_db\n"
        f"open_db(Path({str(db)!r})).close()\n"
        "for name in [m for m in sys.modules if m.startswith(('rich', 'dialogtrack'))]:\n"
        "    del sys.modules[name]\n"
        "from dialogtrack.cli import main\n"
        f"sys.argv = ['dialogtrack', {command!r}, '--db', {str(db)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('rich.table' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert answer in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "False", done.stderr


@pytest.mark.parametrize(
    ("releases", "expected"),
    [
        pytest.param(  # more pairs of facing towns exist than the registry lists
            [
                "The 60th Thailand-Myanmar Township Border Committee met in Kawthaung on 5 March 2024.",
                "The 4th Thailand-Myanmar Township Border Committee met in Kanchanaburi on 6 March 2024.",
            ],
            {
                ("Thailand–Myanmar Township Border Committee (Ranong–Kawthaung)", 60),
                ("Thailand–Myanmar Township Border Committee", 4),
            },
            id="a local committee without its towns is none of the pairs on record",
        ),
        pytest.param(  # a programme's joint committee at its 3rd meeting is not the railway one at its 30th
            [
                "The 3rd Thailand-China Joint Committee met in Qingdao on 5 March 2024.",
                "The 30th Thailand-China Joint Committee on Railway Cooperation met in Bangkok on 6 March 2024.",
            ],
            {
                ("Thailand–China Joint Committee", 3),
                ("Thailand–China Joint Committee on Railway Cooperation", 30),
            },
            id="a short name whose rounds are far from the fuller name's stays apart",
        ),
        pytest.param(
            [
                "The 3rd Thailand-China Joint Committee met in Beijing on 5 March 2024.",
                "The 30th Thailand-China Joint Committee on Railway Cooperation met in Bangkok on 6 March 2024.",
                "The 9th Thailand-China Joint Committee on Science and Technology Cooperation met in Bangkok on "
                "7 March 2024.",
            ],
            {
                ("Thailand–China Joint Committee", 3),
                ("Thailand–China Joint Committee on Railway Cooperation", 30),
                ("Thailand–China Joint Committee on Science and Technology Cooperation", 9),
            },
            id="a short name stays apart when two bodies of its kind have subjects",
        ),
    ],
)
def test_which_series_a_body_named_without_its_subject_or_towns_is(
    runner: CliRunner, tmp_path: Path, releases: list[str], expected: set[tuple[str, int]]
) -> None:
    for i, text in enumerate(releases):  # one import each, in order: each series on record before the next
        (tmp_path / f"{i}.txt").write_text(text, encoding="utf-8")
        run(runner, "import", str(tmp_path / f"{i}.txt"))
    assert {(m["series"], m["round"]) for m in as_json(runner, "timeline")} == expected
