"""URLs that misled or stopped a batch: malformed addresses, credentials, IDN hosts, redirects without
a target, and a server that drips its headers. Every case runs against a server on 127.0.0.1 that the
test starts (or against no server at all)."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import pytest

from dialogtrack.errors import SourceError
from dialogtrack.ingest import RawText, iter_inputs

from .processes import run

RELEASE = b"The 5th Thailand-Japan Joint Commission was held in Tokyo on 1 May 2023."


class _Handler(BaseHTTPRequestHandler):
    release = threading.Event()
    seen: ClassVar[list[str]] = []

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.seen.append(f"{self.requestline} Host={self.headers['Host']}")
        if self.path == "/page":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(RELEASE)))
            self.end_headers()
            self.wfile.write(RELEASE)
        elif self.path == "/found-nowhere":  # a redirect that names no page
            self.send_response(302)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/not-modified":
            self.send_response(304)
            self.end_headers()
        elif self.path == "/header-drip":  # a header line every 0.2 s for 8 s, then a good page
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.flush_headers()
            for i in range(40):
                if self.release.wait(0.2):
                    return
                self.wfile.write(f"X-Drip-{i}: {i}\r\n".encode())
                self.wfile.flush()
            self.send_header("Content-Length", str(len(RELEASE)))
            self.end_headers()
            self.wfile.write(RELEASE)
        elif self.path.startswith("http://"):  # asked as a proxy: answer for any host
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(RELEASE)))
            self.end_headers()
            self.wfile.write(RELEASE)
        else:
            self.send_error(404)


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
    for name in ["http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"]:
        monkeypatch.delenv(name, raising=False)


def fetch(url: str, timeout: float = 5.0) -> RawText | SourceError:
    [item] = list(iter_inputs([url], timeout=timeout, max_bytes=10**6))
    assert isinstance(item, RawText | SourceError)
    return item


def problem(url: str, timeout: float = 5.0) -> str:
    item = fetch(url, timeout)
    assert isinstance(item, SourceError), item
    assert "\n" not in item.problem
    return item.problem


def test_headers_dripping_past_the_timeout_end_the_request_at_the_deadline(server: str) -> None:
    # Each header line comes well inside the socket's wait, so only a deadline for the whole request
    # (connect to last byte) stops it; without one the page arrives after 8 s and is read.
    assert problem(f"{server}/header-drip", timeout=1) == "timed out after 1 s; try again later or raise --timeout"


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The same server over TLS, with a certificate for 127.0.0.1 made for the test (and trusted
    through SSL_CERT_FILE by the test that uses it)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert),
            *("-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-days", "1"),
        ],
        check=True,
        capture_output=True,
    )
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}", cert
    finally:
        _Handler.release.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl to make a certificate")
def test_the_deadline_holds_over_tls_too(tls_server: tuple[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    url, cert = tls_server
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    item = fetch(f"{url}/page")
    assert isinstance(item, RawText) and item.text == RELEASE.decode()
    assert problem(f"{url}/header-drip", timeout=1) == "timed out after 1 s; try again later or raise --timeout"


def test_a_page_inside_the_deadline_is_read(server: str) -> None:
    item = fetch(f"{server}/page")
    assert isinstance(item, RawText) and item.text == RELEASE.decode()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://[zz/x", "not a valid address (Invalid IPv6 URL); check the URL"),
        ("http://127.0.0.1:99999/", "not a valid address (Port out of range 0-65535); check the URL"),
        ("http:///no-host", "not a valid address (no host name); check the URL"),
    ],
)
def test_a_malformed_address_is_one_line(url: str, expected: str) -> None:
    assert problem(url) == expected


def test_a_malformed_address_does_not_stop_the_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(RELEASE)
    result = run(["import", "http://[zz/x", good], tmp_path / "t.db")
    assert result.returncode == 1, result.stderr
    assert result.stderr == "Error: http://[zz/x: not a valid address (Invalid IPv6 URL); check the URL\n"
    assert result.stdout.startswith("imported 1, unchanged 0, failed 1")


def test_credentials_in_the_address_are_refused_in_words(server: str) -> None:
    url = server.replace("http://", "http://user:secret@") + "/page"
    assert problem(url) == (
        "the address holds a user name or password (user:password@); dialogtrack sends none: "
        "remove them, or save the page and import the file"
    )


def test_a_thai_host_name_is_sent_as_idna(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The local server stands in as the proxy, so the request shows the host name as it is sent.
    monkeypatch.setenv("http_proxy", server)
    item = fetch("http://ไทย.example/ข่าว")
    assert isinstance(item, RawText), item
    assert item.origin == "http://ไทย.example/ข่าว"
    assert _Handler.seen[-1] == (
        "GET http://xn--o3cw4h.example/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7 HTTP/1.1 Host=xn--o3cw4h.example"
    )


def test_a_host_that_cannot_be_found_says_so() -> None:
    assert problem("http://ไทย.invalid/").startswith("cannot find the host ไทย.invalid (")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/found-nowhere", "HTTP 302 Found without a Location to go to; the server names no page"),
        ("/not-modified", "HTTP 304 Not Modified, but no page was asked for conditionally; the server sent no page"),
    ],
)
def test_redirect_statuses_without_a_page_say_what_happened(server: str, path: str, expected: str) -> None:
    assert problem(server + path) == expected


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        ("--timeout", "0", "0 is not a number of seconds above 0 and at most 86400 (a day)"),
        ("--timeout", "inf", "inf is not a number of seconds above 0 and at most 86400 (a day)"),
        ("--timeout", "1e300", "1e+300 is not a number of seconds above 0 and at most 86400 (a day)"),
        ("--timeout", "nan", "nan is not a number of seconds above 0 and at most 86400 (a day)"),
        ("--max-bytes", "99999999999999999999", "99999999999999999999 is not a number of bytes from 1 to 2000000000"),
        ("--max-bytes", "0", "0 is not a number of bytes from 1 to 2000000000"),
    ],
)
def test_options_that_cannot_work_are_one_line_before_any_work(
    tmp_path: Path, option: str, value: str, expected: str
) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(RELEASE)
    result = run(["import", option, value, good], tmp_path / "t.db")
    assert result.returncode == 2
    assert result.stderr == f"Error: Invalid value for '{option}': {expected}; see: dialogtrack import --help\n"
    assert result.stdout == "" and not (tmp_path / "t.db").exists()
