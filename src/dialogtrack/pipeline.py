"""Import: inputs -> documents -> claims -> database -> meetings and relations.

Each input is handled on its own: a bad file is reported and skipped, the rest of the batch goes on,
and a document is stored together with all its claims or not at all. Content already in the
database (same text, whatever its origin) is not parsed again; its new origin is recorded. Meetings and
relations are resolved again from all claims once the batch is in.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from dialogtrack.corrections import apply_manual_meetings, apply_manual_relations, merge_series
from dialogtrack.errors import SourceError
from dialogtrack.extract import find_claims
from dialogtrack.ingest import KnownInput, RawText, iter_inputs
from dialogtrack.metadata import guess_language, read_page_meta
from dialogtrack.models import Document
from dialogtrack.registry import Registry
from dialogtrack.resolve import resolve_meetings, resolve_relations

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


def import_sources(
    db: Database,
    args: Sequence[str],
    registry: Registry,
    *,
    stdin: BinaryIO | None = None,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
    on_item: Callable[[str], None] | None = None,
) -> ImportReport:
    """Import every input named in ``args``; return what happened to each."""
    from dialogtrack import store

    report = ImportReport()
    inputs = iter_inputs(
        args, stdin=stdin, timeout=timeout, max_bytes=max_bytes, seen=lambda h: store.document_for_input(db, h)
    )
    for item in inputs:
        if isinstance(item, SourceError):
            report.failed.append((item.origin, item.problem))
        elif isinstance(item, KnownInput):
            store.add_origin(db, item.document, item.origin)  # these very bytes were imported before
            report.unchanged.append(item.origin)
        else:
            try:
                _import_one(db, item, registry, report)
            except sqlite3.Error as exc:
                # The database, not the input, is at fault (disk full, read-only): every later write
                # would fail the same way, so the batch stops here, with this document rolled back.
                report.stopped = str(store.storage_error(store.database_file(db), exc, f"storing {item.origin}"))
                break
        if on_item:
            on_item(item.origin)
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


def _import_one(db: Database, raw: RawText, registry: Registry, report: ImportReport) -> None:
    from dialogtrack import store

    doc = build_document(raw)
    # The same text from other bytes (another encoding, another page around it) is not read twice;
    # the check is repeated inside the write, where another import running at the same time may have
    # stored the same release first.
    if store.has_document(db, doc.id):
        store.remember_input(db, raw.data_hash, doc.id)
        store.add_origin(db, doc.id, doc.origin)
        report.unchanged.append(doc.origin)
        return
    if not store.save_document(db, doc, find_claims(doc, registry), raw.data_hash):
        report.unchanged.append(doc.origin)
        return
    report.imported.append(doc.origin)


def resolve_all(db: Database, registry: Registry) -> tuple[int, int]:
    """Rebuild meetings and relations from every claim on record, then apply the corrections entered by
    hand; return their numbers.

    Claims are read inside the write transaction, so an import running at the same time cannot commit
    documents between the read and the rebuild that the rebuild would then leave out."""
    from dialogtrack import store
    from dialogtrack.models import meeting_id

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
        store.clear_conclusions(db)
        for m in meetings:
            store.save_meeting_sources(db, meeting_id(m), m.sources)
        store.save_meetings(db, meetings)
        for r in relations:
            for milestone in r.milestones:
                store.save_milestone_sources(db, r.id, milestone)
        store.save_relations(db, relations)
    return len(meetings), len(relations)
