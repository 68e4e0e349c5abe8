"""Schedules: the nightly deployment on a cron schedule plus ad-hoc backfill and reextract
deployments, served by one long-running process (`raceresults serve`)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import requests
from prefect import serve
from prefect.deployments.runner import RunnerDeployment
from prefect.schedules import Cron, Schedule
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings
from prefect.task_runners import TaskRunner
from prefect.types.entrypoint import EntrypointType

from flows.pipeline import backfill, nightly_ingest, reextract

DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "UTC"
SERVER_START_TIMEOUT_S = 90
SERVER_LOG = "raceresults-server.log"


class ServeError(Exception):
    """The deployments cannot be served: a bad schedule, or no Prefect API to serve against."""


def build_deployments(
    sources: str,
    data_dir: str,
    *,
    cron: str = DEFAULT_CRON,
    timezone: str = DEFAULT_TIMEZONE,
    task_runner: TaskRunner | None = None,
) -> list[RunnerDeployment]:
    """The nightly deployment (on `cron` in `timezone`), and the ad-hoc backfill and reextract."""
    schedule = nightly_schedule(cron, timezone)
    flows_ = [nightly_ingest, backfill, reextract]
    if task_runner is not None:
        flows_ = [f.with_options(task_runner=task_runner) for f in flows_]
    nightly, season_backfill, replay = flows_
    return [
        nightly.to_deployment(
            "nightly",
            entrypoint_type=EntrypointType.MODULE_PATH,
            schedules=[schedule],
            parameters={"sources": sources, "data_dir": data_dir},
            # Two nightly runs never overlap, even when one runs late.
            concurrency_limit=1,
            description=f"Ingest what is new from {sources}, {cron} ({timezone}).",
        ),
        season_backfill.to_deployment(
            "backfill",
            entrypoint_type=EntrypointType.MODULE_PATH,
            parameters={"sources": sources, "data_dir": data_dir},
            description="Ad hoc: fetch and publish whole seasons or a date range.",
        ),
        replay.to_deployment(
            "reextract",
            entrypoint_type=EntrypointType.MODULE_PATH,
            parameters={"data_dir": data_dir},
            description="Ad hoc: rebuild the extraction and tables from the raw zone alone.",
        ),
    ]


def nightly_schedule(cron: str, timezone: str) -> Schedule:
    """A cron schedule in an explicit IANA timezone, checked so a typo fails before serving."""
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ServeError(f"unknown timezone {timezone!r} (use an IANA name, e.g. UTC)") from exc
    try:
        return Cron(cron, timezone=timezone)
    except ValueError as exc:
        raise ServeError(f"invalid cron schedule {cron!r}: {exc}") from exc


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class PrefectApi:
    """The API deployments are served against, and the log of the local server when this process
    started one."""

    url: str
    server_log: Path | None = None


@contextmanager
def prefect_api() -> Iterator[PrefectApi]:
    """The Prefect API to serve against: PREFECT_API_URL when set, else a local server (API and
    UI, its database in PREFECT_HOME) run by this process: Prefect's temporary server runs no
    scheduler, so nothing would ever start on schedule."""
    settings = get_current_settings()
    if settings.api.url:
        yield PrefectApi(settings.api.url)
        return
    port = _free_port()
    url = f"http://127.0.0.1:{port}/api"
    command = [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--analytics-off"]
    log_path = Path(settings.home) / SERVER_LOG
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait_healthy(url, server, log_path)
        with temporary_settings(updates={PREFECT_API_URL: url}):
            yield PrefectApi(url, log_path)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def _wait_healthy(url: str, server: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise ServeError(
                f"the local Prefect server exited with code {server.returncode} (see {log_path})"
            )
        try:
            if requests.get(f"{url}/health", timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise ServeError(f"the local Prefect server did not answer within {SERVER_START_TIMEOUT_S} s")


def serve_forever(deployments: list[RunnerDeployment]) -> None:
    """Serve the deployments until interrupted; each run starts in a subprocess."""
    serve(*deployments, print_starting_message=True)
