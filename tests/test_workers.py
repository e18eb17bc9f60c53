"""Large imports read releases in worker processes and store them in batches; the database they leave
is the one a single process leaves, bad inputs among them included."""

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
from bench.proctree import descendants
from dialogtrack.workers import MOST_JOBS, START_AFTER, default_jobs, ordered_map

from .processes import gone, run, start

TABLES = ("documents", "document_origins", "input_hashes", "mentions", "anniversary_claims", "cadence_claims")


ROW_IDS = {"mentions", "anniversary_claims", "cadence_claims"}


def dump(path: Path, table: str) -> list[tuple[object, ...]]:
    """A table's rows, without import times and row numbers (which two imports need not share)."""
    with sqlite3.connect(path) as conn:
        columns = [
            c[1]
            for c in conn.execute(f"pragma table_info({table})")
            if c[1] != "imported_at" and not (c[1] == "id" and table in ROW_IDS)
        ]
        query = f"select {', '.join(f'[{c}]' for c in columns)} from {table}"
        return sorted(conn.execute(query).fetchall(), key=repr)


def mixed_folder(folder: Path, count: int) -> Path:
    """Releases, with a few bad inputs among them: undecodable, empty, and one file twice."""
    write_releases(folder, count, html_every=7)
    (folder / "0005-broken.txt").write_bytes(b"\xff\xfe\x00\xd8" + b"\x00" * 40)
    (folder / "0009-empty.txt").write_text("   \n")
    (folder / "0011-again.txt").write_bytes((folder / "000002-en.txt").read_bytes())
    return folder


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str, str]:
    """The same folder imported with four workers and with one process."""
    tmp = tmp_path_factory.mktemp("workers")
    folder = mixed_folder(tmp / "releases", START_AFTER * 3)
    parallel, single = tmp / "parallel.db", tmp / "single.db"
    many = run(["import", folder, "--jobs", "4"], parallel)
    one = run(["import", folder, "--jobs", "1"], single)
    assert many.returncode == one.returncode == 1  # two bad files
    return parallel, single, many.stdout + many.stderr, one.stdout + one.stderr


@pytest.mark.parametrize("table", [*TABLES, "meetings", "relations", "series"])
def test_workers_store_what_one_process_stores(imported: tuple[Path, Path, str, str], table: str) -> None:
    parallel, single, _, _ = imported
    rows = dump(parallel, table)
    assert rows == dump(single, table)
    if table in ("documents", "mentions", "meetings"):
        assert rows


def test_workers_report_bad_inputs_in_the_same_words(imported: tuple[Path, Path, str, str]) -> None:
    _, _, many, one = imported
    assert many == one
    assert "0005-broken.txt" in many and "0009-empty.txt: empty" in many
    total = START_AFTER * 3
    assert f"imported {total}, unchanged 1, failed 2" in many


def test_a_small_batch_starts_no_worker() -> None:
    """Below START_AFTER inputs the work is done here: a function no worker could run (a lambda
    cannot be sent to another process) still works."""
    assert list(ordered_map(lambda x, c: x * c, range(START_AFTER - 1), 3, jobs=4)) == [
        x * 3 for x in range(START_AFTER - 1)
    ]


def double(x: int, context: int) -> tuple[int, int]:
    return x * context, os.getpid()


def test_a_large_batch_runs_in_workers_and_keeps_the_order() -> None:
    results = list(ordered_map(double, range(START_AFTER * 10), 2, jobs=2))
    assert [value for value, _ in results] == [x * 2 for x in range(START_AFTER * 10)]
    assert os.getpid() not in {pid for _, pid in results}


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
@pytest.mark.parametrize(
    ("processes", "settle"),
    [(3, 0.0), (4, 0.5)],
    # killed as soon as it runs (the next worker may be starting), or once both are at work: the pool ends the
    # other worker with SIGTERM, which workers ignore, so the import must end it itself or wait for ever
    ids=["as-the-next-starts", "both-at-work"],
)
def test_a_worker_killed_mid_import_stops_the_batch_on_one_line_and_keeps_what_was_stored(
    tmp_path: Path, processes: int, settle: float
) -> None:
    folder = tmp_path / "releases"
    write_releases(folder, 1500)
    db = tmp_path / "killed-worker.db"
    process = start(["import", folder, "--jobs", "2"], db)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while len(workers) < processes and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
        workers = descendants(process.pid)  # the resource tracker, the start server and the workers
    time.sleep(settle)
    assert process.poll() is None, "the import finished before a worker could be killed"
    os.kill(max(workers), signal.SIGKILL)
    _, err = process.communicate(timeout=60)  # a hang fails here

    assert process.returncode == 1
    assert "Traceback" not in err
    assert "a worker process stopped unexpectedly" in err and "--jobs 1" in err
    assert len(err.strip().splitlines()) == 1
    assert gone(workers)
    again = run(["import", folder], db)
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == 1500
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs CPU affinity (Linux)")
def test_one_worker_per_cpu_the_import_may_use_and_never_more_than_a_few() -> None:
    script = (
        "import os; from dialogtrack.workers import default_jobs; os.sched_setaffinity(0, {0}); print(default_jobs())"
    )
    single = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert single.stdout.strip() == "1"  # pinned to one CPU: no worker
    assert default_jobs() == min(len(os.sched_getaffinity(0)), MOST_JOBS)
