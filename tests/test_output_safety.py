"""Output safety: what documents say cannot run in a spreadsheet, a Markdown viewer or the database.

Document text (titles, sentences, names) and input names (file paths, URLs) reach every export; these
tests put formulas, markup and SQL in them and read the exports back with the parsers users open them with.
"""

from __future__ import annotations

import ast
import csv
import io
import json
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from dialogtrack.cli import app
from dialogtrack.render.formats import markdown_safe, spreadsheet_safe, to_csv

SOURCE = Path(__file__).parent.parent / "src" / "dialogtrack"
FORMULA = ("=", "+", "-", "@", "\t", "\r")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://example.com","x")', '\'=HYPERLINK("http://example.com","x")'),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("2022-05-09", "2022-05-09"),
        ("Bangkok", "Bangkok"),
        ("การหารือ = ดี", "การหารือ = ดี"),
        ("", ""),
    ],
)
def test_spreadsheet_cells_never_start_like_a_formula(value: str, expected: str) -> None:
    assert spreadsheet_safe(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
        ("a | b", "a \\| b"),
        ("line\nbreak", "line break"),
        ("![img](x)", "\\!\\[img\\](x)"),
        ("ไทย-สหรัฐฯ", "ไทย-สหรัฐฯ"),
    ],
)
def test_markdown_cells_cannot_carry_markup(value: str, expected: str) -> None:
    assert markdown_safe(value) == expected


HOSTILE_NAMES = ["=HYPERLINK(1).txt", "+cmd.txt", "-sum.txt", "@SUM(A1).txt"]


@pytest.fixture
def hostile(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Releases whose file names and text start like formulas, imported by relative path (so the
    origins on record start with "=", "+", "-" and "@" too)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(HOSTILE_NAMES):
        (folder / name).write_text(
            f"=1+{i} <script>alert({i})</script> [x](javascript:alert({i}))\n\n"
            f"@SUM(A{i}) The {i + 2}th Thailand–Japan Joint Commission was held in Tokyo on {i + 1} May 2023, "
            "marking the 136th anniversary of diplomatic relations between Thailand and Japan.\n",
            encoding="utf-8",
        )
    monkeypatch.chdir(folder)
    result = runner.invoke(app, ["import", "--", *HOSTILE_NAMES])
    assert result.exit_code == 0, result.output
    return folder


COMMANDS = [
    ["timeline"],
    ["series"],
    ["anniversaries"],
    ["upcoming", "--as-of", "2023-06-01"],
    ["search", "Joint Commission"],
    ["search", "=1+"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_csv_exports_open_as_text_in_a_spreadsheet(runner: CliRunner, hostile: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert len(rows) >= 2  # a header and at least one row
    assert all(len(row) == len(rows[0]) for row in rows)
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c.startswith(FORMULA)]
    assert any(c.startswith("'") for c in cells) or command[0] in ("anniversaries", "upcoming", "series")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c))
def test_markdown_exports_carry_no_markup(runner: CliRunner, hostile: Path, command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--format", "md"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1].startswith("|---")
    columns = lines[0].count(" | ")
    for line in lines[2:]:
        assert line.replace("\\|", "").count(" | ") == columns
    # Rendered as a Markdown viewer would (CommonMark with raw HTML allowed, plus tables):
    html = MarkdownIt("commonmark").enable("table").render(result.stdout)
    assert "<table>" in html
    assert "<script" not in html and "<a " not in html


def test_csv_of_nothing_is_empty() -> None:
    assert to_csv([]) == ""


def test_json_keeps_document_text_as_data(runner: CliRunner, hostile: Path) -> None:
    found = json.loads(runner.invoke(app, ["search", "=1+", "--format", "json"]).stdout)
    assert {hit["title"][:3] for hit in found} == {"=1+"}  # JSON is data: nothing to neutralise


SQL_METHODS = {"execute", "executemany", "executescript", "query"}


def _sql_calls(tree: ast.AST) -> list[ast.Call]:
    """Calls that run SQL, except inside a method that itself is such a call's pass-through (the
    reader adapter's ``query``/``execute`` hand on their caller's statement)."""
    forwarding = {
        id(node)
        for fn in ast.walk(tree)
        if isinstance(fn, ast.FunctionDef) and fn.name in SQL_METHODS
        for node in ast.walk(fn)
    }
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in SQL_METHODS
        and id(node) not in forwarding
    ]


def test_sql_is_always_a_constant_with_parameters() -> None:
    """No SQL text is built from values: every statement the package runs is a literal string, and
    values travel as parameters."""
    calls = []
    for path in SOURCE.rglob("*.py"):
        for call in _sql_calls(ast.parse(path.read_text(encoding="utf-8"))):
            calls.append(call)
            sql = call.args[0] if call.args else None
            literal = isinstance(sql, ast.Constant) and isinstance(sql.value, str)
            assert literal, f"{path.name}:{call.lineno}: SQL built at run time"
    assert len(calls) > 10  # the check saw the store's statements
