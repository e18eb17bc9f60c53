"""A linear look at HTML before it is parsed, and a plain reading for pages too deeply nested to parse.

An HTML tree builder checks, for most tags, the elements open around it (the "scope" of a ``<p>``, a
heading or a list), so its work grows with the number of tags times their depth: 200,000 nested
``<div>``s (2.4 MB) took lexbor 102 s, and 100,000 unclosed ``<div><span>`` 47 s. ``measure`` counts,
in one pass over the markup, how deep the tags nest and that product; past ``MOST_WORK`` the page is
not parsed but read by ``plain_text``, which takes the text between the tags in one pass
too (no article detection: the whole page's text), and a note says so.

Both passes use ``str.find`` and bounded patterns only, so neither can backtrack over a 20 MB page.
"""

from __future__ import annotations

import html as entities
import re
from collections.abc import Iterator
from dataclasses import dataclass

MOST_WORK = 50_000_000
"""Tags times their depth: about a fifth of a second of tree building. An ordinary page is far below
(a 20 MB page of 1,000,000 tags at depth 20 is 20,000,000)."""

_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
_IMPLIED_END = frozenset(
    {"p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup"}
    | {"caption", "rb", "rt", "rtc", "rp", "html", "head", "body"}
)
"""Elements a new one of their kind (or their parent's end) closes: they do not nest by being left open."""
_RAW_TEXT = ("script", "style", "noscript", "template", "textarea", "title", "xmp", "iframe")
_SKIPPED = frozenset({"script", "style", "noscript", "template", "title"})
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "header", "footer", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "br", "hr", "address", "figure", "figcaption"}
)
_TAG = re.compile(r"<(/?)([A-Za-z][^\s/<>]*)[^<>]*>")


@dataclass(frozen=True)
class Nesting:
    deepest: int
    work: int

    def too_deep(self) -> bool:
        return self.work > MOST_WORK


_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")


def _tags(html: str) -> Iterator[tuple[bool, str, int, int]]:
    """(closing, lower-case name, start, end) of each tag, comments and the insides of raw-text elements
    (script, style…) skipped; one pass."""
    lower = html.lower()
    at = 0
    while (start := html.find("<", at)) != -1:
        if html.startswith("<!--", start):
            end = html.find("-->", start + 4)
            at = len(html) if end == -1 else end + 3
            continue
        match = _TAG.match(html, start)
        if match is None:
            at = start + 1
            continue
        closing, name = match.group(1) == "/", match.group(2).lower()
        yield closing, name, start, match.end()
        at = match.end()
        if not closing and name in _RAW_TEXT:
            end = lower.find(f"</{name}", at)
            if end == -1:
                return
            if name in _SKIPPED:
                yield False, "#skipped", at, end
            at = end


def measure(html: str) -> Nesting:
    """How deep the elements of ``html`` nest (as a tree builder would open them) and the work that
    building its tree takes (each tag times the depth it is at). A page of few tags cannot hold much
    work, and is not looked at."""
    tags = html.count("<")
    if tags * tags // 2 <= MOST_WORK:
        return Nesting(0, 0)
    depth = deepest = work = 0
    for closing, name in _NAME.findall(_without_raw_text(html)):
        work += depth
        name = name.lower()
        if name in _VOID or name in _IMPLIED_END:
            continue
        if closing:
            depth = depth - 1 if depth else 0
        else:
            depth += 1
            deepest = max(deepest, depth)
    return Nesting(deepest, work)


_RAW_ENDS = {"<!--": "-->", "<script": "</script", "<style": "</style"}


def _without_raw_text(html: str) -> str:
    """``html`` without its comments and the insides of scripts and styles (whose "<" are not tags).

    Each kind's next start is looked for again only once passed, so the pass stays linear however
    many comments a page holds."""
    lower = html.lower()
    parts: list[str] = []
    at = 0
    following = {mark: lower.find(mark) for mark in _RAW_ENDS}
    while True:
        for mark, found in following.items():
            if found != -1 and found < at:
                following[mark] = lower.find(mark, at)
        ahead = [(found, mark) for mark, found in following.items() if found != -1]
        if not ahead:
            break
        start, mark = min(ahead)
        parts.append(html[at:start])
        end = lower.find(_RAW_ENDS[mark], start + len(mark))
        if end == -1:  # unclosed: the rest of the page is inside it
            return "".join(parts)
        at = end + len(_RAW_ENDS[mark])
        if mark != "<!--":  # past the end tag's ">"
            close = lower.find(">", at)
            at = len(html) if close == -1 else close + 1
    parts.append(html[at:])
    return "".join(parts)


_SPACES = re.compile(r"[ \t\f\v\r\xa0]+")


def plain_text(html: str) -> tuple[str, str]:
    """``(title, text)`` of a page read without building its tree: the text between its tags, blocks on
    lines of their own, entities decoded; scripts, styles and the title left out of the text."""
    parts: list[str] = []
    title = ""
    at = 0
    previous = ""
    for _, name, start, end in _tags(html):
        if name == "#skipped":  # the inside of a script, a style, a title…
            if previous == "title" and not title:
                title = " ".join(entities.unescape(html[start:end]).split())
        else:
            parts.append(html[at:start])
            if name in _BLOCKS:
                parts.append("\n")
        at, previous = end, name
    parts.append(html[at:])
    lines = [" ".join(_SPACES.sub(" ", entities.unescape(line)).split()) for line in "".join(parts).split("\n")]
    return title, "\n".join(line for line in lines if line)
