"""What an option may hold, checked when the command line is read, before any work starts.

A value that cannot work (a timeout of ``inf`` or 0, twenty digits of bytes, a FIFO as the database)
used to travel into the socket, the file reader or SQLite and fail there, halfway through a batch, as
an ``OverflowError`` or a misleading message ("Operation now in progress", "the disk is full"). Each
check here says in one line what would work instead; ``cli`` runs them as the options are parsed.
The checks are plain functions raising ``ValueError``, so they know nothing of the command line library.
"""

from __future__ import annotations

import errno
import math
import os
import stat
from pathlib import Path

LONGEST_TIMEOUT = 86_400.0
"""Seconds: a day. Longer than any page takes, and far inside what a socket timeout can hold."""

LARGEST_INPUT = 2_000_000_000
"""Bytes: no release is larger, and an input is read whole into memory."""


def seconds(value: float) -> float:
    """A timeout: a finite number of seconds above 0, at most a day.

    0 would make the socket non-blocking (the "Operation now in progress" error), ``inf`` and 1e300
    overflow the platform's time type, and NaN compares false with everything."""
    if math.isnan(value) or not 0 < value <= LONGEST_TIMEOUT:
        raise ValueError(f"{value:g} is not a number of seconds above 0 and at most {LONGEST_TIMEOUT:g} (a day)")
    return value


def byte_count(value: int) -> int:
    """A size limit: at least one byte, at most ``LARGEST_INPUT``."""
    if not 1 <= value <= LARGEST_INPUT:
        raise ValueError(f"{value} is not a number of bytes from 1 to {LARGEST_INPUT}")
    return value


def database_problem(path: Path) -> str | None:
    """Why ``path`` cannot be a database file, in words, or None when it may be one (or may be created).

    SQLite itself reports a FIFO or ``/dev/null`` as "disk I/O error" (shown as a full disk) and a
    name longer than the file system allows as an OSError; both are found here with one ``stat``."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except OSError as error:
        if error.errno == errno.ENAMETOOLONG:
            return (
                "the file name is too long for the file system (more than 255 bytes in one name); "
                "give a shorter path with --db"
            )
        if error.errno == errno.ENOTDIR:
            return "a part of the path is a file, not a folder; give another path with --db"
        return None  # permissions and the like: opening it says what is wrong
    if stat.S_ISDIR(mode):
        return "is a folder, not a database file; give a file path with --db"
    if not stat.S_ISREG(mode):
        return "not a regular file (a FIFO, socket or device); give a database file with --db"
    return None
