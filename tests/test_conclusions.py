"""Conclusions (meetings and relations) never left stale or lost by a fault, and never wiping what a
user stored beside them.

The kill tests are real ``dialogtrack`` processes and real signals. The record is made large enough
(many mentions) that rebuilding the meetings takes seconds, so the kill lands inside the rebuild: the
test checks that it did, and then that the next command, whichever it is, shows the new rounds.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bench.corpus import write_releases
from dialogtrack.cli import app
from dialogtrack.pipeline import build_document
from dialogtrack.reading.ingest import RawText
from dialogtrack.recognising.extract import find_claims
from dialogtrack.registry import load_registry

from .conftest import EXAMPLES
from .processes import run, start


def rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def meeting_ids(path: Path) -> set[str]:
    return {str(r[0]) for r in rows(path, "select id from meetings")}


def a_large_record(db: Path, doublings: int = 11) -> None:
    """The examples with their mentions copied over and over (2**doublings times): rebuilding the
    meetings from them takes seconds."""
    assert run(["import", EXAMPLES], db).returncode == 0
    with sqlite3.connect(db) as conn:
        for _ in range(doublings):
            conn.execute(
                "insert into mentions (document_id, series_id, round, role, start, [end], location, co_chairs, "
                "alias, quote, span_start, span_end) select document_id, series_id, round, role, start, [end], "
                "location, co_chairs, alias, quote, span_start, span_end from mentions"
            )


def rounds_named(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    claims = find_claims(build_document(RawText(str(path), "", text, is_html=False)), load_registry())
    return {f"{m.series.id}/{m.round}" for m in claims.mentions if m.round is not None}


def kill_when(db: Path, args: list[str | Path], stored: str, sig: signal.Signals) -> None:
    """Start ``dialogtrack ARGS`` and send it ``sig`` as soon as the query ``stored`` (a count) goes up."""
    before = rows(db, stored)[0][0]
    process = start(args, db)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            if conn.execute(stored).fetchone()[0] > before:
                break
        time.sleep(0.005)
    assert process.poll() is None, "the command ended before it could be stopped"
    os.kill(process.pid, sig)
    process.communicate(timeout=60)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["kill -9", "Ctrl-C"])
def test_a_kill_during_the_rebuild_loses_no_round(tmp_path: Path, sig: signal.Signals) -> None:
    db = tmp_path / "large.db"
    a_large_record(db)
    new = write_releases(tmp_path / "new", 1, start=7)[0]
    expected = rounds_named(new)
    assert expected and not expected & meeting_ids(db)

    kill_when(db, ["import", new], "select count(*) from documents", sig)

    assert not expected & meeting_ids(db), "stopped after the rebuild: the test proves nothing"
    shown = run(["timeline", "--format", "json"], db)  # a command that only reads
    assert shown.returncode == 0, shown.stderr
    assert expected <= {m["id"] for m in json.loads(shown.stdout)}
    again = run(["import", new], db)
    assert again.returncode == 0 and "imported 0, unchanged 1" in again.stdout
    assert expected <= meeting_ids(db)


def test_a_correction_killed_mid_rebuild_is_all_or_nothing(tmp_path: Path) -> None:
    """A correction and its rebuild are one transaction: a kill leaves neither or both."""
    db = tmp_path / "large.db"
    a_large_record(db)
    args: list[str | Path] = ["meeting", "add", "jp-th-strategic-dialogue", "12", "--date", "2030-01-01"]
    process = start(args, db)
    time.sleep(0.5)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        # the rebuild holds the write lock for seconds: wait until it is under way, then kill
        try:
            with sqlite3.connect(db, timeout=0) as conn:
                conn.execute("begin immediate")
                conn.rollback()
        except sqlite3.OperationalError:
            break
        time.sleep(0.005)
    assert process.poll() is None
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    saved = rows(db, "select count(*) from manual_meetings")[0][0]
    shown = "jp-th-strategic-dialogue/12" in meeting_ids(db)
    assert (saved, shown) in ((0, False), (1, True))
    done = run(["timeline", "jp-th-strategic-dialogue", "--format", "json"], db)
    assert done.returncode == 0, done.stderr
    assert ("jp-th-strategic-dialogue/12" in {m["id"] for m in json.loads(done.stdout)}) == bool(saved)


def test_a_column_a_user_adds_to_meetings_and_relations_survives_imports_and_corrections(
    runner: CliRunner, db: Path, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.db"
    with sqlite3.connect(db) as source, sqlite3.connect(plain) as copy:
        source.backup(copy)
    with sqlite3.connect(db) as conn:
        conn.execute("alter table meetings add column my_flag text")
        conn.execute("alter table relations add column my_note text")
        conn.execute("update meetings set my_flag = 'checked' where id = 'jp-th-strategic-dialogue/7'")
        conn.execute("update relations set my_note = 'see the treaty' where name like '%Japan%'")
    new = write_releases(tmp_path / "new", 3, start=7)
    for path in (db, plain):
        for args in (
            ["import", *map(str, new)],
            ["meeting", "add", "jp-th-strategic-dialogue", "9", "--date", "2030-01-01"],
            ["relation", "add", "TH", "JP", "--established", "1887-09-26"],
            ["corrections", "undo", "1"],
        ):
            result = runner.invoke(app, [*args, "--db", str(path)])
            assert result.exit_code == 0, result.output
    assert rows(db, "select id, my_flag from meetings where my_flag is not null") == [
        ("jp-th-strategic-dialogue/7", "checked")
    ]
    assert [r[0] for r in rows(db, "select my_note from relations where my_note is not null")] == ["see the treaty"]
    ordered = "select id, round, start, location, status, source_count from meetings order by position"
    assert rows(db, ordered) == rows(plain, ordered)
    shown = [runner.invoke(app, ["timeline", "--format", "json", "--db", str(p)]).stdout for p in (db, plain)]
    assert shown[0] == shown[1]


def test_a_correction_on_a_full_disk_leaves_nothing_behind(db: Path) -> None:
    """The disk fills (``PRAGMA max_page_count``) while the correction is written: the correction, its
    log entry and the rebuild are rolled back together, and nothing of it is left."""
    from datetime import date

    from dialogtrack.models import DateSpan
    from dialogtrack.pipeline import resolve_all
    from dialogtrack.storage.corrections import ManualMeeting
    from dialogtrack.storage.journal import correcting
    from dialogtrack.storage.store import open_db, save_manual_meeting

    database = open_db(db)
    before = rows(db, "select id, start, location from meetings order by position")
    pages = database.execute("pragma page_count").fetchone()[0]
    database.execute(f"pragma max_page_count = {pages}")  # not one page more
    fact = ManualMeeting("jp-th-strategic-dialogue", 9, DateSpan(date(2030, 1, 1)), "Tokyo" * 2000)
    with (
        pytest.raises(sqlite3.OperationalError, match="full"),
        correcting(
            database,
            command="meeting add",
            record="jp-th-strategic-dialogue/9",
            summary="added",
            table="manual_meetings",
            key="jp-th-strategic-dialogue/9",
            rebuild=lambda d: resolve_all(d, load_registry()),
        ),
    ):
        save_manual_meeting(database, fact)
    database.conn.close()
    assert rows(db, "select count(*) from manual_meetings") == [(0,)]
    assert rows(db, "select count(*) from corrections") == [(0,)]
    assert rows(db, "select id, start, location from meetings order by position") == before
    assert rows(db, "select count(*) from rebuild_owed") == [(0,)]


def test_a_rebuild_that_fails_after_the_documents_are_stored_is_completed_by_the_next_command(
    runner: CliRunner, db: Path, tmp_path: Path
) -> None:
    """The documents commit, then the disk fills while the meetings are rebuilt (a trigger fails the
    write as a full disk does): the import says so, and once there is room the next command, one that
    only reads, shows the new rounds."""
    new = write_releases(tmp_path / "new", 1, start=7)[0]
    expected = rounds_named(new)
    with sqlite3.connect(db) as conn:
        conn.execute(
            "create trigger refuse before insert on meeting_sources begin select raise(abort, 'disk is full'); end"
        )
    result = runner.invoke(app, ["import", str(new)])
    assert result.exit_code == 1
    assert "the disk is full; updating the meetings was rolled back whole" in result.stderr
    assert rows(db, "select count(*) from documents where origin = ?", (str(new),)) == [(1,)]
    assert not expected & meeting_ids(db)
    with sqlite3.connect(db) as conn:
        conn.execute("drop trigger refuse")
    shown = runner.invoke(app, ["timeline", "--format", "json"])
    assert shown.exit_code == 0, shown.output
    assert expected <= {m["id"] for m in json.loads(shown.stdout)}
    assert rows(db, "select count(*) from rebuild_owed") == [(0,)]
