"""Command-line conventions: help with an example everywhere, --version, --quiet, plain output when
piped or when NO_COLOR is set, and shell completion."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dialogtrack import __version__
from dialogtrack.cli import app

from .conftest import FIXTURES
from .test_docs import command_names

COMMANDS = command_names(app)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example: " in result.stdout and "dialogtrack " in result.stdout.split("Example: ")[1]


def test_version(runner: CliRunner) -> None:
    assert runner.invoke(app, ["--version"]).stdout == f"dialogtrack {__version__}\n"


def test_quiet_prints_only_results_and_errors(runner: CliRunner, tmp_path: Path) -> None:
    quiet = runner.invoke(app, ["--quiet", "import", str(FIXTURES / "releases"), str(tmp_path / "missing.txt")])
    assert quiet.exit_code == 1
    assert quiet.stdout == ""
    assert quiet.stderr.startswith(f"Error: {tmp_path / 'missing.txt'}")
    assert runner.invoke(app, ["-q", "meeting", "edit", "jp-th-strategic", "4", "--place", "Kyoto"]).stdout == ""
    assert "Kyoto" in runner.invoke(app, ["-q", "timeline", "jp-th"]).stdout  # results are still shown


def dialogtrack(db: Path, *args: str, **env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "TERM")}
    environ.update({"DIALOGTRACK_DB": str(db), "COLUMNS": "100", **env})
    done = subprocess.run(
        [sys.executable, "-m", "dialogtrack", *args], env=environ, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_output_is_plain_when_piped_or_when_no_color_is_set(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"
    dialogtrack(db, "import", str(FIXTURES / "releases"))
    assert "\x1b[" not in dialogtrack(db, "timeline")  # piped: plain
    assert "\x1b[" not in dialogtrack(db, "timeline", FORCE_COLOR="1", NO_COLOR="1")
    assert "\x1b[" in dialogtrack(db, "timeline", FORCE_COLOR="1", TERM="xterm-256color")  # styled on a terminal


def test_shell_completion_is_offered() -> None:
    script = shutil.which("dialogtrack", path=str(Path(sys.executable).parent)) or "dialogtrack"
    # Typer finds the user's shell from the parent processes, which a test run need not have (a CI job,
    # a background run); its switch for tests makes the shell an argument instead.
    env = {**os.environ, "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    done = subprocess.run([script, "--show-completion", "bash"], capture_output=True, text=True, check=False, env=env)
    assert done.returncode == 0, done.stderr
    shown = done.stdout
    assert "_dialogtrack_completion" in shown and "complete " in shown
