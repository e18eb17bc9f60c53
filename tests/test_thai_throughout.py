"""Under ``--lang th`` every word dialogtrack writes itself is Thai: labels, cadence, basis, gaps,
conflicts, places, summaries, the chart, the calendar and the page. Only the data may be Latin
(co-chairs' names and acronyms as the releases write them, file paths), so a Latin word in Thai output
must be found in the imported releases or their paths.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dialogtrack.cli import app

from .conftest import FIXTURES

CORPORA = Path(__file__).parent / "corpora"
THAI_RELEASES = sorted(
    [
        *(FIXTURES / "releases").glob("th-*"),
        *CORPORA.glob("*/docs/*-th.*"),
    ]
)
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
COMMAND_WORDS = {"dialogtrack", "import", "PATH"}  # the command a user types stays as typed

COMMANDS = [
    ["timeline"],
    ["timeline", "--chart"],
    ["timeline", "--format", "html"],
    ["upcoming", "--as-of", "2024-01-01"],
    ["upcoming", "--as-of", "2024-01-01", "--format", "ics"],
    ["anniversaries"],
    ["anniversaries", "--format", "ics"],
    ["series"],
    ["search", "ยุทธศาสตร์"],
    ["search", "ไม่มีคำนี้แน่นอน"],
    ["timeline", "--since", "2300"],
]


@pytest.fixture
def thai_words() -> set[str]:
    """Every Latin word of the imported releases and their paths: the data's own words."""
    words: set[str] = set(COMMAND_WORDS)
    for path in THAI_RELEASES:
        words.update(LATIN_WORD.findall(str(path)))
        words.update(LATIN_WORD.findall(path.read_bytes().decode("utf-8", errors="replace")))
    return words


def tool_words(output: str, data_words: set[str], ics: bool = False, ids: Sequence[str] = ()) -> set[str]:
    if ics:  # only what a calendar shows: the summaries and descriptions
        output = "\n".join(line for line in output.splitlines() if line.startswith(("SUMMARY", "DESCRIPTION")))
        output = re.sub(r"^(SUMMARY|DESCRIPTION)[^:]*:", "", output, flags=re.M)
    if output.lstrip().startswith("<!DOCTYPE"):  # only what a reader sees: text and titles
        output = re.sub(r"<style>.*?</style>", " ", output, flags=re.S)
        output = re.sub(r'(?:title|aria-label)="([^"]*)"', r" \1 ", output)
        output = re.sub(r"<[^>]+>", " ", output)
    paths = [*(str(p) for p in THAI_RELEASES), *ids]  # a table may fold a path or a long id anywhere
    return {w for w in set(LATIN_WORD.findall(output)) - data_words if not any(w in p for p in paths)}


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_no_english_word_of_the_tools_own_in_thai_output(
    runner: CliRunner, thai_words: set[str], command: list[str]
) -> None:
    imported = runner.invoke(app, ["import", "--lang", "th", *map(str, THAI_RELEASES)])
    assert imported.exit_code == 0, imported.output
    assert tool_words(imported.stdout, thai_words) == set(), imported.stdout
    # Series ids are keys a user types into commands (the series table shows them for that), not words.
    ids = [s["series_id"] for s in json.loads(runner.invoke(app, ["series", "--format", "json"]).stdout)]
    result = runner.invoke(app, [*command, "--lang", "th", "--calendar", "be", "--thai-digits"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()
    assert tool_words(result.stdout, thai_words, ics="ics" in command, ids=ids) == set(), result.stdout


def test_places_in_thai_from_the_gazetteer(runner: CliRunner) -> None:
    assert runner.invoke(app, ["import", *map(str, THAI_RELEASES)]).exit_code == 0
    out = runner.invoke(app, ["timeline", "--lang", "th"]).stdout
    assert "โซล" in out and "Seoul" not in out


@pytest.mark.parametrize(
    ("english", "thai"),
    [
        ("expected 2024-04, nothing on record since", "คาดว่า เม.ย. ๒๕๖๗ แต่ไม่มีบันทึกหลังจากนั้น"),
        ("every 32 months (1 gap)", "ทุก ๓๒ เดือน (จากช่วงห่าง ๑ ช่วง)"),
        ("held annually (stated)", "จัดทุกปี (ตามที่แจ้ง)"),
        ("last round 7 on 2021-08-26", "ครั้งล่าสุดคือครั้งที่ ๗ เมื่อ ๒๖ ส.ค. ๒๕๖๔"),
        ("2022-05-09/2022-05-10 (kept) vs 2022-05-11", "ใช้ ๙–๑๐ พ.ค. ๒๕๖๕ แต่แหล่งอื่นระบุ ๑๑ พ.ค. ๒๕๖๕"),
        ("Seoul (kept) vs Washington, D.C.", "ใช้ โซล แต่แหล่งอื่นระบุ กรุงวอชิงตัน ดี.ซี."),
        ("planned, no firm date yet", "วางแผนไว้ ยังไม่มีวันที่แน่นอน"),
        (
            "date passed, no report; announced for 2024-02-22 to 2024-02-23",
            "เลยวันที่แล้ว ไม่มีรายงานการประชุม; ประกาศไว้ ๒๒ ก.พ. ๒๕๖๗ ถึง ๒๓ ก.พ. ๒๕๖๗",
        ),
        ("date unknown (one round on record)", "ไม่ทราบวันที่ (มีบันทึกครั้งเดียว)"),
        ("date unknown (3 rounds on record, undated)", "ไม่ทราบวันที่ (มีบันทึก ๓ ครั้ง ไม่ทราบวันที่)"),
        ("no round since 2021", "ไม่มีการประชุมตั้งแต่ปี ๒๕๖๔"),
        ("announced, no date on record", "ประกาศแล้ว ยังไม่มีวันที่ในบันทึก"),
        (
            "no rounds of any series from 2030-01-01; 2 on record",
            "ไม่มีการประชุมของชุดการประชุมใด ตั้งแต่ ๑ ม.ค. ๒๕๗๓; มีในบันทึก ๒ ครั้ง",
        ),
        ("no series with JP on record; 2 series on record", "ไม่มีชุดการประชุมกับ JP ในบันทึก; มีชุดการประชุม ๒ ชุดในบันทึก"),
    ],
)
def test_the_tools_sentences_in_thai(english: str, thai: str) -> None:
    from dialogtrack.render.display import Display

    assert Display("th", "be", True).sentence(english) == thai
    assert Display().sentence(english) == english
