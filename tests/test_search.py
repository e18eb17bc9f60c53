"""Search, end to end on a real database: aliases, Thai, short words, filters, highlights, hostile queries."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from dialogtrack.cli import app
from dialogtrack.registry import load_registry
from dialogtrack.storage.store import find_documents, open_db
from dialogtrack.views.search import search_terms

RELEASES = {
    "us-en.txt": "Strategic Dialogue\nPublished: 12 July 2024\n\nDelegations from the United States and Thailand met "
    "in Bangkok on July 11 for the 9th Thailand–United States Strategic Dialogue.\n",
    "us-th.txt": "การหารือเชิงยุทธศาสตร์\nวันที่ ๒๐ มกราคม ๒๕๖๖\n\nการหารือเชิงยุทธศาสตร์ไทย-สหรัฐอเมริกา ครั้งที่ ๘ "
    "จัดขึ้นที่กรุงเทพมหานคร เมื่อวันที่ ๑๙ มกราคม ๒๕๖๖\n",
    "jp-en.txt": "Joint Commission\nPublished: 3 March 2021\n\nThe 6th Thailand–Japan Joint Commission (JC) met in "
    "Tokyo on 2 March 2021. The JC reviewed trade.\n",
}


@pytest.fixture
def imported(runner: CliRunner, tmp_path: Path) -> Path:
    for name, text in RELEASES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert runner.invoke(app, ["import", str(tmp_path)]).exit_code == 0
    return tmp_path


def search(runner: CliRunner, *args: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["search", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def origins(found: list[dict[str, Any]]) -> set[str]:
    return {Path(d["origins"][0]).name for d in found}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("สหรัฐฯ", {"us-en.txt", "us-th.txt"}),  # the abbreviation finds the full Thai name and the English
        ("United States", {"us-en.txt", "us-th.txt"}),
        ("ญี่ปุ่น", {"jp-en.txt"}),  # Thai finds the English release through the country's aliases
        ("Tokyo", {"jp-en.txt"}),
        ("ยุทธศาสตร์", {"us-th.txt"}),  # a Thai word inside a longer run of Thai: the trigram index
        ("JC", {"jp-en.txt"}),  # two letters: the LIKE fallback
        ("trade", {"jp-en.txt"}),
        ("Mongolia", set()),
    ],
)
def test_search_finds_documents_by_any_alias(runner: CliRunner, imported: Path, query: str, expected: set[str]) -> None:
    assert origins(search(runner, query)) == expected


def test_matches_are_highlighted_where_they_are(runner: CliRunner, imported: Path) -> None:
    [hit] = search(runner, "Joint Commission")
    sentence = hit["matches"][0]
    assert [sentence["sentence"][a:b] for a, b in sentence["highlights"]] == ["Joint Commission"]
    table = runner.invoke(app, ["search", "Tokyo"]).stdout
    assert "Tokyo" in table and "jp-en.txt" in table


def test_filters_by_series_and_period(runner: CliRunner, imported: Path) -> None:
    assert origins(search(runner, "Strategic", "--series", "jp-th")) == set()
    assert origins(search(runner, "การหารือ", "--series", "united states")) == {"us-th.txt"}
    assert origins(search(runner, "Thailand", "--since", "2022")) == {"us-en.txt", "us-th.txt"}  # ไทย too
    assert origins(search(runner, "Thailand", "--until", "2021-12-31")) == {"jp-en.txt"}


@pytest.mark.parametrize(
    "query",
    ['"', '"unbalanced', "NOT", "a OR b", "*", "title:x", "NEAR(a b)", "^Thai", "(", "''; drop table documents; --"],
)
def test_query_syntax_is_never_interpreted(runner: CliRunner, imported: Path, query: str) -> None:
    result = runner.invoke(app, ["search", query, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), list)
    assert len(search(runner, "Thailand")) == 3  # the tables are all still there


def test_a_blank_query_is_one_line(runner: CliRunner) -> None:
    result = runner.invoke(app, ["search", "   "])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: search: give a word")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_any_query_text_reaches_the_index_as_text(tmp_path: Path, query: str) -> None:
    db = open_db(tmp_path / "q.db")
    for term in search_terms(query, load_registry()) or [query]:
        assert isinstance(find_documents(db, term), list)


def test_limit_counts_the_documents_that_pass_the_filters(runner: CliRunner, imported: Path) -> None:
    assert len(search(runner, "Thailand", "--limit", "1")) == 1
    # The only one published before 2022 is found even when it does not rank first.
    assert origins(search(runner, "Thailand", "--limit", "1", "--until", "2021-12-31")) == {"jp-en.txt"}
    assert len(search(runner, "Thailand", "--limit", "2")) == 2


def test_filters_and_the_limit_apply_to_every_match_not_the_first_200(runner: CliRunner, isolated_db: Path) -> None:
    """500 documents hold the words: --since, --series and --limit count among all of them."""
    from dialogtrack.models import DateSpan, Document, Extraction, Mention, Series
    from dialogtrack.storage.store import save_document

    series = Series("th-us-strategic-dialogue", "Thailand–United States Strategic Dialogue", "", ("TH", "US"), "sd")
    db = open_db(isolated_db)
    expected_since, expected_both = set(), set()
    for i in range(500):
        year = 2000 + i % 25
        text = f"Release {i}: the Strategic Dialogue met again" + " and talked" * (i % 7)
        named = i % 4 == 0
        mention = Mention(series, 1 + i % 9, "headline", None, None, (), text, 0, 10, "Strategic Dialogue")
        doc = Document(f"doc{i:04d}", f"r{i}.txt", f"Release {i}", "en", text, DateSpan.from_iso(f"{year}-06-01"))
        save_document(db, doc, Extraction(mentions=(mention,) if named else ()))
        if year >= 2023:
            expected_since.add(doc.id)
            if named:
                expected_both.add(doc.id)
    db.conn.commit()
    found = search(runner, "Strategic Dialogue", "--since", "2023", "--limit", "1000")
    assert {hit["document"] for hit in found} == expected_since
    both = search(runner, "Strategic Dialogue", "--since", "2023", "--series", series.id, "--limit", "1000")
    assert {hit["document"] for hit in both} == expected_both
    assert len(search(runner, "Strategic Dialogue", "--limit", "350")) == 350
    assert len(search(runner, "Str", "--limit", "350")) == 350  # shorter than a trigram: the scan, limited alike
    assert len(search(runner, "St", "--since", "2023", "--limit", "1000")) == len(expected_since)
