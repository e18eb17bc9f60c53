"""The command line: parse options, call one library function, render the result.

Only this module imports typer. Heavy modules (sqlite-utils, rich tables, the extractors) are imported
inside the commands that need them, so ``dialogtrack --help`` starts fast. Errors the user can act on
(``DialogtrackError``) print one line to stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from dialogtrack import __version__, options
from dialogtrack.errors import DialogtrackError

if TYPE_CHECKING:
    from rich.console import Console, RenderableType
    from sqlite_utils import Database

    from dialogtrack.models import DateSpan
    from dialogtrack.registry import Registry
    from dialogtrack.render.display import Display
    from dialogtrack.storage.corrections import ManualMeeting
    from dialogtrack.storage.store import Reader
    from dialogtrack.views.timeline import SeriesTimeline


class GuardedGroup(TyperGroup):
    """The command group, which turns what goes wrong inside any command into one line.

    A database that turns out damaged in the middle of a command (a page SQLite cannot read, a table
    changed under it) is one line naming the file and what to do, whichever command met it; what the
    command was writing is rolled back by its transaction. Values that another program wrote into the
    tables, of a kind dialogtrack never writes, fail wherever they are used: the line names the file,
    what failed and the check that finds the row."""

    def invoke(self, ctx: Any) -> Any:
        import sqlite3

        global _opened
        _opened = None
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException, AssertionError, OSError, UnicodeEncodeError):
            # the command line's own exits; a broken invariant of the code (a bug to see whole); the
            # output or the system failing (a full disk, a closed stream), which ``main`` words. A text
            # that cannot be decoded comes from the file (SQLite's message about a damaged schema, say).
            raise
        except DialogtrackError as exc:
            raise fail(str(exc)) from None
        except sqlite3.DatabaseError as exc:
            from dialogtrack.storage.store import storage_error

            raise fail(str(storage_error(_opened or db_path(None), exc, "running the command"))) from None
        except Exception as exc:  # the last resort: never a traceback
            path = _opened or db_path(None)
            raise fail(
                f"{path}: could not use what the database holds ({type(exc).__name__}: {exc}); if another "
                f"program edited it, see what is wrong with: dialogtrack db check --db {path}; otherwise "
                "please report this with the command that gave it"
            ) from None


_opened: Path | None = None
"""The database file the command opened, for the line that says it is damaged."""

app = typer.Typer(
    cls=GuardedGroup,
    name="dialogtrack",
    help="Track recurring bilateral dialogues, their rounds and anniversaries from Thai and English press releases.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
db_app = typer.Typer(help="The database file.\n\n\b\nExample: dialogtrack db path", no_args_is_help=True)
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


_db_before: Path | None = None
"""--db given before the command (``dialogtrack --db F timeline``); --db after it wins."""


def db_path(option: Path | None) -> Path:
    """Where the database is: --db, else $DIALOGTRACK_DB, else the user's application folder (kept
    in ``_opened`` for the line that says the file is damaged)."""
    global _opened
    _opened = _where(option)
    return _opened


def _where(option: Path | None) -> Path:
    if option is not None:
        return option
    if _db_before is not None:
        return _db_before
    if env := os.environ.get("DIALOGTRACK_DB"):
        return Path(env)
    return app_dir() / "dialogtrack.db"


def checked(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """An option callback running one of ``options``' checks as the command line is parsed: a value
    that cannot work is one line before any work starts."""

    def callback(value: Any) -> Any:
        if value is None:
            return value
        try:
            return check(value)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None

    return callback


def fail(message: str) -> typer.Exit:
    from dialogtrack.controls import printable

    sys.stderr.write(f"Error: {printable(message)}\n")
    return typer.Exit(1)


def checked_db_path(option: Path | None) -> Path:
    """The database path, refused on one line when it cannot be a database file (a FIFO, a device, a
    name longer than the file system takes)."""
    from dialogtrack.options import database_problem

    path = db_path(option)
    if (problem := database_problem(path)) is not None:
        raise fail(f"{path}: {problem}")
    return path


def open_database(option: Path | None) -> Database:
    """The database for a command that writes it, with any rebuild a stopped import owes completed."""
    database = open_database_as_is(option)
    complete_rebuild(database)
    return database


def open_database_as_is(option: Path | None) -> Database:
    from dialogtrack.storage.store import open_db

    try:
        return open_db(checked_db_path(option))
    except DialogtrackError as exc:
        raise fail(str(exc)) from None


def complete_rebuild(database: Database) -> None:
    """Finish the rebuild of meetings and relations that a stopped import owes, before any command
    reads or corrects them."""
    import sqlite3

    from dialogtrack.pipeline import complete_owed_rebuild
    from dialogtrack.storage.store import database_file, rebuild_owed, storage_error

    if not rebuild_owed(database):
        return
    try:
        complete_owed_rebuild(database, load_registry())
    except sqlite3.Error as exc:
        raise fail(str(storage_error(database_file(database), exc, "updating the meetings"))) from None


def open_reading(option: Path | None) -> Reader:
    """The database for a command that only reads it (fast to open when it is up to date)."""
    from dialogtrack.storage.store import open_for_reading

    path = checked_db_path(option)
    if not path.exists():  # say so, and create nothing: no file, no folder
        raise fail(f"{path}: no database there yet; import releases first: dialogtrack import PATH --db {path}")
    try:
        reader = open_for_reading(path)
    except DialogtrackError as exc:
        raise fail(str(exc)) from None
    from dialogtrack.storage.store import PlainReader, rebuild_owed

    if not rebuild_owed(reader):
        return reader
    if not os.access(path, os.W_OK):
        sys.stderr.write(
            f"Note: {path}: the meetings do not yet show the last releases imported (an import was stopped "
            "before it updated them); any command run with write access to the file brings them up to date\n"
        )
        return reader
    if isinstance(reader, PlainReader):
        reader.conn.close()
    return open_database(path)


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
    from dialogtrack.guard import unfiltered
    from dialogtrack.render.console import PrintableConsole

    plain = bool(os.environ.get("NO_COLOR"))
    file = unfiltered(sys.stderr) if stderr else None  # a progress bar's cursor moves are rich's own codes
    return PrintableConsole(file=file, highlight=False, soft_wrap=False, color_system=None if plain else "auto")


_quiet = False


def say(message: str) -> None:
    """A confirmation; ``--quiet`` silences it (errors and results are never silenced)."""
    if not _quiet:
        typer.echo(message)


def parse_day(value: str | None, option: str) -> date | None:
    """'2022-06-01', '2022-06' or '2022' -> a date (the first day of a month or year)."""
    span = parse_option_span(value, option)
    return span.start if span else None


def parse_option_span(value: str | None, option: str) -> DateSpan | None:
    """A date option at the precision written; Buddhist-era years and Thai digits as the date grammar
    reads them, the reading shown on stderr."""
    if value is None:  # the usual case; the date grammar is not loaded for it
        return None
    if day := _plain_day(value):  # nor for a day written as YYYY-MM-DD in the Common era, the most common
        return day
    from dialogtrack.views.selection import parse_option_date

    try:
        typed = parse_option_date(value)
    except ValueError as exc:
        raise fail(f"{option} {value!r}: {exc}") from None
    if typed.reading and not _quiet:
        sys.stderr.write(f"Note: {option} {value}: {typed.reading}\n")
    return typed.span


def _plain_day(value: str) -> DateSpan | None:
    """The day ``value`` names when it is written YYYY-MM-DD in ASCII digits with a Common-era year
    (1000 to 2399), as the date grammar reads it (which says nothing of such a date); None for anything
    else, which the grammar reads. Loading the grammar costs more than the rest of ``upcoming --as-of``."""
    if not (len(value) == 10 and value[4] == value[7] == "-" and value.replace("-", "").isdigit() and value.isascii()):
        return None
    if not 1000 <= int(value[:4]) < 2400:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:  # no such day: the grammar says so
        return None
    from dialogtrack.models import DateSpan

    return DateSpan(day)


def date_window(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """--since and --until as days; --until may not come before --since. A month or year given to
    --until reaches to its last day."""
    from dialogtrack.views.timeline import last_day

    first, last = parse_option_span(since, "--since"), parse_option_span(until, "--until")
    if first and last and last_day(last) < first.start:
        raise fail(f"--since {since} is after --until {until}; swap them")
    return (first.start if first else None, last_day(last) if last else None)


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
    columns: Sequence[str] = (),
) -> None:
    """Print a result as a rich table, or as JSON (``records``), CSV or Markdown (``flat``, else the
    records; ``columns`` head a table with no rows)."""
    if format is Format.table:
        console().print(view())
        return
    from dialogtrack.render import formats

    if format is Format.json:
        typer.echo(formats.to_json(records()))
    else:
        rows = (flat or records)()
        shown = formats.to_csv(rows, columns) if format is Format.csv else formats.to_markdown(rows, columns)
        typer.echo(shown, nl=False)


def every_years(value: int) -> int:
    """--every as given, or one line saying it is out of range: a milestone past year 9999 is no date."""
    if not 1 <= value <= 1000:
        raise fail(f"--every {value}: give a number of years from 1 to 1000")
    return value


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
    db: DbOption = None,
) -> None:
    """Track recurring bilateral dialogues from Thai and English press releases.

    \b
    Example: dialogtrack import releases/ && dialogtrack timeline
    """
    global _quiet, _db_before
    _quiet = quiet
    _db_before = db


@app.command("import")
def import_command(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs, or - for stdin.")],
    db: DbOption = None,
    timeout: Annotated[
        float,
        typer.Option(
            help="Seconds a URL may take, from connecting to its last byte.", callback=checked(options.seconds)
        ),
    ] = 20.0,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Largest input accepted, in bytes.", callback=checked(options.byte_count))
    ] = 20_000_000,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            min=1,
            help="Processes reading releases at once (default: one per CPU, at most 3; never more than the "
            "CPUs available; small batches use one).",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")] = False,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="One line per input: imported (with its rounds), unchanged, skipped."),
    ] = False,
    lang: LangOption = None,
    thai_digits: ThaiDigitsOption = False,
) -> None:
    """Import press releases (text, HTML, PDF, Word) and recognise the dialogue rounds they mention.

    \b
    Example: dialogtrack import releases/ https://example.org/news.html
    """
    from dialogtrack.pipeline import import_sources
    from dialogtrack.reading.ingest import count_inputs
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
                verbose=verbose,
            )
    else:
        report = import_sources(
            database,
            sources,
            registry,
            stdin=stdin,
            timeout=timeout,
            max_bytes=max_bytes,
            jobs=jobs,
            verbose=verbose,
        )
    from dialogtrack.render.tables import safe

    for origin, problem in report.failed:
        sys.stderr.write(f"Error: {safe(origin).plain}: {safe(problem).plain}\n")
    if report.stopped:
        sys.stderr.write(f"Error: {safe(report.stopped).plain}\n")
    if not (quiet or _quiet):
        for origin, note in report.notes:
            sys.stderr.write(f"Note: {safe(origin).plain}: {note}\n")
    if verbose and not (quiet or _quiet):
        for origin in report.imported:
            rounds = report.rounds.get(origin) or []
            typer.echo(f"imported {safe(origin).plain}: " + (", ".join(rounds) or "no dialogue round named"))
        for origin in report.unchanged:
            typer.echo(f"unchanged {safe(origin).plain}")
        for origin in report.skipped:
            typer.echo(f"skipped {safe(origin).plain}: not a release format")
    if not (quiet or _quiet):
        d = make_display(lang, None, thai_digits)
        typer.echo(
            f"{d.label('imported')} {d.number(len(report.imported))}, {d.label('unchanged')} "
            f"{d.number(len(report.unchanged))}, {d.label('failed')} {d.number(len(report.failed))}; "
            f"{d.number(report.meetings)} {d.label('meetings')}, {d.number(report.relations)} "
            f"{d.label('relations on record')}"
        )
        if report.skipped:
            kinds = sorted({Path(p).suffix.lower() or "no suffix" for p in report.skipped})
            kinds_text = ", ".join(kinds)
            typer.echo(
                d.label("skipped {n}: not a release format ({kinds})").format(
                    n=d.number(len(report.skipped)), kinds=kinds_text
                )
            )
        if report.without_rounds:
            typer.echo(
                d.label("{n} of the releases imported named no dialogue round").format(
                    n=d.number(report.without_rounds)
                )
            )
        if report.read_elsewhere:
            typer.echo(
                d.label(
                    "{n} releases on record were read by an earlier version of the recogniser or of its data; "
                    "to read them again: dialogtrack db reread"
                ).format(n=d.number(report.read_elsewhere))
            )
    if report.failed or report.stopped:
        raise typer.Exit(1)


def _timelines(
    database: Reader,
    series_ids: Collection[str] | None = None,
    since: date | None = None,
    until: date | None = None,
    *,
    sources: bool = False,
    today: date | None = None,
) -> list[SeriesTimeline]:
    """The timelines asked for (of these series, when given); with ``sources``, each meeting carries its
    sources (for the outputs that print them: reading thousands of quotes is what makes a large record
    slow)."""
    from dialogtrack.storage.store import load_cadence_claims, load_meetings
    from dialogtrack.views.timeline import build_timeline

    meetings = load_meetings(database, sources=sources)
    if series_ids is not None:
        meetings = [m for m in meetings if m.series.id in series_ids]
    return build_timeline(meetings, load_cadence_claims(database), since=since, until=until, today=today)


def chosen_series(database: Reader, series: Sequence[str] | None, country: str | None) -> list[str] | None:
    """The ids of the series the arguments and --country select (None: no filter); a name or country
    that matches nothing is an error with a suggestion."""
    if not series and country is None:
        return None
    from dialogtrack.storage.store import load_series
    from dialogtrack.views.selection import country_code, select_series

    known = load_series(database)
    try:
        ids = select_series(known, series or ())
        code = country_code(load_registry(), country) if country is not None else None
    except ValueError as exc:
        raise fail(str(exc)) from None
    if code is not None:
        ids = [sid for sid in ids if code in known[sid][0].countries]
    return ids


def nothing_found(
    database: Reader,
    series_ids: Sequence[str] | None,
    country: str | None,
    since: str | None,
    until: str | None,
    *,
    named: bool = False,
    display: Display | None = None,
) -> str:
    """Why a timeline is empty, in words: nothing imported, or nothing of what was asked for (in the
    display's language: Thai through its phrase table)."""
    from dialogtrack.storage.store import load_meetings, load_series

    meetings = load_meetings(database, sources=False)
    if not meetings:
        empty = "No meetings on record. Import releases with: dialogtrack import PATH"
        return display.label(empty) if display else empty
    if series_ids is not None and not series_ids:  # --country left none
        among = " among those named" if named else ""
        why = f"no series with {country} on record{among}; {len(load_series(database))} series on record"
        return display.sentence(why) if display else why
    ids = set(series_ids) if series_ids is not None else None
    known = load_series(database)
    mine = [m for m in meetings if ids is None or m.series.id in ids]
    if ids is not None and len(ids) == 1:
        one = known[next(iter(ids))][0]
        what = display.name(one) if display else one.name_en
    elif ids is not None:
        what = f"the {len(ids)} series chosen"
    else:
        what = "any series"
    window = f"between {since} and {until}" if since and until else (since and f"from {since}") or f"up to {until}"
    if not mine:
        why = f"no rounds of {what} on record; {len(meetings)} rounds of other series on record"
    else:
        why = f"no rounds of {what} {window}; {len(mine)} on record"
    return display.sentence(why) if display else why


@app.command()
def timeline(
    series: Annotated[
        list[str] | None, typer.Argument(help="Series ids, names or aliases (or words of them).", metavar="[SERIES]...")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="Only series with this country: ISO code or name (US, Japan, ญี่ปุ่น).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only meetings from this date: YYYY-MM-DD, YYYY-MM or YYYY (BE years too).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only meetings up to this date: YYYY-MM-DD, YYYY-MM or YYYY (BE years too).")
    ] = None,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="Judge announced rounds as of this date (YYYY-MM-DD) instead of today; the HTML page's today line.",
        ),
    ] = None,
    chart: Annotated[bool, typer.Option("--chart", help="A strip chart across the years instead of tables.")] = False,
    format: Annotated[
        TimelineFormat, typer.Option("--format", "-f", help="Output format; html is one self-contained page.")
    ] = TimelineFormat.table,
    lang: LangOption = None,
    calendar: CalendarOption = None,
    thai_digits: ThaiDigitsOption = False,
    db: DbOption = None,
) -> None:
    """Rounds of every dialogue series, oldest first: dates, places, co-chairs, sources and gaps.

    \b
    Example: dialogtrack timeline --country US --since 2015
    """
    display = make_display(lang, calendar, thai_digits)
    first, last = date_window(since, until)
    database = open_reading(db)
    ids = chosen_series(database, series, country)
    today = parse_day(as_of, "--as-of") or date.today()
    timelines = _timelines(
        database,
        ids,
        first,
        last,
        sources=format is not TimelineFormat.table,  # the tables and the chart show only how many
        today=today,
    )
    if not timelines:
        window = (first.isoformat() if first else None, last.isoformat() if last else None)
        why = nothing_found(database, ids, country, *window, named=bool(series), display=display)
        if format is TimelineFormat.table:
            typer.echo(why)
            return
        sys.stderr.write(f"Note: {why}\n")
    # Loaded only when there is something to show: an empty answer is one line, without Rich's tables.
    from dialogtrack.render.formats import MEETING_COLUMNS, timeline_records
    from dialogtrack.render.tables import timeline_view

    if chart and format is TimelineFormat.table:
        from dialogtrack.render.chart import chart_view

        out = console()
        out.print(chart_view(timelines, out.width, display))
        return
    if format is TimelineFormat.html:
        from dialogtrack.render.html import timeline_page

        typer.echo(timeline_page(timelines, display=display, today=today, base=os.getcwd()), nl=False)
        return
    emit(
        Format(format.value),
        lambda: timeline_records(timelines),
        lambda: timeline_view(timelines, display),
        columns=MEETING_COLUMNS,
    )


@app.command()
def upcoming(
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="Count from this date instead of today: YYYY-MM-DD (BE years too).")
    ] = None,
    within: Annotated[
        str | None,
        typer.Option(help="Only items due within this long: days, weeks, months or years (90d, 6w, 6m, 1y)."),
    ] = None,
    every: Annotated[
        int, typer.Option(help="Anniversary milestones every N years (1 to 1000).", callback=every_years)
    ] = 5,
    format: Annotated[EventFormat, typer.Option("--format", "-f", help="Output format.")] = EventFormat.table,
    remind: RemindOption = None,
    lang: LangOption = None,
    calendar: CalendarOption = None,
    thai_digits: ThaiDigitsOption = False,
    db: DbOption = None,
) -> None:
    """Next rounds (scheduled, expected from cadence, or overdue) and anniversary milestones, soonest first.

    \b
    Example: dialogtrack upcoming --as-of 2022-06-01 --within 1y
    Example: dialogtrack upcoming --format ics --remind 30d,7d > dialogues.ics
    """
    from dialogtrack.storage.store import load_cadence_claims, load_meetings, load_relations
    from dialogtrack.views.upcoming import upcoming as project

    if remind is not None and format is not EventFormat.ics:
        raise fail("--remind works only with --format ics (reminders are calendar alarms)")
    today = parse_day(as_of, "--as-of") or date.today()
    within_days = parse_duration(within)
    database = open_reading(db)
    items = project(
        load_meetings(database, sources=False),  # no output of upcoming items shows sources
        load_relations(database, sources=False),
        load_cadence_claims(database),
        today=today,
        within_days=within_days,
        every=every,
    )
    display = make_display(lang, calendar, thai_digits)
    if not items and format is EventFormat.table:
        # One line, without loading Rich's tables for it.
        from dialogtrack.render.display import NOTHING_UPCOMING

        typer.echo(display.label(NOTHING_UPCOMING))
        return
    from dialogtrack.render.formats import UPCOMING_COLUMNS, upcoming_record
    from dialogtrack.render.tables import upcoming_view

    if format is EventFormat.ics:
        from dialogtrack.render.ical import calendar_items, parse_reminders, upcoming_calendar

        try:
            parse_reminders(remind)  # a bad --remind is the one line said
        except ValueError as exc:
            raise fail(f"--remind {remind!r}: {exc}") from None
        shown = calendar_items(items)
        if len(shown) < len(items):
            left = len(items) - len(shown)
            sys.stderr.write(
                f"Note: {left} item{'s' * (left != 1)} left out of the calendar: already past "
                "(overdue, unconfirmed, dormant) or without a date; see them with: dialogtrack upcoming\n"
            )
        if not shown:
            why = "nothing on record" if not items else "nothing to come"
            sys.stderr.write(f"Note: the calendar is empty: {why}" + (f" within {within}" if within else "") + "\n")
        calendar_bytes(
            lambda days, stamp: upcoming_calendar(items, remind_days=days, stamp=stamp, display=display), remind
        )
        return
    emit(
        Format(format.value),
        lambda: [upcoming_record(i) for i in items],
        lambda: upcoming_view(items, display, today),
        columns=UPCOMING_COLUMNS,
    )


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

    \b
    Example: dialogtrack anniversaries --format json
    """
    from dialogtrack.render.formats import RELATION_COLUMNS, relation_record
    from dialogtrack.render.tables import anniversaries_view
    from dialogtrack.storage.store import load_relations

    if remind is not None and format is not EventFormat.ics:
        raise fail("--remind works only with --format ics (reminders are calendar alarms)")
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
        columns=RELATION_COLUMNS,
    )


series_app = typer.Typer(
    help="The dialogue series known (names, ids, aliases, rounds, cadence), and corrections to them."
    "\n\n\b\nExample: dialogtrack series --format csv",
    invoke_without_command=True,
    no_args_is_help=False,
)
alias_app = typer.Typer(
    help="Names a series is known by.\n\n\b\nExample: dialogtrack series alias add th-us-strategic-dialogue TUSD",
    no_args_is_help=True,
)
series_app.add_typer(alias_app, name="alias")
app.add_typer(series_app, name="series")
meeting_app = typer.Typer(
    help="Correct meetings by hand: add, edit or delete a round.\n\n\b\n"
    "Example: dialogtrack meeting edit th-us-strategic-dialogue 8 --place Bangkok",
    no_args_is_help=True,
)
app.add_typer(meeting_app, name="meeting")
relation_app = typer.Typer(
    help="Relations between countries entered by hand.\n\n\b\n"
    "Example: dialogtrack relation add TH US --established 1833-03-20",
    no_args_is_help=True,
)
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

    \b
    Example: dialogtrack series
    """
    if ctx.invoked_subcommand is not None:
        return
    from dialogtrack.storage.store import load_series

    database = open_reading(db)
    known = load_series(database)
    rows = [(t, known[t.series.id][1]) for t in _timelines(database)]
    display = make_display(lang, calendar, thai_digits)
    if not rows and format is Format.table:
        from dialogtrack.render.display import NO_SERIES

        typer.echo(display.label(NO_SERIES))  # one line, without loading Rich's tables for it
        return
    from dialogtrack.render.formats import SERIES_COLUMNS, series_record
    from dialogtrack.render.tables import series_view

    emit(
        format,
        lambda: [series_record(t, aliases) for t, aliases in rows],
        lambda: series_view(rows, display),
        columns=SERIES_COLUMNS,
    )


def find_series_id(database: Database, wanted: str) -> str:
    """A series id from what the user typed: the id itself, a name or alias, or words of them matching
    one series."""
    from dialogtrack.storage.store import load_series
    from dialogtrack.views.selection import one_series

    try:
        return one_series(load_series(database), wanted)
    except ValueError as exc:
        raise fail(str(exc)) from None


def correct(
    database: Database,
    write: Callable[[], object],
    *,
    command: str,
    record: str,
    summary: str,
    table: str,
    key: str,
    rebuild: bool = True,
) -> None:
    """Make a hand correction, log it and rebuild what it changes, in one transaction: it shows at
    once, or nothing of it is left behind."""
    import sqlite3

    from dialogtrack.pipeline import resolve_all
    from dialogtrack.storage.journal import correcting
    from dialogtrack.storage.store import database_file, storage_error

    registry = load_registry()
    try:
        with correcting(
            database,
            command=command,
            record=record,
            summary=summary,
            table=table,
            key=key,
            rebuild=(lambda db: resolve_all(db, registry)) if rebuild else (lambda db: None),
        ):
            write()
    except sqlite3.Error as exc:
        raise fail(str(storage_error(database_file(database), exc, f"{command} {record}"))) from None


@alias_app.command("add")
def series_alias_add(
    series: Annotated[str, typer.Argument(help="Series id or words of its name.")],
    alias: Annotated[str, typer.Argument(help="Another name the series is known by.")],
    db: DbOption = None,
) -> None:
    """Add a name a series is known by; search and series filters use it.

    \b
    Example: dialogtrack series alias add th-us-strategic-dialogue "TUSD"
    """
    from dialogtrack.storage.store import save_series_edit

    database = open_database(db)
    series_id = find_series_id(database, series)
    name = alias.strip()
    if not name:
        raise fail("series alias add: give a name, e.g. dialogtrack series alias add th-us-strategic-dialogue TUSD")
    correct(
        database,
        lambda: save_series_edit(database, series_id, alias=name),
        command="series alias add",
        record=series_id,
        summary=f"alias {name!r} added",
        table="series_edits",
        key=series_id,
        rebuild=False,
    )
    say(f"{series_id}: alias {name!r} added")


@series_app.command("merge")
def series_merge(
    source: Annotated[str, typer.Argument(help="The series to merge (id or words of its name).")],
    into: Annotated[str, typer.Argument(help="The series it is the same as.")],
    db: DbOption = None,
) -> None:
    """Treat one series as another: its rounds become the other's, now and after every import.

    \b
    Example: dialogtrack series merge th-us-strategic-talks th-us-strategic-dialogue
    """
    from dialogtrack.storage.journal import merge_cycle
    from dialogtrack.storage.store import load_series_edits, save_series_edit

    database = open_database(db)
    source_id, target_id = find_series_id(database, source), find_series_id(database, into)
    if source_id == target_id:
        raise fail(f"{source_id}: cannot merge a series into itself")
    merged = {sid: e["merged_into"] for sid, e in load_series_edits(database).items() if e["merged_into"]}
    if merged.get(source_id) == target_id:
        raise fail(f"{source_id} is merged into {target_id} already")
    if (chain := merge_cycle(merged, source_id, target_id)) is not None:
        raise fail(
            f"{' → '.join(chain)} is merged already, so merging {source_id} into {target_id} would make a cycle; "
            f"take the other merge back first: dialogtrack series unmerge {chain[0]}"
        )
    if source_id in merged:
        raise fail(
            f"{source_id} is merged into {merged[source_id]}; "
            f"take that back first: dialogtrack series unmerge {source_id}"
        )
    correct(
        database,
        lambda: save_series_edit(database, source_id, merged_into=target_id),
        command="series merge",
        record=source_id,
        summary=f"merged into {target_id}",
        table="series_edits",
        key=source_id,
    )
    say(f"{source_id} merged into {target_id}")


@series_app.command("unmerge")
def series_unmerge(
    series: Annotated[str, typer.Argument(help="The merged series (id or words of its name).")],
    db: DbOption = None,
) -> None:
    """Take a merge back: the series has its own rounds again, now and after every import.

    \b
    Example: dialogtrack series unmerge th-us-strategic-talks
    """
    from dialogtrack.storage.journal import clear_merge
    from dialogtrack.storage.store import load_series_edits

    database = open_database(db)
    series_id = find_series_id(database, series)
    target = (load_series_edits(database).get(series_id) or {}).get("merged_into")
    if not target:
        raise fail(f"{series_id} is not merged into another series; see the merges with: dialogtrack corrections")
    correct(
        database,
        lambda: clear_merge(database, series_id),
        command="series unmerge",
        record=series_id,
        summary=f"no longer merged into {target}",
        table="series_edits",
        key=series_id,
    )
    say(f"{series_id} is its own series again (was merged into {target})")


@series_app.command("rename")
def series_rename(
    series: Annotated[str, typer.Argument(help="Series id or words of its name.")],
    en: Annotated[str | None, typer.Option("--en", help="The English name.")] = None,
    th: Annotated[str | None, typer.Option("--th", help="The Thai name.")] = None,
    db: DbOption = None,
) -> None:
    """Give a series the name you use, in English, Thai or both.

    \b
    Example: dialogtrack series rename jp-th-strategic-dialogue --en "Japan–Thailand Strategic Dialogue"
    """
    from dialogtrack.storage.store import save_series_edit

    if not en and not th:
        raise fail("series rename: give --en NAME, --th NAME or both")
    database = open_database(db)
    series_id = find_series_id(database, series)
    names = "; ".join(f"{label} {name!r}" for label, name in (("English", en), ("Thai", th)) if name)
    correct(
        database,
        lambda: save_series_edit(database, series_id, name_en=en, name_th=th),
        command="series rename",
        record=series_id,
        summary=f"renamed: {names}",
        table="series_edits",
        key=series_id,
    )
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
    first, last = parse_option_span(start, "--date"), parse_option_span(end, "--end")
    assert first is not None
    if last is None:
        return first
    if last.precision != first.precision:
        raise fail(f"--date {start} and --end {end}: write both to the same precision (day, month or year)")
    if last.start < first.start:
        raise fail(f"--end {end} is before --date {start}")
    return DateSpan(first.start, last.start, first.precision)


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
    from dialogtrack.storage.corrections import ManualMeeting

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


SeriesArg = Annotated[str, typer.Argument(help="Series id, name or alias (or words of them).", metavar="SERIES")]
MAX_ROUND = 9999
"""No dialogue reaches round 10,000: a larger number is a typo, and would make every gap listing and
projection that counts rounds work for nothing."""


def round_in_range(value: int) -> int:
    """A round number as entered, or one line saying it is out of range."""
    if not 1 <= value <= MAX_ROUND:
        raise fail(f"round {value}: not a round number; give the round as the releases number it, 1 to {MAX_ROUND}")
    return value


RoundArg = Annotated[
    int, typer.Argument(help=f"The round number (1 to {MAX_ROUND}).", metavar="ROUND", callback=round_in_range)
]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="The (first) day: YYYY-MM-DD, YYYY-MM or YYYY (BE years too).")
]
EndOpt = Annotated[str | None, typer.Option("--end", help="The last day, for a meeting over several days: YYYY-MM-DD.")]
PlaceOpt = Annotated[str | None, typer.Option("--place", help="Where it was held, or 'virtual'.")]
ChairOpt = Annotated[list[str] | None, typer.Option("--co-chair", help="A co-chair (repeat for each).")]
StatusOpt = Annotated[StatusChoice | None, typer.Option("--status", help="held, scheduled or planned.")]
NoteOpt = Annotated[str | None, typer.Option("--note", help="Why: a source, a reference, a reason.")]


def _fact_summary(fact: ManualMeeting) -> str:
    """What a hand correction of a meeting says, in a few words."""
    parts = []
    if fact.dates is not None:
        parts.append("date " + fact.dates.iso_start() + (f" to {fact.dates.iso_end()}" if fact.dates.end else ""))
    if fact.location is not None:
        parts.append(f"place {fact.location}")
    if fact.co_chairs is not None:
        parts.append("co-chairs " + ", ".join(fact.co_chairs))
    if fact.status is not None:
        parts.append(f"status {fact.status}")
    if fact.note:
        parts.append(f"note {fact.note!r}")
    return "; ".join(parts)


def warn_out_of_order(database: Database, series_id: str, round_: int) -> None:
    """A warning on stderr when a round's date is out of order with its neighbours' (round 5 after 6)."""
    from dialogtrack.storage.store import load_meetings
    from dialogtrack.views.timeline import last_day

    dated = {m.round: m.dates for m in load_meetings(database, sources=False) if m.series.id == series_id and m.round}
    mine = dated.get(round_)
    if mine is None:
        return
    wrong = [
        (abs(other - round_), other, span)
        for other, span in dated.items()
        if span is not None
        and ((other < round_ and span.start > last_day(mine)) or (other > round_ and last_day(span) < mine.start))
    ]
    if wrong:  # the nearest round it disagrees with
        _, other, span = min(wrong, key=lambda entry: (entry[0], entry[1]))
        order = "after" if other > round_ else "before"
        sys.stderr.write(
            f"Warning: {series_id}/{round_} ({mine.iso_start()}) is dated {order} round {other} "
            f"({span.iso_start()}); check the dates\n"
        )


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

    \b
    Example: dialogtrack meeting add th-us-strategic-dialogue 5 --date 2018-06-20 --place Washington
    """
    from dialogtrack.storage.store import save_manual_meeting

    database = open_database(db)
    fact = _meeting_fact(database, series, round_, date_, end, place, co_chair, status and status.value, note)
    correct(
        database,
        lambda: save_manual_meeting(database, fact),
        command="meeting add",
        record=f"{fact.series_id}/{round_}",
        summary=_fact_summary(fact) or "added",
        table="manual_meetings",
        key=f"{fact.series_id}/{round_}",
    )
    say(f"{fact.series_id}/{round_}: saved (hand-entered)")
    warn_out_of_order(database, fact.series_id, round_)


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

    \b
    Example: dialogtrack meeting edit th-us-strategic-dialogue 8 --place Bangkok
    """
    from dialogtrack.storage.store import load_meetings, save_manual_meeting

    database = open_database(db)
    fact = _meeting_fact(database, series, round_, date_, end, place, co_chair, status and status.value, note)
    if not any(m.series.id == fact.series_id and m.round == round_ for m in load_meetings(database, sources=False)):
        raise fail(f"{fact.series_id}/{round_}: no such meeting on record; add it with: dialogtrack meeting add")
    if (date_, place, co_chair, status, note) == (None, None, None, None, None):
        raise fail("meeting edit: give at least one of --date, --place, --co-chair, --status, --note")
    correct(
        database,
        lambda: save_manual_meeting(database, fact),
        command="meeting edit",
        record=f"{fact.series_id}/{round_}",
        summary=_fact_summary(fact),
        table="manual_meetings",
        key=f"{fact.series_id}/{round_}",
    )
    say(f"{fact.series_id}/{round_}: corrected (hand-entered)")
    warn_out_of_order(database, fact.series_id, round_)


@meeting_app.command("delete")
def meeting_delete(series: SeriesArg, round_: RoundArg, note: NoteOpt = None, db: DbOption = None) -> None:
    """Drop a round that never happened (a misreading); it stays dropped after every import.

    \b
    Example: dialogtrack meeting delete th-us-strategic-dialogue 12 --note "a typo in one release"
    """
    from dialogtrack.storage.store import load_meetings, save_manual_meeting

    database = open_database(db)
    fact = _meeting_fact(database, series, round_, None, None, None, None, None, note, deleted=True)
    meetings = load_meetings(database, sources=False)
    rounds = sorted(m.round for m in meetings if m.series.id == fact.series_id and m.round is not None)
    if round_ not in rounds:
        on_record = ", ".join(map(str, rounds)) or "none"
        raise fail(f"{fact.series_id}/{round_}: no such meeting on record (rounds on record: {on_record})")
    correct(
        database,
        lambda: save_manual_meeting(database, fact),
        command="meeting delete",
        record=f"{fact.series_id}/{round_}",
        summary="deleted" + (f" ({note})" if note else ""),
        table="manual_meetings",
        key=f"{fact.series_id}/{round_}",
    )
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

    \b
    Example: dialogtrack relation add TH US --established 1833-03-20
    """
    from dialogtrack.storage.corrections import ManualRelation
    from dialogtrack.storage.store import save_manual_relation

    registry = load_registry()
    codes = []
    for name in countries:
        code = name.upper() if name.upper() in registry.countries else registry.country(name)
        if code is None:
            raise fail(f"relation add: {name!r} is not a country dialogtrack knows; give an ISO code such as TH or US")
        codes.append(code)
    if len(set(codes)) != 2:
        raise fail("relation add: give exactly two different countries, e.g. TH US")
    from dialogtrack.views.selection import parse_option_date

    try:
        founded = parse_option_date(established).span
    except ValueError as exc:
        why = f"{exc}; " if "out of range" in str(exc) else ""
        raise fail(f"--established {established!r}: {why}write it as YYYY-MM-DD or YYYY") from None
    if founded.precision == "month":
        raise fail(f"--established {established!r}: write it as YYYY-MM-DD or YYYY")
    established = founded.iso_start()
    from dialogtrack.storage.corrections import relation_id

    database = open_database(db)
    fact = ManualRelation(tuple(sorted(codes)), kind, established, note)
    correct(
        database,
        lambda: save_manual_relation(database, fact),
        command="relation add",
        record=f"{'-'.join(fact.countries)} {kind}",
        summary=f"established {established}",
        table="manual_relations",
        key=relation_id(fact.countries, kind),
    )
    say(f"{'-'.join(sorted(codes))} {kind}: established {established} (hand-entered)")


corrections_app = typer.Typer(
    help="Every correction made by hand (its id, when, what, on which record), and taking one back."
    "\n\n\b\nExample: dialogtrack corrections",
    invoke_without_command=True,
    no_args_is_help=False,
)
app.add_typer(corrections_app, name="corrections")


@corrections_app.callback()
def corrections_command(ctx: typer.Context, format: FormatOption = Format.table, db: DbOption = None) -> None:
    """Every hand correction, oldest first: its id, when, what it did and on which record.

    \b
    Example: dialogtrack corrections
    """
    if ctx.invoked_subcommand is not None:
        return
    from dialogtrack.render.formats import CORRECTION_COLUMNS
    from dialogtrack.render.tables import corrections_view
    from dialogtrack.storage.journal import list_corrections

    found = list_corrections(open_reading(db))
    emit(
        format,
        lambda: [
            {
                "id": c.id,
                "at": c.at,
                "command": c.command,
                "record": c.record,
                "summary": c.summary,
                "undone_at": c.undone_at,
            }
            for c in found
        ],
        lambda: corrections_view(found),
        columns=CORRECTION_COLUMNS,
    )


@corrections_app.command("undo")
def corrections_undo(
    correction: Annotated[
        int,
        typer.Argument(help="The id of the correction, as dialogtrack corrections lists it.", min=1, max=2**63 - 1),
    ],
    db: DbOption = None,
) -> None:
    """Take one hand correction back; meetings and relations are rebuilt at once.

    \b
    Example: dialogtrack corrections undo 3
    """
    import sqlite3

    from dialogtrack.pipeline import resolve_all
    from dialogtrack.storage.journal import undo
    from dialogtrack.storage.store import database_file, storage_error

    registry = load_registry()
    database = open_database(db)
    try:
        done = undo(database, correction, lambda d: resolve_all(d, registry))
    except DialogtrackError as exc:
        raise fail(str(exc)) from None
    except sqlite3.Error as exc:
        raise fail(str(storage_error(database_file(database), exc, f"undoing correction {correction}"))) from None
    say(f"correction {done.id} undone: {done.command} {done.record} ({done.summary})")


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find, in Thai or English; a name finds its aliases too.")],
    series: Annotated[
        list[str] | None, typer.Option("--series", help="Only documents that name this series (id or words).")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Only documents published from this date: YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only documents published up to this date: YYYY-MM-DD, YYYY-MM or YYYY.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many documents.", min=1)] = 20,
    format: FormatOption = Format.table,
    lang: LangOption = None,
    calendar: CalendarOption = None,
    thai_digits: ThaiDigitsOption = False,
    db: DbOption = None,
) -> None:
    """Documents and the sentences in them that hold the words, matches highlighted.

    \b
    Example: dialogtrack search สหรัฐฯ --since 2020
    """
    from dialogtrack.render.formats import SEARCH_COLUMNS, search_record, search_rows
    from dialogtrack.render.tables import search_view
    from dialogtrack.storage.store import find_documents, load_documents, load_series
    from dialogtrack.views.search import Hit, passages, search_terms

    first, last = date_window(since, until)
    if not query.strip():
        raise fail("search: give a word or name to look for, e.g. dialogtrack search 'Strategic Dialogue'")
    database = open_reading(db)
    from dialogtrack.health import index_problem

    if problem := index_problem(database.execute, db_path(db)):
        raise fail(problem)
    known = load_series(database)
    wanted = chosen_series(database, series, None) if series else None
    terms = search_terms(query, load_registry(), [[s.name_en, s.name_th, *aliases] for s, aliases in known.values()])
    if not terms:
        raise fail("search: give a word or name to look for, e.g. dialogtrack search 'Strategic Dialogue'")
    since_day, until_day = (first.isoformat() if first else None), (last.isoformat() if last else None)
    # Each term's best ``limit`` documents that pass the filters, in the order of the terms: the first
    # ``limit`` of them are the answer.
    found = (
        i
        for term in terms
        for i in find_documents(database, term, limit, since=since_day, until=until_day, naming=wanted)
    )
    ids = list(dict.fromkeys(found))[:limit]
    hits = [
        Hit(d["id"], d["title"], tuple(d["origins"]), d["published"], d["language"], passages(d["text"], terms))
        for d in load_documents(database, ids)
    ]
    display = make_display(lang, calendar, thai_digits)
    emit(
        format,
        lambda: [search_record(h) for h in hits],
        lambda: search_view(hits, terms, display),
        lambda: search_rows(hits),
        columns=SEARCH_COLUMNS,
    )


@db_app.command("path")
def db_path_command(db: DbOption = None) -> None:
    """Print which database file commands use.

    \b
    Example: DIALOGTRACK_DB=work.db dialogtrack db path
    """
    typer.echo(str(db_path(db)))


@db_app.command("metadata")
def db_metadata_command(db: DbOption = None) -> None:
    """Print Datasette metadata for the database: series names for ids, sorted tables, column
    descriptions, internal tables hidden, documents listed without their text.

    \b
    Example: dialogtrack db metadata > metadata.json && datasette "$(dialogtrack db path)" -m metadata.json
    """
    import json
    from importlib import resources

    shipped = json.loads(resources.files("dialogtrack").joinpath("data/datasette.json").read_text(encoding="utf-8"))
    tables = shipped.pop("tables")
    shipped["databases"] = {db_path(db).stem: {"tables": tables}}  # Datasette names a database by its file
    typer.echo(json.dumps(shipped, ensure_ascii=False, indent=2))


@db_app.command("check")
def db_check_command(db: DbOption = None) -> None:
    """Check the database file: SQLite's integrity check of every page, the tables and columns
    dialogtrack needs, and the search index against the documents. Nothing is written.

    \b
    Example: dialogtrack db check
    """
    from dialogtrack.health import check_deeply
    from dialogtrack.storage.store import KNOWN_MIGRATIONS

    path = db_path(db)
    if not path.is_file():
        raise fail(f"{path}: no database there; see which file commands use with: dialogtrack db path")
    problems = check_deeply(path, KNOWN_MIGRATIONS)
    for problem in problems:
        sys.stderr.write(f"Error: {problem}\n")
    if problems:
        raise typer.Exit(1)
    typer.echo("ok: every page, the tables and their columns, and the search index")


@db_app.command("rebuild-index")
def db_rebuild_index_command(db: DbOption = None) -> None:
    """Build the search index of the documents again from the documents themselves (when db check
    or search says it is missing or damaged).

    \b
    Example: dialogtrack db rebuild-index
    """
    import sqlite3

    from dialogtrack.storage.store import open_db, rebuild_search_index, storage_error

    path = db_path(db)
    if not path.is_file():
        raise fail(f"{path}: no database there; see which file commands use with: dialogtrack db path")
    try:
        count = rebuild_search_index(open_db(path, index=False))
    except DialogtrackError as exc:
        raise fail(str(exc)) from None
    except sqlite3.Error as exc:
        raise fail(str(storage_error(path, exc, "rebuilding the search index"))) from None
    say(f"search index rebuilt: {count} documents")


@db_app.command("reread")
def db_reread_command(
    db: DbOption = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Processes reading releases at once (as for import)."),
    ] = None,
) -> None:
    """Read again, from their stored text, the releases whose rounds an earlier version of dialogtrack or
    of its language data found (after an upgrade, or after adding a registry file of your own), then
    update the meetings. Corrections made by hand are kept.

    \b
    Example: dialogtrack db reread
    """
    from dialogtrack.pipeline import reread_documents
    from dialogtrack.workers import default_jobs

    database = open_database(db)
    report = reread_documents(database, load_registry(), jobs=jobs or default_jobs())
    if report.stopped:
        raise fail(report.stopped)
    if not report.reread:
        say(f"nothing to read again: every release on record was read by this version; {report.meetings} meetings")
        return
    say(f"read again {report.reread}; {report.meetings} meetings, {report.relations} relations on record")


def main() -> None:
    """Run the command line as a process: every fault, from a bad option to a full disk under stdout,
    is one line on stderr and a non-zero status (see ``guard``)."""
    from dialogtrack import guard

    guard.install()
    status = _run()
    if (problem := guard.deliver()) is not None:
        sys.stderr.write(f"Error: {problem}\n")
        status = status or 1
    sys.exit(status)


GROUP_OPTIONS_WITH_VALUE = frozenset({"--db"})


def command_asked_for(argv: Sequence[str]) -> str | None:
    """The name of the command the arguments ask for, past the group's own options; None where the
    group itself is asked for (no command, ``--help`` or ``--version`` before one)."""
    args = iter(argv)
    for arg in args:
        if arg in ("--help", "--version"):
            return None
        if arg in GROUP_OPTIONS_WITH_VALUE:
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


@contextmanager
def only_the_command_asked_for(argv: Sequence[str]) -> Iterator[None]:
    """Let Typer build only the command that runs.

    Typer turns every registered command into a Click command before it runs one, reading each
    function's signature and type hints: for this command line that is most of what a command on a
    small database costs beyond Python and Typer themselves. A process runs one command, so the others
    are set aside while it runs; a name that is no command (a typo, which Click answers with the
    nearest names) and the group's own help keep them all. Shell completion lists them all too."""
    from typer.main import get_command_name

    name = command_asked_for(argv)
    commands, groups = app.registered_commands, app.registered_groups
    chosen_commands = [c for c in commands if c.callback and (c.name or get_command_name(c.callback.__name__)) == name]
    chosen_groups = [g for g in groups if g.name == name]
    if "_DIALOGTRACK_COMPLETE" in os.environ or not (chosen_commands or chosen_groups):
        yield
        return
    app.registered_commands, app.registered_groups = chosen_commands, chosen_groups
    try:
        yield
    finally:
        app.registered_commands, app.registered_groups = commands, groups


def _run() -> int:
    """The exit status of the command; errors said on one line each."""
    from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError  # Typer's copy of Click

    from dialogtrack import guard

    try:
        with only_the_command_asked_for(sys.argv[1:]):
            result = app(prog_name="dialogtrack", standalone_mode=False)
    except DialogtrackError as exc:
        sys.stderr.write(f"Error: {exc}\n")
        return 1
    except NoArgsIsHelpError as exc:  # a bare command group: its help
        exc.show()
        return exc.exit_code
    except UsageError as exc:  # a bad option or argument: what is wrong, and where help is
        where = f"; see: {exc.ctx.command_path} --help" if exc.ctx is not None else ""
        sys.stderr.write(f"Error: {' '.join(exc.format_message().split()).rstrip('.')}{where}\n")
        return exc.exit_code
    except ClickException as exc:
        sys.stderr.write(f"Error: {' '.join(exc.format_message().split())}\n")
        return exc.exit_code
    except typer.Abort:
        return 1
    except guard.OutputFailed as failure:  # said whichever command was writing, however it handles errors
        guard.silence_stdout()
        if failure.problem:
            sys.stderr.write(f"Error: {failure.problem}\n")
        return 1
    except (OSError, UnicodeEncodeError) as exc:
        if (problem := guard.output_problem(exc)) is None:
            raise
        guard.silence_stdout()
        sys.stderr.write(f"Error: {problem}\n")
        return 1
    return result if isinstance(result, int) else 0
