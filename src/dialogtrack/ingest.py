"""Inputs to text: files, folders, http(s) URLs and stdin become ``RawText``, or a ``SourceError``.

Design:

- Every input ends as exactly one ``RawText`` (or ``KnownInput``) or one ``SourceError``. Errors are
  values here (``iter_inputs`` yields them, never raises them), so a batch reports a bad input and goes on.
- Reading and decoding are two steps: ``iter_fetched`` reads bytes (file system, network, the
  database's list of known inputs) and ``decode_input`` is pure, so an import can decode in worker
  processes while it reads on.
- Bytes become text in ``decode`` (an explicit order of charsets) and HTML becomes the article's text
  in ``webpage``; this module only finds the inputs and reads their bytes.
- The file system is ``stat``-ed before anything is opened, so a FIFO or a device never blocks an import;
  folder walks remember real paths, so symlink loops end.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import socket
import ssl
import stat
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from pathlib import Path
from typing import IO, Any, BinaryIO, TypeVar
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from dialogtrack import __version__
from dialogtrack.controls import escaped_name
from dialogtrack.decode import decode_bytes
from dialogtrack.errors import SourceError
from dialogtrack.metadata import text_title
from dialogtrack.webpage import looks_like_html, one_line, read_html

SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".pdf", ".docx"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})

T = TypeVar("T")

EMPTY = "empty: no text to import"
MISSING = "no such file or folder; check the path"


@dataclass(frozen=True)
class RawText:
    """One input, decoded: where it came from, its title and its main text; ``data_hash`` identifies
    the bytes it was read from."""

    origin: str
    title: str
    text: str
    is_html: bool
    data_hash: str = ""
    note: str | None = None  # how it was read, when the user should know (a page read as plain text)


@dataclass(frozen=True)
class KnownInput:
    """An input whose exact bytes were imported before (as ``document``): nothing to decode or parse."""

    origin: str
    data_hash: str
    document: str


@dataclass(frozen=True)
class Fetched:
    """The bytes of one input, read but not yet decoded; ``html`` is None when it must be sniffed and
    ``declared`` is the charset a server declared."""

    origin: str
    data: bytes
    html: bool | None
    declared: str | None
    data_hash: str


Seen = Callable[[str], str | None]
"""Given the hash of an input's bytes, the document already made from them, if any."""


def data_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


# ---------------------------------------------------------------------------------------------- inputs


def _fetched(
    origin: str, data: bytes, *, html: bool | None, declared: str | None = None, seen: Seen | None = None
) -> Fetched | KnownInput:
    """The bytes of one input, or KnownInput when ``seen`` knows them: recognised by their hash before
    any decoding or parsing."""
    digest = data_hash(data)
    if seen is not None and (document := seen(digest)) is not None:
        return KnownInput(origin, digest, document)
    return Fetched(origin, data, html, declared, digest)


def decode_input(item: Fetched) -> RawText:
    """Decode and extract the text (``html=None`` sniffs); raise SourceError for undecodable or empty
    input. Pure: no file system, no network, so it can run in another process."""
    if item.data.startswith(b"%PDF") or _is_docx(item):
        return _document_text(item)
    suffix = _document_suffix(item.origin)
    if suffix:
        kind = "a PDF" if suffix == ".pdf" else "a Word file"
        raise SourceError(item.origin, f"named {suffix} but not {kind}; check the file")
    try:
        text = decode_bytes(item.data, declared=item.declared)
    except ValueError as error:
        raise SourceError(item.origin, str(error)) from None
    is_html = looks_like_html(text) if item.html is None else item.html
    note = None
    if is_html:
        from selectolax.lexbor import SelectolaxError

        try:
            title, text, note = read_html(text)
        except SelectolaxError as error:
            raise SourceError(item.origin, f"cannot parse the HTML: {error}") from None
    else:
        title = text_title(text)
    if not text.strip():
        raise SourceError(item.origin, EMPTY)
    return RawText(item.origin, title, text, is_html=is_html, data_hash=item.data_hash, note=note)


_DOCUMENT_TYPES: tuple[str, ...] = (
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
)
"""Content types of the releases read as documents (``pdf``) rather than as text."""


def _document_suffix(origin: str) -> str:
    """The suffix ".pdf" or ".docx" when a path or URL is named so, else the empty string."""
    for name in (origin.lower(), urlsplit(origin).path.lower()):
        for suffix in (".pdf", ".docx"):
            if name.endswith(suffix):
                return suffix
    return ""


def _is_docx(item: Fetched) -> bool:
    """A Word file: a ZIP archive named .docx, or holding a Word document."""
    if not item.data.startswith(b"PK\x03\x04"):
        return False
    return _document_suffix(item.origin) == ".docx" or b"word/document.xml" in item.data[:65536]


def _document_text(item: Fetched) -> RawText:
    """A PDF's or a Word file's text (``pdf``), as one RawText."""
    from dialogtrack.pdf import docx_to_text, pdf_to_text

    try:
        title, text = pdf_to_text(item.data) if item.data.startswith(b"%PDF") else docx_to_text(item.data)
    except ValueError as error:
        raise SourceError(item.origin, str(error)) from None
    return RawText(origin=item.origin, title=title, text=text, is_html=False, data_hash=item.data_hash)


def _too_large(max_bytes: int) -> str:
    return f"larger than {max_bytes} bytes; raise --max-bytes"


def _os_problem(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return MISSING
    if isinstance(error, PermissionError):
        return "permission denied; check the permissions"
    return f"cannot read: {error.strerror or error}"


_NOT_REGULAR = "not a regular file or folder (a FIFO, socket or device); give files, folders or URLs"


def _read_file(path: Path, max_bytes: int, seen: Seen | None = None) -> Fetched | KnownInput:
    origin = escaped_name(str(path))
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
    return _fetched(origin, data, html=html, seen=seen)


def _expand_folder(folder: Path, skipped: list[str] | None = None) -> Iterator[Path | SourceError]:
    """Importable files below ``folder``, in the order of their paths; hidden names skipped; each real
    folder visited once.

    A generator, one folder listed at a time (its names sorted, subfolders walked where their names
    fall): an archive of 100,000 files is never held as 100,000 paths."""
    yield from _walk(folder, {os.path.realpath(folder)}, skipped)


def _walk(current: Path, visited: set[str], skipped: list[str] | None = None) -> Iterator[Path | SourceError]:
    """The files of a folder walk; those in no release format are added to ``skipped``, when given."""
    try:
        with os.scandir(current) as scan:
            names = sorted(entry.name for entry in scan if not entry.name.startswith("."))
    except OSError as error:
        yield SourceError(escaped_name(str(current)), _os_problem(error))
        return
    for name in names:
        path = current / name
        try:
            mode = os.stat(path).st_mode  # follows links, as reading will
        except OSError as error:  # a broken link, or gone since the listing
            if path.suffix.lower() in SUFFIXES:
                yield SourceError(escaped_name(str(path)), _os_problem(error))
            continue
        if stat.S_ISDIR(mode):
            real = os.path.realpath(path)
            if real not in visited:
                visited.add(real)
                yield from _walk(path, visited, skipped)
        elif path.suffix.lower() in SUFFIXES:
            yield path if stat.S_ISREG(mode) else SourceError(escaped_name(str(path)), _NOT_REGULAR)
        elif skipped is not None and stat.S_ISREG(mode):
            skipped.append(escaped_name(str(path)))


def _is_url(arg: str) -> bool:
    match = re.match(r"([A-Za-z][A-Za-z0-9+.-]+):", arg)
    if not match:
        return False
    return arg[match.end() :].startswith("//") or match.group(1).lower() in ("data", "mailto", "javascript")


def _path_items(arg: str, skipped: list[str] | None = None) -> Iterator[Path | SourceError]:
    """What one path argument expands to, without reading any file (files of a folder in no release
    format go to ``skipped``, when given)."""
    try:
        mode = os.stat(arg).st_mode
    except OSError as error:
        yield SourceError(escaped_name(arg), _os_problem(error))
        return
    if stat.S_ISDIR(mode):
        empty = True
        for item in _expand_folder(Path(arg), skipped):
            empty = False
            yield item
        if empty:
            yield SourceError(escaped_name(arg), "no .txt, .md, .html, .htm, .pdf or .docx files in this folder")
    elif stat.S_ISREG(mode):
        yield Path(arg)
    else:
        yield SourceError(escaped_name(arg), _NOT_REGULAR)


def count_inputs(args: Sequence[str]) -> int:
    """How many RawText/SourceError items ``iter_inputs(args)`` yields (for a progress bar)."""
    return sum(1 if arg == "-" or _is_url(arg) else sum(1 for _ in _path_items(arg)) for arg in args)


def iter_fetched(
    args: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
    seen: Seen | None = None,
    skipped: list[str] | None = None,
) -> Iterator[Fetched | KnownInput | SourceError]:
    """The bytes of each file, URL or "-" in ``args``, one item each, in order: Fetched, KnownInput (for
    bytes ``seen`` knows) or SourceError; never raises for a bad input. Decoding is left to
    ``decode_input``, so it can run elsewhere while the next inputs are read."""
    for arg in args:
        if arg == "-":
            yield _attempt(partial(_read_stdin, stdin, max_bytes, seen))
        elif _is_url(arg):
            yield _attempt(partial(read_url, arg, timeout=timeout, max_bytes=max_bytes, seen=seen))
        else:
            for item in _path_items(arg, skipped):
                yield (item if isinstance(item, SourceError) else _attempt(partial(_read_file, item, max_bytes, seen)))


def iter_inputs(
    args: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    timeout: float = 20.0,
    max_bytes: int = 20_000_000,
    seen: Seen | None = None,
) -> Iterator[RawText | KnownInput | SourceError]:
    """Like ``iter_fetched``, with each input decoded: one RawText, KnownInput or SourceError each."""
    for item in iter_fetched(args, stdin=stdin, timeout=timeout, max_bytes=max_bytes, seen=seen):
        yield _attempt(partial(decode_input, item)) if isinstance(item, Fetched) else item


def _attempt(read: Callable[[], T]) -> T | SourceError:
    try:
        return read()
    except SourceError as error:
        return error


def _read_stdin(stdin: BinaryIO | None, max_bytes: int, seen: Seen | None = None) -> Fetched | KnownInput:
    origin = "<stdin>"
    try:
        data = (sys.stdin.buffer if stdin is None else stdin).read(max_bytes + 1)
    except OSError as error:
        raise SourceError(origin, f"cannot read: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise SourceError(origin, _too_large(max_bytes))
    return _fetched(origin, data, html=None, seen=seen)


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


def read_url(url: str, *, timeout: float, max_bytes: int, seen: Seen | None = None) -> Fetched | KnownInput:
    """Fetch an http(s) page within ``timeout`` seconds in all; raise SourceError with a one-line reason.

    ``url`` is the address as given; the origin recorded is that address as printable text."""
    address = request_address(url)
    url = escaped_name(url)  # from here on, the origin
    deadline = Deadline(timeout)
    request = urllib.request.Request(address, headers={"User-Agent": f"dialogtrack/{__version__}"})
    opener = urllib.request.build_opener(
        _HttpOnlyRedirects, _DeadlineHTTPHandler(deadline), _DeadlineHTTPSHandler(deadline)
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            content_type = headers.get_content_type() if headers.get("Content-Type") else None
            if content_type is not None and content_type not in _HTML_TYPES + _TEXT_TYPES + _DOCUMENT_TYPES:
                raise SourceError(url, f"not a text page (content type {content_type})")
            length = headers.get("Content-Length")
            if length and length.strip().isdigit() and int(length) > max_bytes:
                raise SourceError(url, _too_large(max_bytes))
            data = _read_body(response, url, deadline, max_bytes)
    except urllib.error.HTTPError as error:
        error.close()
        raise SourceError(url, _http_problem(error, url)) from None
    except _RefusedRedirect as error:
        raise SourceError(url, f"refused a redirect to {error}; only http and https") from None
    except urllib.error.URLError as error:
        cause = error.reason
        if isinstance(cause, TimeoutError):
            raise SourceError(url, deadline.problem()) from None
        if isinstance(cause, socket.gaierror):
            host = urlsplit(url).hostname
            raise SourceError(url, f"cannot find the host {host} ({cause.strerror}); check the address") from None
        detail = cause.strerror if isinstance(cause, OSError) and cause.strerror else cause
        raise SourceError(url, f"cannot connect: {one_line(str(detail))}") from None
    except TimeoutError:
        raise SourceError(url, deadline.problem()) from None
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise SourceError(url, f"failed: {one_line(str(error)) or type(error).__name__}") from None
    if len(data) > max_bytes:
        raise SourceError(url, _too_large(max_bytes))
    html = None if content_type is None or content_type in _DOCUMENT_TYPES else content_type in _HTML_TYPES
    return _fetched(url, data, html=html, declared=headers.get_content_charset(), seen=seen)


def request_address(url: str) -> str:
    """The ASCII address to request for ``url`` as a user typed it; SourceError when it is not one.

    Pasted addresses may hold Thai or spaces (http.client sends ASCII only): the host goes to IDNA
    (ไทย.example is xn--o3cw4h.example) and the rest is percent-encoded, existing %-escapes kept. A
    user name or password is refused rather than sent to a host named "user:password@…"."""
    origin = escaped_name(url)
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https"):
            raise SourceError(origin, f"unsupported URL scheme '{scheme}'; only http and https")
        host, port = parts.hostname, parts.port  # ValueError for a port that is not one
    except ValueError as error:
        raise SourceError(origin, f"not a valid address ({one_line(str(error))}); check the URL") from None
    if parts.username is not None or parts.password is not None:
        raise SourceError(
            url,
            "the address holds a user name or password (user:password@); dialogtrack sends none: "
            "remove them, or save the page and import the file",
        )
    if not host:
        raise SourceError(origin, "not a valid address (no host name); check the URL")
    try:
        ascii_host = host if host.isascii() else host.encode("idna").decode("ascii")
    except UnicodeError:
        raise SourceError(origin, f"not a valid address (the host name {host!r} is not one); check the URL") from None
    if ":" in ascii_host:  # an IPv6 address
        ascii_host = f"[{ascii_host}]"
    netloc = ascii_host + (f":{port}" if port is not None else "")
    rest = urlunsplit(("", "", parts.path, parts.query, parts.fragment))  # bytes that were not UTF-8 stay themselves:
    rest = quote(rest, safe=":/?#[]@!$&'()*+,;=%~", errors="surrogateescape")
    return f"{scheme}://{netloc}{rest}"


class Deadline:
    """One deadline for a whole request, from connecting to the last byte of the body, redirects
    included.

    A socket timeout bounds each wait for data, so a server that sends a header line (or a byte) just
    before each wait runs out could hold a request for ever. Every connection of the request waits at
    most the time left, and none is left once it is over."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def left(self) -> float:
        """Seconds left; TimeoutError when none are (never 0, which would make a socket non-blocking)."""
        remaining = self.at - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"timed out after {self.seconds:g} s")
        return remaining

    def kept_arriving(self, last: float) -> bool:
        """Whether the deadline ran out on a page still arriving (data came in at ``last``, shortly
        before), rather than on a server gone silent."""
        return time.monotonic() - last < min(1.0, self.seconds / 2)

    def problem(self) -> str:
        return f"timed out after {self.seconds:g} s; try again later or raise --timeout"


class _DeadlineSocket(socket.socket):
    """A socket whose every receive waits at most what is left of its request's deadline."""

    deadline: Deadline

    def recv_into(self, buffer: Any, nbytes: int = 0, flags: int = 0) -> int:
        self.settimeout(self.deadline.left())
        return super().recv_into(buffer, nbytes, flags)

    def recv(self, bufsize: int, flags: int = 0) -> bytes:
        self.settimeout(self.deadline.left())
        return super().recv(bufsize, flags)


class _DeadlineSSLSocket(ssl.SSLSocket):
    """The same, for https."""

    deadline: Deadline

    def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
        self.settimeout(self.deadline.left())
        return super().recv_into(buffer, nbytes, flags)

    def recv(self, buflen: int = 1024, flags: int = 0) -> bytes:
        self.settimeout(self.deadline.left())
        return super().recv(buflen, flags)


def _deadline_socket(raw: socket.socket, deadline: Deadline) -> _DeadlineSocket:
    sock = _DeadlineSocket(raw.family, raw.type, raw.proto, fileno=raw.detach())
    sock.deadline = deadline
    sock.settimeout(deadline.left())
    return sock


def _connector(deadline: Deadline) -> Callable[..., socket.socket]:
    """What http.client calls to connect: a TCP connection within the time left, kept to ``deadline``."""

    def connect(address: tuple[str, int], timeout: object = None, source_address: Any = None) -> socket.socket:
        return _deadline_socket(socket.create_connection(address, deadline.left(), source_address), deadline)

    return connect


class _DeadlineHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection whose socket keeps to ``deadline``, from the connect on."""

    def __init__(self, *args: Any, deadline: Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connector(deadline)


class _DeadlineHTTPSConnection(http.client.HTTPSConnection):
    """The same for https: the TLS socket keeps to the deadline too."""

    def __init__(self, *args: Any, deadline: Deadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.deadline = deadline
        self._create_connection = _connector(deadline)

    def connect(self) -> None:
        super().connect()
        if isinstance(self.sock, _DeadlineSSLSocket):
            self.sock.deadline = self.deadline


class _DeadlineHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline) -> None:
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_DeadlineHTTPConnection, deadline=self.deadline), req)


class _DeadlineHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline) -> None:
        self.tls = ssl.create_default_context()
        self.tls.sslsocket_class = _DeadlineSSLSocket
        super().__init__(context=self.tls)
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        connection = partial(_DeadlineHTTPSConnection, deadline=self.deadline)
        return self.do_open(connection, req, context=self.tls)


_INFINITE_REDIRECT = urllib.request.HTTPRedirectHandler.inf_msg


def _http_problem(error: urllib.error.HTTPError, url: str) -> str:
    """What an HTTP error status means for the user, in one line."""
    code = error.code
    reason = str(error.reason)
    if reason.startswith(_INFINITE_REDIRECT):  # urllib stops a loop (or a 10th redirect) so
        return "too many redirects (a redirect loop?)"
    if 300 <= code < 400:
        location = (error.headers.get("Location") or error.headers.get("URI")) if error.headers else None
        if code == 304:
            return "HTTP 304 Not Modified, but no page was asked for conditionally; the server sent no page"
        if not location:
            return f"HTTP {code} {_phrase(code)} without a Location to go to; the server names no page"
        target = urljoin(error.geturl() or url, location)
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            return f"refused a redirect to {target}; only http and https"
        return f"HTTP {code} {_phrase(code)}: cannot follow the redirect to {one_line(target)}"
    return f"HTTP {code} {one_line(reason) or _phrase(code)}"


def _read_body(response: http.client.HTTPResponse, url: str, deadline: Deadline, max_bytes: int) -> bytes:
    """The body, at most ``max_bytes + 1`` bytes, before the request's deadline.

    The socket waits at most what is left of the deadline for each piece, so a server that drips a
    byte at a time cannot hold an import for ever either."""
    chunks: list[bytes] = []
    size = 0
    last = time.monotonic()
    try:
        while size <= max_bytes:
            deadline.left()
            chunk = response.read1(min(65536, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            last = time.monotonic()
    except TimeoutError:
        if size and deadline.kept_arriving(last):
            raise SourceError(
                url, f"timed out after {deadline.seconds:g} s (the page kept arriving); raise --timeout"
            ) from None
        raise
    return b"".join(chunks)


def _phrase(code: int) -> str:
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return "error"
