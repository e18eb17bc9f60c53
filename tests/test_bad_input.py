"""Bad input, end to end: whatever a user saved from the web, the import reports it on one line, imports
the rest of the batch and leaves what is already stored as it was.

Every case runs ``dialogtrack import BAD GOOD`` on a database that already holds one release. Large
inputs are generated here, on the fly.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bench.corpus import release, write_releases
from dialogtrack.cli import app

from .processes import run as run_process

Maker = Callable[[Path], Path]


def write(name: str, data: bytes | str) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    return make


def fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def symlink_loop(folder: Path) -> Path:
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    return folder / "a.txt"


def large(size: int, line: bool) -> Maker:
    def make(folder: Path) -> Path:
        path = folder / f"large-{size}.txt"
        unit = b"The two sides discussed trade and investment cooperation. " + (b"" if line else b"\n")
        with path.open("wb") as handle:
            for _ in range(size // len(unit) + 1):
                handle.write(unit)
        return path

    return make


RANDOM_BYTES = random.Random(7).randbytes(4096)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + RANDOM_BYTES[:512]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + RANDOM_BYTES[:256]

# (case, how to make it, what the one error line says after "Error: <path>: ")
REFUSED: list[tuple[str, Maker, str]] = [
    ("image", write("photo.txt", PNG), "not text: looks like a PDF/image/archive (a PNG image)"),
    ("broken pdf", write("report.html", PDF), "cannot read the PDF"),
    ("random bytes", write("noise.txt", RANDOM_BYTES), "not text"),
    ("invalid UTF-8", write("broken.txt", b"Minister \xc3\x28 met \xe2\x28\xa1 in caf\xe9 Paris\n"), "not text"),
    ("empty", write("empty.txt", b""), "empty: no text to import"),
    ("whitespace only", write("blank.md", b" \n\t\r\n   \n"), "empty: no text to import"),
    ("HTML with no text", write("shell.html", b"<html><head><script>x()</script></head><body></body></html>"), "empty"),
    ("50 MB", large(50_000_000, line=False), "larger than 20000000 bytes; raise --max-bytes"),
    ("FIFO", fifo, "not a regular file or folder"),
    ("symlink loop", symlink_loop, "cannot read"),
    ("missing", lambda folder: folder / "nowhere.txt", "no such file or folder; check the path"),
]


@pytest.fixture
def stored(runner: CliRunner, isolated_db: Path, tmp_path: Path) -> list[tuple[Any, ...]]:
    """A database that already holds one release; returns its documents and mentions."""
    first = write_releases(tmp_path / "first", 1)[0]
    assert runner.invoke(app, ["import", str(first)]).exit_code == 0
    return dump(isolated_db)


def dump(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return [
            *conn.execute("select id, text from documents order by id"),
            *conn.execute("select * from mentions order by id"),
        ]


def good_release(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(release(7).text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("case", "make", "problem"), REFUSED, ids=[c for c, _, _ in REFUSED])
def test_a_bad_file_is_one_line_and_the_batch_goes_on(
    runner: CliRunner,
    isolated_db: Path,
    tmp_path: Path,
    stored: list[tuple[Any, ...]],
    case: str,
    make: Maker,
    problem: str,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bad, good = make(folder), good_release(tmp_path)

    result = runner.invoke(app, ["import", str(bad), str(good)])

    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line]
    assert errors == [f"Error: {bad}: {problem}"] or (
        len(errors) == 1 and errors[0].startswith(f"Error: {bad}: {problem}")
    ), errors
    assert "Traceback" not in result.output
    assert "imported 1, unchanged 0, failed 1" in result.stdout
    after = dump(isolated_db)
    assert set(stored) <= set(after)  # nothing stored before was changed or lost
    assert len({row[0] for row in after if isinstance(row[0], str)}) == 2  # the first release and the good one


def test_a_device_is_refused(runner: CliRunner, stored: list[tuple[Any, ...]], isolated_db: Path) -> None:
    result = runner.invoke(app, ["import", "/dev/null"])
    assert result.exit_code == 1
    assert (
        result.stderr.strip()
        == "Error: /dev/null: not a regular file or folder (a FIFO, socket or device); give files, folders or URLs"
    )
    assert dump(isolated_db) == stored


@pytest.mark.parametrize("what", ["file", "folder"])
def test_no_permission_is_one_line(tmp_path: Path, what: str) -> None:
    db = tmp_path / "perm.db"
    folder = tmp_path / "in"
    paths = write_releases(folder / "locked", 2) + write_releases(folder / "open", 1, start=5)
    locked = paths[0] if what == "file" else folder / "locked"
    locked.chmod(0)
    try:
        done = run_process(["import", folder], db, unprivileged=True)
    finally:
        locked.chmod(0o755)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"Error: {locked}: permission denied; check the permissions"]
    assert f"imported {2 if what == 'file' else 1}, unchanged 0, failed 1" in done.stdout


def test_a_symlinked_folder_loop_ends(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    write_releases(folder / "2024", 2)
    (folder / "2024" / "again").symlink_to(folder)
    (folder / "self").symlink_to(folder)
    result = runner.invoke(app, ["import", str(folder)])
    assert result.exit_code == 0, result.output
    assert "imported 2, unchanged 0, failed 0" in result.stdout


# ---------------------------------------------------------------------------------------------- files that import


def import_one(runner: CliRunner, path: Path) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 0, result.output
    timeline = runner.invoke(app, ["timeline", "--format", "json"])
    assert timeline.exit_code == 0
    meetings: list[dict[str, Any]] = json.loads(timeline.stdout)
    for m in meetings:  # every date shown is a real date
        for key in ("start", "end"):
            if m[key]:
                date.fromisoformat(m[key]) if len(m[key]) == 10 else int(m[key][:4])
    return meetings


def rounds(meetings: list[dict[str, Any]]) -> list[tuple[str, int | None]]:
    return sorted(((m["series_id"], m["round"]) for m in meetings), key=repr)


THAI_RELEASE = (
    "การประชุมคณะกรรมาธิการร่วมไทย-เวียดนาม ครั้งที่ ๑\n\nเมื่อวันที่ ๖ มีนาคม ๒๕๔๕ รัฐมนตรีว่าการกระทรวงการต่างประเทศ"
    "ของทั้งสองประเทศเป็นประธานร่วมการประชุมคณะกรรมาธิการร่วมไทย-เวียดนาม ครั้งที่ ๑ ณ กรุงฮานอย\n"
)
ENGLISH_RELEASE = (
    "The First Thailand–Japan Joint Commission\n\nOn January 1, 2002, the First Thailand–Japan Joint Commission "
    "was held in Tokyo. The two foreign ministers co-chaired the meeting.\n"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cp874 without a declaration", THAI_RELEASE.encode("cp874")),
        ("UTF-16 with a byte-order mark", THAI_RELEASE.encode("utf-16")),
        ("UTF-8 with a byte-order mark", b"\xef\xbb\xbf" + THAI_RELEASE.encode()),
        ("CRLF line ends", THAI_RELEASE.replace("\n", "\r\n").encode()),
    ],
)
def test_encodings_import_as_the_same_release(runner: CliRunner, tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(data)
    assert rounds(import_one(runner, path)) == [("th-vn-joint-commission", 1)]


def test_script_and_style_text_is_ignored(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><style>/* The 9th Thailand–India Strategic Dialogue */ p {color: red}</style>"
        "<script>var news = 'The 12th Thailand–Japan Joint Commission was held on 1 May 2020';</script></head>"
        f"<body><article><h1>News</h1><p>{ENGLISH_RELEASE}</p>"
        "<script>document.write('การประชุมคณะกรรมาธิการร่วมไทย-มาเลเซีย ครั้งที่ ๙')</script>"
        "<noscript>The 4th Thailand–Australia Strategic Dialogue</noscript></article></body></html>",
        encoding="utf-8",
    )
    assert rounds(import_one(runner, page)) == [("jp-th-joint-commission", 1)]


def test_a_5_mb_single_line_imports(runner: CliRunner, tmp_path: Path) -> None:
    path = large(5_000_000, line=True)(tmp_path)
    path.write_bytes(path.read_bytes() + ENGLISH_RELEASE.replace("\n", " ").encode())
    assert rounds(import_one(runner, path)) == [("jp-th-joint-commission", 1)]


def test_100_000_mentions_in_one_file(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Rounds on record\n\n")
        for i in range(100_000):
            handle.write(f"JC{i % 40 + 1}: the {i % 40 + 1}th Thailand–Japan Joint Commission. ")
    meetings = import_one(runner, path)
    assert rounds(meetings) == sorted((("jp-th-joint-commission", n) for n in range(1, 41)), key=repr)


# ---------------------------------------------------------------------------------------------- hostile text


@pytest.mark.parametrize(
    ("sentence", "expected_start"),
    [
        ("การประชุมคณะกรรมาธิการร่วมไทย-ญี่ปุ่น ครั้งที่ ๓ จัดขึ้นเมื่อวันที่ ๓๒ พฤษภาคม ๒๕๖๕", None),
        ("The 3rd Thailand–Japan Joint Commission was held on 30 February 2022.", None),
        ("The 3rd Thailand–Japan Joint Commission was held on 2022-13-05.", None),
        ("The 3rd Thailand–Japan Joint Commission was held on May 32, 2022.", None),
        ("การประชุมคณะกรรมาธิการร่วมไทย-ญี่ปุ่น ครั้งที่ ๓ เมื่อวันที่ ๑ มกราคม ๙๙๙๙๙", None),
        ("การประชุมคณะกรรมาธิการร่วมไทย-ญี่ปุ่น ครั้งที่ ๓ เมื่อวันที่ ๑ มกราคม พ.ศ. ๑๐๐", None),
        ("The 3rd Thailand–Japan Joint Commission was held on 1 January 99999.", None),
        ("The 3rd Thailand–Japan Joint Commission was held on 29 February 2024.", "2024-02-29"),
    ],
)
def test_impossible_dates_are_not_dates(
    runner: CliRunner, tmp_path: Path, sentence: str, expected_start: str | None
) -> None:
    path = tmp_path / "dates.txt"
    path.write_text(f"Joint Commission\n\n{sentence}\n", encoding="utf-8")
    meetings = import_one(runner, path)
    assert [(m["round"], m["start"]) for m in meetings] == [(3, expected_start)]


def test_a_round_number_of_30_digits_is_not_a_round(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(
        "Joint Commission\n\nThe 123456789012345678901234567890th Thailand–Japan Joint Commission met in Tokyo.\n"
        "การประชุมคณะกรรมาธิการร่วมไทย-ญี่ปุ่น ครั้งที่ ๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐๑๒๓๔๕๖๗๘๙๐ ณ กรุงโตเกียว\n",
        encoding="utf-8",
    )
    meetings = import_one(runner, path)
    assert all(m["round"] is None or m["round"] < 1000 for m in meetings)


def test_zero_width_and_bidi_controls_do_not_hide_a_round(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "hidden.txt"
    path.write_text(
        "Joint Commission\n\nThe \u200b5th\u200b Thailand\u200d–\u202eJapan\u202c Joint\u2066 Commission\u2069 "
        "was held in Tokyo on 3\u200b May 2023.\n",
        encoding="utf-8",
    )
    meetings = import_one(runner, path)
    assert [(m["series_id"], m["round"], m["start"]) for m in meetings] == [("jp-th-joint-commission", 5, "2023-05-03")]
    shown = runner.invoke(app, ["timeline"]).stdout
    assert not any(ch in shown for ch in "\u200b\u200d\u202e\u202c\u2066\u2069")


@pytest.mark.parametrize("command", [["timeline"], ["series"], ["upcoming", "--as-of", "2024-01-01"]])
def test_markup_and_escape_sequences_in_documents_are_never_interpreted(
    runner: CliRunner, tmp_path: Path, command: list[str]
) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(
        "\x1b]0;pwned\x07[bold]News[/bold]\n\nThe 2nd Thailand–Japan Joint Commission was held in Tokyo on 3 May 2023. "
        "It was co-chaired by Mr. Taro [link=file:///etc/passwd]Yamada[/link] and Ms. Hana \x1b[2JSato.\n",
        encoding="utf-8",
    )
    import_one(runner, path)
    out = runner.invoke(app, command).stdout
    assert "\x1b" not in out and "\x07" not in out
    assert "file:///etc/passwd" not in out or "[link=file:///etc/passwd]" in out
