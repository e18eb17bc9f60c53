"""Where a round was held: online, a known place, or at least a country (the host's, when no place is
named), read in the words after the round first, never across another round of its sentence.

A place in an official's title ("เอกอัครราชทูต ณ กรุงวอชิงตัน", "Ambassador to Washington", "the Embassy
in Hanoi") says where that person serves, not where the round met, and is passed over.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from dialogtrack.recognising.rounds import NamedRound, listed_together
from dialogtrack.recognising.scan import PLACE, VIRTUAL
from dialogtrack.registry import Registry

if TYPE_CHECKING:
    from dialogtrack.recognising.annotate import AnnotatedText

PLACE_WINDOW = 200  # characters after or before a round read for its place
NEAR_BEFORE = 40  # characters before a round in which a country alone says where it is held
CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while)\s|;\s")


def _listed_place(r: NamedRound, others: list[NamedRound], doc: AnnotatedText, registry: Registry) -> str | None:
    """Where rounds listed together met, written after the last of them: "… co-chaired the 14th … Joint Commission
    (JC) and the 5th Ministerial Meeting of the … Committee …, in Bangkok" met in Bangkok, both of them."""
    text, last = doc.text, r
    later = sorted((o for o in others if o.ref.start >= r.ref.end), key=lambda o: o.ref.start)
    for o in later:
        if not listed_together(last, o, text) or o.series.id == r.series.id:
            break
        last = o
    if last is r:
        return None
    end = min([r.sentence[1], *(o.ref.start for o in later if o.ref.start >= last.ref.end)])
    stop = min(end, last.ref.end + PLACE_WINDOW)
    if place := next(places_in(doc, last.ref.end, stop, registry), None):
        return place
    m = country_place_pattern(registry).search(text, last.ref.end, stop)
    return country_name(registry, m) if m else None


def location_of(r: NamedRound, rounds: list[NamedRound], doc: AnnotatedText, registry: Registry) -> str | None:
    """Where a round was (or will be) held: "virtual", a known place, else a country, read first in the
    words after it, then in the words before it, never across another round of the sentence. An online
    round may say so at the very end of a long sentence ("… co-chaired by … via teleconference")."""
    text = doc.text
    lo, hi = r.sentence
    others = [o for o in rounds if o.sentence == r.sentence and o is not r]
    sentence_end = min([hi, *(o.ref.start for o in others if o.ref.start >= r.ref.end)])
    stop = min(sentence_end, r.ref.end + PLACE_WINDOW)
    begin = max([lo, r.ref.start - PLACE_WINDOW, *(o.ref.end for o in others if o.ref.end <= r.ref.start)])
    if _online(doc, r.ref.start, sentence_end):
        return "virtual"
    # A local committee's towns name it ("คณะกรรมการชายแดนส่วนท้องถิ่น ไทย – เมียนมา (อำเภอ A – อำเภอ B)") and
    # come back in its chairs' titles: where it met only after a venue word ("ณ", "at").
    own = set(r.ref.qualifier[1:-1].split("–")) if r.ref.kind.localities and r.ref.qualifier.startswith("(") else set()
    if place := next(places_in(doc, r.ref.end, stop, registry, cued_only=own), None):
        return place
    if m := country_place_pattern(registry).search(text, r.ref.end, stop):
        return country_name(registry, m)
    if place := next(venue_places(doc, r.ref.end, sentence_end, registry), None):
        return place  # "… เป็นประธานร่วม ณ ห้องบอลรูม … โรงแรม … กรุงเทพมหานคร", late in a long sentence
    if place := _listed_place(r, others, doc, registry):
        return place
    if _online(doc, begin, r.ref.start):
        return "virtual"
    # A place after another round of the sentence is that round's ("The next meeting … would take place in New
    # Delhi, a joint statement of the 13th meeting … stated"), not this one's.
    earlier = any(o.ref.end <= r.ref.start for o in others)
    if not earlier and (places := list(places_in(doc, begin, r.ref.start, registry))):
        # A country right before the round is where it is to be, over a city earlier in the sentence: "… signed
        # earlier this year in Canberra, and we look forward to hosting you in Australia again for the next …"
        # (not "left Hanoi …, concluding his visit to Vietnam and co-chairing the 46th …": one clause, one city)
        near = max(begin, r.ref.start - NEAR_BEFORE)
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, begin, r.ref.start)]
        if (
            breaks
            and (m := country_place_pattern(registry).search(text, max(near, breaks[-1]), r.ref.start))
            and m.group().startswith("in")
            and not any(places_in(doc, breaks[-1], r.ref.start, registry))
        ):
            return country_name(registry, m)
        return places[-1]
    if m := host_pattern(registry).search(text[begin : r.ref.start]):
        return country_name(registry, m)
    # The sentence opened with where it met: "On March 10, via video teleconference, Mr. … held the fifth …",
    # "On December 12, in Tokyo, …", "… ได้เดินทางเยือนมาเลเซียเพื่อเข้าร่วมการประชุม …".
    opening = max([lo, *(o.ref.end for o in others if o.ref.end <= r.ref.start)])
    if _online(doc, opening, r.ref.start):
        return "virtual"
    if not earlier and (place := next(venue_places(doc, opening, r.ref.start, registry), None)):
        return place
    if not earlier and (m := visit_pattern(registry).search(text, opening, r.ref.start)):
        return country_name(registry, m)
    if THAI_MINISTRY_HOSTS.search(text, opening, r.ref.start):
        return "Thailand"
    return None


def reported_location(
    doc: AnnotatedText, rounds: list[NamedRound], registry: Registry, country: str | None = None
) -> str | None:
    """Where the round a release reports was held, when no sentence that names it says so: a sentence
    naming no round says where "the meeting was held" or that it was online ("At the event, which was
    held virtually, …"), or the title or lead names the country visited for it ("Lao PM visits Vietnam,
    co-chairs …", "… ได้เดินทางเยือนมาเลเซียเพื่อเข้าร่วมการประชุม …"). Given the ``country`` a sentence
    that names the round already gave, only a place where "the meeting was held" is more precise."""
    text, sentences = doc.text, doc.sentences
    named = {r.sentence for r in rounds}
    unnamed = [(lo, hi) for lo, hi in sentences if (lo, hi) not in named]
    for lo, hi in unnamed:
        held = HELD_AT.search(text, lo, hi)
        if held and (place := next(places_in(doc, held.end(), min(hi, held.end() + 80), registry), None)):
            return place
    for lo, hi in unnamed[:8]:
        # "WASHINGTON, D.C. — Senior officials … convened in a diplomatic meeting here recently": "here" is
        # the dateline's city (never taken for the venue otherwise).
        if HERE.search(text, lo, hi) and MEETING_WORD.search(text, lo, hi) and (city := dateline_place(doc, registry)):
            return city
    if country is not None:
        return country
    for lo, hi in sentences[:5]:
        if m := visit_pattern(registry).search(text, lo, hi):
            return country_name(registry, m)
        # "Yesterday, X arrived in Bangkok for a three-day official visit …", "… เดินทางถึงกรุงเทพฯ …"
        if (m := ARRIVED_IN.search(text, lo, hi)) and (
            place := next(places_in(doc, m.end(), m.end() + 40, registry), None)
        ):
            return place
    for lo, hi in unnamed:
        if _online(doc, lo, hi) and MEETING_WORD.search(text, lo, hi):
            return "virtual"
    return None


HELD_AT = re.compile(
    r"\b(?:meeting|dialogue|talks|consultations?|session|event)(?:,?\s+which)?\s+(?:was|were|will\s+be|is\s+to\s+be)\s+held\s+"
    r"(?:in|at)\s|(?:^|(?<=[.;:]\s))Meeting\s+(?:at|in)\s|\b(?:Prime\s+)?Ministers\s+met\s+(?:at|in)\s"
    # "In a ministerial meeting in Jakarta on Thursday, …", "… during the talks in Seoul", "… met in Tokyo"
    # "The meeting, hosted by Timor-Leste's Ministry of Foreign Affairs (MNEC) in Dili, …"
    r"|\b(?:meeting|dialogue|talks|consultations?|session)(?:,|\s+(?:was|were|will\s+be))\s+(?:co-)?hosted\s+by\s+"
    r"[^.;\n]{0,100}?\b(?:in|at)\s(?=[A-Z])"
    # (not "since the last meeting in Manila in 2011": another round's place)
    r"|\b(?<!last\s)(?<!next\s)(?<!previous\s)(?<!prior\s)(?:meeting|talks)\s+in\s(?=[A-Z])|\bmet\s+in\s(?=[A-Z])|(?:การประชุม|การหารือ)(?:ครั้งนี้|ดังกล่าว)?\s*(?:ได้)?(?:จัดขึ้น|มีขึ้น)\s*(?:ณ|ที่)",
    re.I,
)
MEETING_WORD = re.compile(r"\b(?:meeting|held|dialogue|talks|event|session)\b|ประชุม|หารือ", re.I)


@lru_cache(maxsize=8)
def visit_pattern(registry: Registry) -> re.Pattern[str]:
    """ "paid an official visit to Malaysia", "เดินทางเยือนมาเลเซีย": the country a delegation travelled to."""
    c = registry.country_re.pattern
    return re.compile(
        rf"\b(?:visit(?:ed|ing|s)?|travel(?:led|ed|ling|s)?|arrived)\s+(?:to\s+|in\s+)?(?:the\s+)?(?P<c>{c})"
        rf"|เยือน(?:อย่างเป็นทางการ|อย่างไม่เป็นทางการ)?\s*(?:ประเทศ|ราชอาณาจักร|สาธารณรัฐ)?(?P<c2>{c})"
    )


ARRIVED_IN = re.compile(r"\barrived\s+in\s+|เดินทาง(?:มา)?ถึง(?:ที่)?\s*", re.I)
# A Thai ministry's own release says "the Ministry" for Thailand's: "กระทรวงการต่างประเทศจะเป็นเจ้าภาพจัด …".
THAI_MINISTRY_HOSTS = re.compile(r"กระทรวง(?:การต่างประเทศ|กลาโหม)(?:จะ|ได้)?(?:ร่วมกัน)?เป็นเจ้าภาพ")
# "ณ", "ที่", "in", "at" before a place; Thai writes "ที่" with no space before a building ("ที่ห้องประชุม …").
VENUE_CUE = re.compile(r"(?:^|[\s(])(?:(?:ณ|ที่|in|at)\s|(?:ณ|ที่)(?=ห้อง|โรงแรม|ศาลา|อาคาร|ทำเนียบ|กระทรวง|ศูนย์|สำนัก))", re.I)


def venue_places(doc: AnnotatedText, lo: int, hi: int, registry: Registry) -> Iterator[str]:
    """Places named after a venue word ("ณ", "ที่", "in", "at") in ``text[lo:hi]``: where a long sentence
    finally says the round met."""
    for cue in VENUE_CUE.finditer(doc.text, lo, hi):
        if place := next(places_in(doc, cue.end(), min(hi, cue.end() + 120), registry), None):
            yield place
            return


def places_in(
    doc: AnnotatedText, lo: int, hi: int, registry: Registry, cued_only: Collection[str] = ()
) -> Iterator[str]:
    """The gazetteer's places the scan marked in ``text[lo:hi]``, in order, except those in an official's
    title; those of ``cued_only`` only right after a venue word ("ที่เมียวดี", "ณ อำเภอแม่สอด", "ด้าน อ.แม่สาย",
    "in Ranong")."""
    for m, name in doc.marks.words(PLACE, lo, hi):
        if m.end > hi or _is_dateline(doc.text, m.start, m.end):
            continue
        if OFFICE_AFTER_PLACE.match(doc.text, m.end):
            continue  # "Singapore Prime Minister Lee …": the city-state's leader, not where the round met
        if not TITLE_BEFORE_PLACE.search(doc.text, max(0, m.start - 40), m.start):
            place = registry.place(name)
            if place and (place not in cued_only or VENUE_BEFORE.search(doc.text, max(0, m.start - 24), m.start)):
                yield place


VENUE_BEFORE = re.compile(
    r"(?:ณ|ที่|ด้าน|\bin|\bat)[^\S\n]*(?:อำเภอ|อ\.|จังหวัด|จ\.|แขวง|นครหลวง|เมือง|the\s+town\s+of)?[^\S\n]*$", re.I
)


def _online(doc: AnnotatedText, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` says a meeting was online ("via videoconference", "ผ่านระบบการประชุมทางไกล")."""
    return any(m.end <= hi for m in doc.marks.of(VIRTUAL, lo, hi))


# "BEIJING — …", "WASHINGTON, May 12 (Xinhua) --", "Bangkok (VNA) ―", " date 2025-07-27 JAKARTA: …": where a
# wire story was filed, not where a meeting was.
DATELINE_AFTER = re.compile(r"[^\S\n]*(?:,|--|[—–―-]|\(|:)")
COLON_AFTER = re.compile(r"[^\S\n]*:(?!\d)")
AGENCY_AFTER = re.compile(r"[^\S\n]*\([A-Z][A-Za-z]{1,12}\)[^\S\n]*(?:--|[—–―:-])")
DATELINE_BEFORE = re.compile(r"[^\S\n]*(?i:date[^\S\n]+)?[0-9./-]*[^\S\n]*")


HERE = re.compile(r"\b(?:met|held|convened|meeting|talks)\b[^.;\n]{0,80}\bhere\b", re.I)
DATELINE_READ = 300  # a dateline opens the story


def dateline_place(doc: AnnotatedText, registry: Registry) -> str | None:
    """The place of the wire's dateline at the top of the story, if it has one."""
    for m, name in doc.marks.words(PLACE, 0, DATELINE_READ):
        if _is_dateline(doc.text, m.start, m.end):
            return registry.place(name)
    return None


def _is_dateline(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if not DATELINE_BEFORE.fullmatch(text, line_start, start):
        return False
    if AGENCY_AFTER.match(text, end) or COLON_AFTER.match(text, end):
        return True  # "… (IANS) --", "Jakarta: Indonesian President …"
    return text[start:end].isupper() and bool(DATELINE_AFTER.match(text, end))


# A place that names an official's state or city, as an adjective: "Singapore Prime Minister", "Hanoi Mayor".
OFFICE_AFTER_PLACE = re.compile(
    r"['’]?s?[^\S\n]+(?:Prime\s+Minister|President|Foreign\s+Minister|Minister|Deputy|Mayor|Governor|Ambassador"
    r"|Permanent\s+Secretary|Senior\s+Minister|Defence\s+Minister|Defense\s+Minister|Chief"
    # an organisation the place names: "Director-General, Singapore Cooperation Programme", "the Bangkok Post"
    r"|(?:[A-Z][a-z]+[^\S\n]+)?(?:Programme|Program|Agency|Directorate|Post|Times|University|Institute|Foundation))\b"
)
TITLE_BEFORE_PLACE = re.compile(
    r"(?:เอกอัครราชทูต|สถานเอกอัครราชทูต|กงสุลใหญ่|สถานกงสุลใหญ่|ผู้ช่วยทูต)[^\s]{0,12}[^\S\n]*(?:ประจำ)?[^\S\n]*(?:ณ)?[^\S\n]*$"
    r"|(?i:\b(?:ambassador|embassy|consulate(?:[- ]general)?|consul[- ]general)\b[^.\n]{0,25}"
    r"\b(?:in|to|at)\s+(?:the\s+)?)$"
)


def country_name(registry: Registry, m: re.Match[str]) -> str | None:
    """The English name of the country a match names."""
    code = registry.country(m.group("c") or m.group("c2"))
    return registry.countries[code].en if code else None


@lru_cache(maxsize=8)
def host_pattern(registry: Registry) -> re.Pattern[str]:
    """ "ให้ฝ่ายไทยเป็นเจ้าภาพ …", "Thailand will host …": the host country, where no place is named."""
    c = registry.country_re.pattern
    return re.compile(
        rf"(?P<c>{c})\s+(?:will|would|is\s+to|to|agreed\s+to)\s+host\b|(?:ฝ่าย)?(?P<c2>{c})(?:จะ)?เป็นเจ้าภาพ"
    )


@lru_cache(maxsize=8)
def country_place_pattern(registry: Registry) -> re.Pattern[str]:
    """ "… in Viet Nam in 2025", "… ที่ประเทศไทย": a country where no city is named."""
    c = registry.country_re.pattern
    return re.compile(rf"\b(?:in|to)\s+(?:the\s+)?(?P<c>{c})|(?:ที่|ณ)\s*(?:ประเทศ)?(?P<c2>{c})")
