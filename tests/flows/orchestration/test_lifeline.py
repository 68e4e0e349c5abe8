"""No orphans: the processes a run starts end with it, however it ends, and the next run marks a
killed run's record as crashed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from prefect.settings import PREFECT_API_URL

from flows.interfaces.cli import main
from flows.stores.runs import last_runs

SAMPLES = Path(__file__).parents[3] / "samples" / "articles"
PARENT = textwrap.dedent(
    """
    import subprocess, sys, time
    from flows.orchestration.lifeline import Lifeline
    line = Lifeline.start()
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    line.watch(child.pid)
    if sys.argv[1] == "release":
        line.release()
    print(child.pid, flush=True)
    time.sleep(120)
    """
)


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie nobody reaped does not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def wait_until(condition, what: str, limit_s: float = 60.0) -> None:
    """Poll `condition` until it holds; fail (not time) when it never does."""
    deadline = time.monotonic() + limit_s
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.05)


def children(pid: int) -> list[int]:
    """Direct children of a process (Linux)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def cmdline(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def start_parent(mode: str) -> tuple[subprocess.Popen, int]:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, mode], stdout=subprocess.PIPE, cwd=Path(__file__).parents[3]
    )
    return parent, int(parent.stdout.readline())


def test_a_watched_child_ends_when_its_parent_is_killed(tmp_path):
    parent, child = start_parent("watch")
    assert alive(child)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    wait_until(lambda: not alive(child), "the child ended")


def test_a_released_lifeline_ends_nothing(tmp_path):
    parent, child = start_parent("release")
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    time.sleep(0.5)  # what the watcher would have done, it would have begun by now
    try:
        assert alive(child)
    finally:
        os.kill(child, signal.SIGKILL)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_a_killed_ingest_leaves_no_process_and_the_next_run_marks_it_crashed(prefect_api, tmp_path):
    data_dir = tmp_path / "data"
    command = [sys.executable, "-c", "from flows.interfaces.cli import main; main()", "ingest"]
    command += ["--source", str(SAMPLES), "--data-dir", str(data_dir), "--batch-size", "1"]
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # its own server
    run = subprocess.Popen(command + ["--silent"], env=env, stdout=subprocess.DEVNULL)
    try:
        # the run has started (its record), with Prefect's server and its extraction workers
        def started() -> bool:
            assert run.poll() is None, "the ingest ended before it could be killed"
            kids = [cmdline(pid) for pid in children(run.pid)]
            workers = sum("spawn_main" in kid for kid in kids)
            server = any("uvicorn" in kid for kid in kids)
            return (data_dir / "runs").is_dir() and workers == 2 and server

        wait_until(started, "the ingest started its server and workers", limit_s=120)
        kids = {pid: cmdline(pid) for pid in children(run.pid)}
    finally:
        run.send_signal(signal.SIGKILL)  # the run's process alone, not its group
        run.wait()
    for pid, what in kids.items():
        wait_until(lambda pid=pid: not alive(pid), f"{what!r} ended")

    ingest = ["ingest", "--source", str(SAMPLES), "--data-dir", str(data_dir)]
    again = CliRunner().invoke(main, ingest)

    assert again.exit_code == 0, again.output
    assert [r.status for r in last_runs(str(data_dir))] == ["completed", "crashed"]


@pytest.mark.slow
def test_sigterm_ends_a_run_as_ctrl_c_does(prefect_api, tmp_path):
    data_dir = tmp_path / "data"
    command = [sys.executable, "-c", "from flows.interfaces.cli import main; main()", "ingest"]
    command += ["--source", str(SAMPLES), "--data-dir", str(data_dir), "--silent"]
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    run = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    try:
        wait_until(lambda: list((data_dir / "extracted").rglob("*.json")), "a page extracted")
    finally:
        run.send_signal(signal.SIGTERM)
        _, stderr = run.communicate()

    assert run.returncode == 130
    assert "Interrupted: what was done is kept" in stderr.decode()
    (record,) = last_runs(str(data_dir))
    assert (record.status, record.error) == ("interrupted", "interrupted")
