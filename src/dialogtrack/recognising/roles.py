"""The role of a round in a release: the one it reports (headline), held alongside (concurrent),
announced ahead (upcoming), recalled in passing (past), or intended without firm dates (planned).

Tense and intent are read where the words stand: a cue before a round ("will host the 20th …",
"agreed to hold the next …") or after it ("… will be held", "… ซึ่งจะจัดขึ้น", "… ครั้งต่อไป"), within its
clause; dates are read against the document's own date. The headline is the round the title names,
else the first dated round that is neither old nor recalled.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from dialogtrack.models import DateSpan, Role
from dialogtrack.recognising.dates import find_dates, names_relative_day
from dialogtrack.recognising.rounds import NamedRound

# Tense and intent, by where the words stand: a cue before a round ("will host the 20th …", "agreed to
# hold the next …") or after it ("… will be held", "… ซึ่งจะจัดขึ้น", "… ครั้งต่อไป"), within its clause.
FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|plans?\s+to|is\s+set\s+to|is\s+to)\s+(?:host|hold|convene|attend|(?:co-?)?chair|lead|organi[sz]e)\b"
    r"|\bwill\s+be\s+the\s+host(?:\s+country)?\s+(?:for|of)\b"
    # "… which will take place …, will mark the 12th round"
    r"|\b(?:will|shall)\s+(?:take\s+place|be\s+held)\b[^.;]{0,80}?\bwill\s+mark\s+the\s+$"
    # "will travel to New Delhi June 23-25 to chair the delegation on the fourth …"
    r"|\bwill\s+(?:\S+\s+){1,10}?(?:for|to\s+attend|to\s+join|to\s+(?:co-?)?chair)\s+(?:the|its|their)\s+(?:\S+\s+){0,5}$"
    r"|\b(?:upcoming|forthcoming)\b|จะเป็นเจ้าภาพ|จะจัด|จะเข้าร่วม|จะเดินทาง|ที่จะถึงนี้|จะ(?:ร่วม)?เป็นประธาน"
    # a headline's future, its subject then "to": "Anwar to visit Indonesia for 13th Annual Consultation"
    r"|^[^\S\n]*(?-i:[A-Z][\w'’.-]*)(?:[^\S\n]+(?-i:[A-Z][\w'’.-]*)){0,3}[^\S\n]+to[^\S\n]+"
    r"(?:visit|attend|(?:co-?)?chair|hold|host|lead|travel|join|take\s+part\s+in|participate\s+in)\b[^.;\n]{0,80}$"
    # (not a cadence: "กำหนดจัดประชุมปีละ 1 ครั้ง", set to meet once a year)
    r"|(?:มี)?กำหนด(?:การ)?(?:จะ)?(?:เดินทาง|เข้าร่วม|จัด|ประชุม|เยือน)(?![^\s]{0,12}(?:ปีละ|ทุกปี|ทุก[^\S\n]?\d|เป็นประจำ))",
    re.I,
)
# "… to hold the 5th …" is ahead only in a clause that speaks of the future ("will travel … to attend"),
# not after a past verb ("met in Perth on 8 May 2009 to hold the inaugural …").
FUTURE_INFINITIVE = re.compile(
    r"\bto\s+(?:host|hold|convene|attend|(?:co-?)?chair|lead|organi[sz]e)\b(?![^.;]*\b(?:met|held|convened)\b)", re.I
)
FUTURE_CLAUSE = re.compile(r"\b(?:will|shall|would|plans?|planned|scheduled|set|expected|is\s+to|are\s+to)\b", re.I)


WILL_AFTER = re.compile(
    r"^[^.]{0,40}?\b(?:will|shall)\s+(?:be\s+held|take\s+place|convene|open|be\s+co-?chaired)\b"
    r"|^[^\n]{0,40}?(?:ซึ่ง|ที่)จะ(?:จัดขึ้น|มีขึ้น)",  # "… (JC) ไทย-อินโดนีเซีย ซึ่งจะจัดขึ้นที่กรุงเทพฯ"
    re.I,
)
WILL_BEFORE = re.compile(r"\b(?:will|shall)\s+(?:take\s+place|be\s+held)\b[^.;]{0,80}$", re.I)
FUTURE_AFTER = re.compile(
    r"^[^.]{0,40}?\b(?:will|shall)\s+(?:be\s+held|take\s+place|convene|be\s+co-?chaired|open|meet|proceed|go\s+ahead)\b"
    r"|\b(?:is|are)\s+(?:(?:going\s+)?to\s+be\s+held|scheduled|set\s+to)|\bscheduled\s+(?:for|to)\b|\bslated\b|\bwhich\s+will\b"
    r"|\bset\s+to\s+(?:be\s+held|take\s+place|convene|open)\b"
    # "… the fourth joint Cabinet meeting to be co-chaired by the two Prime Ministers"
    r"|^[^\S\n]*,?[^\S\n]*to\s+be\s+(?:co-?chaired|chaired|held|hosted|convened|organi[sz]ed)\b"
    r"|จะจัดขึ้น|จะมีขึ้น|มีกำหนด|ที่จะถึงนี้",
    re.I,
)


PLANNED_BEFORE = re.compile(
    r"\b(?:agreed\s+to\s+(?:hold|convene|organi[sz]e|host)|agreed\s+that|next|look(?:ed|s|ing)?\s+forward\s+to"
    r"|preparing\s+for|in\s+preparation\s+for|in\s+the\s+time\s+ahead"
    # an invitation to come and chair it: "… conveyed invitations … to visit Viet Nam and co-chair the 13th …"
    r"|invit(?:ed|ation|ations)\b[^.;]{0,100}?\bto\s+co-?chair\s+the|\bto\s+visit\s+[^.;]{0,60}?\band\s+co-?chair\s+the"
    r"|committed\s+to\s+(?:hold|convene|organi[sz]e|host)"
    # "Both sides' 2024 commitments include holding the fourth “2+2” …, convening the inaugural …"
    r"|(?:commitments|plans)\s+(?:include|includes|included)\s+(?:holding|convening|hosting|organi[sz]ing)\b[^.;]{0,160}?)\b"
    # a line of a list of what the sides committed to: "• Hold the fifth “2+2” dialogue;"
    r"|(?:^|\n)[^\S\n]*[•▪*-]?[^\S\n]*(?:Hold|Holding|Convene|Convening|Organi[sz]e)\b[^\n]*$"
    r"|ตกลงที่จะ|ตกลงให้|เห็นพ้องให้|เห็นพ้องที่จะ|คาดว่าจะจัด",
    re.I,
)


PLANNED_AFTER = re.compile(
    r"^[^\S\n]*ฯ?[^\S\n]*(?:ครั้งต่อไป|ครั้งหน้า)|\bin\s+due\s+course\b|\bat\s+a\s+(?:mutually\s+)?convenient\b"
    r"|\b(?:is|are)?\s*expected\s+to\s+(?:take\s+place|be\s+held|convene)|\bwould\s+(?:take\s+place|be\s+held)\b",
    re.I,
)


# "last" and "earlier" of a time ("convened online last week", "earlier this month") date the round, they do
# not recall an earlier one.
_TIME_AFTER = (
    r"(?!\s+(?:week|month|year|weekend|night|today|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
PAST = re.compile(
    # ("after chairing the 43rd …" is what the speaker has just done: the news, not a round recalled)
    rf"\b(?:since|previous|last{_TIME_AFTER}|earlier{_TIME_AFTER}|prior|following"
    # ("after a long 12 years break", "after a gap of eight years": a pause ended by this round, no round recalled)
    rf"|after(?!\s+(?:co-?)?(?:chairing|hosting|leading|attending)\b)"
    rf"(?!\s+(?:an?\s+)?(?:long\s+)?(?:\d+|[a-z]+)?[-\s]*(?:years?['’]?\s+)?(?:break|gap|hiatus|pause|lull)\b))\b"
    rf"|นับจาก|นับตั้งแต่|ครั้งก่อน|ที่ผ่านมา|ก่อนหน้า|หลังจาก",
    re.I,
)


ROLE_OF_HINT: dict[str, Role] = {"upcoming": "upcoming", "planned": "planned", "ahead": "planned", "past": "past"}


PAST_MARGIN = timedelta(days=45)
RECENT = timedelta(days=7)  # a round this close before the release is its news


@dataclass(frozen=True)
class Draft:
    """One place a release names a round, with the date and place read there."""

    ref: NamedRound
    span: DateSpan | None
    location: str | None
    shared: bool = False  # the same date serves other rounds in the same sentence ("… ครั้งที่ ๔ และ … ครั้งที่ ๒๓, ๒๐-๒๑ มีค")
    in_title: bool = False  # a title sums up a release; the body dates each round on its own
    counted: bool = False  # the date is counted from the document's ("on Saturday", "last May"), not written
    # the date is written after the name ("… ครั้งที่ 5 ที่จ.ขอนแก่น ระหว่างวันที่ 28-30 ส.ค."), in a sentence that tells
    # of no journey (whose days the dates may be: "เมื่อวันที่ 20-22 เมษายน X ได้เดินทางเยือนอินเดียเพื่อเข้าร่วม …")
    follows_name: bool = False


PRECISION_RANK = {"day": 3, "month": 2, "year": 1}


def best_draft(drafts: list[Draft]) -> Draft:
    """The place a round is named with the most precise date, a date written before one counted from the
    document's, a date of its own before one it shares with other rounds, the body before the title, its
    days written after its name as a range that holds the day another place gives ("… เมื่อวันที่ 29 ส.ค." and
    "… ครั้งที่ 5 ระหว่างวันที่ 28-30 ส.ค.2560": the round's days, of which the 29th is one), then the first place."""
    days = [d.span for d in drafts if d.span and d.span.precision == "day"]
    return max(
        drafts,
        key=lambda d: (
            PRECISION_RANK[d.span.precision] if d.span else 0,
            not d.counted,
            not d.shared,
            not d.in_title,
            d.follows_name and _holds_the_others(d.span, days),
            -d.ref.ref.start,
        ),
    )


def _holds_the_others(span: DateSpan | None, days: list[DateSpan]) -> bool:
    """Whether ``span`` is a range of days holding every other day given (and some other day is given)."""
    if span is None or span.end is None or span.precision != "day":
        return False
    others = [d for d in days if d != span]
    return bool(others) and all(span.start <= d.start and (d.end or d.start) <= span.end for d in others)


def role_hint(
    drafts: list[Draft],
    siblings: Mapping[tuple[int, int], list[NamedRound]],
    text: str,
    reference: DateSpan | None,
    draft_cue: re.Pattern[str] | None = None,
) -> str:
    """held / upcoming / planned / past / old, from tense and intent around each place the round is
    named (``siblings``: the rounds named in each sentence), and from its dates against the document's date."""
    span = best_draft(drafts).span
    future = planned = past_cue = drafted = said_will = False
    for d in drafts:
        before, after = clause(d.ref, siblings[d.ref.sentence], text)
        said_will |= bool(WILL_AFTER.search(after) or WILL_BEFORE.search(before))
        recalled = PAST.search(before[-40:] + text[d.ref.ref.start : d.ref.ref.end])  # "หลังจากการประชุมครั้งที่ ๗"
        planned |= bool(PLANNED_BEFORE.search(before) or PLANNED_AFTER.search(after)) and not recalled
        infinitive = bool(FUTURE_INFINITIVE.search(before) and FUTURE_CLAUSE.search(before))
        future |= bool(FUTURE_BEFORE.search(before) or infinitive or FUTURE_AFTER.search(after)) and not recalled
        planned |= d.ref.ref.preparatory
        # A draft approved for the round ("เห็นชอบร่างบันทึกการประชุม … ครั้งที่ ๑๔"): the round is to come.
        drafted |= bool(draft_cue and draft_cue.search(before))
        past_cue |= bool(recalled)
    if drafted or (planned and (span is None or span.precision == "year")):
        return "planned"
    dated_before = (
        span is not None
        and span.precision == "day"
        and reference is not None
        and period_end(span.end or span.start, span) < reference.start
    )
    # "originally scheduled for …", yet dated before the release: held; but "will take place" said outright is
    # an announcement whatever the page's own date (an old one, on a page dated by the site's calendar).
    future = future and (not dated_before or said_will)
    if future:  # announced for a day or a month ("in early April 2018"): upcoming; for a year, intended
        if span is not None:
            return "upcoming" if span.precision in ("day", "month") else "planned"
        # A day the page does not let us date ("on August 16" with no year, "on Tuesday" on an undated page)
        # is still a day fixed for it.
        # "ahead": to come, with no day said where it is named (a planned round, unless the release's lead
        # gives the day of the visit it is held on).
        return "upcoming" if any(_names_a_day(text, d.ref.sentence) for d in drafts) else "ahead"
    if span is not None and reference is not None:
        if reference.precision == "day" and span.start > reference.start + timedelta(days=1):
            return "upcoming"
        if period_end(span.end or span.start, span) < reference.start - PAST_MARGIN:
            return "old"
    # "After the 11th … Dialogue on April 22-23, a joint statement was issued" in a release of April 25: the news
    # of the last days, told from its aftermath, not a round recalled.
    recent = (
        span is not None
        and span.precision == "day"
        and reference is not None
        and reference.precision == "day"
        and timedelta(0) <= reference.start - period_end(span.end or span.start, span) <= RECENT
    )
    return "past" if past_cue and not recent else "held"


def _names_a_day(text: str, sentence: tuple[int, int]) -> bool:
    words = text[sentence[0] : sentence[1]]
    return names_relative_day(words) or any(d.span.precision == "day" for d in find_dates(words, default_year=2000))


def clause(r: NamedRound, rounds: list[NamedRound], text: str) -> tuple[str, str]:
    """The words before and after a named round, up to the rounds named next to it in its sentence
    (``rounds``: at least those of its sentence)."""
    lo, hi = r.sentence
    others = [o for o in rounds if o.sentence == r.sentence and o is not r]
    prev_end = max([o.ref.end for o in others if o.ref.end <= r.ref.start], default=lo)
    next_start = min([o.ref.start for o in others if o.ref.start >= r.ref.end], default=hi)
    before = text[max(lo, prev_end, r.ref.start - 120) : r.ref.start]
    after = text[r.ref.end : min(hi, next_start, r.ref.end + 120)]
    return before, after


def period_end(d: date, span: DateSpan) -> date:
    """The last day a date of this precision covers: 2014-07 lasts until 2014-07-31."""
    if span.precision == "year":
        return date(d.year, 12, 31)
    if span.precision == "month":
        return (date(d.year + d.month // 12, d.month % 12 + 1, 1)) - timedelta(days=1)
    return d


# "This is the second meeting of …", "Today's 15th Coordinating Meeting": the round a speech is given at.
THIS_ROUND = re.compile(r"\b(?:[Tt]his\s+is\s+(?:the|our)|[Tt]oday['’]s)\s+$")


def named_as_this(drafts: list[Draft], siblings: Mapping[tuple[int, int], list[NamedRound]], text: str) -> bool:
    """Whether the release names the round as the one under way ("This is the second meeting of …")."""
    return any(THIS_ROUND.search(clause(d.ref, siblings[d.ref.sentence], text)[0][-24:]) for d in drafts)


def pick_headline(
    groups: dict[tuple[str, int | None], list[Draft]],
    hints: dict[tuple[str, int | None], str],
    title_refs: list[NamedRound],
    under_way: frozenset[tuple[str, int | None]] = frozenset(),
) -> tuple[str, int | None] | None:
    """The round the release reports: the one its title names, else the one it says is under way ("This is
    the second meeting …"), else its first dated round."""
    candidates = [key for key in groups if hints[key] not in ("past", "planned", "ahead")]
    # Of two rounds of one series reported alike, the later is the one the release is about ("This is the
    # 15th Coordinating Meeting …" in a speech that recalls being at the first).
    earlier = {
        k
        for k in candidates
        for o in candidates
        if o[0] == k[0] and k[1] is not None and o[1] is not None and o[1] > k[1] and hints[o] == hints[k]
    }
    candidates = [k for k in candidates if k not in earlier] + [k for k in candidates if k in earlier]
    titled_rounds = {(r.series.id, r.ref.round) for r in title_refs if r.ref.round is not None}
    titled_series = {r.series.id for r in title_refs}
    for key in candidates:
        if key in titled_rounds and key not in earlier:
            return key
    for key in candidates:
        if key in under_way:
            return key
    fresh = [key for key in candidates if hints[key] != "old"]
    for key in fresh:
        if key[0] in titled_series and best_draft(groups[key]).span is not None:
            return key
    for key in fresh:
        span = best_draft(groups[key]).span
        if span is not None and span.precision == "day":
            return key
    return fresh[0] if fresh else None


def overlaps(a: DateSpan | None, b: DateSpan | None) -> bool:
    """Whether two dates meet, give or take a day (rounds held back to back)."""
    if a is None or b is None:
        return False
    a_end, b_end = a.end or a.start, b.end or b.start
    slack = timedelta(days=1)
    return a.start <= b_end + slack and b.start <= a_end + slack
