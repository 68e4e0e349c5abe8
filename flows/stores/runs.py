"""Run records: one small JSON file per flow run under DATA_DIR/runs/, so anyone reading the
tables can see how fresh they are, what the last runs did and why one failed."""

from __future__ import annotations

import logging
import os
import socket
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field

from flows.stores.storage import Zone

logger = logging.getLogger(__name__)

RUNS_DIR = "runs"

RunStatus = Literal["running", "completed", "failed", "interrupted", "crashed"]
"""running: started and not finished yet (or killed on another machine); crashed: its process
ended without finishing it (killed), as a later run on the same machine found."""

CRASHED_ERROR = "the run's process ended before the run did (killed?)"


def _process_start(pid: int) -> str | None:
    """When the OS started process `pid` (Linux: clock ticks since boot, /proc/PID/stat field
    22), telling it from a later process given the same pid; None where there is no /proc, and
    "ended" for a process that ended but was not reaped yet (a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return "ended" if fields[0] == "Z" else fields[19]


class RunProcess(BaseModel):
    """The process a run runs in, so that a later run can tell whether it is still alive."""

    host: str
    pid: int
    started: str | None = Field(None, description="the OS's start time of the process, if known")

    @classmethod
    def current(cls) -> RunProcess:
        pid = os.getpid()
        return cls(host=socket.gethostname(), pid=pid, started=_process_start(pid))

    def ended(self) -> bool:
        """True when this process (on this machine) is gone; False when alive or elsewhere."""
        if self.host != socket.gethostname():
            return False
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:  # alive, another user's
            pass
        return self.started is not None and _process_start(self.pid) != self.started


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
    duplicates: int = Field(0, description="discovered URLs folded into another URL of one page")
    skipped_robots: int = Field(0, description="URLs robots.txt disallows")
    skipped_failed: int = Field(0, description="URLs not requested: failed for good recently")
    extracted: int = Field(0, description="pages extracted by this run")
    reused: int = Field(0, description="pages whose extraction at this version was already stored")
    rows_published: int = 0
    rows_quarantined: int = 0
    failed: int = Field(0, description="URLs or pages that failed (see failures)")

    def add(self, other: RunCounts) -> None:
        """Add the counts of another part of the run (a batch, a stage) to these."""
        for name in type(self).model_fields:
            setattr(self, name, getattr(self, name) + getattr(other, name))


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
    process: RunProcess | None = Field(None, description="where the run runs (or ran)")
    repaired: list[str] = Field([], description="damaged files found and rebuilt: path: reason")


def write_run(data_dir: str, record: RunRecord) -> str:
    """Store a run record; file names sort by start time, so the newest run lists last."""
    stamp = record.started_at.replace("-", "").replace(":", "").replace(".", "")[:18]
    name = f"{stamp}_{record.flow}_{record.run_id[:8]}.json"
    path = Zone.at(data_dir).write_atomic(record.model_dump_json(indent=2).encode(), RUNS_DIR, name)
    logger.debug("run record written to %s", path)
    return path


def _records(zone: Zone, names: list[str]) -> list[RunRecord]:
    """The run records of these files; an unreadable one is left out with a warning."""
    records = []
    for name in names:
        try:
            records.append(RunRecord.model_validate_json(zone.read_bytes(name)))
        except ValueError:
            logger.warning("run record %s is unreadable: left out", zone.path(name))
    return records


def mark_crashed(data_dir: str) -> list[RunRecord]:
    """Mark as crashed the runs still `running` whose process on this machine is gone (killed
    before it could write its end); the records marked."""
    zone = Zone.at(data_dir).child(RUNS_DIR)
    crashed = []
    for record in _records(zone, [n for n in zone.listdir() if n.endswith(".json")]):
        if record.status == "running" and record.process and record.process.ended():
            record = record.model_copy(update={"status": "crashed", "error": CRASHED_ERROR})
            write_run(data_dir, record)
            crashed.append(record)
    return crashed


def last_runs(data_dir: str, limit: int = 10) -> list[RunRecord]:
    """The most recent run records, newest first (unreadable ones left out)."""
    zone = Zone.at(data_dir).child(RUNS_DIR)
    names = [n for n in zone.listdir() if n.endswith(".json")]
    return _records(zone, list(reversed(names[-limit:])))
