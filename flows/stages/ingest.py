"""Ingestion: discover article links from sources, fetch them politely into the raw zone, extract
every stored page once per extractor version (replay, from the raw zone alone: `extract.reextract`).

Each step takes and returns a batch (`Crawl.discover` -> targets, `Crawl.fetch` -> fetch records,
`Crawl.extract`), so flows can run them as separate tasks; `ingest` runs them in order. The steps
live in their own modules: `discover`, `plan` (what needs a request), `record` (fetching into the
raw zone and crawl state) and `extract`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from flows.stages.discover import discover
from flows.stages.extract import extract_batch
from flows.stages.fetch import Fetcher, FetchPolicy
from flows.stages.ingest_report import IngestReport, Progress, Quiet
from flows.stages.plan import RECHECK_FAILED, Target, held
from flows.stages.record import Recorder
from flows.stages.sources import Source
from flows.stores.extracted import ExtractionStore
from flows.stores.raw import FetchRecord, RawZone, utc_now


class Crawl:
    """One ingestion run over a data dir: fetcher, raw zone, crawl state and report together.

    Use as a context manager: the crawl state is saved on the way out whatever happened, so a
    crash keeps everything fetched so far; the run watermark moves only when the run finished.
    Give it the run's `fetcher` when one run makes several crawls (batches), so that each host's
    robots.txt, delay and Retry-After hold for the whole run; else it has one of its own.
    """

    def __init__(
        self,
        data_dir: str | Path,
        *,
        policy: FetchPolicy | None = None,
        fetcher: Fetcher | None = None,
        workers: int = 4,
        progress: Progress | None = None,
        recheck_failed: timedelta = RECHECK_FAILED,
    ):
        self.raw = RawZone.at(data_dir)
        self.store = ExtractionStore.at(data_dir)
        self.state = self.raw.load_state()
        self.report = IngestReport()
        for damage in self.raw.repaired:  # named once, in the summary of the run that repaired it
            self.report.fail("state", damage.path, damage.reason)
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher if fetcher is not None else Fetcher(policy)
        self.workers = workers
        self.recheck_failed = recheck_failed
        self.progress = progress or Quiet()
        self.recorder = Recorder(self.raw, self.state, self.report, self.fetcher)

    def __enter__(self) -> Crawl:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self._own_fetcher:
            self.fetcher.close()
        self.report.finished_at = utc_now()
        if exc_type is None:
            self.state.last_run = self.report.started_at
        self.raw.save_state(self.state)

    def discover(self, sources: Sequence[Source]) -> list[Target]:
        """Article pages named by the sources, filtered, one per page however many URLs reach it."""
        return discover(sources, self.recorder, self.progress)

    def held(
        self, targets: Sequence[Target], *, refetch: bool = True
    ) -> tuple[list[Target], list[FetchRecord]]:
        """Split targets into those to fetch and the stored pages needing none (`plan.held`)."""
        return held(
            self.state, targets, self.report, refetch=refetch, recheck_failed=self.recheck_failed
        )

    def fetch(self, targets: Sequence[Target]) -> list[FetchRecord]:
        """Fetch (or read) each target into the raw zone; the records of every page now stored."""
        return self.recorder.fetch(
            targets, self.progress, workers=self.workers, recheck_failed=self.recheck_failed
        )

    def extract(self, records: Sequence[FetchRecord]) -> None:
        """Extract the stored article pages not yet extracted by this extractor version."""
        extract_batch(self.raw, self.store, records, self.report, self.progress)


def ingest(
    sources: Sequence[Source],
    data_dir: str | Path,
    *,
    policy: FetchPolicy | None = None,
    workers: int = 4,
    progress: Progress | None = None,
) -> IngestReport:
    """Discover, fetch and extract: one incremental run over the sources into `data_dir`."""
    with Crawl(data_dir, policy=policy, workers=workers, progress=progress) as crawl:
        targets = crawl.discover(sources)
        records = crawl.fetch(targets)
        crawl.extract(records)
    return crawl.report
