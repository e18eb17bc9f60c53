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


def before_and_after(tmp_path: Path, text: str, taught: str, field: str) -> tuple[list[object], list[object]]:
    """``field`` of every meeting a release gives with the installed data, then with ``taught`` (TOML) in a
    registry file of the user's own."""
    release = tmp_path / "release.txt"
    release.write_text(text, encoding="utf-8")
    runner = CliRunner()

    def read(env: dict[str, str]) -> list[object]:
        assert runner.invoke(app, ["import", str(release)], env=env).exit_code == 0
        result = runner.invoke(app, ["timeline", "--format", "json"], env=env)
        return [m[field] for m in json.loads(result.stdout)]

    folder = tmp_path / "registry"
    folder.mkdir()
    (folder / "taught.toml").write_text(taught, encoding="utf-8")
    plain = read({"DIALOGTRACK_DB": str(tmp_path / "plain.db")})
    return plain, read({"DIALOGTRACK_DB": str(tmp_path / "taught.db"), "DIALOGTRACK_REGISTRY": str(folder)})


UNLISTED = "The 2nd Thailand-Laos River Transport Caucus met in Vientiane on 5 May 2024."


def test_a_meeting_noun_added_as_data_names_an_unlisted_series(tmp_path: Path) -> None:
    """A name the registry does not list is recognised by its shape (parties, capitalised words, a meeting
    noun, a round); the nouns are data (``[cues] meeting_nouns``), so "Caucus" can be taught."""
    plain, taught = before_and_after(tmp_path, UNLISTED, '[cues]\nmeeting_nouns = ["Caucus"]\n', "series")
    assert (plain, taught) == ([], ["Thailand–Laos River Transport Caucus"])


SILK = "การประชุมคณะกรรมการร่วมเพื่อความร่วมมือด้านผ้าไหมระหว่างไทย - ลาว ครั้งที่ 3 จัดขึ้นที่เวียงจันทน์ เมื่อวันที่ 5 มีนาคม 2567"


def test_a_thai_subject_added_as_data_names_the_body_in_english(tmp_path: Path) -> None:
    """A Thai name's spelled-out subject is put into English from ``[thai_topics]``; a subject with a word
    the data lacks leaves the kind's bare name, and a user's file can teach the word."""
    plain, taught = before_and_after(tmp_path, SILK, '[thai_topics]\n"ผ้าไหม" = "Silk"\n', "series")
    assert (plain, taught) == (["Thailand–Laos Joint Committee"], ["Thailand–Laos Joint Committee on Silk Cooperation"])


MEDICINE = (
    "การประชุมคณะกรรมการร่วมเพื่อความร่วมมือด้านการแพทย์และวิชาการระหว่างไทย - ลาว ครั้งที่ 3 จัดขึ้นที่เวียงจันทน์ เมื่อวันที่ 5 มีนาคม 2567"
)


def test_a_subjects_adjective_added_as_data_names_the_body_as_english_does(tmp_path: Path) -> None:
    """Beside an adjective ("Technical"), a subject's noun takes the adjective ``[topic_adjectives]`` gives."""
    word = '[thai_topics]\n"การแพทย์" = "Medicine"\n'
    (tmp_path / "noun").mkdir()
    (tmp_path / "adjective").mkdir()
    _, noun = before_and_after(tmp_path / "noun", MEDICINE, word, "series")
    _, adjective = before_and_after(
        tmp_path / "adjective", MEDICINE, word + '[topic_adjectives]\n"Medicine" = "Medical"\n', "series"
    )
    assert (noun, adjective) == (
        ["Thailand–Laos Joint Committee on Medicine and Technical Cooperation"],
        ["Thailand–Laos Joint Committee on Medical and Technical Cooperation"],
    )


SIDE_TITLE = (
    "วันที่ 5 มีนาคม 2567 ที่อำเภอแม่สอด พันเอกสมชาย ใจดี ผู้แทนหลักฝ่ายไทย พร้อมด้วยพันโทอ่องหน่าย ผู้แทนหลักฝ่ายเมียนมา "
    "ร่วมประชุมคณะกรรมการชายแดนส่วนท้องถิ่น ไทย-เมียนมา ครั้งที่ 50"
)


def test_a_thai_side_chair_title_added_as_data_names_the_chairs(tmp_path: Path) -> None:
    """The titles after a name that make the person a side's chair ("ประธาน…ฝ่ายไทย") are data
    (``[cues.chairing] th_side_title``): another title can be taught."""
    plain, taught = before_and_after(
        tmp_path, SIDE_TITLE, '[cues.chairing]\nth_side_title = ["ผู้แทนหลัก"]\n', "co_chairs"
    )
    assert (plain, taught) == ([[]], [["สมชาย ใจดี", "อ่องหน่าย"]])


UNLISTED_THAI = "การประชุมกลไกประสานงานการเดินเรือระหว่างไทยกับลาว ครั้งที่ 2 จัดขึ้นที่เวียงจันทน์ เมื่อวันที่ 5 มีนาคม 2567"


def test_a_thai_word_added_as_data_names_an_unlisted_thai_body(tmp_path: Path) -> None:
    """A Thai name the registry does not list is read word by word (``[thai_name_words]``); with a word the
    data lacks ("การเดินเรือ") it is no series at all, and a user's file can teach the word."""
    plain, taught = before_and_after(
        tmp_path, UNLISTED_THAI, '[thai_name_words]\n"การเดินเรือ" = "Navigation"\n', "series"
    )
    assert (plain, taught) == ([], ["Thailand–Laos Navigation Coordination Mechanism"])
