"""`raceresults serve` in a real process: the Prefect UI at the printed URL reaches its API (a
headless Chromium loads the deployments page), and SIGTERM stops it cleanly."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from browser.chromium import HEADLESS_FLAGS, chromium_path

START_TIMEOUT_S = 120
# What Prefect's UIs show when they cannot reach their API (v2, then v1).
CONNECTION_ERRORS = ("Unable to connect to Prefect server", "Can't connect to Server API")

pytestmark = pytest.mark.slow


def _chromium() -> str:
    found = chromium_path()
    if found is None:
        pytest.skip("no headless Chromium: make test installs Debian's chromium where it can")
    return found


class Served:
    """A `raceresults serve` process and the lines it printed so far."""

    def __init__(self, process: subprocess.Popen, lines: list[str]):
        self.process = process
        self.lines = lines

    def printed(self, prefix: str) -> str:
        return next(line.removeprefix(prefix) for line in self.lines if line.startswith(prefix))


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[Served]:
    tmp = tmp_path_factory.mktemp("serve")
    (tmp / "articles").mkdir()
    sources = tmp / "sources.toml"
    sources.write_text(f'[[source]]\nkind = "folder"\npath = "{tmp / "articles"}"\n')
    # none of the Prefect settings other tests leave in this process (an API URL, a console
    # log level): the served process starts its own server and logs at Prefect's default level
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env |= {"PREFECT_HOME": str(tmp / "prefect"), "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-c", "from flows.interfaces.cli import main; main()", "serve"]
    command += ["--sources", str(sources), "--data-dir", str(tmp / "data")]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    lines: list[str] = []
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if "deployment run" in line:  # the last line of the start message
            break
    try:
        assert any(line.startswith("Prefect UI: ") for line in lines), (lines, process.poll())
        yield Served(process, lines)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_the_printed_ui_url_shows_the_deployments_without_a_connection_error(served, tmp_path):
    url = served.printed("Prefect UI: ")
    assert url.endswith("/deployments")
    flags = [*HEADLESS_FLAGS, f"--user-data-dir={tmp_path / 'chromium'}"]
    flags += ["--virtual-time-budget=20000", "--dump-dom", url]
    page = subprocess.run([_chromium(), *flags], capture_output=True, text=True, timeout=120).stdout
    assert "<body" in page
    for error in CONNECTION_ERRORS:
        assert error not in page
    assert "nightly-ingest" in page  # the deployments came from the API


def _wait_until_polling(api_url: str) -> None:
    """Until the runner polls for scheduled runs (the API then calls the deployment READY): its
    own SIGTERM handler is installed by then."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        answer = requests.get(f"{api_url}/deployments/name/nightly-ingest/nightly", timeout=5)
        if answer.ok and answer.json()["status"] == "READY":
            return
        time.sleep(0.5)
    pytest.fail("the served deployments never became ready")


def test_sigterm_stops_serving_without_a_never_awaited_coroutine(served):
    _wait_until_polling(served.printed("Prefect API: "))
    served.process.send_signal(signal.SIGTERM)
    _, stderr = served.process.communicate(timeout=60)
    assert "SIGTERM received" in stderr
    assert "never awaited" not in stderr
    assert served.process.returncode == 0, stderr[-2000:]


def test_the_start_message_names_the_venvs_prefect(served):
    prefect = Path(sys.executable).with_name("prefect")
    assert any(f"{prefect} deployment run backfill/backfill" in line for line in served.lines)
