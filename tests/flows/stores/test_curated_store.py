"""The curated store: partitions written as new files named by their bytes, identical rows not
rewritten, damaged files named, one publisher."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows.stores.curated_store import (
    PublishLockTimeout,
    TableStore,
    conform,
    publish_lock,
    rows_of,
)
from flows.stores.storage import DamagedFile, Zone
from schemas.tables import DRIVERS, RESULTS


def _drivers(*refs: str) -> pa.Table:
    return pa.Table.from_pylist(
        [
            {"driver_ref": r, "name": r.title(), "aliases": [r.title()], "result_count": 1}
            for r in refs
        ],
        schema=DRIVERS.file_schema(),
    )


def _result() -> pa.Table:
    row = {
        "race_ref": "r",
        "position_order": 1,
        "driver_ref": "d",
        "driver_name": "D",
        "status": "finished",
        "method": "list",
        "confidence": 1.0,
        "evidence_text": "1. D",
        "evidence_start": 0,
        "evidence_end": 4,
        "article_key": "a",
        "extractor_version": "1",
    }
    return pa.Table.from_pylist([row], schema=RESULTS.file_schema())


def test_a_partition_is_written_under_its_season_named_by_its_bytes(tmp_path):
    store = TableStore(Zone.at(str(tmp_path)))
    data = _result()
    path = store.write(RESULTS, 2024, data)
    (written,) = (tmp_path / "results" / "season=2024").glob("part-*.parquet")
    assert path == str(written)
    assert store.files == {"results/season=2024": str(written.relative_to(tmp_path))}
    assert "season" not in pq.read_schema(path).names
    assert store.seasons(RESULTS) == [2024]
    assert store.read(RESULTS, 2024).to_pylist() == data.to_pylist()


def test_identical_rows_are_not_rewritten_and_other_rows_go_to_a_new_file(tmp_path):
    store = TableStore(Zone.at(str(tmp_path)))
    first = store.write(DRIVERS, None, _drivers("a", "b"))
    assert first is not None
    assert store.write(DRIVERS, None, _drivers("a", "b")) is None
    second = store.write(DRIVERS, None, _drivers("a"))
    assert second not in (None, first)
    assert store.read(DRIVERS).column("driver_ref").to_pylist() == ["a"]
    assert pq.read_table(first).num_rows == 2  # the old file stays until a commit replaces it


def test_no_rows_remove_a_partition_but_leave_an_unpartitioned_table_empty(tmp_path):
    store = TableStore(Zone.at(str(tmp_path)))
    store.write(RESULTS, 2024, _result())
    assert store.write(RESULTS, 2024, RESULTS.file_schema().empty_table()) is not None
    assert store.seasons(RESULTS) == []
    assert store.read(RESULTS, 2024).num_rows == 0
    store.write(DRIVERS, None, _drivers("a"))
    store.write(DRIVERS, None, _drivers())
    assert pq.read_table(tmp_path / store.files["drivers"]).num_rows == 0


def test_a_candidates_area_keeps_its_own_files(tmp_path):
    files: dict[str, str] = {}
    curated = TableStore(Zone.at(str(tmp_path)), files)
    candidates = TableStore(Zone.at(str(tmp_path)), files, "_candidates")
    candidates.write(RESULTS, 2024, _result())
    assert curated.seasons(RESULTS) == [] and candidates.seasons(RESULTS) == [2024]
    assert list(files) == ["_candidates/results/season=2024"]


def test_a_damaged_partition_is_named_when_read(tmp_path):
    store = TableStore(Zone.at(str(tmp_path)))
    path = store.write(RESULTS, 2024, _result())
    Path(path).write_bytes(Path(path).read_bytes()[:100])
    with pytest.raises(DamagedFile, match=re.escape(path)):
        store.read(RESULTS, 2024)
    Path(path).unlink()
    with pytest.raises(DamagedFile, match="missing"):
        store.read(RESULTS, 2024)


def test_files_written_before_a_column_existed_stay_readable(tmp_path):
    old = pa.table({"driver_ref": ["a"], "name": ["A"], "retired": [True]})
    assert conform(old, DRIVERS.file_schema()).to_pylist() == [
        {
            "driver_ref": "a",
            "name": "A",
            "nation": None,
            "aliases": None,
            "first_season": None,
            "last_season": None,
            "result_count": None,
        }
    ]


def test_a_second_publisher_waits_for_the_lock_and_gives_up_after_its_timeout(tmp_path):
    zone = Zone.at(str(tmp_path))
    with publish_lock(zone), pytest.raises(PublishLockTimeout), publish_lock(zone, timeout_s=0.2):
        pass
    with publish_lock(zone, timeout_s=0.2):
        pass


def test_rows_of_gives_the_rows_with_one_object_per_distinct_string():
    data = pa.chunked_array([["round_3", "round_3"], [None, "round_3"]])
    table = pa.table(
        {"race_ref": data, "gap_s": [None, 1.5, 2.0, 0.25], "aliases": [["A"], [], None, ["B"]]}
    )
    rows = rows_of(table)
    assert rows == [
        {"race_ref": "round_3", "gap_s": None, "aliases": ["A"]},
        {"race_ref": "round_3", "gap_s": 1.5, "aliases": []},
        {"race_ref": None, "gap_s": 2.0, "aliases": None},
        {"race_ref": "round_3", "gap_s": 0.25, "aliases": ["B"]},
    ]
    assert rows[0]["race_ref"] is rows[3]["race_ref"]  # across chunks too
    assert rows_of(table.slice(0, 0)) == []
