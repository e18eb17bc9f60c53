"""Names and shown text: file and folder names that are not UTF-8 are imported and kept byte for byte;
escape codes from file names, URLs and hand-entered values never reach a table, CSV or Markdown."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from dialogtrack.cli import app

RELEASE = "The {n}th Thailand–Japan Joint Commission was held in Tokyo on 1 May 20{n}.\n"
SHOWN_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE = "\x1b]0;owned\x07\x1bc\x1b[31m\x9b2J\u202e"


def unescaped(name: str) -> bytes:
    """The bytes an escaped name stands for (the inverse of ``escaped_name`` for names without "\\")."""
    parts = re.split(r"\\x([0-9a-f]{2})", name)
    return b"".join(bytes([int(p, 16)]) if i % 2 else p.encode("utf-8") for i, p in enumerate(parts))


@given(st.binary(min_size=1, max_size=40).filter(lambda b: b"\\" not in b))
def test_an_escaped_name_keeps_every_byte_and_is_printable_text(name: bytes) -> None:
    from dialogtrack.controls import escaped_name

    shown = escaped_name(os.fsdecode(name))
    shown.encode("utf-8")  # storable: no surrogates left
    assert not SHOWN_CONTROL.search(shown)
    assert unescaped(shown) == name


def test_names_that_are_not_utf8_are_imported_and_stored_escaped(
    runner: CliRunner, tmp_path: Path, isolated_db: Path
) -> None:
    folder = tmp_path / "in"
    sub = Path(os.fsdecode(bytes(folder) + b"/dir\xfe"))
    sub.mkdir(parents=True)
    Path(os.fsdecode(bytes(folder) + b"/b\xff.txt")).write_text(RELEASE.format(n=21), encoding="utf-8")
    (sub / "good.txt").write_text(RELEASE.format(n=22), encoding="utf-8")
    result = runner.invoke(app, ["import", "-v", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"imported {folder}/b\\xff.txt: jp-th-joint-commission/21",
        f"imported {folder}/dir\\xfe/good.txt: jp-th-joint-commission/22",
        "imported 2, unchanged 0, failed 0; 2 meetings, 0 relations on record",
    ]
    with sqlite3.connect(isolated_db) as conn:
        origins = sorted(row[0] for row in conn.execute("select origin from document_origins"))
    assert origins == [f"{folder}/b\\xff.txt", f"{folder}/dir\\xfe/good.txt"]
    assert [unescaped(o) for o in origins] == [bytes(folder) + b"/b\xff.txt", bytes(folder) + b"/dir\xfe/good.txt"]
    again = runner.invoke(app, ["import", str(folder)])
    assert "imported 0, unchanged 2, failed 0" in again.stdout


@pytest.fixture
def hostile(runner: CliRunner, tmp_path: Path) -> Path:
    """A record whose file name, place, co-chair, series name and relation kind hold escape codes."""
    name = tmp_path / f"release{HOSTILE}.txt"
    name.write_text(RELEASE.format(n=21), encoding="utf-8")
    assert runner.invoke(app, ["import", str(name)]).exit_code == 0
    for args in (
        ["meeting", "add", "jp-th-joint-commission", "22", "--date", "2024", "--place", f"Osaka{HOSTILE}"],
        ["meeting", "edit", "jp-th-joint-commission", "22", "--co-chair", f"{HOSTILE}Chair", "--note", HOSTILE],
        ["series", "rename", "jp-th-joint-commission", "--en", f"Joint{HOSTILE} Commission"],
        ["series", "alias", "add", "jp-th-joint-commission", f"JC{HOSTILE}"],
        ["relation", "add", "TH", "JP", "--established", "1887-09-26", "--kind", f"relations{HOSTILE}"],
    ):
        result = runner.invoke(app, args)
        assert result.exit_code == 0, (args, result.output)
    return tmp_path


COMMANDS = [
    ["timeline"],
    ["series"],
    ["anniversaries"],
    ["upcoming", "--as-of", "2023-06-01"],
    ["corrections"],
    ["search", "Joint Commission"],
    ["search", f"Joint{HOSTILE}"],  # the words searched for are shown too
]


@pytest.mark.parametrize("format", ["table", "csv", "md"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_escape_codes_never_reach_a_text_format(
    runner: CliRunner, hostile: Path, command: list[str], format: str
) -> None:
    result = runner.invoke(app, [*command, "--format", format])
    assert result.exit_code == 0, result.output
    assert not SHOWN_CONTROL.search(result.stdout), repr(result.stdout)
    if command[0] in ("timeline", "corrections"):
        assert "Osaka" in result.stdout


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_json_keeps_the_values_whole_with_every_control_escaped(
    runner: CliRunner, hostile: Path, command: list[str]
) -> None:
    result = runner.invoke(app, [*command, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert not SHOWN_CONTROL.search(result.stdout.replace("\n", ""))
    json.loads(result.stdout)
    if command[0] == "timeline":
        assert f"Osaka{HOSTILE}" in {m["location"] for m in json.loads(result.stdout)}
