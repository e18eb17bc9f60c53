"""Damaged, foreign or edited database files: one line naming the file and what to do, and never a
write to a file that fails its checks. Every command runs as a real ``dialogtrack`` process."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bench.corpus import write_releases

from .processes import run


def plain_copy(db: Path, to: Path) -> Path:
    """A copy of the examples' database as one file (no write-ahead log beside it)."""
    with sqlite3.connect(db) as source, sqlite3.connect(to) as copy:
        source.backup(copy)
    conn = sqlite3.connect(to)
    conn.execute("pragma journal_mode = delete")
    conn.close()
    return to


def one_line(done: subprocess.CompletedProcess[str], path: Path, *words: str) -> str:
    assert done.returncode == 1, done.stdout
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}: "), done.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def files(path: Path) -> dict[str, bytes]:
    """The database file and its log, byte for byte."""
    return {p.name: p.read_bytes() for p in (path, Path(f"{path}-wal")) if p.exists()}


def overwrite_page(path: Path, table: str, byte: int = 0xAB) -> None:
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("pragma page_size").fetchone()[0]
        root = conn.execute("select rootpage from sqlite_master where name = ?", [table]).fetchone()[0]
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(bytes([byte]) * page_size)


@pytest.fixture
def release(tmp_path: Path) -> Path:
    return write_releases(tmp_path / "in", 1, start=7)[0]


COMMANDS = [["timeline"], ["upcoming"], ["series"], ["anniversaries"], ["corrections"], ["search", "Dialogue"]]


def test_overwritten_pages_are_one_line_and_nothing_is_written(db: Path, tmp_path: Path, release: Path) -> None:
    path = plain_copy(db, tmp_path / "damaged.db")
    overwrite_page(path, "meetings")
    before = files(path)
    readers = [["timeline"], ["upcoming"], ["series"], ["upcoming", "--format", "ics"]]  # those reading meetings
    for command in [*readers, ["import", release], ["meeting", "add", "jp-th-strategic-dialogue", "9"]]:
        one_line(run(command, path), path, "the database is damaged", "db check", ".recover")
        assert files(path) == before, command
    checked = run(["db", "check"], path)
    assert checked.returncode == 1 and "Traceback" not in checked.stderr
    assert checked.stderr.startswith(f"Error: {path}: ")


def test_a_write_ahead_log_from_another_database_is_never_written_in(db: Path, tmp_path: Path, release: Path) -> None:
    path = plain_copy(db, tmp_path / "mine.db")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("pragma journal_mode = wal")
    conn.execute("pragma wal_autocheckpoint = 0")
    with conn:
        conn.execute("create table notes (body text)")
        conn.executemany("insert into notes values (?)", [["x" * 1000]] * 50)
    shutil.copy(f"{other}-wal", f"{path}-wal")
    conn.close()
    before = files(path)
    for command in [["timeline"], ["import", release], ["db", "check"]]:
        one_line(run(command, path), path, "write-ahead log mine.db-wal belongs to another database", "move")
        assert files(path) == before, command
    Path(f"{path}-wal").unlink()
    Path(f"{path}-shm").unlink(missing_ok=True)
    assert run(["timeline"], path).returncode == 0  # as the line says: moved aside, the file is whole


def test_a_dropped_search_index_is_one_line_and_db_rebuild_index_brings_it_back(
    db: Path, tmp_path: Path, release: Path
) -> None:
    path = plain_copy(db, tmp_path / "noindex.db")
    found = json.loads(run(["search", "Strategic Dialogue", "--format", "json"], path).stdout)
    with sqlite3.connect(path) as conn:
        conn.execute("drop table documents_fts")
    before = files(path)
    for command in [["search", "Strategic Dialogue"], ["import", release], ["db", "check"]]:
        one_line(run(command, path), path, "search index", "dialogtrack db rebuild-index")
        assert files(path) == before, command
    assert run(["timeline"], path).returncode == 0  # what does not need the index still works
    rebuilt = run(["db", "rebuild-index"], path)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert json.loads(run(["search", "Strategic Dialogue", "--format", "json"], path).stdout) == found
    assert run(["import", release], path).returncode == 0
    assert run(["db", "check"], path).returncode == 0


def test_a_damaged_search_index_is_found_by_db_check_and_rebuilt(db: Path, tmp_path: Path) -> None:
    path = plain_copy(db, tmp_path / "badindex.db")
    with sqlite3.connect(path) as conn:
        conn.execute("delete from documents_fts_docsize")
    checked = run(["db", "check"], path)
    one_line(checked, path, "search index does not match", "dialogtrack db rebuild-index")
    assert run(["db", "rebuild-index"], path).returncode == 0
    assert run(["db", "check"], path).returncode == 0


@pytest.mark.parametrize(
    ("edit", "says"),
    [
        ("alter table meetings rename column location to place", "the column meetings.location is missing"),
        ("alter table series rename to my_series", "the table series is missing"),
        ("alter table mentions drop column quote", "the column mentions.quote is missing"),
    ],
)
def test_an_edited_schema_is_one_line_naming_what_is_missing(
    db: Path, tmp_path: Path, release: Path, edit: str, says: str
) -> None:
    path = plain_copy(db, tmp_path / "edited.db")
    with sqlite3.connect(path) as conn:
        conn.execute("drop view if exists meetings_named")  # a view would stop the edit
        conn.execute(edit)
    before = files(path)
    for command in [*COMMANDS, ["import", release], ["db", "check"]]:
        one_line(run(command, path), path, says)
        assert files(path) == before, command


def test_another_programs_database_is_refused_before_anything_changes(tmp_path: Path, release: Path) -> None:
    path = tmp_path / "notes.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (id integer primary key, body text)")
        conn.execute("insert into notes (body) values ('mine')")
    before = files(path)
    for command in [["import", release], ["timeline"], ["meeting", "add", "x", "1"], ["db", "check"]]:
        one_line(run(command, path), path, "not a dialogtrack database", "notes")
        assert files(path) == before, command
        assert not Path(f"{path}-wal").exists()
    with sqlite3.connect(path) as conn:
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"  # not switched to WAL


def test_an_empty_sqlite_file_is_a_new_database(tmp_path: Path, release: Path) -> None:
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()  # a file of no bytes, as `sqlite3 empty.db ''` or a tool leaves
    assert run(["import", release], path).returncode == 0
    assert run(["db", "check"], path).returncode == 0


def test_db_check_says_ok_of_a_sound_database(db: Path) -> None:
    done = run(["db", "check"], db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok: ")
