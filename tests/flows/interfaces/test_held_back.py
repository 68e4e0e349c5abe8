"""The quarantine in words: groups by race, each failed expectation said from the rows."""

from __future__ import annotations

import pytest
from invented_articles import two_race_article

from flows.interfaces.held_back import explain, format_held, held_groups
from flows.stages.publish import publish


def row(position, driver, gap_s=None, **more):
    return {"race_ref": "r", "position": position, "position_order": position} | {
        "driver_name": driver,
        "gap_s": gap_s,
        **more,
    }


def test_two_drivers_in_one_position_are_named():
    rows = [row(1, "Adeyemi"), row(3, "Okafor"), row(3, "Zielinska"), row(2, "Brenner")]
    assert explain("positions_unique_in_race", "results", rows) == [
        "two drivers in P3: Okafor and Zielinska"
    ]


def test_a_gap_in_the_classification_names_the_missing_positions():
    rows = [row(1, "A"), row(2, "B"), row(5, "C")]
    assert explain("positions_contiguous_from_1", "results", rows) == [
        "the classification does not run P1 to P3: P3 missing, P5 beyond the 3 listed"
    ]


def test_a_shrinking_gap_names_both_drivers():
    rows = [row(1, "A"), row(2, "B", 1.5), row(3, "C", 0.9)]
    assert explain("gaps_non_decreasing", "results", rows) == [
        "P3 C is 0.9 s behind the winner, less than P2 B ahead of them (1.5 s)"
    ]


def test_a_suite_expectation_is_said_from_its_kwargs():
    rows = [row(4, "Luca Ferrand", -0.3), row(1, "Mira Castell")]
    assert explain("gap_non_negative", "results", rows) == [
        "P4 Luca Ferrand: gap_s -0.3 is not at least 0"
    ]
    assert explain("nation_iso_alpha3", "results", [row(2, "X", nation="XX")]) == [
        "P2 X: nation 'XX' is not one of the allowed values (ISO 3166-1 alpha-3)"
    ]


def test_a_nation_in_a_standings_list_is_said_to_be_no_driver():
    said = explain("driver_not_a_nation", "standings", [{"driver_name": "Japan"}])
    assert said == ["Japan: a nation, not a driver (a table of nations is not standings)"]


@pytest.fixture(scope="module")
def held(tmp_path_factory):
    data_dir = str(tmp_path_factory.mktemp("data"))
    report = publish([two_race_article()], data_dir, run_id="run-1")
    return data_dir, report


def test_a_race_held_back_is_one_line_with_its_reasons(held):
    data_dir, report = held
    (group,) = held_groups(data_dir)
    assert group.scope == "race" and group.ref == report.races_quarantined[0]
    assert group.reasons() == [
        "P3 Luca Ferrand: gap_s -0.3 is not at least 0",
        "P3 Luca Ferrand is -0.3 s behind the winner, less than P3 Keiko Tanabe ahead of them "
        "(1.25 s)",
        "the classification does not run P1 to P4: P4 missing, P3 twice",
        "two drivers in P3: Keiko Tanabe and Luca Ferrand",
    ]
    lines = format_held([group]).splitlines()
    assert lines[0].startswith(f"  race {group.ref} (rows held: penalties 1, races 1, results 4): ")
    assert "two drivers in P3: Keiko Tanabe and Luca Ferrand" in lines[0]
    assert lines[-1] == "  (see `raceresults review` for the marked text)"


def test_the_run_summary_lists_only_what_that_run_held_back(held):
    data_dir, _ = held
    groups = held_groups(data_dir)
    assert format_held(groups, "run-1") != "nothing held back"
    assert format_held(groups, "another-run") == "nothing held back"
