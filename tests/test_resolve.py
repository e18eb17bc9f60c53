"""Resolution: many mentions of one round become one meeting, sources kept, disagreements listed."""

from __future__ import annotations

import pytest

from dialogtrack.models import AnniversaryClaim, DateSpan, Mention, Role, SourceRef, meeting_id
from dialogtrack.resolving.resolve import resolve_meetings, resolve_relations

from .factories import TH_JP, TH_US


def mention(
    series=TH_US,
    round_: int | None = 8,
    when: str | None = "2022-05-09",
    place: str | None = None,
    role: Role = "headline",
    chairs: tuple[str, ...] = (),
) -> Mention:
    dates = DateSpan.from_iso(*when.split("/")) if when else None
    return Mention(series, round_, role, dates, place, chairs, "quote", 0, 5, "alias")


def source(doc: str, role: Role = "headline") -> SourceRef:
    return SourceRef(doc, f"{doc}.txt", "quote", role)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (("BùiThanh Sơn", "Prak Sokhonn"), ("Bùi Thanh Sơn",), ("Bùi Thanh Sơn", "Prak Sokhonn")),
        (("Bùi Thanh Sơn",), ("BùiThanh Sơn",), ("Bùi Thanh Sơn",)),
        (("ธานี ทองภักดี",), ("ธานีทองภักดี", "Saurabh Kumar"), ("ธานี ทองภักดี", "Saurabh Kumar")),
    ],
)
def test_a_name_written_with_a_space_lost_is_one_co_chair(
    first: tuple[str, ...], second: tuple[str, ...], expected: tuple[str, ...]
) -> None:
    [meeting] = resolve_meetings([(mention(chairs=first), source("a")), (mention(chairs=second), source("b"))])
    assert meeting.co_chairs == expected


def test_one_meeting_per_round_with_every_source() -> None:
    [meeting] = resolve_meetings(
        [
            (mention(chairs=("ธานี ทองภักดี",)), source("th")),
            (mention(chairs=("Thani Thongphakdi",), place="Washington, D.C."), source("en")),
        ]
    )
    assert [s.document for s in meeting.sources] == ["th", "en"]
    assert meeting.co_chairs == ("ธานี ทองภักดี", "Thani Thongphakdi")
    assert (meeting.location, meeting.conflicts, meeting.status) == ("Washington, D.C.", (), "held")


@pytest.mark.parametrize(
    ("dates", "kept", "conflict"),
    [
        (["2022-05-09", "2022-05"], "2022-05-09", None),  # less precise, consistent
        (["2022-05-09/2022-05-10", "2022-05-09/2022-05-10"], "2022-05-09", None),
        (["2022-05-09", "2022-05-10", "2022-05-10"], "2022-05-10", "2022-05-10 (kept) vs 2022-05-09"),
        (["2022-05", "2021"], "2022-05", "2022-05 (kept) vs 2021"),
    ],
)
def test_disagreeing_dates_are_kept_as_a_conflict(dates: list[str], kept: str, conflict: str | None) -> None:
    [meeting] = resolve_meetings([(mention(when=d), source(f"d{i}")) for i, d in enumerate(dates)])
    assert meeting.dates is not None and meeting.dates.iso_start() == kept
    assert meeting.conflicts == ((conflict,) if conflict else ())


@pytest.mark.parametrize("order", [("Thailand", "Bangkok"), ("Bangkok", "Thailand")])
def test_of_two_reports_alike_the_town_beats_the_partys_country(order: tuple[str, str]) -> None:
    [meeting] = resolve_meetings([(mention(place=p), source(f"d{i}")) for i, p in enumerate(order)])
    assert meeting.location == "Bangkok"


def test_the_round_a_source_reports_beats_one_recalling_it() -> None:
    [meeting] = resolve_meetings(
        [
            (mention(when="2022-06", role="past"), source("old", "past")),
            (mention(when="2022-05-09", role="headline", place="Bangkok"), source("new")),
        ]
    )
    assert meeting.dates == DateSpan.from_iso("2022-05-09")
    assert meeting.sources[0].document == "new"


def test_a_dated_mention_without_a_round_joins_the_numbered_round_of_that_day() -> None:
    meetings = resolve_meetings(
        [
            (mention(round_=7, when="2022-05-09"), source("a")),
            (mention(round_=None, when="2022-05-09"), source("b")),
            (mention(round_=None, when="2012-10-18"), source("c")),
        ]
    )
    assert sorted(meeting_id(m) for m in meetings) == [
        "th-us-strategic-dialogue/7",
        "th-us-strategic-dialogue@2012-10-18",
    ]


def test_rounds_a_document_reports_together_are_linked() -> None:
    meetings = {
        m.series.id: m
        for m in resolve_meetings(
            [
                (mention(), source("seed")),
                (mention(series=TH_JP, round_=3, role="concurrent"), source("seed", "concurrent")),
                (mention(series=TH_JP, round_=2, role="past", when="2019"), source("seed", "past")),
            ]
        )
        if m.round != 2
    }
    assert meetings["th-us-strategic-dialogue"].held_with == ("th-jp-joint-commission/3",)
    assert meetings["th-jp-joint-commission"].held_with == ("th-us-strategic-dialogue/8",)


@pytest.mark.parametrize(
    ("roles", "status"),
    [(["upcoming"], "scheduled"), (["planned"], "planned"), (["upcoming", "headline"], "held"), (["past"], "held")],
)
def test_status_follows_what_the_sources_say(roles: list[Role], status: str) -> None:
    [meeting] = resolve_meetings([(mention(role=r), source(f"d{i}", r)) for i, r in enumerate(roles)])
    assert meeting.status == status


def test_relations_vote_on_their_founding() -> None:
    def claim(ordinal: int, year: int, established: str) -> AnniversaryClaim:
        return AnniversaryClaim(("TH", "US"), "diplomatic relations", ordinal, year, established, "q", 0, 1)

    [relation] = resolve_relations(
        [
            (claim(190, 2023, "1833"), source("a")),
            (claim(184, 2017, "1833"), source("b")),
            (claim(0, 1833, "1833-03-20"), source("c")),
            (claim(180, 2012, "1832"), source("d")),
        ],
        lambda countries: "Thailand–United States",
    )
    assert relation.established == "1833-03-20"
    assert [(m.ordinal, m.year) for m in relation.milestones] == [(180, 2012), (184, 2017), (190, 2023)]
    assert relation.conflicts == ("founded 1832 according to 1 claim(s), 1833 kept",)


def test_a_report_of_one_day_of_an_unnumbered_meeting_joins_it() -> None:
    """A special session held over four days, reported by one source for the whole stay and by others
    on the day they went to press: one meeting. A report of a day outside it is another meeting."""
    meetings = resolve_meetings(
        [
            (mention(round_=None, when="2025-09-07/2025-09-10"), source("whole")),
            (mention(round_=None, when="2025-09-09"), source("day")),
            (mention(round_=None, when="2025-09-10"), source("last")),
            (mention(round_=None, when="2025-09-12"), source("after")),
        ]
    )
    assert [[s.document for s in m.sources] for m in meetings] == [["whole", "day", "last"], ["after"]]
