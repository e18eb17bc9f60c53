"""Thai in tables wraps at word boundaries, as ICU's Thai line breaker finds them, and is never cut.

Every Thai name of the registry, of the corpora's answer files and of the series dialogtrack finds in
the corpora is put in a table cell at 40, 60 and 80 columns; each line break must be one of ICU's break opportunities (or a fold inside a word wider
than the column), and the lines read back must give the whole name.
"""

from __future__ import annotations

import glob
import json
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import icu
import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text
from typer.testing import CliRunner

from dialogtrack.cli import app
from dialogtrack.registry import load_registry
from dialogtrack.render.tables import _table

from .conftest import FIXTURES

THAI = re.compile(r"[\u0e00-\u0e7f]")
CORPORA = Path(__file__).parent / "corpora"


@pytest.fixture(scope="module")
def shown_names(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    """The Thai series names and aliases dialogtrack itself shows for the corpora, once imported."""
    env = {"DIALOGTRACK_DB": str(tmp_path_factory.mktemp("corpora") / "c.db"), "PATH": "/usr/bin:/bin"}
    docs = [str(CORPORA / name / "docs") for name in "abcde"]
    subprocess.run([sys.executable, "-m", "dialogtrack", "import", "-q", *docs], env=env, check=True)
    out = subprocess.run(
        [sys.executable, "-m", "dialogtrack", "series", "--format", "json"], env=env, check=True, capture_output=True
    )
    names = {n for s in json.loads(out.stdout) for n in (s["series_th"], *s["aliases"]) if n and THAI.search(n)}
    return tuple(sorted(names))


@cache
def thai_names() -> tuple[str, ...]:
    registry = load_registry()
    names: set[str] = set()
    for c in registry.countries.values():
        names.update((c.th, *c.aliases))
    for k in registry.kinds.values():
        names.update((k.th, *k.aliases))
    for f in registry.frameworks.values():
        names.update((f.th, *f.aliases))
    for aliases in registry.places.values():
        names.update(aliases)
    for truth in glob.glob(str(CORPORA / "*" / "truth.json")):
        for doc in json.loads(Path(truth).read_text(encoding="utf-8"))["documents"]:
            for e in doc.get("events", []):
                names.update(x for x in (e.get("series"), *e.get("series_aliases", []), e.get("location")) if x)
    return tuple(sorted(n for n in names if THAI.search(n)))


def icu_breaks(text: str) -> set[int]:
    iterator = icu.BreakIterator.createLineInstance(icu.Locale("th"))
    iterator.setText(text)
    return set(iterator)


def column(rendered: str, index: int) -> list[list[str]]:
    """The lines of column ``index`` of a rendered table, row by row (rows start where column 0 is set)."""
    rows: list[list[str]] = []
    for line in rendered.splitlines():
        fields = line.split("│")
        if len(fields) < 3:
            continue
        if fields[1].strip():
            rows.append([])
        rows[-1].append(fields[index])
    return rows


def read_back(name: str, pieces: list[str]) -> list[int]:
    """Where in ``name`` each piece after the first begins; fails if the pieces do not spell ``name``."""
    at, starts = 0, []
    for i, piece in enumerate(p.strip() for p in pieces):
        if not piece:
            continue
        while name[at].isspace():
            at += 1
        assert name.startswith(piece, at), (name, pieces)
        if i:
            starts.append(at)
        at += len(piece)
    assert not name[at:].strip(), (name, pieces)
    return starts


@pytest.mark.parametrize("width", [40, 60, 80])
def test_thai_names_break_only_at_word_boundaries_and_are_never_cut(width: int, shown_names: tuple[str, ...]) -> None:
    assert len(shown_names) > 20
    names = tuple(sorted({*thai_names(), *shown_names}))
    assert len(names) > 300
    table = _table()
    table.add_column("Date", no_wrap=True)
    table.add_column("What", ratio=2)
    table.add_column("Status / basis", ratio=2)
    for n, name in enumerate(names):
        table.add_row(f"r{n}", Text(name), "expected: every 12 months (1 gap); last round 7 on 2021-08-26")
    console = Console(width=width, record=True, color_system=None)
    with console.capture() as captured:
        console.print(table)
    rows = column(captured.get(), 2)
    assert len(rows) == len(names)
    room = cell_len(captured.get().splitlines()[1].split("┃")[2]) - 2  # the header line gives the column's width
    wrapped = 0
    for name, pieces in zip(names, rows, strict=True):
        starts = read_back(name, pieces)
        wrapped += bool(starts)
        allowed = icu_breaks(name)
        for at in starts:
            if at in allowed:
                continue
            word_start = max(b for b in [0, *allowed] if b < at)
            word_end = min(b for b in allowed if b > at)
            assert cell_len(name[word_start:word_end].rstrip()) > room, f"{name!r} broken inside a word at {at}"
    assert wrapped > (50 if width < 80 else 10)  # the check did see wrapped names
    shown = [tuple(p.strip() for p in pieces) for pieces in rows]
    assert len(set(shown)) == len(set(names))  # two different names never render alike


def test_a_word_wider_than_the_column_is_folded_not_dropped() -> None:
    table = _table()
    table.add_column("X", no_wrap=True)
    table.add_column("Name", max_width=8)
    table.add_row("1", "ออสเตรเลียนิวซีแลนด์")
    console = Console(width=40, record=True, color_system=None)
    with console.capture() as captured:
        console.print(table)
    [pieces] = column(captured.get(), 2)
    assert "".join(p.strip() for p in pieces) == "ออสเตรเลียนิวซีแลนด์"
    assert all(not re.match(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]", p.strip()) for p in pieces)  # no mark begins a line


def test_upcoming_in_thai_at_80_columns_shows_whole_series_names(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    assert runner.invoke(app, ["import", str(FIXTURES / "releases")]).exit_code == 0
    result = runner.invoke(app, ["timeline", "--lang", "th"])
    assert result.exit_code == 0, result.output
    assert "…" not in result.stdout
    au = runner.invoke(app, ["upcoming", "--lang", "th", "--as-of", "2024-01-01"])
    assert au.exit_code == 0, au.output
    assert "…" not in au.stdout
    names = ["".join(p.strip() for p in pieces) for pieces in column(au.stdout, 3)]
    assert any(n.startswith("การหารือระดับเจ้าหน้าที่อาวุโสไทย-ออสเตรเลีย") for n in names), names


def test_commands_without_thai_never_load_the_breaker(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from dialogtrack.cli import app\n"
        "r = CliRunner()\n"
        f"assert r.invoke(app, ['import', {str(FIXTURES / 'releases' / 'en-jp-sd4-2024.txt')!r}]).exit_code == 0\n"
        "assert r.invoke(app, ['timeline']).exit_code == 0\n"
        "assert r.invoke(app, ['upcoming']).exit_code == 0\n"
        "print('icu' in sys.modules)\n"
    )
    env = {"DIALOGTRACK_DB": str(tmp_path / "t.db"), "COLUMNS": "80", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "False"
    thai = code.replace("['timeline']", "['timeline', '--lang', 'th']")
    out = subprocess.run([sys.executable, "-c", thai], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "True"


@pytest.mark.parametrize(
    "names",
    [
        "ฮาชิม อับดุล ราซัก",  # a Malaysian name in Thai script: its syllables are no words of ICU's dictionary
        "ธนากร พิพัฒน์ชัย, ฮาชิม อับดุล ราซัก",
        "ทาเคชิ โมริโมโตะ, วรวุฒิ เกษมสันต์",
        "เซอร์เก ชอยกู, หวัง อี้",
    ],
)
def test_thai_co_chairs_wrap_only_between_the_words_of_their_names(names: str) -> None:
    from dialogtrack.render.thaiwrap import NamesText

    widest = max(cell_len(w) for w in names.split())
    for width in range(widest, cell_len(names) + 1):
        lines = [line.plain.strip() for line in NamesText(names).wrap(Console(width=width), width)]
        assert " ".join(lines).split() == names.split(), (width, lines)  # whole words, every one, in order
        assert all(cell_len(line) <= width for line in lines)
