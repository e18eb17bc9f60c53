"""Values that would make later commands fail for good: refused at entry, and when a database holds
them anyway (written by an older version, or edited by hand), every command still finishes.

The commands run as real processes with a time limit: a gap listing that counted every missing round
of round 2,147,483,648 would not finish in it.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import date
from pathlib import Path

import pytest

from dialogtrack.models import later

from .processes import run


def ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return done


def refused(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 1, done.stdout
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith("Error: "), done.stderr
    for word in words:
        assert word in done.stderr


@pytest.mark.parametrize("number", ["0", "10000", "2147483648", str(10**30)])
def test_a_round_number_out_of_range_is_refused_at_entry(db: Path, number: str) -> None:
    for command in ("add", "edit", "delete"):
        refused(run(["meeting", command, "jp-th-strategic-dialogue", "--", number], db), f"round {number}", "9999")
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from manual_meetings").fetchone()[0] == 0
    ok(run(["meeting", "add", "jp-th-strategic-dialogue", "9999"], db))  # the largest round there is


COMMANDS = [
    ["timeline"],
    ["timeline", "--format", "json"],
    ["timeline", "--format", "md"],
    ["timeline", "--format", "html"],
    ["timeline", "--chart"],
    ["series"],
    ["series", "--format", "csv"],
    ["upcoming"],
    ["upcoming", "--format", "json"],
    ["upcoming", "--format", "ics"],
    ["upcoming", "--as-of", "2399-12-31"],
    ["upcoming", "--every", "1000"],
    ["anniversaries"],
    ["anniversaries", "--format", "ics"],
]


def test_a_round_number_in_the_billions_on_record_lists_its_gap_at_once(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("update meetings set round = 2147483648 where id = 'jp-th-strategic-dialogue/7'")
    for command in COMMANDS:
        ok(run(command, db, timeout=60))
    timeline = ok(run(["timeline", "jp-th-strategic-dialogue"], db, timeout=60)).stdout
    assert "no record of rounds 7–2147483647" in timeline


def test_dates_at_the_end_of_the_calendar_on_record_break_no_command(db: Path) -> None:
    """As an older version let `meeting add --date 9999-12-31` and `--established 9999` through."""
    with sqlite3.connect(db) as conn:
        conn.execute("update meetings set start = '9999-12-31', [end] = null where id = 'jp-th-strategic-dialogue/7'")
        conn.execute(
            "update meetings set start = '9999-12-30', [end] = '9999-12-31', status = 'scheduled' "
            "where id = 'th-vn-joint-commission/5'"
        )
        conn.execute("update relations set established = '9999-12-31' where name like '%Japan%'")
        conn.execute("update relations set established = '9999' where name like '%Korea%'")
    for command in COMMANDS:
        ok(run(command, db, timeout=60))
    items = json.loads(ok(run(["upcoming", "--format", "json"], db)).stdout)
    japan = next(i for i in items if i.get("series_id") == "jp-th-strategic-dialogue")
    assert japan["status"] == "undated" and "past the calendar's end" in japan["basis"]
    ics = ok(run(["upcoming", "--format", "ics"], db)).stdout
    assert "DTSTART;VALUE=DATE:99991230" in ics


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--as-of", "9998-12-31", "out of range"),
        ("--as-of", "10000-01-01", "--as-of"),
        ("--every", "1000000", "from 1 to 1000"),
        ("--every", "0", "from 1 to 1000"),
    ],
)
def test_dates_and_spans_past_the_calendar_are_refused_at_entry(db: Path, option: str, value: str, says: str) -> None:
    refused(run(["upcoming", option, value], db), says)


@pytest.mark.parametrize(
    "args",
    [
        ["meeting", "add", "jp-th-strategic-dialogue", "9", "--date", "9999-12-31"],
        ["meeting", "add", "jp-th-strategic-dialogue", "9", "--date", "2024-01-01", "--end", "9999-12-31"],
        ["relation", "add", "TH", "US", "--established", "9999"],
        ["timeline", "--since", "9999"],
    ],
)
def test_years_past_the_calendar_are_refused_at_entry(db: Path, args: list[str]) -> None:
    refused(run(args, db), "out of range")


def test_later_stays_inside_the_calendar() -> None:
    assert later(date(2024, 1, 31), months=1) == date(2024, 2, 29)
    assert later(date(2024, 2, 29), months=12) == date(2025, 2, 28)
    assert later(date(9999, 12, 31), days=1) is None
    assert later(date(9999, 1, 1), months=12) is None
    assert later(date(9999, 12, 30), days=1) == date(9999, 12, 31)
