"""Publishing: validated rows reach the curated tables, failing races go to quarantine whole, and
the tables stay free of duplicates, deterministic, and whole through crashes and concurrency."""

from __future__ import annotations

import inspect
import json
import threading
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from fsspec.implementations.local import LocalFileSystem
from invented_articles import (
    FIELD,
    article,
    classification,
    evidence,
    race,
    result,
    standings_list,
    stated_nation,
    two_race_article,
)

from extractors.records import Conflict, Standing
from flows.interfaces.cli import main
from flows.stages.publish import (
    PublishReport,
    publish,
    publish_in_chunks,
)
from flows.stores.curated_store import TableStore
from flows.stores.extracted import ExtractionStore
from flows.stores.ledger import newest_pages

SF_A = "invented_sim_cup-2024-round_3-semi_final_a"
SF_B = "invented_sim_cup-2024-round_3-semi_final_b"
FINAL = "invented_sim_cup-2024-round_3-final"


def rows(data_dir: Path, table: str) -> list[dict]:
    path = data_dir / "curated" / table
    return pq.read_table(path).to_pylist() if path.exists() else []


def files(data_dir: Path) -> dict[str, bytes]:
    """Every data file under curated/ (candidates included), by relative path."""
    curated = data_dir / "curated"
    return {
        str(p.relative_to(curated)): p.read_bytes()
        for p in sorted(curated.rglob("*"))
        if p.is_file() and p.suffix == ".parquet"
    }


def final(drivers, gaps, key="invented-news/round-3", **kwargs):
    return article(key, races=[race("Final", classification(drivers, gaps), "final")], **kwargs)


@pytest.fixture(scope="module")
def two_races(tmp_path_factory) -> tuple[Path, PublishReport]:
    data_dir = tmp_path_factory.mktemp("data")
    return data_dir, publish([two_race_article()], str(data_dir), run_id="run-1")


def test_the_clean_race_and_the_standings_are_published(two_races):
    data_dir, _ = two_races
    assert {r["race_ref"] for r in rows(data_dir, "races")} == {SF_A}
    published = rows(data_dir, "results")
    assert [(r["position"], r["driver_name"]) for r in published] == [
        (1, "Mira Castell"),
        (2, "Jonas Aalto"),
        (3, "Keiko Tanabe"),
        (4, "Luca Ferrand"),
    ]
    assert {r["race_ref"] for r in published} == {SF_A}
    assert [r["points"] for r in rows(data_dir, "standings")] == [18, 15, 12, 10]
    assert [r["article_key"] for r in rows(data_dir, "articles")] == ["invented-news/round-3"]


def test_a_race_with_two_drivers_third_and_a_negative_gap_is_quarantined_whole(two_races):
    data_dir, report = two_races
    held = rows(data_dir, "quarantine")
    assert {(q["table_name"], q["scope"], q["group_ref"]) for q in held} == {
        ("races", "race", SF_B),
        ("results", "race", SF_B),
        ("penalties", "race", SF_B),
    }
    results = [q for q in held if q["table_name"] == "results"]
    assert len(results) == 4
    by_driver = {json.loads(q["record"])["driver_name"]: q for q in results}
    assert {"positions_unique_in_race", "gap_non_negative"} <= set(
        by_driver["Luca Ferrand"]["expectations"]
    )
    assert "positions_contiguous_from_1" in by_driver["Oskar Lindqvist"]["expectations"]
    assert by_driver["Luca Ferrand"]["evidence_text"] == "3. Luca Ferrand +-0.300"
    assert all(q["run_id"] == "run-1" and q["article_key"] == "invented-news/round-3" for q in held)
    assert report.races_quarantined == (SF_B,)
    assert report.quarantined == {"races": 1, "results": 4, "penalties": 1}
    assert report.rows_quarantined == 6


def test_tables_are_hive_partitioned_by_season_with_validation_docs(two_races):
    data_dir, report = two_races
    assert len(list((data_dir / "curated" / "results" / "season=2024").glob("part-*.parquet"))) == 1
    assert len(list((data_dir / "curated" / "drivers").glob("part-*.parquet"))) == 1
    assert report.data_docs and Path(report.data_docs).is_file()


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_publishing_the_same_articles_again_leaves_every_file_identical(tmp_path):
    publish([two_race_article()], str(tmp_path), run_id="run-1")
    before = files(tmp_path)
    report = publish([two_race_article()], str(tmp_path), run_id="run-2")
    assert files(tmp_path) == before
    assert report.files_written == ()
    assert {q["run_id"] for q in rows(tmp_path, "quarantine")} == {"run-1"}


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_a_changed_failure_is_quarantined_again_under_the_new_run(tmp_path):
    publish([two_race_article()], str(tmp_path), run_id="run-1")
    publish([two_race_article(version="1.0.1")], str(tmp_path), run_id="run-2")
    assert {q["run_id"] for q in rows(tmp_path, "quarantine")} == {"run-2"}


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_a_reextracted_article_releases_its_quarantined_race(tmp_path):
    publish([two_race_article()], str(tmp_path), run_id="run-1")
    fixed = article(
        races=[
            race(
                "Semi-Final A",
                classification(FIELD[:4], [None, 0.684, 2.318, 14.205]),
                "semi-final",
            ),
            race("Semi-Final B", classification(FIELD[2:], [None, 0.3, 1.1, 2.0]), "semi-final"),
        ],
        version="1.1.0",
    )
    report = publish([fixed], str(tmp_path), run_id="run-2")
    assert {r["race_ref"] for r in rows(tmp_path, "races")} == {SF_A, SF_B}
    assert len(rows(tmp_path, "results")) == 8
    assert rows(tmp_path, "quarantine") == []
    assert list((tmp_path / "curated" / "quarantine").glob("part-*.parquet"))
    assert report.rows_quarantined == 0


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_a_backfill_over_a_loaded_season_replaces_and_never_duplicates(tmp_path):
    first = final(FIELD[:3], [None, 1.0, 2.0])
    other = final(FIELD[3:], [None, 0.5, 0.9], key="other-site/round-4", event="Round 4 Vela")
    publish([first, other], str(tmp_path), run_id="run-1")
    corrected = final(FIELD[:4], [None, 1.0, 2.0, 2.5])
    publish([corrected, other], str(tmp_path), run_id="run-2")
    published = rows(tmp_path, "results")
    keys = [(r["race_ref"], r["position_order"]) for r in published]
    assert len(keys) == len(set(keys)) == 4 + 3
    assert [r["driver_name"] for r in published if r["race_ref"] == FINAL][-1] == "Luca Ferrand"
    assert len(rows(tmp_path, "articles")) == 2


def test_the_newest_extractor_version_wins_whatever_the_order(tmp_path):
    newer = final(FIELD[:3], [None, 1.0, 2.0], version="0.10.0")
    older = final(FIELD[:2], [None, 9.0], version="0.9.0")
    publish([newer], str(tmp_path), run_id="run-1")
    before = files(tmp_path)
    report = publish([older], str(tmp_path), run_id="run-2")
    assert report.stale_articles == ("invented-news/round-3",)
    assert files(tmp_path) == before
    assert newest_pages([newer, older]) == newest_pages([older, newer]) == [newer]


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_publishing_in_chunks_leaves_the_tables_one_publish_of_them_all_leaves(tmp_path):
    articles = [
        two_race_article(),  # one race quarantined
        final(FIELD[:3], [None, 1.0, 2.0], key="site-a/report"),
        final(FIELD[:4], [None, 1.0, 2.0, 3.0], key="site-b/report"),  # the fuller account
        final(FIELD[:2], [None, 9.0], key="site-b/report", version="0.9.0"),  # lost to 1.0.0
        final(FIELD[4:], [None, 1.0], key="site-c/report", season=None, event="Round 9"),
    ]
    at_once, chunked = tmp_path / "at-once", tmp_path / "chunked"
    whole = publish(articles, str(at_once), run_id="run")
    parts = publish_in_chunks(newest_pages(articles), str(chunked), run_id="run", chunk_size=1)
    assert files(chunked) == files(at_once)
    assert {(r["race_ref"], r["article_key"]) for r in rows(chunked, "races")} == {
        (SF_A, "invented-news/round-3"),
        (FINAL, "site-b/report"),
        ("site_c_report-final", "site-c/report"),  # no season: keyed by its article
    }
    assert parts.articles == whole.articles == 4
    assert parts.published == whole.published and parts.rows_published > 0
    assert parts.quarantined == whole.quarantined == {"races": 1, "results": 4, "penalties": 1}
    assert parts.races_quarantined == whole.races_quarantined == (SF_B,)
    assert len(set(parts.files_written)) == len(parts.files_written) >= len(whole.files_written)


def test_publishing_in_chunks_refuses_two_extractions_of_one_article(tmp_path):
    articles = [
        final(FIELD[:4], [None, 1.0, 2.0, 3.0], key="site-b/report"),
        final(FIELD[:2], [None, 9.0], key="site-b/report", version="0.9.0"),
    ]
    with pytest.raises(ValueError, match="two extractions of article 'site-b/report'"):
        publish_in_chunks(articles, str(tmp_path), run_id="run", chunk_size=1)


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_the_same_race_in_two_articles_is_published_once_from_the_fuller_account(tmp_path):
    fuller = final(FIELD[:4], [None, 1.0, 2.0, 3.0], key="site-b/report")
    shorter = final(FIELD[:3], [None, 1.0, 2.0], key="site-a/report")
    together, one_by_one = tmp_path / "together", tmp_path / "shorter-first"
    publish([fuller, shorter], str(together), run_id="run")
    publish([shorter], str(one_by_one), run_id="run")
    publish([fuller], str(one_by_one), run_id="run")
    for data_dir in (together, one_by_one):
        assert [r["article_key"] for r in rows(data_dir, "races")] == ["site-b/report"]
        assert len(rows(data_dir, "results")) == 4
    assert files(together) == files(one_by_one)


def test_two_editions_printing_the_same_classification_publish_one_race(tmp_path):
    timed = classification(FIELD[:4], [None, 0.684, 2.318, 14.205])
    english = article("site/en/report", races=[race("Main race", timed)])
    portuguese = article(
        "site/pt/report", event="Porto Novo", races=[race("Corrida principal", timed)]
    )
    publish([english, portuguese], str(tmp_path), run_id="run")
    (published,) = rows(tmp_path, "races")
    assert published["race_ref"] == "invented_sim_cup-2024-round_3-race"
    assert published["article_key"] == "site/en/report"
    assert len(rows(tmp_path, "results")) == 4


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_races_with_other_drivers_or_other_gaps_are_never_merged(tmp_path):
    heats = article(
        "site-a/report",
        races=[
            race("Heat 1", classification(FIELD[:3], [None, 1.0, 2.0]), "heat"),
            race("Heat 2", classification(FIELD[3:], [None, 1.0, 2.0]), "heat"),
        ],
    )
    same_drivers_other_gaps = article(
        "site-b/report",
        event="Round 4 Vela",
        races=[race("Heat 1", classification(FIELD[:3], [None, 1.5, 2.0]), "heat")],
    )
    publish([heats, same_drivers_other_gaps], str(tmp_path), run_id="run")
    assert sorted(r["race_ref"] for r in rows(tmp_path, "races")) == [
        "invented_sim_cup-2024-round_3-heat_1",
        "invented_sim_cup-2024-round_3-heat_2",
        "invented_sim_cup-2024-round_4-heat_1",
    ]
    assert len(rows(tmp_path, "results")) == 9


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_the_other_account_of_a_race_returns_when_the_chosen_one_drops_it(tmp_path):
    publish(
        [
            final(FIELD[:4], [None, 1.0, 2.0, 3.0], key="site-b/report"),
            final(FIELD[:3], [None, 1.0, 2.0], key="site-a/report"),
        ],
        str(tmp_path),
        run_id="run-1",
    )
    publish([article("site-b/report", version="1.1.0")], str(tmp_path), run_id="run-2")
    assert [r["article_key"] for r in rows(tmp_path, "races")] == ["site-a/report"]
    assert len(rows(tmp_path, "results")) == 3


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_an_article_that_learns_its_season_leaves_no_rows_behind(tmp_path):
    publish([final(FIELD[:2], [None, 1.0], season=None)], str(tmp_path), run_id="run-1")
    assert list((tmp_path / "curated" / "results" / "season=0").glob("part-*.parquet"))
    publish([final(FIELD[:2], [None, 1.0], version="1.0.1")], str(tmp_path), run_id="run-2")
    assert not (tmp_path / "curated" / "results" / "season=0").exists()
    assert {r["season"] for r in rows(tmp_path, "results")} == {2024}


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_an_article_failing_its_own_checks_is_held_back_whole(tmp_path):
    report = publish([final(FIELD[:2], [None, 1.0], season=1887)], str(tmp_path), run_id="run-1")
    assert rows(tmp_path, "results") == [] and rows(tmp_path, "articles") == []
    held = rows(tmp_path, "quarantine")
    assert {(q["table_name"], q["scope"]) for q in held} == {
        ("articles", "article"),
        ("races", "article"),
        ("results", "article"),
    }
    assert all("season_in_range" in q["expectations"] for q in held)
    assert report.published["results"] == 0


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_a_threshold_publishes_a_race_without_its_few_failing_rows(tmp_path):
    race_rows = classification(FIELD[:4], [None, 1.0, 2.0, 3.0])
    race_rows[3] = result(4, "Luca Ferrand", "SPA", 3.0)
    strict, lenient = tmp_path / "strict", tmp_path / "lenient"
    publish([article(races=[race("Final", race_rows)])], str(strict), run_id="run")
    publish(
        [article(races=[race("Final", race_rows)])],
        str(lenient),
        run_id="run",
        race_quarantine_threshold=0.5,
    )
    assert rows(strict, "results") == []
    assert len(rows(lenient, "results")) == 3
    assert [(q["scope"], q["expectations"]) for q in rows(lenient, "quarantine")] == [
        ("row", ["nation_iso_alpha3"])
    ]


def test_the_threshold_is_a_parameter_the_environment_sets_only_at_the_cli(monkeypatch):
    """Stages and flows take it as a parameter; the CLI alone reads the environment variable."""
    monkeypatch.setenv("RACERESULTS_QUARANTINE_THRESHOLD", "half")
    assert inspect.signature(publish).parameters["race_quarantine_threshold"].default == 0.0
    outcome = CliRunner().invoke(main, ["reextract"])
    assert outcome.exit_code == 2
    assert "--quarantine-threshold" in outcome.output and "Traceback" not in outcome.output


def test_the_cli_refuses_a_threshold_outside_0_to_1():
    outcome = CliRunner().invoke(main, ["reextract", "--quarantine-threshold", "1.5"])
    assert outcome.exit_code == 2
    assert "--quarantine-threshold" in outcome.output and "Traceback" not in outcome.output


def test_a_threshold_outside_0_to_1_is_refused(tmp_path):
    with pytest.raises(ValueError, match="race_quarantine_threshold"):
        publish([], str(tmp_path), run_id="run", race_quarantine_threshold=1.5)


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_the_drivers_table_joins_spellings_across_articles_and_seasons(tmp_path):
    first = final(
        [("Coque López", "ESP"), ("Jonas Aalto", "FIN")], [None, 1.0], key="a", season=2023
    )
    second = final([("Coque Lopez", "ESP"), ("Jonas Aalto", "FIN")], [None, 2.0], key="b")
    publish([first, second], str(tmp_path), run_id="run")
    drivers = {d["driver_ref"]: d for d in rows(tmp_path, "drivers")}
    assert set(drivers) == {"coque_lopez", "jonas_aalto"}
    assert drivers["coque_lopez"]["aliases"] == ["Coque Lopez", "Coque López"]
    assert (drivers["coque_lopez"]["first_season"], drivers["coque_lopez"]["last_season"]) == (
        2023,
        2024,
    )
    assert drivers["jonas_aalto"]["result_count"] == 2


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_nations_cup_standings_are_held_back_and_never_published_as_drivers(tmp_path):
    nations = [
        Standing(after="Round 2", position=n, driver=name, points=points, evidence=evidence(line))
        for n, (name, points, line) in enumerate(
            [("Japan", 64, "Japan – 64 points"), ("Spain", 51, "Spain – 51 points")], start=1
        )
    ]
    item = article(
        races=[race("Final", classification(FIELD[:2], [None, 1.0]), "final")],
        standings=standings_list([25, 18]) + nations,
    )
    report = publish([item], str(tmp_path), run_id="run")
    assert [r["driver_name"] for r in rows(tmp_path, "standings")] == [
        "Mira Castell",
        "Jonas Aalto",
    ]
    assert {d["name"] for d in rows(tmp_path, "drivers")} == {"Mira Castell", "Jonas Aalto"}
    held = rows(tmp_path, "quarantine")
    assert [(q["evidence_text"], q["scope"], q["expectations"]) for q in held] == [
        ("Japan – 64 points", "standings", ["driver_not_a_nation"]),
        ("Spain – 51 points", "standings", ["driver_not_a_nation"]),
    ]
    assert report.quarantined == {"standings": 2}


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_a_short_name_takes_the_key_of_its_full_name_whatever_the_publish_order(tmp_path):
    short = final(
        [("A. Ribeiro", "PRT"), ("Jonas Aalto", "FIN")], [None, 1.0], key="a", season=2023
    )
    full = final([("Ana Ribeiro", "PRT"), ("Keiko Tanabe", "JPN")], [None, 2.0], key="b")
    orders = {"short-first": [[short], [full]], "full-first": [[full], [short]]}
    for name, batches in orders.items():
        for batch in batches:
            publish(batch, str(tmp_path / name), run_id="run")
    publish([short, full], str(tmp_path / "together"), run_id="run")
    for name in ("full-first", "together"):
        assert files(tmp_path / name) == files(tmp_path / "short-first"), name
    data_dir = tmp_path / "short-first"
    assert [(r["season"], r["driver_ref"], r["driver_name"]) for r in rows(data_dir, "results")][
        ::2
    ] == [(2023, "ana_ribeiro", "A. Ribeiro"), (2024, "ana_ribeiro", "Ana Ribeiro")]
    drivers = {d["driver_ref"]: d for d in rows(data_dir, "drivers")}
    assert set(drivers) == {"ana_ribeiro", "jonas_aalto", "keiko_tanabe"}
    assert drivers["ana_ribeiro"]["name"] == "Ana Ribeiro"
    assert drivers["ana_ribeiro"]["aliases"] == ["A. Ribeiro", "Ana Ribeiro"]
    assert drivers["ana_ribeiro"]["result_count"] == 2
    assert drivers["ana_ribeiro"]["first_season"] == 2023


def test_a_short_name_fitting_two_drivers_keeps_its_own_key(tmp_path):
    publish(
        [
            final([("A. Ribeiro", None), ("Jonas Aalto", "FIN")], [None, 1.0], key="a"),
            final(
                [("Ana Ribeiro", "PRT"), ("Keiko Tanabe", "JPN")],
                [None, 2.0],
                key="b",
                event="Round 4 Vela",
            ),
            final(
                [("André Ribeiro", "BRA"), ("Luca Ferrand", "ITA")],
                [None, 2.0],
                key="c",
                event="Round 5 Sol",
            ),
        ],
        str(tmp_path),
        run_id="run",
    )
    assert {"a_ribeiro", "ana_ribeiro", "andre_ribeiro"} <= {
        d["driver_ref"] for d in rows(tmp_path, "drivers")
    }


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_a_publish_interrupted_between_partitions_leaves_the_tables_whole(tmp_path, monkeypatch):
    publish([final(FIELD[:3], [None, 1.0, 2.0])], str(tmp_path), run_id="run-1")
    before = files(tmp_path)
    real_write = TableStore.write
    calls = []

    def write_then_die(self, table, season, data):
        calls.append(table.name)
        if len(calls) == 3:
            raise KeyboardInterrupt("killed")
        return real_write(self, table, season, data)

    monkeypatch.setattr(TableStore, "write", write_then_die)
    changed = final(FIELD[:4], [None, 1.5, 2.5, 3.5], version="1.0.1")
    with pytest.raises(KeyboardInterrupt):
        publish([changed], str(tmp_path), run_id="run-2")
    after = files(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("_")} == {
        k: v for k, v in before.items() if not k.startswith("_")
    }
    assert [r["gap_s"] for r in rows(tmp_path, "results")] == [None, 1.0, 2.0]

    monkeypatch.setattr(TableStore, "write", real_write)
    publish([changed], str(tmp_path), run_id="run-3")
    assert [r["gap_s"] for r in rows(tmp_path, "results")] == [None, 1.5, 2.5, 3.5]


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_a_failed_swap_keeps_the_old_file_and_the_next_publish_clears_leftovers(
    tmp_path, monkeypatch
):
    publish([final(FIELD[:3], [None, 1.0, 2.0])], str(tmp_path), run_id="run-1")
    before = files(tmp_path)

    def rename_fails(self, path1, path2, **kwargs):
        raise OSError("disk vanished")

    monkeypatch.setattr(LocalFileSystem, "mv", rename_fails)
    with pytest.raises(OSError, match="disk vanished"):
        publish(
            [final(FIELD[:4], [None, 1.5, 2.5, 3.5], version="1.0.1")],
            str(tmp_path),
            run_id="run-2",
        )
    assert files(tmp_path) == before
    assert len(rows(tmp_path, "results")) == 3
    # what a hard kill between writing aside and renaming leaves behind
    killed = tmp_path / "curated" / "results" / "season=2024" / ".part-x.parquet.dead.tmp"
    killed.write_bytes(b"half a parquet file")
    assert len(rows(tmp_path, "results")) == 3

    monkeypatch.undo()
    publish(
        [final(FIELD[:4], [None, 1.5, 2.5, 3.5], version="1.0.1")], str(tmp_path), run_id="run-3"
    )
    assert list((tmp_path / "curated").rglob("*.tmp")) == []
    assert len(rows(tmp_path, "results")) == 4


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_two_publishers_at_once_both_land_in_a_valid_table(tmp_path):
    articles = [
        final(FIELD[:3], [None, 1.0, 2.0], key="site-a/round-3"),
        final(FIELD[3:], [None, 0.5, 0.9], key="site-b/round-4", event="Round 4 Vela"),
    ]
    start = threading.Barrier(2)
    errors = []

    def run(item, name):
        start.wait()
        try:
            publish([item], str(tmp_path), run_id=name)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(a, f"run-{i}")) for i, a in enumerate(articles)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(r["article_key"] for r in rows(tmp_path, "articles")) == [
        "site-a/round-3",
        "site-b/round-4",
    ]
    assert len(rows(tmp_path, "results")) == 6
    assert len(rows(tmp_path, "drivers")) == 6


@pytest.mark.slow  # over 2 s: publishes through Great Expectations
def test_nations_and_conflicts_are_published_traceable_and_fill_in_driver_nations(tmp_path):
    unnamed = [("Mira Castell", None), ("Jonas Aalto", None)]
    item = article(
        races=[
            race("Semi-Final A", classification(unnamed, [None, 0.5]), "semi-final"),
            race("Semi-Final B", two_race_article().extraction.races[1].results, "semi-final"),
        ],
        driver_nations=[
            stated_nation("Jonas Aalto", "FIN", "the Finn Jonas Aalto", 300),
            stated_nation("Mira Castell", "ESP", "Spain's Mira Castell", 120),
            stated_nation("Mira Castell", "AND", "Andorra-born Mira Castell", 40),
            stated_nation("Luca Ferrand", "ITA", "the Italian Luca Ferrand", 650),
        ],
        conflicts=[
            Conflict(
                race="Semi-Final B",
                driver="Luca Ferrand",
                field="position",
                kept="3",
                other="4",
                evidence=evidence("Ferrand crossed the line fourth", 660),
            ),
            Conflict(
                race="Semi-Final A",
                driver="Jonas Aalto",
                field="interval",
                kept="0.5",
                other="0.7",
                evidence=evidence("Aalto finished 0.7s back", 350),
            ),
        ],
    )
    publish([item], str(tmp_path), run_id="run")
    stated = rows(tmp_path, "driver_nations")
    assert [(r["nation_no"], r["driver_ref"], r["nation"], r["evidence_text"]) for r in stated] == [
        (1, "mira_castell", "AND", "Andorra-born Mira Castell"),
        (2, "mira_castell", "ESP", "Spain's Mira Castell"),
        (3, "jonas_aalto", "FIN", "the Finn Jonas Aalto"),
        (4, "luca_ferrand", "ITA", "the Italian Luca Ferrand"),
    ]
    assert {r["season"] for r in stated} == {2024}
    (conflict,) = rows(tmp_path, "conflicts")
    assert (conflict["race_ref"], conflict["field"], conflict["kept"], conflict["other"]) == (
        SF_A,
        "interval",
        "0.5",
        "0.7",
    )
    assert conflict["evidence_text"] == "Aalto finished 0.7s back"
    # the conflict of the quarantined race is held back with it
    held = {(q["table_name"], q["group_ref"]) for q in rows(tmp_path, "quarantine")}
    assert ("conflicts", SF_B) in held
    drivers = {d["driver_ref"]: d["nation"] for d in rows(tmp_path, "drivers")}
    # a tie between two stated nations goes to the smaller code; only drivers of published
    # results or standings are drivers
    assert drivers == {"mira_castell": "AND", "jonas_aalto": "FIN"}


def test_a_printed_classification_publishes_whole_with_numbers_points_and_times(tmp_path):
    """Issue 13's table (Pos | No. | Driver | Nat | Team | Laps | Time/Gap | Pts, a DNF row last),
    extracted from its invented page, publishes every row and quarantines none."""
    from extractors.article import extract_article

    page = Path(__file__).parents[2] / "fixtures" / "articles" / "printed_classification.html"
    extraction = extract_article(page.read_text(encoding="utf-8"), media_type="text/html")
    base = article("invented-news/lakeside-200", event="Round 5 Lakeside")
    report = publish(
        [base.model_copy(update={"extraction": extraction})], str(tmp_path), run_id="run-1"
    )
    assert report.quarantined == {} and rows(tmp_path, "quarantine") == []
    published = sorted(rows(tmp_path, "results"), key=lambda r: r["position_order"])
    assert [
        (r["position"], r["position_order"], r["number"], r["driver_name"], r["nation"],
         r["points"], r["laps"], r["time"], r["milliseconds"], r["gap_text"], r["status"],
         r["status_detail"])
        for r in published
    ] == [
        (1, 1, "17", "Mara Kessel", "DEU", 25.0, 24, "51:04.118", 3064118, None, "finished", None),
        (2, 2, "4", "Joris van Aalst", "NLD", 18.0, 24, None, None, "+2.314", "finished", None),
        (3, 3, "31", "Tiago Ramos", "PRT", 15.0, 24, None, None, "+1:05.950", "finished", None),
        (4, 4, "8", "Lene Brandt", "CHE", 12.0, 23, None, None, "+1 Lap", "lapped", None),
        (None, 5, "22", "Sipho Dlamini", "ZAF", 0.0, 22, None, None, None, "dnf", "Suspension"),
    ]  # fmt: skip


def test_an_extraction_stored_before_parents_and_race_keys_still_publishes(tmp_path):
    """JSON of an earlier extractor in the extracted zone lacks `parent` and `race_key`."""
    stored = two_race_article().model_dump(mode="json") | {"page_hash": "0" * 64}
    for stored_race in stored["extraction"]["races"]:
        del stored_race["parent"]
    for stored_penalty in stored["extraction"]["penalties"]:
        del stored_penalty["race_key"]
    folder = tmp_path / "extracted" / stored["extractor_version"]
    folder.mkdir(parents=True)
    (folder / f"{stored['page_hash']}.json").write_text(json.dumps(stored))
    (read_back,) = ExtractionStore.at(tmp_path).all()
    report = publish([read_back], str(tmp_path), run_id="run-1")
    assert {r["race_ref"] for r in rows(tmp_path, "races")} == {SF_A}
    assert len(rows(tmp_path, "results")) == 4
    # the penalty finds its race by name, and goes to quarantine with it
    assert report.quarantined == {"races": 1, "results": 4, "penalties": 1}
