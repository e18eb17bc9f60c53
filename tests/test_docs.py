"""The documentation tells the truth about the code: every test docs/reliability.md cites exists, and
the README shows every command."""

from __future__ import annotations

import re
from pathlib import Path

import typer

from dialogtrack.cli import app

ROOT = Path(__file__).parent.parent


def citations() -> list[str]:
    text = (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8")
    return [c for c in re.findall(r"`([^`]+)`", text) if re.match(r"(?:tests/)?test_\w+\.py", c)]


def test_every_cited_test_exists() -> None:
    cited = citations()
    assert len(cited) > 40
    for citation in cited:
        m = re.fullmatch(r"(?:tests/)?(test_\w+\.py)(?:::(test_\w+|…)(\[.*\])?)?", citation)
        assert m, f"cannot read the citation {citation!r}"
        source = (ROOT / "tests" / m.group(1)).read_text(encoding="utf-8")
        if m.group(2) and m.group(2) != "…":
            assert re.search(rf"^def {m.group(2)}\(", source, re.M), f"{citation} is cited but does not exist"


def command_names(group: typer.Typer, prefix: str = "") -> list[str]:
    names = [f"{prefix}{c.name or (c.callback.__name__ if c.callback else '')}" for c in group.registered_commands]
    for sub in group.registered_groups:
        if sub.typer_instance is not None:
            names += command_names(sub.typer_instance, f"{prefix}{sub.name} ")
    return names


def test_the_readme_shows_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    names = command_names(app)
    assert {"import", "timeline", "search", "db path"} <= set(names)
    headings = [line for line in readme.splitlines() if line.startswith("#")]
    for name in names:
        assert any(f"`dialogtrack {name} " in h or f"`dialogtrack {name}`" in h for h in headings), (
            f"README has no section for dialogtrack {name}"
        )
