"""The curated store: partitions replaced whole, identical rows not rewritten, one publisher."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows.curated_store import PublishLockTimeout, TableStore, conform, publish_lock, rows_of
from flows.storage import Zone
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


def test_a_partition_is_written_under_its_season_without_the_season_column(tmp_path):
    store = TableStore(Zone.at(str(tmp_path)))
    data = _result()
    path = store.write(RESULTS, 2024, data)
    assert path == str(tmp_path / "results" / "season=2024" / "part-0.parquet")
    assert "season" not in pq.read_schema(path).names
    assert store.seasons(RESULTS) == [2024]
    assert store.read(RESULTS, 2024).to_pylist() == data.to_pylist()


def test_identical_rows_are_not_rewritten(tmp_path):
    store = TableStore(Zone.at(str(tmp_path)))
    assert store.write(DRIVERS, None, _drivers("a", "b")) is not None
    assert store.write(DRIVERS, None, _drivers("a", "b")) is None
    assert store.write(DRIVERS, None, _drivers("a")) is not None
    assert store.read(DRIVERS).column("driver_ref").to_pylist() == ["a"]


def test_no_rows_remove_a_partition_but_leave_an_unpartitioned_table_empty(tmp_path):
    store = TableStore(Zone.at(str(tmp_path)))
    store.write(RESULTS, 2024, _result())
    assert store.write(RESULTS, 2024, RESULTS.file_schema().empty_table()) is not None
    assert not (tmp_path / "results" / "season=2024").exists()
    assert store.seasons(RESULTS) == []
    store.write(DRIVERS, None, _drivers("a"))
    store.write(DRIVERS, None, _drivers())
    assert pq.read_table(tmp_path / "drivers" / "part-0.parquet").num_rows == 0


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


def test_files_left_aside_by_a_dead_writer_are_removed(tmp_path):
    store = TableStore(Zone.at(str(tmp_path)))
    store.write(DRIVERS, None, _drivers("a"))
    leftover = tmp_path / "drivers" / ".part-0.parquet.0123abcd.tmp"
    leftover.write_bytes(b"half a file")
    assert store.remove_temporary_files() == [str(leftover)]
    assert not leftover.exists() and store.read(DRIVERS).num_rows == 1


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
