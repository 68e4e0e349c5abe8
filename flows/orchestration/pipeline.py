"""The Prefect flows: nightly ingestion, season backfills and replay from the raw zone, each built
from small idempotent tasks over batches of articles: discover -> fetch -> extract -> publish.

- Batches, not articles, are tasks: a task run costs Prefect ~35-45 ms of wall time on 2 cores
  (client and API server share them), so `batch_size` articles share one fetch and one extract
  task (docs/orchestration.md has the measurements).
- Fetch batches run one after another (they share the crawl state, saved after each batch, and
  each host's politeness: one Fetcher per run, so robots.txt is read once per host and the delay
  and any Retry-After hold across batches); extraction of a batch runs while the next batch is
  fetched. Discover and fetch run in the flow's own process whatever the task runner.
- Extraction is CPU-bound: a run of more than one batch on the flow's own (thread) runner
  extracts its batches in a few long-lived worker processes (each loads the NLP model once), so
  every core extracts; a Dask runner spreads the batches over its own workers instead.
- The extraction store (DATA_DIR/extracted/<extractor version>/<page hash>.json) is the task
  cache: a page extracted at this version is never extracted again, a new version redoes every
  page. It lives with the data (local, file://, s3://), is shared with the plain library, and
  costs one `exists` per page, so Prefect's own result cache would only keep a second copy.
- Publishing takes the pages whose extraction is not in the tables yet (so a no-op night writes
  nothing) and validates and publishes them in one task (flows/stages/publish.py), a bounded
  chunk of articles per publish so that a backfill's memory does not grow with its size.
- Every run writes a run record (flows/stores/runs.py): when it starts, and again when it ends.
"""

from __future__ import annotations

import dataclasses
import functools
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from typing import Any, TypeVar
from urllib.parse import urlsplit

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext
from prefect.futures import PrefectFuture
from prefect.runtime import flow_run
from prefect.states import Failed, State
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff
from pydantic_core import to_jsonable_python

import extractors
from flows.orchestration.timing import StageTimes
from flows.orchestration.workers import exit_with_parent
from flows.stages.extract import extract_pages, stored_articles
from flows.stages.fetch import Fetcher, FetchPolicy, user_agent
from flows.stages.ingest import Crawl
from flows.stages.ingest_report import IngestReport, Progress, Quiet
from flows.stages.plan import Target
from flows.stages.publish import (
    DEFAULT_RACE_QUARANTINE_THRESHOLD,
    PublishError,
    PublishReport,
    publish_in_chunks,
    sweep_garbage,
)
from flows.stages.sources import Source, load_sources, source_from_arg
from flows.stores.extracted import ExtractionStore
from flows.stores.ledger import PageRef, is_extracted, newest_pages, published_pages
from flows.stores.raw import FetchRecord, RawZone, utc_now
from flows.stores.runs import RunProcess, RunRecord, RunStatus, mark_crashed, write_run
from flows.stores.verify import check, repair

DEFAULT_DATA_DIR = "."
DEFAULT_BATCH_SIZE = 50
TASK_RUNNERS = ("default", "dask")
IO_RETRIES = 2
IO_RETRY_DELAYS_S = exponential_backoff(backoff_factor=5)(IO_RETRIES)  # 5 s, then 10 s
IO_RETRY_JITTER = 0.5
io_task = functools.partial(
    task,
    retries=IO_RETRIES,
    retry_delay_seconds=IO_RETRY_DELAYS_S,
    retry_jitter_factor=IO_RETRY_JITTER,
    cache_policy=NO_CACHE,
)
"""A task doing I/O: retried with backoff and jitter; no Prefect cache (the stores are one)."""
EXTRACTION_WORKERS = min(2, os.cpu_count() or 1)
"""Worker processes extracting a run's batches (a third on a 2-core machine only contends)."""

T = TypeVar("T")

_progress: ContextVar[Progress | None] = ContextVar("raceresults_progress", default=None)
# Extraction is CPU-bound: threads of one process would only contend for the interpreter, so a
# process extracts one batch at a time (Dask workers in other processes still run in parallel).
_extraction_slot = threading.Lock()
# the worker processes extracting this flow run's batches, when it has them (_extraction_workers)
_extraction_pool: ContextVar[Executor | None] = ContextVar(
    "raceresults_extraction_pool", default=None
)
# the fetcher of this flow run: every host's robots.txt, delay and Retry-After, for all its tasks
_run_fetcher: ContextVar[Fetcher | None] = ContextVar("raceresults_run_fetcher", default=None)


@contextmanager
def _one_fetcher(policy: FetchPolicy) -> Iterator[None]:
    """Let the discover and fetch tasks of this run share one Fetcher (they run in this process,
    one after another), so each host's politeness holds for the whole run."""
    with Fetcher(policy) as fetcher:
        token = _run_fetcher.set(fetcher)
        try:
            yield
        finally:
            _run_fetcher.reset(token)


def _crawl(data_dir: str, policy: FetchPolicy) -> Crawl:
    """A crawl over the data dir with the run's fetcher (a fetcher of its own if it has none,
    e.g. when a task runs elsewhere)."""
    fetcher = _run_fetcher.get()
    usable = fetcher is not None and fetcher.policy == policy
    return Crawl(data_dir, policy=policy, fetcher=fetcher if usable else None)


class RunFailed(Exception):
    """A flow run that did not do its job (a source unreadable, every page failed, publishing
    failed); `record` is its run record, already written to the data dir."""

    def __init__(self, record: RunRecord):
        super().__init__(record.error or "the run failed")
        self.record = record


@contextmanager
def reporting_progress(progress: Progress | None) -> Iterator[None]:
    """Report the progress of flows run in this context (in this process) to `progress`."""
    token = _progress.set(progress)
    try:
        yield
    finally:
        _progress.reset(token)


def make_task_runner(
    kind: str = "default", dask_address: str | None = None, **cluster_kwargs: Any
) -> TaskRunner | None:
    """The task runner to run the flows with: None for "default" (threads of this process, the
    flows' own); for "dask", a DaskTaskRunner on the scheduler at `dask_address`, else on a
    LocalCluster started for the run (with `cluster_kwargs`, e.g. n_workers=2)."""
    if kind not in TASK_RUNNERS:
        raise ValueError(f"unknown task runner {kind!r}; expected one of {', '.join(TASK_RUNNERS)}")
    if kind == "default":
        if dask_address:
            raise ValueError("a Dask address needs the dask task runner")
        return None
    from prefect_dask import DaskTaskRunner  # imports dask: only when asked for

    if dask_address:
        return DaskTaskRunner(address=dask_address)
    return DaskTaskRunner(cluster_kwargs=cluster_kwargs or None)


def _batches(items: Sequence[T], size: int) -> Iterator[list[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _count_batches(items: int, size: int) -> int:
    return -(-items // size)


def _log_failures(report: IngestReport) -> None:
    logger = get_run_logger()
    for failure in report.failures:
        logger.warning("%s failed for %s: %s", failure.stage, failure.item, failure.reason)


# -- tasks ---------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Plan:
    """What a run has to do with the article pages its sources name."""

    to_fetch: list[Target]
    """Pages to request (conditionally when seen before) or local files to read."""
    to_extract: list[FetchRecord]
    """Stored pages needing no request but not yet extracted at this extractor version."""
    ready: list[PageRef]
    """Stored pages needing no request and already extracted at this version: no task at all."""


@io_task(name="discover")
def discover(
    sources: list[Source], data_dir: str, policy: FetchPolicy, *, refetch: bool = True
) -> tuple[Plan, IngestReport, float]:
    """The article pages the sources name (feeds, sitemaps and listings fetched conditionally),
    sorted by what they need: a request; only an extraction (a stored page, unchanged by its
    sitemap's word or, without `refetch`, any stored page); or nothing."""
    started = time.perf_counter()
    with _crawl(data_dir, policy) as crawl:
        targets = crawl.discover(sources)
        to_fetch, held = crawl.held(targets, refetch=refetch)
    store = ExtractionStore.at(data_dir)
    ready = [PageRef.of(record) for record in held if is_extracted(store, record.page_hash)]
    done = {ref.page_hash for ref in ready}
    plan = Plan(to_fetch, [r for r in held if r.page_hash not in done], ready)
    crawl.report.counts.reused += len(ready)
    _log_failures(crawl.report)
    get_run_logger().info(
        "%d article pages from %d sources: %d to fetch, %d to extract, %d done before",
        *(len(targets), len(sources), len(to_fetch), len(plan.to_extract), len(ready)),
    )
    return plan, crawl.report, time.perf_counter() - started


@io_task(name="fetch")
def fetch(
    targets: list[Target], data_dir: str, policy: FetchPolicy
) -> tuple[list[FetchRecord], IngestReport, float]:
    """Fetch a batch of pages into the raw zone (conditional requests for pages seen before)."""
    started = time.perf_counter()
    with _crawl(data_dir, policy) as crawl:
        records = crawl.fetch(targets)
    _log_failures(crawl.report)
    return records, crawl.report, time.perf_counter() - started


@task(name="extract", cache_policy=NO_CACHE)  # pure and deterministic: a retry would fail again
def extract(
    records: list[FetchRecord], data_dir: str, *, force: bool = False
) -> tuple[list[PageRef], IngestReport, float]:
    """Extract the batch's article pages not yet extracted at this extractor version (all of them
    with `force`); returns the references of the pages that now have an extraction at this
    version."""
    done, report, seconds = _extract_in_turn(records, data_dir, force)
    _log_failures(report)
    get_run_logger().info(
        "extracted %d pages, %d already extracted at %s",
        report.counts.extracted,
        report.counts.reused,
        extractors.EXTRACTOR_VERSION,
    )
    return done, report, seconds


def _extract_in_turn(
    records: list[FetchRecord], data_dir: str, force: bool
) -> tuple[list[PageRef], IngestReport, float]:
    # Not inlined in the task: Dask ships a task's function by value, and with it the globals it
    # uses; this module-level function (and the lock it holds) travels by reference instead.
    pool = _extraction_pool.get()
    if pool is not None:
        return pool.submit(extract_pages, records, data_dir, force=force).result()
    with _extraction_slot:
        return extract_pages(records, data_dir, force=force)


@contextmanager
def _extraction_workers(data_dir: str, batches: int) -> Iterator[None]:
    """Extract this flow run's batches in EXTRACTION_WORKERS worker processes, started once for
    the run, when it pays: more than one batch and one core, the flow's own thread runner (Dask
    spreads batches itself) and a data dir other processes see (not memory://)."""
    context = FlowRunContext.get()
    local = context is not None and isinstance(context.task_runner, ThreadPoolTaskRunner)
    shared = urlsplit(data_dir).scheme != "memory"
    if batches < 2 or EXTRACTION_WORKERS < 2 or not local or not shared:
        yield
        return
    # spawned, not forked: the flow's process runs threads (Prefect's), which a fork would copy
    # mid-flight; and they exit with the flow's process, should it be killed
    pool = ProcessPoolExecutor(
        EXTRACTION_WORKERS,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=exit_with_parent,
        initargs=(os.getpid(),),
    )
    token = _extraction_pool.set(pool)
    try:
        yield
    finally:
        _extraction_pool.reset(token)
        pool.shutdown(wait=True, cancel_futures=True)


def _deterministic(exc: BaseException) -> bool:
    return isinstance(exc, PublishError | ValueError)


def _retry_unless_deterministic(_task: Any, _task_run: Any, state: State) -> bool:
    try:
        state.result()
    except Exception as exc:  # the failure being judged
        return not _deterministic(exc)
    return True


@io_task(name="publish", retry_condition_fn=_retry_unless_deterministic)
def publish_pages(
    pages: list[PageRef],
    data_dir: str,
    run_id: str,
    *,
    again: bool = False,
    quarantine_threshold: float = DEFAULT_RACE_QUARANTINE_THRESHOLD,
) -> tuple[PublishReport | None, float]:
    """Validate and publish the newest extraction of each article among `pages`, unless the
    tables already hold it (or `again`); returns the publish report (None when nothing was new).
    Extractions are read a chunk at a time, and only those the tables do not hold yet."""
    started = time.perf_counter()
    version = extractors.EXTRACTOR_VERSION
    store = ExtractionStore.at(data_dir)
    # the article's newest page, as publish() picks it: an older page of an article (another
    # URL, an earlier fetch) is not "unpublished", it lost to the newer one
    newest = newest_pages(pages)
    done = set() if again else published_pages(data_dir, version)
    todo = [ref.page_hash for ref in newest if ref.page_hash not in done]
    report = None
    if todo:
        articles = (a for page in todo if (a := store.read(page, version)) is not None)
        report = publish_in_chunks(
            articles, data_dir, run_id=run_id, race_quarantine_threshold=quarantine_threshold
        )
        get_run_logger().info(report.summary())
    else:
        get_run_logger().info(
            "nothing new to publish: the tables hold these %d articles", len(newest)
        )
        sweep_garbage(data_dir)
    return report, time.perf_counter() - started


@io_task(name="repair")
def repair_damage(data_dir: str) -> list[str]:
    """Find the damaged extractions and curated files and drop them (flows/stores/verify.py), so
    that the replay rebuilds them; one line per file."""
    damages = check(data_dir)
    for damage in damages:
        get_run_logger().warning("damaged, to rebuild: %s", damage.line())
    repair(data_dir, damages)
    return [f"{damage.path}: {damage.reason}" for damage in damages]


@io_task(name="list-raw-pages")
def list_raw_pages(data_dir: str) -> tuple[list[FetchRecord], float]:
    """The latest fetch record of every article page in the raw zone."""
    started = time.perf_counter()
    records = stored_articles(RawZone.at(data_dir))
    get_run_logger().info("%d article pages in the raw zone", len(records))
    return records, time.perf_counter() - started


# -- one run -------------------------------------------------------------------------------------


class _Run:
    """The bookkeeping of one flow run: counts, stage times, failures, and its run record."""

    def __init__(self, data_dir: str):
        self.data_dir = data_dir
        self.clock = time.perf_counter()
        self.report = IngestReport()
        self.times = StageTimes()
        self.published: PublishReport | None = None
        self.record = RunRecord(
            run_id=str(flow_run.get_id() or "local"),
            flow=flow_run.get_flow_name() or "flow",
            status="running",
            started_at=utc_now(),
            finished_at=None,
            duration_s=0.0,
            extractor_version=extractors.EXTRACTOR_VERSION,
            parameters=to_jsonable_python(flow_run.get_parameters()),
            process=RunProcess.current(),
        )
        for crashed in mark_crashed(data_dir):
            get_run_logger().warning("run %s (%s) had crashed", crashed.run_id, crashed.flow)
        write_run(data_dir, self.record)

    def add(self, stage: str, report: IngestReport | None, seconds: float) -> None:
        if report is not None:
            self.report.add(report)
        self.times.add(stage, seconds)

    def finish(self, status: RunStatus, error: str | None = None) -> RunRecord:
        report, published = self.report, self.published
        record = self.record.model_copy(
            update={
                "status": status,
                "error": error,
                "finished_at": utc_now(),
                "duration_s": round(time.perf_counter() - self.clock, 3),
                "stages_s": self.times.as_dict(),
                "failures": list(report.failures),
                "disallowed": list(report.disallowed),
                "counts": report.counts.model_copy(
                    update={
                        "rows_published": published.rows_published if published else 0,
                        "rows_quarantined": published.rows_quarantined if published else 0,
                    }
                ),
            }
        )
        write_run(self.data_dir, record)
        return record


def _drain(
    pending: list[tuple[PrefectFuture, int]],
    run: _Run,
    progress: Progress,
    pages: set[PageRef],
    *,
    wait: bool,
) -> list[tuple[PrefectFuture, int]]:
    """Collect the extraction batches that are done (all of them with `wait`); the rest."""
    left = []
    for future, size in pending:
        if wait:
            future.wait()
        if not future.state.is_final():
            left.append((future, size))
            continue
        done, report, seconds = future.result()
        run.add("extract", report, seconds)
        pages.update(done)
        progress.advance(size)
    return left


def _fetch_and_extract(
    run: _Run, plan: Plan, data_dir: str, policy: FetchPolicy, batch_size: int
) -> set[PageRef]:
    """Extract the stored pages the plan holds, then fetch its targets batch after batch,
    extracting each batch while the next one is fetched; returns the pages extracted (now or
    before) at this extractor version."""
    progress = _progress.get() or Quiet()
    progress.start("articles", len(plan.ready) + len(plan.to_extract) + len(plan.to_fetch))
    progress.advance(len(plan.ready))
    pages: set[PageRef] = set(plan.ready)
    batches = _count_batches(len(plan.to_extract), batch_size)
    batches += _count_batches(len(plan.to_fetch), batch_size)
    with _extraction_workers(data_dir, batches):
        pending = [
            (extract.submit(batch, data_dir), len(batch))
            for batch in _batches(plan.to_extract, batch_size)
        ]
        for batch in _batches(plan.to_fetch, batch_size):
            records, report, seconds = fetch(batch, data_dir, policy)
            run.add("fetch", report, seconds)
            pending.append((extract.submit(records, data_dir), len(batch)))
            pending = _drain(pending, run, progress, pages, wait=False)
        _drain(pending, run, progress, pages, wait=True)
    return pages


def _publish(
    run: _Run,
    pages: set[PageRef],
    data_dir: str,
    *,
    again: bool = False,
    quarantine_threshold: float = DEFAULT_RACE_QUARANTINE_THRESHOLD,
) -> None:
    report, seconds = publish_pages(
        sorted(pages),
        data_dir,
        run.record.run_id,
        again=again,
        quarantine_threshold=quarantine_threshold,
    )
    run.published = report
    run.add("publish", None, seconds)


def _failed(run: _Run, error: str) -> State:
    record = run.finish("failed", error)
    get_run_logger().error("run failed: %s", error)
    return Failed(message=error, data=RunFailed(record))


def _conclude(run: _Run, body: Callable[[], None]) -> RunRecord | State:
    """Run the flow's body and write its run record however it ends: the record when the run did
    its job, else a Failed state carrying RunFailed (one line in the log, no traceback)."""
    try:
        body()
    except Exception as exc:
        get_run_logger().debug("the run failed here", exc_info=True)
        return _failed(run, f"{type(exc).__name__}: {exc}")
    except BaseException:  # Ctrl-C, SIGTERM (Prefect's TerminationSignal), SystemExit
        run.finish("interrupted", "interrupted")
        raise
    if run.report.ok:
        record = run.finish("completed")
        get_run_logger().info(
            "%d articles seen, %d fetched, %d extracted (%d already), %d rows published, "
            "%d quarantined, %d failures",
            *(record.counts.seen, record.counts.fetched, record.counts.extracted),
            *(record.counts.reused, record.counts.rows_published, record.counts.rows_quarantined),
            record.counts.failed,
        )
        return record
    sources = [f for f in run.report.failures if f.stage == "discover"]
    pages = [f for f in run.report.failures if f.stage in {"fetch", "extract"}]
    first = (sources or pages)[0]
    more = len(sources or pages) - 1
    what = "could not read source" if sources else "every page failed; first"
    tail = f" (and {more} more)" if more else ""
    return _failed(run, f"{what} {first.item}: {first.reason}{tail}")


def _load(sources: str | Sequence[str]) -> list[Source]:
    """Sources from flow parameters: a sources file (*.toml), or URLs and paths given one by one."""
    entries = [sources] if isinstance(sources, str) else list(sources)
    loaded: list[Source] = []
    for entry in entries:
        if entry.endswith(".toml"):
            loaded += load_sources(entry)
        else:
            loaded.append(source_from_arg(entry))
    return loaded


def _window(
    sources: list[Source], seasons: Sequence[int] | None, since: date | None, until: date | None
) -> list[Source]:
    """Narrow each source's date range to the seasons (whole years) and to since/until."""
    if seasons:
        since = max(filter(None, [since, date(min(seasons), 1, 1)]))
        until = min(filter(None, [until, date(max(seasons), 12, 31)]))
    narrowed = []
    for source in sources:
        first = max(filter(None, [source.since, since]), default=None)
        last = min(filter(None, [source.until, until]), default=None)
        narrowed.append(dataclasses.replace(source, since=first, until=last))
    return narrowed


def _ingest(
    sources: list[Source],
    data_dir: str,
    *,
    policy: FetchPolicy,
    batch_size: int,
    refetch: bool,
    quarantine_threshold: float,
) -> RunRecord | State:
    run = _Run(data_dir)

    def body() -> None:
        progress = _progress.get() or Quiet()
        progress.start("discovering", len(sources))
        with _one_fetcher(policy):
            plan, report, seconds = discover(sources, data_dir, policy, refetch=refetch)
            run.add("discover", report, seconds)
            progress.advance(len(sources))
            pages = _fetch_and_extract(run, plan, data_dir, policy, batch_size)
        if pages:
            _publish(run, pages, data_dir, quarantine_threshold=quarantine_threshold)

    return _conclude(run, body)


# -- flows ---------------------------------------------------------------------------------------


def _policy(delay_s: float, retries: int, timeout_s: float, contact: str) -> FetchPolicy:
    """The fetch policy of a flow's parameters."""
    return FetchPolicy(
        delay_s=delay_s, retries=retries, total_timeout_s=timeout_s, user_agent=user_agent(contact)
    )


@flow(name="nightly-ingest")
def nightly_ingest(
    sources: str | list[str],
    data_dir: str = DEFAULT_DATA_DIR,
    delay_s: float = 1.0,
    retries: int = 3,
    batch_size: int = DEFAULT_BATCH_SIZE,
    timeout_s: float = FetchPolicy.total_timeout_s,
    quarantine_threshold: float = DEFAULT_RACE_QUARANTINE_THRESHOLD,
    contact: str = "",
) -> RunRecord | State:
    """Ingest what is new: conditional requests for pages seen before, new pages fetched,
    extracted and published. `sources`: a sources file (*.toml) or a list of URLs and paths;
    `delay_s` between two requests to a host, `retries` of a transient failure, `timeout_s` for
    one request's whole answer; `quarantine_threshold`: the share of a race's rows that may fail
    validation while the rest is published (0: none, a failing row holds back its race);
    `contact`: an e-mail or URL the User-Agent names so sites can reach the operator."""
    return _ingest(
        _load(sources),
        data_dir,
        policy=_policy(delay_s, retries, timeout_s, contact),
        batch_size=batch_size,
        refetch=True,
        quarantine_threshold=quarantine_threshold,
    )


@flow(name="backfill")
def backfill(
    sources: str | list[str],
    data_dir: str = DEFAULT_DATA_DIR,
    seasons: list[int] | None = None,
    since: date | None = None,
    until: date | None = None,
    delay_s: float = 1.0,
    retries: int = 3,
    batch_size: int = DEFAULT_BATCH_SIZE,
    refetch: bool = False,
    timeout_s: float = FetchPolicy.total_timeout_s,
    quarantine_threshold: float = DEFAULT_RACE_QUARANTINE_THRESHOLD,
    contact: str = "",
) -> RunRecord | State:
    """Fetch and publish whole seasons (years) or a date range (links dated outside it are
    skipped; undated ones are fetched). Resumable: pages the raw zone holds are not requested
    again (unless `refetch`) and extractions already done are not redone."""
    return _ingest(
        _window(_load(sources), seasons, since, until),
        data_dir,
        policy=_policy(delay_s, retries, timeout_s, contact),
        batch_size=batch_size,
        refetch=refetch,
        quarantine_threshold=quarantine_threshold,
    )


class ExtractorVersionMismatch(ValueError):
    """A replay asked for an extractor version other than the one installed."""


@flow(name="reextract")
def reextract(
    data_dir: str = DEFAULT_DATA_DIR,
    extractor_version: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    force: bool = False,
    quarantine_threshold: float = DEFAULT_RACE_QUARANTINE_THRESHOLD,
    contact: str = "",
) -> RunRecord | State:
    """Rebuild the extraction and the tables from the raw zone alone, without the network: pages
    not extracted at this extractor version (every page with `force`) are extracted, then
    published. `extractor_version`, when given, must be the installed one (a guard for
    deployments whose workers may run other code)."""
    run = _Run(data_dir)

    def body() -> None:
        if extractor_version and extractor_version != extractors.EXTRACTOR_VERSION:
            raise ExtractorVersionMismatch(
                f"extractor version {extractor_version} asked for, "
                f"but this code is version {extractors.EXTRACTOR_VERSION}"
            )
        repaired = repair_damage(data_dir)
        run.record = run.record.model_copy(update={"repaired": repaired})
        records, seconds = list_raw_pages(data_dir)
        run.report.counts.seen = len(records)
        run.add("discover", None, seconds)
        progress = _progress.get() or Quiet()
        progress.start("articles", len(records))
        pages: set[PageRef] = set()
        with _extraction_workers(data_dir, _count_batches(len(records), batch_size)):
            pending = [
                (extract.submit(batch, data_dir, force=force), len(batch))
                for batch in _batches(records, batch_size)
            ]
            _drain(pending, run, progress, pages, wait=True)
        if pages:
            _publish(run, pages, data_dir, again=force, quarantine_threshold=quarantine_threshold)

    return _conclude(run, body)
