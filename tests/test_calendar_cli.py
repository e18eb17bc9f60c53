"""iCalendar from the command line: the files parse back and hold the events the tables show."""

from __future__ import annotations

import json
from datetime import date

import pytest
from icalendar import Calendar
from typer.testing import CliRunner

from dialogtrack.cli import app

from .conftest import FIXTURES


@pytest.fixture
def imported(runner: CliRunner) -> None:
    assert runner.invoke(app, ["import", str(FIXTURES / "releases")]).exit_code == 0
    assert runner.invoke(app, ["relation", "add", "TH", "US", "--established", "1833-03-20"]).exit_code == 0


def calendar(runner: CliRunner, *args: str) -> Calendar:
    result = runner.invoke(app, [*args, "--format", "ics"])
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes.startswith(b"BEGIN:VCALENDAR\r\n")
    return Calendar.from_ical(result.stdout_bytes)


def test_upcoming_as_ics_has_every_item_to_come_with_reminders(runner: CliRunner, imported: None) -> None:
    items = json.loads(runner.invoke(app, ["upcoming", "--as-of", "2025-01-01", "--format", "json"]).stdout)
    coming = [i for i in items if i["date"] is not None and i["days_until"] >= 0]
    assert 0 < len(coming) < len(items)  # one round is overdue
    result = runner.invoke(app, ["upcoming", "--as-of", "2025-01-01", "--remind", "30d,7d", "--format", "ics"])
    assert result.exit_code == 0, result.output
    left = len(items) - len(coming)
    assert result.stderr == (
        f"Note: {left} item{'s' * (left != 1)} left out of the calendar: already past "
        "(overdue, unconfirmed, dormant) or without a date; see them with: dialogtrack upcoming\n"
    )
    events = Calendar.from_ical(result.stdout_bytes).walk("VEVENT")
    assert len(events) == len(coming)
    assert not any("overdue" in str(e.get("SUMMARY")) for e in events)
    for event in events:
        assert type(event.decoded("DTSTART")) is date  # all-day
        assert sorted(str(a.get("TRIGGER").to_ical(), "ascii") for a in event.walk("VALARM")) == ["-P30D", "-P7D"]
    statuses = {str(e.get("SUMMARY")): str(e.get("STATUS")) for e in events}
    expected = [s for s, status in statuses.items() if "expected" in s or "overdue" in s]
    assert all(statuses[s] == "TENTATIVE" for s in expected)
    assert any("anniversary" in s for s in statuses)


def test_anniversaries_as_yearly_events(runner: CliRunner, imported: None) -> None:
    events = calendar(runner, "anniversaries").walk("VEVENT")
    [us] = [e for e in events if "United States" in str(e.get("SUMMARY"))]
    assert us.decoded("DTSTART") == date(1833, 3, 20)
    assert us.get("RRULE") == {"FREQ": ["YEARLY"]}
    assert all("(established" in str(e.get("SUMMARY")) for e in events)  # year-only foundings are left out


def test_a_bad_reminder_is_one_line(runner: CliRunner, imported: None) -> None:
    result = runner.invoke(app, ["upcoming", "--format", "ics", "--remind", "soon"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: --remind 'soon': cannot read reminder")
    assert result.stdout == ""


def test_remind_without_a_calendar_is_an_error(runner: CliRunner, imported: None) -> None:
    for command in ("upcoming", "anniversaries"):
        result = runner.invoke(app, [command, "--remind", "7d"])
        assert result.exit_code == 1
        assert result.stderr == "Error: --remind works only with --format ics (reminders are calendar alarms)\n"
        assert result.stdout == ""


def test_an_empty_calendar_says_why(runner: CliRunner, imported: None) -> None:
    result = runner.invoke(app, ["upcoming", "--as-of", "2025-01-01", "--within", "1d", "--format", "ics"])
    assert result.exit_code == 0, result.output
    assert "Note: the calendar is empty: nothing to come within 1d" in result.stderr
    assert Calendar.from_ical(result.stdout_bytes).walk("VEVENT") == []
