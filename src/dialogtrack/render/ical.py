"""iCalendar (.ics) export: upcoming rounds and anniversaries as events a calendar app can subscribe to.

Why a calendar and why these choices:

- Every event is all-day (``DTSTART;VALUE=DATE``, ``DTEND`` exclusive, as RFC 5545 says): the sources
  give days, months or years, never hours. A date known only to the month or year becomes one all-day
  event on the first day of that period, and the SUMMARY says so, so nobody reads 1 May as a fixed date.
- Projections are not appointments: a round expected from the cadence, an overdue one, or one whose
  day is not fixed is ``STATUS:TENTATIVE``; only an announced round with a day is ``CONFIRMED``. Events
  are ``TRANSP:TRANSPARENT``: they inform, they do not block the user's free/busy time.
- UIDs come from the item (series and round, relation and year), never from the clock or a random
  number, and DTSTAMP is a parameter: two exports of the same data are identical bytes, and a calendar
  re-importing the file updates its events instead of duplicating them.
- Yearly anniversaries repeat with plain ``RRULE:FREQ=YEARLY``: calendar apps expand ``BYMONTHDAY``
  alone monthly. The one exception is a founding on 29 February, which plain FREQ=YEARLY would show only
  in leap years; it repeats on the last day of February (``BYMONTH=2;BYMONTHDAY=-1``), as
  ``dialogtrack.views.upcoming`` celebrates it.
- Names and bases come from documents and are data: icalendar escapes commas, semicolons and line
  breaks, and control characters (which RFC 5545 forbids in text and icalendar passes through) are
  removed first; a SUMMARY is always one line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from dialogtrack.models import DateSpan, Relation, later
from dialogtrack.reading.decode import INVISIBLE
from dialogtrack.render.display import Display, english_ordinal
from dialogtrack.views.upcoming import Upcoming, UpcomingAnniversary, UpcomingMeeting

PRODID = "-//dialogtrack//dialogtrack//EN"
UID_DOMAIN = "dialogtrack"
MAX_REMIND_DAYS = 3660
PRECISION_NOTES = {"month": "day not yet fixed", "year": "year only"}

# C0/C1 controls and DEL (RFC 5545 forbids them in text) become spaces; zero-width and bidirectional
# formatting characters, which can make a name display as something else, are dropped.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_REMINDER = re.compile(r"(\d+)\s*([dw]?)", re.IGNORECASE)


def upcoming_calendar(
    items: Sequence[Upcoming],
    *,
    remind_days: Sequence[int] = (),
    stamp: datetime,
    display: Display | None = None,
) -> bytes:
    """The upcoming rounds and anniversary milestones as one all-day event each.

    ``display`` only chooses the series names (Thai or English); ``stamp`` (timezone-aware) is the DTSTAMP.
    Items already past (overdue, unconfirmed, dormant) and undated ones are left out (``calendar_items``):
    a calendar holds what is to come.
    """
    events = [
        _meeting_event(item, display) if isinstance(item, UpcomingMeeting) else _anniversary_event(item, display)
        for item in calendar_items(items)
    ]
    thai = display is not None and display.lang == "th"
    return _calendar("dialogtrack: upcoming", events, remind_days, _utc(stamp), thai)


def calendar_items(items: Sequence[Upcoming]) -> list[Upcoming]:
    """The items a calendar shows: those with a date that is not over yet."""
    return [i for i in items if i.date is not None and i.days_until is not None and i.days_until >= 0]


def anniversaries_calendar(
    relations: Sequence[Relation], *, remind_days: Sequence[int] = (), stamp: datetime, display: Display | None = None
) -> bytes:
    """One yearly recurring all-day event per relation, from its founding day.

    Relations whose ``established`` is not a full date (only a year, or a month) are skipped: there is
    no day to repeat. Their milestones still appear in ``upcoming_calendar``.
    """
    events: list[Event] = []
    for relation in relations:
        founded = _founding_day(relation.established)
        if founded is None:
            continue
        name = _one_line(relation.name)
        summary = f"Anniversary: {name} (established {founded.isoformat()})"
        description = f"{name}, established {founded.isoformat()}."
        if display is not None and display.lang == "th":
            name = _one_line(display.relation_name(relation))
            summary = f"วันครบรอบ: {name} (สถาปนา {display.established(relation.established)})"
            description = f"{name} สถาปนา {display.established(relation.established)}"
        event = _all_day(
            uid=f"{relation.id}/yearly",
            summary=summary,
            description=description,
            start=founded,
            end=later(founded, days=1),
            status="CONFIRMED",
        )
        if (founded.month, founded.day) == (2, 29):
            event.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 2, "BYMONTHDAY": -1})
        else:
            event.add("rrule", {"FREQ": "YEARLY"})
        events.append(event)
    thai = display is not None and display.lang == "th"
    return _calendar("dialogtrack: anniversaries", events, remind_days, _utc(stamp), thai)


def parse_reminders(text: str | None) -> tuple[int, ...]:
    """Reminder offsets in days from "30d,7d", "2w" or "1d" (a bare number means days); repeats dropped.

    Raises ValueError with a one-line message on anything else.
    """
    days: list[int] = []
    for piece in (text or "").split(","):
        piece = piece.strip()
        if not piece:
            continue
        m = _REMINDER.fullmatch(piece)
        if m is None:
            raise ValueError(f"cannot read reminder {piece!r}: give days or weeks, like 30d,7d or 2w")
        number = m.group(1)
        n = int(number) * (7 if m.group(2).lower() == "w" else 1) if len(number) <= 6 else MAX_REMIND_DAYS + 1
        if n > MAX_REMIND_DAYS:
            raise ValueError(f"reminder {piece!r} is too far ahead: at most {MAX_REMIND_DAYS} days")
        if n not in days:
            days.append(n)
    return tuple(days)


# ---------------------------------------------------------------------------------------------- events


def _meeting_event(item: UpcomingMeeting, display: Display | None) -> Event:
    """A round: tentative unless announced to the day; imprecise dates on the first day of their period."""
    span = item.date
    if span is None:
        raise ValueError("an undated item has no place in a calendar")
    note = PRECISION_NOTES.get(span.precision)
    name = _one_line(display.name(item.series) if display else item.series.name_en)
    if display is not None and display.lang == "th":
        d = display
        round_text = f"ครั้งที่ {d.number(item.round)}" if item.round is not None else "ครั้งถัดไป"
        qualifiers = ", ".join(q for q in (d.label(item.status), d.label(note) if note else None) if q)
        basis = d.sentence(item.basis)
        description = basis if note is None else f"{basis}\nทราบวันที่เพียง {d.span(span)} ({d.label(note)})"
    else:
        round_text = f"round {item.round}" if item.round is not None else "next round"
        qualifiers = ", ".join(q for q in (item.status, note) if q)
        description = item.basis if note is None else f"{item.basis}\nDate known only as {span.iso_start()} ({note})."
    confirmed = item.status == "scheduled" and span.precision == "day"
    return _all_day(
        uid=f"{item.series.id}/{item.round if item.round is not None else 'next'}",
        summary=f"{name}, {round_text} ({qualifiers})",
        description=description,
        start=span.start,
        end=_exclusive_end(span),
        status="CONFIRMED" if confirmed else "TENTATIVE",
    )


def _anniversary_event(item: UpcomingAnniversary, display: Display | None = None) -> Event:
    """A milestone: on the founding day of the milestone year, or on 1 January when only the year is known."""
    span, relation, name = item.date, item.relation, _one_line(item.relation.name)
    note = PRECISION_NOTES.get(span.precision)
    summary = f"{english_ordinal(item.ordinal)} anniversary: {name}" + (f" ({note})" if note else "")
    description = (
        f"{name}, established {relation.established}: {english_ordinal(item.ordinal)} anniversary in {span.start.year}."
    )
    if display is not None and display.lang == "th":
        d, name = display, _one_line(display.relation_name(relation))
        ordinal = f"ครบรอบ {d.number(item.ordinal)} ปี"
        summary = f"{ordinal}: {name}" + (f" ({d.label(note)})" if note else "")
        description = f"{name} สถาปนา {d.established(relation.established)}: {ordinal} ในปี {d.year(span.start.year)}"
    return _all_day(
        uid=f"{relation.id}/{span.start.year}",
        summary=summary,
        description=description,
        start=span.start,
        end=_exclusive_end(span),
        status="CONFIRMED" if span.precision == "day" else "TENTATIVE",
    )


def _all_day(*, uid: str, summary: str, description: str, start: date, end: date | None, status: str) -> Event:
    event = Event()
    event.add("uid", f"{_one_line(uid)}@{UID_DOMAIN}")
    event.add("summary", _one_line(summary))
    event.add("description", _lines(description))
    event.add("dtstart", start)
    if end is not None:
        event.add("dtend", end)
    event.add("status", status)
    event.add("transp", "TRANSPARENT")
    return event


def _calendar(
    name: str, events: Iterable[Event], remind_days: Sequence[int], stamp: datetime, thai: bool = False
) -> bytes:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    seen: set[str] = set()
    for event in events:
        uid = str(event["uid"])
        if uid in seen:  # the same item passed twice: one event, or calendars reject the file
            continue
        seen.add(uid)
        event.add("dtstamp", stamp)
        for days in remind_days:
            event.add_component(_alarm(days, str(event["summary"]), thai))
        cal.add_component(event)
    ical: bytes = cal.to_ical()  # icalendar leaves to_ical unannotated
    return ical


def _alarm(days: int, summary: str, thai: bool = False) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(days=-days))
    when = "today" if days == 0 else f"in {days} day{'s' if days != 1 else ''}"
    if thai:
        when = "วันนี้" if days == 0 else f"อีก {days} วัน"
    alarm.add("description", f"{summary} ({when})")
    return alarm


# ---------------------------------------------------------------------------------------------- helpers


def _exclusive_end(span: DateSpan) -> date | None:
    """The day after the event: after the range's last day, or after the start for a month or year;
    None on the calendar's last day (an all-day event without an end lasts its one day)."""
    if span.precision == "day" and span.end is not None and span.end > span.start:
        return later(span.end, days=1)
    return later(span.start, days=1)


def _founding_day(established: str) -> date | None:
    """The founding date when ``established`` is a full YYYY-MM-DD date, else None."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", established, re.ASCII):
        return None
    try:
        return date.fromisoformat(established)
    except ValueError:
        return None


def _utc(stamp: datetime) -> datetime:
    if stamp.tzinfo is None or stamp.utcoffset() is None:
        raise ValueError("stamp must be a timezone-aware datetime (DTSTAMP is in UTC)")
    return stamp.astimezone(UTC).replace(microsecond=0)


def _one_line(text: str) -> str:
    """Document text for a one-line property: no controls, no line breaks, spaces collapsed."""
    return " ".join(_CONTROL.sub(" ", INVISIBLE.sub("", _LINE_BREAK.sub(" ", text))).split())


def _lines(text: str) -> str:
    """Document text for DESCRIPTION: line breaks kept (icalendar escapes them), other controls removed."""
    return "\n".join(_one_line(line) for line in _LINE_BREAK.split(text))
