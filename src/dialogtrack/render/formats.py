"""Records: meetings, relations, upcoming items and series as plain dicts, the JSON contract.

The keys are a contract (README, and the scorer that reads them): add keys if you must, never rename.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from dialogtrack.cadence import Cadence
from dialogtrack.models import Meeting, Relation, SourceRef, meeting_id
from dialogtrack.timeline import SeriesTimeline, meeting_sort_key
from dialogtrack.upcoming import Upcoming, UpcomingMeeting


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
    meetings = [m for t in timelines for m in t.meetings]
    return [meeting_record(m) for m in sorted(meetings, key=lambda m: (*meeting_sort_key(m), m.series.name_en))]


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
    base = {"date": item.date.iso_start(), "days_until": item.days_until}
    if isinstance(item, UpcomingMeeting):
        return {
            "type": "meeting",
            **base,
            "end": item.date.iso_end(),
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


def to_json(records: Any) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)
