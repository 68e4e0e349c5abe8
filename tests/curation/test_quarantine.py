"""Which rows are published and which are held back: races whole, or rows alone (threshold)."""

from __future__ import annotations

import json

from invented_articles import (
    FIELD,
    article,
    classification,
    evidence,
    race,
    standings_list,
    stated_nation,
)

from curation.quarantine import quarantine_record, split
from extractors.records import Conflict
from schemas.rows import tabulate

TWO_RACES = article(
    races=[
        race("Race 1", classification(FIELD[:4], [None, 1.0, 2.0, 3.0])),
        race("Race 2", classification(FIELD[2:], [None, 0.5, 0.7, 0.9])),
    ],
    standings=standings_list([20, 15, 10]),
)


def _names(published, table="results"):
    return [r["driver_name"] for r in published[table]]


def test_nothing_failing_publishes_everything():
    rows = tabulate([TWO_RACES])
    published, held = split(rows, {}, 0.0)
    assert published == rows and held == []


def test_one_failing_row_holds_back_its_whole_race_by_default():
    rows = tabulate([TWO_RACES])
    published, held = split(rows, {"results": {5: ("nation_iso_alpha3",)}}, 0.0)
    assert _names(published) == [name for name, _ in FIELD[:4]]
    assert [r["race_name"] for r in published["races"]] == ["Race 1"]
    assert {(h.table, h.scope, h.group_ref) for h in held} == {
        ("races", "race", rows["races"][1]["race_ref"]),
        ("results", "race", rows["races"][1]["race_ref"]),
    }
    assert {h.expectations for h in held} == {("nation_iso_alpha3",)}
    assert len(published["standings"]) == 3


def test_under_the_threshold_only_the_failing_row_is_held_back():
    rows = tabulate([TWO_RACES])
    published, held = split(rows, {"results": {5: ("nation_iso_alpha3",)}}, 0.25)
    assert len(published["results"]) == 7
    assert [(h.table, h.row_no, h.scope, h.group_ref) for h in held] == [
        ("results", 5, "row", None)
    ]


def test_a_failing_race_row_holds_back_its_results_whatever_the_threshold():
    rows = tabulate([TWO_RACES])
    published, held = split(rows, {"races": {0: ("laps_positive",)}}, 1.0)
    assert _names(published) == [name for name, _ in FIELD[2:]]
    assert len([h for h in held if h.table == "results"]) == 4


def test_a_failing_article_row_holds_back_everything_it_reports():
    rows = tabulate(
        [TWO_RACES, article("other", races=[race("Final", classification(FIELD[:1], [None]))])]
    )
    published, held = split(rows, {"articles": {0: ("season_in_range",)}}, 0.0)
    assert [r["article_key"] for r in published["articles"]] == ["other"]
    assert {h.scope for h in held} == {"article"}
    assert len([h for h in held if h.table == "results"]) == 8
    assert len(published["results"]) == 1


def test_a_standings_list_is_held_back_whole():
    rows = tabulate([TWO_RACES])
    published, held = split(rows, {"standings": {2: ("points_non_negative",)}}, 0.0)
    assert published["standings"] == []
    assert [h.scope for h in held] == ["standings"] * 3


def test_a_quarantine_record_keeps_the_row_as_json_with_its_evidence():
    rows = tabulate([TWO_RACES])
    _, held = split(rows, {"results": {0: ("gap_non_negative",)}}, 0.0)
    first = next(h for h in held if h.table == "results" and h.row_no == 0)
    record = quarantine_record(first, run_id="run-7", page_hash="abc")
    assert record["run_id"] == "run-7" and record["page_hash"] == "abc"
    assert record["table_name"] == "results" and record["row_no"] == 0
    assert json.loads(record["record"])["driver_name"] == FIELD[0][0]
    assert record["evidence_text"] == rows["results"][0]["evidence_text"]


def test_a_held_race_takes_its_conflicts_along_but_not_the_article_s_stated_nations():
    item = TWO_RACES.model_copy(deep=True)
    item.extraction.conflicts = [
        Conflict(
            race="Race 2",
            driver="Keiko Tanabe",
            field="position",
            kept="1",
            other="2",
            evidence=evidence("Tanabe came home second", 400),
        ),
        Conflict(
            race="Race 1",
            driver="Jonas Aalto",
            field="interval",
            kept="1.0",
            other="1.2",
            evidence=evidence("Aalto was 1.2s adrift", 300),
        ),
    ]
    item.extraction.driver_nations = [
        stated_nation("Keiko Tanabe", "JPN", "Japan's Keiko Tanabe", 380)
    ]
    rows = tabulate([item])
    published, held = split(rows, {"results": {5: ("nation_iso_alpha3",)}}, 0.0)
    race_2 = rows["races"][1]["race_ref"]
    assert [(h.table, h.scope, h.group_ref) for h in held if h.table == "conflicts"] == [
        ("conflicts", "race", race_2)
    ]
    assert [c["field"] for c in published["conflicts"]] == ["interval"]
    assert [n["driver_name"] for n in published["driver_nations"]] == ["Keiko Tanabe"]
