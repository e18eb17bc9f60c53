"""The database browses well with Datasette: the real server, started on loopback, reads it."""

from __future__ import annotations

import json
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dialogtrack.cli import app

from .conftest import FIXTURES


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def datasette(runner: CliRunner, isolated_db: Path) -> Iterator[str]:
    """A Datasette server over a database holding the test releases; its base URL."""
    assert runner.invoke(app, ["import", str(FIXTURES / "releases")]).exit_code == 0
    port = free_port()
    command = shutil.which("datasette", path=str(Path(sys.executable).parent)) or "datasette"
    server = subprocess.Popen(
        [command, "serve", str(isolated_db), "--host", "127.0.0.1", "--port", str(port)],
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


def get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def test_the_search_box_searches_documents_in_thai_and_english(datasette: str) -> None:
    english = get(f"{datasette}/documents.json?_search=Canberra&_shape=array&_col=title")
    thai = get(
        f"{datasette}/documents.json?_search=%E0%B8%A2%E0%B8%B8%E0%B8%97%E0%B8%98%E0%B8%A8%E0%B8%B2%E0%B8%AA%E0%B8%95%E0%B8%A3%E0%B9%8C&_shape=array"
    )
    assert len(english) == 1 and len(thai) >= 1  # "ยุทธศาสตร์"
    with urllib.request.urlopen(f"{datasette}/documents", timeout=10) as page:
        assert 'name="_search"' in page.read().decode()  # Datasette shows the search box


def test_meetings_are_browsed_with_their_series_names(datasette: str) -> None:
    rows = get(f"{datasette}/meetings_named.json?_shape=array")
    japan = [r for r in rows if r["series_id"] == "jp-th-strategic-dialogue"]
    assert {r["round"] for r in japan} == {3, 4}
    assert japan[0]["series"] == "Thailand–Japan Strategic Dialogue"
    assert japan[0]["series_th"] == "การหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น"


def test_every_reference_is_a_declared_foreign_key(isolated_db: Path, runner: CliRunner) -> None:
    assert runner.invoke(app, ["import", str(FIXTURES / "releases")]).exit_code == 0
    with sqlite3.connect(isolated_db) as conn:
        declared = {
            (table, row[3], row[2])
            for table in (
                "mentions",
                "document_origins",
                "cadence_claims",
                "anniversary_claims",
                "meetings",
                "manual_meetings",
                "series_edits",
            )
            for row in conn.execute(f"pragma foreign_key_list({table})")
        }
        assert conn.execute("pragma foreign_key_check").fetchall() == []
    assert {
        ("mentions", "document_id", "documents"),
        ("mentions", "series_id", "series"),
        ("document_origins", "document_id", "documents"),
        ("anniversary_claims", "document_id", "documents"),
        ("meetings", "series_id", "series"),
        ("manual_meetings", "series_id", "series"),
        ("series_edits", "merged_into", "series"),
    } <= declared
