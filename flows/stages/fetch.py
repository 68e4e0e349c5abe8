"""A polite HTTP fetcher: one session per host, a minimum delay and a concurrency cap per host,
robots.txt obeyed (read by protego: `*` and `$` wildcards, the longest rule wins), retries with
backoff on transient failures, conditional GET, size/type limits, and hard deadlines
(flows/stages/deadline.py) on each request and on each page.

Every outcome is a value (`FetchResult`), never an exception, so a batch goes on past a bad page.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from typing import Literal
from urllib.parse import urljoin, urlsplit

import requests
from protego import Protego

from flows.stages import deadline
from flows.stages.deadline import DeadlineExceeded, watched_session

log = logging.getLogger(__name__)

Outcome = Literal["fetched", "not_modified", "robots", "failed"]

ROBOTS_AGENT = "raceresults"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
XML_TYPES = frozenset(
    {
        "text/xml",
        "application/xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
    }
)
TEXT_TYPES = frozenset({"text/plain"})
PAGE_TYPES = HTML_TYPES | XML_TYPES | TEXT_TYPES
GZIP_TYPES = frozenset({"application/gzip", "application/x-gzip"})  # `sitemap.xml.gz`
KEPT_HEADERS = ("content-type", "content-language", "etag", "last-modified", "date", "x-robots-tag")

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_ROBOTS_MAX_BYTES = 500_000  # the size RFC 9309 asks crawlers to read at least


def user_agent(contact: str = "") -> str:
    """`raceresults/<version> (+<contact>)`: an e-mail or URL so sites can reach the operator."""
    try:
        own = version("raceresults")
    except PackageNotFoundError:
        own = "0"
    contact = contact.strip() or "contact: set --contact"
    return f"{ROBOTS_AGENT}/{own} (+{contact})"


@dataclass(frozen=True)
class FetchPolicy:
    """How politely and patiently to fetch."""

    delay_s: float = 1.0  # minimum time between two request starts on one host
    max_per_host: int = 2  # requests in flight at once on one host
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0  # silence allowed while waiting for bytes
    total_timeout_s: float = 120.0  # one request: its headers and its whole body
    page_timeout_s: float = 300.0  # one page: robots.txt, redirects, retries and their waits
    retries: int = 3  # further attempts after a transient failure
    backoff_base_s: float = 1.0  # first retry waits about this long, then twice as long, ...
    backoff_max_s: float = 60.0
    retry_after_max_s: float = 300.0  # a longer Retry-After gives up instead of waiting
    max_bytes: int = 10_000_000
    max_redirects: int = 10
    obey_robots: bool = True
    user_agent: str = field(default_factory=user_agent)


@dataclass(frozen=True)
class FetchResult:
    """What happened to one URL: a body, a 304, a robots.txt refusal or a failure and its reason."""

    url: str
    outcome: Outcome
    fetched_at: str
    final_url: str | None = None
    status: int | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    reason: str | None = None
    attempts: int = 0
    permanent: bool = False  # a failure that retrying will not fix (4xx, refused type or size)

    @property
    def media_type(self) -> str | None:
        value = self.headers.get("content-type", "")
        return value.split(";")[0].strip().lower() or None


# the charset parameter of a Content-Type: "text/html; charset=UTF-16" -> "utf-16"
CHARSET_PARAM_RE = re.compile(r"""charset\s*=\s*["']?([\w:.-]+)""", re.IGNORECASE)


def charset_of(content_type: str | None) -> str | None:
    """The charset a Content-Type header declares, lower-cased; None when it declares none."""
    found = CHARSET_PARAM_RE.search(content_type or "")
    return found.group(1).lower() if found else None


@dataclass(frozen=True)
class FetchRequest:
    """A URL to fetch with the validators of its last fetch."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    accept: frozenset[str] = PAGE_TYPES


class _Refused(Exception):
    """A response that must not be used (too big, wrong type); never retried."""


@dataclass
class _Attempt:
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    location: str | None = None
    error: str | None = None
    retry_after_s: float | None = None
    tries: int = 1
    timed_out: bool = False  # a deadline passed: not retried (the next run tries again)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header: `120` or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


_HOST_NOT_FOUND = ("Name or service not known", "NameResolution", "Failed to resolve",
                   "nodename nor servname", "Temporary failure in name resolution")  # fmt: skip


def describe_error(exc: requests.RequestException) -> str:
    """A request's failure in a few words: timed out, connection refused, host not found, …"""
    if isinstance(exc, requests.Timeout):
        return "timed out"
    if isinstance(exc, requests.ConnectionError):
        text = str(exc)
        if "timed out" in text or "Read timed out" in text:
            return "timed out"
        if "refused" in text.lower():
            return "connection refused"
        if any(words in text for words in _HOST_NOT_FOUND):
            return "host not found"
        return "connection failed"
    return type(exc).__name__


def _failed(exc: requests.RequestException) -> _Attempt:
    """The attempt a request exception ends: a deadline cut it, or the network failed."""
    limit = deadline.passed()
    if limit is not None:
        return _Attempt(error=limit.reason, timed_out=True)
    return _Attempt(error=describe_error(exc))


class _Host:
    """One host's session, pacing, concurrency slots and robots.txt rules."""

    def __init__(self, origin: str, policy: FetchPolicy):
        self.origin = origin
        self.session = watched_session()
        self.session.headers["User-Agent"] = policy.user_agent
        self.slots = threading.BoundedSemaphore(policy.max_per_host)
        self.delay_s = policy.delay_s
        self._lock = threading.Lock()
        self._next_start = 0.0
        self.robots_lock = threading.Lock()
        self.robots: Protego | None = None
        self.robots_error: str | None = None

    def wait_turn(self, sleep: Callable[[float], None]) -> None:
        """Sleep until this host may receive the next request (delay counted start to start)."""
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self.delay_s
        if start > now:
            sleep(start - now)

    def hold_off(self, seconds: float) -> None:
        """Keep every request to this host back for `seconds` (a Retry-After)."""
        with self._lock:
            self._next_start = max(self._next_start, time.monotonic() + seconds)


class Fetcher:
    """Fetches URLs politely; use as a context manager so sessions are closed."""

    def __init__(
        self, policy: FetchPolicy | None = None, *, sleep: Callable[[float], None] = time.sleep
    ):
        self.policy = policy or FetchPolicy()
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._hosts_lock = threading.Lock()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for host in self._hosts.values():
            host.session.close()

    def _host(self, url: str) -> _Host:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        with self._hosts_lock:
            if origin not in self._hosts:
                self._hosts[origin] = _Host(origin, self.policy)
            return self._hosts[origin]

    # -- robots.txt ----------------------------------------------------------------------------

    def _robots(self, host: _Host) -> None:
        """Load a host's robots.txt once: 4xx allows all, 5xx or no answer leaves it unknown."""
        with host.robots_lock:
            if host.robots is not None or host.robots_error is not None:
                return
            attempt = self._with_retries(host, f"{host.origin}/robots.txt", {}, PAGE_TYPES, True)
            if attempt.status is None:  # no answer at all: a dead host, named as such
                host.robots_error = attempt.error or "no answer"
                return
            if 200 <= attempt.status < 300 and attempt.body is not None:
                body = (attempt.body or b"")[:_ROBOTS_MAX_BYTES]
                parser = Protego.parse(body.decode("utf-8", errors="replace"))
                crawl_delay = parser.crawl_delay(ROBOTS_AGENT)
                if crawl_delay:
                    host.delay_s = max(host.delay_s, min(float(crawl_delay), 60.0))
            elif (
                attempt.status is not None and 400 <= attempt.status < 500 and attempt.status != 429
            ):
                parser = Protego.parse("")
            else:
                host.robots_error = f"robots.txt unavailable ({attempt.error or attempt.status})"
                return
            host.robots = parser

    def allowed(self, url: str) -> tuple[bool, str | None]:
        """Whether robots.txt lets us fetch `url`; the reason when it cannot be told."""
        if not self.policy.obey_robots:
            return True, None
        host = self._host(url)
        self._robots(host)
        if host.robots is None:
            return False, host.robots_error
        return host.robots.can_fetch(url, ROBOTS_AGENT), None

    # -- one request ---------------------------------------------------------------------------

    def _attempt(
        self, host: _Host, url: str, headers: dict[str, str], accept: frozenset[str], follow: bool
    ) -> _Attempt:
        """One request, its body read within the size, type and time limits, in a host slot."""
        policy = self.policy
        with host.slots:
            host.wait_turn(self._sleep)
            limit = f"no whole answer within {policy.total_timeout_s:g} s"
            with deadline.deadline(policy.total_timeout_s, limit):
                return self._request(host, url, headers, accept, follow)

    def _request(
        self, host: _Host, url: str, headers: dict[str, str], accept: frozenset[str], follow: bool
    ) -> _Attempt:
        policy = self.policy
        try:
            response = host.session.get(
                url,
                headers=headers,
                timeout=(policy.connect_timeout_s, policy.read_timeout_s),
                stream=True,
                allow_redirects=follow,
            )
        except requests.RequestException as exc:
            return _failed(exc)
        with response:
            kept = {k: response.headers[k] for k in KEPT_HEADERS if k in response.headers}
            result = _Attempt(status=response.status_code, headers=kept)
            if response.is_redirect:
                result.location = urljoin(url, response.headers.get("location", ""))
            elif response.status_code in _RETRY_STATUS:
                result.retry_after_s = _retry_after(response.headers.get("retry-after"))
            elif 200 <= response.status_code < 300:
                try:
                    result.body = self._read_body(response, accept)
                except _Refused as exc:
                    return _Attempt(status=response.status_code, headers=kept, error=str(exc))
                except DeadlineExceeded as exc:
                    return _Attempt(error=str(exc), timed_out=True)
                except requests.RequestException as exc:
                    return _failed(exc)
            return result

    def _read_body(self, response: requests.Response, accept: frozenset[str]) -> bytes:
        policy = self.policy
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type and media_type not in accept and not media_type.endswith("+xml"):
            raise _Refused(f"refused content type {media_type}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > policy.max_bytes:
            raise _Refused(f"body of {declared} bytes exceeds the {policy.max_bytes}-byte limit")
        chunks: list[bytes] = []
        size = 0
        # a deadline that passes mid-read cuts the connection: the read ends early, then check()
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > policy.max_bytes:
                raise _Refused(f"body exceeds the {policy.max_bytes}-byte limit")
            deadline.check()
            chunks.append(chunk)
        deadline.check()
        return b"".join(chunks)

    def _with_retries(
        self,
        host: _Host,
        url: str,
        headers: dict[str, str],
        accept: frozenset[str],
        follow: bool = False,
    ) -> _Attempt:
        """Attempts until one is not transient (connection error, timeout, 429, 5xx) or retries
        run out; waits grow exponentially with jitter and are never shorter than Retry-After."""
        policy = self.policy
        for number in range(policy.retries + 1):
            attempt = self._attempt(host, url, headers, accept, follow)
            attempt.tries = number + 1
            retry_after = attempt.retry_after_s
            if retry_after is not None and retry_after <= policy.retry_after_max_s:
                host.hold_off(retry_after)  # for every request to the host, retried or not
            transient = attempt.status is None or attempt.status in _RETRY_STATUS
            if attempt.timed_out or not transient or number == policy.retries:
                return attempt
            wait = min(policy.backoff_max_s, policy.backoff_base_s * 2**number)
            wait *= 0.5 + random.random() / 2
            if retry_after is not None:
                if retry_after > policy.retry_after_max_s:
                    attempt.error = f"Retry-After of {retry_after:g} s is too long"
                    return attempt
                wait = max(wait, retry_after)
            page = deadline.current()
            if page is not None and wait >= page.remaining():
                return attempt  # no retry fits in the page's time: the last failure stands
            log.info("retrying %s in %.2f s (%s)", url, wait, attempt.error or attempt.status)
            self._sleep(wait)
        raise AssertionError("unreachable")  # the loop always returns

    # -- public --------------------------------------------------------------------------------

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: frozenset[str] = PAGE_TYPES,
    ) -> FetchResult:
        """Fetch one URL (conditionally when validators are given), following redirects, within
        the page deadline (robots.txt, redirects, retries and waits included)."""
        seconds = max(self.policy.page_timeout_s, self.policy.total_timeout_s)
        with deadline.deadline(seconds, f"page not fetched within {seconds:g} s"):
            return self._fetch(url, etag=etag, last_modified=last_modified, accept=accept)

    def _fetch(
        self, url: str, *, etag: str | None, last_modified: str | None, accept: frozenset[str]
    ) -> FetchResult:
        fetched_at = _now()
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        attempts = 0
        for _ in range(self.policy.max_redirects + 1):
            if (limit := deadline.passed()) is not None:
                return FetchResult(url, "failed", fetched_at, current, reason=limit.reason)
            allowed, why = self.allowed(current)
            if not allowed:
                if why:
                    return FetchResult(url, "failed", fetched_at, current, reason=why)
                return FetchResult(
                    url, "robots", fetched_at, current, reason="disallowed by robots.txt"
                )
            attempt = self._with_retries(self._host(current), current, headers, accept)
            attempts += attempt.tries
            if attempt.location is None:
                break
            current = attempt.location
        else:
            return FetchResult(
                url, "failed", fetched_at, current, reason="too many redirects", permanent=True
            )
        common = {"final_url": current, "status": attempt.status, "headers": attempt.headers}
        if attempt.status == 304:
            return FetchResult(url, "not_modified", fetched_at, attempts=attempts, **common)
        if attempt.body is not None:
            return FetchResult(
                url, "fetched", fetched_at, body=attempt.body, attempts=attempts, **common
            )
        reason = attempt.error or f"HTTP {attempt.status}"
        status = attempt.status or 0
        permanent = not attempt.timed_out and (
            200 <= status < 300 or (400 <= status < 500 and status not in {408, 429})
        )
        return FetchResult(
            url,
            "failed",
            fetched_at,
            reason=reason,
            attempts=attempts,
            permanent=permanent,
            **common,
        )

    def fetch_all(
        self, requests_: Iterable[FetchRequest], *, workers: int = 4
    ) -> Iterator[tuple[FetchRequest, FetchResult]]:
        """Fetch many URLs on a few threads (each host still paced and capped), as they finish."""
        pool = ThreadPoolExecutor(max_workers=max(1, workers))
        try:
            futures = {
                pool.submit(
                    self.fetch, r.url, etag=r.etag, last_modified=r.last_modified, accept=r.accept
                ): r
                for r in requests_
            }
            for future in as_completed(futures):
                yield futures[future], future.result()
        finally:
            # a consumer that stops early (or crashes) does not wait for the rest to be fetched
            pool.shutdown(wait=True, cancel_futures=True)
