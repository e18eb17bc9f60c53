"""Corrections by hand, end to end: they show at once, are marked as hand-entered, win over the
documents (with the disagreement shown), and survive every later import."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dialogtrack.cli import app

from .conftest import FIXTURES

RELEASES = FIXTURES / "releases"


def ok(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def meetings(runner: CliRunner) -> dict[str, dict[str, Any]]:
    return {m["id"]: m for m in json.loads(ok(runner, "timeline", "--format", "json"))}


def reimport(runner: CliRunner) -> None:
    """Import the releases again, and one more, so resolution runs over everything once more."""
    ok(runner, "import", str(RELEASES))


@pytest.fixture
def imported(runner: CliRunner) -> None:
    ok(runner, "import", str(RELEASES))


def test_a_meeting_added_by_hand_is_marked_and_survives_imports(runner: CliRunner, imported: None) -> None:
    out = ok(
        runner,
        "meeting",
        "add",
        "jp-th-strategic",
        "2",
        "--date",
        "2020-11-02",
        "--end",
        "2020-11-03",
        "--place",
        "virtual",
        "--co-chair",
        "A. Person",
        "--note",
        "from the ministry's archive",
    )
    assert "jp-th-strategic-dialogue/2: saved (hand-entered)" in out
    for _ in range(2):
        added = meetings(runner)["jp-th-strategic-dialogue/2"]
        assert (added["start"], added["end"], added["location"], added["co_chairs"]) == (
            "2020-11-02",
            "2020-11-03",
            "virtual",
            ["A. Person"],
        )
        assert added["sources"] == [
            {"document": "hand-entered", "origin": "hand-entered", "quote": "from the ministry's archive"}
        ]
        assert added["conflicts"] == []
        reimport(runner)


def test_a_hand_edit_wins_and_the_disagreement_is_shown(runner: CliRunner, imported: None) -> None:
    ok(runner, "meeting", "edit", "jp-th-strategic-dialogue", "4", "--place", "Osaka")
    reimport(runner)
    edited = meetings(runner)["jp-th-strategic-dialogue/4"]
    assert edited["location"] == "Osaka"
    assert edited["start"] == "2024-03-05"  # what was not edited stays as the documents say
    assert edited["sources"][0]["origin"] == "hand-entered" and len(edited["sources"]) == 3
    assert edited["conflicts"] == ["place entered by hand: Osaka; the documents say Tokyo"]
    table = ok(runner, "timeline", "jp-th")
    assert "Osaka" in table and "! round 4: place entered by hand: Osaka; the documents say Tokyo" in table


def test_a_deleted_meeting_stays_deleted(runner: CliRunner, imported: None) -> None:
    assert "au-th-senior-officials-talks/17" in meetings(runner)
    ok(runner, "meeting", "delete", "au-th-senior", "17", "--note", "announced, then cancelled")
    reimport(runner)
    assert "au-th-senior-officials-talks/17" not in meetings(runner)
    assert "au-th-senior-officials-talks/16" in meetings(runner)


def test_rename_merge_and_alias_survive_imports(runner: CliRunner, imported: None) -> None:
    ok(
        runner,
        "series",
        "rename",
        "my-th-annual",
        "--en",
        "Malaysia–Thailand Annual Consultation",
        "--th",
        "การหารือประจำปี",
    )
    ok(runner, "series", "merge", "au-th-senior-officials-talks", "jp-th-strategic-dialogue")
    ok(runner, "series", "alias", "add", "jp-th-strategic-dialogue", "JTSD")
    reimport(runner)
    found = meetings(runner)
    assert found["my-th-annual-consultation/7"]["series"] == "Malaysia–Thailand Annual Consultation"
    assert found["my-th-annual-consultation/7"]["series_th"] == "การหารือประจำปี"
    assert not [k for k in found if k.startswith("au-th")]
    assert {"jp-th-strategic-dialogue/15", "jp-th-strategic-dialogue/16"} <= set(found)
    listed = {s["series_id"]: s for s in json.loads(ok(runner, "series", "--format", "json"))}
    assert "JTSD" in listed["jp-th-strategic-dialogue"]["aliases"]
    assert listed["my-th-annual-consultation"]["series"] == "Malaysia–Thailand Annual Consultation"
    assert "Malaysia–Thailand" in ok(runner, "series")


def test_a_relation_entered_by_hand_wins_with_its_conflict(runner: CliRunner, imported: None) -> None:
    ok(runner, "relation", "add", "Thailand", "JP", "--established", "1888-09-26")
    ok(runner, "relation", "add", "TH", "US", "--established", "1833-03-20")
    reimport(runner)
    relations = {r["relation"]: r for r in json.loads(ok(runner, "anniversaries", "--format", "json"))}
    japan = relations["Thailand–Japan diplomatic relations"]
    assert japan["established"] == "1888-09-26"
    assert japan["conflicts"] == ["established entered by hand: 1888-09-26; the documents say 1887"]
    assert japan["milestones"]  # the documents' milestones are kept
    assert relations["Thailand–United States diplomatic relations"]["established"] == "1833-03-20"
    upcoming = ok(runner, "upcoming", "--as-of", "2033-01-01", "--within", "1y")
    assert "200th anniversary" in upcoming


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["meeting", "add", "no-such-series", "3"], "Error: no series matches 'no-such-series'"),
        (["meeting", "add", "th", "3"], "matches 3 series"),
        (["meeting", "add", "jp-th", "3", "--date", "3 May"], "write dates as YYYY-MM-DD, YYYY-MM or YYYY"),
        (["meeting", "add", "jp-th", "3", "--date", "2024-05-03", "--end", "2024-05-01"], "is before --date"),
        (["meeting", "edit", "jp-th", "9", "--place", "Kyoto"], "no such meeting on record"),
        (["meeting", "edit", "jp-th", "4"], "give at least one of"),
        (["series", "merge", "jp-th", "jp-th-strategic-dialogue"], "cannot merge a series into itself"),
        (["series", "rename", "jp-th"], "give --en NAME, --th NAME or both"),
        (["relation", "add", "TH", "Atlantis", "--established", "1900"], "'Atlantis' is not a country"),
        (["relation", "add", "TH", "JP", "--established", "long ago"], "write it as YYYY-MM-DD or YYYY"),
        (["relation", "add", "TH", "TH", "--established", "1900"], "give exactly two different countries"),
    ],
)
def test_bad_corrections_are_one_line(runner: CliRunner, imported: None, args: list[str], message: str) -> None:
    before = meetings(runner)
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr
    assert meetings(runner) == before


def test_corrections_need_no_documents_for_relations(runner: CliRunner, tmp_path: Path) -> None:
    ok(runner, "relation", "add", "TH", "US", "--established", "1833")
    assert json.loads(ok(runner, "anniversaries", "--format", "json"))[0]["established"] == "1833"
