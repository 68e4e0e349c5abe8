"""A real test web site on 127.0.0.1 for the scraping tests, with a request log.

Pages live in `site/` (invented race reports, a feed, a sitemap index, a paginated listing);
the handler adds the behaviours a real site shows: a page that fails twice with 503, a 429 with
Retry-After, a 404, a redirect, a slow page, oversized pages, an image, ETag/Last-Modified and 304.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from flows.stages.fetch import FetchPolicy

SITE = Path(__file__).parent / "site"
LAST_MODIFIED = "Mon, 01 Jul 2024 00:00:00 GMT"
SLOW_S = 2.0
DRIP_S = 0.2  # a drip-feeding page sends one byte this often, never silent for a read timeout
DRIP_FOR_S = 30.0  # and gives up after this long, so a client that never stops cannot hang a test
PAUSE_S = 0.3
MAX_BYTES = 200_000

# path -> (file under site/, content type, validators sent: "etag", "last-modified" or both)
STATIC: dict[str, tuple[str, str, set[str]]] = {
    "/robots.txt": ("robots.txt", "text/plain", set()),
    "/feed.xml": ("feed.xml", "application/rss+xml; charset=utf-8", {"etag"}),
    "/sitemap_index.xml": ("sitemap_index.xml", "application/xml", {"etag", "last-modified"}),
    "/sitemaps/reports-2024.xml": ("sitemaps/reports-2024.xml", "application/xml", {"etag"}),
    "/sitemaps/reports-2025.xml": ("sitemaps/reports-2025.xml", "application/xml", {"etag"}),
    "/news/": ("news/index.html", "text/html; charset=utf-8", {"etag"}),
    "/news/page/2/": ("news/page-2.html", "text/html; charset=utf-8", {"etag"}),
    "/news/page/3/": ("news/page-3.html", "text/html; charset=utf-8", {"etag"}),
    "/reports/dune-classic.txt": (
        "reports/dune-classic.txt",
        "text/plain; charset=utf-8",
        {"last-modified"},
    ),
    "/amp/reports/harbour-final": ("amp/reports/harbour-final.html", "text/html", {"etag"}),
    "/it/reports/harbour-final": (
        "it/reports/harbour-final.html",
        "text/html",
        {"etag", "last-modified"},
    ),
}
for _page in (
    "alpine-sprint",
    "harbour-final",
    "lakeside-cup",
    "flaky-round",
    "canyon-heat",
    "forest-finale",
):
    STATIC[f"/reports/{_page}"] = (
        f"reports/{_page}.html",
        "text/html; charset=utf-8",
        {"etag", "last-modified"},
    )

SECRET_PAGE = (
    b"<html><body><article><h1>Secret round</h1><p>Not for robots.</p></article></body></html>"
)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass
class Hit:
    """One request the site received (logged on arrival, its status set before answering)."""

    at: float  # time.monotonic() when it arrived
    path: str  # with its query string
    headers: dict[str, str]  # request headers, names lower-cased
    status: int = 0


@dataclass
class Site:
    """The running test site: its base URL, its request log and knobs for the tests."""

    base: str = ""
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    overrides: dict[str, bytes] = field(default_factory=dict)  # path -> replacement body
    broken: set[str] = field(default_factory=set)  # paths that answer 500 every time
    missing: set[str] = field(default_factory=set)  # paths that answer 404
    held: dict[str, threading.Event] = field(default_factory=dict)  # answer once the event is set
    in_flight: int = 0  # /pause/ requests being served
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self, status: int | None = None) -> list[str]:
        return [h.path for h in self.hits if status is None or h.status == status]

    def hits_for(self, path: str) -> list[Hit]:
        return [h for h in self.hits if urlsplit(h.path).path == path]


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    site: Site

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        site = self.site
        path = urlsplit(self.path).path
        self.hit = Hit(time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()})
        with site.lock:
            site.hits.append(self.hit)
            site.counts[path] = site.counts.get(path, 0) + 1
            count = site.counts[path]
        # a client giving up (oversized or slow page) is what those tests want
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._respond(path, count)

    def send_response(self, code: int, message: str | None = None) -> None:
        self.hit.status = code
        super().send_response(code, message)

    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> int:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return status

    def _respond(self, path: str, count: int) -> int:
        site = self.site
        if path in site.held:  # a site stalling mid-crawl, until the test lets it go
            site.held[path].wait(timeout=60)
        if path in site.broken:
            return self._send(500, b"server error", {"Content-Type": "text/plain"})
        if path in site.missing:
            return self._send(404, b"not found", {"Content-Type": "text/plain"})
        if path == "/go/lakeside":
            return self._send(301, headers={"Location": "/reports/lakeside-cup"})
        if path == "/reports/flaky-round" and count <= 2:
            return self._send(503, b"busy", {"Content-Type": "text/plain"})
        if path == "/reports/busy-round":
            if count == 1:
                return self._send(
                    429, b"slow down", {"Retry-After": "1", "Content-Type": "text/plain"}
                )
            return self._send(
                200, b"<html><body><p>Busy round</p></body></html>", {"Content-Type": "text/html"}
            )
        if path == "/reports/slow-round":
            time.sleep(SLOW_S)
            return self._send(200, b"<html><body>late</body></html>", {"Content-Type": "text/html"})
        if path.startswith("/pause/"):  # counts how many requests it serves at once
            with site.lock:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            time.sleep(PAUSE_S)
            with site.lock:
                site.in_flight -= 1
            return self._send(
                200, f"<html><body>{path}</body></html>".encode(), {"Content-Type": "text/html"}
            )
        if path in ("/reports/drip-round", "/reports/drip-headers"):
            return self._drip(in_headers=path.endswith("headers"))
        if path == "/reports/utf16-round":  # alpine-sprint in UTF-16LE: only the header says so
            body = (SITE / "reports/alpine-sprint.html").read_text(encoding="utf-8")
            return self._send(
                200, body.encode("utf-16-le"), {"Content-Type": "text/html; charset=UTF-16LE"}
            )
        if path == "/reports/huge-round":
            body = b"<html><body>" + b"x" * (MAX_BYTES + 100_000) + b"</body></html>"
            return self._send(200, body, {"Content-Type": "text/html"})
        if path == "/reports/endless-round":  # no Content-Length: only counting bytes catches it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            for _ in range(64):
                self.wfile.write(b"<p>" + b"y" * 16_000 + b"</p>")
            return 200
        if path == "/media/podium.png":
            return self._send(200, PNG, {"Content-Type": "image/png"})
        if path == "/private/secret-round":
            return self._send(200, SECRET_PAGE, {"Content-Type": "text/html"})
        if path not in STATIC:
            return self._send(404, b"not found", {"Content-Type": "text/plain"})
        name, content_type, validators = STATIC[path]
        body = site.overrides.get(path) or (SITE / name).read_bytes().replace(
            b"{base}", site.base.encode()
        )
        headers = {"Content-Type": content_type}
        if "etag" in validators:
            headers["ETag"] = _etag(body)
        if "last-modified" in validators:
            headers["Last-Modified"] = LAST_MODIFIED
        if self._not_modified(headers):
            del headers["Content-Type"]
            self.send_response(304)
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            return 304
        return self._send(200, body, headers)

    def _drip(self, *, in_headers: bool) -> int:
        """One byte every DRIP_S: of the body, or (`in_headers`) of a header that never ends."""
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        if in_headers:
            self.flush_headers()  # the status line and headers so far, with no blank line after
            self.wfile.write(b"X-Drip: ")
        else:
            self.end_headers()
            self.wfile.write(b"<html><body>")
        self.wfile.flush()
        self.close_connection = True
        ends = time.monotonic() + DRIP_FOR_S
        while time.monotonic() < ends:
            time.sleep(DRIP_S)
            self.wfile.write(b"x")
            self.wfile.flush()
        return 200

    def _not_modified(self, headers: dict[str, str]) -> bool:
        if "If-None-Match" in self.headers:
            return self.headers["If-None-Match"] == headers.get("ETag")
        since = self.headers.get("If-Modified-Since")
        if since and "Last-Modified" in headers:
            return parsedate_to_datetime(since) >= parsedate_to_datetime(headers["Last-Modified"])
        return False


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # a client hanging up is expected
        pass


@pytest.fixture
def site():
    """A fresh test site on a free port of 127.0.0.1, shut down after the test."""
    state = Site()
    handler = type("Handler", (_Handler,), {"site": state})
    server = _QuietServer(("127.0.0.1", 0), handler)
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch):
    """Requests to 127.0.0.1 never go through a proxy set in the environment."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def policy() -> FetchPolicy:
    """Fast but complete politeness for tests: tiny delay and backoff, short timeouts."""
    return FetchPolicy(
        delay_s=0.01,
        read_timeout_s=0.3,
        connect_timeout_s=0.5,
        retries=2,
        backoff_base_s=0.01,
        max_bytes=MAX_BYTES,
        user_agent="raceresults/test (+contact: tests)",
    )
