"""Faults and load: a full disk, a killed import, and several imports writing one database at once.

Every case runs the real pipeline on a real SQLite file; the concurrent and killed imports are real
``dialogtrack import`` processes.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from bench.corpus import write_releases
from bench.proctree import descendants
from dialogtrack.pipeline import build_document, import_sources
from dialogtrack.reading.ingest import RawText
from dialogtrack.recognising.extract import find_claims
from dialogtrack.registry import load_registry
from dialogtrack.storage.store import open_db

from .processes import gone, run, start


def table_dump(path: Path, table: str) -> list[tuple[object, ...]]:
    """Every row of a table, in no particular order; for meetings, without the order they were
    resolved in (``position``), which follows the order the documents were stored in."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(f"select * from {table}")
        names = [d[0] for d in rows.description]
        kept = [i for i, name in enumerate(names) if not (table == "meetings" and name == "position")]
        return sorted((tuple(row[i] for i in kept) for row in rows.fetchall()), key=repr)


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("pragma integrity_check").fetchone()[0])


def assert_every_document_has_all_its_claims(path: Path) -> int:
    """Each stored document has exactly the mentions a fresh reading of its text gives; returns how many."""
    registry = load_registry()
    with sqlite3.connect(path) as conn:
        rows = conn.execute("select id, origin, title, text from documents").fetchall()
        for doc_id, origin, title, text in rows:
            expected = find_claims(build_document(RawText(origin, title, text, is_html=False)), registry)
            stored = conn.execute("select count(*) from mentions where document_id = ?", [doc_id]).fetchone()[0]
            assert stored == len(expected.mentions), origin
    return len(rows)


# ---------------------------------------------------------------------------------------------- disk full


def test_a_full_disk_rolls_the_document_back_whole_and_stops_the_batch(tmp_path: Path) -> None:
    small, large = write_releases(tmp_path / "small", 3), write_releases(tmp_path / "large", 2, start=3, size=400_000)
    path = tmp_path / "full.db"
    db = open_db(path)
    registry = load_registry()
    first = import_sources(db, [str(p) for p in small], registry)
    assert first.stopped is None and len(first.imported) == 3
    before = table_dump(path, "mentions")
    pages = db.execute("pragma page_count").fetchone()[0]
    db.execute(f"pragma max_page_count = {pages + 20}")  # room for a little, not for 400 KB of text

    report = import_sources(db, [str(p) for p in large], registry)

    assert report.stopped is not None
    assert "disk is full" in report.stopped and str(large[0]) in report.stopped
    assert report.imported == []
    assert db["documents"].count == 3
    assert table_dump(path, "mentions") == before
    assert integrity(path) == "ok"
    db.execute("pragma max_page_count = 1073741823")
    again = import_sources(db, [str(p) for p in large], registry)
    assert again.stopped is None and len(again.imported) == 2
    assert assert_every_document_has_all_its_claims(path) == 5


def test_a_read_only_database_refuses_imports_and_still_reads(tmp_path: Path) -> None:
    """A database the user may read but not write: the import is refused on one line, reading works."""
    releases = write_releases(tmp_path / "in", 2)
    db = tmp_path / "locked.db"
    assert run(["import", releases[0]], db).returncode == 0
    before = db.read_bytes()
    db.chmod(0o444)

    done = run(["import", releases[1]], db, unprivileged=True)

    assert done.returncode == 1
    errors = done.stderr.splitlines()
    assert len(errors) == 1 and errors[0].startswith(f"Error: {db}: the database is read-only")
    assert "Traceback" not in done.stderr
    assert db.read_bytes() == before
    readable = run(["timeline"], db, unprivileged=True)  # reading still works
    assert readable.returncode == 0 and "Joint Commission" in readable.stdout


# ---------------------------------------------------------------------------------------------- unusable databases


def one_error(done: subprocess.CompletedProcess[str], path: Path, problem: str) -> None:
    assert done.returncode == 1, done.stdout
    assert done.stderr.splitlines() == [f"Error: {path}: {problem}"] or (
        len(done.stderr.splitlines()) == 1 and done.stderr.startswith(f"Error: {path}: {problem}")
    ), done.stderr


@pytest.mark.parametrize("command", [["import", "RELEASE"], ["timeline"], ["upcoming"]])
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path, command: list[str]) -> None:
    release = write_releases(tmp_path / "in", 1)[0]
    db = tmp_path / "notes.db"
    db.write_text("my notes, not a database\n" * 200)
    before = db.read_bytes()
    done = run([str(release) if a == "RELEASE" else a for a in command], db)
    one_error(done, db, "cannot use this database (file is not a database)")
    assert db.read_bytes() == before


def test_a_database_from_a_newer_dialogtrack_is_refused_untouched(tmp_path: Path) -> None:
    release = write_releases(tmp_path / "in", 1)[0]
    db = tmp_path / "newer.db"
    open_db(db).conn.close()
    conn = sqlite3.connect(db)
    conn.execute("pragma journal_mode = delete")  # as an older or newer build may leave it
    with conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at) values ('dialogtrack', 'm999_future', 'x')"
        )
    conn.close()
    before = db.read_bytes()
    commands: list[list[str]] = [["import", str(release)], ["timeline"]]
    for command in commands:
        done = run(command, db)
        one_error(done, db, "written by a newer version of dialogtrack (migrations m999_future); upgrade dialogtrack")
        assert db.read_bytes() == before
        assert not Path(f"{db}-wal").exists()  # not even switched to WAL


def test_a_read_only_folder_is_one_line(tmp_path: Path) -> None:
    release = write_releases(tmp_path / "in", 1)[0]
    folder = tmp_path / "shelf"
    folder.mkdir()
    existing = folder / "old.db"
    assert run(["import", release], existing).returncode == 0
    for extra in folder.glob("old.db-*"):
        extra.unlink()
    before = existing.read_bytes()
    folder.chmod(0o555)
    try:
        read_only = "the database is read-only (the file, or the folder SQLite writes its journal in)"
        one_error(run(["import", release], existing, unprivileged=True), existing, read_only)
        one_error(run(["timeline"], existing, unprivileged=True), existing, read_only)
        new = folder / "new.db"
        one_error(run(["import", release], new, unprivileged=True), new, "cannot open or create the database file")
        assert not new.exists()
    finally:
        folder.chmod(0o755)
    assert existing.read_bytes() == before


def test_a_folder_given_as_the_database_is_one_line(tmp_path: Path) -> None:
    one_error(run(["timeline"], tmp_path), tmp_path, "is a folder, not a database file; give a file path with --db")


# ---------------------------------------------------------------------------------------------- kill -9


def test_kill_9_mid_import_loses_nothing_and_a_second_import_completes(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    count = 1500  # enough to be still running, in worker processes, when the first batch is committed
    write_releases(folder, count)
    db = tmp_path / "killed.db"
    process = start(["import", folder], db)
    deadline = time.monotonic() + 60
    stored = 0
    while stored < 40 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    stored = conn.execute("select count(*) from documents").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0  # not created yet
    assert process.poll() is None, "the import finished before it could be killed; give it more work"
    workers = descendants(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert gone(workers), "worker processes outlived the import they worked for"

    assert integrity(db) == "ok"
    kept = assert_every_document_has_all_its_claims(db)
    assert 40 <= kept < count
    again = run(["import", folder], db)
    assert again.returncode == 0, again.stderr
    assert f"imported {count - kept}, unchanged {kept}, failed 0" in again.stdout
    assert assert_every_document_has_all_its_claims(db) == count
    clean = tmp_path / "clean.db"
    assert run(["import", folder], clean).returncode == 0
    assert table_dump(db, "meetings") == table_dump(clean, "meetings")


# ---------------------------------------------------------------------------------------------- concurrency


def test_a_database_another_import_creates_while_it_is_checked_is_never_taken_for_another_programs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check first asks which migrations are applied, then which tables are there. Here another
    import, creating the same file, commits all its tables between those two reads (as the second read
    starts): the check must see one state of the file, a new database, and not tables without
    migrations."""
    from sqlite_utils import Database

    from dialogtrack.health import inspect
    from dialogtrack.storage.schema import migrations
    from dialogtrack.storage.store import KNOWN_MIGRATIONS

    path = tmp_path / "new.db"
    connect = sqlite3.connect
    creator = connect(path)
    creator.execute("PRAGMA journal_mode = WAL")  # as an import does before it migrates
    reads: list[str] = []

    def checked(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = connect(*args, **kwargs)

        def on_statement(sql: str) -> None:
            if sql.lstrip().lower().startswith("select"):
                reads.append(sql)
                if len(reads) == 2:
                    migrations.apply(Database(creator))

        conn.set_trace_callback(on_statement)
        return conn

    monkeypatch.setattr(sqlite3, "connect", checked)
    applied = inspect(path, KNOWN_MIGRATIONS, index=True)
    monkeypatch.undo()

    assert len(reads) >= 2, "the other import never committed between the check's reads"
    assert applied == set()
    assert inspect(path, KNOWN_MIGRATIONS, index=True) == set(KNOWN_MIGRATIONS)
    creator.close()


@pytest.mark.parametrize("repeat", range(20))
@pytest.mark.parametrize("workers", [2, 4])
def test_concurrent_imports_all_finish_and_store_each_document_once(tmp_path: Path, workers: int, repeat: int) -> None:
    shared = write_releases(tmp_path / "shared", 6, seed=repeat)
    own = [write_releases(tmp_path / f"own{w}", 3, start=100 + 3 * w, seed=repeat) for w in range(workers)]
    db = tmp_path / "shared.db"
    processes = [start(["import", tmp_path / "shared", *own[w]], db) for w in range(workers)]
    outcomes = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in processes]
    for p in processes:
        for stream in (p.stdout, p.stderr):
            if stream:
                stream.close()

    assert [code for code, _ in outcomes] == [0] * workers, outcomes
    assert integrity(db) == "ok"
    distinct = 6 + 3 * workers
    assert len(table_dump(db, "documents")) == distinct
    assert len(table_dump(db, "document_origins")) == len(shared) + 3 * workers
    assert assert_every_document_has_all_its_claims(db) == distinct
    # The meetings concluded are those of a single, sequential import of the same files.
    clean = tmp_path / "clean.db"
    import_sources(
        open_db(clean), [str(tmp_path / "shared"), *[str(p) for paths in own for p in paths]], load_registry()
    )
    assert table_dump(db, "meetings") == table_dump(clean, "meetings")
