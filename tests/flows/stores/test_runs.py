"""Run records: written per run under DATA_DIR/runs/, read back newest first, on any filesystem."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.interfaces.cli import main
from flows.stores.runs import (
    CRASHED_ERROR,
    RunCounts,
    RunProcess,
    RunRecord,
    last_runs,
    mark_crashed,
    write_run,
)


def _record(started_at: str, flow: str = "backfill", **changes) -> RunRecord:
    fields = {
        "run_id": str(uuid.uuid4()),
        "flow": flow,
        "status": "completed",
        "started_at": started_at,
        "finished_at": started_at,
        "duration_s": 1.5,
        "extractor_version": "9.9.9",
    }
    return RunRecord(**{**fields, **changes})


def test_a_run_record_is_a_json_file_under_runs(tmp_path):
    record = _record("2024-03-01T02:00:00.000+00:00", counts=RunCounts(seen=3, extracted=2))

    path = write_run(str(tmp_path), record)

    assert path.startswith(str(tmp_path / "runs"))
    data = json.loads((tmp_path / "runs").joinpath(path.rsplit("/", 1)[-1]).read_text())
    assert data["flow"] == "backfill"
    assert data["counts"]["seen"] == 3 and data["counts"]["extracted"] == 2


def test_last_runs_lists_the_newest_first_and_stops_at_the_limit(tmp_path):
    for day in ("03", "01", "02"):
        write_run(str(tmp_path), _record(f"2024-03-{day}T02:00:00.000+00:00"))

    runs = last_runs(str(tmp_path), limit=2)

    assert [r.started_at[:10] for r in runs] == ["2024-03-03", "2024-03-02"]


def test_the_end_of_a_run_replaces_its_start_record(tmp_path):
    started = _record("2024-03-01T02:00:00.000+00:00", status="running", finished_at=None)
    write_run(str(tmp_path), started)

    write_run(str(tmp_path), started.model_copy(update={"status": "failed", "error": "boom"}))

    (only,) = last_runs(str(tmp_path))
    assert (only.status, only.error) == ("failed", "boom")


def test_run_records_work_on_an_fsspec_memory_filesystem():
    data_dir = f"memory://runs-{uuid.uuid4().hex}"
    write_run(data_dir, _record("2024-03-01T02:00:00.000+00:00", flow="reextract"))

    assert [r.flow for r in last_runs(data_dir)] == ["reextract"]


def test_no_runs_yet_is_an_empty_list(tmp_path):
    assert last_runs(str(tmp_path / "nowhere")) == []


def _gone_pid() -> int:
    """The pid of a process that has ended."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_running_record_whose_process_is_gone_is_marked_crashed(tmp_path):
    here = RunProcess.current()
    killed = _record(
        "2024-03-01T02:00:00.000+00:00",
        status="running",
        finished_at=None,
        process=here.model_copy(update={"pid": _gone_pid()}),
    )
    alive = _record("2024-03-02T02:00:00.000+00:00", status="running", process=here)
    elsewhere = _record(
        "2024-03-03T02:00:00.000+00:00",
        status="running",
        process=here.model_copy(update={"host": "another-machine", "pid": _gone_pid()}),
    )
    for record in (killed, alive, elsewhere):
        write_run(str(tmp_path), record)

    (crashed,) = mark_crashed(str(tmp_path))

    assert crashed.run_id == killed.run_id
    assert {r.run_id: r.status for r in last_runs(str(tmp_path))} == {
        killed.run_id: "crashed",
        alive.run_id: "running",
        elsewhere.run_id: "running",
    }
    assert mark_crashed(str(tmp_path)) == []


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_a_pid_reused_by_another_process_does_not_keep_a_run_running(tmp_path):
    here = RunProcess.current()
    reused = here.model_copy(update={"started": "1"})  # this pid, started at another time
    write_run(
        str(tmp_path), _record("2024-03-01T02:00:00.000+00:00", status="running", process=reused)
    )
    assert [r.status for r in mark_crashed(str(tmp_path))] == ["crashed"]


def test_status_shows_a_crashed_run(tmp_path):
    record = _record("2024-03-01T02:00:00.000+00:00", status="crashed", error=CRASHED_ERROR)
    write_run(str(tmp_path), record)
    outcome = CliRunner().invoke(main, ["status", "--data-dir", str(tmp_path)])
    assert "backfill  crashed" in outcome.output


def test_an_unreadable_run_record_is_left_out_of_status_without_a_traceback(tmp_path):
    write_run(str(tmp_path), _record("2024-03-01T02:00:00.000+00:00"))
    (tmp_path / "runs" / "20240302T020000_backfill_0123abcd.json").write_text('{"run_id": "x", ')
    outcome = CliRunner().invoke(main, ["status", "--data-dir", str(tmp_path)])
    assert outcome.exit_code == 0 and outcome.exception is None, outcome.output
    assert "backfill  completed" in outcome.output
    assert len(last_runs(str(tmp_path))) == 1
