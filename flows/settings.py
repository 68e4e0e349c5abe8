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


@contextmanager
def console_level(level: int) -> Iterator[None]:
    """Show only records at `level` or above on the terminal; the API (and UI) still get all."""
    handlers = [h for h in logging.getLogger().handlers if isinstance(h, PrefectConsoleHandler)]
    before = [h.level for h in handlers]
    for handler in handlers:
        handler.setLevel(max(level, handler.level))
    try:
        yield
    finally:
        for handler, old in zip(handlers, before, strict=True):
            handler.setLevel(old)
