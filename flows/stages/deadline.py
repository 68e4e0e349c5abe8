"""Hard deadlines for HTTP requests: when the time runs out a watchdog cuts the connection, so a
server that drips one byte every few seconds (never silent long enough for a read timeout) or
stalls in its headers cannot hold a run for ever.

    with deadline(120, "no whole answer within 120 s") as limit:
        response = session.get(url, stream=True)   # a session from watched_session()
        body = response.content
        limit.check()                              # raises DeadlineExceeded once it ran out

Deadlines nest (a whole page around each of its requests); the connections a thread uses inside
`deadline(...)` through a `watched_session()` are cut when any enclosing deadline passes.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool


class DeadlineExceeded(Exception):
    """The time allowed for a request (or a page) ran out; the message says which."""


class Deadline:
    """A point in time after which the connections registered with it are cut."""

    def __init__(self, seconds: float, reason: str):
        self.reason = reason
        self.ends_at = time.monotonic() + seconds
        self.expired = False
        self._over = False  # the block ended: cut nothing any more
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, seconds), self._expire)
        self._timer.daemon = True

    def remaining(self) -> float:
        """Seconds left (0 once it passed)."""
        return max(0.0, self.ends_at - time.monotonic())

    def check(self) -> None:
        """Raise DeadlineExceeded when the deadline has passed."""
        if self.expired or time.monotonic() >= self.ends_at:
            self.expired = True
            raise DeadlineExceeded(self.reason)

    def watch(self, sock: socket.socket) -> None:
        """Cut `sock` when the deadline passes (at once if it has)."""
        with self._lock:
            if self._over:
                return
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _cut(sock)

    def _expire(self) -> None:
        with self._lock:
            if self._over:
                return
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _cut(sock)

    def _end(self) -> None:
        with self._lock:
            self._over = True
            self._sockets.clear()
        self._timer.cancel()


def _cut(sock: socket.socket) -> None:
    """Shut a socket down: a read blocked on it returns at once."""
    with suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


_local = threading.local()


def _active() -> list[Deadline]:
    if not hasattr(_local, "deadlines"):
        _local.deadlines = []
    return _local.deadlines


def current() -> Deadline | None:
    """The innermost deadline of this thread, if any."""
    active = _active()
    return active[-1] if active else None


def passed() -> Deadline | None:
    """The first of this thread's deadlines that has passed, if any."""
    for limit in _active():
        if limit.expired or time.monotonic() >= limit.ends_at:
            limit.expired = True
            return limit
    return None


def check() -> None:
    """Raise DeadlineExceeded when any of this thread's deadlines has passed."""
    limit = passed()
    if limit is not None:
        raise DeadlineExceeded(limit.reason)


@contextmanager
def deadline(seconds: float, reason: str) -> Iterator[Deadline]:
    """Within the block, this thread's requests through a `watched_session()` are cut once
    `seconds` have passed (or an enclosing deadline has)."""
    limit = Deadline(seconds, reason)
    active = _active()
    active.append(limit)
    limit._timer.start()
    try:
        yield limit
    finally:
        limit._end()
        active.remove(limit)


class _Watched:
    """A urllib3 connection that puts its socket under the deadlines of the thread using it (the
    socket itself: once a response that closes the connection arrives, the connection forgets
    its socket while the body is still read from it)."""

    sock: socket.socket | None

    def _watched(self) -> None:
        if self.sock is not None:
            for limit in _active():
                limit.watch(self.sock)

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        self._watched()

    def request(self, *args: Any, **kwargs: Any) -> None:
        self._watched()
        super().request(*args, **kwargs)  # type: ignore[misc]


class _Connection(_Watched, HTTPConnection):
    pass


class _TLSConnection(_Watched, HTTPSConnection):
    pass


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


_POOLS = {"http": _Pool, "https": _TLSPool}


class _Adapter(HTTPAdapter):
    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):  # SOCKS managers bring their own connections
            manager.pool_classes_by_scheme = _POOLS
        return manager


def watched_session() -> requests.Session:
    """A requests session whose connections obey the deadlines of the thread using them."""
    session = requests.Session()
    adapter = _Adapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
