"""Runs of the pipeline's Prefect flows from Python: ingest, backfill, reextract. Each returns
its run record (also written to DATA_DIR/runs/) or raises RunFailed carrying it."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from raceresults.data_dir import require_data, resolve_data_dir

if TYPE_CHECKING:
    from prefect.task_runners import TaskRunner

    from flows.stages.ingest_report import Progress
    from flows.stores.runs import RunRecord


class RunFailed(RuntimeError):
    """A run that did not do its job; `record` is its run record (`record.error` says why)."""

    def __init__(self, record: RunRecord):
        super().__init__(record.error or "the run failed")
        self.record = record


def run_flow(
    name: str,
    parameters: dict[str, Any],
    *,
    task_runner: TaskRunner | None = None,
    progress: Progress | None = None,
) -> RunRecord:
    """Run one of the flows of flows/orchestration/pipeline.py in this process (against
    PREFECT_API_URL, else Prefect's temporary local API, which ends with this process however it
    ends) under the pipeline's Prefect settings; parameters that are None take the flow's
    defaults."""
    from flows.orchestration import pipeline
    from flows.orchestration.lifeline import lifeline
    from flows.orchestration.settings import pipeline_settings, shared_api

    flow = getattr(pipeline, name)
    if task_runner is not None:
        flow = flow.with_options(task_runner=task_runner)
    parameters = {k: v for k, v in parameters.items() if v is not None}
    try:
        with (
            lifeline() as line,
            pipeline_settings(),
            pipeline.reporting_progress(progress),
            shared_api(watch=line.watch),  # Prefect's server ends with this process, however
        ):
            return flow(**parameters)
    except pipeline.RunFailed as exc:
        raise RunFailed(exc.record) from None


def _sources(sources: str | os.PathLike[str] | Sequence[str]) -> list[str]:
    if isinstance(sources, str | os.PathLike):
        return [os.fspath(sources)]
    return [os.fspath(s) for s in sources]


def ingest(
    sources: str | os.PathLike[str] | Sequence[str],
    data_dir: str | os.PathLike[str] | None = None,
    *,
    delay_s: float | None = None,
    retries: int | None = None,
    batch_size: int | None = None,
    timeout_s: float | None = None,
    quarantine_threshold: float | None = None,
    task_runner: TaskRunner | None = None,
) -> RunRecord:
    """Ingest what is new from `sources` (a sources file *.toml, or URLs and paths, each a feed,
    sitemap, listing, article, file or folder) into `data_dir` (created when missing):
    discover, fetch politely, extract, validate and publish; `timeout_s`: one request's whole
    answer (None: the flow's default)."""
    parameters = {"sources": _sources(sources), "data_dir": resolve_data_dir(data_dir)}
    parameters |= {"delay_s": delay_s, "retries": retries, "batch_size": batch_size}
    parameters |= {"timeout_s": timeout_s, "quarantine_threshold": quarantine_threshold}
    return run_flow("nightly_ingest", parameters, task_runner=task_runner)


def backfill(
    sources: str | os.PathLike[str] | Sequence[str],
    data_dir: str | os.PathLike[str] | None = None,
    *,
    seasons: Sequence[int] | None = None,
    since: date | None = None,
    until: date | None = None,
    refetch: bool = False,
    delay_s: float | None = None,
    retries: int | None = None,
    batch_size: int | None = None,
    timeout_s: float | None = None,
    quarantine_threshold: float | None = None,
    task_runner: TaskRunner | None = None,
) -> RunRecord:
    """Backfill whole seasons or a date range from `sources` into `data_dir` (created when
    missing); resumable: run it again after an interruption."""
    parameters = {"sources": _sources(sources), "data_dir": resolve_data_dir(data_dir)}
    parameters |= {"seasons": list(seasons) if seasons else None, "since": since}
    parameters |= {"until": until, "refetch": refetch, "delay_s": delay_s, "retries": retries}
    parameters |= {"batch_size": batch_size, "timeout_s": timeout_s}
    parameters["quarantine_threshold"] = quarantine_threshold
    return run_flow("backfill", parameters, task_runner=task_runner)


def reextract(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    force: bool = False,
    extractor_version: str | None = None,
    batch_size: int | None = None,
    quarantine_threshold: float | None = None,
    task_runner: TaskRunner | None = None,
) -> RunRecord:
    """Extract the raw zone of `data_dir` again, without the network, and publish: pages this
    extractor version has not extracted (every page with `force`)."""
    data_dir = resolve_data_dir(data_dir)
    require_data(data_dir)
    parameters = {"data_dir": data_dir, "force": force, "extractor_version": extractor_version}
    parameters |= {"batch_size": batch_size, "quarantine_threshold": quarantine_threshold}
    return run_flow("reextract", parameters, task_runner=task_runner)
