"""Texts that were refused or misread although they are releases: a few escape codes or a stray NUL,
Windows-1252 pages without a charset, charsets no browser reads, and HTML nested too deep to parse in
reasonable time."""

from __future__ import annotations

import codecs
import re
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dialogtrack.cli import app
from dialogtrack.decode import decode_bytes

RELEASE = "The 5th Thailand–Japan Joint Commission was held in Tokyo on 1 May 2023."
ASCII = RELEASE.replace("–", "-")  # what utf-7 would decode (it refuses bytes beyond ASCII)


def imported(runner: CliRunner, db: Path, path: Path) -> tuple[str, str]:
    """Import one file; the stored document's title and text."""
    result = runner.invoke(app, ["import", str(path)])
    assert result.exit_code == 0, result.output
    assert "imported 1," in result.stdout
    with sqlite3.connect(db) as conn:
        [(title, text)] = conn.execute("select title, text from documents").fetchall()
    timeline = runner.invoke(app, ["timeline", "--format", "csv"])
    assert "jp-th-joint-commission/5" in timeline.stdout
    return title, text


@pytest.mark.parametrize(
    "data",
    [
        f"\x1b]0;Press release\x07\x1b[1m{RELEASE}\x1b[0m\x07\n\x1bc\x08Issued in Bangkok.\n".encode(),
        f"{RELEASE}\nIssued in Bangkok.\n\x00".encode(),
    ],
    ids=["escape codes and controls", "a NUL at the end"],
)
def test_a_release_with_a_few_controls_is_read_and_cleaned(
    runner: CliRunner, isolated_db: Path, tmp_path: Path, data: bytes
) -> None:
    path = tmp_path / "release.txt"
    path.write_bytes(data)
    _, text = imported(runner, isolated_db, path)
    assert text.strip() == f"{RELEASE}\nIssued in Bangkok."  # escape sequences removed whole: no "[1m" left


def test_binary_data_that_decodes_is_still_refused() -> None:
    with pytest.raises(ValueError, match=r"^not text: too many control characters"):
        decode_bytes(RELEASE.encode("utf-16-le"))  # UTF-16 without its byte-order mark: a NUL every other byte


def test_a_windows_1252_page_without_a_charset_is_read(runner: CliRunner, isolated_db: Path, tmp_path: Path) -> None:
    page = (
        "<html><head><title>Minister’s statement</title></head><body><article>"
        f"<h1>“Café diplomacy” – the Minister’s visit</h1><p>{RELEASE} Señor García attended…</p>"
        "</article></body></html>"
    )
    path = tmp_path / "statement.html"
    path.write_bytes(page.encode("cp1252"))
    title, text = imported(runner, isolated_db, path)
    assert title == "“Café diplomacy” – the Minister’s visit"
    assert "Señor García attended…" in text


@pytest.mark.parametrize(
    ("data", "declared"),
    [
        (f"+ADw-b+AD4-{ASCII}".encode(), "utf-7"),
        (f"<html><head><meta charset='utf-7'></head><body><p>+ADw-b+AD4-{ASCII}</p></body>".encode(), None),
        (f"C:\\u0e01\\x41 {RELEASE}".encode(), "unicode_escape"),
        (f"Caf\\xe9 {RELEASE}".encode(), "raw_unicode_escape"),
    ],
    ids=["utf-7 header", "utf-7 meta", "unicode_escape", "raw_unicode_escape"],
)
def test_charsets_no_browser_reads_are_ignored(data: bytes, declared: str | None) -> None:
    text = decode_bytes(data, declared=declared)
    assert RELEASE in text or ASCII in text
    assert data.decode("utf-8").split("<p>")[-1].split("</p>")[0] in text  # read as the UTF-8 it is


def test_every_encoding_label_names_a_codec_python_has() -> None:
    from dialogtrack.decode import LABELS

    assert {LABELS[label] for label in ("utf-8", "tis-620", "windows-874", "iso-8859-1", "ascii", "shift_jis")} == {
        "utf-8",
        "cp874",
        "cp1252",
        "cp932",
    }
    for codec in set(LABELS.values()):
        codecs.lookup(codec)
    assert "utf-7" not in LABELS and "unicode_escape" not in LABELS


@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 20_000 + f"<p>{RELEASE}</p>" + "</div>" * 20_000,
        "<div><span>" * 20_000 + f"<p>{RELEASE}</p>",
        "<b id=x>" * 20_000 + f"<p>{RELEASE}</p>" * 1_000,
    ],
    ids=["20,000 nested divs", "20,000 unclosed div-span pairs", "20,000 unclosed b, then paragraphs"],
)
def test_html_too_deep_to_parse_is_read_as_plain_text_with_a_note(tmp_path: Path, markup: str) -> None:
    from .processes import run

    path = tmp_path / "deep.html"
    path.write_text(f"<html><head><title>Deep</title><script>var x = '<div>';</script></head><body>{markup}</body>")
    result = run(["import", path], tmp_path / "t.db")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(
        f"Note: {re.escape(str(path))}: HTML nested [0-9,]+ levels deep, too deep to read as a page in reasonable "
        r"time: read as plain text \(menus and footers may be in it\)\n",
        result.stderr,
    )
    with sqlite3.connect(tmp_path / "t.db") as conn:
        [(title, text)] = conn.execute("select title, text from documents").fetchall()
    assert title == "Deep" and text.startswith(RELEASE) and "var x" not in text


def test_an_ordinary_large_page_is_parsed_as_a_page() -> None:
    from dialogtrack.webpage import read_html

    rows = "".join(f"<li><a href='/{i}'>Menu item {i}</a></li>" for i in range(5_000))
    paragraphs = "".join(f"<p>Paragraph {i} of the release.</p>" for i in range(20_000))
    page = f"<body><nav><ul>{rows}</ul></nav><article><h1>Talks</h1>{paragraphs}</article></body>"
    title, text, note = read_html(page)
    assert note is None
    assert title == "Talks" and "Menu item" not in text and "Paragraph 19999 of the release." in text
