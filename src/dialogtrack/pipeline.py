"""Import: inputs -> documents -> claims -> database -> meetings and relations.

Each input is handled on its own: a bad file is reported and skipped, the rest of the batch goes on,
and a document is stored together with all its claims or not at all. Bytes imported before are not
decoded again, and a text already on record (whatever bytes it came from) is not stored again: only
its new origin is recorded. Meetings and relations are resolved again from all claims once the batch
is in. A large batch is read in worker processes (``workers``) and stored in one process, in order.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from dialogtrack.corrections import apply_manual_meetings, apply_manual_relations, merge_series
from dialogtrack.errors import SourceError
from dialogtrack.extract import find_claims
from dialogtrack.ingest import Fetched, KnownInput, RawText, decode_input, iter_fetched
from dialogtrack.metadata import guess_language, read_page_meta
from dialogtrack.models import Document, Extraction
from dialogtrack.registry import Registry
from dialogtrack.resolve import resolve_meetings, resolve_relations
from dialogtrack.workers import ordered_map

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    meetings: int = 0
    relations: int = 0
    mentions: int = 0
    stopped: str | None = None  # why the batch stopped early (the database refused a write)


def content_id(text: str) -> str:
    """A document's id: the hash of its text, so the same release saved twice is one document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def build_document(raw: RawText) -> Document:
    meta = read_page_meta(raw.text)
    return Document(
        id=content_id(raw.text),
        origin=raw.origin,
        title=raw.title,
        language=guess_language(raw.text),
        text=raw.text,
        published=meta.published,
        updated=meta.updated,
        views=meta.views,
    )


@dataclass(frozen=True)
class Release:
    """One input read: its document and every claim it makes, ready to store."""

    document: Document
    claims: Extraction
    data_hash: str


def read_release(item: Fetched | KnownInput | SourceError, registry: Registry) -> Release | KnownInput | SourceError:
    """Decode an input and find its claims; what needs no reading passes through. Pure, so it runs in
    worker processes."""
    if not isinstance(item, Fetched):
        return item
    try:
        raw = decode_input(item)
    except SourceError as error:
        return error
    doc = build_document(raw)
    return Release(doc, find_claims(doc, registry), raw.data_hash)


def import_sources(
    db: Database,
    args: Sequence[str],
    registry: Registry,
    *,
    stdin: BinaryIO | None = None,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
    jobs: int = 1,
    on_item: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import every input named in ``args``; return what happened to each.

    Inputs are read (and their claims found) in ``jobs`` worker processes when there are enough of
    them; this process stores the results in input order, many documents per transaction."""
    from dialogtrack import store

    report = ImportReport()
    inputs = iter_fetched(
        args, stdin=stdin, timeout=timeout, max_bytes=max_bytes, seen=lambda h: store.document_for_input(db, h)
    )
    uncommitted: list[str] = []  # stored in the open transaction: imported once it commits
    origin = ""
    try:
        with store.WriteBatch(db) as batch:
            for item in ordered_map(read_release, inputs, registry, jobs=jobs):
                if isinstance(item, SourceError):
                    report.failed.append((item.origin, item.problem))
                    origin = item.origin
                else:
                    origin = item.origin if isinstance(item, KnownInput) else item.document.origin
                    batch.open()
                    if isinstance(item, KnownInput):
                        store.add_origin(db, item.document, item.origin)  # these very bytes were imported before
                        report.unchanged.append(origin)
                    elif store.save_document(db, item.document, item.claims, item.data_hash):
                        uncommitted.append(origin)
                    else:
                        report.unchanged.append(origin)
                    if batch.due():
                        batch.commit()
                        report.imported += uncommitted
                        uncommitted = []
                if on_item:
                    on_item(origin)
        report.imported += uncommitted
    except sqlite3.Error as exc:
        # The database, not the input, is at fault (disk full, read-only): every later write would
        # fail the same way, so the batch stops here, and what it had not yet committed is rolled back.
        doing = f"storing {origin}"
        if uncommitted:
            doing += f" (with the {len(uncommitted)} releases stored before it since the last commit)"
        report.stopped = str(store.storage_error(store.database_file(db), exc, doing))
    except BrokenProcessPool:
        report.stopped = "a worker process stopped unexpectedly (out of memory?); import again with --jobs 1"
    try:
        if report.imported:
            report.meetings, report.relations = resolve_all(db, registry)
    except sqlite3.Error as exc:
        if report.stopped is None:
            report.stopped = str(store.storage_error(store.database_file(db), exc, "updating the meetings"))
    counts = store.count_rows(db)
    if not report.imported:  # nothing new: the meetings on record stand
        report.meetings, report.relations = counts["meetings"], counts["relations"]
    report.mentions = counts["mentions"]
    return report


def resolve_all(db: Database, registry: Registry) -> tuple[int, int]:
    """Rebuild meetings and relations from every claim on record, then apply the corrections entered by
    hand; return their numbers.

    Claims are read inside the write transaction, so an import running at the same time cannot commit
    documents between the read and the rebuild that the rebuild would then leave out."""
    from dialogtrack import store

    def names(countries: tuple[str, ...]) -> str:
        ordered = registry.order_countries(countries)
        return "–".join(registry.countries[c].en if c in registry.countries else c for c in ordered)

    with store.writing(db):
        series = {sid: s for sid, (s, _) in store.load_series(db).items()}
        merged = {sid: e["merged_into"] for sid, e in store.load_series_edits(db).items() if e["merged_into"]}
        mentions = merge_series(store.load_mentions(db), merged, series)
        meetings = apply_manual_meetings(resolve_meetings(mentions), store.load_manual_meetings(db), series)
        relations = resolve_relations(store.load_anniversary_claims(db), names)
        relations = apply_manual_relations(relations, store.load_manual_relations(db), names)
        store.replace_conclusions(db, meetings, relations)
    return len(meetings), len(relations)
