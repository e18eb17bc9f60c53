"""Corrections a user can trust, through the real CLI on a database of the bundled examples: one
transaction with the rebuild, no merge cycles, an unmerge, a log of every correction with an undo, and
a renamed series renamed in the database too."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dialogtrack.cli import app

JP = "jp-th-strategic-dialogue"
DST = "th-us-defense-strategic-talks"
SDD = "th-us-strategic-and-defense-dialogue"


def run(runner: CliRunner, *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result


def records(runner: CliRunner, *args: str) -> Any:
    return json.loads(run(runner, *args, "--format", "json").stdout)


def rounds(runner: CliRunner, series: str) -> dict[int, dict[str, Any]]:
    return {m["round"]: m for m in records(runner, "timeline", series)}


def rows(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


@pytest.mark.parametrize(
    "command",
    [
        ["meeting", "add", JP, "8", "--date", "2023-02-01"],
        ["meeting", "edit", JP, "7", "--place", "Osaka"],
        ["meeting", "delete", JP, "6"],
        ["series", "merge", DST, SDD],
        ["series", "rename", JP, "--en", "Japan–Thailand Strategic Dialogue"],
        ["relation", "add", "TH", "US", "--established", "1833-03-20"],
    ],
)
def test_a_correction_whose_rebuild_fails_leaves_nothing_behind(
    runner: CliRunner, db: Path, command: list[str]
) -> None:
    before = records(runner, "timeline")
    with sqlite3.connect(db) as conn:  # the rebuild fails as a full disk would make it
        conn.execute("create trigger refuse before insert on meetings begin select raise(abort, 'disk is full'); end")
    result = run(runner, *command, code=1)
    assert result.stderr.startswith(f"Error: {db}: the disk is full;"), result.stderr
    assert result.stderr.count("\n") == 1
    assert rows(db, "select count(*) from manual_meetings")[0][0] == 0
    assert rows(db, "select count(*) from series_edits")[0][0] == 0
    assert rows(db, "select count(*) from manual_relations")[0][0] == 0
    assert rows(db, "select count(*) from corrections")[0][0] == 0
    assert records(runner, "timeline") == before
    with sqlite3.connect(db) as conn:
        conn.execute("drop trigger refuse")
    run(runner, *command)
    assert records(runner, "timeline") != before or command[0] == "relation"
    assert rows(db, "select count(*) from corrections")[0][0] == 1


def test_a_merge_cycle_is_refused_and_unmerge_takes_a_merge_back(runner: CliRunner, db: Path) -> None:
    alone = {DST: rounds(runner, DST), SDD: rounds(runner, SDD)}
    run(runner, "series", "merge", DST, SDD)
    merged = rounds(runner, SDD)
    assert set(merged) == set(alone[DST]) | set(alone[SDD])
    result = run(runner, "series", "merge", SDD, DST, code=1)
    assert result.stderr == (
        f"Error: {DST} → {SDD} is merged already, so merging {SDD} into {DST} would make a cycle; "
        f"take the other merge back first: dialogtrack series unmerge {DST}\n"
    )
    assert rounds(runner, SDD) == merged  # nothing swapped
    out = run(runner, "series", "unmerge", DST).stdout
    assert out == f"{DST} is its own series again (was merged into {SDD})\n"
    assert {DST: rounds(runner, DST), SDD: rounds(runner, SDD)} == alone
    result = run(runner, "series", "unmerge", DST, code=1)
    assert result.stderr.startswith(f"Error: {DST} is not merged into another series")


def test_every_correction_is_listed_and_can_be_undone(runner: CliRunner, db: Path) -> None:
    documents = rounds(runner, JP)
    run(runner, "meeting", "edit", JP, "7", "--place", "Osaka", "--note", "MOFA archive")
    run(runner, "meeting", "add", JP, "8", "--date", "2023-02-01")
    run(runner, "series", "alias", "add", JP, "TJSD")
    listed = records(runner, "corrections")
    assert [(c["id"], c["command"], c["record"], c["summary"], c["undone_at"]) for c in listed] == [
        (1, "meeting edit", f"{JP}/7", "place Osaka; note 'MOFA archive'", None),
        (2, "meeting add", f"{JP}/8", "date 2023-02-01", None),
        (3, "series alias add", JP, "alias 'TJSD' added", None),
    ]
    assert all(c["at"].startswith("20") for c in listed)
    assert rounds(runner, JP)[7]["location"] == "Osaka"

    assert run(runner, "corrections", "undo", "1").stdout.startswith("correction 1 undone: meeting edit")
    assert rounds(runner, JP)[7] == documents[7]  # the documents' place, no conflict, no hand source
    run(runner, "corrections", "undo", "2")
    assert set(rounds(runner, JP)) == set(documents)
    run(runner, "corrections", "undo", "3")
    run(runner, "timeline", "TJSD", code=1)
    assert all(c["undone_at"] for c in records(runner, "corrections"))
    table = run(runner, "corrections").stdout
    assert "(undone " in table and "meeting edit" in table

    result = run(runner, "corrections", "undo", "1", code=1)
    assert result.stderr.startswith(f"Error: correction 1 (meeting edit {JP}/7) was undone already")
    assert run(runner, "corrections", "undo", "42", code=1).stderr == (
        "Error: no correction 42; see them with: dialogtrack corrections\n"
    )


def test_an_undo_that_would_take_back_a_later_correction_is_refused(runner: CliRunner, db: Path) -> None:
    run(runner, "meeting", "edit", JP, "7", "--place", "Osaka")
    run(runner, "meeting", "edit", JP, "7", "--place", "Kyoto")
    result = run(runner, "corrections", "undo", "1", code=1)
    assert result.stderr == (
        f"Error: correction 2 (meeting edit) changed {JP}/7 since; undo it first: dialogtrack corrections undo 2\n"
    )
    run(runner, "corrections", "undo", "2")
    assert rounds(runner, JP)[7]["location"] == "Osaka"
    run(runner, "corrections", "undo", "1")
    assert rounds(runner, JP)[7]["location"] == "virtual"


def test_deleting_a_round_that_is_not_there_is_an_error(runner: CliRunner, db: Path) -> None:
    result = run(runner, "meeting", "delete", JP, "12", code=1)
    assert result.stderr == f"Error: {JP}/12: no such meeting on record (rounds on record: 6, 7)\n"
    assert rows(db, "select count(*) from manual_meetings")[0][0] == 0


@pytest.mark.parametrize(
    ("args", "warning"),
    [
        (["add", JP, "5", "--date", "2022-10-02"], f"Warning: {JP}/5 (2022-10-02) is dated after round 6 (2019-10)"),
        (["edit", JP, "7", "--date", "2019-01-15"], f"Warning: {JP}/7 (2019-01-15) is dated before round 6 (2019-10)"),
        (["add", JP, "8", "--date", "2020-01"], f"Warning: {JP}/8 (2020-01) is dated before round 7 (2021-06-15)"),
    ],
)
def test_a_date_out_of_order_with_its_neighbours_is_warned_of(
    runner: CliRunner, db: Path, args: list[str], warning: str
) -> None:
    result = run(runner, "meeting", *args)
    assert result.stderr == f"{warning}; check the dates\n"
    assert run(runner, "meeting", "add", JP, "8", "--date", "2023-02-01").stderr == ""


def test_a_renamed_series_is_renamed_in_the_database_too(runner: CliRunner, db: Path) -> None:
    run(runner, "series", "rename", JP, "--en", "Japan–Thailand Strategic Dialogue", "--th", "การหารือญี่ปุ่น-ไทย")
    named = ("Japan–Thailand Strategic Dialogue", "การหารือญี่ปุ่น-ไทย")
    assert rows(db, f"select name_en, name_th from series where id = '{JP}'") == [named]
    assert set(rows(db, f"select series, series_th from meetings_named where series_id = '{JP}'")) == {named}
    assert {m["series"] for m in records(runner, "timeline", JP)} == {named[0]}
    assert named[0] in {s["series"] for s in records(runner, "series")}
    run(runner, "import", str(Path(__file__).parent.parent / "examples" / "docs"))  # imports keep it
    assert rows(db, f"select name_en from series where id = '{JP}'") == [(named[0],)]
    run(runner, "corrections", "undo", "1")
    found = ("Thailand–Japan Strategic Dialogue", "การหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น")
    assert rows(db, f"select name_en, name_th from series where id = '{JP}'") == [found]
    assert set(rows(db, f"select series, series_th from meetings_named where series_id = '{JP}'")) == {found}
