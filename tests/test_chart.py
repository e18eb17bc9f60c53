"""The terminal chart uses the width it has: full names when they fit, otherwise shortened names that
never read alike, and years at both ends of the axis and at regular steps between."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console

from dialogtrack.models import Series
from dialogtrack.render.chart import ELLIPSIS, Scale, axis, chart_view, shortened
from dialogtrack.render.display import Display
from dialogtrack.timeline import build_timeline

from .factories import meeting

NAMES = [
    "Thailand–United States Strategic Dialogue",
    "Thailand–United States Strategic and Defense Dialogue",
    "Thailand–United States Defense Strategic Talks",
    "Thailand–Australia Senior Officials' Talks",
    "Thailand–European Union Senior Officials' Talks",
    "Thailand–China Joint Committee on Trade, Investment and Economic Cooperation",
    "Mekong-Lancang Cooperation Foreign Ministers' Meeting",
    "Mekong-Lancang Cooperation Leaders' Meeting",
    "Thailand–Laos Joint Commission",
]
THAI_NAMES = [
    "การหารือระดับเจ้าหน้าที่อาวุโสไทย-ออสเตรเลีย",
    "การหารือระดับเจ้าหน้าที่อาวุโสไทย-สหภาพยุโรป",
    "การหารือเชิงยุทธศาสตร์ไทย-สหรัฐฯ",
    "การหารือเชิงยุทธศาสตร์และการป้องกันประเทศไทย-สหรัฐฯ",
    "คณะกรรมการร่วมว่าด้วยการค้า การลงทุน และความร่วมมือทางเศรษฐกิจไทย-จีน",
]


def timelines(names: list[str], thai: bool = False) -> list:  # type: ignore[type-arg]
    meetings = []
    for i, name in enumerate(names):
        series = Series(f"s{i}", "x" if thai else name, name if thai else "", ("TH", "XX"), "talks")
        meetings += [
            meeting(series, 1, "2004-05-01"),
            meeting(series, 2, "2015-05-01"),
            meeting(series, 3, "2027-05-01"),
        ]
    return build_timeline(meetings)


def in_chart_order(names: list[str], thai: bool = False) -> list[str]:
    return [t.series.name_th if thai else t.series.name_en for t in timelines(names, thai)]


def render(names: list[str], width: int, thai: bool = False) -> list[str]:
    console = Console(width=width, color_system=None)
    display = Display("th", "ce") if thai else Display()
    with console.capture() as captured:
        console.print(chart_view(timelines(names, thai), width, display))
    return captured.get().splitlines()


def label_of(row: str) -> str:
    return re.split(r"\s{2,}", row, maxsplit=1)[0].strip()


def made_of_its_words(label: str, name: str) -> bool:
    """The label is the name with runs of it left out: its pieces appear in the name, in order."""
    at = 0
    for piece in (p.strip() for p in label.split(ELLIPSIS)):
        found = name.find(piece, at)
        if piece and found < 0:
            return False
        at = found + len(piece) if piece else at
    return True


@pytest.mark.parametrize("thai", [False, True])
def test_full_names_when_they_fit(thai: bool) -> None:
    names = THAI_NAMES if thai else NAMES
    rows = render(names, 200, thai)[: len(names)]
    ordered = in_chart_order(names, thai)
    assert [row[: len(n)] for row, n in zip(rows, ordered, strict=True)] == ordered  # whole, not cut at 28
    assert ELLIPSIS not in "".join(rows)


@pytest.mark.parametrize("width", [50, 60, 80, 100])
@pytest.mark.parametrize("thai", [False, True])
def test_shortened_names_stay_distinct_and_fit(width: int, thai: bool) -> None:
    names = THAI_NAMES if thai else NAMES
    lines = render(names, width, thai)
    rows = lines[: len(names)]
    labels = [label_of(r) for r in rows]
    assert len(set(labels)) == len(names), labels
    assert all(cell_len(line) <= width for line in lines)
    for label, name in zip(labels, in_chart_order(names, thai), strict=True):
        assert made_of_its_words(label, name), (label, name)  # whole words of the name, in order


@given(
    st.lists(
        st.lists(
            st.sampled_from(["Thailand–Laos", "Joint", "Commission", "Strategic", "Talks", "of", "Trade"]),
            min_size=1,
            max_size=8,
        ).map(" ".join),
        min_size=1,
        max_size=12,
        unique=True,
    ),
    st.integers(min_value=8, max_value=40),
)
def test_different_names_never_get_the_same_label(names: list[str], width: int) -> None:
    labels = shortened(names, width)
    assert len(set(labels)) == len(names)
    assert all(cell_len(label) <= width for label in labels)


@pytest.mark.parametrize(
    ("first", "last", "per", "room"),
    [(2004, 2027, 1, 60), (2004, 2027, 1, 24), (1990, 2025, 1, 50), (1955, 2026, 2, 40), (2019, 2020, 1, 10)],
)
def test_the_axis_labels_both_ends_and_regular_steps(first: int, last: int, per: int, room: int) -> None:
    scale = Scale(first, last, per)
    text = axis(scale, Display(), room).plain
    found = [(m.start(), int(m.group())) for m in re.finditer(r"\d{4}", text)]
    years = [y for _, y in found]
    assert years[0] == first and years[-1] == last, text
    assert found[0][0] == 0
    middle = years[1:-1]
    if len(middle) >= 2:
        [step] = {b - a for a, b in pairwise(middle)}  # one regular step…
        assert all(y % step == 0 for y in middle), text  # …on round years
    for at, year in found[1:-1]:
        assert at == (year - first) // per  # each label starts under its year's cell
    assert len(years) >= (3 if last - first > 15 else 2)
