"""What a page says about itself: publication and update dates, view count, language.

Pages carry these as lines of their own, not as prose: mfa.go.th writes "วันที่นำเข้าข้อมูล 11 พ.ค.
2565", "วันที่ปรับปรุงข้อมูล …" and "| 3,223 view" (on its English pages too); the State Department
writes "MAY 10, 2022" under "MEDIA NOTE"; news sites write "Posted on March 20, 2017",
"Published: 09/2016", or a dateline such as "World News Wednesday December 28, 2011 14:37". A date
line is trusted when it is short and near the top (or the very end) of the page, so a meeting's date
in a sentence is never taken for the page's own date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dialogtrack.models import DateSpan
from dialogtrack.recognising.dates import find_dates, to_arabic_digits

PUBLISHED_LABEL = re.compile(
    r"^\s*(?:วันที่นำเข้าข้อมูล|(?:Posted|Published|Released|Issued)(?:\s+on)?\s*:?|Date\s*:|Release\s+date\s*:"
    r"|date(?=\s+\d{4}-\d{2}))",
    re.I,
)
UPDATED_LABEL = re.compile(r"^\s*(?:วันที่ปรับปรุงข้อมูล|(?:Updated|Last\s+updated|Modified)(?:\s+on)?\s*:?)", re.I)
PAGE_LABEL = re.compile(rf"(?:{PUBLISHED_LABEL.pattern})|(?:{UPDATED_LABEL.pattern})", re.I)
VIEWS = re.compile(r"^\s*\|?\s*([0-9๐-๙][0-9๐-๙,]*)\s+views?\s*$", re.I | re.M)
TOP_LINES = 14
BOTTOM_LINES = 4
SHORT_LINE = 90


@dataclass(frozen=True)
class PageMeta:
    published: DateSpan | None
    updated: DateSpan | None
    views: int | None


def read_page_meta(text: str) -> PageMeta:
    """Publication date, update date and view count, from the page's own header and footer lines."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    published = updated = None
    for line in lines[: TOP_LINES * 2]:
        if published is None and PUBLISHED_LABEL.match(line):
            published = _iso_label_date(line) or _first_date(line)
        elif updated is None and UPDATED_LABEL.match(line):
            updated = _first_date(line)
    if published is None:
        published = _date_line(lines[:TOP_LINES], "day") or _date_line(lines[-BOTTOM_LINES:], "day")
    if published is None:
        published = _date_line(lines[:TOP_LINES] + lines[-BOTTOM_LINES:], "month")
    if published is not None:
        published = _read_as_the_page_agrees(published, lines[:TOP_LINES])
    views = None
    if "view" in text.lower() and (m := VIEWS.search(text)):  # the pattern is tried at every line start
        views = int(to_arabic_digits(m.group(1)).replace(",", ""))
    return PageMeta(published, updated, views)


# "WASHINGTON, 12 May 2022, (TON):", "BANGKOK, Aug. 6 (Xinhua) --": the wire's place and day of filing.
DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[^\S\n]*(?:date[^\S\n]+\d{4}-\d{2}(?:-\d{2})?[^\S\n]+)?[A-Z][A-Z .'-]{2,30},[^\S\n]*$"
)
DATELINE_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*)?(?::|--|[—–])")
# A city written in lower case needs the agency after the day to be a dateline: "Muscat, Dec 5 (IANS) India and …".
DATELINE_CITY_BEFORE = re.compile(
    r"(?:^|\n)[^\S\n]*(?:date[^\S\n]+\d{4}-\d{2}(?:-\d{2})?[^\S\n]+)?[A-Z][a-z]+(?:[ .'-][A-Z][a-z]+){0,2},[^\S\n]*$"
)
DATELINE_AGENCY_AFTER = re.compile(r"[^\S\n]*,?[^\S\n]*\([A-Z][A-Za-z/]{1,12}\)")


POSTED_AFTER = re.compile(r"[^\S\n]*\|?[^\S\n]*(?:views?|ครั้ง\s*ที่\s*เข้าชม|เข้าชม)[^\S\n]*:?[^\S\n]*[0-9๐-๙]", re.I)


def is_page_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the page's or the wire's own (a posting label, a
    dateline) rather than a date the prose gives: a meeting is never dated by it, only the document."""
    line_start = text.rfind("\n", 0, start) + 1
    if (
        start - line_start <= 40
        and (label := PAGE_LABEL.match(text[line_start:end]))
        and start - line_start - label.end() <= 12
    ):
        return True
    if POSTED_AFTER.match(text, end):
        return True  # "09 Mar 2016   Views 5509": the page's own line
    return is_dateline(text, start, end)


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a wire's dateline ("BANGKOK, Aug. 6 (Xinhua) --", "Muscat, Dec 5
    (IANS)")."""
    before = text[max(0, start - 40) : start]
    if DATELINE_BEFORE.search(before) and DATELINE_AFTER.match(text, end):
        return True
    return bool(DATELINE_CITY_BEFORE.search(before) and DATELINE_AGENCY_AFTER.match(text, end))


ISO_LABEL = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])", re.I)


def _iso_label_date(line: str) -> DateSpan | None:
    """ "date 2025-05", "date 2025-05-14": a page's own date as a saved copy labels it, to the month
    when no day is given (a year-less date in the text then takes its year)."""
    if not (m := ISO_LABEL.match(line)):
        return None
    try:
        if m.group(3):
            return DateSpan(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        return DateSpan(date(int(m.group(1)), int(m.group(2)), 1), precision="month")
    except ValueError:
        return None


def _first_date(line: str) -> DateSpan | None:
    found = find_dates(line)
    return found[0].span if found else None


def _date_line(lines: list[str], precision: str) -> DateSpan | None:
    """The first short line that is mostly a date (a dateline), at the given precision."""
    for line in lines:
        if len(line) > SHORT_LINE:
            continue
        for m in find_dates(line):
            if m.span.precision == precision and m.span.end is None and _mostly_date(line, m.start, m.end):
                return m.span
    return None


def _read_as_the_page_agrees(published: DateSpan, lines: list[str]) -> DateSpan:
    """ "06/10/2021" is 6 October day first and 10 June month first: when the page's head also writes the
    day another way ("10.06.2021", "June 10, 2021") and that is the month-first reading, the slashes were
    month first, as American sites write them."""
    day = published.start
    if published.precision != "day" or published.end is not None or day.day > 12 or day.day == day.month:
        return published
    swapped = day.replace(month=day.day, day=day.month)
    slashed = written = False
    for line in lines:
        for m in find_dates(line):
            if m.span.precision == "day" and m.span.end is None:
                slashed |= m.span.start == day and "/" in line[m.start : m.end]
                written |= m.span.start == swapped and "/" not in line[m.start : m.end]
    return DateSpan(swapped) if slashed and written else published


def _mostly_date(line: str, start: int, end: int) -> bool:
    """A dateline is the date plus a few words (a label, a weekday, a time, a source), not a sentence."""
    rest = (line[:start] + " " + line[end:]).strip()
    if rest.endswith(".") and len(rest) > 30:
        return False
    words = re.findall(r"[A-Za-z\u0e00-\u0e7f]+", rest)
    return len(words) <= 8


_THAI = re.compile(r"[\u0e01-\u0e4e]")
_NOT_THAI = re.compile(r"[^\u0e01-\u0e4e]+")
_NOT_LATIN = re.compile(r"[^A-Za-z]+")


def guess_language(text: str) -> str:
    """'th' when Thai letters make up a real share of the letters, else 'en'.

    Letters are counted by deleting runs of everything else (one match per run, not one per letter),
    and a text without one Thai letter is English without counting."""
    if not _THAI.search(text):
        return "en"
    thai = len(_NOT_THAI.sub("", text))
    latin = len(_NOT_LATIN.sub("", text))
    return "th" if thai and thai >= 0.3 * (thai + latin) else "en"


TITLE_LINES = 8
"""How many lines at the top of a text may hold its title (a site's name and menu come first)."""
BODY_LINE = 200
"""A line this long is prose: the title is above it."""


def text_title(text: str) -> str:
    """A plain-text release's own title, not the site's header above it.

    Saved pages start with the site's name, a menu, a team's name, the title, a dateline, then the
    body. The title is the longest line of that head that is neither a menu ("Home | About | News"), a
    page label ("วันที่นำเข้าข้อมูล …", "| 642 view") nor a date: the site's name and its teams are
    short, the article's title says what happened; a sentence ending in a full stop is the body. A
    Markdown heading is a title as written."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and lines[0].startswith("#"):
        return re.sub(r"^#+\s*", "", lines[0])
    head: list[str] = []
    for line in lines[:TITLE_LINES]:
        if len(line) >= BODY_LINE:
            break
        head.append(line)
    candidates = [line for line in head if not _not_a_title(line)]
    if not candidates:
        return lines[0] if lines else ""
    return max(candidates, key=len)  # the first of the longest


def _not_a_title(line: str) -> bool:
    if line.count("|") >= 2 or line.startswith("|") or PAGE_LABEL.match(line) or VIEWS.match(line):
        return True
    if line.endswith(".") and len(line.split()) > 6:  # a sentence of the body, not a headline
        return True
    found = find_dates(line)
    return bool(found) and sum(m.end - m.start for m in found) >= 0.5 * len(line.strip(" ,.-"))
