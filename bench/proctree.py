"""The processes below a process, from /proc: the benchmark sums their memory, the tests check that an
import's worker processes end with it."""

from __future__ import annotations

import os
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (its worker processes, say), read from /proc; [] without /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc") if os.path.isdir("/proc") else []:
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])  # the field after the name
    found, frontier = [], [pid]
    while frontier:
        current = frontier.pop()
        below = [p for p, parent in parents.items() if parent == current]
        found += below
        frontier += below
    return found
