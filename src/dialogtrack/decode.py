"""Bytes to text, by an explicit order, with an error the user can act on when they are not text.

The order: byte-order mark, declared charset (HTTP header, then ``<meta>``), strict UTF-8, Thai cp874
when the result reads as Thai, then windows-1252 when it reads as Latin-script prose (the fallback
browsers use for undeclared Latin pages). Legacy Thai pages are why Thai comes first: their labels
(tis-620, iso-8859-11, windows-874) all mean cp874, and Python's own ``tis_620`` codec turns 0x80-0x9F
into invisible controls. Only labels a browser reads are obeyed (the WHATWG encoding labels): Python's
own codecs, such as utf-7 and unicode_escape, would rewrite the article. Nothing is decoded with
replacement characters: bytes we cannot read are an error the user can fix, not mojibake in the store.
Terminal escape sequences, zero-width and bidi controls, and stray control characters are removed
(a few of them do not make a text binary); Thai is never NFKC'd.
"""

from __future__ import annotations

import re

_SAVE_AS = "save the page as UTF-8 text or HTML"
NOT_TEXT = f"not text: the bytes are neither UTF-8 nor Thai cp874 (nor Latin windows-1252); {_SAVE_AS}"

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
_ENCODINGS = {
    "utf-8": "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8",
    "cp866": "866 cp866 csibm866 ibm866",
    "iso8859-2": "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    "iso8859-3": "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    "iso8859-4": "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    "iso8859-5": "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988",
    "iso8859-6": "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e "
    "iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    "iso8859-7": "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 "
    "iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    "iso8859-8": "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 "
    "iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical",
    "iso8859-10": "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    "iso8859-13": "iso-8859-13 iso8859-13 iso885913",
    "iso8859-14": "iso-8859-14 iso8859-14 iso885914",
    "iso8859-15": "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    "iso8859-16": "iso-8859-16",
    "koi8-r": "cskoi8r koi koi8 koi8-r koi8_r",
    "koi8-u": "koi8-ru koi8-u",
    "mac-roman": "csmacintosh mac macintosh x-mac-roman",
    "mac-cyrillic": "x-mac-cyrillic x-mac-ukrainian",
    # windows-874; with the spellings legacy Thai pages use besides the standard's
    "cp874": "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874 tis620 tis_620 iso_8859-11 "
    "cp874 x-cp874 ibm874",
    "cp1250": "cp1250 windows-1250 x-cp1250",
    "cp1251": "cp1251 windows-1251 x-cp1251",
    "cp1252": "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 iso88591 "
    "iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    "cp1253": "cp1253 windows-1253 x-cp1253",
    "cp1254": "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 "
    "latin5 windows-1254 x-cp1254",
    "cp1255": "cp1255 windows-1255 x-cp1255",
    "cp1256": "cp1256 windows-1256 x-cp1256",
    "cp1257": "cp1257 windows-1257 x-cp1257",
    "cp1258": "cp1258 windows-1258 x-cp1258",
    "gbk": "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    "gb18030": "gb18030",
    "big5hkscs": "big5 big5-hkscs cn-big5 csbig5 x-x-big5",
    "euc-jp": "cseucpkdfmtjapanese euc-jp x-euc-jp",
    "iso2022-jp": "csiso2022jp iso-2022-jp",
    "cp932": "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    "cp949": "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 "
    "windows-949",
    "utf-16-be": "unicodefffe utf-16be",
    "utf-16-le": "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
}
"""The encodings a browser reads (the WHATWG Encoding Standard) as Python codecs, each with its labels.
A label that is not here (utf-7, unicode_escape, rot13, x-no-such-codec) is ignored, as a browser
ignores it: Python would otherwise apply any of its codecs a page names, and utf-7 or unicode_escape
turn an article into something else. The ``replacement`` and ``x-user-defined`` encodings are left out
on purpose: they read no text."""
LABELS = {label: codec for codec, labels in _ENCODINGS.items() for label in labels.split()}
_WEAK = "cp1252"
"""What servers and editors declare by default whatever a page is (iso-8859-1, us-ascii and windows-1252
all mean windows-1252): tried only after UTF-8 and Thai."""
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
    if labels[0] and labels[0].startswith("utf-16"):  # declared UTF-16 has NUL bytes
        try:
            return _checked(data.decode(labels[0]))
        except UnicodeDecodeError:
            pass
    strong = [label for label in labels if label and label != _WEAK]
    weak = [label for label in labels if label == _WEAK]
    for codec in dict.fromkeys([*strong, "utf-8", "thai", *weak, "latin"]):
        try:
            text = data.decode({"thai": "cp874", "latin": _WEAK}.get(codec, codec))
        except UnicodeDecodeError:
            continue
        if codec == "thai" and not _reads_as_thai(text):
            continue
        if codec == "latin" and not _reads_as_latin(text):
            continue
        return _checked(text)
    raise ValueError(NOT_TEXT)


def _codec_label(label: str | None, *, from_meta: bool) -> str | None:
    """The codec a declared label names, or None for a label a browser would not read (see ``LABELS``)."""
    if not label:
        return None
    codec = LABELS.get(label.strip(" \t\n\f\r\"'").lower())
    if from_meta and codec is not None and codec.startswith("utf-16"):
        return "utf-8"  # a page that can be read to find its <meta> is ASCII-compatible (WHATWG)
    return codec


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


_LATIN_LETTERS = frozenset("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸƒ")
_LATIN_PUNCTUATION = frozenset("‘’‚“”„–—…•€™\xa0«»©®°¡¿·§¶±×÷¢£¥¹²³¼½¾ºª´¨¸¯¦¬µ†‡‰‹›ˆ˜")
_LONE_LETTERS = frozenset("àÀéÉèÈòÒóÓùÙ")
"""Accented letters that are words alone (French à, Portuguese é, Italian è, Spanish ó)."""


def _reads_as_latin(text: str) -> bool:
    """Whether text decoded as windows-1252 is plausibly Latin-script prose (English with "café" and
    smart quotes, French, Spanish…), not bytes of another kind seen through it: every character beyond
    ASCII is a Latin letter or typographic punctuation, accented letters are a minority of the letters,
    and an accented letter stands inside a word (or is one of the few that are words alone)."""
    letters = accented = 0
    for i, ch in enumerate(text):
        if ch.isascii():
            letters += ch.isalpha()
            continue
        if ch in _LATIN_PUNCTUATION:
            continue
        if ch not in _LATIN_LETTERS:
            return False
        letters += 1
        accented += 1
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if not (before.isalpha() or after.isalpha()) and ch not in _LONE_LETTERS:
            return False
    return accented <= 0.3 * letters


_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # C0 and C1 controls but tab, newlines, form feeds
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]")
"""Terminal escape sequences (CSI, OSC, two-character): removed whole, so no "[31m" is left behind."""
BINARY_SHARE = 20
"""One control character in this many (after escape sequences are removed) makes bytes binary data
rather than text with a few stray controls: a text file may carry a NUL at its end, a BEL or a
colour code or two; UTF-16 without its byte-order mark, an executable or a database file carry far more."""


def _checked(text: str) -> str:
    if _CONTROLS.search(text):  # most texts have none: counted and removed only when there are
        text = _ESCAPES.sub("", text)
        controls = len(_CONTROLS.findall(text))
        if controls > 3 and controls * BINARY_SHARE > len(text):
            raise ValueError(f"not text: too many control characters (binary data); {_SAVE_AS}")
        # The few controls a text file may carry (a stray NUL, a BEL) go too: they mean nothing in a
        # release, and nothing downstream should have to guard against them.
        text = _CONTROLS.sub("", text)
    text = INVISIBLE.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")
