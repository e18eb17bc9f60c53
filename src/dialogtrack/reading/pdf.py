"""PDF and Word releases to text: ministries publish joint statements and press releases as PDF.

Why pypdf: it is pure Python and well kept, and on Thai it keeps vowels and tone marks in the order
they are written. Measured on PDFs set in a Thai font, plain and shaped (HarfBuzz): pypdf gave every
word back in order; pdfminer.six broke lines at every tone mark ("ญี" / "่ปุ" / "่น"); PDFium
(pypdfium2), five times faster, moved tone marks after their syllable once glyphs were shaped
("ครังที่ ้" for "ครั้งที่"). A release is a few pages, so pypdf's speed does not matter.

Text is taken page by page in the order the page draws it, pages separated by a blank line. pypdf
writes a space for each gap between positioned runs, so runs of spaces become one; lines the page
wrapped are joined back into their paragraph (``_reflow``), since recognition reads sentences. A PDF with no text
layer (a scanned image) has nothing to read: that is an error naming what to do, not an empty release.

``.docx`` files go through python-docx: paragraphs (and table cells) in document order.
"""

from __future__ import annotations

import io
import logging
import re

from dialogtrack.reading.decode import INVISIBLE

_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")

DAMAGED = "cannot read the PDF: damaged or incomplete; check the file, or download it again"
NO_TEXT_LAYER = (
    "a PDF with no text layer (a scanned image?); run it through OCR, or import the release's web page or text"
)


def _clean(text: str) -> str:
    text = INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


_SENTENCE_END = (".", "!", "?", ":", ";", "”", '"', ")", "ฯ")


def _reflow(text: str) -> str:
    """Lines a page wrapped joined back into their paragraph. A PDF knows lines, not paragraphs: a line
    that runs (nearly) the width of the page's longest and does not end a sentence is taken to go on
    in the next one, so a sentence that names a round and its co-chairs stays one sentence."""
    lines = text.split("\n")
    widest = max((len(line) for line in lines), default=0)
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and line:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        joining = bool(line) and len(line) >= 0.75 * widest and not line.endswith(_SENTENCE_END)
    return "\n".join(out)


def pdf_to_text(data: bytes) -> tuple[str, str]:
    """The title (the document's own, else its first line) and text of a PDF; ValueError, with a
    message to show, when it cannot be read or has no text."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # pypdf logs what it repairs ("EOF marker not found") as warnings; a user sees one line per input.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ValueError("an encrypted PDF that needs a password; save it without one and import it again")
        pages = [_reflow(_clean(page.extract_text() or "")) for page in reader.pages]
        title = " ".join(str((reader.metadata.title if reader.metadata else None) or "").split())
    except ValueError:
        raise
    except (PyPdfError, OSError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        raise ValueError(DAMAGED) from None
    text = "\n\n".join(page for page in pages if page)
    if not text:
        raise ValueError(NO_TEXT_LAYER)
    first = next((line for line in text.split("\n") if line.strip()), "")
    return (title if _real_title(title) else first), text


def _real_title(title: str) -> bool:
    """Whether a document's title property names the release, not the file or the program it came from."""
    folded = title.casefold()
    return bool(title) and not re.search(r"\.(docx?|pdf|odt|rtf)\b|^microsoft word|^untitled|^document\d*$", folded)


def docx_to_text(data: bytes) -> tuple[str, str]:
    """The title (the document's own, else its first line) and text of a Word .docx file."""
    from zipfile import BadZipFile

    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise ValueError(f"cannot read the Word file ({error}); check that it is a whole .docx file") from None
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" | ".join(dict.fromkeys(cell.text.strip() for cell in row.cells)))
    text = _clean("\n".join(parts))
    if not text:
        raise ValueError("empty: no text to import")
    first = next((line for line in text.split("\n") if line.strip()), "")
    title = " ".join((document.core_properties.title or "").split())
    return (title if _real_title(title) else first), text
