"""Shared test set-up: every test gets its own database file and a wide, colourless terminal."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples" / "docs"


@pytest.fixture(autouse=True)
def isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    db = tmp_path / "test.db"
    monkeypatch.setenv("DIALOGTRACK_DB", str(db))
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("DIALOGTRACK_REGISTRY", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    yield db


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of the bundled examples, imported once."""
    from dialogtrack.cli import app

    db = tmp_path_factory.mktemp("examples") / "examples.db"
    result = CliRunner().invoke(app, ["import", str(EXAMPLES), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def db(examples_db: Path, isolated_db: Path) -> Path:
    """A copy of the examples' database for one test, as $DIALOGTRACK_DB (SQLite's backup: the file
    alone may not hold what its write-ahead log does)."""
    with sqlite3.connect(examples_db) as source, sqlite3.connect(isolated_db) as copy:
        source.backup(copy)
    return isolated_db
