"""Characters that make a terminal act instead of show: one definition for everything dialogtrack prints.

Two treatments, for two kinds of text:

- **Shown text** (cells of a table, CSV or Markdown, error lines) has them removed (``printable``): an
  escape sequence in a place name or a URL cannot set the window title (``ESC]0;…BEL``), reset the
  terminal (``ESC c``) or recolour what follows.
- **Names of inputs** (file and folder names, URLs as typed) must stay whole, since they say where a
  document came from. A POSIX name is bytes; the bytes that are not UTF-8 reach Python as surrogate
  escapes (``os.fsdecode``), which SQLite cannot store and a terminal should not receive. ``escaped_name``
  writes each such byte, and each byte of a control, zero-width or bidi character, as ``\\xNN``: the
  name is kept byte for byte, stored as valid text, and shown as what it is (``b\\xff.txt``).
"""

from __future__ import annotations

import re

CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -~]?"  # ANSI CSI, OSC and two-byte escapes
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)
"""Escape sequences (whole) and control, zero-width and bidi characters: everything but tab and line
feed that makes a terminal do something rather than show something."""

_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\udc80-\udcff]")
"""What a name may not hold as is: controls (tab and line feed too), invisible characters, and the
surrogate escapes that stand for bytes that are not UTF-8."""


def printable(text: str) -> str:
    """``text`` with escape sequences and control characters removed (tabs and line breaks kept)."""
    return CONTROL.sub("", text) if CONTROL.search(text) else text


def escaped_name(name: str) -> str:
    """A file name, folder name or URL as valid, printable text that keeps every byte: bytes that are
    not UTF-8 and the bytes of control or invisible characters written as ``\\xNN``."""
    if not _UNSHOWABLE.search(name):
        return name
    return _UNSHOWABLE.sub(_escape, name)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\udc80" <= char <= "\udcff":  # os.fsdecode's stand-in for the byte 0x80-0xFF
        return f"\\x{ord(char) - 0xDC00:02x}"
    return "".join(f"\\x{byte:02x}" for byte in char.encode("utf-8"))
