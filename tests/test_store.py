"""Storage: migrations, refusal of databases it cannot use, all-or-nothing documents, Thai search."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dialogtrack.errors import DialogtrackError
from dialogtrack.models import DateSpan, Document, Extraction
from dialogtrack.storage.store import KNOWN_MIGRATIONS, has_document, load_meetings, open_db, save_document


def test_blank_database_migrates_to_the_expected_schema(tmp_path: Path) -> None:
    db = open_db(tmp_path / "new.db")
    tables = set(db.table_names())
    assert {
        "documents",
        "document_origins",
        "series",
        "mentions",
        "anniversary_claims",
        "cadence_claims",
        "meetings",
        "relations",
        "documents_fts",
        "series_edits",
        "manual_meetings",
        "manual_relations",
        "input_hashes",
        "meeting_sources",
        "milestone_sources",
    } <= tables
    assert "tokenize='trigram'" in db["documents_fts"].schema
    assert sorted(fk.other_table for fk in db["mentions"].foreign_keys) == ["documents", "series"]
    # Opening again applies nothing twice.
    again = open_db(tmp_path / "new.db")
    assert len(list(again.query("select * from _sqlite_migrations"))) == len(KNOWN_MIGRATIONS)
    assert {"meetings_named", "documents_list"} <= set(db.view_names())


def test_a_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_db(path).execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) values ('dialogtrack', 'm999_future', 'x')"
    ).connection.commit()
    before = path.read_bytes()
    with pytest.raises(DialogtrackError, match="newer version of dialogtrack"):
        open_db(path)
    assert path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(DialogtrackError, match="cannot use this database"):
        open_db(path)
    assert path.read_text().startswith("these are my notes")


def test_thai_words_are_found_with_the_trigram_index(tmp_path: Path) -> None:
    db = open_db(tmp_path / "fts.db")
    doc = Document("d1", "x.txt", "หัวข้อ", "th", "การหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น ณ กรุงโตเกียว", DateSpan.from_iso("2024"))
    save_document(db, doc, Extraction())
    hits = list(db.query("select rowid from documents_fts where documents_fts match ?", ['"โตเกียว"']))
    assert len(hits) == 1
    assert has_document(db, "d1")


def test_saving_content_already_stored_adds_only_its_origin(tmp_path: Path) -> None:
    """Two imports running at once may both find a release new; the second to write stores nothing twice."""
    db = open_db(tmp_path / "twice.db")
    doc = Document("d1", "x.txt", "t", "en", "text", None)
    assert save_document(db, doc, Extraction()) is True
    assert save_document(db, replace(doc, origin="copy/x.txt"), Extraction()) is False
    assert db["documents"].count == 1
    assert sorted(r["origin"] for r in db["document_origins"].rows) == ["copy/x.txt", "x.txt"]
    assert load_meetings(db, sources=True) == []


def test_the_light_list_of_migrations_is_the_schema_s() -> None:
    from dialogtrack.storage.schema import migrations
    from dialogtrack.storage.store import KNOWN_MIGRATIONS

    assert tuple(m.name for m in migrations._migrations) == KNOWN_MIGRATIONS


def test_an_up_to_date_database_is_read_without_sqlite_utils(tmp_path: Path) -> None:
    import subprocess
    import sys

    path = tmp_path / "read.db"
    open_db(path).conn.close()
    code = (
        "import sys; from pathlib import Path; from dialogtrack.storage.store import open_for_reading, load_meetings; "
        f"db = open_for_reading(Path({str(path)!r})); assert load_meetings(db, sources=False) == []; "
        "assert 'sqlite_utils' not in sys.modules, 'sqlite_utils was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_database_opened_for_writing_keeps_journals_and_pages_in_memory(tmp_path: Path) -> None:
    """Savepoint journals in memory, not in temporary files written page by page; 8 MB of page cache,
    so a batch of documents does not read the same index pages again for each one."""
    db = open_db(tmp_path / "w.db")
    assert db.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert db.execute("PRAGMA cache_size").fetchone()[0] == -8000
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_the_health_check_knows_every_table_and_column_the_migrations_make(tmp_path: Path) -> None:
    from dialogtrack.health import INDEX_TABLES, TABLES

    db = open_db(tmp_path / "new.db")
    made = {
        name: tuple(row[1] for row in db.execute("select * from pragma_table_info(?)", [name]).fetchall())
        for (name,) in db.execute("select name from sqlite_master where type = 'table'").fetchall()
        if not name.startswith("sqlite_") and name not in INDEX_TABLES
    }
    assert made == TABLES
