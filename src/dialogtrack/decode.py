"""Bytes to text, by an explicit order, with an error the user can act on when they are not text.

The order: byte-order mark, declared charset (HTTP header, then ``<meta>``), strict UTF-8, then Thai
cp874 when the result reads as Thai. Legacy Thai pages are why: their labels (tis-620, iso-8859-11,
windows-874) all mean cp874, and Python's own ``tis_620`` codec turns 0x80-0x9F into invisible
controls. Nothing is decoded with replacement characters: bytes we cannot read are an error the user
can fix, not mojibake in the store. Zero-width and bidi controls, and stray control characters, are
removed; Thai is never NFKC'd.
"""

from __future__ import annotations

import re

_SAVE_AS = "save the page as UTF-8 text or HTML"
NOT_TEXT = f"not text: the bytes are neither UTF-8 nor Thai cp874; {_SAVE_AS}"

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive or office file"),
    (b"\x1f\x8b", "a gzip archive"),
)
_THAI_LABELS = frozenset(
    {"tis-620", "tis620", "tis_620", "iso-8859-11", "iso8859-11", "iso_8859-11", "windows-874"}
    | {"cp874", "x-cp874", "dos-874", "ibm874"}
)
# Labels servers send by default whatever the page is: tried only after UTF-8 and Thai.
_WEAK_LABELS = frozenset({"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"})
_WEAK_LABELS |= {"windows-1252", "cp1252", "x-cp1252"}
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_.:-]+)""", re.IGNORECASE)
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
"""Zero-width and bidi formatting characters: they can make a name show as something else."""
_THAI_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)

_SHARED_PUNCTUATION = frozenset(bytes(range(0x80, 0xA1)).decode("cp874", errors="ignore"))


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode a page's bytes to clean text; raise ``ValueError`` with a human message if they are not text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ValueError(f"not text: looks like a PDF/image/archive ({kind}); {_SAVE_AS}")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom) :].decode(codec))
            except UnicodeDecodeError:
                raise ValueError(f"not text: has a {codec} byte-order mark but is not {codec}") from None
    labels = [_codec_label(declared, from_meta=False), _codec_label(_meta_charset(data), from_meta=True)]
    if labels[0] and labels[0].startswith(("utf-16", "utf-32")):  # declared UTF-16/32 has NUL bytes
        try:
            return _checked(data.decode(labels[0]))
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise ValueError(f"not text: contains NUL bytes (binary data); {_SAVE_AS}")
    strong = [label for label in labels if label and label not in _WEAK_LABELS]
    weak = [label for label in labels if label and label in _WEAK_LABELS]
    for codec in [*strong, "utf-8", "thai", *weak]:
        try:
            text = data.decode("cp874" if codec == "thai" else codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if codec != "thai" or _reads_as_thai(text):
            return _checked(text)
    raise ValueError(NOT_TEXT)


def _codec_label(label: str | None, *, from_meta: bool) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _THAI_LABELS:
        return "cp874"
    if from_meta and label.startswith(("utf-16", "utf-32", "ucs")):
        return "utf-8"  # a page that can be read to find its <meta> is ASCII-compatible (WHATWG)
    return label


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _reads_as_thai(text: str) -> bool:
    """Whether text decoded as cp874 is plausibly Thai, not Latin-1 or junk seen through cp874.

    Smart quotes, dashes, "…", "€" and NBSP are the same bytes in cp874 and windows-1252, so text whose
    only non-ASCII characters are those reads the same either way and is accepted.
    """
    non_ascii = [ch for ch in text if ord(ch) > 0x7F and ch not in _SHARED_PUNCTUATION]
    thai = sum(1 for ch in non_ascii if "\u0e01" <= ch <= "\u0e5b")
    if not non_ascii:
        return True
    if thai < 0.7 * len(non_ascii):
        return False
    orphans = sum(
        1 for i, ch in enumerate(text) if ch in _THAI_MARKS and (i == 0 or not "\u0e01" <= text[i - 1] <= "\u0e5b")
    )
    return orphans <= 0.1 * thai


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls but tab, newlines, form feeds


def _checked(text: str) -> str:
    if _CONTROLS.search(text):  # most texts have none: counted and removed only when there are
        if len(_CONTROLS.findall(text)) > max(3, len(text) // 50):
            raise ValueError(f"not text: too many control characters (binary data); {_SAVE_AS}")
        # The few controls a text file may carry (a stray NUL, an escape sequence's ESC) go too: they
        # mean nothing in a release, and nothing downstream should have to guard against them.
        text = _CONTROLS.sub("", text)
    text = INVISIBLE.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")
