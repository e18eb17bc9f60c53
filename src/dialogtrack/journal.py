"""The log of hand corrections: every one listed (what, when, on which record) and each one undoable.

Why a log of rows rather than of commands: each correction changes exactly one row of the tables that
hold hand-entered facts (``series_edits``, ``manual_meetings``, ``manual_relations``). Keeping that row
as it was before and after is all an undo needs, whatever the command was: the undo puts the row back
as it was (or deletes it, when there was none). An undo is refused when a later correction changed the
same row since, so taking one back never silently takes back another.

A correction, its log entry and the rebuild of meetings and relations it needs are one transaction
(``correcting``): the correction shows at once in every command, or, if anything fails on the way (a
full disk, a kill), nothing of it is left behind. The rebuild also writes the names given by hand into
the ``series`` table itself (``sync_series_names``), so the database and its views show them too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from dialogtrack.errors import DialogtrackError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from dialogtrack.store import Reader

KEYS = {"series_edits": "series_id", "manual_meetings": "id", "manual_relations": "id"}
"""The tables of hand-entered facts, each with its key column."""


@dataclass(frozen=True)
class Correction:
    """One entry of the log."""

    id: int
    at: str
    command: str
    record: str
    summary: str
    undone_at: str | None


def _row(db: Database, table: str, key: str) -> dict[str, Any] | None:
    cursor = db.execute(f"select * from [{table}] where [{KEYS[table]}] = ?", [key])
    names = [d[0] for d in cursor.description]
    found = cursor.fetchone()
    return dict(zip(names, found, strict=True)) if found else None


@contextmanager
def correcting(
    db: Database,
    *,
    command: str,
    record: str,
    summary: str,
    table: str,
    key: str,
    rebuild: Callable[[Database], object],
) -> Iterator[None]:
    """Make one correction (the body writes the row ``table``/``key``), log it and rebuild, all in one
    transaction."""
    from dialogtrack.store import now, writing

    with writing(db):
        before = _row(db, table, key)
        yield
        after = _row(db, table, key)
        db.execute(
            "insert into corrections (at, command, record, summary, target_table, target_key, before, after) "
            "values (?, ?, ?, ?, ?, ?, ?, ?)",
            [now(), command, record, summary, table, key, _json(before), _json(after)],
        )
        rebuild(db)
        sync_series_names(db)


def _json(row: dict[str, Any] | None) -> str | None:
    return None if row is None else json.dumps(row, ensure_ascii=False, sort_keys=True)


def list_corrections(db: Reader) -> list[Correction]:
    """Every correction, oldest first."""
    return [
        Correction(row["id"], row["at"], row["command"], row["record"], row["summary"], row["undone_at"])
        for row in db.query("select id, at, command, record, summary, undone_at from corrections order by id")
    ]


def undo(db: Database, correction_id: int, rebuild: Callable[[Database], object]) -> Correction:
    """Take one correction back and rebuild, in one transaction; DialogtrackError when it cannot be."""
    from dialogtrack.store import now, writing

    with writing(db):
        rows = db.execute(
            "select id, at, command, record, summary, undone_at, target_table, target_key, before, after "
            "from corrections where id = ?",
            [correction_id],
        ).fetchall()
        if not rows:
            raise DialogtrackError(f"no correction {correction_id}; see them with: dialogtrack corrections")
        cid, at, command, record, summary, undone_at, table, key, before, after = rows[0]
        if undone_at:
            raise DialogtrackError(f"correction {cid} ({command} {record}) was undone already, at {undone_at}")
        later = db.execute(
            "select id, command from corrections where target_table = ? and target_key = ? and id > ? "
            "and undone_at is null order by id desc limit 1",
            [table, key, cid],
        ).fetchall()
        if later:
            raise DialogtrackError(
                f"correction {later[0][0]} ({later[0][1]}) changed {record} since; undo it first: "
                f"dialogtrack corrections undo {later[0][0]}"
            )
        if _json(_row(db, table, key)) != after:
            raise DialogtrackError(f"{record} changed since correction {cid}; it cannot be taken back as it was")
        db.execute(f"delete from [{table}] where [{KEYS[table]}] = ?", [key])
        if before is not None:
            old = json.loads(before)
            columns = ", ".join(f"[{c}]" for c in old)
            marks = ", ".join("?" for _ in old)
            db.execute(f"insert into [{table}] ({columns}) values ({marks})", list(old.values()))
        stamp = now()
        db.execute("update corrections set undone_at = ? where id = ?", [stamp, cid])
        rebuild(db)
        sync_series_names(db)
    return Correction(cid, at, command, record, summary, stamp)


def sync_series_names(db: Database) -> None:
    """Write the names given by hand into the ``series`` table, keeping the names recognised in
    ``series_found_names``; a series no longer renamed gets its recognised names back."""
    renamed = "select series_id from series_edits where coalesce(name_en, '') != '' or coalesce(name_th, '') != ''"
    db.execute(
        f"insert or ignore into series_found_names (series_id, name_en, name_th) "
        f"select id, name_en, name_th from series where id in ({renamed})"
    )
    db.execute(
        "update series set "
        "name_en = coalesce(nullif((select name_en from series_edits where series_id = series.id), ''), "
        "(select name_en from series_found_names where series_id = series.id)), "
        "name_th = coalesce(nullif((select name_th from series_edits where series_id = series.id), ''), "
        "(select name_th from series_found_names where series_id = series.id)) "
        "where id in (select series_id from series_found_names)"
    )
    db.execute(f"delete from series_found_names where series_id not in ({renamed})")


def clear_merge(db: Database, series_id: str) -> None:
    """Take back a merge: the series counts as itself again (its other hand edits stay)."""
    db.execute("update series_edits set merged_into = null where series_id = ?", [series_id])


def merge_cycle(merged_into: dict[str, str], source: str, target: str) -> list[str] | None:
    """The chain that merging ``source`` into ``target`` would close into a cycle (target → … → source),
    or None when it would not."""
    chain, at = [target], target
    while at in merged_into and at != source:
        at = merged_into[at]
        if at in chain:
            return None  # an older cycle that does not pass through source
        chain.append(at)
    return chain if at == source else None
