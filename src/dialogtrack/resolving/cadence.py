"""How often a series meets: what documents say, what the record shows, and which one projections use.

Press releases often say a dialogue is "held annually" while the rounds on record are two years
apart. Both facts are worth keeping, so a Cadence carries the stated figure, the observed one and a
note when they disagree. Projections prefer the stated figure: the record is usually incomplete (a
missing round looks like a longer cadence), while the statement is the organisers' own intent.

Observed gaps are measured between the start dates of consecutive held rounds (month and year
precision dates count from their first day), between numbered rounds only when the series numbers its
rounds at all (an unnumbered meeting cannot say how many rounds lie between it and the next). When
round numbers are known and skip (round 3 in 2017,
round 5 in 2021), the gap is shared among the rounds it spans: two rounds in four years is 24 months
each, not one 48-month gap. Pairs whose round numbers do not increase are inconsistent and ignored.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from dialogtrack.models import CadenceClaim, Meeting

DAYS_PER_MONTH = 30.4375
"""The mean Gregorian month, so that 12 "months" between two dates a year apart is 12.0, give or take."""

TOLERANCE = 0.5
"""Stated and observed cadences disagree when they differ by more than this share of the stated one."""


@dataclass(frozen=True)
class Cadence:
    """Stated (``claimed_months``) and observed (median gap) cadence; ``months`` is what projections use."""

    series_id: str
    claimed_months: int | None
    observed_months: float | None
    months: float | None
    disagreement: str | None
    basis: str


def months_between(earlier: date, later: date) -> float:
    """Months from ``earlier`` to ``later`` as a float, at the mean month length."""
    return (later - earlier).days / DAYS_PER_MONTH


def series_cadence(series_id: str, meetings: Sequence[Meeting], claims: Sequence[CadenceClaim]) -> Cadence:
    """The cadence of one series; meetings and claims of other series are ignored.

    ``claimed_months`` is the most common stated figure (ties go to the one stated first).
    """
    stated = Counter(c.months for c in claims if c.series.id == series_id)
    claimed = stated.most_common(1)[0][0] if stated else None
    gaps = _observed_gaps([m for m in meetings if m.series.id == series_id])
    from statistics import median  # its import costs more than most commands' own work

    observed = median(gaps) if gaps else None
    months = float(claimed) if claimed is not None else observed
    disagreement = None
    if claimed is not None and observed is not None and abs(observed - claimed) > TOLERANCE * claimed:
        said = _stated_words(claimed)
        disagreement = f"said to be {said}, but rounds on record are {observed:.0f} months apart (median)"
    if claimed is not None:
        basis = f"held {_held_words(claimed)} (stated)"
    elif observed is not None:
        basis = f"every {observed:.0f} months ({_count_words(len(gaps))})"
    else:
        basis = "unknown"
    return Cadence(series_id, claimed, observed, months, disagreement, basis)


def _observed_gaps(meetings: Sequence[Meeting]) -> list[float]:
    held = [m for m in meetings if m.status == "held" and m.dates is not None]
    if any(m.round is not None for m in held):
        # A meeting without a number cannot say how many rounds lie between it and its neighbours.
        held = [m for m in held if m.round is not None]
    dated = sorted(
        ((m.dates.start, m.round) for m in held if m.dates is not None),
        key=lambda pair: (pair[0], pair[1] or 0),
    )
    gaps = []
    for (start1, round1), (start2, round2) in pairwise(dated):
        rounds = 1 if round1 is None or round2 is None else round2 - round1
        if rounds >= 1:
            gaps.append(months_between(start1, start2) / rounds)
    return gaps


def _held_words(months: int) -> str:
    """12 -> "annually", 24 -> "every two years", 18 -> "every 18 months"."""
    words = {6: "twice a year", 12: "annually", 24: "every two years", 36: "every three years"}
    if months in words:
        return words[months]
    if months % 12 == 0:
        return f"every {months // 12} years"
    return f"every {months} months"


def _stated_words(months: int) -> str:
    return "annual" if months == 12 else f"held {_held_words(months)}"


def _count_words(gaps: int) -> str:
    return "1 gap" if gaps == 1 else f"median of {gaps} gaps"
