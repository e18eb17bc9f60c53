"""PDF and Word releases, made by the tests themselves (fpdf2, python-docx), imported through the CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from dialogtrack.cli import app

THAI_FONTS = [
    Path("/usr/share/fonts/truetype/tlwg/Garuda.ttf"),
    Path("/usr/share/fonts/truetype/tlwg/Loma.ttf"),
    Path("/usr/share/fonts/truetype/tlwg/Kinnari.ttf"),
]

THAI_HEADLINE = "การหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น ครั้งที่ ๕"
THAI_BODY = (
    "เมื่อวันที่ ๑๒ มีนาคม ๒๕๖๘ นางสาวพิมพ์ใจ ใจดี ปลัดกระทรวงการต่างประเทศ และนายทาเคชิ ยามาดะ "
    "รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศญี่ปุ่น เป็นประธานร่วมการหารือเชิงยุทธศาสตร์ไทย-ญี่ปุ่น ครั้งที่ ๕ "
    "ณ กรุงเทพฯ ผู้นำทั้งสองฝ่ายได้หารือเรื่องน้ำ พลังงาน และกำหนดการเยือนครั้งต่อไป"
)
ENGLISH = [
    "Joint Press Release",
    "The Fifth Thailand-Japan Strategic Dialogue was held in Bangkok on 12 March 2025.",
]


def thai_font() -> Path:
    found = next((f for f in THAI_FONTS if f.is_file()), None)
    assert found is not None, "a Thai font is needed to write Thai PDFs: apt-get install fonts-thai-tlwg"
    return found


def pdf(pages: list[list[str]], *, thai: bool = False, title: str | None = None) -> bytes:
    """A PDF with a text layer: each page's paragraphs, in a Thai font or in Helvetica."""
    from fpdf import FPDF

    doc = FPDF()
    if title:
        doc.set_title(title)
    if thai:
        doc.add_font("Thai", fname=str(thai_font()))
    for paragraphs in pages:
        doc.add_page()
        doc.set_font("Thai" if thai else "Helvetica", size=14)
        for paragraph in paragraphs:
            doc.multi_cell(0, 9, paragraph, new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def scanned_pdf() -> bytes:
    """A PDF whose page is only a picture of text (no text layer), as a scanner makes."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (600, 200), "white")
    ImageDraw.Draw(image).text((20, 80), "The Fifth Strategic Dialogue", fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    doc = FPDF()
    doc.add_page()
    doc.image(io.BytesIO(buffer.getvalue()), x=10, y=10, w=180)
    return bytes(doc.output())


def run(runner: CliRunner, *args: str, code: int = 0) -> Any:
    result = runner.invoke(app, list(args))
    assert result.exit_code == code, result.output
    return result


def stored_text(runner: CliRunner, query: str) -> list[str]:
    return [
        m["sentence"]
        for hit in json.loads(run(runner, "search", query, "--format", "json").stdout)
        for m in hit["matches"]
    ]


def test_an_english_pdf_is_read_page_by_page(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf([ENGLISH[:1], ENGLISH[1:]], title="Fifth Thailand-Japan Strategic Dialogue"))
    assert "imported 1, unchanged 0, failed 0" in run(runner, "import", str(path)).stdout
    [meeting] = json.loads(run(runner, "timeline", "--format", "json").stdout)
    assert (meeting["series_id"], meeting["round"], meeting["start"], meeting["location"]) == (
        "jp-th-strategic-dialogue",
        5,
        "2025-03-12",
        "Bangkok",
    )
    assert meeting["sources"][0]["origin"] == str(path)
    [hit] = json.loads(run(runner, "search", "Fifth", "--format", "json").stdout)
    assert hit["title"] == "Fifth Thailand-Japan Strategic Dialogue"  # the document's own title
    assert [m["sentence"] for m in hit["matches"]] == [ENGLISH[1]]


@pytest.mark.parametrize("word", ["ครั้งที่", "ญี่ปุ่น", "เมื่อวันที่", "ผู้นำทั้งสองฝ่าย", "เรื่องน้ำ", "กำหนดการ", "ยุทธศาสตร์"])
def test_a_thai_pdf_keeps_vowels_and_tone_marks_in_order(runner: CliRunner, tmp_path: Path, word: str) -> None:
    path = tmp_path / "th.pdf"
    path.write_bytes(pdf([[THAI_HEADLINE, THAI_BODY]], thai=True))
    run(runner, "import", str(path))
    [hit] = json.loads(run(runner, "search", word, "--format", "json").stdout)
    assert hit["title"] == THAI_HEADLINE  # no title property: the first line
    assert any(word in m["sentence"] for m in hit["matches"])


def test_a_thai_pdf_gives_its_round(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "th.pdf"
    path.write_bytes(pdf([[THAI_HEADLINE, THAI_BODY]], thai=True))
    run(runner, "import", str(path))
    [meeting] = json.loads(run(runner, "timeline", "--format", "json").stdout)
    assert (meeting["series_id"], meeting["round"], meeting["start"]) == ("jp-th-strategic-dialogue", 5, "2025-03-12")
    assert {"พิมพ์ใจ ใจดี", "ทาเคชิ ยามาดะ"} <= set(meeting["co_chairs"])
    words = " ".join(stored_text(runner, "หารือ"))
    assert " ".join(THAI_BODY.split()) in " ".join(words.split())


def test_a_scan_is_one_line_naming_the_file_and_the_batch_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a-scan.pdf").write_bytes(scanned_pdf())
    (tmp_path / "b-damaged.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    (tmp_path / "c-not-a.pdf").write_bytes(b"just some words")
    (tmp_path / "d-good.pdf").write_bytes(pdf([ENGLISH]))
    result = run(runner, "import", str(tmp_path), code=1)
    assert result.stderr.splitlines() == [
        f"Error: {tmp_path / 'a-scan.pdf'}: a PDF with no text layer (a scanned image?); run it through OCR, "
        "or import the release's web page or text",
        f"Error: {tmp_path / 'b-damaged.pdf'}: cannot read the PDF: damaged or incomplete; check the file, "
        "or download it again",
        f"Error: {tmp_path / 'c-not-a.pdf'}: named .pdf but not a PDF; check the file",
    ]
    assert "imported 1, unchanged 0, failed 3" in result.stdout


def test_a_word_file_is_read_too(runner: CliRunner, tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    for paragraph in ENGLISH:
        document.add_paragraph(paragraph)
    path = tmp_path / "statement.docx"
    document.save(str(path))
    assert "imported 1" in run(runner, "import", str(tmp_path)).stdout
    [meeting] = json.loads(run(runner, "timeline", "--format", "json").stdout)
    assert (meeting["round"], meeting["start"]) == (5, "2025-03-12")
    [hit] = json.loads(run(runner, "search", "Fifth", "--format", "json").stdout)
    assert hit["title"] == "Joint Press Release"
