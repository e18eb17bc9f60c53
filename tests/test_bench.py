"""The benchmark still runs: a smoke run on 200 releases (no timing is checked here; the figures are in
bench/RESULTS.md, made by a full run)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_benchmark_runs_and_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "run.py"),
            "--sizes",
            "200",
            "--quick",
            "--out",
            str(out),
            "--scratch",
            str(tmp_path),
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    text = out.read_text(encoding="utf-8")
    row = re.search(r"^\| 200 \| [\d.]+ s \| [\d,]+ \| [\d.]+ s \| [\d.]+x \| (\d+) MB \| (\d+) MB \|", text, re.M)
    assert row, text
    if Path("/proc/self/smaps_rollup").exists():  # the import's processes together, workers included
        assert int(row.group(2)) > 0
    for figure in (
        "timeline",
        "upcoming",
        "search (Thai)",
        "search (English)",
        "dialogtrack --help",
        "minimal Typer app hello",
        "minimal Typer app --help",
        "python -c pass",
        "dialogtrack timeline (empty database)",
        "dialogtrack upcoming (empty database)",
        "dialogtrack series (empty database)",
        "timeline --format json (every source)",
    ):
        assert f"`{figure}`" in text
    assert "| import of 200 at most 1.5x the floor |" in text
    # every start-up ratio is a command against a command
    assert "| `dialogtrack series (empty database)` at most 1.3x the minimal Typer app running a command |" in text
    assert list(tmp_path.iterdir()) == [out]  # the scratch corpus and databases are cleaned up
