"""Prefect settings the pipeline applies in code, so that a plain `raceresults ingest` on a fresh
machine is quick, quiet and private without any profile or environment set up."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from prefect.logging.handlers import PrefectConsoleHandler
from prefect.settings import temporary_settings

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


def set_console_level(level: int) -> None:
    """Show only records at `level` or above on the terminal; the API (and UI) still get all.
    For a command line process: it lasts until the process ends (the temporary server's
    goodbye included)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):
            handler.setLevel(level)
