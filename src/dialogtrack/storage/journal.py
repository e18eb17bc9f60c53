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

    from dialogtrack.storage.store import Reader


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
    """The row ``key`` of one of the tables of hand-entered facts, as a dict (None when there is none)."""
    if table == "series_edits":
        cursor = db.execute("select * from series_edits where series_id = ?", [key])
    elif table == "manual_meetings":
        cursor = db.execute("select * from manual_meetings where id = ?", [key])
    elif table == "manual_relations":
        cursor = db.execute("select * from manual_relations where id = ?", [key])
    else:
        raise ValueError(f"not a table of hand-entered facts: {table}")
    names = [d[0] for d in cursor.description]
    found = cursor.fetchone()
    return dict(zip(names, found, strict=True)) if found else None


def _restore(db: Database, table: str, key: str, row: str | None) -> None:
    """Put the row ``key`` back as ``row`` (its JSON), or delete it when ``row`` is None."""
    if table == "series_edits":
        db.execute("delete from series_edits where series_id = ?", [key])
        if row is not None:
            db.execute(
                "insert into series_edits (series_id, name_en, name_th, merged_into, aliases, edited_at) select "
                "value ->> 'series_id', value ->> 'name_en', value ->> 'name_th', value ->> 'merged_into', "
                "value ->> 'aliases', value ->> 'edited_at' from (select json(?) as value)",
                [row],
            )
    elif table == "manual_meetings":
        db.execute("delete from manual_meetings where id = ?", [key])
        if row is not None:
            db.execute(
                "insert into manual_meetings (id, series_id, round, start, [end], location, co_chairs, status, note, "
                "deleted, edited_at) select value ->> 'id', value ->> 'series_id', value ->> 'round', "
                "value ->> 'start', value ->> 'end', value ->> 'location', value ->> 'co_chairs', value ->> 'status', "
                "value ->> 'note', value ->> 'deleted', value ->> 'edited_at' from (select json(?) as value)",
                [row],
            )
    elif table == "manual_relations":
        db.execute("delete from manual_relations where id = ?", [key])
        if row is not None:
            db.execute(
                "insert into manual_relations (id, countries, kind, established, note, edited_at) select "
                "value ->> 'id', value ->> 'countries', value ->> 'kind', value ->> 'established', value ->> 'note', "
                "value ->> 'edited_at' from (select json(?) as value)",
                [row],
            )
    else:
        raise ValueError(f"not a table of hand-entered facts: {table}")


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
    from dialogtrack.storage.store import now, writing

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
    from dialogtrack.storage.store import now, writing

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
        _restore(db, table, key, before)
        stamp = now()
        db.execute("update corrections set undone_at = ? where id = ?", [stamp, cid])
        rebuild(db)
        sync_series_names(db)
    return Correction(cid, at, command, record, summary, stamp)


def sync_series_names(db: Database) -> None:
    """Write the names given by hand into the ``series`` table, keeping the names recognised in
    ``series_found_names``; a series no longer renamed gets its recognised names back."""
    db.execute(
        "insert or ignore into series_found_names (series_id, name_en, name_th) "
        "select id, name_en, name_th from series where id in (select series_id from series_edits "
        "where coalesce(name_en, '') != '' or coalesce(name_th, '') != '')"
    )
    db.execute(
        "update series set "
        "name_en = coalesce(nullif((select name_en from series_edits where series_id = series.id), ''), "
        "(select name_en from series_found_names where series_id = series.id)), "
        "name_th = coalesce(nullif((select name_th from series_edits where series_id = series.id), ''), "
        "(select name_th from series_found_names where series_id = series.id)) "
        "where id in (select series_id from series_found_names)"
    )
    db.execute(
        "delete from series_found_names where series_id not in (select series_id from series_edits "
        "where coalesce(name_en, '') != '' or coalesce(name_th, '') != '')"
    )


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
