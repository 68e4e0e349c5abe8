"""Stores that check themselves: damaged extractions and curated files are named in one line each,
`status` never shows a traceback, and `verify --repair` (a replay) rebuilds the same tables."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from invented_articles import FIELD, article, classification, race, two_race_article

from flows.interfaces.cli import main
from flows.stages.publish import publish
from flows.stores.curated_store import read_table
from flows.stores.extracted import ExtractionStore
from flows.stores.ledger import published_pages
from flows.stores.verify import check, damaged_curated, damaged_extractions, repair

SAMPLES = Path(__file__).parents[3] / "samples" / "articles"


def truncate(path: Path, keep: int = 100) -> None:
    path.write_bytes(path.read_bytes()[:keep])


def committed(data_dir: Path, folder: str) -> Path:
    """The one committed file of a partition folder."""
    (path,) = (data_dir / "curated" / folder).glob("part-*.parquet")
    return path


SECOND = article(
    "site-b/round-4",
    races=[race("Final", classification(FIELD[3:], [None, 0.5, 0.9]), "final")],
    event="Round 4 Vela",
)


@pytest.fixture
def published(tmp_path) -> Path:
    publish([two_race_article(), SECOND], str(tmp_path), run_id="run-1")
    return tmp_path


def rows(data_dir: Path, table: str) -> list[dict]:
    """A table's rows as committed, without the run that wrote them."""
    return [
        {k: v for k, v in row.items() if k != "run_id"}
        for row in read_table(str(data_dir), table).to_pylist()
    ]


def test_sound_stores_have_no_damage(published):
    assert check(str(published)) == []


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_a_truncated_partition_a_candidates_file_and_a_missing_file_are_each_named(published):
    results = committed(published, "results/season=2024")
    candidates = committed(published, "_candidates/races/season=2024")
    truncate(results)
    truncate(candidates, keep=0)
    committed(published, "drivers").unlink()

    damages = damaged_curated(str(published))

    assert {(d.store, d.path) for d in damages} == {
        ("curated", str(results)),
        ("curated", str(candidates)),
        ("curated", str(published / "curated" / "drivers" / committed_name(published))),
    }
    by_path = {d.path: d.reason for d in damages}
    assert by_path[str(results)].startswith("not a whole parquet file")
    assert "missing" in [r for p, r in by_path.items() if "/drivers/" in p][0]
    assert all("\n" not in d.line() for d in damages)


def committed_name(data_dir: Path) -> str:
    commit = json.loads((data_dir / "curated" / "_commit.json").read_text())
    (drivers,) = [f for f in commit["files"] if f.startswith("drivers/")]
    return drivers.split("/", 1)[1]


def test_a_damaged_commit_record_is_named(published):
    truncate(published / "curated" / "_commit.json", keep=30)
    (damage,) = damaged_curated(str(published))
    assert damage.path == str(published / "curated" / "_commit.json")
    assert damage.reason.startswith("unreadable commit record")


def test_tables_disagreeing_with_the_commit_record_are_named(published):
    path = published / "curated" / "_commit.json"
    commit = json.loads(path.read_text())
    commit["pages"]["site-b/round-4"]["page_hash"] = "another-page"
    path.write_text(json.dumps(commit))
    (damage,) = damaged_curated(str(published))
    assert damage.reason == "the tables disagree on article site-b/round-4"


def test_status_names_a_truncated_partition_in_one_line_without_a_traceback(published):
    results = committed(published, "results/season=2024")
    truncate(results)
    outcome = CliRunner().invoke(main, ["status", "--data-dir", str(published)])
    assert outcome.exit_code == 0, outcome.output
    assert "Traceback" not in outcome.output and outcome.exception is None
    (line,) = [line for line in outcome.output.splitlines() if str(results) in line]
    assert "not a whole parquet file" in line


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_repair_drops_damaged_files_and_every_page_so_a_replay_republishes(published):
    before = {table: rows(published, table) for table in ("results", "races", "quarantine")}
    truncate(committed(published, "_candidates/results/season=2024"))

    repair(str(published), check(str(published)))

    assert damaged_curated(str(published)) == []
    assert rows(published, "results") == before["results"]  # readers keep the sound files
    assert published_pages(str(published), "1.0.0") == set()
    publish([two_race_article(), SECOND], str(published), run_id="replay")
    assert {table: rows(published, table) for table in before} == before
    assert check(str(published)) == []


def test_a_truncated_or_misplaced_extraction_is_named(tmp_path):
    store = ExtractionStore.at(str(tmp_path))
    one, other = two_race_article(page_hash="one-page"), two_race_article(page_hash="other-page")
    truncate(Path(store.write(one)))
    extracted = tmp_path / "extracted" / "1.0.0"
    shutil.copy(store.write(other), extracted / "third-page.json")

    damages = {d.path: d.reason for d in damaged_extractions(str(tmp_path))}

    truncated, misplaced = extracted / "one-page.json", extracted / "third-page.json"
    assert set(damages) == {str(truncated), str(misplaced)}
    assert damages[str(misplaced)] == "holds another page's extraction"
    assert damages[str(truncated)].startswith("unreadable (Invalid JSON")
    repair(str(tmp_path), check(str(tmp_path)))
    assert not store.has("one-page", "1.0.0") and store.has("other-page", "1.0.0")


def test_verify_exits_1_with_one_line_per_damaged_file(published):
    truncate(committed(published, "results/season=2024"))
    outcome = CliRunner().invoke(main, ["verify", "--data-dir", str(published)])
    assert outcome.exit_code == 1
    assert outcome.output.splitlines()[0].startswith(f"curated    {published}/curated/results")
    assert "1 damaged files: --repair rebuilds them" in outcome.output
    assert "Traceback" not in outcome.output


@pytest.mark.slow
def test_verify_repair_rebuilds_the_tables_an_undamaged_data_dir_holds(prefect_api, tmp_path):
    data_dir = tmp_path / "data"
    runner = CliRunner()
    ingest = ["ingest", "--source", str(SAMPLES), "--data-dir", str(data_dir), "--silent"]
    assert runner.invoke(main, ingest).exit_code == 0
    tables = ("articles", "races", "results", "standings", "drivers", "quarantine")
    before = {table: rows(data_dir, table) for table in tables}
    truncate(committed(data_dir, "results/season=2025"))
    truncate(committed(data_dir, "_candidates/articles/season=2025"))  # no sample lacks a season
    truncate(next((data_dir / "extracted").rglob("*.json")))

    outcome = runner.invoke(main, ["verify", "--repair", "--data-dir", str(data_dir), "--silent"])

    assert outcome.exit_code == 0, outcome.output
    assert sum("rebuilt" in line for line in outcome.output.splitlines()) == 3
    assert runner.invoke(main, ["verify", "--data-dir", str(data_dir)]).exit_code == 0
    assert {table: rows(data_dir, table) for table in tables} == before
