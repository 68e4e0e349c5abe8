"""Prefect settings the pipeline applies in code, so that a plain `raceresults ingest` on a fresh
machine is quick, quiet and private without any profile or environment set up."""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from prefect.logging.handlers import PrefectConsoleHandler
from prefect.settings import PREFECT_API_URL, get_current_settings, temporary_settings

CONSOLE_LEVEL_ENV = "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"

PIPELINE_DEFAULTS: dict[str, object] = {
    # A synchronous flow run joins its heartbeat thread on exit, which sleeps in 1 s steps: every
    # CLI run would end with ~1 s of waiting. Heartbeats only matter to a server detecting crashed
    # runs of long-lived workers; `raceresults serve` and prefect.yaml runs keep Prefect's default.
    "flows.heartbeat_frequency": None,
    # The temporary local server otherwise sends usage telemetry over the network.
    "server.analytics_enabled": False,
}
"""Defaults only: a value set in the environment or the active Prefect profile wins."""


@contextmanager
def pipeline_settings() -> Iterator[None]:
    """Run flows under the pipeline's Prefect defaults (see PIPELINE_DEFAULTS)."""
    with temporary_settings(set_defaults=PIPELINE_DEFAULTS):
        yield


@contextmanager
def shared_api(watch: Callable[[int], None] | None = None) -> Iterator[None]:
    """Give the API a URL that other processes (Dask workers) can report to: the configured one,
    or Prefect's temporary local server, started now rather than on first use (otherwise each
    worker process would start a temporary server of its own and keep its task runs there), its
    process id handed to `watch` (a Lifeline ends it with this process)."""
    if get_current_settings().api.url:
        yield
        return
    from prefect.server.api.server import SubprocessASGIServer  # the server app: a heavy import

    server = SubprocessASGIServer()  # the process's temporary server, the one clients use
    if watch is not None:  # from the moment it exists: starting it takes seconds
        launch = server._run_uvicorn_command

        def launch_watched() -> subprocess.Popen:
            process = launch()
            watch(process.pid)
            return process

        server._run_uvicorn_command = launch_watched
    server.start()
    with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
        yield


def set_console_level(level: int) -> None:
    """Show only records at `level` or above on the terminal; the API (and UI) still get all.
    For a command line process: it lasts until the process ends (the temporary server's
    goodbye included)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):
            handler.setLevel(level)
    # processes started from here on (Dask workers) configure their logging from the environment
    os.environ[CONSOLE_LEVEL_ENV] = logging.getLevelName(level)
