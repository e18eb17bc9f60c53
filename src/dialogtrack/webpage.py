"""HTML to the article's title and text, with selectolax.

selectolax is imported inside ``html_to_text`` (start-up time is part of the product). Chrome
(scripts, menus, headers, footers, share bars) is removed by tag and by class/id words, the main node is
the article/main/content element, and every walk over the tree is iterative, so a 10,000-deep page
cannot overflow the stack. Give it decoded ``str``, never bytes: it garbles cp874.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from dialogtrack.decode import INVISIBLE
from dialogtrack.markup import measure, plain_text

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

_DROP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "nav", "aside", "iframe", "svg", "math", "object", "embed"}
    | {"canvas", "dialog", "button", "select", "head", "title", "meta", "link"}
)
_CONTENT_ROOTS = frozenset({"article", "main"})
_CHROME_WORDS = frozenset(
    {"nav", "navbar", "navigation", "menu", "menus", "menubar", "mainmenu", "topmenu", "submenu"}
    | {"breadcrumb", "breadcrumbs", "sidebar", "share", "sharing", "social", "cookie", "cookies", "consent"}
    | {"related", "pagination", "pager", "comments", "advert", "ads", "widget", "toolbar", "skiplink"}
    | {"complementary", "search"}  # ARIA roles
)
_EDGE_WORDS = frozenset({"header", "footer", "masthead", "contentinfo", "banner"})
_MAIN_WORDS = frozenset({"content", "entry", "post", "article", "story", "newsdetail", "detail", "details"})
_GUARD = "article, main, [role=main]"
_PARAGRAPHS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure", "hr"}
)
_BLOCKS = _PARAGRAPHS | {"div", "section", "article", "main", "header", "footer", "li", "dt", "dd", "tr"}
_BLOCKS |= {"address", "caption", "center", "details", "summary", "figcaption", "fieldset", "form"}
_SPACES = re.compile(r"[ \t\f\v\xa0\u2000-\u200a\u3000]+")
_WHITESPACE = re.compile(r"[\s\xa0]+")
_TITLE_SUFFIX = re.compile(r"^(.*\S)\s+([|\-–—·•])\s+(\S.*)$")


def html_to_text(html: str) -> tuple[str, str]:
    """Return ``(title, main text)`` of an HTML page given as decoded ``str``."""
    title, text, _ = read_html(html)
    return title, text


def read_html(html: str) -> tuple[str, str, str | None]:
    """``(title, main text, note)`` of an HTML page; the note says when the page was too deeply nested
    to be parsed in reasonable time and was read as plain text instead (see ``markup``)."""
    nesting = measure(html)
    if nesting.too_deep():
        title, text = plain_text(html)
        note = (
            f"HTML nested {nesting.deepest:,} levels deep, too deep to read as a page in reasonable time: "
            "read as plain text (menus and footers may be in it)"
        )
        return title or first_line(text), text, note
    return (*_parsed(html), None)


def _parsed(html: str) -> tuple[str, str]:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    site_names = [m.attributes.get("content") or "" for m in tree.css("meta[property='og:site_name']")]
    site_names += [m.attributes.get("content") or "" for m in tree.css("meta[name='application-name']")]
    title_node = tree.css_first("title")
    page_title = one_line(title_node.text()) if title_node else ""
    body = tree.body or tree.root
    if body is None:
        return page_title, ""
    chrome = _remove_chrome(tree, body)
    main = _main_node(tree, body)
    text = _block_text(main)
    heading = next((t for h in main.css("h1") if (t := one_line(h.text()))), "")
    title = heading or _strip_site_suffix(page_title, site_names, " ".join(chrome))
    if not title:
        title = next((t for h in body.css("h1, h2") if (t := one_line(h.text()))), "")
    return title or first_line(text), text


def _words(node: LexborNode) -> frozenset[str]:
    attrs = node.attributes
    raw = " ".join(value for key in ("class", "id", "role") if (value := attrs.get(key)))
    raw = re.sub(r"([a-z])([A-Z])", r"\1 \2", raw).lower().replace("news-detail", "newsdetail")
    return frozenset(re.split(r"[\s_-]+", raw)) - {""}


def _is_chrome(node: LexborNode, in_content: bool, holds: tuple[set[int], set[int], set[int]]) -> bool:
    """Whether ``node`` is site chrome; ``holds``: ids of ancestors of article/main, of h1, of p."""
    tag = node.tag or ""
    if tag in ("html", "body") or tag in _CONTENT_ROOTS or node.attributes.get("role") == "main":
        return False
    if tag in _DROP_TAGS or "hidden" in node.attributes:
        return True
    words = _words(node)
    if tag in ("header", "footer") or words & _EDGE_WORDS:
        # A header inside the article (title, date, views) is content; "content-header" is too.
        return not in_content and not words & _MAIN_WORDS and node.mem_id not in holds[0]
    if words & _CHROME_WORDS:  # but never a "has-sidebar" wrapper around the article
        return node.mem_id not in holds[1]
    if tag == "form":  # search boxes go; a page-wide ASP.NET <form> stays
        return node.mem_id not in holds[2]
    return False


_ENTER, _LEAVE, _TEXT = 0, 1, 2


def _events(root: LexborNode, skip: Callable[[LexborNode], bool]) -> Iterator[tuple[int, LexborNode]]:
    """Depth-first enter/leave/text events below ``root``, skipping subtrees; a loop, not recursion."""
    node = root.child
    while node is not None:
        if node.is_text_node:
            yield _TEXT, node
        elif node.is_element_node and not skip(node):
            yield _ENTER, node
            if node.child is not None:
                node = node.child
                continue
            yield _LEAVE, node
        while node.next is None:
            node = node.parent
            if node is None or node.mem_id == root.mem_id:
                return
            yield _LEAVE, node
        node = node.next


def _holders(nodes: list[LexborNode], known: set[int]) -> set[int]:
    """``known`` plus the ids of ``nodes`` and their ancestors; linear, as a walk up stops at a known id."""
    held = set(known)
    for node in nodes:
        current: LexborNode | None = node
        while current is not None and current.mem_id not in held:
            held.add(current.mem_id)
            current = current.parent
    return held


def _remove_chrome(tree: LexborHTMLParser, body: LexborNode) -> list[str]:
    """Remove menus, headers, footers, scripts… from the tree; return the texts of site chrome removed."""
    removed: list[LexborNode] = []
    depth = [0]  # how many article/main elements we are inside
    roots = _holders(tree.css(_GUARD), set())
    headed = _holders(tree.css("h1"), roots)
    holds = (roots, headed, _holders(tree.css("p"), headed))

    def skip(node: LexborNode) -> bool:
        if _is_chrome(node, depth[0] > 0, holds):
            removed.append(node)
            return True
        return False

    for kind, node in _events(body, skip):
        if kind != _TEXT and (node.tag in _CONTENT_ROOTS or node.attributes.get("role") == "main"):
            depth[0] += 1 if kind == _ENTER else -1
    chrome = [one_line(n.text(separator=" ")) for n in removed if n.tag not in _DROP_TAGS - {"nav"}]
    for node in removed:  # none is inside another: the walk does not enter a removed subtree
        node.decompose()
    return chrome


def _sizes(body: LexborNode) -> tuple[dict[int, int], int]:
    """How many characters of text each element below ``body`` holds (spaces left out), by ``mem_id``,
    and the body's own total: one walk, so nested candidates do not each count their text again."""
    sizes: dict[int, int] = {}
    opened: list[int] = []
    count = 0
    for kind, node in _events(body, lambda n: False):
        if kind == _TEXT:
            count += len("".join((node.text_content or "").split()))
        elif kind == _ENTER:
            opened.append(count)
        else:
            sizes[node.mem_id] = count - opened.pop()
    return sizes, count


def _main_node(tree: LexborHTMLParser, body: LexborNode) -> LexborNode:
    """article, else main, else role=main, else the largest content-like element, else body."""
    sizes, total = _sizes(body)
    groups = [tree.css("article"), tree.css("main"), tree.css("[role=main]")]
    groups.append([n for n in tree.css("[class], [id]") if _words(n) & _MAIN_WORDS])
    for group in groups:
        sized = [(sizes.get(node.mem_id, 0), node) for node in group]
        best = max(sized, key=lambda pair: pair[0], default=None)  # first of equals: the outermost
        if best and best[0] > 0 and best[0] >= 0.2 * total:
            return best[1]
    return body


def _block_text(root: LexborNode) -> str:
    parts: list[str] = []
    pending = 0  # line breaks owed before the next text: 1 after a block, 2 after a paragraph
    pre = 0
    for kind, node in _events(root, lambda n: n.tag in _DROP_TAGS):
        tag = node.tag or ""
        if kind == _TEXT:
            text = node.text_content or ""
            if not pre:
                text = _WHITESPACE.sub(" ", text)
            if pending and not text.strip():
                continue
            if pending and parts:
                parts.append("\n" * pending)
            pending = 0
            parts.append(text)
        elif tag == "br" and kind == _ENTER:
            parts.append("\n" * (pending + 1) if parts else "")
            pending = 0
        elif tag in _BLOCKS:
            pending = max(pending, 2 if tag in _PARAGRAPHS else 1)
            if tag == "pre":
                pre += 1 if kind == _ENTER else -1
        elif tag in ("td", "th") and kind == _LEAVE:
            parts.append(" ")
    return _tidy_lines("".join(parts))


def _tidy_lines(text: str) -> str:
    lines: list[str] = []
    for raw in INVISIBLE.sub("", text).split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")


def one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", INVISIBLE.sub("", text)).strip()


def _strip_site_suffix(title: str, site_names: list[str], chrome: str) -> str:
    """Drop " - Site" / " | Site" when the tail is the site's name: declared, or shown in the page chrome."""
    match = _TITLE_SUFFIX.match(title)
    if not match:
        return title
    head, separator, tail = match.groups()
    names = {one_line(name) for name in site_names} - {""}
    looks_like_site = (
        tail in names
        or (len(tail) >= 4 and tail in one_line(chrome))
        or re.search(r"\b[\w-]+\.(com|org|net|go\.th|or\.th|co\.th|gov|int)\b", tail) is not None
        or separator == "|"
    )
    return head if looks_like_site else title


def first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


def looks_like_html(text: str) -> bool:
    start = text[:2048].lstrip().lower()
    return start.startswith(("<!doctype", "<html")) or re.search(r"<(body|p|head)[\s>]", start) is not None
