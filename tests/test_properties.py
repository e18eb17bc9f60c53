"""Properties over arbitrary input: the readers never raise anything but their own errors, every span
they return lies inside the text, and every date they return is a real date.

The strategies mix arbitrary Unicode (Thai, controls, surrogate-free planes) with the genre's own words
and markup, so that examples reach deep into the grammar rather than stopping at the first character.
"""

from __future__ import annotations

import io
import itertools
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogtrack.errors import SourceError
from dialogtrack.models import DateSpan, Document
from dialogtrack.reading.decode import decode_bytes
from dialogtrack.reading.ingest import RawText, iter_inputs
from dialogtrack.reading.webpage import html_to_text
from dialogtrack.recognising import scan
from dialogtrack.recognising.anniversaries import KEYWORD
from dialogtrack.recognising.anniversaries import _patterns as anniversary_patterns
from dialogtrack.recognising.annotate import annotate
from dialogtrack.recognising.dates import find_dates
from dialogtrack.recognising.dating import HELD_ON
from dialogtrack.recognising.extract import CHAIR_THE_MEETING, find_claims
from dialogtrack.recognising.people import CHAIR_EN
from dialogtrack.recognising.refs import find_series_refs, unregistered_pattern
from dialogtrack.recognising.rounds import ITS_SESSION
from dialogtrack.registry import load_registry

REGISTRY = load_registry()

GENRE = st.sampled_from(
    [
        *("The", "the", "6th", "Sixth", "ครั้งที่", "๘", "๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐", "123456789012345678901234567890"),
        *("Thailand", "U.S.", "–", "-", "ไทย-สหรัฐฯ", "Japan", "ญี่ปุ่น", "Strategic", "Dialogue", "Joint Commission"),
        *("การหารือเชิงยุทธศาสตร์", "คณะกรรมาธิการร่วม", "(JC)", "JC", "held", "on", "in", "Bangkok", "ณ", "กรุงเทพฯ"),
        *("๙-๑๐", "พฤษภาคม", "พ.ค.", "๒๕๖๕", "May", "9", "and", "10,", "2022", "30", "February", "13", "๓๒", "99999"),
        *("co-chaired", "by", "Mr.", "Somchai", "Rattanakul", "นาย", "anniversary", "190th", "ครบรอบ", "ปี"),
        *("\n", "\n\n", ". ", "\u200b", "\u202e", "\x1b[31m", "[bold]", "\ufeff", "\r\n"),
    ]
)
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(GENRE, st.text(max_size=6)), max_size=60).map(" ".join),
)


def check_span(span: DateSpan | None) -> None:
    if span is not None:
        assert isinstance(span.start, date)
        assert span.end is None or span.end >= span.start


@settings(max_examples=300, deadline=None)
@given(TEXT, st.none() | st.integers(1, 9999))
def test_dates_are_real_dates_inside_the_text(text: str, default_year: int | None) -> None:
    for m in find_dates(text, default_year=default_year):
        assert 0 <= m.start < m.end <= len(text)
        check_span(m.span)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_references_lie_inside_the_text(text: str) -> None:
    for ref in find_series_refs(text, REGISTRY):
        assert 0 <= ref.start <= ref.name_start <= ref.name_end <= len(text)
        assert ref.start <= ref.end <= len(text)
        assert ref.round is None or 0 < ref.round <= 300


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from([None, "2022-05-10", "2567"]))
def test_claims_lie_inside_the_text_and_their_dates_are_real(text: str, published: str | None) -> None:
    document = Document(
        "p", "prop", (text.splitlines() or [""])[0], "th", text, DateSpan.from_iso(published) if published else None
    )
    found = find_claims(document, REGISTRY)
    for m in found.mentions:
        assert 0 <= m.start <= m.end <= len(text)
        assert m.quote in text and m.alias in text
        assert m.round is None or 0 < m.round <= 300
        check_span(m.dates)
    for a in found.anniversaries:
        assert 0 <= a.start <= a.end <= len(text)
        date.fromisoformat(a.established) if len(a.established) == 10 else int(a.established[:4])
    for c in found.cadences:
        assert c.months > 0


HTML_PIECES = st.sampled_from(
    [
        *("<html>", "<body>", "<article>", "</article>", "<div class='nav'>", "</div>", "<p>", "</p>", "<br>"),
        *("<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<title>", "</title>", "<h1>", "</h1>"),
        *("<meta charset='tis-620'>", "&amp;", "&#3648;", "&bogus;", "<", ">", "\x00", "<![CDATA[", "]]>"),
    ]
)
HTML = st.lists(st.one_of(HTML_PIECES, GENRE, st.text(max_size=8)), max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(HTML, st.text(max_size=300)))
def test_the_html_reader_takes_anything(html: str) -> None:
    title, text = html_to_text(html)
    assert isinstance(title, str) and isinstance(text, str)
    assert "\n\n\n" not in text


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=400), HTML.map(str.encode), TEXT.map(lambda t: t.encode("utf-16"))))
def test_any_bytes_are_text_or_one_error(data: bytes) -> None:
    try:
        text = decode_bytes(data)
    except ValueError as error:
        assert str(error) and "\n" not in str(error)
    else:
        assert not any(ch in text for ch in "\x00\x1b\x7f\u200b\u202e\r")
    [item] = list(iter_inputs(["-"], stdin=io.BytesIO(data)))
    assert isinstance(item, RawText | SourceError)
    if isinstance(item, SourceError):
        assert item.origin == "<stdin>" and "\n" not in item.problem


# ---------------------------------------------------------------------------------------------- cues

CUE_WORDS = st.sampled_from(
    [
        *("the", "The", "Its", "its", "second", "Third", "21st", "next", "previous", "and", "while", "was", "were"),
        *("session", "Meeting", "round", "Dialogue", "Talks", "Consultations", "Commission", "Committee"),
        *("Retreat", "Forum", "regular", "held", "took", "place", "hold", "since", "after", "of", "Energy", "Policy"),
        *("anniversary", "Anniversaries", "years", "YEARS", "since", "ครบรอบ", "๕๐", "ปี", "การประชุม", "การหารือ"),
        *("ครั้งที่", "๓", "ครั้งก่อน", "ครั้งแรก", "จัดขึ้น", "ครั้งต่อไป", "นับตั้งแต่", "ฯ", "ณ", "İ", "\n", "\n\n"),
        *("co-chaired", "chaired", "Co-Chairing", "presided over", "meeting", "will be", "which", "is to be", "by"),
        *("มีขึ้น", "เป็นประธาน", "ร่วม", "ใน", "ครั้งนี้", "ดังกล่าว", "ที่", "ได้", "จะ"),
    ]
)
# One phrase in the shape the patterns look for, slot by slot, often with no other cue word around it.
PHRASE = st.tuples(
    st.sampled_from(["", "x\n\n", "The", "Its", "and the", "while the", "hold the", "since the", "the", "การประชุม"]),
    st.sampled_from(["second", "21st", "next", "previous", "Energy Policy", "50th", "ครั้งที่ ๓", "ครั้งแรก", "ครบรอบ"]),
    st.sampled_from(["", "session", "round", "Retreat", "Forum", "Talks", "Committee", "anniversary", "years of"]),
    st.sampled_from(["", "was held", "were", "took place", "จัดขึ้น", "ณ", "ปี", "of"]),
    st.sampled_from(["", "established diplomatic relations in", "Establishment of formal diplomatic ties on"]),
    st.sampled_from(["", "diplomatic relations were established on", "สถาปนาความสัมพันธ์ทางการทูตเมื่อ"]),
).map(" ".join)
# The sentences that say when "the meeting" was held and who chaired it, slot by slot: every combination
# is tried (below), as a random draw rarely lines up the few that match.
MEETING_SLOTS = (
    ["", "The", "x", "การประชุม"],
    ["co-chaired", "presided over", "chairing", "meeting", "talks", "ดังกล่าว", "ครั้งนี้"],
    ["the", "this", "was", ", which will be", "is to be", "ที่", "จะ", ""],
    ["meeting", "talks", "held", "co-chaired by", "chaired by", "จัดขึ้น", "มีขึ้น", "เป็นประธาน"],
    ["", "held", "ในการประชุมครั้งนี้", "ร่วมในการหารือดังกล่าว"],
)
CUED = [
    (ITS_SESSION, scan.ITS_SESSION),
    (KEYWORD, scan.ANNIVERSARY),
    (unregistered_pattern(REGISTRY), scan.MEETING_NOUN),
    (anniversary_patterns(REGISTRY)[3], scan.FOUNDING),
]


@settings(max_examples=1500, deadline=None)
@given(
    st.one_of(
        PHRASE,
        st.lists(st.one_of(CUE_WORDS, st.text(max_size=4)), max_size=40).map(" ".join),
    )
)
def test_a_pattern_run_only_where_its_cues_are_finds_every_match(text: str) -> None:
    """Each long pattern runs only over the paragraphs where the scan marked one of its cue words; any
    match the whole text has within one paragraph is found there too (so no cue is missing from the lists)."""
    doc = annotate(text, REGISTRY, sentences=False)
    for pattern, label in CUED:
        spans = doc.cued(label)
        assert all(0 <= lo < hi <= len(text) for lo, hi in spans)
        gated = {(m.start(), m.end()) for lo, hi in spans for m in pattern.finditer(text, lo, hi)}
        whole = {(m.start(), m.end()) for m in pattern.finditer(text) if "\n\n" not in m.group()}
        assert whole <= gated, (pattern.pattern[:40], whole - gated)


def test_the_meeting_patterns_run_only_where_their_cues_are_find_every_match() -> None:
    for words in itertools.product(*MEETING_SLOTS):
        text = " ".join(words)
        doc = annotate(text, REGISTRY, sentences=False)
        for pattern, label in ((HELD_ON, scan.HELD), (CHAIR_THE_MEETING, scan.CHAIR)):
            gated = {(m.start(), m.end()) for lo, hi in doc.cued(label) for m in pattern.finditer(text, lo, hi)}
            assert {(m.start(), m.end()) for m in pattern.finditer(text)} <= gated, text


CHAIR_SLOTS = (
    [
        *("", "Mr. Somchai Rattanakul", "The Thai side", "It met under the co-chairmanship of", "Leading the"),
        "At the invitation of Jane Doe, Somchai Rattanakul",
        "This consultation,",
        "The head of the",
    ],
    [
        *("co-chaired", "was represented", "was led", "were headed", "will lead", "held", "paid an", "co-chairs"),
        *("met", "hosted", "were held", "will attend", "will begin a two-day", "made an", "co-hosted", "chaired"),
        "delegation was",
        "led",
    ],
    [
        *("by", "the", "the delegation", "the side", "official visit", "the meeting with", "the Dialogue with"),
        *("for the Fifth 2+2 Meeting", "Ms. Ayşe Demirtaş for the", "the 7th Joint Commission in Bangkok"),
        "official visit to Thailand for the sixth Annual Consultation, at the invitation of",
        *("between", "the 7th Joint Commission in Bangkok at the invitation of", "with"),
        *("the 7th Joint Commission Meeting between", "Friday at the State Department for the 2nd Joint Commission"),
        "visit to Indonesia for the 13th Annual Consultation with",
        "the 7th Joint Commission Meeting with his Thai counterpart,",
        "official visit to Thailand for the sixth Annual Consultation. The visit was made at the invitation of",
    ],
    [
        *("Mr. John Smith.", "Gen Prayut Chan", "Ms. Ayşe Demirtaş in Bangkok", "", "U.S. Ambassador X Y"),
        "Ayşe Demirtaş on Monday",
    ],
)


def assert_chair_matches_hold_their_cues(text: str) -> None:
    for cues, pattern in CHAIR_EN:
        for m in pattern.finditer(text):
            assert any(cue in m.group().lower() for cue in cues), (pattern.pattern[:40], m.group())


def test_every_chair_pattern_match_holds_one_of_its_cue_words() -> None:
    """A paragraph is searched for chairs only when it holds a pattern's cue word: every phrase built
    from the slots (each pattern matches some of them) is checked."""
    phrases = [" ".join(words) for words in itertools.product(*CHAIR_SLOTS)]
    matched = {i for text in phrases for i, (_, p) in enumerate(CHAIR_EN) if p.search(text)}
    assert matched == set(range(len(CHAIR_EN)))  # the slots reach every pattern
    for text in phrases:
        assert_chair_matches_hold_their_cues(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(*(st.sampled_from(slot) for slot in CHAIR_SLOTS), st.text(max_size=5)), max_size=12))
def test_chair_pattern_matches_in_any_text_hold_their_cue_words(words: list[str]) -> None:
    assert_chair_matches_hold_their_cues(" ".join(words))
