"""Documents read again: claims found by an earlier recogniser or other language data are replaced by a
fresh reading of the stored text (``dialogtrack db reread``), the conclusions rebuilt, corrections kept, and
a reread killed part way loses nothing and is completed by the next."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from pathlib import Path

from typer.testing import CliRunner

from bench.corpus import write_releases
from bench.proctree import descendants
from dialogtrack.cli import app

from .processes import gone, run, start
from .test_faults import assert_every_document_has_all_its_claims, integrity, table_dump

RELEASE = (
    "The 6th Thailand-Laos Mekong Pilotage Board met in Chiang Khong on 12 June 2025. "
    "Anan Sukjai and Bounmy Keola co-chaired the meeting."
)
TAUGHT = """
[kinds.mekong-pilotage-board]
en = "Mekong Pilotage Board"
th = "คณะกรรมการนำร่องแม่น้ำโขง"
aliases = ["Mekong Pilotage Board"]
"""
KNOWN = (
    "The 3rd Thailand-Cambodia Joint Commission was held in Siem Reap on 9 May 2024, co-chaired by "
    "Somsak Chaiyo and Sokha Chan."
)


def invoke(args: list[str], env: dict[str, str]) -> str:
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    return result.stdout


def meetings(env: dict[str, str]) -> list[dict[str, object]]:
    return list(json.loads(invoke(["timeline", "--format", "json"], env)))


def forget_readings(db: Path) -> None:
    """Every document marked as read by an earlier version, as a database built before an upgrade is."""
    with sqlite3.connect(db) as conn:
        conn.execute("update documents set read_with = null")


def test_a_kind_taught_after_the_import_is_found_in_the_releases_on_record(tmp_path: Path) -> None:
    release = tmp_path / "board.txt"
    release.write_text(RELEASE, encoding="utf-8")
    env = {"DIALOGTRACK_DB": str(tmp_path / "x.db")}
    invoke(["import", str(release)], env)
    assert not meetings(env)

    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "mine.toml").write_text(TAUGHT, encoding="utf-8")
    env["DIALOGTRACK_REGISTRY"] = str(folder)
    # The same bytes again are not read again; the summary says what would read them.
    out = invoke(["import", str(release)], env)
    assert "imported 0, unchanged 1" in out
    assert "1 releases on record were read by an earlier version" in out and "dialogtrack db reread" in out
    assert not meetings(env)

    assert "read again 1; 1 meetings" in invoke(["db", "reread"], env)
    [meeting] = meetings(env)
    assert (meeting["series"], meeting["round"], meeting["start"]) == (
        "Thailand–Laos Mekong Pilotage Board",
        6,
        "2025-06-12",
    )
    assert meeting["co_chairs"] == ["Anan Sukjai", "Bounmy Keola"]
    assert "nothing to read again" in invoke(["db", "reread"], env)
    assert "earlier version" not in invoke(["import", str(release)], env)


def test_a_reread_gives_what_a_fresh_import_gives_and_keeps_corrections(tmp_path: Path) -> None:
    release = tmp_path / "jc.txt"
    release.write_text(KNOWN, encoding="utf-8")
    env = {"DIALOGTRACK_DB": str(tmp_path / "x.db")}
    invoke(["import", str(release)], env)
    invoke(["meeting", "edit", "kh-th-joint-commission", "3", "--place", "Angkor"], env)
    before = meetings(env)
    assert before[0]["location"] == "Angkor"

    forget_readings(tmp_path / "x.db")
    assert "read again 1" in invoke(["db", "reread"], env)
    assert meetings(env) == before


def test_a_reread_killed_part_way_loses_nothing_and_the_next_completes_it(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    count = 1500  # enough to be still running, in worker processes, when the first batch is committed
    write_releases(folder, count)
    db = tmp_path / "reread.db"
    assert run(["import", folder], db).returncode == 0
    forget_readings(db)
    process = start(["db", "reread"], db)
    deadline = time.monotonic() + 60
    done = 0
    while done < 40 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                done = conn.execute("select count(*) from documents where read_with is not null").fetchone()[0]
        except sqlite3.OperationalError:
            done = 0  # locked for the moment
    assert process.poll() is None, "the reread finished before it could be killed; give it more work"
    workers = descendants(process.pid)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert gone(workers)

    assert integrity(db) == "ok"
    assert assert_every_document_has_all_its_claims(db) == count
    with sqlite3.connect(db) as conn:
        left = conn.execute("select count(*) from documents where read_with is null").fetchone()[0]
    assert 0 < left <= count - 40
    again = run(["db", "reread"], db)
    assert again.returncode == 0, again.stderr
    assert f"read again {left};" in again.stdout
    clean = tmp_path / "clean.db"
    assert run(["import", folder], clean).returncode == 0
    assert table_dump(db, "meetings") == table_dump(clean, "meetings")


def test_the_reading_fingerprint_is_stable_and_follows_the_users_data(tmp_path: Path) -> None:
    from dialogtrack.pipeline import reading_fingerprint
    from dialogtrack.registry import load_registry

    shipped = reading_fingerprint(load_registry())
    assert reading_fingerprint(load_registry()) == shipped  # the same reading twice: nothing to read again
    folder = tmp_path / "registry"
    folder.mkdir()
    assert reading_fingerprint(load_registry([folder])) == shipped  # an empty folder teaches nothing
    (folder / "mine.toml").write_text(TAUGHT, encoding="utf-8")
    assert reading_fingerprint(load_registry([folder])) != shipped
