"""A day given to an option as YYYY-MM-DD is read without loading the date grammar, as the grammar
reads it."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from dialogtrack.cli import _plain_day
from dialogtrack.views.selection import parse_option_date


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2399, 12, 31)))
def test_a_common_era_day_is_read_as_the_grammar_reads_it(day: date) -> None:
    typed = parse_option_date(day.isoformat())
    assert _plain_day(day.isoformat()) == typed.span
    assert typed.reading is None


@given(st.text(alphabet="0123456789-๐๒๕/ .", min_size=8, max_size=11))
def test_anything_else_is_left_to_the_grammar_or_read_as_it_reads_it(text: str) -> None:
    found = _plain_day(text)
    if found is not None:
        typed = parse_option_date(text)
        assert (found, None) == (typed.span, typed.reading)


def test_what_the_grammar_reads_otherwise_is_left_to_it() -> None:
    for text in ("2567-06-01", "๒๐๒๔-๐๖-๐๑", "2024-02-30", "0999-01-01", " 2024-06-01", "2024-06", "2024/06/01"):
        assert _plain_day(text) is None, text
