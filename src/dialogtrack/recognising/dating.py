"""Which date belongs to which round.

A date belongs to the round it follows closely ("… ครั้งที่ ๘ ซึ่งจะจัดขึ้นในวันพรุ่งนี้ (๑๘ กค ๖๖)",
"held on 4-5 August 2009"); a date that opens a sentence ("เมื่อวันที่ …", "On 25 May 2021, …")
belongs to the first round of the sentence; then the first date after a round (rounds joined by
"และ"/"and" share it), a year counted from the document ("next year"), the nearest date before, and a
day counted from the document ("met today", "on Saturday"). A round recalled in passing never takes the
document's own date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise
from typing import TYPE_CHECKING

from dialogtrack.models import DateSpan, Document
from dialogtrack.reading.metadata import PAGE_LABEL, is_dateline
from dialogtrack.recognising.dates import (
    DateMatch,
    find_dates,
    names_another_event,
    relative_day,
    relative_month,
    relative_year,
)
from dialogtrack.recognising.passages import sentence_of
from dialogtrack.recognising.roles import PAST, Draft
from dialogtrack.recognising.rounds import COORDINATED, NamedRound
from dialogtrack.recognising.scan import HELD

if TYPE_CHECKING:
    from dialogtrack.recognising.annotate import AnnotatedText

OPENING_LIMIT = 24  # characters before a date that still make it the sentence's opening date


LEAD_RECENT = timedelta(days=14)
FIRST_READ = 1500  # characters of a release read first for its date
DATE_MARGIN = 200  # longer than any date expression, range or pair of days
BOUND_DISTANCE = 60  # a date this close after a round, with no other round between, is that round's


def reference_date(doc: Document) -> DateSpan | None:
    """The date the document speaks from: its publication date, else the first full date in it."""
    if doc.published:
        # "BEIJING, June 15 (Xinhua) --" on a page posted the next day: the wire's day is the day its
        # "on Tuesday" and "tomorrow" are counted from.
        filed = wire_date(doc.text, doc.published.start.year)
        if filed is not None and timedelta(0) <= doc.published.start - filed.start <= WIRE_DELAY:
            return filed
        if doc.published.precision == "month" and (today := _today_written(doc.text, doc.published)):
            return today  # a page dated to the month whose lead says "วันนี้ (18 ม.ค.)": that day
        return doc.published
    text, size = doc.text, FIRST_READ
    # The first full date is nearly always near the top, so growing beginnings of the text are read
    # rather than all of it; a date is trusted once it ends well before the cut (no date is that long).
    while True:
        cut = len(text) if size >= len(text) else (text.find("\n", size) + 1 or len(text))
        first = next(
            (
                m
                for m in find_dates(text[:cut])
                if m.span.precision == "day" and not _founding_date(text, m.start) and not dates_no_round(text, m)
            ),
            None,
        )
        if cut == len(text) or (first is not None and first.end < cut - DATE_MARGIN):
            return first.span if first else None
        size *= 4


# "วันนี้ (18 ม.ค.)", "เมื่อวานนี้ (14 มิ.ย.2568)", "Today (March 4)": the lead's own day, in brackets after the word.
TODAY_WRITTEN = re.compile(r"(?:(?P<today>วันนี้|[Tt]oday)|(?P<yesterday>เมื่อวานนี้|เมื่อวาน|[Yy]esterday))[^\S\n]*\(")


def _today_written(text: str, month: DateSpan) -> DateSpan | None:
    """The day a page dated only to its month speaks from, when its lead writes it after "today" or
    "yesterday" (the day before it, for "yesterday")."""
    head = text[:WIRE_READ]
    if not (m := TODAY_WRITTEN.search(head)):
        return None
    day = next(
        (d for d in find_dates(head, default_year=month.start.year) if d.start - m.end() <= 2 and d.start >= m.end()),
        None,
    )
    if day is None or day.span.precision != "day" or day.span.start.replace(day=1) != month.start.replace(day=1):
        return None
    return DateSpan(day.span.start + timedelta(days=1)) if m.group("yesterday") else DateSpan(day.span.start)


# A date of the relation's history or of a document it signed ("the accord signed … on May 14,
# 2012"): not the day a release speaks from.
FOUNDING_WORDS = re.compile(r"(?i:establish|founded|signed|สถาปนา|ลงนาม)")


def _founding_date(text: str, at: int) -> bool:
    """ "The two countries established diplomatic relations on October 1, 1958", "… the agreement signed on
    May 14, 2011": a date of the relation's history, which no year-less date of the release may
    borrow its year from."""
    clause = re.split(r"[.!?\n]", text[max(0, at - 150) : at])[-1]
    return bool(FOUNDING_WORDS.search(clause))


WIRE_DELAY = timedelta(days=7)
WIRE_READ = 400  # a dateline opens the story


def wire_date(text: str, year: int) -> DateSpan | None:
    """The day of a wire's dateline at the top of the story ("SEOUL, Dec. 29 (Yonhap) --")."""
    head = text[:WIRE_READ]
    for m in find_dates(head, default_year=year):
        if m.span.precision == "day" and m.span.end is None and is_dateline(head, m.start, m.end):
            return m.span
    return None


def years_from_openings(dates: list[DateMatch], sentences: list[tuple[int, int]], text: str) -> list[DateMatch]:
    """A day written without its year in a sentence that opens with the year counted from the page's ("Last year,
    Goyal and Tai had co-chaired the 13th … on January 11", "Next year, …"): that year, not the page's own."""
    out = []
    for d in dates:
        if not d.year_written:
            lo, _ = sentence_of(d.start, sentences)
            if (year := _opening_year(text, lo, d.start, d.span.start.year)) is not None:
                d = replace(d, span=_shifted(d.span, year - d.span.start.year))
        out.append(d)
    return out


def _opening_year(text: str, lo: int, hi: int, year: int) -> int | None:
    """The year "Last year", "Next year", "This year" at the opening of ``text[lo:hi]`` (a sentence's words
    before what it dates) counts from ``year``; None when the words do not open it."""
    opening = text[lo:hi]
    found = relative_year(opening, year)
    if found is None or found[1] - (len(opening) - len(opening.lstrip())) > OPENING_LIMIT:
        return None
    return found[0]


def _shifted(span: DateSpan, years: int) -> DateSpan:
    def move(day: date) -> date:
        try:
            return day.replace(year=day.year + years)
        except ValueError:  # 29 February
            return day.replace(year=day.year + years, day=28)

    return DateSpan(move(span.start), move(span.end) if span.end else None, span.precision)


def relative_year_of(r: NamedRound, text: str, reference: DateSpan | None) -> DateSpan | None:
    """ "… agreed to hold the eighth meeting in China next year": a year counted from the document's; or one
    that opens the sentence ("Last year, the two countries marked … during the second Leaders' Retreat")."""
    if reference is None:
        return None
    lo, hi = r.sentence
    window = text[r.ref.end : min(hi, r.ref.end + 200)]
    found = relative_year(window, reference.start.year)
    if found and ANNIVERSARY_BEFORE.search(window[max(0, found[1] - FOUNDED_WITHIN) : found[1]]):
        return None  # "… on the occasion of the 30th anniversary this year": the anniversary's year, no round's
    year = found[0] if found else _opening_year(text, lo, r.ref.start, reference.start.year)
    return DateSpan(date(year, 1, 1), precision="year") if year is not None else None


def relative_month_of(r: NamedRound, text: str, reference: DateSpan | None) -> DateSpan | None:
    """ "… during the 55th meeting in Kuala Lumpur last May": a month counted from the document's."""
    if reference is None:
        return None
    _, hi = r.sentence
    return relative_month(text[r.ref.end : min(hi, r.ref.end + 200)], reference.start)


def relative_day_of(r: NamedRound, text: str, reference: DateSpan | None) -> DateSpan | None:
    """ "Met today", "on Saturday issued …": a day counted from the document's date, for a round the
    sentence reports (never one it recalls in passing)."""
    if reference is None or reference.precision != "day":
        return None
    lo, hi = r.sentence
    if PAST.search(text[max(lo, r.ref.start - 40) : r.ref.start]):
        return None
    day = relative_day(text[lo:hi], reference.start)
    return DateSpan(day) if day else None


def date_of(
    r: NamedRound, rounds: list[NamedRound], dates: list[DateMatch], text: str, reference: DateSpan | None
) -> DateSpan | None:
    """The date of a round, from the best evidence its sentence gives, in this order: a date bound to
    it or opening its sentence; a day after it; a day before it; a day counted from the document ("on
    Saturday"); a month or year after it; a month or a year counted from the document ("last May",
    "next year"); any date before it. A date after the round and after "since" dates a stretch of time,
    not the round ("the 8th … Joint Commission Meeting, the first since 2011"; but "since 2016, when its
    second meeting was held" dates that one)."""
    dates = [d for d in dates if d.start < r.ref.end or not SINCE_BEFORE.search(text, max(0, d.start - 12), d.start)]
    after = date_after(r, rounds, dates, text)
    before = date_before(r, rounds, dates, text)
    if found := date_bound(r, rounds, dates, text):
        # "วันนี้ (19 ก.ค. 60) … ครั้งที่ 1 ประจำปี 2560": the year bound to the round holds the day written before it
        if found.precision != "day" and before is not None and before.precision == "day" and _within(before, found):
            return before
        return found
    for span in (after, before):
        if span is not None and span.precision == "day":
            return span
    return (
        relative_day_of(r, text, reference)
        or after
        or relative_month_of(r, text, reference)
        or relative_year_of(r, text, reference)
        or before
    )


# The words right before a date that make it the day a body or a relation began ("Established in", "set up
# on", "It began with the agreement … on", "ก่อตั้งขึ้นเมื่อปี"): no figure stands between them and the date.
FOUNDED_BEFORE = re.compile(
    r"(?i:\b(?:established|founded|set\s+up|created|began|inception)\b[^.\n\d]{0,50}?\b(?:in|on|since)[^\S\n]+$)"
    r"|(?:ก่อตั้ง|จัดตั้ง|สถาปนา)(?:ขึ้น)?[^\S\n]*(?:เมื่อ)?[^\S\n]*(?:ปี|วันที่)?[^\S\n]*$"
)
FOUNDED_WITHIN = 70  # characters before a date in which its founding words are read
# An anniversary's year ("จะฉลองความสัมพันธ์ทางการทูตครบ ๔๐ ปี ในปี ๒๕๕๗", "marks the 40th anniversary in 2014"):
# the relation's, no round's.
ANNIVERSARY_BEFORE = re.compile(
    r"(?i:\banniversary\b)[^.\n\d]{0,30}$|ครบ(?:รอบ)?[^\S\n]*[\d๐-๙]+[^\S\n]*ปี[^\S\n]*(?:ใน)?(?:ปี)?[^\S\n]*$"
)


# A target's year: "ภายใน 3 ปี หรือปี 2558" (within three years, by 2015), "ภายในปี 2570", "by the year 2030".
TARGET_BEFORE = re.compile(
    r"ภายใน[^\S\n]*(?:ปี)?[^\S\n]*$|ภายใน[^\n]{0,20}?หรือ(?:ภายใน)?[^\S\n]*ปี[^\S\n]*$|(?i:\bby\s+the\s+year\s+)$"
)


def dates_no_round(text: str, d: DateMatch) -> bool:
    """Whether a date is another fact's, which dates no round: the day a body began ("Established in March
    3, 2009, the joint commission is …", "It began with the agreement … on Aug 11, 1966"; an anniversary
    still counts from it), the year an anniversary falls in ("… ครบ ๔๐ ปี ในปี ๒๕๕๗"), a target's year."""
    window = (max(0, d.start - FOUNDED_WITHIN), d.start)
    return any(p.search(text, *window) for p in (FOUNDED_BEFORE, ANNIVERSARY_BEFORE, TARGET_BEFORE))


SINCE_BEFORE = re.compile(r"(?i:\bsince)[^\S\n]+$|นับตั้งแต่[^\S\n]*$|ตั้งแต่[^\S\n]*(?:ปี[^\S\n]*)?$")


def _within(day: DateSpan, period: DateSpan) -> bool:
    """Whether ``day`` falls in the month or year ``period`` names."""
    if period.precision == "year":
        return day.start.year == period.start.year
    return (day.start.year, day.start.month) == (period.start.year, period.start.month)


def date_bound(r: NamedRound, rounds: list[NamedRound], dates: list[DateMatch], text: str) -> DateSpan | None:
    """A date bound to a round ("… ครั้งที่ ๘ ซึ่งจะจัดขึ้นในวันพรุ่งนี้ (๑๘ กค ๖๖)", "… held on 4-5 August
    2009"), or the date that opens its sentence when the round is the sentence's first."""
    lo, hi = r.sentence
    in_sentence = [d for d in dates if lo <= d.start < hi]
    siblings = [o for o in rounds if o.sentence == r.sentence]
    after = [d for d in in_sentence if d.start >= r.ref.end]
    if (
        after
        and after[0].start - r.ref.end <= BOUND_DISTANCE
        and not any(r.ref.end <= o.ref.start < after[0].start for o in siblings)
        and not names_another_event(text, r.ref.end, after[0].start)
    ):
        return after[0].span
    opening = [d for d in in_sentence if d.start - lo <= OPENING_LIMIT and d.end <= r.ref.start]
    if opening and siblings and _listed_first(r, siblings, text):
        return opening[0].span
    return None


def _listed_first(r: NamedRound, siblings: list[NamedRound], text: str) -> bool:
    """Whether ``r`` is the first round of its sentence, or listed with it ("… ครั้งที่ ๑๓ และการประชุม …
    ครั้งที่ ๔"): every item of a listed set shares the date that opens the sentence."""
    chain = [siblings[0]]
    for a, b in pairwise(siblings):
        if not COORDINATED.search(text[a.ref.end : b.ref.start]) or _another_round_of_its_series(a, b):
            break
        chain.append(b)
    return any(o is r for o in chain)


def date_after(r: NamedRound, rounds: list[NamedRound], dates: list[DateMatch], text: str) -> DateSpan | None:
    """The first date after a round in its sentence, unless another round, not written side by side
    with it, stands between them."""
    _, hi = r.sentence
    after = [d for d in dates if r.ref.end <= d.start < hi]
    if not after:
        return None
    nxt = after[0]
    siblings = [o for o in rounds if o.sentence == r.sentence]
    between = [o for o in siblings if r.ref.end <= o.ref.start < nxt.start]
    chained = all(COORDINATED.search(text[a.ref.end : b.ref.start]) for a, b in pairwise([r, *between]))
    chained = chained and not any(_another_round_of_its_series(o, r) for o in between)
    if (not between or chained) and nxt.start - r.ref.end <= 400:
        return None if names_another_event(text, r.ref.end, nxt.start) else nxt.span
    return None


SAME_DAY = re.compile(
    r"\b(?:the\s+same\s+day|later\s+that\s+day|that\s+(?:afternoon|evening|morning))\b|วันเดียวกัน", re.I
)


def same_day(r: NamedRound, text: str) -> bool:
    """ "Later that day", "วันเดียวกัน": a round held the same day as the one the release reports."""
    lo, hi = r.sentence
    return bool(SAME_DAY.search(text, lo, hi))


def lead_date(
    text: str, sentences: list[tuple[int, int]], dates: list[DateMatch], reference: DateSpan | None
) -> DateMatch | None:
    """The date of the release's first sentence of prose, the day it reports on. The first sentence is the
    title, unless it reads as prose: a page with no title line opens with its lead ("HANOI, March 4 - …
    on Wednesday discussed …")."""
    first_is_prose = bool(sentences) and _reads_as_prose(text, *sentences[0])
    for lo, hi in sentences if first_is_prose else sentences[1:]:
        if hi - lo < 60 or (PAGE_LABEL.match(text, lo, hi) and not _reads_as_prose(text, lo, hi)):
            continue  # a title, a date line, a menu, the page's own dates (not the lead they open)
        first = next((d for d in dates if lo <= d.start < hi), None)
        if first_is_prose and (lo, hi) == sentences[0]:
            # A page's first line read as its lead only when it opens with its date, past the page's own
            # label ("date 2024-03-04 HANOI, March 4 - …"): a first line that is the end of a story's
            # summary ("… after officials met on Friday.") dates something else.
            label = PAGE_LABEL.match(text, lo, hi)
            past_label = LABEL_DATE.match(text, label.end(), hi) if label else None
            start = past_label.end() if past_label else lo
            if first is not None and first.span.precision == "day" and first.start - start <= OPENING_LIMIT:
                return first
            continue
        if first is None:
            # "SEOUL, Dec. 29 (Yonhap) -- Vice foreign ministers … met on Monday": the lead's day, counted
            # from the page's own date (the wire's dateline dates the page, not the meeting).
            if reference is not None and hi - lo >= 60 and (day := relative_day(text[lo:hi], reference.start)):
                return DateMatch(DateSpan(day), lo, lo)
            continue
        opening = first.start - lo - (len(text[lo:hi]) - len(text[lo:hi].lstrip())) <= OPENING_LIMIT
        if first.span.precision != "day":
            return None
        if reference is not None and first.span.start > reference.start + timedelta(days=1):
            return None
        # Opening the lead ("เมื่อวันที่ …"), or anywhere in it when it is the news of the last days
        # ("Senior officials met in Bangkok Oct. 8-9, 2024, to …").
        recent = reference is not None and first.span.start >= reference.start - LEAD_RECENT
        return first if opening or recent else None
    return None


def _reads_as_prose(text: str, lo: int, hi: int) -> bool:
    """A sentence, not a headline: one line, long, and ending with a full stop (a title above the lead,
    on lines of its own, is no part of it)."""
    sentence = text[lo:hi].strip()
    return len(sentence) >= PROSE_LEAD and sentence.endswith(".") and "\n" not in sentence


PROSE_LEAD = 120  # characters: a headline is shorter
LABEL_DATE = re.compile(r"\s*(?:\S*\d\S*\s*)?")  # the page's own date after its label ("date 2024-04-24 ")


def date_before(r: NamedRound, rounds: list[NamedRound], dates: list[DateMatch], text: str) -> DateSpan | None:
    """The nearest date before a round in its sentence, unless another round, not written side by side
    with it, stands between them."""
    lo, _ = r.sentence
    before = [d for d in dates if lo <= d.start and d.end <= r.ref.start and r.ref.start - d.end <= 400]
    if not before:
        return None
    nearest = before[-1]
    between = [
        o for o in rounds if o.sentence == r.sentence and o is not r and nearest.end <= o.ref.start < r.ref.start
    ]
    chain = pairwise([*between, r])
    if between and not all(COORDINATED.search(text[a.ref.end : b.ref.start]) for a, b in chain):
        return None  # the date belongs to the round between, not to this one
    # "… ครั้งที่ 2 ระหว่างวันที่ 30 – 31 สิงหาคม … ต่อเนื่องจาก … ครั้งที่ 1 …": a date between two rounds of one
    # series, or bound to the other one, is not this one's (a series holds one round at a time)
    bound_to_other = [
        o
        for o in rounds
        if o.sentence == r.sentence and o.ref.end <= nearest.start and nearest.start - o.ref.end <= BOUND_DISTANCE
    ]
    if any(_another_round_of_its_series(o, r) for o in (*between, *bound_to_other)):
        return None
    return nearest.span


def _another_round_of_its_series(other: NamedRound, r: NamedRound) -> bool:
    return other.series.id == r.series.id and other.ref.round != r.ref.round


# "The meeting was held on …", "… which will be held in Anning from August 14 to 15", "การประชุมดังกล่าวที่จัดขึ้น
# เมื่อวันที่ …": the day of the meeting, in a sentence that names no round.
HELD_ON = re.compile(
    r"\b(?:meeting|dialogue|talks|consultations?|session)\b[^.;\n]{0,20}?\b(?:was|were|will\s+be|is\s+to\s+be)\s+held\b"
    r"|(?:การประชุม|การหารือ)(?:ครั้งนี้|ดังกล่าว)?\s*(?:ที่|ซึ่ง)?\s*(?:ได้|จะ)?(?:จัดขึ้น|มีขึ้น)",
    re.I,
)
HELD_CUES = ("held", "จัดขึ้น", "มีขึ้น")  # a word every match of HELD_ON holds: the scan marks where to look
TRAVEL = re.compile(r"\b(?:visit(?:ed|ing|s)?|travel(?:led|ed|ling|s)?|arriv(?:ed|es|ing))\b|เยือน|เดินทาง", re.I)
HELD_DATE_WITHIN = 120  # characters after "was held" that still give its day
HELD_DAY_NEAR = timedelta(days=7)


def held_day(best: Draft, rounds: list[NamedRound], dates: list[DateMatch], doc: AnnotatedText) -> HeldDay | None:
    """The day a sentence naming no round says "the meeting was held", for the round a release reports
    when its own sentence dates a journey (a visit's range, the day of arrival) rather than the meeting,
    or gives no date at all."""
    text = doc.text
    lo, hi = best.ref.sentence
    span = best.span
    if span is not None and not TRAVEL.search(text, lo, hi):
        return None
    named = {r.sentence for r in rounds}
    for s_lo, s_hi in dict.fromkeys(sentence_of(m.start, doc.sentences) for m in doc.of(HELD, lo)):
        if (s_lo, s_hi) in named:
            continue
        if not (m := HELD_ON.search(text, s_lo, s_hi)):
            continue
        day = next((d for d in dates if m.end() <= d.start < min(s_hi, m.end() + HELD_DATE_WITHIN)), None)
        if day is None or day.span.precision != "day":
            continue
        if span is None or abs(day.span.start - span.start) <= HELD_DAY_NEAR:
            return HeldDay(day.span, bool(AHEAD_HELD.search(m.group()))) if day.span != span else None
    return None


def visit_dates(
    r: NamedRound, sentences: list[tuple[int, int]], dates: list[DateMatch], text: str, opening: re.Pattern[str]
) -> DateSpan | None:
    """The days of the visit the sentence speaks of, for an undated round in a sentence that opens "During the
    visit" (``opening``, the cue words): "X will visit Bhutan from 18-20 January. During the visit, he will
    co-chair the 4th …" is held within those days; so is the round of a long sentence that opens with the visit
    and its days ("ในการเยือนสาธารณรัฐเช็กระหว่างวันที่ ๕ - ๖ กันยายน … จะเป็นประธานร่วม … ในการประชุม … ครั้งที่ ๑")."""
    lo, hi = r.sentence
    if not opening.match(text[lo:hi].lstrip(" \t\"“‘'")):
        return None
    own = [d.span for d in dates if lo <= d.start and d.end <= r.ref.start]
    if own:
        days = [s for s in own if s.precision == "day"]
        return days[0] if len(days) == 1 and TRAVEL.search(text, lo, r.ref.start) else None
    at = bisect_left(sentences, r.sentence)
    if at == 0 or at >= len(sentences) or sentences[at] != r.sentence:
        return None
    p_lo, p_hi = sentences[at - 1]
    if "\n\n" in text[p_hi:lo] or not TRAVEL.search(text, p_lo, p_hi):
        return None  # only the visit its own paragraph has just named
    days = [d.span for d in dates if p_lo <= d.start < p_hi and d.span.precision == "day"]
    return days[0] if len(days) == 1 else None


AHEAD_HELD = re.compile(r"\bwill\b|\bis\s+to\b|จะ", re.I)


@dataclass(frozen=True)
class HeldDay:
    """The day "the meeting was (or will be) held", and whether the sentence says it is still to come."""

    span: DateSpan
    ahead: bool


HEADING_REST = re.compile(r"[\s()\[\],.:–-]*(?:[A-Za-z]{2,9}\.?|วัน\S{0,8})?[\s()\[\],.:–-]*")
HEADING_LINES = 2  # lines above a round that a day heading may stand
HEADING_SCAN = 2000  # dates in a release beyond which none is read as a programme's day heading


def day_heading(r: NamedRound, sentences: list[tuple[int, int]], dates: list[DateMatch], text: str) -> DateSpan | None:
    """The day of a programme's heading line above a round that its own line leaves undated ("August 1
    (Fri)" over "…; the 6th Meeting of …; Signing Ceremony …"): a visit's itinerary, day by day."""
    at = bisect_left(sentences, r.sentence)
    if at >= len(sentences) or sentences[at] != r.sentence or len(dates) >= HEADING_SCAN:
        return None  # (a list of thousands of dates is no programme)
    starts = [d.start for d in dates]
    for lo, hi in reversed(sentences[max(0, at - HEADING_LINES) : at]):
        inside = dates[bisect_left(starts, lo) : bisect_left(starts, hi)]
        if not inside:
            continue
        [first, *rest] = inside
        if rest or first.span.precision != "day":
            return None
        before, after = text[lo : first.start], text[first.end : hi]
        if HEADING_REST.fullmatch(before) and HEADING_REST.fullmatch(after):
            return first.span
        return None
    return None
