"""The process's edges: where its output goes, what its input is, the database path it is given, the
signals it is sent and the CPUs it may use. Every case runs the real ``dialogtrack`` command in a child
process, with the stream, path or signal a user's shell would give it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.corpus import write_releases

from .conftest import EXAMPLES
from .processes import command, environment, run

FULL = "Error: cannot write the output: no space left on the device it goes to; free some space, or write elsewhere\n"


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("edges") / "examples.db"
    assert run(["import", EXAMPLES], db).returncode == 0
    return db


def run_with(args: list[str], db: Path, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(args), env=options.pop("env", environment(db)), capture_output=True, text=True, timeout=120, **options
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [["timeline"], ["timeline", "--format", "csv"], ["timeline", "--format", "json"], ["upcoming", "--format", "ics"]],
    ids=" ".join,
)
def test_output_to_a_full_disk_is_one_line_and_status_1(examples: Path, args: list[str]) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            command(args), env=environment(examples), stdout=full, stderr=subprocess.PIPE, text=True, timeout=120
        )
    errors = [line for line in result.stderr.splitlines(keepends=True) if not line.startswith("Note:")]
    assert errors == [FULL]
    assert result.returncode == 1


def test_output_the_encoding_cannot_hold_is_one_line_and_status_1(examples: Path) -> None:
    result = run_with(["timeline"], examples, env={**environment(examples), "PYTHONIOENCODING": "ascii"})
    assert result.returncode == 1
    assert result.stderr == (
        "Error: cannot write the output: the output encoding (ascii) cannot show U+2013; "
        "set PYTHONIOENCODING=utf-8 or a UTF-8 locale (LANG=C.UTF-8)\n"
    )


def test_a_closed_stdout_is_one_line_and_status_1(examples: Path) -> None:
    result = run_with(["timeline"], examples, preexec_fn=lambda: os.close(1))
    assert result.returncode == 1
    assert result.stderr == "Error: cannot write the output: standard output is closed\n"


def test_a_closed_stdin_is_one_failed_input_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("The 5th Thailand–Japan Joint Commission was held in Tokyo on 1 May 2023.\n", encoding="utf-8")
    result = run_with(["import", "-", str(good)], tmp_path / "t.db", preexec_fn=lambda: os.close(0))
    assert result.returncode == 1
    assert result.stderr == "Error: <stdin>: cannot read: standard input is closed\n"
    assert result.stdout.startswith("imported 1, unchanged 0, failed 1")


@pytest.mark.parametrize("command_args", [["timeline"], ["import", str(EXAMPLES)]], ids=" ".join)
def test_a_database_name_longer_than_the_file_system_takes_is_one_line(tmp_path: Path, command_args: list[str]) -> None:
    db = tmp_path / ("d" * 300 + ".db")
    result = run([*command_args, "--db", db], tmp_path / "unused.db")
    assert result.returncode == 1
    assert result.stderr == (
        f"Error: {db}: the file name is too long for the file system (more than 255 bytes in one name); "
        "give a shorter path with --db\n"
    )


def fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.db")
    return folder / "pipe.db"


@pytest.mark.parametrize("make", [lambda folder: Path(os.devnull), fifo], ids=["/dev/null", "FIFO"])
@pytest.mark.parametrize("command_args", [["timeline"], ["import", str(EXAMPLES)]], ids=" ".join)
def test_a_device_or_fifo_as_the_database_is_not_a_regular_file(
    tmp_path: Path, make: object, command_args: list[str]
) -> None:
    db = make(tmp_path)  # type: ignore[operator]
    result = run([*command_args, "--db", db], tmp_path / "unused.db")
    assert result.returncode == 1
    assert (
        result.stderr == f"Error: {db}: not a regular file (a FIFO, socket or device); give a database file with --db\n"
    )


def test_escape_codes_in_a_database_path_never_reach_the_terminal(tmp_path: Path) -> None:
    db = tmp_path / "\x1b]0;owned\x07" / "\x1bc\x9b31m.db"
    result = run(["timeline", "--db", db], tmp_path / "unused.db")
    assert result.returncode == 1
    assert result.stderr.startswith(f"Error: {tmp_path}/") and result.stderr.count("\n") == 1
    assert not [ch for ch in result.stderr if (ord(ch) < 32 and ch != "\n") or 0x7F <= ord(ch) <= 0x9F]


def test_escape_codes_in_an_option_value_never_reach_the_terminal(tmp_path: Path) -> None:
    result = run(["timeline", "--format", "\x1b]0;owned\x07"], tmp_path / "t.db")
    assert result.returncode == 2
    assert result.stderr.startswith("Error: Invalid value for '--format' / '-f':") and result.stderr.count("\n") == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_a_usage_error_is_one_line(tmp_path: Path) -> None:
    result = run(["import", "--jobs", "0", "x.txt"], tmp_path / "t.db")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "Error: Invalid value for '--jobs' / '-j': 0 is not in the range x>=1; see: dialogtrack import --help\n"
    )


def test_sigterm_mid_import_ends_quietly_and_keeps_the_database_sound(tmp_path: Path) -> None:
    folder = tmp_path / "releases"
    write_releases(folder, 1500)  # enough to be still running, in worker processes, at the first commit
    db = tmp_path / "t.db"
    process = subprocess.Popen(
        command(["import", folder, "--jobs", "2"]),
        env=environment(db),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    stored = 0
    while stored < 40 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
                    stored = conn.execute("select count(*) from documents").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0
    assert process.poll() is None, "the import finished before it could be stopped; give it more work"
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=120)  # until every process holding stderr (the tracker too) ends
    assert process.returncode == 128 + signal.SIGTERM
    assert err == ""  # no traceback, no resource_tracker warning about leaked semaphores
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_a_sigterm_while_a_worker_starts_waits_for_the_start_then_ends_the_process() -> None:
    """Starting a worker sends it its start-up data in several writes: a SIGTERM in between must not cut
    them, or the half-started child prints a traceback. The signal is a real one, sent to this process."""
    script = (
        "import os, signal, sys, time\n"
        "from dialogtrack import guard\n"
        "guard.install()\n"
        "with guard.termination_deferred():\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    time.sleep(0.2)\n"
        "    print('the block ran to its end', flush=True)\n"
        "print('after the block', flush=True)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout == "the block ran to its end\n"
    assert done.returncode == 128 + signal.SIGTERM
    assert done.stderr == ""


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity (Linux)")
def test_workers_are_capped_at_the_cpus_available() -> None:
    # On one CPU, --jobs 4 (or 1000) would start processes that only queue for it: the work stays in
    # the one process.
    script = (
        "import os\n"
        "from dialogtrack.workers import ordered_map\n"
        "from tests.processes import worker_pid\n"
        "os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})\n"
        "pids = set(ordered_map(worker_pid, range(200), None, jobs=4))\n"
        "print(pids == {os.getpid()})\n"
    )
    root = Path(__file__).parent.parent
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=root,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])},
    )
    assert result.stdout.strip() == "True", result.stderr


def test_an_id_beyond_what_sqlite_holds_is_refused_as_the_command_line_is_read(tmp_path: Path) -> None:
    result = run(["corrections", "undo", "99999999999999999999"], tmp_path / "t.db")
    assert result.returncode == 2
    assert result.stderr == (
        "Error: Invalid value for 'correction': 99999999999999999999 is not in the range 1<=x<=9223372036854775807; "
        "see: dialogtrack corrections undo --help\n"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["timeline"],
        ["-q", "upcoming"],
        ["--db", "{db}", "series"],
        ["series", "list", "--help"],
        ["db", "path"],
        ["--help"],
        ["timelin"],
        ["--version"],
    ],
    ids=" ".join,
)
def test_a_process_answers_as_the_whole_command_group_does(examples: Path, args: list[str]) -> None:
    """A process builds only the command it runs; what it prints is what the whole group prints."""
    from typer.testing import CliRunner

    from dialogtrack.cli import app

    args = [a.format(db=examples) for a in args]
    process = run(args, examples)
    whole = CliRunner().invoke(
        app, args, env=environment(examples), prog_name="dialogtrack", terminal_width=78
    )  # 100 columns: Click wraps at 80 less 2
    assert process.stdout == whole.stdout
    assert process.returncode == (whole.exit_code if "timelin" not in args else 2)


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["timeline"], "timeline"),
        (["--db", "x.db", "timeline", "US"], "timeline"),
        (["--db=x.db", "-q", "series", "list"], "series"),
        (["--quiet", "db", "path"], "db"),
        (["--help", "timeline"], None),
        (["--version"], None),
        ([], None),
        (["--db", "timeline"], None),  # the value of --db, then no command
    ],
)
def test_the_command_asked_for_is_past_the_group_options(argv: list[str], name: str | None) -> None:
    from dialogtrack.cli import command_asked_for

    assert command_asked_for(argv) == name
