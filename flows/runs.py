"""Run records: one small JSON file per flow run under DATA_DIR/runs/, so anyone reading the
tables can see how fresh they are, what the last runs did and why one failed."""

from __future__ import annotations

import logging
from typing import Any, Literal

from pydantic import BaseModel, Field

from flows.storage import Zone

logger = logging.getLogger(__name__)

RUNS_DIR = "runs"

RunStatus = Literal["running", "completed", "failed", "interrupted"]
"""running: started and not finished yet, or killed before it could say so."""


class Failure(BaseModel):
    """One thing a run could not do, and why: a source, a URL, a page or a table."""

    stage: str = Field(description="discover, fetch, extract or publish")
    item: str = Field(description="the source, URL, page hash or table that failed")
    reason: str


class RunCounts(BaseModel):
    """What a run saw and did, counted in articles (pages) and table rows."""

    seen: int = Field(0, description="article URLs discovered (after filters) or pages replayed")
    fetched: int = Field(0, description="article pages fetched (or files read) with a body")
    not_modified: int = Field(
        0, description="pages unchanged since the last fetch (a 304), or a backfill already held"
    )
    stored: int = Field(0, description="bodies new to the raw zone (articles and feeds, sitemaps…)")
    skipped_robots: int = Field(0, description="URLs robots.txt disallows")
    skipped_failed: int = Field(0, description="URLs not requested: failed for good recently")
    extracted: int = Field(0, description="pages extracted by this run")
    reused: int = Field(0, description="pages whose extraction at this version was already stored")
    rows_published: int = 0
    rows_quarantined: int = 0
    failed: int = Field(0, description="URLs or pages that failed (see failures)")


class RunRecord(BaseModel):
    """The record of one flow run, written when it starts and again when it ends."""

    run_id: str
    flow: str
    status: RunStatus
    started_at: str = Field(description="ISO 8601 UTC")
    finished_at: str | None = Field(None, description="ISO 8601 UTC")
    duration_s: float
    extractor_version: str
    parameters: dict[str, Any] = {}
    counts: RunCounts = RunCounts()
    stages_s: dict[str, float] = Field({}, description="wall time per stage, in seconds")
    failures: list[Failure] = []
    disallowed: list[str] = Field([], description="URLs robots.txt disallows: not fetched")
    error: str | None = Field(None, description="why the run failed, when it did")


def write_run(data_dir: str, record: RunRecord) -> str:
    """Store a run record; file names sort by start time, so the newest run lists last."""
    stamp = record.started_at.replace("-", "").replace(":", "").replace(".", "")[:18]
    name = f"{stamp}_{record.flow}_{record.run_id[:8]}.json"
    path = Zone.at(data_dir).write_atomic(record.model_dump_json(indent=2).encode(), RUNS_DIR, name)
    logger.debug("run record written to %s", path)
    return path


def last_runs(data_dir: str, limit: int = 10) -> list[RunRecord]:
    """The most recent run records, newest first."""
    zone = Zone.at(data_dir).child(RUNS_DIR)
    names = [n for n in zone.listdir() if n.endswith(".json")]
    return [RunRecord.model_validate_json(zone.read_bytes(n)) for n in reversed(names[-limit:])]
