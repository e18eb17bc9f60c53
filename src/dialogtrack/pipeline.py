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
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from dialogtrack.errors import SourceError
from dialogtrack.models import Document, Extraction, Meeting, Relation, meeting_id
from dialogtrack.reading.ingest import Fetched, KnownInput, RawText, decode_input, iter_fetched
from dialogtrack.reading.metadata import guess_language, read_page_meta
from dialogtrack.recognising.extract import find_claims
from dialogtrack.registry import Registry
from dialogtrack.resolving.resolve import (
    HELD,
    first_mentions,
    held_together,
    resolve_meetings,
    resolve_relations,
    short_names,
)
from dialogtrack.storage.corrections import apply_manual_meetings, apply_manual_relations, merge_series, merge_targets
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
    skipped: list[str] = field(default_factory=list)  # files of a folder in no release format
    without_rounds: int = 0  # releases stored that named no dialogue round
    rounds: dict[str, list[str]] = field(default_factory=dict)  # origin -> the rounds it names (``verbose`` only)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (origin, how it was read) worth saying
    read_elsewhere: int = 0  # documents on record whose claims an earlier reading found (see db reread)


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
    note: str | None = None


def reading_fingerprint(registry: Registry) -> str:
    """What a document's claims were read with: this version's recogniser (the source of the recognising
    stage and of the page-date reader, so that a changed rule counts even before the version number moves)
    and the language data of ``registry``, the user's own files included. Claims stored with another
    fingerprint may differ from what this reading finds in the same text: ``dialogtrack db reread`` reads
    them again. How bytes became text (decoding, HTML) is left out: a reread starts from the stored text."""
    digest = hashlib.sha256(registry.data_digest.encode("ascii"))
    package = Path(__file__).resolve().parent
    for source in [*sorted((package / "recognising").glob("*.py")), package / "reading" / "metadata.py"]:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:24]


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
    return Release(doc, find_claims(doc, registry), raw.data_hash, raw.note)


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
    verbose: bool = False,
) -> ImportReport:
    """Import every input named in ``args``; return what happened to each.

    Inputs are read (and their claims found) in ``jobs`` worker processes when there are enough of
    them; this process stores the results in input order, many documents per transaction. With
    ``verbose``, the report keeps the rounds each release names."""
    from dialogtrack.storage import store

    report = ImportReport()
    read_with = reading_fingerprint(registry)
    inputs = iter_fetched(
        args,
        stdin=stdin,
        timeout=timeout,
        max_bytes=max_bytes,
        seen=lambda h: store.document_for_input(db, h),
        skipped=report.skipped,
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
                    elif store.save_document(db, item.document, item.claims, item.data_hash, read_with):
                        uncommitted.append(origin)
                        if item.note:
                            report.notes.append((origin, item.note))
                        report.without_rounds += not item.claims.mentions
                        if verbose:
                            report.rounds[origin] = _rounds_named(item.claims)
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
        if store.rebuild_owed(db):  # this batch stored documents, or an earlier run was stopped before its rebuild
            report.meetings, report.relations = resolve_all(db, registry)
    except sqlite3.Error as exc:
        if report.stopped is None:
            report.stopped = str(store.storage_error(store.database_file(db), exc, "updating the meetings"))
    counts = store.count_rows(db)
    if not report.imported:  # nothing new: the meetings on record stand
        report.meetings, report.relations = counts["meetings"], counts["relations"]
    report.mentions = counts["mentions"]
    report.read_elsewhere = store.read_elsewhere(db, read_with)
    return report


@dataclass
class RereadReport:
    """What ``reread_documents`` did: documents read again, and the meetings and relations after."""

    reread: int = 0
    meetings: int = 0
    relations: int = 0
    stopped: str | None = None


def reread_one(doc: Document, registry: Registry) -> tuple[Document, Extraction]:
    """A stored document read again from its stored text, as an import of that text reads it. Pure, so it
    runs in worker processes."""
    again = build_document(RawText(origin=doc.origin, title=doc.title, text=doc.text, is_html=False))
    return again, find_claims(again, registry)


def reread_documents(
    db: Database, registry: Registry, *, jobs: int = 1, on_item: Callable[[str], None] | None = None
) -> RereadReport:
    """Read again every stored document whose claims an earlier recogniser or other language data found,
    replacing its claims; then rebuild the meetings and relations from them. Each document's claims are
    replaced all at once, many documents per transaction; a run stopped part way leaves the rest to the
    next (they still carry the old fingerprint) and the rebuild owed."""
    from dialogtrack.storage import store

    report = RereadReport()
    read_with = reading_fingerprint(registry)
    origin = ""
    try:
        with store.WriteBatch(db) as batch:
            stale = store.documents_read_elsewhere(db, read_with)
            for doc, claims in ordered_map(reread_one, stale, registry, jobs=jobs):
                origin = doc.origin
                batch.open()
                store.replace_claims(db, doc, claims, read_with)
                report.reread += 1
                if batch.due():
                    batch.commit()
                if on_item:
                    on_item(origin)
    except sqlite3.Error as exc:
        report.stopped = str(store.storage_error(store.database_file(db), exc, f"reading {origin} again"))
    except BrokenProcessPool:
        report.stopped = "a worker process stopped unexpectedly (out of memory?); run it again with --jobs 1"
    try:
        if store.rebuild_owed(db):
            report.meetings, report.relations = resolve_all(db, registry)
        else:
            counts = store.count_rows(db)
            report.meetings, report.relations = counts["meetings"], counts["relations"]
    except sqlite3.Error as exc:
        if report.stopped is None:
            report.stopped = str(store.storage_error(store.database_file(db), exc, "updating the meetings"))
    return report


def _rounds_named(claims: Extraction) -> list[str]:
    """The rounds a release names, as meeting ids (series/round), each once."""
    return list(dict.fromkeys(f"{m.series.id}/{m.round if m.round is not None else '?'}" for m in claims.mentions))


def complete_owed_rebuild(db: Database, registry: Registry) -> bool:
    """Rebuild meetings and relations if claims were stored since they were last rebuilt (an import
    killed or stopped between storing its documents and rebuilding); whether it did."""
    from dialogtrack.storage import store

    if not store.rebuild_owed(db):
        return False
    with store.writing(db):
        if not store.rebuild_owed(db):  # another process completed it while we waited for the lock
            return False
        resolve_all(db, registry)
    return True


def resolve_all(db: Database, registry: Registry) -> tuple[int, int]:
    """Rebuild meetings and relations from every claim on record, then apply the corrections entered by
    hand; return their numbers.

    Claims are read inside the write transaction, so an import running at the same time cannot commit
    documents between the read and the rebuild that the rebuild would then leave out. Memory follows
    the largest series (or relation), not the whole record: see ``_rebuild_meetings``."""
    from dialogtrack.storage import store

    def names(countries: tuple[str, ...]) -> str:
        ordered = registry.order_countries(countries)
        return "–".join(registry.countries[c].en if c in registry.countries else c for c in ordered)

    with store.writing(db):
        store.clear_conclusions(db)
        counts = _rebuild_meetings(db, registry), _rebuild_relations(db, names)
    return counts


def _rebuild_meetings(db: Database, registry: Registry) -> int:
    """Resolve and write the meetings series by series; return how many.

    The mentions of one series (with those of the series merged into it) are read without their
    quotes, resolved, corrected by hand and their sources written before the next series is read. What
    spans series comes last, from what was written: the links between the meetings a document reports
    held together, and the order of the meetings, the one resolving every claim at once gives."""
    from dialogtrack.storage import store

    series = {sid: s for sid, (s, _) in store.load_series(db).items()}
    # A user's merges first; then a body named without its subject joins the one body of its kind that
    # has one (a series the user renamed or merged keeps its own way).
    edits = store.load_series_edits(db)
    merged = {sid: e["merged_into"] for sid, e in edits.items() if e["merged_into"]}
    local = frozenset(k for k, kind in registry.kinds.items() if kind.localities)
    rounds = store.rounds_by_series(db)
    merged |= {sid: goal for sid, goal in short_names(series, rounds, local).items() if sid not in edits}
    manual = store.load_manual_meetings(db)
    added_by_hand: dict[tuple[str, int | None], int] = {(f.series_id, f.round): i for i, f in enumerate(manual)}
    ranked: list[tuple[tuple[int, str, int], Meeting]] = []
    dropped: dict[str, set[str]] = {}  # document -> the meetings deleted by hand that it reports held
    done: set[str] = set()

    def keep(meetings: Sequence[Meeting], first: dict[str, tuple[str, int]]) -> None:
        """Write the meetings' sources; keep the meetings without them, ranked as
        ``apply_manual_meetings`` orders them: rounds by first mention, rounds added by hand, then
        meetings without a round by first mention."""
        for m in meetings:
            key = meeting_id(m)
            store.save_meeting_sources(db, key, m.sources)
            if key in first:
                rank = (2 if m.round is None else 0, *first[key])
            else:
                rank = (1, "", added_by_hand[(m.series.id, m.round)])
            ranked.append((rank, replace(m, sources=(), tally=m.source_tally())))

    for claims, seen in store.mentions_by_series(db, merge_targets(merged, series)):
        claims = merge_series(claims, merged, series)
        series_id = claims[0][0].series.id
        done.add(series_id)
        resolved = resolve_meetings(claims)
        first = {meeting_id(m): seen[i] for m, i in zip(resolved, first_mentions(claims), strict=True)}
        corrected = apply_manual_meetings(resolved, [f for f in manual if f.series_id == series_id], series)
        kept = {meeting_id(m) for m in corrected}
        for m in resolved:
            if meeting_id(m) not in kept:  # deleted by hand
                for s in m.sources:
                    if s.role in HELD:
                        dropped.setdefault(s.document, set()).add(meeting_id(m))
        keep(corrected, first)
    keep(apply_manual_meetings([], [f for f in manual if f.series_id not in done], series), {})

    # A meeting deleted by hand still counts as held with the others its documents report.
    reports = (ids | dropped.pop(doc, set()) for doc, ids in store.held_reports(db, HELD))
    links = held_together(chain(reports, dropped.values()))
    ranked.sort(key=lambda pair: pair[0])
    store.save_meetings(db, [replace(m, held_with=links.get(meeting_id(m), ())) for _, m in ranked])
    return len(ranked)


def _rebuild_relations(db: Database, names: Callable[[tuple[str, ...]], str]) -> int:
    """Resolve and write the relations one at a time (each with the milestones' sources), then apply
    the founding dates entered by hand; return how many."""
    from dialogtrack.storage import store

    found: list[tuple[tuple[str, str, int], Relation]] = []
    for claims, first in store.anniversary_claims_by_relation(db):
        for relation in resolve_relations(claims, names):
            for milestone in relation.milestones:
                store.save_milestone_sources(db, relation.id, milestone)
            bare = tuple(replace(ms, sources=()) for ms in relation.milestones)
            found.append(((relation.name, *first), replace(relation, milestones=bare)))
    found.sort(key=lambda pair: pair[0])  # by name, as resolving every claim at once sorts them
    relations = apply_manual_relations([r for _, r in found], store.load_manual_relations(db), names)
    store.save_relations(db, relations)
    return len(relations)
