"""Rich tables for the terminal, readable at 80 columns.

Text that comes from documents (names, places, quotes) is untrusted: it is passed as ``Text`` (never
parsed as markup) after control characters are removed, so a release cannot inject markup or
terminal escape sequences.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dialogtrack.controls import CONTROL
from dialogtrack.models import DateSpan, Meeting, Relation
from dialogtrack.render.display import ENGLISH, NO_SERIES, NOTHING_UPCOMING, Display, english_ordinal
from dialogtrack.render.thaiwrap import NamesText, ThaiTable, breakable
from dialogtrack.views.timeline import SeriesTimeline
from dialogtrack.views.upcoming import Upcoming, UpcomingMeeting

if TYPE_CHECKING:
    from dialogtrack.storage.journal import Correction
    from dialogtrack.views.search import Hit, Passage


def safe(value: object) -> Text:
    """Untrusted text as a rich Text: no markup, no control characters."""
    return Text(CONTROL.sub("", "" if value is None else str(value)))


def _table(title: str | Text | None = None) -> Table:
    """A table whose Thai cells wrap at word boundaries (see render.thaiwrap)."""
    return ThaiTable(title=title, title_justify="left", show_lines=False, expand=False, pad_edge=False)


def timeline_view(timelines: Sequence[SeriesTimeline], display: Display = ENGLISH) -> RenderableType:
    if not timelines:
        return Text(display.label("No meetings on record. Import releases with: dialogtrack import PATH"))
    parts: list[RenderableType] = []
    d = display
    for t in timelines:
        basis = d.sentence(t.cadence.basis) if t.cadence.basis != "unknown" else d.label("cadence unknown")
        title = Text.assemble(safe(d.name(t.series)), (f"  ({basis})", "dim"))
        table = _table(title)
        table.add_column(d.label("Round"), justify="right", no_wrap=True)
        table.add_column(d.label("Dates"), no_wrap=True)
        table.add_column(d.label("Place"))
        table.add_column(d.label("Co-chairs"), ratio=2, overflow="fold")
        table.add_column(d.label("Src"), justify="right")
        gaps = {g.before_round: g for g in t.gaps if g.before_round is not None}
        gaps_by_end = {g.end: g for g in t.gaps}
        for m in t.meetings:
            gap = gaps.get(m.round) if m.round is not None else None
            gap = gap or (gaps_by_end.get(m.dates.start) if m.dates else None)
            if gap is not None:
                table.add_row("", Text(f"{d.label('gap')}: {d.gap(gap)}", style="yellow italic"), "", "", "")
            table.add_row(*_meeting_cells(m, d, unconfirmed=m in t.unconfirmed))
        parts.append(table)
        for m in t.meetings:
            for conflict in m.conflicts:
                where = f"{d.label('round')} {d.number(m.round)}: "
                parts.append(breakable(Text.assemble(("  ! ", "red"), where, safe(d.sentence(conflict)))))
        if t.cadence.disagreement:
            parts.append(breakable(Text.assemble(("  ! ", "red"), safe(d.sentence(t.cadence.disagreement)))))
        parts.append(Text(""))
    return Group(*parts)


def _meeting_cells(m: Meeting, d: Display, *, unconfirmed: bool = False) -> list[Text]:
    round_label = d.number(m.round)
    dates = Text(d.span(m.dates))
    if unconfirmed:  # announced, and the date passed with no report
        dates.append(f" ({d.label('unconfirmed')})", style="yellow")
    elif m.status != "held":
        dates.append(f" ({d.label(m.status)})", style="cyan")
    if m.conflicts:
        dates.append(" !", style="red")
    tally = m.source_tally()  # the number alone: the sources themselves are not loaded for a table
    return [
        Text(round_label),
        dates,
        safe(d.place(m.location)),
        NamesText(safe(", ".join(m.co_chairs) or "—").plain),
        Text(d.number(tally.count) + (" ✎" if tally.hand_entered else "")),
    ]


def upcoming_view(items: Sequence[Upcoming], display: Display = ENGLISH, today: date | None = None) -> RenderableType:
    if not items:
        return Text(display.label(NOTHING_UPCOMING))
    d = display
    table = _table()
    table.add_column(d.label("Date"), no_wrap=True)
    table.add_column(d.label("When"), justify="right", no_wrap=True)
    table.add_column(d.label("What"), ratio=2)
    table.add_column(d.label("Status / basis"), ratio=2)
    for item in items:
        when = how_far(item.date, item.days_until, today, d)
        if isinstance(item, UpcomingMeeting):
            round_text = f" {d.label('round')} {d.number(item.round)}" if item.round else ""
            what = Text.assemble(safe(d.name(item.series)), round_text)
            label = (d.label(item.status), _status_style(item.status))
            status = Text.assemble(label, ": ", safe(d.sentence(item.basis)))
        else:
            if d.lang == "th":
                what = Text.assemble(f"{d.label('anniversary')} {d.number(item.ordinal)} {d.label('years')}: ")
            else:
                what = Text(f"{english_ordinal(item.ordinal)} anniversary: ")
            what.append_text(safe(d.relation_name(item.relation)))
            status = Text(f"{d.label('Established')} {d.established(item.relation.established)}")
        table.add_row(d.span(item.date), when, what, status)
    return table


def _status_style(status: str) -> str:
    return {"scheduled": "green", "expected": "cyan", "overdue": "red", "unconfirmed": "yellow"}.get(status, "")


def how_far(span: DateSpan | None, days_until: int | None, today: date | None, d: Display = ENGLISH) -> str:
    """How far away a date is, at its precision: "this year", "in 2027", "next month", "in 3 months",
    "8 years ago", "today", "in 12 days". A year or a month is never counted in days to its first day."""
    if span is None or days_until is None:
        return d.label("date unknown")
    if today is None:  # no reference day: the number of days
        return d.label("today") if days_until == 0 else f"{d.number(days_until)} {d.label('days')}"
    if span.precision == "year":
        years = span.start.year - today.year
        named = {0: "this year", 1: "next year", -1: "last year"}
        if years in named:
            return d.label(named[years])
        if years > 0:
            return d.label("in {year}").format(year=d.year(span.start.year))
        return d.label("{n} years ago").format(n=d.number(-years))
    if span.precision == "month":
        months = (span.start.year - today.year) * 12 + span.start.month - today.month
        named = {0: "this month", 1: "next month", -1: "last month"}
        if months in named:
            return d.label(named[months])
        if abs(months) >= 24:
            return _years(months / 12, d)
        key = "in {n} months" if months > 0 else "{n} months ago"
        return d.label(key).format(n=d.number(abs(months)))
    if days_until == 0:
        return d.label("today")
    days = abs(days_until)
    if days < 60:
        key = "in {n} days" if days_until > 0 else "{n} days ago"
        return d.label(key).format(n=d.number(days))
    if days < 730:
        key = "in {n} months" if days_until > 0 else "{n} months ago"
        return d.label(key).format(n=d.number(round(days / 30.4375)))
    return _years(days_until / 365.25, d)


def _years(years: float, d: Display) -> str:
    key = "in {n} years" if years > 0 else "{n} years ago"
    return d.label(key).format(n=d.number(round(abs(years))))


def anniversaries_view(relations: Sequence[Relation], display: Display = ENGLISH) -> RenderableType:
    if not relations:
        return Text(display.label("No relations on record. Import releases that mention anniversaries."))
    d = display
    table = _table()
    table.add_column(d.label("Relation"), ratio=2)
    table.add_column(d.label("Established"), no_wrap=True)
    table.add_column(d.label("Milestones mentioned"), ratio=2)
    for r in relations:
        if d.lang == "th":
            shown = [
                f"{d.label('anniversary')} {d.number(ms.ordinal)} {d.label('years')} ({d.year(ms.year)})"
                for ms in r.milestones
            ]
        else:
            shown = [f"{english_ordinal(ms.ordinal)} in {d.year(ms.year)}" for ms in r.milestones]
        milestones = ", ".join(shown) or "—"
        established = Text(d.established(r.established))
        if r.conflicts:
            established.append(" !", style="red")
        table.add_row(safe(d.relation_name(r)), established, safe(milestones))
    return table


SERIES_ID_ROOM = 36
"""The widest the series table's first column grows for an id (characters)."""


def series_view(rows: Sequence[tuple[SeriesTimeline, Sequence[str]]], display: Display = ENGLISH) -> RenderableType:
    if not rows:
        return Text(display.label(NO_SERIES))
    d = display
    table = _table()
    # Wide enough for the longest id on one line: every correction command takes one, copied from here.
    # An id longer than SERIES_ID_ROOM folds instead, so the other columns keep room to be read.
    longest = max(len(t.series.id) for t, _ in rows)
    table.add_column(d.label("Series"), width=min(max(longest, 20), SERIES_ID_ROOM), overflow="fold")
    table.add_column(d.label("Rounds"), ratio=1)
    table.add_column(d.label("Cadence"), ratio=1)
    table.add_column(d.label("Names as written"), ratio=2, overflow="fold")
    for timeline, aliases in rows:
        rounds = sorted({m.round for m in timeline.meetings if m.round is not None})
        label = ", ".join(map(d.number, rounds)) if rounds else "—"
        names = [timeline.series.name_th, *(a for a in aliases if a != timeline.series.name_th)]
        table.add_row(
            Text.assemble(safe(d.name(timeline.series)), "\n", (timeline.series.id, "dim")),  # corrections take ids
            Text(f"{label} ({d.number(len(timeline.meetings))})"),
            safe(d.sentence(timeline.cadence.basis)),
            safe("; ".join(names)),
        )
    return table


def highlighted(passage: Passage) -> Text:
    """A matching sentence with its matches in bold; document text stays untrusted."""
    text, at = Text(), 0
    for start, end in passage.highlights:
        text.append_text(safe(passage.text[at:start]))
        text.append_text(Text(safe(passage.text[start:end]).plain, style="bold reverse"))
        at = end
    text.append_text(safe(passage.text[at:]))
    return text


def search_view(hits: Sequence[Hit], terms: Sequence[str], display: Display = ENGLISH) -> RenderableType:
    if not hits:
        wanted = " / ".join(terms) or display.label("that")
        return Text(f"{display.label('No documents hold')} {wanted}" + ("" if display.lang == "th" else "."))
    d = display
    noun = d.label("document for:" if len(hits) == 1 else "documents for:")
    table = _table(Text(f"{d.number(len(hits))} {noun} " + " / ".join(terms)))
    table.add_column(d.label("Published"), no_wrap=True)
    table.add_column(d.label("Document"), ratio=1, overflow="fold")
    table.add_column(d.label("Where it says so"), ratio=3)
    for hit in hits:
        document = Text.assemble(safe(hit.title), "\n", (safe(hit.origins[0] if hit.origins else "").plain, "dim"))
        sentences = Text("\n").join(highlighted(p) for p in hit.passages) if hit.passages else Text(d.label("(title)"))
        published = d.span(DateSpan.from_iso(hit.published[:10])) if hit.published else "—"
        table.add_row(published, document, sentences)
    return table


def corrections_view(corrections: Sequence[Correction]) -> RenderableType:
    """The hand corrections, oldest first; undone ones marked."""
    if not corrections:
        return Text("No corrections made by hand. See: dialogtrack meeting --help, dialogtrack series --help")
    table = _table()
    table.add_column("Id", justify="right", no_wrap=True)
    table.add_column("When (UTC)", no_wrap=True)
    # The record on one line, whole: it is what the other commands take.
    table.add_column("Correction", width=min(40, max(len(c.record) for c in corrections)))
    table.add_column("What", ratio=1, overflow="fold")
    for c in corrections:
        what = safe(c.summary)
        if c.undone_at:
            what.append(f" (undone {c.undone_at[:16].replace('T', ' ')})", style="dim")
        record = Text.assemble(c.command, "\n", safe(c.record))
        table.add_row(str(c.id), c.at[:16].replace("T", " "), record, what)
    return table
