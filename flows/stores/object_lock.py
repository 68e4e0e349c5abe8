"""The publish lock on object storage: a lock object created only when absent (a conditional PUT,
S3's `If-None-Match: *`, through fsspec's exclusive "create" mode) and deleted on release. A lock
left by a publisher killed before it could delete it is taken over once it is older than
`stale_s`."""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from flows.stores.storage import Zone

logger = logging.getLogger(__name__)

LOCK_STALE_S = 3600.0
"""A publish takes minutes at most: a lock this old was left by a publisher that was killed."""
POLL_S = 0.5


class ObjectLockTimeout(RuntimeError):
    """Another publisher held the lock object for longer than we were willing to wait."""


def _taken_at(zone: Zone, name: str) -> float | None:
    """When the lock object was taken (its own record), None when it is gone or unreadable."""
    try:
        return float(json.loads(zone.read_bytes(name))["taken_at"])
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return None


@contextmanager
def object_lock(
    zone: Zone, name: str, timeout_s: float = 600.0, stale_s: float = LOCK_STALE_S
) -> Iterator[None]:
    """Hold the lock object `name` of `zone` for the duration of the block."""
    path = zone.path(name)
    record = {
        "owner": f"{socket.gethostname()}:{os.getpid()}",
        "token": uuid.uuid4().hex,
        "taken_at": time.time(),
    }
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            zone.fs.pipe_file(path, json.dumps(record).encode(), mode="create")
            break
        except FileExistsError:
            taken_at = _taken_at(zone, name)
            if taken_at is not None and time.time() - taken_at > stale_s:
                logger.warning("taking over %s, left %.0f s ago", path, time.time() - taken_at)
                zone.fs.rm_file(path)
                continue
            if time.monotonic() > deadline:
                raise ObjectLockTimeout(f"{path} held for more than {timeout_s:.0f} s") from None
            time.sleep(POLL_S)
    try:
        yield
    finally:
        zone.fs.rm_file(path)
