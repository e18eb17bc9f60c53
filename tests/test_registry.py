"""The registry: data integrity, and the fast name scanner agreeing with the plain name pattern."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogtrack.recognising.annotate import annotate
from dialogtrack.recognising.scan import COUNTRY, PLACE, SHORT_THAI_PLACE, whole_thai_word
from dialogtrack.registry import fold_alias, load_registry

REGISTRY = load_registry()


def test_no_alias_is_claimed_by_two_countries_or_two_kinds() -> None:
    for table in (REGISTRY.countries, REGISTRY.kinds):
        owners = Counter(alias for item in table.values() for alias in {fold_alias(a) for a in item.aliases})
        assert [alias for alias, n in owners.items() if n > 1] == []


def test_every_kind_has_english_and_thai_names_and_a_slug_id() -> None:
    for kind in REGISTRY.kinds.values():
        assert kind.en and kind.th and kind.aliases
        assert kind.id == kind.id.lower() and " " not in kind.id
        assert kind.base is None or kind.base in REGISTRY.kinds


def test_series_names_put_thailand_first() -> None:
    kind = REGISTRY.kinds["strategic-dialogue"]
    series = REGISTRY.series(kind, ["US", "TH"])
    assert (series.id, series.name_en, series.name_th) == (
        "th-us-strategic-dialogue",
        "Thailand–United States Strategic Dialogue",
        "การหารือเชิงยุทธศาสตร์ไทย-สหรัฐฯ",
    )


NAMES = sorted({a for c in REGISTRY.countries.values() for a in c.aliases})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(NAMES), st.sampled_from([" ", "-", "us", "eu", "Indiana", "x"]), st.text(max_size=5)),
        max_size=12,
    ).map("".join)
)
def test_the_scan_finds_what_the_pattern_finds(text: str) -> None:
    """The one scan of a release (an Aho-Corasick automaton) marks the names that the registry's
    patterns, read around each reference, find: the same places, the longest name first."""
    marks = annotate(text, REGISTRY, sentences=False)
    scanned = [(m.start, text[m.start : m.end]) for m in marks.of(COUNTRY)]
    plain = [(m.start(), m.group()) for m in REGISTRY.country_re.finditer(text)]
    assert scanned == plain


THAI_LETTER = re.compile(r"[\u0e00-\u0e7f]")
PLACES = sorted({a for name, aliases in REGISTRY.places.items() for a in (name, *aliases)})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(PLACES), st.sampled_from([" ", "\n", "–", "’", "ณ", "Bangkokian", "x"])),
        max_size=10,
    ).map("".join)
)
def test_the_scan_finds_places_as_the_gazetteer_pattern_does(text: str) -> None:
    """As the pattern does, but for a short Thai name that is no word of its own there ("โรม" in "โรมูโร")."""
    marks = annotate(text, REGISTRY, sentences=False)
    scanned = [(m.start, m.end) for m in marks.of(PLACE)]
    expected = [
        (m.start(), m.end())
        for m in REGISTRY.place_re.finditer(text)
        if not (THAI_LETTER.match(m.group()) and len(m.group()) <= SHORT_THAI_PLACE)
        or whole_thai_word(text, m.start(), m.end())
    ]
    assert scanned == expected


def test_no_source_or_data_file_holds_a_control_character() -> None:
    """A pattern written with "\\b" in a plain string holds a backspace and silently never matches."""
    import re
    from pathlib import Path

    import dialogtrack

    package = Path(dialogtrack.__file__).parent
    files = [*package.rglob("*.py"), *package.rglob("*.toml")]
    assert files
    bad = [
        str(f.relative_to(package)) for f in files if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", f.read_text("utf-8"))
    ]
    assert bad == []
