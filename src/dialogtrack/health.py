"""Whether a database file is one dialogtrack can use: looked at before anything is written to it.

Why a look of its own, before the connection that does the work: SQLite trusts the files it is given.
A write-ahead log (``FILE-wal``) copied from another database is replayed over the file as if it were
its own, and the first connection that closes writes it in for good; another program's database would
be switched to WAL and given our tables beside its own; a table dropped or a column renamed (by hand,
by another tool) fails later, deep inside a query. So the file is first opened read-only, which can
never write to it nor fold a log into it, and looked at:

- what SQLite can read of it at all (not a database, damaged pages in its schema);
- whose it is: dialogtrack's migrations, a newer dialogtrack's, or another program's tables;
- its tables and columns against those this version's migrations make (columns a user added are
  fine: the rebuild keeps them);
- the full-text index, for the commands that need it (``search``, and every write, whose triggers
  keep it up to date);
- when a log is left over with no program using the file (after a crash, or copied in), every page
  (``PRAGMA quick_check``), since that log is about to be written into the file.

Each problem is one line naming the file and what to do. ``check_deeply`` is ``dialogtrack db check``:
all of the above, and SQLite's full integrity check of every page and of the full-text index.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from dialogtrack.errors import DialogtrackError

TABLES: dict[str, tuple[str, ...]] = {
    "_sqlite_migrations": ("id", "migration_set", "name", "applied_at"),
    "anniversary_claims": (
        "id",
        "document_id",
        "countries",
        "kind",
        "ordinal",
        "year",
        "established",
        "quote",
        "span_start",
        "span_end",
    ),
    "cadence_claims": ("id", "document_id", "series_id", "months", "quote"),
    "corrections": (
        "id",
        "at",
        "command",
        "record",
        "summary",
        "target_table",
        "target_key",
        "before",
        "after",
        "undone_at",
    ),
    "document_origins": ("document_id", "origin", "imported_at"),
    "documents": (
        "id",
        "origin",
        "title",
        "language",
        "published",
        "updated",
        "views",
        "text",
        "imported_at",
        "read_with",
    ),
    "input_hashes": ("hash", "document_id"),
    "manual_meetings": (
        "id",
        "series_id",
        "round",
        "start",
        "end",
        "location",
        "co_chairs",
        "status",
        "note",
        "deleted",
        "edited_at",
    ),
    "manual_relations": ("id", "countries", "kind", "established", "note", "edited_at"),
    "meeting_sources": ("meeting_id", "position", "mention_id", "document_id", "origin", "quote", "role"),
    "meetings": (
        "id",
        "series_id",
        "round",
        "start",
        "end",
        "location",
        "co_chairs",
        "status",
        "conflicts",
        "held_with",
        "source_count",
        "hand_entered",
        "position",
    ),
    "mentions": (
        "id",
        "document_id",
        "series_id",
        "round",
        "role",
        "start",
        "end",
        "location",
        "co_chairs",
        "alias",
        "quote",
        "span_start",
        "span_end",
    ),
    "milestone_sources": ("relation_id", "ordinal", "year", "position", "claim_id", "document_id", "origin", "quote"),
    "rebuild_owed": ("id", "since"),
    "relations": ("id", "name", "kind", "countries", "established", "milestones", "conflicts"),
    "series": ("id", "name_en", "name_th", "countries", "kind", "aliases", "lineage"),
    "series_edits": ("series_id", "name_en", "name_th", "merged_into", "aliases", "edited_at"),
    "series_found_names": ("series_id", "name_en", "name_th"),
}
"""Every table the migrations make and its columns, as of the last migration (a test keeps this equal
to what migrating a new database gives)."""

INDEX_TABLES = (
    "documents_fts",
    "documents_fts_data",
    "documents_fts_idx",
    "documents_fts_docsize",
    "documents_fts_config",
)
INDEX_TRIGGERS = ("documents_ai", "documents_ad", "documents_au")
"""The trigram full-text index of the documents, and the triggers that keep it up to date."""


class DatabaseProblem(DialogtrackError):
    """The database file cannot be used as it is; nothing was written to it."""


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI that opens ``path`` read-only (``immutable``: the file alone, without its log)."""
    return "file:" + quote(str(path.resolve())) + ("?immutable=1" if immutable else "?mode=ro")


def applied_migrations(conn: sqlite3.Connection) -> set[str]:
    """The dialogtrack migrations applied to a database (none for a new one)."""
    exists = conn.execute("select 1 from sqlite_master where type = 'table' and name = '_sqlite_migrations'")
    if not exists.fetchall():
        return set()
    rows = conn.execute("select name from _sqlite_migrations where migration_set = 'dialogtrack'").fetchall()
    return {row[0] for row in rows}


def inspect(path: Path, known: Sequence[str], *, index: bool, pages: bool = False) -> set[str]:
    """Look at the database file at ``path`` read-only; the migrations applied to it, or
    ``DatabaseProblem`` with one line saying what is wrong and what to do. ``index``: the full-text
    index must be whole too; ``pages``: every page must be sound (before a write: SQLite would find a
    damaged page only once it reached it, after writing others)."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    logged = wal.is_file() and wal.stat().st_size > 0
    left_over = logged and not shm.exists()  # no program has the file open: the log will be written in
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=30, isolation_level=None)
    try:
        # One read transaction for every look: read statement by statement, a process creating the file
        # could commit its tables between "which migrations are applied" (none yet) and "which tables are
        # there" (all of them), and the new database would look like another program's.
        conn.execute("BEGIN")
        applied = applied_migrations(conn)
        problem = _problem(conn, path, known, applied, index=index, pages=pages or left_over)
    except sqlite3.OperationalError:
        # locked (another process is creating the file: the caller waits and tries again), read-only,
        # cannot open: the file's surroundings, not its content; the caller says which
        raise
    except sqlite3.DatabaseError as exc:
        problem = damaged(path, exc)
    finally:
        conn.close()
    if problem is None:
        return applied
    if logged and _alone_is_sound(path, known):
        raise DatabaseProblem(
            f"{path}: its write-ahead log {wal.name} belongs to another database (or to an older copy of this "
            f"one); nothing was written. If no program has {path.name} open, move {wal.name} and {shm.name} "
            "aside and try again"
        )
    raise DatabaseProblem(problem)


def _alone_is_sound(path: Path, known: Sequence[str]) -> bool:
    """Whether the database file, read without its log, passes the checks."""
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
        try:
            applied = applied_migrations(conn)
            return bool(applied) and _problem(conn, path, known, applied, index=True, pages=True) is None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _problem(
    conn: sqlite3.Connection, path: Path, known: Sequence[str], applied: set[str], *, index: bool, pages: bool
) -> str | None:
    """The first thing wrong with the database behind ``conn``, in words, or None."""
    unknown = applied - set(known)
    if unknown:
        return (
            f"{path}: written by a newer version of dialogtrack (migrations {', '.join(sorted(unknown))}); "
            "upgrade dialogtrack to use it"
        )
    names = [row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")]
    if not applied:
        others = [n for n in names if not n.startswith("sqlite_")]
        if others:
            shown = ", ".join(sorted(others)[:3]) + (", …" if len(others) > 3 else "")
            return (
                f"{path}: not a dialogtrack database (it holds another program's tables: {shown}); "
                "nothing was changed. Give dialogtrack a file of its own with --db"
            )
        return None
    if pages and (found := quick_check(conn)) != "ok":
        return damaged(path, found)
    if applied == set(known):
        if problem := schema_problem(conn.execute, path):
            return problem
        if index and (problem := index_problem(conn.execute, path)):
            return problem
    return None


def schema_problem(execute: Callable[..., Any], path: Path | str) -> str | None:
    """A table or column the migrations made that is missing (dropped or renamed by someone else)."""
    rows = execute(
        "select m.name, p.name from sqlite_master as m join pragma_table_info(m.name) as p where m.type = 'table'"
    ).fetchall()
    have: dict[str, set[str]] = {}
    for table, column in rows:
        have.setdefault(table, set()).add(column)
    for table, columns in TABLES.items():
        if table not in have:
            return (
                f"{path}: the table {table} is missing (dropped by another program?); nothing was written. "
                "Restore the file from a backup, or import into a new database with --db"
            )
        for column in columns:
            if column not in have[table]:
                return (
                    f"{path}: the column {table}.{column} is missing (renamed or dropped by another program?); "
                    f"nothing was written. Give it back its name (ALTER TABLE {table} RENAME COLUMN … TO {column}), "
                    "or import into a new database with --db"
                )
    return None


def index_problem(execute: Callable[..., Any], path: Path | str) -> str | None:
    """What is missing of the full-text index of the documents, in words, or None."""
    present = {
        row[0] for row in execute("select name from sqlite_master where type in ('table', 'trigger')").fetchall()
    }
    if all(name in present for name in (*INDEX_TABLES, *INDEX_TRIGGERS)):
        return None
    return (
        f"{path}: the search index of the documents (documents_fts) is missing or incomplete; "
        f"rebuild it with: dialogtrack db rebuild-index --db {path}"
    )


def quick_check(conn: sqlite3.Connection) -> str:
    """SQLite's check of every page's structure: 'ok', or the first problem found."""
    rows = conn.execute("pragma quick_check(1)").fetchall()
    return str(rows[0][0]) if rows else "ok"


def damaged(path: Path | str, exc: sqlite3.Error | str) -> str:
    """The line for a database SQLite finds damaged (or that is no database at all)."""
    said = "; ".join(line.strip() for line in str(exc).splitlines() if line.strip() and not line.startswith("***"))
    if "not a database" in said:
        return (
            f"{path}: cannot use this database ({said}); check that it is a dialogtrack database file, "
            "or give another path with --db"
        )
    return (
        f"{path}: the database is damaged ({said}); nothing was written to it. See what is wrong with: "
        f"dialogtrack db check --db {path}; restore it from a backup, or recover what it holds with: "
        f"sqlite3 {path} .recover | sqlite3 recovered.db"
    )


def check_deeply(path: Path, known: Sequence[str]) -> list[str]:
    """Everything wrong with the database at ``path`` (``dialogtrack db check``): the checks made on
    every open, then SQLite's integrity check of every page and index, and of the full-text index
    against the documents. Nothing is written: the index's check runs in a transaction rolled back."""
    try:
        inspect(path, known, index=False)
    except DatabaseProblem as exc:
        return [str(exc)]
    problems = []
    conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=30)
    try:
        found = [str(row[0]) for row in conn.execute("pragma integrity_check(20)").fetchall()]
        if found != ["ok"]:
            problems.append(damaged(path, "; ".join(found)))
        if problem := index_problem(conn.execute, path):
            return [*problems, problem]
    except sqlite3.DatabaseError as exc:
        return [*problems, damaged(path, exc)]
    finally:
        conn.close()
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None)
    try:
        conn.execute("begin")
        conn.execute("insert into documents_fts (documents_fts, rank) values ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        problems.append(
            f"{path}: the search index does not match the documents ({exc}); rebuild it with: "
            f"dialogtrack db rebuild-index --db {path}"
        )
    finally:
        if conn.in_transaction:
            conn.execute("rollback")
        conn.close()
    return problems
