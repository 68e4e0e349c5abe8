"""Curated rows laid out: the season partition of a row and the key order of a table."""

from curation.tabulation import partition, sorted_rows
from schemas.tables import UNKNOWN_SEASON


def test_a_row_without_a_season_goes_to_the_unknown_season():
    assert partition(2024) == 2024
    assert partition(None) == UNKNOWN_SEASON


def test_rows_sort_by_their_keys_with_nulls_last():
    rows = [{"race": "b", "pos": None}, {"race": "a", "pos": 2}, {"race": "a", "pos": None}]
    rows.append({"race": "a", "pos": 1})
    assert sorted_rows(rows, ("race", "pos")) == [
        {"race": "a", "pos": 1},
        {"race": "a", "pos": 2},
        {"race": "a", "pos": None},
        {"race": "b", "pos": None},
    ]
