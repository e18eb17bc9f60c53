"""SQLite storage: the only module that speaks to the database (through sqlite-utils).

Storage design. What documents *say* is kept apart from what dialogtrack *concludes*:

- ``documents`` (one row per distinct content, keyed by its hash, with a trigram FTS index so Thai
  words can be searched) and ``document_origins`` (every path or URL it came from);
- claims, one table per kind: ``mentions`` (a round of a series, with its role, quote and offsets),
  ``anniversary_claims`` and ``cadence_claims``, each pointing at its document;
- ``series``: the series seen, with every alias as written;
- conclusions, rebuilt from the claims after every import: ``meetings`` and ``relations``, with the
  conflicts between their sources; the sources themselves (which document, which sentence) one row
  each in ``meeting_sources`` and ``milestone_sources``. A round can have thousands of sources, and a
  listing shows only how many: the meeting row keeps that number, so listing reads no quote.

A document and all its claims are written in one transaction, so an interrupted import never leaves a
document without its claims. Migrations are ordered functions applied on every open; a shipped
migration is never edited. A database that has migrations this version does not know was written by a
newer dialogtrack and is refused untouched.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlite_utils import Database

from dialogtrack.errors import DialogtrackError
from dialogtrack.health import DatabaseProblem, damaged, inspect, schema_problem
from dialogtrack.models import (
    AnniversaryClaim,
    CadenceClaim,
    DateSpan,
    Document,
    Extraction,
    Meeting,
    Mention,
    Milestone,
    Relation,
    Role,
    Series,
    SourceRef,
    SourceTally,
    meeting_id,
)
from dialogtrack.storage.corrections import ManualMeeting, ManualRelation, relation_id

BUSY_TIMEOUT_SECONDS = 30.0
KNOWN_MIGRATIONS = (
    "m001_documents",
    "m002_series",
    "m003_claims",
    "m004_conclusions",
    "m005_corrections",
    "m006_browsing",
    "m007_input_hashes",
    "m008_sources",
    "m009_issue11_corrections",
    "m009_issue12_documents_list",
    "m010_issue13_conclusions",
    "m011_read_with",
)
"""The migrations this version knows (``schema.migrations``), by name."""


def open_db(path: Path, *, index: bool = True) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    Nothing is written before the file is known to be a SQLite database that this version understands:
    the version check comes before WAL is switched on, so a database from a newer dialogtrack is left
    exactly as it was.
    """
    if path.exists() and path.is_dir():
        raise DialogtrackError(f"{path}: is a folder, not a database file; give a file path with --db")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _open_and_migrate(path, index=index)
    except sqlite3.DatabaseError as exc:
        raise storage_error(path, exc, "opening it") from exc
    except OSError as exc:
        raise DialogtrackError(
            f"{path}: cannot open the database ({exc.strerror}); check the path and its permissions"
        ) from exc


def _open_and_migrate(path: Path, *, index: bool) -> Database:
    """Check (``health.inspect``, read-only: a file that fails is left as it was), connect, switch on
    WAL and migrate; ``index``: the full-text index must be whole (every write keeps it up to date).

    While another process creates the file or switches it to WAL, SQLite answers "locked" at once
    rather than through the busy timeout, so this retries for as long as that timeout."""
    from sqlite_utils import Database

    from dialogtrack.storage.schema import migrations

    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    pause = 0.01
    while True:
        conn = None
        try:
            if path.is_file() and path.stat().st_size > 0:  # looked at read-only before anything is written
                inspect(path, KNOWN_MIGRATIONS, index=index, pages=True)
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
            db = Database(conn, execute_plugins=False)
            _refuse_newer(_applied(conn), path)
            db.execute("PRAGMA foreign_keys = ON")
            if not _read_only(path):
                db.execute("PRAGMA journal_mode = WAL")
                # In WAL mode NORMAL still never corrupts the file, and a crash of the program loses
                # nothing committed; only a power cut may lose the last commits. It saves an fsync per
                # document.
                db.execute("PRAGMA synchronous = NORMAL")
            # Each document is stored inside a savepoint of its batch's transaction; SQLite keeps what
            # a savepoint may have to undo in a statement journal, by default a temporary file written
            # page by page (eight times the page writes of storing the text). In memory it is a few
            # hundred kilobytes at most.
            db.execute("PRAGMA temp_store = MEMORY")
            # A batch touches pages all over the full-text index and the indexes keyed by content
            # hashes; with SQLite's default 2 MB of cache they are read again from the file, page by
            # page, for every document. 8 MB keeps a batch's pages at hand: importing 10,000 releases
            # took no longer than with 32 MB, and the import's peak memory, workers included, fell
            # from 141 to 120 MB (the cache is filled early and held to the end).
            db.execute("PRAGMA cache_size = -8000")  # in KiB
            if migrations.pending(db):
                with writing(db):
                    if migrations.pending(db):  # another process may have migrated while we waited
                        migrations.apply(db)
                if problem := schema_problem(db.execute, path):  # what an older version left, migrated
                    raise DatabaseProblem(problem)
            return db
        except sqlite3.OperationalError as exc:
            if conn is not None:
                conn.close()
            if not _locked(exc) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)
        except BaseException:
            if conn is not None:
                conn.close()
            raise


def _locked(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


class Reader(Protocol):
    """What the loading functions need of a database: queries with parameters."""

    def query(self, sql: str, params: Sequence[Any] | None = None) -> Iterable[dict[str, Any]]: ...

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> sqlite3.Cursor: ...


class PlainReader:
    """A database opened for reading with the standard library alone: the commands that only read
    start without importing sqlite-utils (and its plugins), which would double their start-up time."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def query(self, sql: str, params: Sequence[Any] | None = None) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params or [])
        keys = [d[0] for d in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row, strict=True))

    def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters or [])


def open_for_reading(path: Path) -> Reader:
    """The database at ``path`` for reading. One that is up to date opens with the standard library
    alone; a new one, or one that needs migrating, goes through ``open_db``."""
    if not path.is_file() or path.stat().st_size == 0:
        return open_db(path)
    try:
        applied = inspect(path, KNOWN_MIGRATIONS, index=False)
    except sqlite3.OperationalError:
        return open_db(path)  # locked while another process creates it: open_db waits
    if applied != set(KNOWN_MIGRATIONS):
        return open_db(path)
    return PlainReader(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS))


def _read_only(path: Path) -> bool:
    """Whether we may not write the database file (or, for a new one, its folder)."""
    return not os.access(path if path.exists() else path.parent, os.W_OK)


def _applied(conn: sqlite3.Connection) -> set[str]:
    """The dialogtrack migrations applied to a database (none for a new one)."""
    exists = conn.execute("select 1 from sqlite_master where type = 'table' and name = '_sqlite_migrations'")
    if not exists.fetchall():
        return set()
    rows = conn.execute("select name from _sqlite_migrations where migration_set = 'dialogtrack'").fetchall()
    return {row[0] for row in rows}


def _refuse_newer(applied: set[str], path: Path) -> None:
    unknown = applied - set(KNOWN_MIGRATIONS)
    if unknown:
        raise DialogtrackError(
            f"{path}: written by a newer version of dialogtrack (migrations {', '.join(sorted(unknown))}); "
            "upgrade dialogtrack to use it"
        )


class StorageError(DialogtrackError):
    """The database refused a write (disk full, read-only, locked too long); what was being written
    was rolled back whole."""


def storage_error(path: Path | str, exc: sqlite3.Error, doing: str) -> StorageError:
    """A one-line, actionable message for what SQLite said while ``doing`` something."""
    said = str(exc)
    if "disk is full" in said or "disk I/O error" in said:
        problem = f"the disk is full; {doing} was rolled back whole. Free some space and try again"
    elif "readonly" in said or "read-only" in said:
        problem = (
            "the database is read-only (the file, or the folder SQLite writes its journal in); "
            "check the permissions, or give another path with --db"
        )
    elif "locked" in said or "busy" in said:
        problem = (
            f"another program kept the database locked for {BUSY_TIMEOUT_SECONDS:g} s; try again when it has finished"
        )
    elif "unable to open" in said:
        problem = "cannot open or create the database file; check that its folder is writable, or give another --db"
    elif "not a database" in said or "malformed" in said:
        return StorageError(damaged(path, exc))
    else:
        problem = f"database error ({said}) while {doing}; check the file, or give another path with --db"
    return StorageError(f"{path}: {problem}")


def database_file(db: Database) -> str:
    """The file behind a connection, for messages."""
    return next((row[2] for row in db.execute("PRAGMA database_list").fetchall() if row[1] == "main"), "database")


@contextmanager
def writing(db: Database) -> Iterator[Database]:
    """One write transaction that takes the write lock at once (``BEGIN IMMEDIATE``).

    A deferred transaction that reads and then writes cannot wait for another writer: SQLite fails it
    at once when its snapshot is stale. Taking the lock first lets the busy timeout make concurrent
    importers queue instead. Nested ``db.atomic()`` blocks become savepoints inside it.
    """
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    with WriteBatch(db) as batch:  # a batch of one write: committed on the way out, rolled back on an error
        batch.open()
        yield db


class WriteBatch:
    """Many writes in one transaction, committed every ``seconds`` or every ``size`` writes.

    A commit per document cost more than storing it: each one writes the pages of the full-text index
    it touched again. Each write inside stays all or nothing (``writing`` makes it a savepoint), a
    killed import loses at most the uncommitted batch (the next import stores it again), and another
    importer waits for at most ``seconds`` for the lock.
    """

    def __init__(self, db: Database, *, seconds: float = 0.5, size: int = 500) -> None:
        self.db, self.seconds, self.size = db, seconds, size
        self.writes = 0
        self.opened = 0.0

    def __enter__(self) -> WriteBatch:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if not self.db.conn.in_transaction:
            return
        if kind is None:
            self.commit()
        else:
            self.db.rollback()

    def open(self) -> None:
        """Begin a transaction unless one is open (taking the write lock at once, as ``writing`` does)."""
        if not self.db.conn.in_transaction:
            self.db.execute("BEGIN IMMEDIATE")
            self.writes, self.opened = 0, time.monotonic()
        self.writes += 1

    def due(self) -> bool:
        return self.writes >= self.size or time.monotonic() - self.opened >= self.seconds

    def commit(self) -> None:
        if self.db.conn.in_transaction:
            try:
                self.db.execute("COMMIT")
            except BaseException:
                self.db.rollback()
                raise


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def has_document(db: Database, document_id: str) -> bool:
    return bool(list(db.query("select 1 from documents where id = ?", [document_id])))


def document_for_input(db: Database, data_hash: str) -> str | None:
    """The document made from bytes with this hash, if they were imported before."""
    rows = db.execute("select document_id from input_hashes where hash = ?", [data_hash]).fetchall()
    return str(rows[0][0]) if rows else None


def has_origin(db: Database, document_id: str, origin: str) -> bool:
    rows = db.execute(
        "select 1 from document_origins where document_id = ? and origin = ?", [document_id, origin]
    ).fetchall()
    return bool(rows)


def remember_input(db: Database, data_hash: str, document_id: str) -> None:
    if data_hash:
        with writing(db):
            db.execute("insert or ignore into input_hashes (hash, document_id) values (?, ?)", [data_hash, document_id])


def add_origin(db: Database, document_id: str, origin: str) -> None:
    if has_origin(db, document_id, origin):
        return  # the same file imported again: nothing to write
    with writing(db):
        db.execute(
            "insert or ignore into document_origins (document_id, origin, imported_at) values (?, ?, ?)",
            [document_id, origin, now()],
        )


def save_document(
    db: Database, doc: Document, extraction: Extraction, data_hash: str = "", read_with: str | None = None
) -> bool:
    """Store a document with every claim it makes, all or nothing; False when another import stored
    the same content first (then only its origin is added)."""
    stamp = now()
    with writing(db):
        if has_document(db, doc.id):
            remember_input(db, data_hash, doc.id)
            add_origin(db, doc.id, doc.origin)
            return False
        # Plain statements with parameters, not sqlite-utils' insert helpers: those look the table up
        # again on every call, and a large import makes some thirty of these calls per release.
        conn = db.conn
        conn.execute(
            "insert into documents (id, origin, title, language, published, updated, views, text, imported_at, "
            "read_with) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                doc.id,
                doc.origin,
                doc.title,
                doc.language,
                doc.published.iso_start() if doc.published else None,
                doc.updated.iso_start() if doc.updated else None,
                doc.views,
                doc.text,
                stamp,
                read_with,
            ],
        )
        conn.execute(
            "insert into document_origins (document_id, origin, imported_at) values (?, ?, ?)",
            [doc.id, doc.origin, stamp],
        )
        remember_input(db, data_hash, doc.id)
        owe_rebuild(db)
        _insert_claims(db, doc.id, extraction)
    return True


def _insert_claims(db: Database, document_id: str, extraction: Extraction) -> None:
    """Every claim of one document, with the series it names (in the caller's transaction)."""
    series = {m.series.id: m.series for m in extraction.mentions}
    series.update({c.series.id: c.series for c in extraction.cadences})
    aliases: dict[str, list[str]] = {}
    for m in extraction.mentions:
        aliases.setdefault(m.series.id, []).append(m.alias)
    for s in series.values():
        _save_series(db, s, aliases.get(s.id, []))
    db.conn.executemany(
        "insert into mentions (document_id, series_id, round, role, start, [end], location, co_chairs, alias, "
        "quote, span_start, span_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                document_id,
                m.series.id,
                m.round,
                m.role,
                m.dates.iso_start() if m.dates else None,
                m.dates.iso_end() if m.dates else None,
                m.location,
                json.dumps(list(m.co_chairs), ensure_ascii=False),
                m.alias,
                m.quote,
                m.start,
                m.end,
            ]
            for m in extraction.mentions
        ],
    )
    db.conn.executemany(
        "insert into anniversary_claims (document_id, countries, kind, ordinal, year, established, quote, "
        "span_start, span_end) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            [
                document_id,
                json.dumps(list(a.countries)),
                a.kind,
                a.ordinal,
                a.year,
                a.established,
                a.quote,
                a.start,
                a.end,
            ]
            for a in extraction.anniversaries
        ],
    )
    db.conn.executemany(
        "insert into cadence_claims (document_id, series_id, months, quote) values (?, ?, ?, ?)",
        [[document_id, c.series.id, c.months, c.quote] for c in extraction.cadences],
    )


def _save_series(db: Database, series: Series, aliases: Sequence[str]) -> None:
    rows = db.execute("select aliases, name_en from series where id = ?", [series.id]).fetchall()
    known: list[str] = json.loads(rows[0][0]) if rows else []
    new = [a for a in dict.fromkeys(aliases) if a and a not in known]
    if rows and not new and len(series.name_en) <= len(rows[0][1]):
        return  # known series, no new way of writing it, no fuller name
    db.execute(
        "insert into series (id, name_en, name_th, countries, kind, aliases, lineage) values (?, ?, ?, ?, ?, ?, ?) "
        # A series named in its sources' own words takes the fullest of them, whatever the order of
        # import, unless a user renamed it.
        "on conflict(id) do update set aliases = excluded.aliases, name_en = case "
        "when length(excluded.name_en) > length(series.name_en) and not exists "
        "(select 1 from series_edits e where e.series_id = series.id and e.name_en is not null) "
        "then excluded.name_en else series.name_en end",
        [
            series.id,
            series.name_en,
            series.name_th,
            json.dumps(list(series.countries)),
            series.kind,
            json.dumps(known + new, ensure_ascii=False),
            json.dumps([]),
        ],
    )


def load_series(db: Reader) -> dict[str, tuple[Series, list[str]]]:
    """Every series on record with the aliases it was written as (and those added by hand); names
    changed by hand replace the extracted ones."""
    edits = load_series_edits(db)
    out = {}
    for row in db.query("select * from series order by name_en"):
        series, aliases = _series(row), json.loads(row["aliases"])
        if edit := edits.get(series.id):
            series = replace(
                series, name_en=edit["name_en"] or series.name_en, name_th=edit["name_th"] or series.name_th
            )
            aliases += [a for a in json.loads(edit["aliases"] or "[]") if a not in aliases]
        out[series.id] = (series, aliases)
    return out


def load_series_edits(db: Reader) -> dict[str, dict[str, Any]]:
    return {row["series_id"]: row for row in db.query("select * from series_edits")}


def save_series_edit(
    db: Database,
    series_id: str,
    *,
    name_en: str | None = None,
    name_th: str | None = None,
    merged_into: str | None = None,
    alias: str | None = None,
) -> None:
    """Record a hand edit of a series; fields not given keep their earlier hand-entered value."""
    with writing(db):
        old = load_series_edits(db).get(series_id, {})
        aliases = json.loads(old.get("aliases") or "[]")
        if alias and alias not in aliases:
            aliases.append(alias)
        db.table("series_edits").upsert(
            {
                "series_id": series_id,
                "name_en": name_en or old.get("name_en"),
                "name_th": name_th or old.get("name_th"),
                "merged_into": merged_into or old.get("merged_into"),
                "aliases": json.dumps(aliases, ensure_ascii=False),
                "edited_at": now(),
            },
            pk="series_id",
        )


def save_manual_meeting(db: Database, fact: ManualMeeting) -> None:
    """Record what the user says of a round, over what they said before (fields not given are kept)."""
    key = f"{fact.series_id}/{fact.round}"
    with writing(db):
        old = next(iter(db.query("select * from manual_meetings where id = ?", [key])), {})
        db.table("manual_meetings").upsert(
            {
                "id": key,
                "series_id": fact.series_id,
                "round": fact.round,
                "start": fact.dates.iso_start() if fact.dates else old.get("start"),
                "end": (fact.dates.iso_end() if fact.dates else old.get("end")),
                "location": fact.location if fact.location is not None else old.get("location"),
                "co_chairs": (
                    json.dumps(list(fact.co_chairs), ensure_ascii=False)
                    if fact.co_chairs is not None
                    else old.get("co_chairs")
                ),
                "status": fact.status or old.get("status"),
                "note": fact.note or old.get("note"),
                "deleted": int(fact.deleted),
                "edited_at": now(),
            },
            pk="id",
        )


def load_manual_meetings(db: Reader) -> list[ManualMeeting]:
    return [
        ManualMeeting(
            series_id=row["series_id"],
            round=row["round"],
            dates=_span(row["start"], row["end"]),
            location=row["location"],
            co_chairs=tuple(json.loads(row["co_chairs"])) if row["co_chairs"] is not None else None,
            status=row["status"],
            note=row["note"],
            deleted=bool(row["deleted"]),
        )
        for row in db.query("select * from manual_meetings order by edited_at, id")
    ]


def save_manual_relation(db: Database, fact: ManualRelation) -> None:
    with writing(db):
        db.table("manual_relations").upsert(
            {
                "id": relation_id(fact.countries, fact.kind),
                "countries": json.dumps(list(fact.countries)),
                "kind": fact.kind,
                "established": fact.established,
                "note": fact.note,
                "edited_at": now(),
            },
            pk="id",
        )


def load_manual_relations(db: Reader) -> list[ManualRelation]:
    return [
        ManualRelation(tuple(json.loads(row["countries"])), row["kind"], row["established"], row["note"])
        for row in db.query("select * from manual_relations order by edited_at, id")
    ]


def _series(row: dict[str, Any]) -> Series:
    return Series(
        id=row["id"],
        name_en=row["name_en"],
        name_th=row["name_th"],
        countries=tuple(json.loads(row["countries"])),
        kind=row["kind"],
    )


def _span(start: str | None, end: str | None) -> DateSpan | None:
    return DateSpan.from_iso(start, end) if start else None


def load_mentions(db: Reader) -> list[tuple[Mention, SourceRef]]:
    """Every mention with the document it comes from, oldest import first, quotes and all (resolution
    reads them series by series instead, without quotes: ``mentions_by_series``)."""
    series = {sid: s for sid, (s, _) in load_series(db).items()}
    rows = db.query(
        "select mentions.*, documents.origin from mentions join documents on documents.id = mentions.document_id "
        "order by documents.imported_at, mentions.id"
    )
    out = []
    for row in rows:
        mention = _mention(row, series)
        out.append((mention, SourceRef(row["document_id"], row["origin"], row["quote"], row["role"], row["id"])))
    return out


def rounds_by_series(db: Reader) -> dict[str, set[int]]:
    """The round numbers the mentions of each series give."""
    out: dict[str, set[int]] = {}
    for row in db.query("select distinct series_id, round from mentions where round is not null"):
        out.setdefault(row["series_id"], set()).add(row["round"])
    return out


def mentions_by_series(
    db: Reader, counts_as: Mapping[str, str]
) -> Iterator[tuple[list[tuple[Mention, SourceRef]], list[tuple[str, int]]]]:
    """The mentions of each series in turn, together with those of the series that count as it
    (``counts_as``: merged series), oldest import first; beside them, where each stands in that order
    over the whole record (its document's import time and its row). One series at a time is held in
    memory.

    Quotes and origins are left empty: the sources are copied from the mention rows by the database
    (``save_meeting_sources``), so resolving meetings never reads them."""
    series = {sid: s for sid, (s, _) in load_series(db).items()}
    members: dict[str, list[str]] = {}
    for sid in sorted(series):
        members.setdefault(counts_as.get(sid, sid), []).append(sid)
    for ids in members.values():
        rows = db.query(
            "select mentions.id, mentions.document_id, mentions.series_id, mentions.round, mentions.role, "
            "mentions.start, mentions.[end], mentions.location, mentions.co_chairs, '' as quote, mentions.alias, "
            "mentions.span_start, mentions.span_end, documents.imported_at from mentions "
            "join documents on documents.id = mentions.document_id "
            "where mentions.series_id in (select value from json_each(?)) "
            "order by documents.imported_at, mentions.id",
            [json.dumps(ids)],
        )
        claims: list[tuple[Mention, SourceRef]] = []
        seen: list[tuple[str, int]] = []
        for row in rows:
            claims.append((_mention(row, series), SourceRef(row["document_id"], "", "", row["role"], row["id"])))
            seen.append((row["imported_at"], row["id"]))
        if claims:
            yield claims, seen


def _mention(row: dict[str, Any], series: Mapping[str, Series]) -> Mention:
    return Mention(
        series=series[row["series_id"]],
        round=row["round"],
        role=row["role"],
        dates=_span(row["start"], row["end"]),
        location=row["location"],
        co_chairs=tuple(json.loads(row["co_chairs"])),
        quote=row["quote"],
        start=row["span_start"],
        end=row["span_end"],
        alias=row["alias"],
    )


ANNIVERSARY_ROLE: Role = "past"
"""The role of a document's claim of an anniversary: it speaks of the founding, a past event."""


def load_anniversary_claims(db: Reader) -> list[tuple[AnniversaryClaim, SourceRef]]:
    """Every anniversary claim with the document it comes from, oldest import first, quotes and all
    (resolution reads them relation by relation instead: ``anniversary_claims_by_relation``)."""
    rows = db.query(
        "select anniversary_claims.*, documents.origin from anniversary_claims "
        "join documents on documents.id = anniversary_claims.document_id "
        "order by documents.imported_at, anniversary_claims.id"
    )
    out = []
    for row in rows:
        source = SourceRef(row["document_id"], row["origin"], row["quote"], ANNIVERSARY_ROLE, row["id"])
        out.append((_anniversary_claim(row), source))
    return out


def anniversary_claims_by_relation(
    db: Reader,
) -> Iterator[tuple[list[tuple[AnniversaryClaim, SourceRef]], tuple[str, int]]]:
    """The anniversary claims of each relation (countries and kind) in turn, oldest import first, with
    the import time and row of the relation's first claim; one relation at a time is held in memory.
    As for mentions, quotes and origins are left empty (``save_milestone_sources`` copies them)."""
    rows = db.query(
        "select anniversary_claims.id, anniversary_claims.document_id, anniversary_claims.countries, "
        "anniversary_claims.kind, anniversary_claims.ordinal, anniversary_claims.year, "
        "anniversary_claims.established, '' as quote, anniversary_claims.span_start, anniversary_claims.span_end, "
        "documents.imported_at from anniversary_claims "
        "join documents on documents.id = anniversary_claims.document_id "
        "order by anniversary_claims.countries, anniversary_claims.kind, documents.imported_at, anniversary_claims.id"
    )
    for _, group in groupby(rows, key=lambda row: (row["countries"], row["kind"])):
        found = list(group)
        claims = [
            (_anniversary_claim(row), SourceRef(row["document_id"], "", "", ANNIVERSARY_ROLE, row["id"]))
            for row in found
        ]
        yield claims, (found[0]["imported_at"], found[0]["id"])


def _anniversary_claim(row: dict[str, Any]) -> AnniversaryClaim:
    return AnniversaryClaim(
        countries=tuple(json.loads(row["countries"])),
        kind=row["kind"],
        ordinal=row["ordinal"],
        year=row["year"],
        established=row["established"],
        quote=row["quote"],
        start=row["span_start"],
        end=row["span_end"],
    )


def load_cadence_claims(db: Reader) -> list[CadenceClaim]:
    series = {sid: s for sid, (s, _) in load_series(db).items()}
    return [
        CadenceClaim(series=series[row["series_id"]], months=row["months"], quote=row["quote"])
        for row in db.query("select * from cadence_claims order by id")
    ]


# Conclusions are rebuilt inside the write transaction of the resolution that calls these, a series at a
# time: the sources of a meeting are written as soon as it is resolved, the meetings themselves once all
# are known (in the order resolving every claim at once gives), so foreign keys are checked at commit.
# Meetings and relations are updated in place, keyed by their ids, and those no claim supports any more
# deleted: a column a user added to either table (as a Datasette user may) keeps its values.


def owe_rebuild(db: Database) -> None:
    """Record, in the transaction that changes the claims, that the conclusions must be rebuilt from
    them: the record stays until a rebuild commits, so a kill in between is completed later."""
    db.execute("insert or ignore into rebuild_owed (id, since) values (1, ?)", [now()])


def read_elsewhere(db: Reader, read_with: str) -> int:
    """How many documents on record had their claims found by another reading than ``read_with`` (another
    version of the recogniser or of its language data, the user's own files included)."""
    row = db.execute("select count(*) from documents where read_with is not ?", [read_with]).fetchone()
    return int(row[0])


def documents_read_elsewhere(db: Reader, read_with: str, *, batch: int = 200) -> Iterator[Document]:
    """The documents :func:`read_elsewhere` counts, as they were stored, a batch at a time (a database of
    100,000 documents is never held in memory at once)."""
    after = 0
    while True:
        rows = db.execute(
            "select rowid, id, origin, title, language, published, updated, views, text from documents "
            "where rowid > ? and read_with is not ? order by rowid limit ?",
            [after, read_with, batch],
        ).fetchall()
        if not rows:
            return
        for rowid, id_, origin, title, language, published, updated, views, text in rows:
            yield Document(
                id=id_,
                origin=origin,
                title=title,
                language=language,
                text=text,
                published=DateSpan.from_iso(published) if published else None,
                updated=DateSpan.from_iso(updated) if updated else None,
                views=views,
            )
            after = rowid


def replace_claims(db: Database, doc: Document, extraction: Extraction, read_with: str) -> None:
    """A stored document's claims (and the dates and language read from its text) replaced by those of a
    new reading, in the caller's transaction. The sources of the conclusions drawn from the old claims go
    with them: the rebuild owed from here on draws them again (no command reads the conclusions before
    completing it)."""
    document_id = doc.id
    with writing(db):
        owe_rebuild(db)
        db.execute(
            "delete from meeting_sources where mention_id in (select id from mentions where document_id = ?)",
            [document_id],
        )
        db.execute(
            "delete from milestone_sources where claim_id in (select id from anniversary_claims where document_id = ?)",
            [document_id],
        )
        db.execute("delete from mentions where document_id = ?", [document_id])
        db.execute("delete from anniversary_claims where document_id = ?", [document_id])
        db.execute("delete from cadence_claims where document_id = ?", [document_id])
        _insert_claims(db, document_id, extraction)
        db.execute(
            "update documents set language = ?, published = ?, updated = ?, views = ?, read_with = ? where id = ?",
            [
                doc.language,
                doc.published.iso_start() if doc.published else None,
                doc.updated.iso_start() if doc.updated else None,
                doc.views,
                read_with,
                document_id,
            ],
        )


def rebuild_owed(db: Reader) -> bool:
    """Whether claims were stored that the meetings and relations on record do not reflect yet."""
    return bool(db.execute("select 1 from rebuild_owed").fetchall())


def clear_conclusions(db: Database) -> None:
    """Delete the sources of every meeting and milestone before they are resolved again (the meetings
    and relations themselves are updated in place by ``save_meetings`` and ``save_relations``), and
    the record that a rebuild is owed: it commits with the rebuild, or not at all."""
    if not db.conn.in_transaction:
        raise RuntimeError("clear_conclusions: call it inside the transaction that writes the new conclusions")
    db.execute("PRAGMA defer_foreign_keys = ON")  # reset at commit
    db.execute("delete from meeting_sources")
    db.execute("delete from milestone_sources")
    db.execute("delete from rebuild_owed")


def save_meeting_sources(db: Database, meeting: str, sources: Sequence[SourceRef]) -> None:
    """Write the sources of one meeting, in order. A source from a mention is copied from its row by
    the database (quote, role, and the document's origin), so the caller needs only the mention's id;
    one entered by hand is written as given."""
    db.conn.executemany(
        "insert into meeting_sources (meeting_id, position, mention_id, document_id, origin, quote, role) "
        "select ?, ?, mentions.id, mentions.document_id, documents.origin, mentions.quote, mentions.role "
        "from mentions join documents on documents.id = mentions.document_id where mentions.id = ?",
        [[meeting, position, s.claim] for position, s in enumerate(sources) if s.claim is not None],
    )
    db.conn.executemany(
        "insert into meeting_sources (meeting_id, position, document_id, origin, quote, role) "
        "values (?, ?, ?, ?, ?, ?)",
        [
            [meeting, position, s.document, s.origin, s.quote, s.role]
            for position, s in enumerate(sources)
            if s.claim is None
        ],
    )


def save_meetings(db: Database, meetings: Sequence[Meeting]) -> None:
    """Write the meetings, in this order (``position``), each with the number of its sources (written
    apart), in place of those on record; meetings no claim or correction supports any more are deleted."""
    rows: list[list[Any]] = []
    for m in meetings:
        tally = m.source_tally()
        rows.append(
            [
                meeting_id(m),
                m.series.id,
                m.round,
                m.dates.iso_start() if m.dates else None,
                m.dates.iso_end() if m.dates else None,
                m.location,
                json.dumps(list(m.co_chairs), ensure_ascii=False),
                m.status,
                json.dumps(list(m.conflicts), ensure_ascii=False),
                json.dumps(list(m.held_with)),
                tally.count,
                int(tally.hand_entered),
                len(rows),
            ]
        )
    db.conn.executemany(
        "insert into meetings (id, series_id, round, start, [end], location, co_chairs, status, conflicts, "
        "held_with, source_count, hand_entered, position) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "on conflict(id) do update set series_id = excluded.series_id, round = excluded.round, "
        "start = excluded.start, [end] = excluded.[end], location = excluded.location, "
        "co_chairs = excluded.co_chairs, status = excluded.status, conflicts = excluded.conflicts, "
        "held_with = excluded.held_with, source_count = excluded.source_count, "
        "hand_entered = excluded.hand_entered, position = excluded.position",
        rows,
    )
    db.execute(
        "delete from meetings where id not in (select value from json_each(?))", [json.dumps([r[0] for r in rows])]
    )


def held_reports(db: Reader, roles: Sequence[str]) -> Iterator[tuple[str, set[str]]]:
    """For each document, the meetings it is a source of through a mention in one of these roles (those
    that report a round held), document by document, from the sources written."""
    rows = db.execute(
        "select document_id, meeting_id from meeting_sources "
        "where mention_id is not null and role in (select value from json_each(?)) order by document_id",
        [json.dumps(list(roles))],
    )
    for document, group in groupby(rows, key=itemgetter(0)):
        yield document, {meeting for _, meeting in group}


def save_milestone_sources(db: Database, relation_id: str, milestone: Milestone) -> None:
    """Write the sources of one milestone, in order, each copied from its anniversary claim's row by the
    database, as ``save_meeting_sources`` does."""
    db.conn.executemany(
        "insert into milestone_sources (relation_id, ordinal, year, position, claim_id, document_id, origin, quote) "
        "select ?, ?, ?, ?, anniversary_claims.id, anniversary_claims.document_id, documents.origin, "
        "anniversary_claims.quote from anniversary_claims "
        "join documents on documents.id = anniversary_claims.document_id where anniversary_claims.id = ?",
        [
            [relation_id, milestone.ordinal, milestone.year, position, s.claim]
            for position, s in enumerate(milestone.sources)
        ],
    )


def save_relations(db: Database, relations: Sequence[Relation]) -> None:
    """Write the relations, their milestones without sources (written apart), in place of those on
    record; relations no claim supports any more are deleted."""
    db.conn.executemany(
        "insert into relations (id, name, kind, countries, established, milestones, conflicts) "
        "values (?, ?, ?, ?, ?, ?, ?) on conflict(id) do update set name = excluded.name, kind = excluded.kind, "
        "countries = excluded.countries, established = excluded.established, milestones = excluded.milestones, "
        "conflicts = excluded.conflicts",
        [
            [
                r.id,
                r.name,
                r.kind,
                json.dumps(list(r.countries)),
                r.established,
                json.dumps([{"ordinal": ms.ordinal, "year": ms.year} for ms in r.milestones]),
                json.dumps(list(r.conflicts), ensure_ascii=False),
            ]
            for r in relations
        ],
    )
    db.execute(
        "delete from relations where id not in (select value from json_each(?))",
        [json.dumps([r.id for r in relations])],
    )


def load_meetings(db: Reader, *, sources: bool) -> list[Meeting]:
    """Every meeting on record, in the order they were resolved.

    With ``sources``, each carries every source, quotes and all, for the outputs that print them.
    Without, a meeting carries only their number and whether one was entered by hand (``tally``):
    all that a listing shows, read from the meeting row alone."""
    series = {sid: s for sid, (s, _) in load_series(db).items()}
    found = load_meeting_sources(db) if sources else {}
    return [
        Meeting(
            series=series[row["series_id"]],
            round=row["round"],
            dates=_span(row["start"], row["end"]),
            location=row["location"],
            co_chairs=tuple(json.loads(row["co_chairs"])),
            status=row["status"],
            sources=found.get(row["id"], ()),
            conflicts=tuple(json.loads(row["conflicts"])),
            held_with=tuple(json.loads(row["held_with"])),
            tally=None if sources else SourceTally(row["source_count"], bool(row["hand_entered"])),
        )
        for row in db.query(
            "select id, series_id, round, start, [end], location, co_chairs, status, conflicts, held_with, "
            "source_count, hand_entered from meetings order by position, rowid"
        )
    ]


def load_meeting_sources(db: Reader) -> dict[str, tuple[SourceRef, ...]]:
    """Every meeting's sources, in order, by meeting id."""
    rows = db.execute(
        "select meeting_id, mention_id, document_id, origin, quote, role from meeting_sources "
        "order by meeting_id, position"
    )
    return {
        meeting: tuple(SourceRef(doc, origin, quote, role, mention) for _, mention, doc, origin, quote, role in group)
        for meeting, group in groupby(rows, key=itemgetter(0))
    }


def load_relations(db: Reader, *, sources: bool) -> list[Relation]:
    """Every relation, by name. With ``sources``, each milestone carries the documents that claim it;
    without, its sources are left empty (no listing shows them)."""
    found = _milestone_sources(db) if sources else {}
    return [
        Relation(
            id=row["id"],
            name=row["name"],
            kind=row["kind"],
            countries=tuple(json.loads(row["countries"])),
            established=row["established"],
            milestones=tuple(
                Milestone(ms["ordinal"], ms["year"], found.get((row["id"], ms["ordinal"], ms["year"]), ()))
                for ms in json.loads(row["milestones"])
            ),
            conflicts=tuple(json.loads(row["conflicts"])),
        )
        for row in db.query("select * from relations order by name")
    ]


def _milestone_sources(db: Reader) -> dict[tuple[str, int, int], tuple[SourceRef, ...]]:
    rows = db.execute(
        "select relation_id, ordinal, year, claim_id, document_id, origin, quote from milestone_sources "
        "order by relation_id, ordinal, year, position"
    )
    return {
        milestone: tuple(
            SourceRef(document, origin, quote, ANNIVERSARY_ROLE, claim) for *_, claim, document, origin, quote in group
        )
        for milestone, group in groupby(rows, key=itemgetter(0, 1, 2))
    }


def rebuild_search_index(db: Database) -> int:
    """Drop what is left of the documents' full-text index and the triggers that keep it up to date,
    and build both again from the documents (``dialogtrack db rebuild-index``); how many documents the
    index holds. One transaction: a failure leaves the index as it was."""
    with writing(db):
        db.execute("drop trigger if exists documents_ai")
        db.execute("drop trigger if exists documents_ad")
        db.execute("drop trigger if exists documents_au")
        db.execute("drop table if exists documents_fts")
        # the shadow tables left behind when the index table itself was dropped
        db.execute("drop table if exists documents_fts_data")
        db.execute("drop table if exists documents_fts_idx")
        db.execute("drop table if exists documents_fts_docsize")
        db.execute("drop table if exists documents_fts_config")
        documents = db.table("documents")
        documents.enable_fts(["title", "text"], tokenize="trigram", create_triggers=True)
        documents.rebuild_fts()
        return int(db.execute("select count(*) from documents_fts").fetchone()[0])


def count_rows(db: Database) -> dict[str, int]:
    return {table: db[table].count for table in ("documents", "mentions", "meetings", "relations")}


def find_documents(
    db: Reader,
    term: str,
    limit: int = 200,
    *,
    since: str | None = None,
    until: str | None = None,
    naming: Sequence[str] | None = None,
) -> list[str]:
    """Ids of the documents whose title or text holds ``term``, best first: at most ``limit`` of those
    published from ``since`` to ``until`` (ISO days; a document with no date is left out once either
    is given) that name one of the series ``naming``. The filters are part of the query, so the limit
    counts only documents that pass them.

    Terms of three characters or more go to the trigram index as one quoted phrase, so no query can
    be read as FTS syntax; shorter ones are found with an escaped LIKE."""
    from dialogtrack.views.search import fts_phrase, like_pattern

    among = None if naming is None else json.dumps(list(naming))
    filters = [since, since, until, until, among, among]
    if len(term) >= 3:
        rows = db.execute(
            "select documents.id from documents_fts join documents on documents.rowid = documents_fts.rowid "
            "where documents_fts match ? "
            "and (? is null or substr(documents.published, 1, 10) >= ?) "
            "and (? is null or substr(documents.published, 1, 10) <= ?) "
            "and (? is null or documents.id in (select document_id from mentions "
            "where series_id in (select value from json_each(?)))) "
            "order by documents_fts.rank limit ?",
            [fts_phrase(term), *filters, limit],
        )
    else:
        pattern = like_pattern(term)
        rows = db.execute(
            "select id from documents where (title like ? escape '\\' or text like ? escape '\\') "
            "and (? is null or substr(published, 1, 10) >= ?) "
            "and (? is null or substr(published, 1, 10) <= ?) "
            "and (? is null or id in (select document_id from mentions "
            "where series_id in (select value from json_each(?)))) "
            "order by published desc limit ?",
            [pattern, pattern, *filters, limit],
        )
    return [row[0] for row in rows.fetchall()]


def load_documents(db: Reader, ids: Sequence[str]) -> list[dict[str, Any]]:
    """The documents with these ids, in that order, each with every origin it came from."""
    rows = {
        row["id"]: row
        for row in db.query(
            "select id, title, text, published, language from documents where id in (select value from json_each(?))",
            [json.dumps(list(ids))],
        )
    }
    origins: dict[str, list[str]] = {}
    for row in db.query(
        "select document_id, origin from document_origins where document_id in (select value from json_each(?)) "
        "order by imported_at, origin",
        [json.dumps(list(ids))],
    ):
        origins.setdefault(row["document_id"], []).append(row["origin"])
    return [{**rows[i], "origins": origins.get(i, [])} for i in ids if i in rows]


def documents_naming(db: Reader, series_ids: Sequence[str]) -> set[str]:
    """Ids of the documents that mention any of these series."""
    return {
        row["document_id"]
        for row in db.query(
            "select distinct document_id from mentions where series_id in (select value from json_each(?))",
            [json.dumps(list(series_ids))],
        )
    }
