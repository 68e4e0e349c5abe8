"""The expectation suites kept as data agree with the table definitions they guard."""

import json
from pathlib import Path

import pytest

from schemas.tables import TABLES

SUITES = Path(__file__).resolve().parents[2] / "schemas" / "suites"
DERIVED = {
    "results": {"race_positions_contiguous", "race_gaps_non_decreasing"},
    "standings": {"entrant_is_a_driver"},
}


def _suite(name: str) -> dict:
    return json.loads((SUITES / f"{name}.json").read_text(encoding="utf-8"))


def _columns(expectation: dict) -> list[str]:
    kwargs = expectation["kwargs"]
    return [kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs] + kwargs.get(
        "column_list", []
    )


SUITE_NAMES = sorted(p.stem for p in SUITES.glob("*.json"))


def test_every_published_table_but_quarantine_has_a_suite():
    assert sorted(set(TABLES) - {"quarantine"}) == SUITE_NAMES


@pytest.mark.parametrize("name", SUITE_NAMES)
def test_suite_names_only_columns_of_its_table(name):
    known = set(TABLES[name].column_names) | DERIVED.get(name, set())
    for expectation in _suite(name)["expectations"]:
        assert set(_columns(expectation)) <= known, expectation


@pytest.mark.parametrize("name", SUITE_NAMES)
def test_every_required_column_is_expected_not_null(name):
    checked = {
        e["kwargs"]["column"]
        for e in _suite(name)["expectations"]
        if e["type"] == "expect_column_values_to_not_be_null"
    }
    assert set(TABLES[name].required_columns()) - {"season"} <= checked


@pytest.mark.parametrize("name", SUITE_NAMES)
def test_primary_key_is_expected_unique_within_an_article(name):
    key = set(TABLES[name].primary_key)
    unique = [
        set(_columns(e))
        for e in _suite(name)["expectations"]
        if e["type"]
        in ("expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique")
    ]
    assert key in unique or key | {"article_key"} in unique


@pytest.mark.parametrize("name", SUITE_NAMES)
def test_every_expectation_has_a_unique_readable_name(name):
    names = [e["meta"]["name"] for e in _suite(name)["expectations"]]
    assert len(names) == len(set(names))
    assert all(n.replace("_", "").isalnum() and n == n.lower() for n in names)
