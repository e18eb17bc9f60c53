"""ingest: bytes from files, folders, URLs and stdin become RawText or SourceError.

The URL tests run against a real HTTP server on 127.0.0.1 (no mocks); every input that could block
(FIFO, stalled server, symlink loop) runs under a deadline so a regression fails instead of hanging.
"""

from __future__ import annotations

import io
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest

from dialogtrack import __version__
from dialogtrack.decode import decode_bytes
from dialogtrack.errors import SourceError
from dialogtrack.ingest import (
    Fetched,
    KnownInput,
    RawText,
    count_inputs,
    data_hash,
    decode_input,
    iter_inputs,
    read_url,
)
from dialogtrack.webpage import html_to_text

MFA_TH = "กระทรวงการต่างประเทศ"
THAI_SENTENCE = "การหารือทวิภาคีรอบที่สามจัดขึ้นที่กรุงเทพฯ เมื่อวันที่ ๑๒ มีนาคม ๒๕๖๗"
ENGLISH_SENTENCE = "The second round of the policy talks took place in Hanoi on 4 June 2019."

PAGE = f"""<!DOCTYPE html>
<html lang="th"><head>
<meta charset="utf-8">
<title>{THAI_SENTENCE[:20]} - {MFA_TH}</title>
<style>.x {{ color: red }} </style>
<script>var note = "the ninth Strategic Dialogue was held in Paris";</script>
</head><body>
<header class="site-header"><a class="logo" href="/">{MFA_TH}</a>
  <nav class="main-nav"><ul><li><a href="/">Home page link</a></li>
  <li><a href="/news">News index link</a></li></ul></nav>
</header>
<div class="breadcrumb">Home &gt; News &gt; Breadcrumb trail</div>
<main><article class="content">
<h1>Policy talks &amp; the second round</h1>
<div class="content-meta"><p>วันที่นำเข้าข้อมูล 6 ก.พ. 2566</p><p>| 4,350 view</p></div>
<p>{ENGLISH_SENTENCE}</p>
<p>{THAI_SENTENCE}</p>
<ul><li>first point</li><li>second point</li></ul>
<div class="share-buttons">Share on Facebook</div>
</article></main>
<aside class="sidebar">Most read sidebar story</aside>
<footer class="site-footer"><p>Footer address line</p></footer>
<script>document.write("Joint Commission round 12 in Vientiane")</script>
</body></html>
"""


def only(items: Iterator[RawText | SourceError]) -> RawText | SourceError:
    results = list(items)
    assert len(results) == 1, results
    return results[0]


def ok(item: RawText | SourceError) -> RawText:
    assert isinstance(item, RawText), item
    return item


def error(item: RawText | SourceError) -> SourceError:
    assert isinstance(item, SourceError), item
    return item


def within(seconds: float, call: Callable[[], Any]) -> Any:
    """Run ``call`` in a daemon thread; fail (instead of hanging the suite) if it takes too long."""
    box: list[Any] = []
    thread = threading.Thread(target=lambda: box.append(call()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s"
    return box[0]


# ---------------------------------------------------------------------------------------- decode_bytes


def test_utf8_plain_and_with_bom() -> None:
    assert decode_bytes(THAI_SENTENCE.encode()) == THAI_SENTENCE
    assert decode_bytes(b"\xef\xbb\xbf" + THAI_SENTENCE.encode()) == THAI_SENTENCE


@pytest.mark.parametrize("codec", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    text = f"{ENGLISH_SENTENCE}\n{THAI_SENTENCE}"
    assert decode_bytes(text.encode(codec)) == text  # Python writes the BOM for "utf-16"/"utf-32"
    assert decode_bytes(_bom(codec) + text.encode(codec + "-be")) == text


def _bom(codec: str) -> bytes:
    return {"utf-16": b"\xfe\xff", "utf-32": b"\x00\x00\xfe\xff"}[codec]


def test_cp874_without_declaration_is_recognised_as_thai() -> None:
    assert decode_bytes(f"{MFA_TH} แถลงข่าว".encode("cp874")) == f"{MFA_TH} แถลงข่าว"


@pytest.mark.parametrize("label", ["tis-620", "windows-874", "TIS620", "iso-8859-11", "x-cp874"])
def test_cp874_declared_in_meta(label: str) -> None:
    html = f'<html><head><meta charset="{label}"></head><body><p>{MFA_TH} “ข่าว” – ๒๕๖๗</p></body></html>'
    decoded = decode_bytes(html.encode("cp874"))
    assert f"{MFA_TH} “ข่าว” – ๒๕๖๗" in decoded  # 0x93/0x94/0x96 are quotes and a dash, not controls
    http_equiv = f'<meta http-equiv="Content-Type" content="text/html; charset={label}"><p>{MFA_TH}</p>'
    assert MFA_TH in decode_bytes(http_equiv.encode("cp874"))


def test_undeclared_smart_quotes_are_the_same_in_cp874_and_windows_1252() -> None:
    assert decode_bytes(b"\x93Quoted\x94 \x96 it\x92s \x85") == "“Quoted” – it’s …"


def test_declared_header_charset_and_fallthrough() -> None:
    assert decode_bytes(MFA_TH.encode("cp874"), declared="TIS-620") == MFA_TH
    # A wrong declaration that does not decode strictly falls through to UTF-8.
    assert decode_bytes(MFA_TH.encode(), declared="windows-874") == MFA_TH
    # A server default of iso-8859-1 does not turn UTF-8 into mojibake.
    assert decode_bytes(MFA_TH.encode(), declared="iso-8859-1") == MFA_TH
    assert decode_bytes(b"caf\xe9 au lait", declared="iso-8859-1") == "café au lait"
    assert decode_bytes(b"plain", declared="no-such-charset") == "plain"


@pytest.mark.parametrize(
    "data",
    [
        b"Hello \x80\x81\xfc world",  # not UTF-8, and 0x81/0xFC are undefined in cp874
        b"Minister \xc3\x28 met \xe2\x28\xa1 in caf\xe9 Paris",  # broken UTF-8: lone accented letters in windows-1252
        bytes(range(256)) * 4,
        bytes((i * 7919 + 13) % 256 for i in range(4000)),
    ],
)
def test_undecodable_bytes_are_not_text(data: bytes) -> None:
    with pytest.raises(ValueError, match=r"^not text"):
        decode_bytes(data)


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"GIF89a",
        b"PK\x03\x04\x14\x00",
    ],
)
def test_pdf_image_archive_signatures(data: bytes) -> None:
    with pytest.raises(ValueError, match=r"^not text: looks like a PDF/image/archive"):
        decode_bytes(data)


def test_invisible_characters_and_line_endings() -> None:
    raw = "\ufeffกระ\u200bทรวง\u200c\u200d\u2060 US\u200e\u202b-TH\u2066\u2069\r\nline two\rline three"
    assert decode_bytes(raw.encode()) == "กระทรวง US-TH\nline two\nline three"


def test_thai_is_not_normalised() -> None:
    # NFKC would split SARA AM (U+0E33) into NIKHAHIT + SARA AA.
    assert decode_bytes("ความสำคัญ".encode()) == "ความสำคัญ"


# ---------------------------------------------------------------------------------------- html_to_text


def test_html_main_text_drops_chrome() -> None:
    title, text = html_to_text(PAGE)
    assert title == "Policy talks & the second round"
    for gone in ["Home page link", "News index link", "Breadcrumb trail", "Footer address line"]:
        assert gone not in text
    for gone in ["Strategic Dialogue", "Joint Commission", "color: red", "Share on Facebook", "sidebar"]:
        assert gone not in text
    assert ENGLISH_SENTENCE in text.splitlines()
    assert THAI_SENTENCE in text.splitlines()
    assert "วันที่นำเข้าข้อมูล 6 ก.พ. 2566" in text.splitlines()
    assert "| 4,350 view" in text.splitlines()
    assert "first point\nsecond point" in text
    assert "\n\n\n" not in text


def test_html_blocks_and_breaks() -> None:
    _, text = html_to_text(
        "<body><div><p>one <b>bold</b>\n  word</p><p>two<br>three</p></div><div></div><div></div>"
        "<p>four&nbsp;&amp;&#8203; five</p><table><tr><td>a</td><td>b</td></tr></table></body>"
    )
    assert text == "one bold word\n\ntwo\nthree\n\nfour & five\n\na b"


def test_title_from_title_tag_strips_only_the_site_suffix() -> None:
    chrome = f"<header><div class='brand'>{MFA_TH}</div></header>"
    title, _ = html_to_text(f"<title>ความสัมพันธ์ไทย - สหรัฐฯ - {MFA_TH}</title>{chrome}<p>x</p>")
    assert title == "ความสัมพันธ์ไทย - สหรัฐฯ"
    title, _ = html_to_text("<title>ความสัมพันธ์ไทย - สหรัฐฯ</title><p>x</p>")
    assert title == "ความสัมพันธ์ไทย - สหรัฐฯ"  # no evidence that "สหรัฐฯ" is a site name
    title, _ = html_to_text("<title>Talks resume | Example Daily</title><p>x</p>")
    assert title == "Talks resume"
    meta = '<meta property="og:site_name" content="Embassy News">'
    title, _ = html_to_text(f"<head>{meta}<title>Talks resume - Embassy News</title></head><p>x</p>")
    assert title == "Talks resume"


def test_main_content_by_class_when_no_article() -> None:
    html = (
        "<body><div id='menu'><a>Menu item</a></div>"
        "<div class='news-detail'><h2>Heading</h2><p>Body of the news item, long enough.</p></div>"
        "<div class='post-teaser'>Teaser</div></body>"
    )
    title, text = html_to_text(html)
    assert text == "Heading\n\nBody of the news item, long enough."
    assert title == "Heading"


def test_header_inside_article_is_kept() -> None:
    html = (
        "<body><header>Site header</header><article><header><h1>Title</h1><p>6 May 2024</p></header>"
        "<p>Body</p><footer>Tags: talks</footer></article></body>"
    )
    title, text = html_to_text(html)
    assert (title, text) == ("Title", "Title\n\n6 May 2024\n\nBody\n\nTags: talks")


def test_deeply_nested_html() -> None:
    depth = 10_000
    html = "<html><body>" + "<div>" * depth + "<p>deep text</p>" + "</div>" * depth + "</body></html>"
    assert html_to_text(html) == ("deep text", "deep text")
    html = "<body>" + "<div class='nav'>" * depth + "<article><p>kept</p></article>" + "</div>" * depth
    assert html_to_text(html)[1] == "kept"


# ---------------------------------------------------------------------------------------- files


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"\xef\xbb\xbf\n\n  First line title  \r\nsecond line\r\n")
    item = ok(only(iter_inputs([str(path)])))
    expected = RawText(str(path), "First line title", "\n\n  First line title  \nsecond line\n", False)
    assert item == replace(expected, data_hash=data_hash(path.read_bytes()))


def test_markdown_title_and_txt_html_stays_text(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# Heading one\n\nBody\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(PAGE, encoding="utf-8")
    a, b = map(ok, iter_inputs([str(tmp_path / "a.md"), str(tmp_path / "b.txt")]))
    assert a.title == "Heading one"
    assert not b.is_html and b.text == PAGE


def test_html_file_in_cp874(tmp_path: Path) -> None:
    path = tmp_path / "page.HTM"
    html = f'<html><head><meta charset="tis-620"><title>{MFA_TH}</title></head><body><p>{THAI_SENTENCE}</p>'
    path.write_bytes(html.encode("cp874"))
    item = ok(only(iter_inputs([str(path)])))
    assert item.is_html and item.title == MFA_TH and item.text == THAI_SENTENCE


@pytest.mark.parametrize(
    ("name", "content"),
    [
        *[
            (name, content)
            for name in ["empty.txt", "empty.html"]
            for content in [b"", b"  \n\t\r\n ", b"\xe2\x80\x8b\n"]
        ],
        (
            "empty.html",
            b"<html><head><title>Only a title</title></head><body> <nav>menu</nav> </body></html>",
        ),
    ],
)
def test_empty_inputs(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    problem = error(only(iter_inputs([str(path)])))
    assert (problem.origin, problem.problem) == (str(path), "empty: no text to import")


def test_binary_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "scan.html"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert error(only(iter_inputs([str(path)]))).problem.startswith("not text: looks like a PDF/image/archive")


def test_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 101, encoding="utf-8")
    problem = error(only(iter_inputs([str(path)], max_bytes=100)))
    assert problem.problem == "larger than 100 bytes; raise --max-bytes"
    assert ok(only(iter_inputs([str(path)], max_bytes=101))).text == "x" * 101


def test_missing_path_does_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("alpha", encoding="utf-8")
    (tmp_path / "b.txt").write_text("beta", encoding="utf-8")
    missing = str(tmp_path / "nope.txt")
    items = list(iter_inputs([str(tmp_path / "a.txt"), missing, str(tmp_path / "b.txt")]))
    assert [type(i) for i in items] == [RawText, SourceError, RawText]
    assert str(items[1]) == f"{missing}: no such file or folder; check the path"


def test_folder_recursion_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    for name in ["b.txt", "A.MD", "sub/c.html", "sub/deeper/d.htm", "a-sub/e.txt", "sheet.xlsx", "x.json"]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"<p>text of {name}</p>" if "htm" in name else f"text of {name}")
    for hidden in [".hidden.txt", ".git/f.txt", "sub/.cache/g.txt"]:
        (root / hidden).parent.mkdir(parents=True, exist_ok=True)
        (root / hidden).write_text("hidden")
    items = [ok(i) for i in iter_inputs([str(root)])]
    names = [Path(i.origin).relative_to(root).as_posix() for i in items]
    assert names == ["A.MD", "a-sub/e.txt", "b.txt", "sub/c.html", "sub/deeper/d.htm"]
    assert [i.is_html for i in items] == [False, False, False, True, True]
    assert items[3].text == "text of sub/c.html"
    assert count_inputs([str(root), "-", "https://example.org/x", str(tmp_path / "missing")]) == 8


def test_folder_without_importable_files(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    problem = error(only(iter_inputs([str(tmp_path)])))
    assert problem.origin == str(tmp_path) and "no .txt, .md, .html, .htm, .pdf or .docx files" in problem.problem


def test_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "real.txt").write_text("real", encoding="utf-8")
    problem = error(within(5, lambda: only(iter_inputs([str(fifo)]))))
    assert "not a regular file" in problem.problem
    items = within(5, lambda: list(iter_inputs([str(tmp_path)])))
    assert [type(i) for i in items] == [SourceError, RawText]  # pipe.txt, real.txt
    assert within(5, lambda: count_inputs([str(fifo), str(tmp_path)])) == 3


def test_symlink_loops_do_not_hang(tmp_path: Path) -> None:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("alpha", encoding="utf-8")
    (root / "sub" / "b.txt").write_text("beta", encoding="utf-8")
    (root / "sub" / "up").symlink_to(root, target_is_directory=True)
    (root / "sub" / "self").symlink_to(root / "sub", target_is_directory=True)
    (root / "loop.txt").symlink_to(root / "loop.txt")
    items = within(10, lambda: list(iter_inputs([str(root)])))
    texts = [i.text for i in items if isinstance(i, RawText)]
    assert texts == ["alpha", "beta"]
    assert [i.origin for i in items if isinstance(i, SourceError)] == [str(root / "loop.txt")]


# ---------------------------------------------------------------------------------------- stdin


def test_stdin_text_and_html() -> None:
    item = ok(only(iter_inputs(["-"], stdin=io.BytesIO(THAI_SENTENCE.encode("cp874")))))
    assert (item.origin, item.text, item.is_html) == ("<stdin>", THAI_SENTENCE, False)
    item = ok(only(iter_inputs(["-"], stdin=io.BytesIO(PAGE.encode()))))
    assert item.is_html and item.title == "Policy talks & the second round"
    item = ok(only(iter_inputs(["-"], stdin=io.BytesIO(b"\n  <p>Short note</p>"))))
    assert item.is_html and item.text == "Short note"
    assert error(only(iter_inputs(["-"], stdin=io.BytesIO(b"")))).origin == "<stdin>"


# ---------------------------------------------------------------------------------------- URLs


class _Handler(BaseHTTPRequestHandler):
    release = threading.Event()

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, code: int, content_type: str, body: bytes, length: int | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path
        if path == "/page.html":
            self._send(200, "text/html; charset=utf-8", PAGE.encode())
        elif path == "/thai":
            html = f"<html><body><h1>{MFA_TH}</h1><p>{THAI_SENTENCE}</p></body></html>"
            self._send(200, "text/html; charset=tis-620", html.encode("cp874"))
        elif unquote(path) == "/ข่าว 1":
            self._send(200, "text/plain; charset=utf-8", f"{MFA_TH} news".encode())
        elif path == "/plain":
            self._send(200, "text/plain", f"User agent: {self.headers['User-Agent']}".encode())
        elif path == "/missing":
            self.send_error(404)
        elif path == "/boom":
            self.send_error(500)
        elif path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path.startswith("/go/"):
            self.send_response(301)
            self.send_header("Location", path[len("/go/") :])
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n")
        elif path == "/big":
            self._send(200, "text/plain", b"y" * 5000)
        elif path == "/big-unknown-length":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"z" * 5000)
        elif path == "/drip":  # a byte every 0.1 s: never idle long enough for the socket timeout
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(100):
                if self.release.wait(0.1):
                    break
                self.wfile.write(b"x")
                self.wfile.flush()
        elif path == "/thai-labelled-utf8":  # the header says UTF-8; the bytes are cp874
            self._send(200, "text/plain; charset=utf-8", f"{MFA_TH}\n\n{THAI_SENTENCE}".encode("cp874"))
        elif path == "/utf8-labelled-latin1":  # a server's default label on a UTF-8 page
            self._send(200, "text/html; charset=iso-8859-1", f"<p>{THAI_SENTENCE}</p>".encode())
        elif path == "/no-charset":
            self._send(200, "text/html", f"<p>{THAI_SENTENCE}</p>".encode())
        elif path == "/unknown-charset":
            self._send(200, "text/plain; charset=x-no-such-codec", THAI_SENTENCE.encode())
        elif path == "/no-content-type":
            self.send_response(200)
            self.send_header("Content-Length", str(len(THAI_SENTENCE.encode())))
            self.end_headers()
            self.wfile.write(THAI_SENTENCE.encode())
        elif path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.7\n")
        elif path == "/json":
            self._send(200, "application/json", b'{"a": 1}')
        elif path == "/pdf-as-text":  # a wrong content type: the bytes still say what they are
            self._send(200, "text/plain", b"%PDF-1.7\n\x00\x01binary")
        elif path == "/stall":
            self._send(200, "text/html", b"<p>first part", length=1000)
            self.wfile.flush()
            self.release.wait(10)
        else:
            self.send_error(400)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        _Handler.release.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ["http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"]:
        monkeypatch.delenv(name, raising=False)


def fetch(url: str, **options: Any) -> RawText | SourceError:
    return only(iter_inputs([url], timeout=options.get("timeout", 5.0), max_bytes=options.get("max_bytes", 10**6)))


def test_url_html_page(server: str) -> None:
    item = ok(fetch(f"{server}/page.html"))
    assert item.origin == f"{server}/page.html" and item.is_html
    assert item.title == "Policy talks & the second round"
    assert THAI_SENTENCE in item.text and "Home page link" not in item.text


def test_url_cp874_declared_as_tis620(server: str) -> None:
    item = ok(fetch(f"{server}/thai"))
    assert (item.title, item.text) == (MFA_TH, f"{MFA_TH}\n\n{THAI_SENTENCE}")


def test_url_plain_text_and_user_agent(server: str) -> None:
    fetched = read_url(f"{server}/plain", timeout=5, max_bytes=1000)
    assert isinstance(fetched, Fetched)
    item = decode_input(fetched)
    assert not item.is_html and item.text == f"User agent: dialogtrack/{__version__}"


def test_url_with_thai_and_space_in_the_path(server: str) -> None:
    item = ok(fetch(f"{server}/ข่าว 1"))
    assert (item.origin, item.text) == (f"{server}/ข่าว 1", f"{MFA_TH} news")


def test_url_redirect_to_http_is_followed(server: str) -> None:
    assert ok(fetch(f"{server}/go/{server}/page.html")).title == "Policy talks & the second round"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/missing", "HTTP 404 Not Found"),
        ("/boom", "HTTP 500 Internal Server Error"),
        ("/loop", "too many redirects (a redirect loop?)"),
        ("/image", "not a text page (content type image/png)"),
        ("/pdf", "cannot read the PDF: damaged or incomplete; check the file, or download it again"),
        ("/json", "not a text page (content type application/json)"),
        ("/pdf-as-text", "cannot read the PDF: damaged or incomplete; check the file, or download it again"),
        ("/go/data:text/plain,hello", "refused a redirect to data:text/plain,hello; only http and https"),
        (
            "/go/ftp://127.0.0.1/file.txt",
            "refused a redirect to ftp://127.0.0.1/file.txt; only http and https",
        ),
        ("/go/file:///etc/passwd", "refused a redirect to file:///etc/passwd; only http and https"),
        ("/big", "larger than 1000 bytes; raise --max-bytes"),
        ("/big-unknown-length", "larger than 1000 bytes; raise --max-bytes"),
    ],
)
def test_url_errors(server: str, path: str, expected: str) -> None:
    problem = error(fetch(server + path, max_bytes=1000))
    assert (problem.origin, problem.problem) == (server + path, expected)


def test_url_stalled_mid_body_times_out(server: str) -> None:
    start = time.monotonic()
    problem = error(within(10, lambda: fetch(f"{server}/stall", timeout=0.5)))
    assert problem.problem == "timed out after 0.5 s; try again later or raise --timeout"
    assert time.monotonic() - start < 5


def test_url_that_keeps_dripping_times_out_in_all(server: str) -> None:
    start = time.monotonic()
    problem = error(within(10, lambda: fetch(f"{server}/drip", timeout=0.5)))
    assert problem.problem == "timed out after 0.5 s (the page kept arriving); raise --timeout"
    assert time.monotonic() - start < 5


@pytest.mark.parametrize(
    "path", ["/thai-labelled-utf8", "/utf8-labelled-latin1", "/no-charset", "/unknown-charset", "/no-content-type"]
)
def test_url_wrong_or_missing_charset_still_reads_the_thai(server: str, path: str) -> None:
    assert THAI_SENTENCE in ok(fetch(server + path)).text


def test_url_connection_refused() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on: bind, then close before connecting
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    problem = error(fetch(f"http://127.0.0.1:{port}/", timeout=2))
    assert problem.problem.startswith("cannot connect:") and "\n" not in problem.problem


@pytest.mark.parametrize(
    ("url", "scheme"),
    [("ftp://127.0.0.1/x.txt", "ftp"), ("file:///etc/hostname", "file"), ("data:text/plain,hello", "data")],
)
def test_other_schemes_refused(url: str, scheme: str) -> None:
    problem = error(fetch(url))
    assert problem.problem == f"unsupported URL scheme '{scheme}'; only http and https"
    with pytest.raises(SourceError, match="unsupported URL scheme"):
        read_url(url, timeout=1, max_bytes=100)


def test_bytes_seen_before_are_not_decoded_again(tmp_path: Path) -> None:
    path = tmp_path / "known.html"
    path.write_bytes(b"<html><body><p>already imported</p></body></html>")
    known = {data_hash(path.read_bytes()): "doc-1"}
    [item] = iter_inputs([str(path)], seen=known.get)
    assert item == KnownInput(str(path), data_hash(path.read_bytes()), "doc-1")
    path.write_bytes(b"<html><body><p>changed</p></body></html>")
    [changed] = iter_inputs([str(path)], seen=known.get)
    assert isinstance(changed, RawText) and changed.text == "changed"
