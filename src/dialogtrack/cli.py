"""The command line: parse options, call one library function, render the result.

Only this module imports typer. Heavy modules (sqlite-utils, rich tables, the extractors) are imported
inside the commands that need them, so ``dialogtrack --help`` starts fast. Errors the user can act on
(``DialogtrackError``) print one line to stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from dialogtrack import __version__
from dialogtrack.errors import DialogtrackError

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from sqlite_utils import Database

    from dialogtrack.corrections import ManualMeeting
    from dialogtrack.models import DateSpan
    from dialogtrack.registry import Registry
    from dialogtrack.render.display import Display
    from dialogtrack.store import Reader
    from dialogtrack.timeline import SeriesTimeline

app = typer.Typer(
    name="dialogtrack",
    help="Track recurring bilateral dialogues, their rounds and anniversaries from Thai and English press releases.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
db_app = typer.Typer(help="The database file.", no_args_is_help=True)
app.add_typer(db_app, name="db")


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Database file (default: $DIALOGTRACK_DB, else one in the user's app folder).",
        show_default=False,
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


class TimelineFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    html = "html"


class EventFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"
    ics = "ics"


RemindOption = Annotated[
    str | None, typer.Option("--remind", help="With --format ics: reminders before each event, e.g. 30d,7d.")
]


def calendar_bytes(make: Callable[[tuple[int, ...], datetime], bytes], remind: str | None) -> None:
    """Write an iCalendar file to stdout."""
    from datetime import UTC

    from dialogtrack.render.ical import parse_reminders

    try:
        days = parse_reminders(remind)
    except ValueError as exc:
        raise fail(f"--remind {remind!r}: {exc}") from None
    sys.stdout.buffer.write(make(days, datetime.now(UTC).replace(microsecond=0)))
    sys.stdout.buffer.flush()


class LangChoice(str, Enum):
    en = "en"
    th = "th"


class CalendarChoice(str, Enum):
    ce = "ce"
    be = "be"


LangOption = Annotated[
    LangChoice | None, typer.Option("--lang", help="Names and labels in English or Thai (default: the locale's).")
]
CalendarOption = Annotated[
    CalendarChoice | None,
    typer.Option("--calendar", help="Years in the Common or Buddhist era (default: be for Thai, else ce)."),
]
ThaiDigitsOption = Annotated[bool, typer.Option("--thai-digits", help="Numbers in Thai digits.")]


def make_display(lang: LangChoice | None, calendar: CalendarChoice | None, thai_digits: bool) -> Display:
    """How tables show names, dates and numbers: the options given, the locale for the rest."""
    from dataclasses import replace

    from dialogtrack.render.display import Display

    display = Display.from_options(lang and lang.value, calendar and calendar.value, thai_digits)
    if display.lang != "th":
        return display
    return replace(display, country_names_th=tuple((code, c.th) for code, c in load_registry().countries.items()))


def app_dir() -> Path:
    return Path(typer.get_app_dir("dialogtrack"))


def db_path(option: Path | None) -> Path:
    """Where the database is: --db, else $DIALOGTRACK_DB, else the user's application folder."""
    if option is not None:
        return option
    if env := os.environ.get("DIALOGTRACK_DB"):
        return Path(env)
    return app_dir() / "dialogtrack.db"


def fail(message: str) -> typer.Exit:
    sys.stderr.write(f"Error: {message}\n")
    return typer.Exit(1)


def open_database(option: Path | None) -> Database:
    from dialogtrack.store import open_db

    try:
        return open_db(db_path(option))
    except DialogtrackError as exc:
        raise fail(str(exc)) from None


def open_reading(option: Path | None) -> Reader:
    """The database for a command that only reads it (fast to open when it is up to date)."""
    from dialogtrack.store import open_for_reading

    try:
        return open_for_reading(db_path(option))
    except DialogtrackError as exc:
        raise fail(str(exc)) from None


def load_registry() -> Registry:
    from dialogtrack.registry import load_registry as load

    extra = [app_dir() / "registry"]
    if env := os.environ.get("DIALOGTRACK_REGISTRY"):
        extra.append(Path(env))
    try:
        return load(extra)
    except (OSError, ValueError, KeyError) as exc:
        raise fail(f"cannot read the registry files ({exc}); check the TOML in {extra}") from None


def console(stderr: bool = False) -> Console:
    """Rich output: styled on a terminal; plain text when piped, or when NO_COLOR is set."""
    from rich.console import Console

    plain = bool(os.environ.get("NO_COLOR"))
    return Console(stderr=stderr, highlight=False, soft_wrap=False, color_system=None if plain else "auto")


_quiet = False


def say(message: str) -> None:
    """A confirmation; ``--quiet`` silences it (errors and results are never silenced)."""
    if not _quiet:
        typer.echo(message)


def parse_day(value: str | None, option: str) -> date | None:
    """'2022-06-01', '2022-06' or '2022' -> a date (the first day of a month or year)."""
    if value is None:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
    try:
        if not m:
            raise ValueError
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        raise fail(f"{option} {value!r}: not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY") from None


def parse_duration(value: str | None) -> int | None:
    """'90d', '6w', '3m', '1y' or a number of days -> days."""
    if value is None:
        return None
    m = re.fullmatch(r"\s*(\d+)\s*([dwmy]?)\s*", value.lower())
    if not m:
        raise fail(f"--within {value!r}: not a duration; write e.g. 30d, 6w, 3m or 1y")
    number, unit = int(m.group(1)), m.group(2) or "d"
    return number * {"d": 1, "w": 7, "m": 30, "y": 365}[unit]


def emit(
    format: Format,
    records: Callable[[], list[dict[str, Any]]],
    view: Callable[[], RenderableType],
    flat: Callable[[], list[dict[str, Any]]] | None = None,
) -> None:
    """Print a result as a rich table, or as JSON (``records``), CSV or Markdown (``flat``, else the records)."""
    if format is Format.table:
        console().print(view())
        return
    from dialogtrack.render import formats

    if format is Format.json:
        typer.echo(formats.to_json(records()))
    else:
        rows = (flat or records)()
        typer.echo(formats.to_csv(rows) if format is Format.csv else formats.to_markdown(rows), nl=False)


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"dialogtrack {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option("--version", callback=version_callback, is_eager=True, help="Show the version and exit."),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only results and errors.")] = False,
) -> None:
    """Track recurring bilateral dialogues from Thai and English press releases.

    Example: dialogtrack import releases/ && dialogtrack timeline
    """
    global _quiet
    _quiet = quiet


@app.command("import")
def import_command(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs, or - for stdin.")],
    db: DbOption = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for a URL to answer.")] = 20.0,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Largest input accepted, in bytes.")] = 20_000_000,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Processes reading releases at once (default: one per CPU, at most 3; small batches use one).",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    lang: LangOption = None,
    thai_digits: ThaiDigitsOption = False,
) -> None:
    """Import press releases and recognise the dialogue rounds they mention.

    Example: dialogtrack import releases/ https://example.org/news.html
    """
    from dialogtrack.ingest import count_inputs
    from dialogtrack.pipeline import import_sources
    from dialogtrack.workers import default_jobs

    jobs = jobs or default_jobs()

    database = open_database(db)
    registry = load_registry()
    out, err = console(), console(stderr=True)
    stdin = sys.stdin.buffer if "-" in sources else None
    # Counting walks every folder once more: only for a progress bar someone will see.
    total = count_inputs(sources) if out.is_terminal and not (quiet or _quiet) else 0
    if total > 20:
        from rich.progress import Progress

        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("Importing", total=total)
            report = import_sources(
                database,
                sources,
                registry,
                stdin=stdin,
                timeout=timeout,
                max_bytes=max_bytes,
                jobs=jobs,
                on_item=lambda _: progress.advance(task),
            )
    else:
        report = import_sources(
            database, sources, registry, stdin=stdin, timeout=timeout, max_bytes=max_bytes, jobs=jobs
        )
    from dialogtrack.render.tables import safe

    for origin, problem in report.failed:
        sys.stderr.write(f"Error: {safe(origin).plain}: {safe(problem).plain}\n")
    if report.stopped:
        sys.stderr.write(f"Error: {safe(report.stopped).plain}\n")
    if not (quiet or _quiet):
        d = make_display(lang, None, thai_digits)
        out.print(
            f"{d.label('imported')} {d.number(len(report.imported))}, {d.label('unchanged')} "
            f"{d.number(len(report.unchanged))}, {d.label('failed')} {d.number(len(report.failed))}; "
            f"{d.number(report.meetings)} {d.label('meetings')}, {d.number(report.relations)} "
            f"{d.label('relations on record')}"
        )
    if report.failed or report.stopped:
        raise typer.Exit(1)


def _timelines(
    database: Reader,
    series: list[str] | None = None,
    country: str | None = None,
    since: date | None = None,
    until: date | None = None,
    *,
    sources: bool = False,
) -> list[SeriesTimeline]:
    """The timelines asked for; with ``sources``, each meeting carries its sources (for the outputs that
    print them: reading thousands of quotes is what makes a large record slow)."""
    from dialogtrack.store import load_cadence_claims, load_meetings
    from dialogtrack.timeline import build_timeline

    return build_timeline(
        load_meetings(database, sources=sources),
        load_cadence_claims(database),
        series=series or (),
        country=country,
        since=since,
        until=until,
    )


@app.command()
def timeline(
    series: Annotated[list[str] | None, typer.Argument(help="Series ids or words of their names.")] = None,
    country: Annotated[str | None, typer.Option(help="Only series with this country (ISO code, e.g. US).")] = None,
    since: Annotated[str | None, typer.Option(help="Only meetings from this date (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Only meetings up to this date (YYYY[-MM[-DD]]).")] = None,
    chart: Annotated[bool, typer.Option("--chart", help="A strip chart across the years instead of tables.")] = False,
    format: Annotated[
        TimelineFormat, typer.Option("--format", "-f", help="Output format; html is one self-contained page.")
    ] = TimelineFormat.table,
    lang: LangOption = None,
    calendar: CalendarOption = None,
    thai_digits: ThaiDigitsOption = False,
    db: DbOption = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The day the HTML page is made on (its today line).")
    ] = None,
) -> None:
    """Rounds of every dialogue series, oldest first: dates, places, co-chairs, sources and gaps.

    Example: dialogtrack timeline --country US --since 2015
    """
    from dialogtrack.render.formats import timeline_records
    from dialogtrack.render.tables import timeline_view

    display = make_display(lang, calendar, thai_digits)
    timelines = _timelines(
        open_reading(db),
        series,
        country,
        parse_day(since, "--since"),
        parse_day(until, "--until"),
        sources=format is not TimelineFormat.table,  # the tables and the chart show only how many
    )
    if chart and format is TimelineFormat.table:
        from dialogtrack.render.chart import chart_view

        out = console()
        out.print(chart_view(timelines, out.width, display))
        return
    if format is TimelineFormat.html:
        from dialogtrack.render.html import timeline_page

        made = parse_day(as_of, "--as-of") or date.today()
        typer.echo(timeline_page(timelines, display=display, today=made, base=os.getcwd()), nl=False)
        return
    emit(Format(format.value), lambda: timeline_records(timelines), lambda: timeline_view(timelines, display))


@app.command()
def upcoming(
    as_of: Annotated[str | None, typer.Option("--as-of", help="Count from this date instead of today.")] = None,
    within: Annotated[str | None, typer.Option(help="Only items due within this long, e.g. 90d, 6m, 1y.")] = None,
    every: Annotated[int, typer.Option(help="Anniversary milestones every N years.", min=1)] = 5,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Output format.")] = EventFormat.table,
    remind: RemindOption = None,
    lang: LangOption = None,
    calendar: CalendarOption = None,
    thai_digits: ThaiDigitsOption = False,
    db: DbOption = None,
) -> None:
    """Next rounds (scheduled, expected from cadence, or overdue) and anniversary milestones, soonest first.

    Example: dialogtrack upcoming --as-of 2022-06-01 --within 1y
    Example: dialogtrack upcoming --format ics --remind 30d,7d > dialogues.ics
    """
    from dialogtrack.store import load_cadence_claims, load_meetings, load_relations
    from dialogtrack.upcoming import upcoming as project

    database = open_reading(db)
    today = parse_day(as_of, "--as-of") or date.today()
    items = project(
        load_meetings(database, sources=False),  # no output of upcoming items shows sources
        load_relations(database, sources=False),
        load_cadence_claims(database),
        today=today,
        within_days=parse_duration(within),
        every=every,
    )
    from dialogtrack.render.formats import upcoming_record
    from dialogtrack.render.tables import upcoming_view

    display = make_display(lang, calendar, thai_digits)
    if format is EventFormat.ics:
        from dialogtrack.render.ical import upcoming_calendar

        calendar_bytes(
            lambda days, stamp: upcoming_calendar(items, remind_days=days, stamp=stamp, display=display), remind
        )
        return
    emit(Format(format.value), lambda: [upcoming_record(i) for i in items], lambda: upcoming_view(items, display))


@app.command()
def anniversaries(
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Output format.")] = EventFormat.table,
    remind: RemindOption = None,
    lang: LangOption = None,
    calendar: CalendarOption = None,
    thai_digits: ThaiDigitsOption = False,
    db: DbOption = None,
) -> None:
    """Relations between countries, when they were founded, and the milestones documents mention.

    Example: dialogtrack anniversaries --format json
    """
    from dialogtrack.render.formats import relation_record
    from dialogtrack.render.tables import anniversaries_view
    from dialogtrack.store import load_relations

    relations = load_relations(open_reading(db), sources=format in (EventFormat.json, EventFormat.csv, EventFormat.md))
    display = make_display(lang, calendar, thai_digits)
    if format is EventFormat.ics:
        from dialogtrack.render.ical import anniversaries_calendar

        calendar_bytes(
            lambda days, stamp: anniversaries_calendar(relations, remind_days=days, stamp=stamp, display=display),
            remind,
        )
        return
    emit(
        Format(format.value),
        lambda: [relation_record(r) for r in relations],
        lambda: anniversaries_view(relations, display),
    )


series_app = typer.Typer(
    help="The dialogue series known, and corrections to them.", invoke_without_command=True, no_args_is_help=False
)
alias_app = typer.Typer(help="Names a series is known by.", no_args_is_help=True)
series_app.add_typer(alias_app, name="alias")
app.add_typer(series_app, name="series")
meeting_app = typer.Typer(help="Correct meetings by hand: add, edit or delete a round.", no_args_is_help=True)
app.add_typer(meeting_app, name="meeting")
relation_app = typer.Typer(help="Relations between countries entered by hand.", no_args_is_help=True)
app.add_typer(relation_app, name="relation")


@series_app.callback()
def series_command(
    ctx: typer.Context,
    format: FormatOption = Format.table,
    lang: LangOption = None,
    calendar: CalendarOption = None,
    thai_digits: ThaiDigitsOption = False,
    db: DbOption = None,
) -> None:
    """The dialogue series known: names in English and Thai, aliases as written, rounds, cadence.

    Example: dialogtrack series
    """
    if ctx.invoked_subcommand is not None:
        return
    from dialogtrack.render.formats import series_record
    from dialogtrack.render.tables import series_view
    from dialogtrack.store import load_series

    database = open_reading(db)
    known = load_series(database)
    rows = [(t, known[t.series.id][1]) for t in _timelines(database)]
    display = make_display(lang, calendar, thai_digits)
    emit(format, lambda: [series_record(t, aliases) for t, aliases in rows], lambda: series_view(rows, display))


def find_series_id(database: Database, wanted: str) -> str:
    """A series id from what the user typed: the id itself, or words of its id or name matching one series."""
    from dialogtrack.store import load_series
    from dialogtrack.timeline import series_matches

    known = load_series(database)
    if wanted in known:
        return wanted
    matches = [sid for sid, (s, aliases) in known.items() if series_matches(s, [wanted], None) or wanted in aliases]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise fail(f"no series matches {wanted!r}; see the ids with: dialogtrack series")
    raise fail(f"{wanted!r} matches {len(matches)} series ({', '.join(sorted(matches)[:5])}); give one of these ids")


def refresh(database: Database) -> None:
    """Resolve meetings and relations again, so a correction shows at once."""
    from dialogtrack.pipeline import resolve_all

    resolve_all(database, load_registry())


@alias_app.command("add")
def series_alias_add(
    series: Annotated[str, typer.Argument(help="Series id or words of its name.")],
    alias: Annotated[str, typer.Argument(help="Another name the series is known by.")],
    db: DbOption = None,
) -> None:
    """Add a name a series is known by; search and series filters use it.

    Example: dialogtrack series alias add th-us-strategic-dialogue "TUSD"
    """
    from dialogtrack.store import save_series_edit

    database = open_database(db)
    series_id = find_series_id(database, series)
    save_series_edit(database, series_id, alias=alias.strip())
    say(f"{series_id}: alias {alias.strip()!r} added")


@series_app.command("merge")
def series_merge(
    source: Annotated[str, typer.Argument(help="The series to merge (id or words of its name).")],
    into: Annotated[str, typer.Argument(help="The series it is the same as.")],
    db: DbOption = None,
) -> None:
    """Treat one series as another: its rounds become the other's, now and after every import.

    Example: dialogtrack series merge th-us-strategic-talks th-us-strategic-dialogue
    """
    from dialogtrack.store import save_series_edit

    database = open_database(db)
    source_id, target_id = find_series_id(database, source), find_series_id(database, into)
    if source_id == target_id:
        raise fail(f"{source_id}: cannot merge a series into itself")
    save_series_edit(database, source_id, merged_into=target_id)
    refresh(database)
    say(f"{source_id} merged into {target_id}")


@series_app.command("rename")
def series_rename(
    series: Annotated[str, typer.Argument(help="Series id or words of its name.")],
    en: Annotated[str | None, typer.Option("--en", help="The English name.")] = None,
    th: Annotated[str | None, typer.Option("--th", help="The Thai name.")] = None,
    db: DbOption = None,
) -> None:
    """Give a series the name you use, in English, Thai or both.

    Example: dialogtrack series rename jp-th-strategic-dialogue --en "Japan–Thailand Strategic Dialogue"
    """
    from dialogtrack.store import save_series_edit

    if not en and not th:
        raise fail("series rename: give --en NAME, --th NAME or both")
    database = open_database(db)
    series_id = find_series_id(database, series)
    save_series_edit(database, series_id, name_en=en, name_th=th)
    refresh(database)
    say(f"{series_id} renamed")


class StatusChoice(str, Enum):
    held = "held"
    scheduled = "scheduled"
    planned = "planned"


def parse_span(start: str | None, end: str | None) -> DateSpan | None:
    """--date and --end as a DateSpan at the precision written (YYYY, YYYY-MM or YYYY-MM-DD)."""
    from dialogtrack.models import DateSpan

    if start is None:
        if end is not None:
            raise fail("--end needs --date")
        return None
    try:
        span = DateSpan.from_iso(start.strip(), end.strip() if end else None)
    except (KeyError, ValueError):
        raise fail(f"--date {start!r} / --end {end!r}: write dates as YYYY-MM-DD, YYYY-MM or YYYY") from None
    if span.end is not None and span.end < span.start:
        raise fail(f"--end {end} is before --date {start}")
    return span


def _meeting_fact(
    database: Database,
    series: str,
    round_: int,
    date_: str | None,
    end: str | None,
    place: str | None,
    co_chair: list[str] | None,
    status: str | None,
    note: str | None,
    deleted: bool = False,
) -> ManualMeeting:
    from dialogtrack.corrections import ManualMeeting

    return ManualMeeting(
        series_id=find_series_id(database, series),
        round=round_,
        dates=parse_span(date_, end),
        location=place,
        co_chairs=tuple(co_chair) if co_chair else None,
        status=status,  # type: ignore[arg-type]
        note=note,
        deleted=deleted,
    )


SeriesArg = Annotated[str, typer.Argument(help="Series id or words of its name.")]
RoundArg = Annotated[int, typer.Argument(help="The round number.", min=1)]
DateOpt = Annotated[str | None, typer.Option("--date", help="The (first) day: YYYY-MM-DD, YYYY-MM or YYYY.")]
EndOpt = Annotated[str | None, typer.Option("--end", help="The last day, for a meeting over several days.")]
PlaceOpt = Annotated[str | None, typer.Option("--place", help="Where it was held, or 'virtual'.")]
ChairOpt = Annotated[list[str] | None, typer.Option("--co-chair", help="A co-chair (repeat for each).")]
StatusOpt = Annotated[StatusChoice | None, typer.Option("--status", help="held, scheduled or planned.")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Why: a source, a reference, a reason.")]


@meeting_app.command("add")
def meeting_add(
    series: SeriesArg,
    round_: RoundArg,
    date_: DateOpt = None,
    end: EndOpt = None,
    place: PlaceOpt = None,
    co_chair: ChairOpt = None,
    status: StatusOpt = None,
    note: NoteOpt = None,
    db: DbOption = None,
) -> None:
    """Add a round the documents miss (or say what they got wrong); hand-entered facts win over extracted ones.

    Example: dialogtrack meeting add th-us-strategic-dialogue 5 --date 2018-06-20 --place Washington
    """
    from dialogtrack.store import save_manual_meeting

    database = open_database(db)
    fact = _meeting_fact(database, series, round_, date_, end, place, co_chair, status and status.value, note)
    save_manual_meeting(database, fact)
    refresh(database)
    say(f"{fact.series_id}/{round_}: saved (hand-entered)")


@meeting_app.command("edit")
def meeting_edit(
    series: SeriesArg,
    round_: RoundArg,
    date_: DateOpt = None,
    end: EndOpt = None,
    place: PlaceOpt = None,
    co_chair: ChairOpt = None,
    status: StatusOpt = None,
    note: NoteOpt = None,
    db: DbOption = None,
) -> None:
    """Correct a round on record: only the fields given change; the documents' other facts stay.

    Example: dialogtrack meeting edit th-us-strategic-dialogue 8 --place Bangkok
    """
    from dialogtrack.store import load_meetings, save_manual_meeting

    database = open_database(db)
    fact = _meeting_fact(database, series, round_, date_, end, place, co_chair, status and status.value, note)
    if not any(m.series.id == fact.series_id and m.round == round_ for m in load_meetings(database, sources=False)):
        raise fail(f"{fact.series_id}/{round_}: no such meeting on record; add it with: dialogtrack meeting add")
    if (date_, place, co_chair, status, note) == (None, None, None, None, None):
        raise fail("meeting edit: give at least one of --date, --place, --co-chair, --status, --note")
    save_manual_meeting(database, fact)
    refresh(database)
    say(f"{fact.series_id}/{round_}: corrected (hand-entered)")


@meeting_app.command("delete")
def meeting_delete(series: SeriesArg, round_: RoundArg, note: NoteOpt = None, db: DbOption = None) -> None:
    """Drop a round that never happened (a misreading); it stays dropped after every import.

    Example: dialogtrack meeting delete th-us-strategic-dialogue 12 --note "a typo in one release"
    """
    from dialogtrack.store import save_manual_meeting

    database = open_database(db)
    fact = _meeting_fact(database, series, round_, None, None, None, None, None, note, deleted=True)
    save_manual_meeting(database, fact)
    refresh(database)
    say(f"{fact.series_id}/{round_}: deleted (hand-entered)")


@relation_app.command("add")
def relation_add(
    countries: Annotated[list[str], typer.Argument(help="The two countries: ISO codes or names (TH US).")],
    established: Annotated[str, typer.Option("--established", help="The founding date: YYYY-MM-DD or YYYY.")],
    kind: Annotated[str, typer.Option(help="What was established.")] = "diplomatic relations",
    note: NoteOpt = None,
    db: DbOption = None,
) -> None:
    """Enter when relations between two countries were established; it wins over the documents.

    Example: dialogtrack relation add TH US --established 1833-03-20
    """
    from dialogtrack.corrections import ManualRelation
    from dialogtrack.store import save_manual_relation

    registry = load_registry()
    codes = []
    for name in countries:
        code = name.upper() if name.upper() in registry.countries else registry.country(name)
        if code is None:
            raise fail(f"relation add: {name!r} is not a country dialogtrack knows; give an ISO code such as TH or US")
        codes.append(code)
    if len(set(codes)) != 2:
        raise fail("relation add: give exactly two different countries, e.g. TH US")
    if not re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", established) or parse_day(established, "--established") is None:
        raise fail(f"--established {established!r}: write it as YYYY-MM-DD or YYYY")
    database = open_database(db)
    save_manual_relation(database, ManualRelation(tuple(sorted(codes)), kind, established, note))
    refresh(database)
    say(f"{'-'.join(sorted(codes))} {kind}: established {established} (hand-entered)")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find, in Thai or English; a name finds its aliases too.")],
    series: Annotated[
        list[str] | None, typer.Option("--series", help="Only documents that name this series (id or words).")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Only documents published from this date.")] = None,
    until: Annotated[str | None, typer.Option(help="Only documents published up to this date.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many documents.", min=1)] = 20,
    format: FormatOption = Format.table,
    lang: LangOption = None,
    calendar: CalendarOption = None,
    thai_digits: ThaiDigitsOption = False,
    db: DbOption = None,
) -> None:
    """Documents and the sentences in them that hold the words, matches highlighted.

    Example: dialogtrack search สหรัฐฯ --since 2020
    """
    from dialogtrack.render.formats import search_record, search_rows
    from dialogtrack.render.tables import search_view
    from dialogtrack.search import Hit, in_period, passages, search_terms
    from dialogtrack.store import documents_naming, find_documents, load_documents, load_series
    from dialogtrack.timeline import series_matches

    first, last = parse_day(since, "--since"), parse_day(until, "--until")
    database = open_reading(db)
    known = load_series(database)
    terms = search_terms(query, load_registry(), [[s.name_en, s.name_th, *aliases] for s, aliases in known.values()])
    if not terms:
        raise fail("search: give a word or name to look for, e.g. dialogtrack search 'Strategic Dialogue'")
    ids = list(dict.fromkeys(i for term in terms for i in find_documents(database, term)))
    if series:
        naming = documents_naming(database, [sid for sid, (s, _) in known.items() if series_matches(s, series, None)])
        ids = [i for i in ids if i in naming]
    hits: list[Hit] = []
    for at in range(0, len(ids), limit):  # best first, reading only as many texts as the answer needs
        for d in load_documents(database, ids[at : at + limit]):
            if in_period(d["published"], first, last) and len(hits) < limit:
                found = passages(d["text"], terms)
                hits.append(Hit(d["id"], d["title"], tuple(d["origins"]), d["published"], d["language"], found))
        if len(hits) >= limit:
            break
    display = make_display(lang, calendar, thai_digits)
    emit(
        format,
        lambda: [search_record(h) for h in hits],
        lambda: search_view(hits, terms, display),
        lambda: search_rows(hits),
    )


@db_app.command("path")
def db_path_command(db: DbOption = None) -> None:
    """Print which database file commands use.

    Example: DIALOGTRACK_DB=work.db dialogtrack db path
    """
    typer.echo(str(db_path(db)))


@db_app.command("metadata")
def db_metadata_command(db: DbOption = None) -> None:
    """Print Datasette metadata for the database: series names for ids, sorted tables, column
    descriptions, internal tables hidden, documents listed without their text.

    Example: dialogtrack db metadata > metadata.json && datasette "$(dialogtrack db path)" -m metadata.json
    """
    import json
    from importlib import resources

    shipped = json.loads(resources.files("dialogtrack").joinpath("data/datasette.json").read_text(encoding="utf-8"))
    tables = shipped.pop("tables")
    shipped["databases"] = {db_path(db).stem: {"tables": tables}}  # Datasette names a database by its file
    typer.echo(json.dumps(shipped, ensure_ascii=False, indent=2))


def main() -> None:
    try:
        app()
    except DialogtrackError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        sys.exit(1)
