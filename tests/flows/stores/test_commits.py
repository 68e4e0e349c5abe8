"""The commit record: what it names is published, nothing else exists for readers, and a publish
that dies before writing it leaves the tables as they were and its garbage to the next publish."""

from __future__ import annotations

import json

import pytest
from invented_articles import FIELD, article, classification, race, two_race_article

import flows.stages.publish
from flows.interfaces.query import query
from flows.stages.publish import publish
from flows.stores.commits import read_commit, sweep
from flows.stores.curated_store import TableStore, read_table
from flows.stores.ledger import published_pages
from flows.stores.storage import Zone


def final(drivers, gaps, key, **kwargs):
    return article(key, races=[race("Final", classification(drivers, gaps), "final")], **kwargs)


FIRST = final(FIELD[:3], [None, 1.0, 2.0], "site-a/round-3")
SECOND = final(FIELD[3:], [None, 0.5, 0.9], "site-b/round-4", event="Round 4 Vela", season=2023)


def seen_by_readers(data_dir) -> dict[str, set[str]]:
    """Article keys per table as DuckDB (raceresults sql) and read_table (pandas) see them."""
    seen = {}
    for table in ("articles", "races", "results", "quarantine"):
        _, rows = query(str(data_dir), f"SELECT DISTINCT article_key FROM {table}")
        by_arrow = set(read_table(str(data_dir), table).column("article_key").to_pylist())
        assert by_arrow == {key for (key,) in rows}, table
        seen[table] = by_arrow
    return seen


def die_without_cleaning_up(monkeypatch, after_writes: int) -> None:
    """Make the next publish stop dead after `after_writes` files, as a SIGKILL would: no commit,
    and none of the sweeping an exception gets."""
    real_write = TableStore.write
    calls = []

    def write(self, table, season, data):
        if len(calls) == after_writes:
            raise SystemExit("killed")
        calls.append(table.name)
        return real_write(self, table, season, data)

    def commit(*args):
        raise SystemExit("killed")  # every file written, but not the commit

    monkeypatch.setattr(TableStore, "write", write)
    monkeypatch.setattr(flows.stages.publish, "_commit", commit)
    monkeypatch.setattr(flows.stages.publish, "sweep", lambda zone, commit: [])


@pytest.mark.parametrize("after_writes", [1, 5, 11, 100])
def test_readers_see_every_table_of_an_article_or_none_of_them(tmp_path, monkeypatch, after_writes):
    publish([FIRST], str(tmp_path), run_id="run-1")
    before = seen_by_readers(tmp_path)
    die_without_cleaning_up(monkeypatch, after_writes)
    with pytest.raises(SystemExit):
        publish([SECOND], str(tmp_path), run_id="run-2")

    assert seen_by_readers(tmp_path) == before  # the new files are there, but named by no commit
    monkeypatch.undo()
    publish([SECOND], str(tmp_path), run_id="run-3")
    after = seen_by_readers(tmp_path)
    assert (
        after["articles"]
        == after["races"]
        == after["results"]
        == {FIRST.article_key, SECOND.article_key}
    )


def test_a_page_counts_as_published_only_once_its_commit_is_written(tmp_path, monkeypatch):
    held_back = two_race_article()  # one race goes to quarantine
    die_without_cleaning_up(monkeypatch, after_writes=2)  # the quarantine and one candidates file
    with pytest.raises(SystemExit):
        publish([held_back], str(tmp_path), run_id="run-1")
    assert published_pages(str(tmp_path), "1.0.0") == set()

    monkeypatch.undo()
    publish([held_back], str(tmp_path), run_id="run-2")
    assert published_pages(str(tmp_path), "1.0.0") == {held_back.page_hash}
    assert published_pages(str(tmp_path), "2.0.0") == set()
    assert seen_by_readers(tmp_path)["results"] == {held_back.article_key}


def test_the_commit_names_the_files_of_every_table_and_the_pages_of_its_publish(tmp_path):
    publish([FIRST], str(tmp_path), run_id="run-1")
    publish([SECOND], str(tmp_path), run_id="run-2")
    commit = json.loads((tmp_path / "curated" / "_commit.json").read_text())
    assert (commit["seq"], commit["run_id"], commit["articles"]) == (
        2,
        "run-2",
        [SECOND.article_key],
    )
    assert commit["pages"] == {
        a.article_key: {"page_hash": a.page_hash, "extractor_version": "1.0.0"}
        for a in (FIRST, SECOND)
    }
    on_disk = {
        str(p.relative_to(tmp_path / "curated")) for p in (tmp_path / "curated").rglob("*.parquet")
    }
    assert set(commit["files"]) == on_disk  # superseded files were swept
    assert {"results/season=2023", "results/season=2024", "drivers"} <= {
        f.rsplit("/", 1)[0] for f in commit["files"]
    }
    assert any(f.startswith("_candidates/results/season=2023/") for f in commit["files"])


def test_publishing_nothing_new_writes_no_commit(tmp_path):
    publish([FIRST], str(tmp_path), run_id="run-1")
    before = (tmp_path / "curated" / "_commit.json").read_bytes()
    publish([FIRST], str(tmp_path), run_id="run-2")
    assert (tmp_path / "curated" / "_commit.json").read_bytes() == before


def test_the_sweep_removes_what_no_commit_names_and_leaves_the_rest(tmp_path):
    publish([FIRST], str(tmp_path), run_id="run-1")
    zone = Zone.at(str(tmp_path / "curated"))
    commit = read_commit(zone)
    partition = tmp_path / "curated" / "results" / "season=2024"
    garbage = [partition / "part-0123456789abcdef.parquet", partition / ".part-x.parquet.dead.tmp"]
    for path in garbage:
        path.write_bytes(b"left by a killed publish")
    (tmp_path / "curated" / "results" / "season=2031").mkdir()

    assert sweep(zone, commit) == [str(p) for p in sorted(garbage)]
    assert not (tmp_path / "curated" / "results" / "season=2031").exists()
    assert read_commit(zone) == commit
    assert len(read_table(str(tmp_path), "results")) == 3


def test_read_table_gives_the_committed_rows_with_their_season(tmp_path):
    assert read_table(str(tmp_path), "results").num_rows == 0
    publish([FIRST, SECOND], str(tmp_path), run_id="run-1")
    results = read_table(str(tmp_path), "results").to_pandas()
    assert sorted(zip(results["season"], results["driver_name"], strict=True))[:2] == [
        (2023, "Davi Moraes"),
        (2023, "Luca Ferrand"),
    ]
    assert list(results.columns)[:4] == ["race_ref", "season", "position", "position_text"]
