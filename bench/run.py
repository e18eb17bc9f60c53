"""The benchmark: import speed against the storage floor, memory, query latency and start-up.

    python bench/run.py                      # 10,000 and 100,000 releases; writes bench/RESULTS.md
    python bench/run.py --sizes 200 --out -  # a quick run, results on stdout

For each size N it writes N synthetic releases (``bench/corpus.py``, about 8 KB each, Thai and English,
some as HTML pages) to a scratch folder, then measures, each in a fresh process:

- ``dialogtrack import`` into a new database: documents per second, peak memory (RSS), database size;
- the storage floor: the same files read and inserted with sqlite-utils into a table with the same
  trigram FTS index, no extraction. The headline figure is import time / floor time;
- importing the same folder again (known content is skipped before any parsing);
- ``timeline``, ``upcoming`` and ``search`` (a Thai and an English word) on the large database.

Start-up is measured once: ``dialogtrack --help`` and ``timeline``, ``upcoming`` and ``series`` on an
empty database, against a minimal Typer app running a command that prints one line (a command against a
command), with the minimal app's ``--help`` and ``python -c pass`` beside them. Queries on the largest
database are compared with ``dialogtrack --help``. Timings are medians of repeated runs.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.corpus import write_releases  # noqa: E402
from bench.proctree import descendants  # noqa: E402

RELEASE_BYTES = 8000
HTML_EVERY = 10

FLOOR = """
import sys
from pathlib import Path
from sqlite_utils import Database

folder, db_path = Path(sys.argv[1]), sys.argv[2]
db = Database(db_path)
db.execute("PRAGMA journal_mode = WAL")
docs = db.table("documents")
docs.create({"id": str, "origin": str, "text": str}, pk="id")
docs.enable_fts(["text"], tokenize="trigram", create_triggers=True)
batch = []
for path in sorted(folder.iterdir()):
    batch.append({"id": path.name, "origin": str(path), "text": path.read_bytes().decode("utf-8")})
    if len(batch) == 200:
        docs.insert_all(batch)
        batch = []
docs.insert_all(batch)
"""

# The commands as a user runs them (tables on the terminal); the targets apply to these. The JSON
# export of every source of every round is measured too, as an export rather than an answer.
QUERIES = {
    "timeline": ["timeline"],
    "upcoming": ["upcoming", "--as-of", "2020-01-01"],
    "search (Thai)": ["search", "ยุทธศาสตร์"],
    "search (English)": ["search", "Strategic"],
}
EXPORTS = {"timeline --format json (every source)": ["timeline", "--format", "json"]}

# The denominator of start-up: a Typer app with two commands, one of which prints one line. A command is
# compared with a command (``--help`` loads Rich's help formatter, a cost no command run pays).
MINIMAL_TYPER = '''
import typer

app = typer.Typer()


@app.command()
def hello() -> None:
    """Print one line."""
    print("hello")


@app.command()
def other() -> None:
    """Do nothing."""


app()
'''
STARTUP_COMMANDS = ("timeline", "upcoming", "series")


@dataclass
class Run:
    seconds: float
    peak_rss_mb: float  # the largest single process
    output: str
    peak_total_mb: float = 0.0  # the command and every process it started, summed (PSS), sampled

    @property
    def peak_memory_mb(self) -> float:
        return max(self.peak_rss_mb, self.peak_total_mb)


def tree_memory_mb(root: int) -> float:
    """Proportional set size of ``root`` and every process below it, in MB: pages shared between the
    worker processes are counted once, split between them. Read from /proc; 0 where there is none."""
    total_kb = 0
    for pid in [root, *descendants(root)]:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total_kb += int(line.split()[1])
        except (OSError, ValueError):
            continue
    return total_kb / 1024


@dataclass
class SizeResult:
    n: int
    import_run: Run
    floor_run: Run
    reimport_run: Run
    db_mb: float
    floor_db_mb: float
    queries: dict[str, float] = field(default_factory=dict)
    exports: dict[str, float] = field(default_factory=dict)


def child_environment() -> dict[str, str]:
    """This environment, less a setting that keeps Python from caching compiled modules: with it, every
    run would compile the package again, which no installed copy does."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(command: list[str], env: dict[str, str] | None = None, *, sample_memory: bool = False) -> Run:
    """Run a command to the end: wall time, the peak RSS of its largest process (``ru_maxrss``, in kB
    on Linux), and with ``sample_memory`` the peak of its whole process tree, sampled four times a
    second."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env or child_environment(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:  # the workers' memory too: ru_maxrss sees one process at a time
        while not done.wait(0.25):
            peak[0] = max(peak[0], tree_memory_mb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    if sample_memory:
        sampler.start()
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    if sample_memory:
        sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed:\n{output}")
    return Run(seconds, usage.ru_maxrss / 1024, output, peak[0])


@dataclass(frozen=True)
class Repeats:
    startup: int = 15
    queries: int = 5


REPEATS = Repeats()


def median_seconds(command: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    measure(command, env)  # warm the file cache
    return statistics.median(measure(command, env).seconds for _ in range(runs))


def dialogtrack(*args: str) -> list[str]:
    return [sys.executable, "-m", "dialogtrack", *args]


def run_size(n: int, scratch: Path, seed: int, repeats: Repeats) -> SizeResult:
    folder = scratch / f"releases-{n}"
    print(f"[{n}] writing {n} releases …", flush=True)
    write_releases(folder, n, seed=seed, size=RELEASE_BYTES, html_every=HTML_EVERY)
    db, floor_db = scratch / f"dialogtrack-{n}.db", scratch / f"floor-{n}.db"
    print(f"[{n}] storage floor …", flush=True)
    floor = measure([sys.executable, "-c", FLOOR, str(folder), str(floor_db)])
    print(f"[{n}] import …", flush=True)
    first = measure(dialogtrack("import", str(folder), "--db", str(db), "--quiet"), sample_memory=True)
    print(f"[{n}] import again …", flush=True)
    again = measure(dialogtrack("import", str(folder), "--db", str(db), "--quiet"))
    result = SizeResult(n, first, floor, again, size_mb(db), size_mb(floor_db))
    print(f"[{n}] queries …", flush=True)
    for name, args in QUERIES.items():
        result.queries[name] = median_seconds(dialogtrack(*args, "--db", str(db)), repeats.queries)
    for name, args in EXPORTS.items():
        result.exports[name] = median_seconds(dialogtrack(*args, "--db", str(db)), repeats.queries)
    shutil.rmtree(folder)
    return result


def size_mb(path: Path) -> float:
    total = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    return total / 1_000_000


def startup(scratch: Path, repeats: Repeats) -> dict[str, float]:
    minimal = scratch / "minimal_typer.py"
    minimal.write_text(MINIMAL_TYPER)
    empty = scratch / "empty.db"
    # A database with nothing imported (read-only commands create none): what a first upcoming reads.
    create = f"from pathlib import Path; from dialogtrack.storage.store import open_db; open_db(Path({str(empty)!r}))"
    subprocess.run([sys.executable, "-c", create], check=True, env=child_environment())
    return {
        "python -c pass": median_seconds([sys.executable, "-c", "pass"], repeats.startup),
        "minimal Typer app hello": median_seconds([sys.executable, str(minimal), "hello"], repeats.startup),
        "minimal Typer app --help": median_seconds([sys.executable, str(minimal), "--help"], repeats.startup),
        "dialogtrack --help": median_seconds(dialogtrack("--help"), repeats.startup),
        **{
            f"dialogtrack {command} (empty database)": median_seconds(
                dialogtrack(command, "--db", str(empty)), repeats.startup
            )
            for command in STARTUP_COMMANDS
        },
    }


def versions() -> dict[str, str]:
    from importlib.metadata import version

    return {
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        **{name: version(name) for name in ("dialogtrack", "sqlite-utils", "typer", "rich", "selectolax")},
    }


def machine() -> str:
    cpu = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if "model name" in line
            ),
            platform.processor() or "unknown CPU",
        )
        if Path("/proc/cpuinfo").exists()
        else platform.processor()
    )
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores ({cpu}), {memory:.0f} GiB"


def verdict(ok: bool) -> str:
    return "met" if ok else "**not met**"


def report(results: list[SizeResult], start: dict[str, float], elapsed: float, repeats: Repeats) -> str:
    lines = [
        "# Benchmark results",
        "",
        f"Written by `python bench/run.py` on {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, in {elapsed / 60:.1f} minutes.",
        "",
        f"- Machine: {machine()}",
        "- Versions: " + ", ".join(f"{k} {v}" for k, v in versions().items()),
        f"- Corpus: synthetic releases from `bench/corpus.py`, about {RELEASE_BYTES // 1000} KB each, half Thai, "
        f"one in {HTML_EVERY} an HTML page.",
        "",
        "## Import against the storage floor",
        "",
        "The floor reads the same files and inserts them with sqlite-utils into a table with the same trigram",
        "FTS index, in batches, with no extraction: what storing the text alone costs.",
        "",
        "The import reads releases in one worker process per CPU and stores them in the main process.",
        "Memory is given two ways: the peak RSS of its largest process (`ru_maxrss`), and the peak of all its",
        "processes together (PSS summed over the process tree, sampled four times a second); the target is",
        "checked against the larger.",
        "",
        "| releases | import | docs/s | floor | import / floor | peak RSS, largest process | peak, all processes "
        "| database | floor database | re-import | re-import / import |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r.n:,} | {r.import_run.seconds:.1f} s | {r.n / r.import_run.seconds:,.0f} | "
            f"{r.floor_run.seconds:.1f} s | {r.import_run.seconds / r.floor_run.seconds:.2f}x | "
            f"{r.import_run.peak_rss_mb:.0f} MB | {r.import_run.peak_total_mb:.0f} MB | "
            f"{r.db_mb:.0f} MB | {r.floor_db_mb:.0f} MB | "
            f"{r.reimport_run.seconds:.1f} s | {100 * r.reimport_run.seconds / r.import_run.seconds:.1f}% |"
        )
    help_s = start["dialogtrack --help"]
    lines += ["", "## Queries on the largest database", ""]
    largest = results[-1]
    lines += [
        f"On {largest.n:,} releases, median of {repeats.queries} runs, each a fresh process, output piped as a user",
        "would see it (a table). The last row is the JSON export of every source of every round: its size grows",
        "with the archive, and its target is looser (5x).",
        "",
    ]
    lines += ["| command | time | / `dialogtrack --help` |", "|---|---|---|"]
    for name, seconds in {**largest.queries, **largest.exports}.items():
        lines.append(f"| `{name}` | {seconds * 1000:.0f} ms | {seconds / help_s:.2f}x |")
    lines += [
        "",
        "## Start-up",
        "",
        f"Median of {repeats.startup} runs.",
        "",
        "| command | time | / minimal Typer app running a command |",
    ]
    lines += ["|---|---|---|"]
    typer_s = start["minimal Typer app hello"]
    for name, seconds in start.items():
        lines.append(f"| `{name}` | {seconds * 1000:.0f} ms | {seconds / typer_s:.2f}x |")
    lines += ["", "## Targets", "", "| target | measured | |", "|---|---|---|"]
    for r in results:
        ratio = r.import_run.seconds / r.floor_run.seconds
        lines.append(f"| import of {r.n:,} at most 1.5x the floor | {ratio:.2f}x | {verdict(ratio <= 1.5)} |")
        lines.append(
            f"| peak memory of all processes under 150 MB ({r.n:,}) | {r.import_run.peak_memory_mb:.0f} MB | "
            f"{verdict(r.import_run.peak_memory_mb < 150)} |"
        )
        share = r.reimport_run.seconds / r.import_run.seconds
        lines.append(
            f"| re-import of {r.n:,} at most 10% of the first | {100 * share:.1f}% | {verdict(share <= 0.10)} |"
        )
    by_n = {r.n: r for r in results}
    if 10_000 in by_n and 100_000 in by_n:
        growth = by_n[100_000].import_run.seconds / by_n[10_000].import_run.seconds
        floor_growth = by_n[100_000].floor_run.seconds / by_n[10_000].floor_run.seconds
        lines.append(
            f"| 10,000 to 100,000 grows no faster than the floor ({floor_growth:.1f}x) | {growth:.1f}x | "
            f"{verdict(growth <= floor_growth)} |"
        )
    for name, seconds in largest.queries.items():
        lines.append(
            f"| `{name}` at most 1.5x `--help` ({largest.n:,}) | {seconds / help_s:.2f}x | "
            f"{verdict(seconds <= 1.5 * help_s)} |"
        )
    for name, seconds in largest.exports.items():
        lines.append(
            f"| `{name}` at most 5x `--help` ({largest.n:,}) | {seconds / help_s:.2f}x | "
            f"{verdict(seconds <= 5 * help_s)} |"
        )
    for name in ("dialogtrack --help", *(f"dialogtrack {c} (empty database)" for c in STARTUP_COMMANDS)):
        ratio = start[name] / typer_s
        lines.append(
            f"| `{name}` at most 1.3x the minimal Typer app running a command | {ratio:.2f}x | "
            f"{verdict(ratio <= 1.3)} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="Benchmark dialogtrack against the storage floor.")
    parser.add_argument("--sizes", default="10000,100000", help="Comma-separated numbers of releases.")
    parser.add_argument("--out", default=str(HERE / "RESULTS.md"), help="Where to write the results; - for stdout.")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--scratch", help="Folder for the corpus and databases (default: a temporary one).")
    parser.add_argument("--quick", action="store_true", help="Fewer repeats of each timing (a smoke run).")
    args = parser.parse_args()
    repeats = Repeats(startup=2, queries=1) if args.quick else REPEATS
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    began = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=args.scratch) as tmp:
        scratch = Path(tmp)
        start = startup(scratch, repeats)
        results = [run_size(n, scratch, args.seed, repeats) for n in sizes]
    text = report(results, start, time.perf_counter() - began, repeats)
    if args.out == "-":
        sys.stdout.write(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
