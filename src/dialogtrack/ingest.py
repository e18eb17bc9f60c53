"""Inputs to text: files, folders, http(s) URLs and stdin become ``RawText``, or a ``SourceError``.

Design:

- Every input ends as exactly one ``RawText`` or one ``SourceError``. Errors are values here
  (``iter_inputs`` yields them, never raises them), so a batch reports a bad input and goes on.
- Bytes are decoded here and only here (``decode_bytes``), by an explicit order: byte-order mark,
  declared charset (HTTP header, then ``<meta>``), strict UTF-8, then Thai cp874 when the result reads
  as Thai. Legacy Thai pages are why: their labels (tis-620, iso-8859-11, windows-874) all mean cp874,
  and Python's own ``tis_620`` codec turns 0x80-0x9F into invisible controls. Nothing is decoded with
  replacement characters: bytes we cannot read are an error the user can fix, not mojibake in the store.
- HTML becomes main text with selectolax, imported inside ``html_to_text`` (start-up time is part of the
  product). Chrome (scripts, menus, headers, footers, share bars) is removed by tag and by class/id
  words, the main node is the article/main/content element, and every walk over the tree is iterative,
  so a 10,000-deep page cannot overflow the stack.
- The file system is ``stat``-ed before anything is opened, so a FIFO or a device never blocks an import;
  folder walks remember real paths, so symlink loops end.
"""

from __future__ import annotations

import http.client
import os
import re
import stat
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from pathlib import Path
from typing import IO, TYPE_CHECKING, BinaryIO
from urllib.parse import quote, urljoin, urlsplit

from dialogtrack import __version__
from dialogtrack.errors import SourceError

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})

_SAVE_AS = "save the page as UTF-8 text or HTML"
NOT_TEXT = f"not text: the bytes are neither UTF-8 nor Thai cp874; {_SAVE_AS}"
EMPTY = "empty: no text to import"
MISSING = "no such file or folder; check the path"

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
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]")
_THAI_MARKS = frozenset(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)

_SHARED_PUNCTUATION = frozenset(bytes(range(0x80, 0xA1)).decode("cp874", errors="ignore"))


@dataclass(frozen=True)
class RawText:
    """One input, decoded: where it came from, its title and its main text."""

    origin: str
    title: str
    text: str
    is_html: bool


# ---------------------------------------------------------------------------------------------- decoding


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


def _checked(text: str) -> str:
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) <= 0x9F)
    if controls > max(3, len(text) // 50):
        raise ValueError(f"not text: too many control characters (binary data); {_SAVE_AS}")
    text = _INVISIBLE.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------------------------- HTML

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
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    site_names = [m.attributes.get("content") or "" for m in tree.css("meta[property='og:site_name']")]
    site_names += [m.attributes.get("content") or "" for m in tree.css("meta[name='application-name']")]
    title_node = tree.css_first("title")
    page_title = _one_line(title_node.text()) if title_node else ""
    body = tree.body or tree.root
    if body is None:
        return page_title, ""
    chrome = _remove_chrome(tree, body)
    main = _main_node(tree, body)
    text = _block_text(main)
    heading = next((t for h in main.css("h1") if (t := _one_line(h.text()))), "")
    title = heading or _strip_site_suffix(page_title, site_names, " ".join(chrome))
    if not title:
        title = next((t for h in body.css("h1, h2") if (t := _one_line(h.text()))), "")
    return title or _first_line(text), text


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
    chrome = [_one_line(n.text(separator=" ")) for n in removed if n.tag not in _DROP_TAGS - {"nav"}]
    for node in removed:  # none is inside another: the walk does not enter a removed subtree
        node.decompose()
    return chrome


def _size(node: LexborNode) -> int:
    return sum(len(part) for part in node.text(separator=" ").split())


def _main_node(tree: LexborHTMLParser, body: LexborNode) -> LexborNode:
    """article, else main, else role=main, else the largest content-like element, else body."""
    total = _size(body)
    groups = [tree.css("article"), tree.css("main"), tree.css("[role=main]")]
    groups.append([n for n in tree.css("[class], [id]") if _words(n) & _MAIN_WORDS])
    for group in groups:
        sized = [(_size(node), node) for node in group]
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
    for raw in _INVISIBLE.sub("", text).split("\n"):
        line = _SPACES.sub(" ", raw).strip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip("\n")


def _one_line(text: str) -> str:
    return _WHITESPACE.sub(" ", _INVISIBLE.sub("", text)).strip()


def _strip_site_suffix(title: str, site_names: list[str], chrome: str) -> str:
    """Drop " - Site" / " | Site" when the tail is the site's name: declared, or shown in the page chrome."""
    match = _TITLE_SUFFIX.match(title)
    if not match:
        return title
    head, separator, tail = match.groups()
    names = {_one_line(name) for name in site_names} - {""}
    looks_like_site = (
        tail in names
        or (len(tail) >= 4 and tail in _one_line(chrome))
        or re.search(r"\b[\w-]+\.(com|org|net|go\.th|or\.th|co\.th|gov|int)\b", tail) is not None
        or separator == "|"
    )
    return head if looks_like_site else title


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.split("\n") if line.strip()), "")


def _looks_like_html(text: str) -> bool:
    start = text[:2048].lstrip().lower()
    return start.startswith(("<!doctype", "<html")) or re.search(r"<(body|p|head)[\s>]", start) is not None


# ---------------------------------------------------------------------------------------------- inputs


def _to_raw(origin: str, data: bytes, *, html: bool | None, declared: str | None = None) -> RawText:
    """Decode and extract; ``html=None`` sniffs. Raises SourceError for undecodable or empty input."""
    try:
        text = decode_bytes(data, declared=declared)
    except ValueError as error:
        raise SourceError(origin, str(error)) from None
    is_html = _looks_like_html(text) if html is None else html
    if is_html:
        from selectolax.lexbor import SelectolaxError

        try:
            title, text = html_to_text(text)
        except SelectolaxError as error:
            raise SourceError(origin, f"cannot parse the HTML: {error}") from None
    else:
        title = re.sub(r"^#+\s+", "", _first_line(text))
    if not text.strip():
        raise SourceError(origin, EMPTY)
    return RawText(origin=origin, title=title, text=text, is_html=is_html)


def _too_large(max_bytes: int) -> str:
    return f"larger than {max_bytes} bytes; raise --max-bytes"


def _os_problem(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return MISSING
    if isinstance(error, PermissionError):
        return "permission denied; check the permissions"
    return f"cannot read: {error.strerror or error}"


_NOT_REGULAR = "not a regular file or folder (a FIFO, socket or device); give files, folders or URLs"


def _read_file(path: Path, max_bytes: int) -> RawText:
    origin = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)  # non-blocking: a FIFO swapped in after our stat cannot hang us
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise SourceError(origin, _NOT_REGULAR)
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise SourceError(origin, _os_problem(error)) from None
    if len(data) > max_bytes:
        raise SourceError(origin, _too_large(max_bytes))
    suffix = path.suffix.lower()
    html = True if suffix in _HTML_SUFFIXES else False if suffix in _TEXT_SUFFIXES else None
    return _to_raw(origin, data, html=html)


def _expand_folder(folder: Path) -> list[Path | SourceError]:
    """Importable files below ``folder``, sorted; hidden names skipped; each real folder visited once."""
    found: list[tuple[tuple[str, ...], Path | SourceError]] = []
    seen = {os.path.realpath(folder)}
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as scan:
                entries = list(scan)
        except OSError as error:
            found.append((current.relative_to(folder).parts, SourceError(str(current), _os_problem(error))))
            continue
        for entry in entries:
            path = current / entry.name
            key = path.relative_to(folder).parts
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir():
                    real = os.path.realpath(path)
                    if real not in seen:
                        seen.add(real)
                        stack.append(path)
                elif path.suffix.lower() in SUFFIXES:
                    regular = stat.S_ISREG(entry.stat().st_mode)
                    found.append((key, path if regular else SourceError(str(path), _NOT_REGULAR)))
            except OSError as error:
                found.append((key, SourceError(str(path), _os_problem(error))))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _is_url(arg: str) -> bool:
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]+):", arg)
    if not match:
        return False
    return arg[match.end() :].startswith("//") or match.group(1).lower() in ("data", "mailto", "javascript")


def _path_items(arg: str) -> list[Path | SourceError]:
    """What one path argument expands to, without reading any file."""
    try:
        mode = os.stat(arg).st_mode
    except OSError as error:
        return [SourceError(arg, _os_problem(error))]
    if stat.S_ISDIR(mode):
        items = _expand_folder(Path(arg))
        return items or [SourceError(arg, "no .txt, .md, .html or .htm files in this folder")]
    if stat.S_ISREG(mode):
        return [Path(arg)]
    return [SourceError(arg, _NOT_REGULAR)]


def count_inputs(args: Sequence[str]) -> int:
    """How many RawText/SourceError items ``iter_inputs(args)`` yields (for a progress bar)."""
    return sum(1 if arg == "-" or _is_url(arg) else len(_path_items(arg)) for arg in args)


def iter_inputs(
    args: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
) -> Iterator[RawText | SourceError]:
    """One RawText or one SourceError per file, URL or "-" in ``args``; never raises for a bad input."""
    for arg in args:
        if arg == "-":
            yield _attempt(partial(_read_stdin, stdin, max_bytes))
        elif _is_url(arg):
            yield _attempt(partial(read_url, arg, timeout=timeout, max_bytes=max_bytes))
        else:
            for item in _path_items(arg):
                yield (item if isinstance(item, SourceError) else _attempt(partial(_read_file, item, max_bytes)))


def _attempt(read: Callable[[], RawText]) -> RawText | SourceError:
    try:
        return read()
    except SourceError as error:
        return error


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> RawText:
    origin = "<stdin>"
    try:
        data = (sys.stdin.buffer if stdin is None else stdin).read(max_bytes + 1)
    except OSError as error:
        raise SourceError(origin, f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise SourceError(origin, _too_large(max_bytes))
    return _to_raw(origin, data, html=None)


# ---------------------------------------------------------------------------------------------- URLs


_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")


class _RefusedRedirect(Exception):
    pass


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """urllib follows redirects to ftp:; we follow only http and https."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            fp.close()
            raise _RefusedRedirect(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def read_url(url: str, *, timeout: float, max_bytes: int) -> RawText:
    """Fetch an http(s) page and extract its text; raise SourceError with a one-line reason."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in ("http", "https"):
        raise SourceError(url, f"unsupported URL scheme '{scheme}'; only http and https")
    # Pasted addresses may hold Thai or spaces; http.client sends ASCII only. Existing %-escapes stay.
    ascii_url = quote(url, safe=":/?#[]@!$&'()*+,;=%~")
    request = urllib.request.Request(ascii_url, headers={"User-Agent": f"dialogtrack/{__version__}"})
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            content_type = headers.get_content_type() if headers.get("Content-Type") else None
            if content_type is not None and content_type not in _HTML_TYPES + _TEXT_TYPES:
                raise SourceError(url, f"not a text page (content type {content_type})")
            length = headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise SourceError(url, _too_large(max_bytes))
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as error:
        error.close()
        if 300 <= error.code < 400:  # urllib refuses file: itself, and stops redirect loops
            location = error.headers.get("Location") if error.headers else None
            target = urljoin(error.geturl() or url, location or "")
            if urlsplit(target).scheme.lower() not in ("http", "https"):
                raise SourceError(url, f"refused a redirect to {target}; only http and https") from None
            raise SourceError(url, "too many redirects (a redirect loop?)") from None
        raise SourceError(url, f"HTTP {error.code} {_one_line(str(error.reason)) or _phrase(error.code)}") from None
    except _RefusedRedirect as error:
        raise SourceError(url, f"refused a redirect to {error}; only http and https") from None
    except urllib.error.URLError as error:
        cause = error.reason
        if isinstance(cause, TimeoutError):
            raise SourceError(url, f"timed out after {timeout:g} s") from None
        detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else cause
        raise SourceError(url, f"cannot connect: {_one_line(str(detail))}") from None
    except TimeoutError:
        raise SourceError(url, f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise SourceError(url, f"failed: {_one_line(str(error)) or type(error).__name__}") from None
    if len(data) > max_bytes:
        raise SourceError(url, _too_large(max_bytes))
    html = None if content_type is None else content_type in _HTML_TYPES
    return _to_raw(url, data, html=html, declared=headers.get_content_charset())


def _phrase(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return "error"
