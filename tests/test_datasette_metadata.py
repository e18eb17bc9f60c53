"""The database is ready to publish with Datasette and the metadata dialogtrack ships: series names
where ids are, sorted tables, column descriptions, internal tables hidden, documents listed without
their text. Checked against the real server, started on loopback with ``dialogtrack db metadata``."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dialogtrack.cli import app

from .test_datasette import free_port, get

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "docs"


@pytest.fixture
def published(runner: CliRunner, isolated_db: Path, tmp_path: Path) -> Iterator[str]:
    """Datasette serving the examples' database with the metadata that ``db metadata`` writes."""
    assert runner.invoke(app, ["import", str(EXAMPLES)]).exit_code == 0
    result = runner.invoke(app, ["db", "metadata"])
    assert result.exit_code == 0, result.output
    metadata = tmp_path / "metadata.json"
    metadata.write_text(result.stdout, encoding="utf-8")
    port = free_port()
    command = shutil.which("datasette", path=str(Path(sys.executable).parent)) or "datasette"
    server = subprocess.Popen(
        [command, "serve", str(isolated_db), "--metadata", str(metadata), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}/{isolated_db.stem}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base}.json", timeout=2).close()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "datasette did not start"
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)
        if server.stderr:
            server.stderr.close()


def page(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:
        return str(response.read().decode("utf-8"))


def test_the_metadata_names_the_database_by_its_file(runner: CliRunner, isolated_db: Path) -> None:
    shipped = json.loads(runner.invoke(app, ["db", "metadata"]).stdout)
    assert list(shipped["databases"]) == [isolated_db.stem]
    tables = shipped["databases"][isolated_db.stem]["tables"]
    assert tables["series"]["label_column"] == "name_en"


def test_series_ids_read_as_names(published: str) -> None:
    rows = get(f"{published}/meetings.json?_shape=array&_labels=on&_size=max")
    names = {r["series_id"]["value"]: r["series_id"]["label"] for r in rows}
    assert names["jp-th-strategic-dialogue"] == "Thailand–Japan Strategic Dialogue"
    assert all(label and label != value for value, label in names.items())
    html = page(f"{published}/meetings")
    assert "Thailand–Japan Strategic Dialogue" in html  # the table page shows the name beside the id


@pytest.mark.parametrize("table", ["meetings", "meetings_named"])
def test_meetings_are_sorted_oldest_first(published: str, table: str) -> None:
    starts = [r["start"] for r in get(f"{published}/{table}.json?_shape=array&_size=max")]
    assert len(starts) > 10
    dated = [s for s in starts if s]
    assert dated == sorted(dated)
    assert starts != get(f"{published}/{table}.json?_shape=array&_size=max&_sort_desc=start")


def test_documents_are_listed_newest_first_without_their_text_and_searchable(published: str) -> None:
    rows = get(f"{published}/documents_list.json?_shape=array&_size=max")
    assert rows and "text" not in rows[0] and rows[0]["characters"] > 100
    published_dates = [r["published"] for r in rows if r["published"]]
    assert published_dates == sorted(published_dates, reverse=True)
    thai = urllib.parse.quote("ยุทธศาสตร์")
    assert get(f"{published}/documents_list.json?_search=Canberra&_shape=array")
    assert get(f"{published}/documents_list.json?_search={thai}&_shape=array")
    assert 'name="_search"' in page(f"{published}/documents_list")


def test_internal_tables_are_hidden_and_the_ones_people_read_are_listed(published: str) -> None:
    database = get(f"{published}.json")
    hidden = {t["name"] for t in database["tables"] if t["hidden"]}
    shown = {t["name"] for t in database["tables"] if not t["hidden"]}
    assert {"_sqlite_migrations", "input_hashes", "documents", "documents_fts", "document_origins"} <= hidden
    assert {"meetings", "series", "meeting_sources", "mentions", "relations"} <= shown
    assert {v["name"] for v in database["views"]} >= {"meetings_named", "documents_list"}


def test_tables_and_columns_are_described(published: str) -> None:
    html = page(f"{published}/meetings")
    assert "One row per round of a series" in html
    assert "Co-chairs as the sources name them" in html
    assert "Recurring dialogues" in page(f"{published}/series")


def test_every_table_and_view_is_described_or_hidden(isolated_db: Path) -> None:
    from dialogtrack.storage.store import open_db

    open_db(isolated_db)  # every migration applied
    shipped = json.loads(CliRunner().invoke(app, ["db", "metadata"]).stdout)
    tables = shipped["databases"][isolated_db.stem]["tables"]
    with sqlite3.connect(isolated_db) as conn:
        names = {row[0] for row in conn.execute("select name from sqlite_master where type in ('table', 'view')")}
    own = {n for n in names if not n.startswith(("documents_fts", "sqlite_"))}
    assert {n for n in own if not tables.get(n, {}).get("hidden") and "description" not in tables.get(n, {})} == set()
