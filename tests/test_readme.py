"""Every command the README shows runs on the bundled examples as written, and prints what the README
says it prints (lines elided with "…" aside; the clock's times in the corrections list aside)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dialogtrack.cli import app

ROOT = Path(__file__).parent.parent
STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2}\+00:00)?")


def examples() -> list[tuple[str, list[str]]]:
    """Each `$ dialogtrack …` line of the README's code blocks, with the lines shown after it."""
    found: list[tuple[str, list[str]]] = []
    in_block = current = False
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_block, current = not in_block, False
            continue
        if not in_block:
            continue
        if line.startswith("$ "):
            found.append((line[2:], []))
            current = True
        elif current:
            found[-1][1].append(line)
    return [(command, shown) for command, shown in found if "dialogtrack " in command]


def invoke(runner: CliRunner, command: str) -> tuple[int, str, str]:
    words = shlex.split(command)
    env = {}
    while "=" in words[0]:
        name, value = words.pop(0).split("=", 1)
        env[name] = value
    assert words.pop(0) == "dialogtrack", command
    if ">" in words:  # output redirected to a file: only that it runs counts
        words = words[: words.index(">")]
    result = runner.invoke(app, words, env=env)
    return result.exit_code, result.stdout, result.stderr


NOTES = ("Error:", "Note:", "Warning:")
"""How the lines written to stderr start."""


def check(command: str, code: int, stdout: str, stderr: str, shown: list[str]) -> None:
    assert code == (1 if any(line.startswith("Error:") for line in shown) else 0), (command, stdout, stderr)
    if ">" in command:
        return  # what it writes goes to a file
    assert stderr.splitlines() == [line for line in shown if line.startswith(NOTES)], command
    actual = [STAMP.sub("TIME", line).rstrip() for line in stdout.splitlines()]
    expected = [STAMP.sub("TIME", line).rstrip() for line in shown if not line.startswith(NOTES)]
    while actual and not actual[-1]:  # a timeline ends with a blank line
        actual.pop()
    if not any(line.strip() == "…" for line in expected):
        assert actual == expected, command
        return
    at = 0  # every line shown, in order, among the lines printed (indentation aside)
    stripped = [line.strip() for line in actual]
    for line in (e.strip() for e in expected if e.strip() != "…"):
        assert line in stripped[at:], f"{command}: {line!r} not printed (in this order)"
        at = stripped.index(line, at) + 1


def test_the_readme_examples_are_true(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_db: Path
) -> None:
    monkeypatch.chdir(ROOT)  # the README runs from the checkout: examples/docs, origins as shown
    monkeypatch.setenv("COLUMNS", "80")
    shown = examples()
    assert len(shown) > 20
    [(first, first_output)] = [(c, s) for c, s in shown if c.startswith("dialogtrack import examples/docs")]
    check(first, *invoke(runner, first), first_output)  # the record every other example reads
    for command, output in shown:
        if command != first:
            check(command, *invoke(runner, command), output)
    assert not (ROOT / "timeline.html").exists() and not (ROOT / "dialogues.ics").exists()
