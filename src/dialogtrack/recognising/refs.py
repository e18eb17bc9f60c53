"""Series references: where a text names a kind of dialogue, between whom, and which round.

A reference is the name as written ("การหารือยุทธศาสตร์ไทย-สหรัฐฯ ครั้งที่ ๘", "the Sixth
U.S.-Thailand Strategic Dialogue", "the Sixth Meeting of the Joint Commission for Bilateral
Cooperation between Thailand and Cambodia"), found around a kind name from the registry:

- English puts the parties and the round before the kind ("the 15th Thailand–Australia ..."), or the
  parties after it ("... between Thailand and Cambodia");
- Thai puts the parties and the round after it ("...ไทย-สหรัฐฯ ครั้งที่ ๘");
- a kind with no parties ("the 4th Strategic Dialogue") takes them from the document later.

Deciding what a reference means (which meeting, which role) is ``extract``'s job, not this module's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from dialogtrack.recognising.dates import to_arabic_digits
from dialogtrack.recognising.scan import DEFINED_LOWER, ITS_SESSION, KIND, MEETING_NOUN, MEETING_NOUN_LOWER, THAI
from dialogtrack.registry import Kind, Registry, alias_pattern

if TYPE_CHECKING:
    from dialogtrack.recognising.annotate import AnnotatedText

ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
    "inaugural": 1,
    "maiden": 1,  # "Maiden India-Japan 2+2 dialogue on Nov 30"
    "first-ever": 1,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
MAX_ROUND = 300

# Thai writes a round's number in words as well as in digits: "ครั้งที่สอง", "ครั้งที่สิบเอ็ด", "ครั้งที่ยี่สิบสาม".
# Tens are a unit before สิบ (ยี่ for two), and one after สิบ is เอ็ด.
THAI_UNITS = {"หนึ่ง": 1, "สอง": 2, "สาม": 3, "สี่": 4, "ห้า": 5, "หก": 6, "เจ็ด": 7, "แปด": 8, "เก้า": 9}
_TH_UNIT = "|".join(THAI_UNITS)
# Thai runs words together, so a number word must be followed by what may follow a round ("ครั้งที่สอง ณ …",
# "ครั้งที่สองระหว่างวันที่ …"), not by more letters of another word ("ครั้งที่สองฝ่าย …" is "the time both sides …").
_THAI_AFTER_NUMBER = "ระหว่าง|ณ|เมื่อ|ที่|ซึ่ง|จะ|ได้|โดย|ใน|ของ|ประจำ|ขึ้น|นี้|และ|จัด|มี|ว่าด้วย|การ"
THAI_NUMBER = (
    rf"(?:(?:{_TH_UNIT}|ยี่)?สิบ(?:เอ็ด|{_TH_UNIT})?|{_TH_UNIT})(?![\u0e01-\u0e4e])"
    rf"|(?:(?:{_TH_UNIT}|ยี่)?สิบ(?:เอ็ด|{_TH_UNIT})?|{_TH_UNIT})(?=(?:{_THAI_AFTER_NUMBER}))"
)
_THAI_NUMBER_PARTS = re.compile(rf"(?:(?P<tens>{_TH_UNIT}|ยี่)?(?P<ten>สิบ))?(?P<unit>เอ็ด|{_TH_UNIT})?")


def thai_number_value(word: str) -> int | None:
    """'สอง' -> 2, 'สิบเอ็ด' -> 11, 'ยี่สิบสาม' -> 23; None when ``word`` is no Thai number up to 99."""
    m = _THAI_NUMBER_PARTS.fullmatch(word)
    if not word or m is None:
        return None
    tens = 0
    if m.group("ten"):
        tens = 2 if m.group("tens") == "ยี่" else THAI_UNITS.get(m.group("tens") or "หนึ่ง", 0)
        if tens == 2 and m.group("tens") == "สอง":
            return None  # twenty is ยี่สิบ, never สองสิบ
    unit = m.group("unit")
    if unit == "เอ็ด" and not m.group("ten"):
        return None
    return 10 * tens + (1 if unit == "เอ็ด" else THAI_UNITS.get(unit or "", 0))


ACRONYM = re.compile(r"[A-Z][A-Z-]{1,7}")
# "(JC)", "(Defense Strategic Talks: DST)", "(JC 17)": the acronym a release gives a name, the round's number
# beside it at times.
DEFINED_ACRONYM = re.compile(
    r"[^\S\n]*\(\s*(?:[A-Za-z][\w ]{0,30}:\s*)?(?P<acronym>[A-Z][A-Z-]{1,7})(?:[ \t]*[-–—]?[ \t]*[0-9]{1,3})?\s*\)"
)
DASH = r"(?:[ \t]*(?:--|[-–—‑/])[ \t]*)"
# The subject a joint body is for, written after its kind (after its acronym at times): "for Economic, Cultural,
# Scientific and Technological Cooperation", "(JC) on Trade, Investment and Economic Cooperation"; two subjects at
# least ("for Bilateral Cooperation" is what every joint commission is for).
QUALIFIED = re.compile(
    r"(?P<acronym>[ \t]*\([A-Z][A-Z-]{1,7}\))?[ \t]+"
    r"(?P<q>(?:for|on)[ \t]+[A-Z][\w’'-]*(?:,?[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w’'-]*){0,8}"
    r"[ \t]+Cooperation)\b"
)
SUBJECTS = re.compile(
    r"(?P<acronym>[ \t]*\([A-Z][A-Z-]{1,7}\))?[ \t]+(?P<q>on[ \t]+(?P<words>[A-Z][a-z]+(?:,?[ \t]+[A-Z][a-z]+)*"
    r"[ \t]+(?:and|&)[ \t]+[A-Z][a-z]+))\b(?![ \t]+[A-Z])"
)
SUBJECTS_LOWER = re.compile(
    r"(?P<acronym>(?!x)x)?[ \t]+(?P<q>on[ \t]+(?P<words>[a-z]+(?:,?[ \t]+[a-z]+){0,4}[ \t]+and[ \t]+[a-z]+))"
    r"(?=[ \t]+(?:between|in|at|with|held|was|were|took|will|of|for)\b|[ \t]*[,.;)]|[ \t]*$)"
)
_NOT_SUBJECTS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


# The same in lower case, after a name written in lower case, as some agencies write names in English
# ("the joint committee on economic, scientific and technological cooperation").
QUALIFIED_LOWER = re.compile(
    r"(?P<acronym>[ \t]*\([A-Z][A-Z-]{1,7}\))?[ \t]+"
    r"(?P<q>(?:for|on)[ \t]+[a-z][\w’'-]*(?:,?[ \t]+(?:and[ \t]+|&[ \t]+)?[a-z][\w’'-]*){0,8}"
    r"[ \t]+cooperation)\b"
)
LOWER_CASE_JOINERS = frozenset({"and", "for", "on", "of", "the", "&"})


# The words for a province, district or capital a Thai name writes before a place ("จังหวัดพะเยา", "แขวงไชยะบุลี").
_ADMIN = r"(?:จังหวัด|แขวง|อำเภอ|นครหลวง|เมือง|จ\.|อ\.)?"

# "under STEP", "ภายใต้ STEP": the programme a body belongs to; not "under the PCA", the agreement every
# joint committee of its kind is set up by.
UNDER_PROGRAMME = re.compile(
    r"^[ \t]*(?:ภายใต้|under[ \t]+)[ \t]*(?P<programme>[A-Z][A-Z0-9-]{1,9})(?![\w-])"
    r"(?:[ \t]+(?:Program(?:me)?|โครงการ))?"
)


def _qualified(registry: Registry, text: str, at: int, lower: bool = False) -> re.Match[str] | None:
    """ "for Economic, Cultural, Scientific and Technological Cooperation"; a subject of one word only when
    it is one the registry knows ("on Railway Cooperation", ``thai_topics``), not "on Bilateral Cooperation".
    ``lower``: the name was written in lower case, and so may its subject be."""
    m = QUALIFIED.match(text, at, at + 200) or (QUALIFIED_LOWER.match(text, at, at + 200) if lower else None)
    if m is None:
        return None
    words = m.group("q").split()[1:-1]
    return m if len(words) > 1 or words[0] in registry.subject_words else None


def _headed_subject(registry: Registry, text: str, at: int) -> re.Match[str] | None:
    """ "(SOM) on Bilateral Relations", "on Consular Affairs": a subject that ends in one of the nouns
    ``subject_heads`` lists names the body, its words being neither a date, a country nor a place."""
    m = _patterns(registry).headed_subject.match(text, at, at + 160)
    if m is None:
        return None
    words = re.findall(r"[A-Za-z]+", m.group("q"))
    # "… Mechanism on the South China Sea": a sea or a river the body is for may hold a country's name
    named_place = words[-1] in registry.cues.get("place_subject_heads", ())
    if any(
        w.casefold() in _NOT_SUBJECTS or (not named_place and (registry.country(w) or registry.place(w)))
        for w in words[1:-1]
    ):
        return None
    return m


def _subjects(registry: Registry, text: str, at: int, lower: bool = False) -> re.Match[str] | None:
    """ "on Politics and Security", "on Trade and Investment": two subjects at least, none of them a date or a
    country ("on Monday and Tuesday", "on Thailand and Laos" say when and who, not what). ``lower``: the name
    was written in lower case, and so are its subjects ("strategic dialogue on foreign affairs and defence")."""
    m = SUBJECTS.match(text, at, at + 120) or (SUBJECTS_LOWER.match(text, at, at + 120) if lower else None)
    if m is None:
        return None
    words = re.findall(r"[A-Za-z]+", m.group("words"))
    if any(w.casefold() in _NOT_SUBJECTS or registry.country(w) or registry.place(w) for w in words):
        return None
    return m


BODY_NOUN = re.compile(r"(?i:commission|committee|council|working\s+group|group)$")
BRACKETED_ROUND = re.compile(r"[ \t]*\([ \t]*[A-Z][A-Z-]{1,7}[ \t]*[-–—]?[ \t]*(?P<n>[1-9][0-9]{0,2})[ \t]*\)")
# A round numbered after an acronym: "JC 17", "TBC– 99", "GBC-13" (not "JC 2024", a year, nor "JC 1/2566",
# nor a caption's day).
ACRONYM_ROUND = re.compile(
    r"[ \t]*[-–—]?[ \t]*(?P<n>[1-9][0-9]{0,2})(?![0-9/.:,])"
    r"(?![ \t]*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"  # "TIFA Thai-US 20 Apr2016": a day
)
# The level a dialogue is held at, written as a modifier of its name: "High-Level", "Vice Minister-level",
# "ministerial-level". It does not change which kind of dialogue it is.
LEVEL = r"(?i:(?:[a-z]+(?:-|[^\S\n]+)){0,2}[a-z]+[-\s]level|vice[-\s](?:foreign[-\s])?minister(?:ial)?)"


@dataclass(frozen=True)
class SeriesRef:
    """A kind of dialogue named in a text, with the parties and round written next to it."""

    kind: Kind
    countries: tuple[str, ...]
    framework: str | None
    round: int | None
    start: int  # the whole reference, ordinal included
    end: int
    name_start: int  # the name as written: parties and kind, without the ordinal
    name_end: int
    kind_alias: str = ""  # the words that named the kind, as written ("Joint Commission", "JC")
    special: bool = False  # "an extraordinary meeting of …": a meeting of the series outside its numbered rounds
    preparatory: bool = False  # named as what a meeting prepares for: the round is ahead, not the one held
    qualifier: str = ""  # "for Economic, Cultural, Scientific and Technological Cooperation", written after the kind
    qualifier_th: str = ""  # the subject as a Thai name spells it ("เพื่อความร่วมมือด้านรถไฟ"), when it does

    @property
    def by_acronym(self) -> bool:
        return bool(ACRONYM.fullmatch(self.kind_alias))

    @property
    def has_parties(self) -> bool:
        return bool(self.countries or self.framework)


def ordinal_value(word: str) -> int | None:
    """'Sixth', '6th', 'twenty-first', 'inaugural' -> the number; None when it is no ordinal."""
    word = to_arabic_digits(word.strip().lower())
    if m := re.fullmatch(r"(\d{1,3}) ?(?:st|nd|rd|th)", word):
        value = int(m.group(1))
    elif word in ORDINAL_WORDS:
        value = ORDINAL_WORDS[word]
    elif m := re.fullmatch(rf"({'|'.join(TENS)})[-\s]?(\w+)", word):
        unit = ORDINAL_WORDS.get(m.group(2))
        if unit is None or unit > 9:
            return None
        value = TENS[m.group(1)] + unit
    else:
        return None
    return value if 0 < value <= MAX_ROUND else None


ORDINAL = (
    rf"(?:(?:{'|'.join(TENS)})[-\s]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first-ever|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|\d{1,3} ?(?:st|nd|rd|th)\b)"
)


_S = r"[^\S\n]"  # a space that does not cross a line: a name never runs on into the next line
# "the first … dialogue since January 2019", "… session between the two vice ministers since the one held in
# Tokyo", "the first Retreat that the two have held since the pandemic": the first in a while, not the first round
FIRST_IN_YEARS = re.compile(
    rf"(?:{_S}+[^.;\n]{{0,80}}?)?{_S}+(?:(?i:since)(?={_S}+(?:(?i:the|its|their|an?|last|early|late|mid)\b|\d|[A-Z]))"
    rf"|(?i:in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?:[\w-]+\s+)?(?:years|decades?))"
    # "the first … meeting under President X's government": the first in a time, not of the series
    rf"|under{_S}+(?:(?i:the|a|his|her|its|their){_S}+)?(?:[A-Z][\w'’.-]*{_S}+){{0,6}}?(?i:government|administration|presidency|chairmanship|leadership)"
    rf"|under{_S}+(?:(?i:President|Prime\s+Minister|Premier|King){_S}+)[A-Z]\w*)\b"
)
_N = rf"(?:[0-9๐-๙]{{1,3}}|{THAI_NUMBER})"  # a round number, in Arabic or Thai digits or in Thai words
# What a bracket that holds a date shows: a range of days, a year, a Thai month's abbreviation.
_DATE_HINT = r"(?:[0-9๐-๙]{1,2}[^\S\n]*[-–][^\S\n]*[0-9๐-๙]|[0-9๐-๙]{4}|[มกพสตธ]\.?[คยพ]\.?(?:[^\S\n]|$|\)))"
_LATIN_BRACKETS = r"\([^()\n\u0e00-\u0e7f]{2,80}\)"  # "(Joint Cabinet Retreat)" inside a Thai name
# An English name in brackets, without the acronym that may follow it: "(Defense Strategic Talks: DST)",
# "(Joint Trade Committee - JTC)"
_BRACKETED_NAME = re.compile(r"\((?P<name>[A-Za-z][A-Za-z'’ -]{2,78}?)(?:\s*[:–—-]\s*[A-Z][A-Z-]{1,7})?\)")


def _bracketed_kind(registry: Registry, text: str, start: int, end: int) -> Kind | None:
    """The registered kind an English name in brackets within a Thai name's span names, if one does."""
    for m in _BRACKETED_NAME.finditer(text, start, end):
        if (kind := registry.kind(m.group("name").strip())) is not None:
            return kind
    return None


@dataclass(frozen=True)
class _Patterns:
    pair_before: re.Pattern[str]
    pair_verb_before: re.Pattern[str]
    framework_before: re.Pattern[str]
    ordinal_before: re.Pattern[str]
    thai_round_before: re.Pattern[str]
    special_before: re.Pattern[str]
    pair_after: re.Pattern[str]
    between_after: re.Pattern[str]
    partner_after: re.Pattern[str]
    framework_after: re.Pattern[str]
    round_after: re.Pattern[str]
    time_after: re.Pattern[str]
    thai_topic: re.Pattern[str]
    apposed_after: re.Pattern[str]
    name_tail: re.Pattern[str]
    headed_subject: re.Pattern[str]
    cadence_after: re.Pattern[str]
    cadence_words: dict[str, str]
    modifiers: frozenset[str]


@lru_cache(maxsize=8)
def _patterns(registry: Registry) -> _Patterns:
    c = registry.country_re.pattern
    f = registry.framework_re.pattern
    pl = registry.place_re.pattern
    joiner = rf"(?:{_S}*(?:--|[-–—‑/&]){_S}*|{_S}+and{_S}+)"
    pair = rf"(?P<c1>{c}){joiner}(?P<c2>{c})"
    # English also writes the pair with a space alone, right before the kind: "the annual Australia New
    # Zealand Leaders' Meeting", "the fourth Indonesia Australia Dialogue".
    spaced_pair = rf"(?P<s1>{c}){_S}+(?P<s2>{c})"
    # "ไทยกับนายกรัฐมนตรีมาเลเซีย", "ระหว่าง กระทรวงกลาโหมไทย - กระทรวงกลาโหมออสเตรเลีย": parties named by their offices
    office = (
        r"(?:ประเทศ|นายกรัฐมนตรี|รัฐบาล|กระทรวงการต่างประเทศ|กระทรวงกลาโหม|กระทรวงพาณิชย์"
        r"|กองทัพเรือ|กองทัพบก|กองทัพอากาศ|กองทัพ)?"
    )
    modifiers = alias_pattern(registry.cues.get("kind_modifiers", ()))
    held_verbs = alias_pattern(registry.cues.get("pair_held_verbs", ()))
    # Thai may also write the two names with nothing between them: "ยุทธศาสตร์ไทยสหรัฐฯครั้งที่ 6".
    thai_pair = rf"(?P<c1>{c})(?:{DASH}|{_S}*(?:กับ|และ){_S}*{office}|(?=[\u0e01-\u0e4e]))(?P<c2>{c})"
    cadence_words = {_spaceless(th): word for word, spellings in registry.name_cadence.items() for th in spellings}
    spellings = sorted({th for written in registry.name_cadence.values() for th in written}, key=len, reverse=True)
    cadence = "|".join(
        re.escape(th).replace(r"\ ", rf"{_S}*").replace("2", "[2๒]").replace("ๆ", f"ๆ{_S}*") for th in spellings
    )
    return _Patterns(
        # "China-EU High-Level Strategic Dialogue", "S. Korea-Japan Vice Minister-level Strategic Dialogue"
        # "… India-US inaugural 2+2 Dialogue": the round may stand between the pair and the kind
        pair_before=re.compile(
            rf"(?:{pair}|{spaced_pair}){_S}+(?:(?P<mid>(?i:{ORDINAL})){_S}+)?(?:(?:{modifiers}|{LEVEL}){_S}+)*$"
        ),
        # A headline's subject and verb before the name: "India, US hold '2+2 dialogue'", "China and the
        # Philippines recently wrapped up their 10th … meeting". The round, if any, is read after.
        pair_verb_before=re.compile(
            rf"(?<![\w-])(?P<c1>{c})(?:{_S}*,{_S}*|{_S}*&{_S}*|{_S}+and{_S}+)(?:(?i:the){_S}+)?(?P<c2>{c}){_S}+"
            rf"(?:[a-z]+ly{_S}+)?(?:(?:to|will){_S}+)?(?i:{held_verbs}){_S}+"
            rf"(?:(?i:the|their|a|an|new|latest){_S}+)?(?:(?i:so-called){_S}+)?(?:(?i:{ORDINAL}){_S}+)?"
            # "India and Oman held the 14th round of the Strategic Consultative Group …"
            rf"(?:(?i:round|session|meeting|sitting){_S}+(?i:of){_S}+(?:(?i:the){_S}+)?)?"
            rf"(?:(?:{modifiers}|{LEVEL}){_S}+)*(?:[\u201c\u2018\x22']{_S}*)?$"
            # Thai: "ไทย-ญี่ปุ่นจัดประชุมหารือเชิงยุทธศาสตร์ ครั้งที่ ๘"
            rf"|(?P<t1>{c}){DASH}(?P<t2>{c}){_S}*(?:จัด(?:การ)?|ร่วม|เปิด)?{_S}*$"
        ),
        framework_before=re.compile(rf"(?P<fw>{f}){_S}+(?:\([A-Z]{{2,8}}\){_S}+)?(?:(?i:cooperation){_S}+)?$"),
        ordinal_before=re.compile(
            rf"(?:(?<![\w-])(?P<ord>(?i:{ORDINAL})){_S}+|(?i:\b(?:round|session|meeting){_S}+)(?P<num>\d{{1,3}}){_S}+of{_S}+)"
            # "the fifth meeting in Hanoi of the UK-Vietnam Joint Economic and Trade Committee": its place between
            rf"(?:(?i:(?:[a-z][\w-]*{_S}+)?(?:round|session|meeting|edition)s?{_S}+"
            rf"(?-i:in{_S}+[A-Z][\w-]*(?:{_S}+[A-Z][\w-]*){{0,3}}{_S}+)?of{_S}+(?:the|their|its|this|an?)?{_S}*"
            rf"|(?:{modifiers}|{LEVEL}){_S}+|(?:the|their|its){_S}+))*(?:[\u201c\u2018\x22]{_S}*)?$"
        ),
        thai_round_before=re.compile(rf"(?:ครั้งที่|รอบที่){_S}*(?P<n>{_N}){_S}*(?:ของ|ว่าด้วย)?{_S}*(?:การประชุม)?{_S}*$"),
        special_before=re.compile(
            rf"(?i:\b(?:an?|the){_S}+(?:extraordinary|special){_S}+(?:meeting|session){_S}+of{_S}+(?:the{_S}+)?)$"
            rf"|(?:สมัยพิเศษ|วาระพิเศษ){_S}*(?:ของ)?{_S}*$"
        ),
        pair_after=re.compile(rf"^{_S}*\)?(?:{_S}*\([^()\n]{{2,60}}\))?{_S}*{thai_pair}"),
        between_after=re.compile(
            rf"^(?:{_S}*\([A-Za-z]{{2,8}}\))?{_S}+(?i:between){_S}+(?:the{_S}+)?"
            rf"(?:(?P<c1>{c}){_S}+(?i:and){_S}+(?:the{_S}+)?(?P<c2>{c})"
            rf"|(?P<two>(?i:the{_S}+two{_S}+(?:countries|nations|sides|governments))))"
            rf"|^(?:{_S}*{_LATIN_BRACKETS})?{_S}*ระหว่าง{_S}*(?:{office}(?P<t1>{c})|(?P<own_service>{THAI_OWN_SERVICES}))"
            rf"(?:{_S}*(?:กับ|และ){_S}*|{DASH}){office}(?P<t2>{c})"
        ),
        # "การประชุมประจำปีระหว่างนายกรัฐมนตรีกับนายกรัฐมนตรีมาเลเซีย": a name that ends with a Thai office (the
        # release's own country's) and goes on with the partner's
        partner_after=re.compile(rf"^{_S}*(?:กับ|และ){_S}*{office}(?P<t2>{c})"),
        framework_after=re.compile(
            rf"^{_S}*(?:(?i:of){_S}+(?:(?i:the){_S}+)?)?(?:กรอบ)?(?:ความร่วมมือ)?{_S}*(?P<fw>{f})"
        ),
        # Words that belong to the name without changing it: the rest of a bracket the name opened
        # ("… Consultations - JTPPC)"), a bracketed acronym or gloss (not a date), "อย่างไม่เป็นทางการ", "ฯ".
        name_tail=re.compile(
            rf"^(?:{_S}*[-–:]{_S}*[A-Z][A-Za-z-]{{1,9}}{_S}*\)|{_S}*\((?![^()\n]*{_DATE_HINT})[^()\n]{{1,80}}\)"
            rf"|{_S}*\[(?![^\[\]\n]*{_DATE_HINT})[^\[\]\n]{{1,100}}\]"
            rf"|{_S}*(?:อย่างไม่เป็นทางการ|อย่างเป็นทางการ|ทวิภาคี|ระดับสูง|ระดับรัฐมนตรี|ระดับเจ้าหน้าที่อาวุโส|ฯ)|\)"
            rf"|{_S}*ในรูปแบบ{_S}*[0-9]{_S}*\+{_S}*[0-9]"
            # the facing towns or provinces: "TBC แม่สอด-เมียวดี ครั้งที่ 32", "… ไทย-ลาว จังหวัดพะเยา-แขวงไชยะบุลี ครั้งที่ 12"
            rf"|{_S}*{_ADMIN}(?:{pl}){_S}*(?:--|[-–—‑]){_S}*{_ADMIN}(?:{pl})"
            # a party named again right before the round: "… จังหวัดเลย-แขวงเวียงจันทน์ สปป.ลาว ครั้งที่ 25"
            rf"|{_S}*(?:{c})(?={_S}*(?:ครั้งที่|รอบที่))"
            rf"|{_S}+(?i:meeting|session)(?={_S}+(?i:between){_S}))"  # "… Committee Meeting between X and Y"
        ),
        apposed_after=re.compile(  # "The last GBC meeting, the 13th, took place …"
            rf"^(?:{_S}+(?i:meeting|session|round))?,{_S}+the{_S}+(?P<ord>(?i:{ORDINAL}))(?=[,)])"
        ),
        thai_topic=re.compile(
            # (a level may stand first, as it does in English: "คณะกรรมการร่วมระดับรัฐมนตรี ว่าด้วยความร่วมมือ…")
            rf"^{_S}?(?:ระดับ[^\s\d]{{2,24}}?{_S}?(?=ว่าด้วย|ด้าน|เพื่อ))?"
            rf"(?P<topic>(?:ว่าด้วย|ด้าน|เพื่อ|ทาง)[^\n]{{0,80}}?)(?={_S}*(?:ระหว่าง{_S}*)?(?:{c}){_S}*(?:--|[-–—‑/]|กับ|และ))"
        ),
        # "… met for the third time" numbers the round; "for the first time in nine years" does not
        time_after=re.compile(
            rf"^[^.\n]{{0,60}}?\bfor{_S}+the{_S}+(?P<ord>(?i:{ORDINAL})){_S}+time\b"
            rf"(?!{_S}+(?i:in|since|after|ever\s+since){_S})"
        ),
        # "… ไทย-ลาว อย่างไม่เป็นทางการ ครั้งที่ ๓ (Joint Cabinet Retreat)", "… (Thailand - UK Cyber Dialogue) ขึ้นเป็นครั้งแรก"
        headed_subject=re.compile(
            r"(?P<acronym>[ \t]*\([A-Z][A-Z-]{1,7}\))?[ \t]+(?P<q>(?:for|on)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*"
            r"(?:,?[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][\w’'-]*){0,6}?[ \t]+"
            rf"(?:{'|'.join(map(re.escape, registry.cues.get('subject_heads', ())))}))\b(?![ \t]*[A-Z])"
        ),
        # "… ทุก ๆ 2 ปี": how often the body meets, as its name says it; not "ประจำปี 2560", the year's meetings
        cadence_after=re.compile(rf"^{_S}*(?P<cadence>{cadence or '(?!x)x'})(?!{_S}*(?:พ\.ศ\.|ค\.ศ\.)?{_S}*[0-9๐-๙])"),
        cadence_words=cadence_words,
        modifiers=frozenset(m.casefold() for m in registry.cues.get("kind_modifiers", ())),
        round_after=re.compile(
            rf"^\)?ฯ?(?:{_S}*{_LATIN_BRACKETS})?{_S}*(?:อย่างไม่เป็นทางการ|อย่างเป็นทางการ)?(?:{_S}*{_LATIN_BRACKETS})?"
            rf"(?:{_S}*(?:ได้)?(?:จัด(?:การ)?)?ประชุม(?:หารือ)?)?"  # "… ไทย–มาเลเซีย จัดประชุมครั้งที่ ๙๘"
            # "ครั้งที่ 2/2568" is the year's second meeting, not the series' second round
            rf"{_S}*\(?{_S}*(?:(?:ครั้งที่|รอบที่){_S}*(?P<n>{_N})(?![0-9๐-๙]|{_S}*/{_S}*[0-9๐-๙])"
            rf"|(?:ขึ้น)?(?:เป็น)?(?P<first>ครั้งแรก)(?!ในรอบ|นับ))"
        ),
    )


def find_series_refs(source: AnnotatedText | str, registry: Registry) -> list[SeriesRef]:
    """Every kind name the scan marked in ``source`` with the parties and round written around it."""
    from dialogtrack.recognising.annotate import (
        annotate,  # a plain string is read here: its callers are tests and titles
    )

    doc = annotate(source, registry, sentences=False) if isinstance(source, str) else source
    text = doc.text
    p = _patterns(registry)
    refs: list[SeriesRef] = []
    covered: list[tuple[int, int]] = []  # what each reference (kept or not) spans, its brackets included
    unproven: list[SeriesRef] = []
    hits = [(m.start, m.end, registry.kind(alias), alias) for m, alias in doc.marks.words(KIND)]
    hits += _unregistered_kinds(doc, registry, [(a, b) for a, b, _, _ in hits])
    hits += _unlisted_thai_kinds(doc, registry, [(a, b) for a, b, _, _ in hits])
    pending = sorted(hits, key=lambda h: h[0])
    office_before = registry.cue_re("office_before", ending=True)
    for start, end, kind, alias in _then_acronyms_defined(pending, refs, text, registry):
        if kind is None:
            continue
        generic = not kind.registered
        countries: tuple[str, ...] = ()
        framework: str | None = None
        round_: int | None = None
        special = False
        before = text[max(0, start - 160) : start]
        after = text[end : end + 160]

        if m := p.pair_before.search(before):
            countries = _pair(registry, m.group("c1") or m.group("s1"), m.group("c2") or m.group("s2"))
            if countries:
                start -= len(before) - m.start()
                if m.group("mid"):
                    round_ = ordinal_value(m.group("mid"))
                # A modifier written before the pair belongs to the name when the two make a kind the
                # registry knows: "the annual Australia-New Zealand Leaders' Meeting", "Mixed … Commission".
                if (w := MODIFIER_BEFORE.search(text, max(0, start - 30), start)) and (
                    fuller := registry.kind(f"{w.group(1)} {alias}")
                ):
                    kind, alias, start = fuller, f"{w.group(1)} {alias}", w.start(1)
        elif m := p.framework_before.search(before):
            framework = registry.framework(m.group("fw"))
            start -= len(before) - m.start()
        elif m := p.pair_verb_before.search(before):
            countries = _pair(registry, m.group("c1") or m.group("t1"), m.group("c2") or m.group("t2"))
        name_start = start
        # The round before the name (English), re-read relative to the new start.
        before = text[max(0, start - 80) : start]
        if m := p.ordinal_before.search(before):
            round_ = ordinal_value(m.group("ord")) if m.group("ord") else round_number(m.group("num"))
            if SPECIAL_WORD.search(before, m.end("ord") if m.group("ord") else m.start()):
                # "the first special session of the GBC" counts the special sessions, not the rounds
                round_, special = None, True
            if round_ == 1 and FIRST_IN_YEARS.match(text, end):
                round_ = None  # "the first Japan-Thailand strategic dialogue since January 2019"
            base = start - len(before)
            if (
                round_ == 1
                and m.group("ord")
                and _persons_first(before[: m.start("ord")], text, base + m.end("ord"), end)
            ):
                # "welcomed Y to Canberra for their first annual Leaders' Meeting", "their first Retreat
                # together": the leaders' first
                round_ = None
            if round_ is not None or special:
                start -= len(before) - m.start()
        elif m := p.thai_round_before.search(before):
            round_ = round_number(m.group("n"))
            start -= len(before) - m.start()
        elif m := p.special_before.search(before):
            special = True
            start -= len(before) - m.start()
        preparatory = bool(registry.cue_re("preparatory_before", ending=True).search(text[max(0, start - 100) : start]))

        if not countries and not framework and (m := p.thai_topic.match(after)):
            # "คณะกรรมการร่วมว่าด้วยความร่วมมือด้านการค้า การลงทุน และเศรษฐกิจ ไทย-จีน": a Thai name with its
            # subject spelled out its own way; the subject's key words say which kind it is.
            topical = registry.topical_kind(kind, m.group("topic"))
            # Otherwise the subject names the body within its kind: "คณะกรรมการร่วมเพื่อความร่วมมือด้านรถไฟ"
            # is the Joint Committee on Railway Cooperation, another body than the Joint Committee.
            qualifier = "" if topical else registry.topic_qualifier(m.group("topic"))
            qualifier_th = re.sub(r"\s+", " ", m.group("topic").strip()) if qualifier else ""
            kind = topical or kind
            end += m.end("topic")
        else:
            qualifier = qualifier_th = ""
        # What may follow the name, in any order (Thai especially): its parties, a bracketed English name
        # or acronym ("(… Consultations - JTPPC)", "(PC)", "(เกาหลีใต้)"), "อย่างไม่เป็นทางการ", and the round.
        name_end = end
        cadence = False
        if not qualifier and (
            (
                kind.registered
                and BODY_NOUN.search(alias)
                and (m := _qualified(registry, text, end, lower=alias.islower()) or _subjects(registry, text, end))
            )
            # a body the registry does not list, named with what it cooperates on: "the Russia-Vietnam
            # Intergovernmental Commission on Trade, Economic, Scientific and Technical Cooperation"
            or (not kind.registered and BODY_NOUN.search(alias) and (m := QUALIFIED.match(text, end, end + 200)))
            # a subject with its head noun names any body, one the registry knows or not
            or (m := _headed_subject(registry, text, end))
            # "the sixth deputy ministerial-level strategic dialogue on foreign affairs and defence"
            or (kind.registered and alias.islower() and (m := _subjects(registry, text, end, lower=True)))
        ):
            # "… Joint Commission for Economic, Cultural, Scientific and Technological Cooperation (JC)", "… Joint
            # Working Group on Politics and Security": the subject it is for belongs to its name
            qualifier = _title_case(m.group("q"))
            end = m.end()
            if not m.group("acronym"):
                name_end = end  # else the acronym, "(JC) on …", stays right after the name it is defined for
        for _ in range(6):
            tail = text[end : end + 160]
            if not countries and not framework and (m := p.pair_after.match(tail) or p.between_after.match(tail)):
                c1, c2 = (m.group("c1"), m.group("c2")) if m.group("c1") else (m.groupdict().get("t1"), m.group("t2"))
                if m.groupdict().get("own_service"):
                    c1 = "Thailand"  # "ระหว่างกองทัพเรือ - กองทัพเรือมาเลเซีย": a Thai release's own navy
                if not c1 or not (countries := _pair(registry, c1, c2 or "")):
                    break
                end = name_end = end + m.end()
            elif (
                not countries and not framework and _OWN_OFFICE_END.search(alias) and (m := p.partner_after.match(tail))
            ):
                if not (countries := _pair(registry, "Thailand", m.group("t2"))):
                    break
                end = name_end = end + m.end()
            elif not countries and not framework and (m := p.framework_after.match(tail)):
                framework = registry.framework(m.group("fw"))
                end = name_end = end + m.end()
            elif round_ is None and (m := p.round_after.match(tail)):
                value = 1 if m.group("first") else round_number(m.group("n"))
                if value is None:
                    break
                round_, end = value, end + m.end()
            elif round_ is None and (m := BRACKETED_ROUND.match(tail)):
                round_, end = int(m.group("n")), end + m.end()  # "… ไทย–เมียนมา (TBC– 99)"
                name_end = end
            elif round_ is None and ACRONYM.fullmatch(alias) and (m := ACRONYM_ROUND.match(tail)):
                round_, end = int(m.group("n")), end + m.end()  # "the plenary session of JC 17", "(TBC – 99)"
            elif round_ is None and not special and (m := SPECIAL_AFTER.match(tail)):
                # "คณะกรรมาธิการเขตแดนร่วม (JBC) สมัยพิเศษ": a special session, whose "ครั้งที่ 1" that may
                # follow counts the special sessions, not the rounds
                special, end = True, end + m.end()
                if counted := p.round_after.match(text[end : end + 160]):
                    end += counted.end()
            elif (
                not qualifier
                and countries
                and (m := THAI_TOPIC_AFTER_PAIR.match(tail))
                and (topic_en := registry.topic_qualifier(m.group("topic")))
            ):
                # "คณะกรรมการร่วมเวียดนาม-กัมพูชาว่าด้วยความร่วมมือทางเศรษฐกิจ วัฒนธรรม …": the subject after the
                # parties, as Vietnamese and Lao names in Thai write it (only a subject every word of which is known)
                qualifier, qualifier_th = topic_en, re.sub(r"\s+", " ", m.group("topic").strip())
                end = name_end = end + m.end("topic")
            elif not qualifier and (m := UNDER_PROGRAMME.match(tail)):
                # "คณะกรรมการร่วม ไทย - ญี่ปุ่น ครั้งที่ 5 ภายใต้ JSTP", "… Joint Committee Meeting under JSTP Program": the
                # programme the body belongs to names it (another body than the bare kind)
                qualifier, end = f"under {m.group('programme')}", end + m.end()
            elif not cadence and (m := p.cadence_after.match(tail)):
                cadence, end = True, end + m.end()
                if round_ is None:
                    name_end = end
                word = p.cadence_words[_spaceless(to_arabic_digits(m.group("cadence")))]
                if word.casefold() not in p.modifiers and not qualifier and not framework:
                    # a "Biennial Foreign Ministers' Meeting", as English names it: the same series in both
                    named = registry.named_kind(f"{word} {kind.en}")
                    if not named.registered:
                        kind, generic = replace(named, th=f"{kind.th}{m.group('cadence')}"), True
            elif m := p.name_tail.match(tail):
                end += m.end()
                if round_ is None:
                    name_end = end
            else:
                break
        if round_ is None and (
            m := p.time_after.match(text[end : end + 80]) or p.apposed_after.match(text[end : end + 120])
        ):
            round_ = ordinal_value(m.group("ord"))
        if kind.framework and not framework and not countries:
            # "the Summit", "a Ministerial Meeting": no series without its framework; but "the next Foreign
            # Ministers' Meeting" after "the inaugural Foreign Ministers' Meeting between Australia and
            # Vietnam" is the next of theirs, and "since the Leaders' Retreat in Putrajaya on 7 April 2014"
            # after "the 6th Singapore-Malaysia Leaders' Retreat" one of theirs before it
            partied = [r for r in refs if r.kind.id == kind.id and r.countries]
            if not (
                partied
                and round_ is None
                and (
                    _NEXT_RIGHT_BEFORE.search(text, max(0, start - 20), start)
                    or (partied[-1].round is not None and _SINCE_RIGHT_BEFORE.search(text, max(0, start - 20), start))
                )
            ):
                continue
            countries = partied[-1].countries
        if round_ is None and not special and office_before.search(text[max(0, start - 60) : start]):
            covered.append((start, end))  # "in his capacity as Chairman of the … HLC": an office, not a meeting
            continue
        if THAI.search(alias) and (english := _bracketed_kind(registry, text, name_start, end)):
            # "การประชุมหารือระหว่างกระทรวงการต่างประเทศไทย - อิหร่าน (Political Consultations) ครั้งที่ ๓": the
            # English name the release gives its Thai one says which body it is
            kind = english
        ref = SeriesRef(
            kind,
            countries,
            framework,
            round_,
            start,
            end,
            name_start,
            name_end,
            alias,
            special,
            preparatory,
            qualifier,
            qualifier_th,
        )
        # (its parties written out, or said to be the release's own: "… meeting between the two nations")
        if generic and (
            (round_ is None and not (countries and STATED_RECURRENCE.match(text, name_end)))
            or not (countries or BETWEEN_THE_TWO.match(text, name_end))
        ):
            unproven.append(ref)  # an unregistered name counts only with its parties and its round written out,
            continue  # somewhere in the release
        refs.append(ref)
        covered.append((start, end))
    # Once proven, an unregistered name is that series wherever the release writes it ("การประชุม
    # Indo-Pacific Strategic Dialogue ครั้งแรก" after "… ครั้งที่ ๑ ระหว่างไทยกับออสเตรเลีย").
    proven = {r.kind.id for r in refs if not r.kind.registered}
    # … or with its parties in one place and its round in another: "S. Korea, Vietnam hold annual strategic
    # defense dialogue" over "… led the 10th strategic defense dialogue"
    proven |= {r.kind.id for r in unproven if r.countries} & {r.kind.id for r in unproven if r.round is not None}
    for ref in unproven:
        if ref.kind.id in proven:
            refs.append(ref)
            covered.append((ref.start, ref.end))
    refs.sort(key=lambda r: r.start)
    # A name glossed in brackets inside another ("คณะกรรมการเขตแดนร่วม (Joint Boundary Committee - JBC)")
    # is that reference, not one of its own.
    # Found by bisection: a file may name a round thousands of times.
    covered.sort()
    starts = [a for a, _ in covered]
    longest = max((b - a for a, b in covered), default=0)
    kept = [
        r
        for r in refs
        if not any(
            (a < r.start and r.end <= b) or (a <= r.start and r.end < b)
            for a, b in _overlapping(covered, starts, longest, r.start, r.end)
        )
    ]
    return _same_as_before(kept, text)


SPECIAL_WORD = re.compile(r"(?i:\b(?:special|extraordinary)\b)")
SPECIAL_AFTER = re.compile(r"[^\S\n]*(?:สมัยพิเศษ|วาระพิเศษ|(?i:special\s+(?:session|meeting)))")
BRACKETED_ACRONYM = re.compile(r"\(\s*(?P<acronym>[A-Z][A-Z-]{1,7})\s*\)")


def _then_acronyms_defined(
    hits: list[tuple[int, int, Kind | None, str]], refs: list[SeriesRef], text: str, registry: Registry
) -> Iterator[tuple[int, int, Kind | None, str]]:
    """The hits, then every later use of an acronym the release defines for a name the registry gives no
    acronym ("คณะกรรมาธิการเขตแดนร่วม (JBC) …", then "การประชุม JBC ครั้งที่ 6"): read as that kind. ``refs``
    fills in while the hits are read."""
    yield from hits
    taken = [(a, b) for a, b, _, _ in hits]
    defined: dict[str, Kind] = {}
    for ref in refs:
        # the bracket right after the name, or taken into the name's tail
        m = DEFINED_ACRONYM.match(text, ref.name_end) or BRACKETED_ACRONYM.search(text, ref.name_start, ref.end)
        if m and not ref.by_acronym and registry.kind(m.group("acronym")) is None:
            defined.setdefault(m.group("acronym"), ref.kind)
    more = [
        (m.start(), m.end(), kind, acronym)
        for acronym, kind in defined.items()
        for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
        if not any(a <= m.start() < b for a, b in taken) and text[m.start() - 1 : m.start()] != "("
    ]
    yield from sorted(more, key=lambda h: h[0])


APPOSED = re.compile(r"[^\S\n]*(?:หรือ|\bor\b|\(|,)?[^\S\n]*")


def _same_as_before(refs: list[SeriesRef], text: str) -> list[SeriesRef]:
    """A name given again in other words ("ฝ่ายเลขานุการคณะกรรมการชายแดนทั่วไป หรือ GBC ไทย-กัมพูชา") is the
    same meeting: a secretariat's meeting stays one under its second name."""
    out: list[SeriesRef] = []
    for r in refs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.preparatory
            and not r.preparatory
            and r.kind.id == prev.kind.id
            and (m := APPOSED.fullmatch(text, prev.end, r.start))
            and m.group().strip()
        ):
            r = replace(r, preparatory=True)
        out.append(r)
    return out


# A name of the genre's shape the registry does not list: capitalised words (joined by "and", "on", "for",
# "of", "&" or commas: "Political, Security and Defense Dialogue") ending in a meeting noun.
_NAME_WORD = r"(?:[A-Z][a-z][\w'’-]*|2\+2)"
# A bracketed acronym may stand inside the name, before its noun: "Political-Military (PM) Dialogue".
_NAME_JOIN = r"(?:,?[^\S\n]+(?:and|on|for|of|&)[^\S\n]+|,[^\S\n]+|[^\S\n]+\([A-Z]{2,8}\)[^\S\n]+|[^\S\n]+)"
_BRACKETED = re.compile(r"\([A-Z]{2,8}\)")


@lru_cache(maxsize=8)
def unregistered_pattern(registry: Registry) -> re.Pattern[str]:
    """Capitalised words ending in one of the registry's meeting nouns (``cues.meeting_nouns``): every
    match holds one of those nouns as written, which the scan marks."""
    nouns = "|".join(re.escape(n) for n in sorted(registry.cues.get("meeting_nouns", ()), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w-])(?P<name>{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,6}}{_NAME_JOIN}(?:{nouns or '(?!x)x'}))\b"
    )


# A first that is a person's: "his first", "her first", "their first annual …" (a new leader's first of a
# yearly series), not the series' first round.
PERSONS_FIRST = re.compile(r"(?i:\b(?P<their>their|his|her|my))\s+$")
YEARLY = re.compile(r"(?i:\s+(?:annual|regular|yearly)\b)")
TOGETHER = re.compile(r"(?i:[^\S\n]+together\b)")


def _persons_first(before: str, text: str, after: int, name_end: int) -> bool:
    """ "his first …", or "their first annual …" / "their first … together": the first for these people,
    not the series' first round."""
    m = PERSONS_FIRST.search(before)
    if m is None:
        return False
    return m.group("their").casefold() != "their" or bool(YEARLY.match(text, after) or TOGETHER.match(text, name_end))


MODIFIER_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w-]+)[^\S\n]+$")
_ACT_OF = frozenset({"meeting", "session", "round", "sitting"})
# Words a capitalised run may begin with that are not a name's: joiners, articles, and a title's verbs ("Held 2+2
# Meeting, Indonesia And Australia Sign …", "Ministers To Attend Joint Commission")
_LEADING_NOT_NAME = frozenset(
    {"and", "of", "on", "for", "&", "the", "a", "an", "this", "that", "their", "its", "to", "at", "in"}
    | {"hold", "holds", "held", "holding", "host", "hosts", "hosted", "hosting", "convene", "convenes", "convened"}
    | {"attend", "attends", "attended", "attending", "join", "joins", "joined", "open", "opens", "opened"}
)


@lru_cache(maxsize=8)
def _thai_unlisted_pattern(registry: Registry) -> re.Pattern[str]:
    """ "การประชุม<name>(ระหว่าง)?<party>-<party> … ครั้งที่ N": a Thai meeting of a body the registry does not
    list, in the genre's shape (its parties and its round right after it)."""
    c = registry.country_re.pattern
    bracket = rf"(?:{_S}*\([^()\n]{{1,80}}\))?"
    return re.compile(
        rf"(?:การ)?ประชุม(?P<name>[\u0e01-\u0e4e]{{2,60}}?){bracket}{_S}*(?:ระหว่าง{_S}*)?(?:ประเทศ)?(?:{c})"
        rf"{_S}*(?:{DASH}|กับ|และ){_S}*(?:ประเทศ)?(?:{c}){bracket}{_S}*(?:ครั้งที่|รอบที่){_S}*{_N}"
    )


def _unlisted_thai_kinds(
    doc: AnnotatedText, registry: Registry, known: list[tuple[int, int]]
) -> list[tuple[int, int, Kind | None, str]]:
    """Thai names of bodies the registry does not list, named in English word by word
    (``Registry.thai_named_kind``); only where the whole shape is written, and never over a name the
    registry knows or an English one written beside it."""
    found: list[tuple[int, int, Kind | None, str]] = []
    text = doc.text
    pattern = _thai_unlisted_pattern(registry)
    known = sorted(known)
    starts = [a for a, _ in known]
    longest = max((b - a for a, b in known), default=0)
    for m in (m for lo, hi in doc.cued(ITS_SESSION) for m in pattern.finditer(text, lo, hi)):
        if _overlapping(known, starts, longest, m.start(), m.end()):
            continue
        if (kind := registry.thai_named_kind(m.group("name"))) is not None:
            found.append((m.start("name"), m.end("name"), kind, m.group("name")))
    return found


def _unregistered_kinds(
    doc: AnnotatedText, registry: Registry, known: list[tuple[int, int]]
) -> list[tuple[int, int, Kind | None, str]]:
    """Names of dialogues the registry does not know, in English, as "Thailand–Japan Energy Policy
    Dialogue" writes them: capitalised words ending in Dialogue, Talks, Consultations … Country names and
    ordinals at the front belong to the parties and the round, not to the kind."""
    found: list[tuple[int, int, Kind | None, str]] = []
    known = sorted(known)
    starts = [a for a, _ in known]
    longest = max((b - a for a, b in known), default=0)
    text = doc.text
    spans = doc.cued(MEETING_NOUN)
    pattern = unregistered_pattern(registry)
    for m in (m for lo, hi in spans for m in pattern.finditer(text, lo, hi)):
        start, end = m.start(), m.end()
        words = m.group("name").split()
        parties = 0
        while words[:-1] and (
            (country := _is_country_words(words[0].rstrip(","), registry))
            or (country := bool(wide := _long_country_pair_first(words, registry)))
            or ordinal_value(words[0]) is not None
            or words[0].casefold() in _LEADING_NOT_NAME
            or (words[0].casefold() in _ACT_OF and words[1].casefold() == "of")  # "Meeting of …": the body's round
        ):
            parties += country
            if country and not _is_country_words(words[0].rstrip(","), registry):
                for _ in range(wide - 1):  # "United" of "United States-Singapore", "New Zealand-Viet" of "… Nam"
                    start = text.index(words[0], start) + len(words[0])
                    words = words[1:]
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
            # the second word of a country that ends the pair: "Malaysia-Brunei Darussalam"
            if (
                country
                and words[1:]
                and _is_country_words(f"{text[m.start() : start].split()[-1]} {words[0]}", registry)
            ):
                start = text.index(words[0], start) + len(words[0])
                words = words[1:]
        # A meeting noun alone is a name only with both parties before it and an acronym of its own after
        # it ("the fourth Indonesia Australia Dialogue (IAD)"); or, below, with a round and two parties
        # joined by a dash before it.
        if len(words) < 2 and not (parties >= 2 and DEFINED_ACRONYM.match(text, end)):
            continue
        start = text.index(words[0], start)
        overlapping = _overlapping(known, starts, longest, start, end)
        if any(not ((start < a and b <= end) or _names_a_body(text, start, a, b, end)) for a, b in overlapping):
            continue  # the registry's own name (or one crossing it) is not a new one
        if any(_LEVEL_ONLY.fullmatch(text, start, a) and _at_most_act_noun(text, b, end) for a, b in overlapping):
            continue  # "High-Level Strategic Dialogue" is the registry's "Strategic Dialogue" at a level
        kept = [w for w in words if not _BRACKETED.fullmatch(w)]
        if len(kept) > 2 and kept[-1].casefold() in ACT_NOUNS and BODY_NOUN.search(kept[-2]):
            kept = kept[:-1]  # "… Joint Steering Council Meeting": a meeting of the council, which names it
        name = " ".join(kept)
        found.append((start, end, registry.named_kind(name), name))
    # A meeting noun alone right after two parties and a round: "the 20th EU-China Summit". The main
    # reading checks the parties and the round; here only the shape is asked for.
    taken = sorted((a, b) for a, b, _, _ in found)
    for mark, _noun in doc.marks.words(MEETING_NOUN):
        start, end = mark.start, mark.end
        if not text[start:end][:1].isupper() or _overlapping(known, starts, longest, start, end):
            continue
        if any(a <= start and end <= b for a, b in taken):
            continue
        if _NUMBERED_PAIR_BEFORE.search(text, max(0, start - 80), start) and _pair_before(registry, text, start):
            found.append((start, end, registry.named_kind(text[start:end]), text[start:end]))
    found += _lower_case_names(doc, registry, known, starts, longest, [(a, b) for a, b, _, _ in found])
    return found


def _lower_case_names(
    doc: AnnotatedText,
    registry: Registry,
    known: list[tuple[int, int]],
    starts: list[int],
    longest: int,
    taken: list[tuple[int, int]],
) -> list[tuple[int, int, Kind | None, str]]:
    """Names written in lower case, in the two shapes that make lower-case words a name: defined at once by
    the acronym of their initials, or right after their round and their two parties. Neither is taken where
    the registry's own name, or a name found before, stands."""
    found: list[tuple[int, int, Kind | None, str]] = []
    taken = list(taken)
    for first, end, name, by_round in (
        *((a, b, n, False) for a, b, n in _defined_by_initials(doc)),
        *_after_round_and_pair(doc, registry),
    ):
        crossing = _overlapping(known, starts, longest, first, end)
        if any(not (first < a and b <= end) for a, b in crossing) or any(a < end and first < b for a, b in taken):
            continue  # the registry's own name, or one crossing it: a longer name that ends in it is new
        if by_round and crossing:
            continue  # "the 12th round of high-level strategic dialogue": the registry's name, at a level
        found.append((first, end, registry.named_kind(name), name))
        taken.append((first, end))
    return found


def _after_round_and_pair(doc: AnnotatedText, registry: Registry) -> list[tuple[int, int, str, bool]]:
    """ "the 8th Việt Nam-Japan strategic partnership dialogue": lower-case words and a meeting noun right after
    a round and two parties joined by a dash, or after the parties and their verb. Words of level alone
    ("bilateral", "annual") name no body. After a round alone ("… led the 10th strategic defense dialogue"),
    the last item says so: such a name needs its parties written elsewhere in the release."""
    text = doc.text
    nouns = frozenset(n.casefold() for n in registry.cues.get("meeting_nouns", ()))
    modifiers = _patterns(registry).modifiers
    found = []
    for mark in doc.marks.of(MEETING_NOUN_LOWER):
        start, end = mark.start, mark.end
        if (start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha() and text[end] != "s"):
            continue  # inside a longer word
        before = LOWER_WORDS_BEFORE.search(text, max(0, start - 60), start)
        if before is None:
            continue
        first = before.start()
        by_round = False
        if NOT_IN_A_NAME & _name_words(before.group(), nouns):
            # "S. Korea, Vietnam hold annual strategic defense dialogue": the words after the parties' verb
            after_verb = _AFTER_LAST_STOP_WORD.search(before.group())
            first = before.start() + (after_verb.start() if after_verb else len(before.group()))
            if not after_verb:
                continue
            if not _pair_verb_before(registry, text, first):
                # "… led the second strategic defense dialogue": its round alone, its parties elsewhere
                if not (ordinal := _ORDINAL_FIRST.match(text, first, start)):
                    continue
                first, by_round = ordinal.end(), True
        elif not (
            _NUMBERED_PAIR_BEFORE.search(text, max(0, first - 80), first) and _pair_before(registry, text, first)
        ) and not _pair_verb_before(registry, text, first):
            # "India and China held the 4th strategic defense dialogue": the parties as the subject; or
            # "… led the 10th strategic defense dialogue": the round alone, which counts only where the
            # release writes the name with its parties too (see find_series_refs)
            if not _ROUND_RIGHT_BEFORE.search(text, max(0, first - 20), first):
                continue
            # "the ninth public-private consultative meeting between the two nations": the release's own parties
            by_round = not BETWEEN_THE_TWO.match(text, end)
        while (word := re.match(r"[\w-]+[^\S\n]+", text[first:start])) and word.group().strip() in modifiers:
            first += word.end()  # "annual": how often, not the body's name
        if _LEVEL_ONLY.fullmatch(text, first, start) or first >= start:
            continue
        if by_round and _ROUND_WORDS & set(text[first:start].casefold().split()):
            continue  # "the 12th round of …", "the 3rd session of …": the round's words, not a name
        found.append((first, end, _title_case(text[first:end]), by_round))
    return found


def _pair_verb_before(registry: Registry, text: str, at: int) -> bool:
    """Two parties and their verb right before ``at`` (an ordinal or "the" between): "South Korea and Vietnam
    held the 10th …", "S. Korea, Vietnam hold annual …"."""
    m = _patterns(registry).pair_verb_before.search(text, max(0, at - 120), at)
    return bool(m and m.group("c1") and _pair(registry, m.group("c1"), m.group("c2")))


def _spaceless(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _title_case(words: str) -> str:
    """A name written in lower case as a name is shown: each word capitalised but the joiners."""
    return " ".join(w if w in LOWER_CASE_JOINERS else w[:1].upper() + w[1:] for w in words.split())


def _name_words(words: str, nouns: frozenset[str]) -> set[str]:
    """The words of a lower-case name that could end it: "and" between two words of a subject ("political
    and security policy consultations") is part of the name; after a meeting noun ("talks and security
    dialogue") it joins two things."""
    split = words.split()
    return {
        w
        for i, w in enumerate(split)
        if not (w == "and" and 0 < i < len(split) - 1 and split[i - 1].casefold() not in nouns)
    }


# Words that end a name written in lower case where they stand: "… dialogue and held talks" is two things.
NOT_IN_A_NAME = frozenset(
    "and or the a an to in at on with by from held hold holds met meet was were is are will would has have "
    "such this that these those another similar same".split()  # "the second such meeting": no name
)


# The words of a lower-case run after the last that cannot be in a name ("hold", "the", "and" …)
_AFTER_LAST_STOP_WORD = re.compile(
    r"(?<=\s)(?:(?!(?:" + "|".join(sorted(NOT_IN_A_NAME, key=len, reverse=True)) + r")\s)[a-z][a-z-]*\s+)+$"
)


# A Thai subject right after a name's parties, to the round, a bracket or the line's end
THAI_TOPIC_AFTER_PAIR = re.compile(
    r"^[^\S\n]?(?P<topic>ว่าด้วยความร่วมมือ[^\n()]{1,80}?)(?=[^\S\n]*(?:ครั้งที่|\()|[^\S\n]*(?:\n|$))"
)
_NEXT_RIGHT_BEFORE = re.compile(r"(?i:\bnext)[^\S\n]+$")
_SINCE_RIGHT_BEFORE = re.compile(r"(?i:\bsince[^\S\n]+the)[^\S\n]+$")
_ROUND_WORDS = frozenset({"round", "rounds", "session", "meeting", "of"})
_ORDINAL_FIRST = re.compile(rf"(?i:{ORDINAL})[^\S\n]+")
_ROUND_RIGHT_BEFORE = re.compile(rf"(?<![\w-])(?i:{ORDINAL})[^\S\n]+$")

# A name set off by what it is, a meeting held again and again: "the Japan-Vietnam Strategic Partnership
# Dialogue, a regular meeting of vice ministers …" (the genre's shape without a round).
STATED_RECURRENCE = re.compile(
    r"[^\S\n]*,[^\S\n]+(?:an?|the)[^\S\n]+(?:regular|annual|yearly|periodic)[^\S\n]+(?:meeting|dialogue|consultations?|talks|forum)\b",
    re.I,
)
BETWEEN_THE_TWO = re.compile(r"[^\S\n]+between[^\S\n]+the[^\S\n]+two[^\S\n]+(?:countries|nations|sides|governments)\b")
LOWER_WORDS_BEFORE = re.compile(r"(?<![\w'’+-])(?:(?:[a-z][a-z-]*|2\+2)[^\S\n]+){1,7}$")


def _defined_by_initials(doc: AnnotatedText) -> list[tuple[int, int, str]]:
    """ "the second bilateral consultation mechanism (BCM)": the acronym's letters are the words' initials,
    which is what makes the words a name."""
    text = doc.text
    found = []
    for mark in doc.marks.of(DEFINED_LOWER):
        start, end = mark.start, mark.end - 2  # the noun, before " ("
        if not (acronym := BRACKETED_ACRONYM.match(text, end + 1)):
            continue
        letters = acronym.group("acronym").replace("-", "")
        before = LOWER_WORDS_BEFORE.search(text, max(0, start - 90), start)
        words = [*(before.group().split() if before else ()), text[start:end]]
        if len(words) < len(letters) or len(letters) < 2:
            continue
        words = words[-len(letters) :]
        if "".join(w[0] for w in words).upper() != letters:
            continue
        first = start - len(" ".join(words[:-1])) - (1 if words[:-1] else 0)
        if text[first:end] == " ".join(words):  # not across a line break or with other spaces
            found.append((first, end, _title_case(" ".join(words))))
    return found


# A round and two parties right before a name: "the 8th Việt Nam-Japan …", "the fourth meeting of the
# India-Maldives …" (the act of meeting between the round and the parties).
_NUMBERED_PAIR_BEFORE = re.compile(
    rf"(?i:{ORDINAL})[^\S\n]+(?i:(?:meeting|session|round|sitting)[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?)?"
    r"[^\s]+(?:[^\S\n]+[^\s]+)?[^\S\n]+$"
)


def _pair_before(registry: Registry, text: str, at: int) -> bool:
    """Two parties joined by a dash or "and" right before ``at`` (a pair written with a space alone,
    "Malaysia Singapore Dialogue", names a body only with an acronym of its own)."""
    m = _patterns(registry).pair_before.search(text, max(0, at - 80), at)
    return bool(m and m.group("c1") and _pair(registry, m.group("c1"), m.group("c2")))


_LEVEL_ONLY = re.compile(rf"(?:(?:{LEVEL}|(?i:annual|bilateral|joint|regular|special|extraordinary))[^\S\n]+)+")


def _at_most_act_noun(text: str, b: int, end: int) -> bool:
    """Whether nothing but "Meeting", "Session" or "Round" follows a name that ends at ``b``."""
    rest = [w for w in text[b:end].split() if not _BRACKETED.fullmatch(w)]  # "… Committee (GBC) Meeting"
    return not rest or (len(rest) == 1 and rest[0].casefold() in ACT_NOUNS)


ACT_NOUNS = frozenset({"meeting", "meetings", "session", "sessions", "round", "rounds"})


def _names_a_body(text: str, start: int, a: int, b: int, end: int) -> bool:
    """Whether a name that begins with the registry's name [a, b) and goes on to a noun of its own names
    another body: "Political Consultation Group" is not the "Political Consultation", while "Strategic
    Dialogue Meeting" is still the dialogue."""
    if not (start == a and b < end):
        return False
    return text[b:end].split()[-1].casefold() not in ACT_NOUNS


def _overlapping(
    spans: list[tuple[int, int]], starts: list[int], longest: int, start: int, end: int
) -> list[tuple[int, int]]:
    """The sorted ``spans`` that overlap [start, end), none longer than ``longest``; found by bisection,
    as a file may name thousands."""
    found = []
    at = bisect_left(starts, end) - 1
    while at >= 0 and spans[at][0] + longest > start:
        if spans[at][1] > start:
            found.append(spans[at])
        at -= 1
    return found[::-1]


# A Thai armed service named without its country is Thailand's, in a Thai release: "ระหว่างกองทัพเรือ - กองทัพเรือ
# อินโดนีเซีย" (between the (Royal Thai) Navy and the Indonesian Navy), not followed by a country of its own.
_OWN_OFFICE_END = re.compile(r"ระหว่าง(?:นายกรัฐมนตรี|รัฐบาล|กระทรวงการต่างประเทศ|กระทรวงกลาโหม)$")
THAI_OWN_SERVICES = r"(?:กองทัพเรือ|กองทัพบก|กองทัพอากาศ|กองทัพไทย)(?![\u0e01-\u0e4e])"


def _long_country_pair_first(words: list[str], registry: Registry) -> int:
    """How many words a pair takes that opens or ends with a country of more than one word: 2 for "United
    States-Singapore" and "Thailand-Viet Nam", 3 for "New Zealand-Viet Nam" and "Papua New Guinea-Australia";
    0 when the words open with no such pair (a pair of one-word countries is read word by word)."""
    for k in range(min(COUNTRY_WORDS_MAX, len(words) - 1)):
        dash = PAIR_DASH.search(words[k])
        if dash is None:
            continue
        if not registry.country(" ".join([*words[:k], words[k][: dash.start()]])):
            return 0
        right = words[k][dash.end() :]
        longest = 0
        for extra in range(COUNTRY_WORDS_MAX):
            taken = k + 1 + extra
            if taken >= len(words):
                break  # a name's own words must follow the pair
            if (k or extra) and registry.country(" ".join([right, *words[k + 1 : taken]])):
                longest = taken
        return longest
    return 0


COUNTRY_WORDS_MAX = 3  # "Papua New Guinea", "Bosnia and Herzegovina" aside


PAIR_DASH = re.compile(r"[-–—‑]")


def _is_country_words(token: str, registry: Registry) -> bool:
    parts = [t for t in re.split(r"[-–—‑/]", token) if t]
    return bool(parts) and all(registry.country(t) for t in parts)


def _pair(registry: Registry, a: str, b: str) -> tuple[str, ...]:
    ca, cb = registry.country(a), registry.country(b)
    if ca is None or cb is None or ca == cb:
        return ()
    return tuple(sorted((ca, cb)))


def round_number(digits: str | None) -> int | None:
    if not digits:
        return None
    arabic = to_arabic_digits(digits)
    value = int(arabic) if arabic.isdigit() else thai_number_value(digits)
    if value is None:
        return None
    return value if 0 < value <= MAX_ROUND else None
