"""Run records: written per run under DATA_DIR/runs/, read back newest first, on any filesystem."""

from __future__ import annotations

import json
import uuid

from flows.runs import RunCounts, RunRecord, last_runs, write_run


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
