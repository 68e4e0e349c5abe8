"""What an ingestion run reports (counts, disallowed URLs, failures) and how it shows progress."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Protocol

from flows.stores.raw import utc_now
from flows.stores.runs import Failure, RunCounts

log = logging.getLogger(__name__)


class Progress(Protocol):
    """Receives progress of a long step (a progress bar in the CLI)."""

    def start(self, label: str, total: int) -> None: ...

    def advance(self, steps: int = 1) -> None: ...


class Quiet:
    """Progress that shows nothing."""

    def start(self, label: str, total: int) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


@dataclass
class IngestReport:
    """What a run (or one batch of it) did: its counts, the record runs keep (`seen`: article
    pages to fetch after filters and dedup, or pages found by a replay), the URLs robots.txt
    disallows and every failure with its reason."""

    started_at: str = field(default_factory=utc_now)
    finished_at: str | None = None
    counts: RunCounts = field(default_factory=RunCounts)
    disallowed: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def fail(self, stage: str, item: str, reason: str) -> None:
        log.info("%s failed for %s: %s", stage, item, reason)
        self.failures.append(Failure(stage=stage, item=item, reason=reason))
        self.counts.failed += 1

    def disallow(self, url: str) -> None:
        """A URL robots.txt keeps us from."""
        self.disallowed.append(url)
        self.counts.skipped_robots += 1

    def add(self, part: IngestReport) -> None:
        """Add a batch's report to this one: counts add up, lists are joined."""
        self.counts.add(part.counts)
        self.disallowed.extend(part.disallowed)
        self.failures.extend(part.failures)

    @property
    def ok(self) -> bool:
        """False when a source could not be read, or when every page tried failed: pages failed
        and none has an extraction (a page fetched but not extractable is no success)."""
        if any(f.stage == "discover" for f in self.failures):
            return False
        pages_failed = any(f.stage in {"fetch", "extract"} for f in self.failures)
        return not (pages_failed and self.counts.extracted + self.counts.reused == 0)
