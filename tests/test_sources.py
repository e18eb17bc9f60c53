"""Sources kept in tables of their own: listings count them without reading them, databases written
before migrate with the same output, and resolving series by series concludes exactly what resolving
every claim at once does."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bench.corpus import write_releases
from dialogtrack.cli import app
from dialogtrack.models import Meeting, Relation, SourceTally
from dialogtrack.pipeline import resolve_all
from dialogtrack.registry import load_registry
from dialogtrack.resolving.resolve import resolve_meetings, resolve_relations
from dialogtrack.storage import store
from dialogtrack.storage.corrections import apply_manual_meetings, apply_manual_relations, merge_series

from .conftest import FIXTURES

RELEASES = FIXTURES / "releases"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "docs"
SEED = SHARED / "000-seed-thai-us-sdd-2022.txt"
NO_ROUND = SHARED / "002-dod-us-thailand-dst-2012-en.txt"  # a meeting known by its date alone


def ok(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def record(runner: CliRunner, tmp_path: Path) -> None:
    """Ten synthetic series, the test releases, the seed (three dialogues held together) and a meeting
    without a round (imported first), with corrections of every kind: merged series, rounds added (one
    to a series merged away), edited and deleted by hand (one of them held together with others), a
    founding date entered by hand."""
    releases = write_releases(tmp_path / "in", 90, seed=5)
    ok(runner, "import", str(NO_ROUND), str(RELEASES), str(SEED), *map(str, releases))
    ok(runner, "series", "merge", "th-vn-strategic-dialogue", "th-vn-joint-commission")
    ok(runner, "series", "merge", "th-us-strategic-dialogue", "th-us-defense-strategic-talks")
    ok(runner, "meeting", "edit", "jp-th-strategic-dialogue", "4", "--place", "Osaka", "--note", "the minutes")
    ok(runner, "meeting", "add", "jp-th-strategic-dialogue", "30", "--date", "2030-01-02", "--note", "announced")
    ok(runner, "meeting", "add", "th-vn-strategic-dialogue", "3", "--date", "2011")  # a series merged away
    ok(runner, "meeting", "delete", "th-us-strategic-and-defense-dialogue", "1")
    ok(runner, "relation", "add", "TH", "JP", "--established", "1888-09-26")


def names(countries: tuple[str, ...]) -> str:
    registry = load_registry()
    return "–".join(
        registry.countries[c].en if c in registry.countries else c for c in registry.order_countries(countries)
    )


def all_at_once(db: Any) -> tuple[list[Meeting], list[Relation]]:
    """What resolving every claim at once, quotes and all, concludes (as every import did before)."""
    series = {sid: s for sid, (s, _) in store.load_series(db).items()}
    merged = {sid: e["merged_into"] for sid, e in store.load_series_edits(db).items() if e["merged_into"]}
    claims = merge_series(store.load_mentions(db), merged, series)
    meetings = apply_manual_meetings(resolve_meetings(claims), store.load_manual_meetings(db), series)
    relations = resolve_relations(store.load_anniversary_claims(db), names)
    return meetings, apply_manual_relations(relations, store.load_manual_relations(db), names)


def test_resolving_series_by_series_concludes_what_resolving_at_once_does(record: None, isolated_db: Path) -> None:
    db = store.open_db(isolated_db)
    meetings, relations = all_at_once(db)
    assert store.load_meetings(db, sources=True) == meetings  # sources in order, conflicts, links, order
    assert sorted(store.load_relations(db, sources=True), key=lambda r: r.name) == relations

    by_id = {f"{m.series.id}/{m.round}": m for m in meetings}
    assert "th-vn-strategic-dialogue/1" not in by_id and len(by_id["th-vn-joint-commission/1"].sources) > 1
    assert "th-us-strategic-and-defense-dialogue/1" not in by_id
    # Still linked to the deleted round, as the documents report them held together.
    assert by_id["th-us-defense-strategic-talks/8"].held_with == (
        "th-us-defense-strategic-talks/7",
        "th-us-strategic-and-defense-dialogue/1",
    )
    assert by_id["jp-th-strategic-dialogue/30"].sources[0].quote == "announced"
    assert by_id["jp-th-strategic-dialogue/4"].sources[0].document == "hand-entered"


def test_listings_count_the_sources_without_reading_them(
    record: None, runner: CliRunner, isolated_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = store.open_db(isolated_db)
    full = {f"{m.series.id}/{m.round}": m for m in store.load_meetings(db, sources=True)}
    counted = {f"{m.series.id}/{m.round}": m for m in store.load_meetings(db, sources=False)}
    assert counted.keys() == full.keys()
    for key, m in counted.items():
        assert m.sources == () and m.tally == full[key].source_tally(), key
    edited = counted["jp-th-strategic-dialogue/4"].source_tally()  # by hand, and the releases
    assert edited == SourceTally(len(full["jp-th-strategic-dialogue/4"].sources), True) and edited.count > 2
    assert counted["jp-th-strategic-dialogue/30"].source_tally() == SourceTally(1, True)
    assert not counted["jp-th-strategic-dialogue/3"].source_tally().hand_entered

    def refuse(*_: object) -> None:
        raise AssertionError("a listing read the sources")

    monkeypatch.setattr(store, "load_meeting_sources", refuse)
    table = ok(runner, "timeline", "jp-th-strategic")
    row = next(line for line in table.splitlines() if "Osaka" in line)
    assert row.rstrip("│ ").endswith(f"{edited.count} ✎"), row
    row = next(line for line in table.splitlines() if "2030-01-02" in line)
    assert row.rstrip("│ ").endswith("1 ✎"), row
    for command in (["timeline", "--chart"], ["upcoming", "--as-of", "2024-01-01"], ["series"], ["anniversaries"]):
        ok(runner, *command)
    with pytest.raises(AssertionError, match="read the sources"):
        runner.invoke(app, ["timeline", "--format", "json"], catch_exceptions=False)


def write_m007_conclusions(conn: sqlite3.Connection, meetings: list[Meeting], relations: list[Relation]) -> None:
    """Meetings and relations as m004 to m007 kept them: every source in a JSON list on its meeting
    or milestone."""

    def sources(refs: Any) -> list[dict[str, str]]:
        return [{"document": s.document, "origin": s.origin, "quote": s.quote, "role": s.role} for s in refs]

    for m in meetings:
        conn.execute(
            "insert into meetings (id, series_id, round, start, [end], location, co_chairs, status, sources, "
            "conflicts, held_with) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                f"{m.series.id}/{m.round}"
                if m.round is not None
                else f"{m.series.id}@{m.dates.iso_start() if m.dates else 'undated'}",
                m.series.id,
                m.round,
                m.dates.iso_start() if m.dates else None,
                m.dates.iso_end() if m.dates else None,
                m.location,
                json.dumps(list(m.co_chairs), ensure_ascii=False),
                m.status,
                json.dumps(sources(m.sources), ensure_ascii=False),
                json.dumps(list(m.conflicts), ensure_ascii=False),
                json.dumps(list(m.held_with)),
            ],
        )
    for r in relations:
        milestones = [{"ordinal": ms.ordinal, "year": ms.year, "sources": sources(ms.sources)} for ms in r.milestones]
        conn.execute(
            "insert into relations (id, name, kind, countries, established, milestones, conflicts) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            [
                r.id,
                r.name,
                r.kind,
                json.dumps(list(r.countries)),
                r.established,
                json.dumps(milestones, ensure_ascii=False),
                json.dumps(list(r.conflicts), ensure_ascii=False),
            ],
        )


def outputs(runner: CliRunner, db: Path) -> dict[str, str]:
    commands = {
        "timeline": ["timeline"],
        "json": ["timeline", "--format", "json"],
        "csv": ["timeline", "--format", "csv"],
        "anniversaries": ["anniversaries", "--format", "json"],
        "upcoming": ["upcoming", "--as-of", "2024-01-01", "--format", "json"],
    }
    return {name: ok(runner, *args, "--db", str(db)) for name, args in commands.items()}


CLAIMS = (
    "documents",
    "document_origins",
    "input_hashes",
    "series",
    "mentions",
    "anniversary_claims",
    "cadence_claims",
    "series_edits",
    "manual_meetings",
    "manual_relations",
)


def test_a_database_written_before_migrates_and_shows_the_same(
    record: None, runner: CliRunner, isolated_db: Path, tmp_path: Path
) -> None:
    from sqlite_utils import Database

    from dialogtrack.storage.schema import migrations

    current = store.open_db(isolated_db)
    meetings, relations = store.load_meetings(current, sources=True), store.load_relations(current, sources=True)
    expected = outputs(runner, isolated_db)
    current.conn.close()

    old = tmp_path / "m007.db"
    conn = sqlite3.connect(old)
    migrations.apply(Database(conn), stop_before="m008_sources")
    with conn:
        conn.execute("attach ? as current", [str(isolated_db)])
        for table in CLAIMS:  # the columns the older schema has (later migrations add some)
            columns = ", ".join(f"[{row[1]}]" for row in conn.execute(f"pragma main.table_info([{table}])"))
            conn.execute(f"insert into main.[{table}] ({columns}) select {columns} from current.[{table}]")
        write_m007_conclusions(conn, meetings, relations)
    conn.execute("detach current")
    conn.close()

    assert outputs(runner, old) == expected  # the first command migrates the file
    with sqlite3.connect(old) as conn:
        applied = {row[0] for row in conn.execute("select name from _sqlite_migrations")}
        assert "m008_sources" in applied  # the first command migrated the file
        assert conn.execute("select count(*) from meeting_sources where mention_id is null").fetchone()[0] == sum(
            len(m.sources) for m in meetings
        )
        assert "sources" not in {row[1] for row in conn.execute("pragma table_info(meetings)")}
        assert conn.execute("pragma foreign_key_check").fetchall() == []

    migrated = store.open_db(old)
    resolve_all(migrated, load_registry())  # the sources now name their claims
    assert migrated.execute("select count(*) from meeting_sources where mention_id is null").fetchone()[0] == 3
    migrated.conn.close()
    assert outputs(runner, old) == expected
