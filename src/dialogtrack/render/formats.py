"""Records: meetings, relations, upcoming items and series as plain dicts, the JSON contract.

The keys are a contract (README, and the scorer that reads them): add keys if you must, never rename.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dialogtrack.controls import printable
from dialogtrack.models import Meeting, Relation, SourceRef, meeting_id
from dialogtrack.render.display import english_ordinal

if TYPE_CHECKING:  # the modules behind each command load with the command, not with every export
    from dialogtrack.cadence import Cadence
    from dialogtrack.search import Hit
    from dialogtrack.timeline import SeriesTimeline
    from dialogtrack.upcoming import Upcoming


def source_record(s: SourceRef) -> dict[str, Any]:
    return {"document": s.document, "origin": s.origin, "quote": s.quote}


def meeting_record(m: Meeting) -> dict[str, Any]:
    return {
        "id": meeting_id(m),
        "series": m.series.name_en,
        "series_th": m.series.name_th,
        "series_id": m.series.id,
        "countries": sorted(m.series.countries),
        "round": m.round,
        "start": m.dates.iso_start() if m.dates else None,
        "end": m.dates.iso_end() if m.dates else None,
        "location": m.location,
        "co_chairs": list(m.co_chairs),
        "status": m.status,
        "sources": [source_record(s) for s in m.sources],
        "conflicts": list(m.conflicts),
        "held_with": list(m.held_with),
    }


def timeline_records(timelines: Sequence[SeriesTimeline]) -> list[dict[str, Any]]:
    """Every meeting of the timeline, oldest first (undated last)."""
    from dialogtrack.timeline import meeting_sort_key

    meetings = [m for t in timelines for m in t.meetings]
    passed = {meeting_id(m) for t in timelines for m in t.unconfirmed}
    return [
        {**meeting_record(m), "unconfirmed": meeting_id(m) in passed}
        for m in sorted(meetings, key=lambda m: (*meeting_sort_key(m), m.series.name_en))
    ]


def relation_record(r: Relation) -> dict[str, Any]:
    return {
        "relation": r.name,
        "kind": r.kind,
        "countries": sorted(r.countries),
        "established": r.established,
        "milestones": [
            {"ordinal": ms.ordinal, "year": ms.year, "sources": [source_record(s) for s in ms.sources]}
            for ms in r.milestones
        ],
        "conflicts": list(r.conflicts),
    }


def upcoming_record(item: Upcoming) -> dict[str, Any]:
    from dialogtrack.upcoming import UpcomingMeeting

    base = {
        "date": item.date.iso_start() if item.date else None,
        "days_until": item.days_until,
        "precision": item.date.precision if item.date else None,
    }
    if isinstance(item, UpcomingMeeting):
        return {
            "type": "meeting",
            **base,
            "end": item.date.iso_end() if item.date else None,
            "series": item.series.name_en,
            "series_id": item.series.id,
            "countries": sorted(item.series.countries),
            "round": item.round,
            "status": item.status,
            "basis": item.basis,
        }
    return {
        "type": "anniversary",
        **base,
        "relation": item.relation.name,
        "countries": sorted(item.relation.countries),
        "ordinal": item.ordinal,
        "established": item.relation.established,
    }


def series_record(timeline: SeriesTimeline, aliases: Sequence[str]) -> dict[str, Any]:
    s = timeline.series
    rounds = sorted({m.round for m in timeline.meetings if m.round is not None})
    return {
        "series": s.name_en,
        "series_th": s.name_th,
        "series_id": s.id,
        "countries": sorted(s.countries),
        "kind": s.kind,
        "aliases": list(aliases),
        "meetings": len(timeline.meetings),
        "rounds": rounds,
        "cadence": cadence_record(timeline.cadence),
    }


def cadence_record(c: Cadence) -> dict[str, Any]:
    return {
        "months": c.months,
        "claimed_months": c.claimed_months,
        "observed_months": c.observed_months,
        "basis": c.basis,
        "disagreement": c.disagreement,
    }


def search_record(hit: Hit) -> dict[str, Any]:
    return {
        "document": hit.document,
        "title": hit.title,
        "origins": list(hit.origins),
        "published": hit.published,
        "language": hit.language,
        "matches": [{"sentence": p.text, "highlights": [list(h) for h in p.highlights]} for p in hit.passages],
    }


def search_rows(hits: Sequence[Hit]) -> list[dict[str, Any]]:
    """One flat row per matching sentence (or per document, when only its title matched), for CSV and Markdown."""
    rows: list[dict[str, Any]] = []
    for hit in hits:
        base = {
            "document": hit.document,
            "title": hit.title,
            "origin": hit.origins[0] if hit.origins else None,
            "published": hit.published,
        }
        rows += [{**base, "sentence": p.text} for p in hit.passages] or [{**base, "sentence": None}]
    return rows


_UNESCAPED = re.compile("[\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
"""What ``json.dumps`` leaves raw that a terminal acts on: C1 controls (U+009B is a one-character
escape sequence to some terminals), zero-width and bidi characters."""


def to_json(records: Any) -> str:
    """Records as JSON, values whole, every control character escaped (json escapes C0 itself)."""
    return _UNESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(records, ensure_ascii=False, indent=2))


# ---------------------------------------------------------------------------------------------- CSV, Markdown

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """A record's value as one flat cell: lists joined with "; ", sources by their origin; escape
    sequences and control characters removed (a CSV or Markdown file is read in terminals too)."""
    return printable(_flat(value))


def _flat(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict):
        if "ordinal" in value and "year" in value:  # a milestone
            return f"{english_ordinal(value['ordinal'])} in {value['year']}"
        return str(value.get("origin") or value.get("months") or json.dumps(value, ensure_ascii=False))
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    return str(value)


def spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet will not run: text that starts like a formula gets a leading apostrophe.

    Document text reaches the cells (names, places, quotes), and a spreadsheet opening the CSV would
    evaluate "=HYPERLINK(…)" or "@SUM(…)"; the apostrophe is the convention that keeps it text."""
    return "'" + text if text.startswith(FORMULA_START) else text


def to_csv(records: Sequence[dict[str, Any]], columns: Sequence[str] = ()) -> str:
    """Records as CSV with a header row (``columns`` when there are no records); every text cell flat
    and formula-safe. Numbers stay numbers: -394 days is a value, not a formula."""
    import csv
    import io

    keys = list(dict.fromkeys(key for record in records for key in record)) or list(columns)
    if not keys:
        return ""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(keys)
    for record in records:
        writer.writerow([_csv_cell(record.get(key)) for key in keys])
    return out.getvalue()


def _csv_cell(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return spreadsheet_safe(cell(value))


MEETING_COLUMNS = (
    *("id", "series", "series_th", "series_id", "countries", "round", "start", "end", "location", "co_chairs"),
    *("status", "sources", "conflicts", "held_with", "unconfirmed"),
)
UPCOMING_COLUMNS = (
    *("type", "date", "days_until", "precision", "end", "series", "series_id", "countries", "round", "status"),
    *("basis", "relation", "ordinal", "established"),
)
RELATION_COLUMNS = ("relation", "kind", "countries", "established", "milestones", "conflicts")
SERIES_COLUMNS = ("series", "series_th", "series_id", "countries", "kind", "aliases", "meetings", "rounds", "cadence")
SEARCH_COLUMNS = ("document", "title", "origin", "published", "sentence")
CORRECTION_COLUMNS = ("id", "at", "command", "record", "summary", "undone_at")
"""The columns of each table, for the header of a CSV or Markdown table with no rows."""


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#!])")


def markdown_safe(text: str) -> str:
    """Text for a Markdown table cell: special characters escaped (so no link, image, HTML or column
    can come from a document), line breaks as spaces."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def to_markdown(records: Sequence[dict[str, Any]], columns: Sequence[str] = ()) -> str:
    """Records as a GitHub-flavoured Markdown table (only its header, from ``columns``, with no records)."""
    keys = list(dict.fromkeys(key for record in records for key in record)) or list(columns)
    if not keys:
        return ""
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(markdown_safe(cell(r.get(k))) for k in keys) + " |" for r in records]
    return "\n".join(lines) + "\n"
