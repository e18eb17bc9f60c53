"""Running the real ``dialogtrack`` command in child processes, as a user would from a shell.

``unprivileged=True`` makes file permissions apply even when the tests run as root (as CI does): the
child drops the two capabilities that let root read and write any file, so a file with mode 000 is as
unreadable to it as to anyone else.
"""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def _drop_file_capabilities() -> None:
    """Runs in the child before exec: without these, root obeys file modes like any user."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def _setup(unprivileged: bool) -> Callable[[], None] | None:
    return _drop_file_capabilities if unprivileged and os.geteuid() == 0 else None


def command(args: Sequence[str | Path]) -> list[str]:
    return [sys.executable, "-m", "dialogtrack", *map(str, args)]


def environment(db: Path) -> dict[str, str]:
    return {**os.environ, "DIALOGTRACK_DB": str(db), "NO_COLOR": "1", "COLUMNS": "100"}


def run(
    args: Sequence[str | Path], db: Path, *, unprivileged: bool = False, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``dialogtrack ARGS`` against the database ``db``; its output and status."""
    return subprocess.run(
        command(args),
        env=environment(db),
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_setup(unprivileged),
        check=False,
    )


def start(args: Sequence[str | Path], db: Path) -> subprocess.Popen[str]:
    """``dialogtrack ARGS`` started in the background."""
    return subprocess.Popen(
        command(args), env=environment(db), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def gone(pids: Sequence[int], within: float = 15.0) -> bool:
    """Whether every process in ``pids`` has ended (or is a zombie) within ``within`` seconds."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not [p for p in pids if _running(p)]:
            return True
        time.sleep(0.1)
    return False


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def worker_pid(item: object, context: object) -> int:
    """For ``workers.ordered_map``: the process that handled ``item``."""
    return os.getpid()
