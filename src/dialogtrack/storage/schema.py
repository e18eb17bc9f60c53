"""The database schema, as ordered migrations (sqlite-utils), applied when a database is opened.

A shipped migration is never edited: a change is a new migration. ``store.KNOWN_MIGRATIONS`` lists
their names, so a database can be checked without importing sqlite-utils (a test keeps the two equal).
"""

from __future__ import annotations

import json

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("dialogtrack")


@migrations()
def m001_documents(db: Database) -> None:
    db.table("documents").create(
        {
            "id": str,
            "origin": str,
            "title": str,
            "language": str,
            "published": str,
            "updated": str,
            "views": int,
            "text": str,
            "imported_at": str,
        },
        pk="id",
    )
    db.table("documents").enable_fts(["title", "text"], tokenize="trigram", create_triggers=True)
    db.table("document_origins").create(
        {"document_id": str, "origin": str, "imported_at": str},
        pk=("document_id", "origin"),
        foreign_keys=[("document_id", "documents", "id")],
    )


@migrations()
def m002_series(db: Database) -> None:
    db.table("series").create(
        {
            "id": str,
            "name_en": str,
            "name_th": str,
            "countries": str,
            "kind": str,
            "aliases": str,
            "lineage": str,
        },
        pk="id",
    )


@migrations()
def m003_claims(db: Database) -> None:
    db.table("mentions").create(
        {
            "id": int,
            "document_id": str,
            "series_id": str,
            "round": int,
            "role": str,
            "start": str,
            "end": str,
            "location": str,
            "co_chairs": str,
            "alias": str,
            "quote": str,
            "span_start": int,
            "span_end": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("series_id", "series", "id")],
    )
    db.table("mentions").create_index(["document_id"])
    db.table("mentions").create_index(["series_id", "round"])
    db.table("anniversary_claims").create(
        {
            "id": int,
            "document_id": str,
            "countries": str,
            "kind": str,
            "ordinal": int,
            "year": int,
            "established": str,
            "quote": str,
            "span_start": int,
            "span_end": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
    )
    db.table("anniversary_claims").create_index(["document_id"])
    db.table("cadence_claims").create(
        {"id": int, "document_id": str, "series_id": str, "months": int, "quote": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("series_id", "series", "id")],
    )
    db.table("cadence_claims").create_index(["document_id"])


@migrations()
def m004_conclusions(db: Database) -> None:
    db.table("meetings").create(
        {
            "id": str,
            "series_id": str,
            "round": int,
            "start": str,
            "end": str,
            "location": str,
            "co_chairs": str,
            "status": str,
            "sources": str,
            "conflicts": str,
            "held_with": str,
        },
        pk="id",
        foreign_keys=[("series_id", "series", "id")],
    )
    db.table("relations").create(
        {
            "id": str,
            "name": str,
            "kind": str,
            "countries": str,
            "established": str,
            "milestones": str,
            "conflicts": str,
        },
        pk="id",
    )


@migrations()
def m005_corrections(db: Database) -> None:
    """Facts entered by hand: kept apart from the claims, so no import can lose them."""
    db.table("series_edits").create(
        {"series_id": str, "name_en": str, "name_th": str, "merged_into": str, "aliases": str, "edited_at": str},
        pk="series_id",
    )
    db.table("manual_meetings").create(
        {
            "id": str,
            "series_id": str,
            "round": int,
            "start": str,
            "end": str,
            "location": str,
            "co_chairs": str,
            "status": str,
            "note": str,
            "deleted": int,
            "edited_at": str,
        },
        pk="id",
    )
    db.table("manual_relations").create(
        {"id": str, "countries": str, "kind": str, "established": str, "note": str, "edited_at": str}, pk="id"
    )


@migrations()
def m006_browsing(db: Database) -> None:
    """For browsing the file with Datasette: every reference to a series declared as a foreign key, and
    a view of the meetings with their series' names (Datasette's search box on ``documents`` comes
    from the FTS table that m001 created)."""
    db.table("manual_meetings").transform(add_foreign_keys=[("series_id", "series", "id")])
    db.table("series_edits").transform(
        add_foreign_keys=[("series_id", "series", "id"), ("merged_into", "series", "id")]
    )
    db.create_view(
        "meetings_named",
        "select meetings.id, series.name_en as series, series.name_th as series_th, meetings.round, "
        "meetings.start, meetings.end, meetings.location, meetings.co_chairs, meetings.status, "
        "meetings.sources, meetings.conflicts, meetings.series_id "
        "from meetings join series on series.id = meetings.series_id",
    )


@migrations()
def m007_input_hashes(db: Database) -> None:
    """The hash of the bytes each document was read from, so an input seen before is skipped before
    it is decoded or parsed."""
    db.table("input_hashes").create(
        {"hash": str, "document_id": str}, pk="hash", foreign_keys=[("document_id", "documents", "id")]
    )


@migrations()
def m008_sources(db: Database) -> None:
    """Sources in tables of their own, one row each, instead of a JSON list on every meeting and
    milestone: a round reported by thousands of releases carried thousands of quotes that every
    listing parsed only to count them. The meeting keeps the count, and whether a source was entered by
    hand, which is all a listing shows.

    A row holds the source itself (document, origin, quote, role), so the outputs that print sources
    read them in one pass, and names the claim it comes from (``mention_id``, ``claim_id``); sources
    entered by hand, and those moved here from the JSON lists, name none.
    """
    db.execute("drop view if exists meetings_named")
    meetings = db.table("meetings")
    meetings.add_column("source_count", int)
    meetings.add_column("hand_entered", int)
    db.execute(
        "update meetings set source_count = json_array_length(sources), hand_entered = exists("
        "select 1 from json_each(meetings.sources) where json_extract(value, '$.document') = 'hand-entered')"
    )
    db.table("meeting_sources").create(
        {
            "meeting_id": str,
            "position": int,
            "mention_id": int,
            "document_id": str,
            "origin": str,
            "quote": str,
            "role": str,
        },
        pk=("meeting_id", "position"),
        foreign_keys=[("meeting_id", "meetings", "id"), ("mention_id", "mentions", "id")],
    )
    db.execute(
        "insert into meeting_sources (meeting_id, position, document_id, origin, quote, role) "
        "select meetings.id, source.key, json_extract(source.value, '$.document'), "
        "json_extract(source.value, '$.origin'), json_extract(source.value, '$.quote'), "
        "json_extract(source.value, '$.role') from meetings, json_each(meetings.sources) as source"
    )
    meetings.transform(drop={"sources"})
    db.table("milestone_sources").create(
        {
            "relation_id": str,
            "ordinal": int,
            "year": int,
            "position": int,
            "claim_id": int,
            "document_id": str,
            "origin": str,
            "quote": str,
        },
        pk=("relation_id", "ordinal", "year", "position"),
        foreign_keys=[("relation_id", "relations", "id"), ("claim_id", "anniversary_claims", "id")],
    )
    db.execute(
        "insert into milestone_sources (relation_id, ordinal, year, position, document_id, origin, quote) "
        "select relations.id, json_extract(milestone.value, '$.ordinal'), json_extract(milestone.value, '$.year'), "
        "source.key, json_extract(source.value, '$.document'), json_extract(source.value, '$.origin'), "
        "json_extract(source.value, '$.quote') from relations, json_each(relations.milestones) as milestone, "
        "json_each(milestone.value, '$.sources') as source"
    )
    for relation_id, milestones in db.execute("select id, milestones from relations").fetchall():
        kept = [{"ordinal": ms["ordinal"], "year": ms["year"]} for ms in json.loads(milestones)]
        db.execute("update relations set milestones = ? where id = ?", [json.dumps(kept), relation_id])
    db.create_view(
        "meetings_named",
        "select meetings.id, series.name_en as series, series.name_th as series_th, meetings.round, "
        "meetings.start, meetings.end, meetings.location, meetings.co_chairs, meetings.status, "
        "meetings.source_count, meetings.hand_entered, meetings.conflicts, meetings.series_id "
        "from meetings join series on series.id = meetings.series_id",
    )


@migrations()
def m009_issue11_corrections(db: Database) -> None:
    """The log of hand corrections (``journal``): what each one changed, before and after, so it can be
    listed and taken back. And the names a renamed series was recognised by (``series_found_names``),
    so the ``series`` table itself (and every view on it) can show the names given by hand while an
    undone rename still brings the recognised ones back."""
    db.table("corrections").create(
        {
            "id": int,
            "at": str,
            "command": str,
            "record": str,
            "summary": str,
            "target_table": str,
            "target_key": str,
            "before": str,
            "after": str,
            "undone_at": str,
        },
        pk="id",
    )
    db.table("series_found_names").create(
        {"series_id": str, "name_en": str, "name_th": str},
        pk="series_id",
        foreign_keys=[("series_id", "series", "id")],
    )


@migrations()
def m009_issue12_documents_list(db: Database) -> None:
    """A view of the documents without their full text, for browsing with Datasette: a row of
    ``documents`` holds a whole release, which makes a table page unreadable. The view keeps the
    length instead, and the ``rowid`` that Datasette's search box matches against ``documents_fts``
    (the shipped Datasette metadata points the view at it)."""
    db.create_view(
        "documents_list",
        "select documents.rowid as rowid, documents.id, documents.title, documents.published, "
        "documents.language, documents.origin, documents.updated, documents.views, "
        "length(documents.text) as characters, documents.imported_at from documents",
    )


@migrations()
def m010_issue13_conclusions(db: Database) -> None:
    """Conclusions that no fault leaves stale, rebuilt in place.

    ``rebuild_owed`` holds a row from the moment a document is stored (in the document's own
    transaction) until the meetings and relations are rebuilt from it (in the rebuild's transaction):
    a kill between the two leaves the row, and the next command, whichever it is, completes the
    rebuild. ``meetings.position`` keeps the order the meetings were resolved in, so the rebuild can
    update the rows in place (a column a user added to ``meetings`` keeps its values) rather than
    delete and insert them again in order.
    """
    db.table("rebuild_owed").create({"id": int, "since": str}, pk="id")
    db.table("meetings").add_column("position", int)
    db.execute("update meetings set position = rowid")


@migrations()
def m011_read_with(db: Database) -> None:
    """Which reading found each document's claims: a hash of the recogniser and its language data
    (``pipeline.reading_fingerprint``). A document read by another version, or before this column was
    added (null), is read again from its stored text by ``dialogtrack db reread``."""
    db.table("documents").add_column("read_with", str)
    # Counted after every import: the index spares reading each document's text to find the column.
    db.table("documents").create_index(["read_with"])
