"""Schedules: the nightly deployment on a cron schedule plus ad-hoc backfill and reextract
deployments, served by one long-running process (`raceresults serve`)."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import requests
from prefect.deployments.runner import RunnerDeployment
from prefect.exceptions import TerminationSignal
from prefect.runner import Runner
from prefect.schedules import Cron, Schedule
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings
from prefect.task_runners import TaskRunner
from prefect.types.entrypoint import EntrypointType

from flows.orchestration.pipeline import backfill, nightly_ingest, reextract

DEFAULT_CRON = "0 2 * * *"
DEFAULT_TIMEZONE = "UTC"
SERVER_START_TIMEOUT_S = 90
SERVER_LOG = "raceresults-server.log"

logger = logging.getLogger(__name__)


class ServeError(Exception):
    """The deployments cannot be served: a bad schedule, or no Prefect API to serve against."""


def build_deployments(
    sources: str,
    data_dir: str,
    *,
    cron: str = DEFAULT_CRON,
    timezone: str = DEFAULT_TIMEZONE,
    task_runner: TaskRunner | None = None,
    run_parameters: dict[str, object] | None = None,
) -> list[RunnerDeployment]:
    """The nightly deployment (on `cron` in `timezone`), and the ad-hoc backfill and reextract;
    `run_parameters` (delay_s, retries, timeout_s, quarantine_threshold, contact) become their
    default parameters (reextract takes quarantine_threshold only: it fetches nothing)."""
    schedule = nightly_schedule(cron, timezone)
    fetching = {"sources": sources, "data_dir": data_dir, **(run_parameters or {})}
    replaying = {"data_dir": data_dir}
    if run_parameters and "quarantine_threshold" in run_parameters:
        replaying["quarantine_threshold"] = run_parameters["quarantine_threshold"]
    flows_ = [nightly_ingest, backfill, reextract]
    if task_runner is not None:
        flows_ = [f.with_options(task_runner=task_runner) for f in flows_]
    nightly, season_backfill, replay = flows_
    return [
        nightly.to_deployment(
            "nightly",
            entrypoint_type=EntrypointType.MODULE_PATH,
            schedules=[schedule],
            parameters=fetching,
            # Two nightly runs never overlap, even when one runs late.
            concurrency_limit=1,
            description=f"Ingest what is new from {sources}, {cron} ({timezone}).",
        ),
        season_backfill.to_deployment(
            "backfill",
            entrypoint_type=EntrypointType.MODULE_PATH,
            parameters=fetching,
            description="Ad hoc: fetch and publish whole seasons or a date range.",
        ),
        replay.to_deployment(
            "reextract",
            entrypoint_type=EntrypointType.MODULE_PATH,
            parameters=replaying,
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

    @property
    def ui_url(self) -> str:
        """The UI's address: the API's without its /api path."""
        return self.url.removesuffix("/").removesuffix("/api")


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
    # The UI asks the server where the API is (PREFECT_UI_API_URL); unset, the server answers
    # with its settings' default port (4200), not the port it was started on.
    env = os.environ | {"PREFECT_UI_API_URL": url, "PREFECT_SERVER_API_PORT": str(port)}
    with log_path.open("ab") as log:
        server = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
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


@contextmanager
def stopping_on_sigterm() -> Iterator[None]:
    """Turn SIGTERM into TerminationSignal for as long as this lasts, so that a stop while the
    local server starts still stops that server (the default action would orphan it)."""

    def terminate(signum: int, _frame: object) -> None:
        raise TerminationSignal(signum)

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class _Runner(Runner):
    """Prefect's runner, stopping on SIGTERM as it does on Ctrl-C. (Prefect 3.8's own handler
    calls the runner's `stop` inside its event loop, where `stop` is a coroutine: never awaited,
    with a RuntimeWarning on the way out.)"""

    def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
        self._logger.info("SIGTERM received, shutting down...")
        raise TerminationSignal(signal.SIGTERM)


def start_message(deployments: list[RunnerDeployment], api_url: str) -> str:
    """What serving prints: the deployments, and how to run one from another terminal."""
    names = [f"{d.flow_name}/{d.name}" for d in deployments]
    prefect = Path(sys.executable).with_name("prefect")
    return "\n".join(
        [
            "Serving these deployments (stop with Ctrl-C or SIGTERM):",
            *(f"  {name}" for name in names),
            "Run one from another terminal (the venv's prefect, against this API):",
            f"  PREFECT_API_URL={api_url} {prefect} deployment run backfill/backfill "
            "--param seasons='[2024]'",
        ]
    )


def serve_forever(deployments: list[RunnerDeployment]) -> None:
    """Serve the deployments until interrupted (Ctrl-C or SIGTERM); each run starts in a
    subprocess; the deployments are paused on the way out."""
    runner = _Runner(pause_on_shutdown=True)
    for deployment in deployments:
        runner.add_deployment(deployment)
    try:
        asyncio.run(runner.start())
    except (KeyboardInterrupt, TerminationSignal) as exc:
        logger.info("%s: stopped serving", type(exc).__name__)
