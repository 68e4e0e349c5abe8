"""Validation with Great Expectations: every failing row is named with the expectations it failed,
and race-wide checks (curation/race_checks.py) fail the whole race."""

from pathlib import Path

import pytest
from invented_articles import (
    FIELD,
    article,
    classification,
    evidence,
    race,
    result,
    standings_list,
    stated_nation,
)

from extractors.records import Conflict
from flows.stages.validate import Validator
from schemas.rows import tabulate_article

CLEAN = article(
    races=[race("Final", classification(FIELD[:4], [None, 0.684, 0.684, 3.5]))],
    standings=standings_list([25, 18, 15]),
)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="module")
def validator(data_dir) -> Validator:
    return Validator(str(data_dir))


def _results(*rows):
    return tabulate_article(article(races=[race("Final", list(rows))]))["results"]


def test_clean_rows_pass_every_suite(validator):
    rows = tabulate_article(CLEAN)
    for table in ("articles", "races", "results", "standings"):
        assert validator.validate(table, rows[table], "run-clean").success, table


def test_two_drivers_third_and_a_negative_gap_are_named_row_by_row(validator):
    rows = _results(
        result(1, "Mira Castell", "ESP"),
        result(2, "Jonas Aalto", "FIN", gap_s=0.4),
        result(3, "Keiko Tanabe", "JPN", gap_s=1.2),
        result(3, "Luca Ferrand", "ITA", gap_s=-0.3),
    )
    check = validator.validate("results", rows, "run-dup")
    race_wide = ("gaps_non_decreasing", "positions_contiguous_from_1")
    assert check.failures == {
        0: race_wide,
        1: race_wide,
        2: (*race_wide, "positions_unique_in_race"),
        3: ("gap_non_negative", *race_wide, "positions_unique_in_race"),
    }


def test_values_outside_their_allowed_sets_fail_their_rows_only(validator):
    rows = _results(
        result(1, "Mira Castell", "ESP"),
        result(2, "Jonas Aalto", "SPA", gap_s=1.0),
        result(3, "Keiko Tanabe", "JPN", gap_s=2.0),
    )
    rows[2]["status"] = "winner"
    rows[0]["driver_name"] = None
    check = validator.validate("results", rows, "run-sets")
    assert check.failures == {
        0: ("driver_name_not_null",),
        1: ("nation_iso_alpha3",),
        2: ("status_allowed",),
    }


def test_article_season_out_of_range_and_negative_points_fail(validator):
    rows = tabulate_article(article(season=1887, standings=standings_list([10, -2])))
    assert validator.validate("articles", rows["articles"], "run-x").failures == {
        0: ("season_in_range",)
    }
    assert validator.validate("standings", rows["standings"], "run-x").failures == {
        1: ("points_non_negative",)
    }


def test_results_are_kept_per_run_and_rendered_as_data_docs(data_dir):
    validator = Validator(str(data_dir))
    validator.validate("results", tabulate_article(CLEAN)["results"], "run-docs")
    index = validator.build_docs()
    assert index == str(data_dir / "validation" / "docs" / "index.html")
    assert Path(index).is_file()
    stored = list((data_dir / "validation" / "results" / "results" / "run-docs").rglob("*.json"))
    assert len(stored) == 1
    assert "run-docs" in Path(index).read_text(encoding="utf-8")


def test_a_race_of_unknown_session_or_without_results_fails(validator):
    rows = tabulate_article(
        article(
            races=[
                race("Warm-up", classification(FIELD[:2], [None, 1.0]), "warmup"),
                race("Final", []),
            ]
        )
    )
    assert validator.validate("races", rows["races"], "run-races").failures == {
        0: ("session_known",),
        1: ("race_has_results",),
    }


def test_a_nation_in_a_standings_line_fails_as_no_driver(validator):
    rows = tabulate_article(article(standings=standings_list([25, 18, 15])))["standings"]
    rows[1]["driver_name"] = "Japan"
    rows[2]["driver_name"] = "Giappone"
    assert validator.validate("standings", rows, "run-nations").failures == {
        1: ("driver_not_a_nation",),
        2: ("driver_not_a_nation",),
    }


def test_a_stated_nation_must_be_an_iso_alpha3_code(validator):
    rows = tabulate_article(
        article(
            driver_nations=[
                stated_nation("Mira Castell", "ESP", "Spain's Mira Castell", 10),
                stated_nation("Jonas Aalto", "FIN", "the Finn Jonas Aalto", 60),
                stated_nation("Keiko Tanabe", "JPN", "Japan's Keiko Tanabe", 120),
            ]
        )
    )["driver_nations"]
    rows[1]["nation"] = "SUO"
    rows[2]["nation"] = None
    assert validator.validate("driver_nations", rows, "run-stated").failures == {
        1: ("nation_iso_alpha3",),
        2: ("nation_not_null",),
    }


def test_a_conflict_needs_its_field_and_evidence(validator):
    conflicts = [
        Conflict(
            driver="Jonas Aalto",
            field="nation",
            kept="FIN",
            other="SWE",
            evidence=evidence("the Swede Jonas Aalto", 80),
        ),
        Conflict(field="interval", kept="0.4", other="0.7", evidence=evidence("by 0.7s", 200)),
    ]
    rows = tabulate_article(article(conflicts=conflicts))["conflicts"]
    assert validator.validate("conflicts", rows, "run-conflicts").success
    rows[1]["field"] = None
    rows[0]["evidence_end"] = 10
    assert validator.validate("conflicts", rows, "run-conflicts").failures == {
        0: ("evidence_end_after_start",),
        1: ("field_not_null",),
    }
