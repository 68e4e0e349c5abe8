"""Wall time per pipeline stage, accumulated across tasks and threads, for the run record.

timings = StageTimes()
with timings.stage("html"):
    document = document_for(body)
record.stages_s = timings.as_dict()
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager


class StageTimes:
    """Seconds spent per named stage; stages may repeat (once per batch) and run in threads."""

    def __init__(self) -> None:
        self._seconds: dict[str, float] = {}
        self._lock = threading.Lock()

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        """Time the block and add it to `name`, whether it ends normally or raises."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.add(name, time.perf_counter() - started)

    def add(self, name: str, seconds: float) -> None:
        with self._lock:
            self._seconds[name] = self._seconds.get(name, 0.0) + seconds

    def merge(self, other: Mapping[str, float]) -> None:
        """Add stage times measured elsewhere (another task's, another process's)."""
        for name, seconds in other.items():
            self.add(name, seconds)

    def as_dict(self) -> dict[str, float]:
        """The stages in the order they first ran, rounded to milliseconds."""
        with self._lock:
            return {name: round(seconds, 3) for name, seconds in self._seconds.items()}
