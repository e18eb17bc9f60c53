"""Every command against a database damaged in random ways (Hypothesis): no traceback, ever.

A damage is one of what happens to real files: pages overwritten, bytes flipped, the file cut short,
a table dropped or a column renamed by another tool, a value edited to something dialogtrack never
writes, a write-ahead log from another database. Whatever it is, each command either works or says
in one line what is wrong; none ends in a traceback.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from bench.corpus import write_releases
from dialogtrack.cli import app

TABLES = [
    "documents",
    "document_origins",
    "mentions",
    "series",
    "meetings",
    "meeting_sources",
    "relations",
    "milestone_sources",
    "anniversary_claims",
    "cadence_claims",
    "manual_meetings",
    "corrections",
    "series_edits",
    "_sqlite_migrations",
    "documents_fts",
    "documents_fts_data",
    "rebuild_owed",
]
VALUES = st.one_of(
    st.none(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.text(max_size=12),
    st.sampled_from(["", "[", "{}", "[1, 2]", '["x"]', "2024-13-45", "9999-12-31", "10000-01-01", "x/y", "held"]),
    st.binary(max_size=8),
    st.floats(allow_nan=True),
)


@st.composite
def damages(draw: st.DrawFn) -> tuple[str, tuple[object, ...]]:
    kind = draw(
        st.sampled_from(["overwrite page", "flip bytes", "truncate", "drop", "rename column", "edit value", "wal"])
    )
    if kind == "overwrite page":
        return kind, (draw(st.integers(1, 200)), draw(st.binary(min_size=1, max_size=64)))
    if kind == "flip bytes":
        return kind, tuple(draw(st.lists(st.integers(0, 10**6), min_size=1, max_size=20)))
    if kind == "truncate":
        return kind, (draw(st.integers(0, 10**6)),)
    if kind in ("drop", "rename column"):
        return kind, (draw(st.sampled_from(TABLES)), draw(st.integers(0, 12)))
    if kind == "edit value":
        return kind, (draw(st.sampled_from(TABLES)), draw(st.integers(0, 12)), draw(VALUES))
    return kind, ()


def damage(path: Path, kind: str, args: tuple[object, ...], foreign_wal: Path) -> None:
    size = path.stat().st_size
    if size == 0 and kind in ("overwrite page", "flip bytes", "truncate"):
        return  # an earlier damage emptied the file: no byte is left to hurt
    if kind == "overwrite page":
        page, pattern = args
        assert isinstance(page, int) and isinstance(pattern, bytes)
        with path.open("r+b") as f:
            f.seek(((page - 1) * 4096) % size)
            f.write((pattern * (4096 // len(pattern) + 1))[:4096])
    elif kind == "flip bytes":
        with path.open("r+b") as f:
            for offset in args:
                assert isinstance(offset, int)
                f.seek(offset % size)
                byte = f.read(1)
                f.seek(offset % size)
                f.write(bytes([byte[0] ^ 0xFF]))
    elif kind == "truncate":
        (length,) = args
        assert isinstance(length, int)
        with path.open("r+b") as f:
            f.truncate(length % size)
    elif kind == "wal":
        shutil.copy(foreign_wal, f"{path}-wal")
    else:
        table = str(args[0])
        conn = sqlite3.connect(path)
        try:
            columns = [row[1] for row in conn.execute("select * from pragma_table_info(?)", [table])]
            column = columns[int(str(args[1])) % len(columns)] if columns else None
            conn.execute("pragma writable_schema = off")
            if kind == "drop":
                conn.execute(f"drop table if exists [{table}]")
            elif kind == "rename column" and column:
                conn.execute("drop view if exists meetings_named")
                conn.execute(f"alter table [{table}] rename column [{column}] to [{column}_renamed]")
            elif kind == "edit value" and column:
                conn.execute(f"update [{table}] set [{column}] = ?", [args[2]])
            conn.commit()
        except sqlite3.Error:
            pass  # a damage SQLite itself refuses to make
        finally:
            conn.close()


@pytest.fixture(scope="module")
def sound(tmp_path_factory: pytest.TempPathFactory, examples_db: Path) -> tuple[Path, Path, Path]:
    """A sound database as one file, a release to import, and another database's write-ahead log."""
    folder = tmp_path_factory.mktemp("sound")
    path = folder / "sound.db"
    with sqlite3.connect(examples_db) as source, sqlite3.connect(path) as copy:
        source.backup(copy)
    conn = sqlite3.connect(path)
    conn.execute("pragma journal_mode = delete")
    conn.close()
    other = folder / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("pragma journal_mode = wal")
    conn.execute("pragma wal_autocheckpoint = 0")
    with conn:
        conn.execute("create table notes (body text)")
        conn.executemany("insert into notes values (?)", [["x" * 500]] * 40)
    shutil.copy(f"{other}-wal", folder / "foreign-wal")
    conn.close()
    release = write_releases(folder / "in", 1, start=7)[0]
    return path, release, folder / "foreign-wal"


def commands(release: Path) -> list[list[str]]:
    return [
        ["timeline"],
        ["timeline", "--format", "json"],
        ["timeline", "--format", "html"],
        ["upcoming"],
        ["upcoming", "--format", "ics"],
        ["anniversaries", "--format", "json"],
        ["series"],
        ["search", "Dialogue"],
        ["search", "JC", "--since", "2020"],
        ["corrections"],
        ["db", "check"],
        ["import", str(release)],
        ["meeting", "add", "jp-th-strategic-dialogue", "9", "--date", "2030-01-01"],
        ["series", "rename", "jp-th-strategic-dialogue", "--en", "Japan–Thailand Talks"],
        ["corrections", "undo", "1"],
        ["db", "rebuild-index"],
        ["timeline", "--format", "csv"],
    ]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hurt=st.lists(damages(), min_size=1, max_size=2))
@example(hurt=[("flip bytes", (81245,))])  # once a byte of the schema: SQLite's message was not UTF-8
def test_no_command_ends_in_a_traceback_on_a_damaged_database(
    hurt: list[tuple[str, tuple[object, ...]]], sound: tuple[Path, Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> None:
    original, release, foreign_wal = sound
    path = tmp_path_factory.mktemp("hurt") / "hurt.db"
    shutil.copy(original, path)
    for kind, args in hurt:
        damage(path, kind, args, foreign_wal)
    runner = CliRunner()
    for args in commands(release):
        result = runner.invoke(app, [*args, "--db", str(path)])
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            args,
            hurt,
            repr(result.exception),
        )
        assert result.exit_code in (0, 1), (args, hurt, result.output)
