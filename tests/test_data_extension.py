"""Language knowledge is data: a kind of dialogue, a chair verb and a place spelling added in a registry file
of the user's own (``$DIALOGTRACK_REGISTRY``) are recognised by the installed CLI, with no code changed."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from dialogtrack.cli import app

RELEASE = (
    "The 4th Thailand-Laos Mekong Navigation Board was held in Ban Houayxay on 4 March 2024. "
    "Somchai Rakthai and Khamphou Vongsa steered the meeting."
)
EXTENSION = """
[kinds.mekong-navigation-board]
en = "Mekong Navigation Board"
th = "คณะกรรมการการเดินเรือแม่น้ำโขง"
aliases = ["Mekong Navigation Board"]

[places]
"Houayxay" = ["Ban Houayxay", "Houayxay"]

[cues.chairing]
en = ["steered"]
"""


def timeline(tmp_path: Path, registry: Path | None) -> list[dict[str, object]]:
    runner = CliRunner()
    env = {"DIALOGTRACK_DB": str(tmp_path / f"{registry is not None}.db")}
    if registry is not None:
        env["DIALOGTRACK_REGISTRY"] = str(registry)
    release = tmp_path / "release.txt"
    release.write_text(RELEASE, encoding="utf-8")
    result = runner.invoke(app, ["import", str(release)], env=env)
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["timeline", "--format", "json"], env=env)
    assert result.exit_code == 0, result.output
    return list(json.loads(result.stdout))


def test_a_kind_a_chair_verb_and_a_place_added_as_data_are_recognised(tmp_path: Path) -> None:
    before = timeline(tmp_path, None)
    assert not any("Navigation" in str(m["series"]) for m in before)

    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "mine.toml").write_text(EXTENSION, encoding="utf-8")
    [meeting] = timeline(tmp_path, folder)
    assert meeting["series"] == "Thailand–Laos Mekong Navigation Board"
    assert (meeting["round"], meeting["start"], meeting["location"]) == (4, "2024-03-04", "Houayxay")
    assert meeting["co_chairs"] == ["Somchai Rakthai", "Khamphou Vongsa"]
