"""A numbered list whose columns' units are printed on its first row only ('100 laps, 58
points'), the rows below giving bare numbers in the same comma-separated columns, a start
place in brackets after the place. Invented pages."""

from __future__ import annotations

from extractors.article import extract_article
from extractors.column_units import unit_columns, with_units

STOCK_CAR_PAGE = (
    "Invented Cup results\n\n"
    "At Fernvale Speedway\n\n"
    "(Start position in parentheses)\n\n"
    "1. (9) Ann Lee, Kestrel, 100 laps, 58 points.\n\n"
    "2. (28) Bo Kim, Kestrel, 100, 0.\n\n"
    "3. (1) Cy Diaz, Vortan, 100, 43.\n\n"
    "4. (10) Ed Fox, Vortan, 98, 33.\n\n"
    "5. (4) Gil Roe, Kestrel, retired, 40, 10.\n\n"
    "Race statistics follow.\n"
)

ROAD_COURSE_PAGE = (
    "Invented Series race\n\n"
    "At Fernvale Road Course\n\n"
    "1. (1) Ann Lee, Kite-Vortan, 85 laps, Running.\n"
    "2. (8) Bo Kim, Kite-Kestrel, 85, Running.\n"
    "3. (7) Cy Diaz, 79, Running.\n"
    "4. (26) Ed Fox, Kite-Kestrel, 68, Retired.\n"
    "___\n"
    "Race statistics follow.\n"
)


def _rows(text: str) -> list[tuple[int | None, str, int | None, float | None]]:
    races = extract_article(text, media_type="text/plain").races
    return [(r.position, r.driver, r.laps, r.points) for race in races for r in race.results]


def test_units_of_the_first_row_carry_down_their_columns():
    assert _rows(STOCK_CAR_PAGE) == [
        (1, "Ann Lee", 100, 58.0),
        (2, "Bo Kim", 100, 0.0),
        (3, "Cy Diaz", 100, 43.0),
        (4, "Ed Fox", 98, 33.0),
        (5, "Gil Roe", 40, 10.0),
    ]


def test_columns_are_counted_from_the_row_end_when_a_row_lacks_one():
    assert _rows(ROAD_COURSE_PAGE) == [
        (1, "Ann Lee", 85, None),
        (2, "Bo Kim", 85, None),
        (3, "Cy Diaz", 79, None),
        (4, "Ed Fox", 68, None),
    ]


def test_unit_columns_are_read_from_the_row_end():
    assert unit_columns("1. (9) Ann Lee, Kestrel, 100 laps, 58 points.") == {
        1: "points",
        2: "laps",
    }


def test_a_row_of_two_columns_states_no_units():
    assert unit_columns("1. Ann Lee, 100 laps") == {}


def test_the_first_column_never_takes_a_unit():
    assert with_units("7, 100", {1: "laps", 2: "points"}) == "7, 100 laps"


def test_a_row_with_no_bare_number_in_a_unit_column_is_left_alone():
    assert with_units("2. Bo Kim, Kestrel, +1 lap, 30 pts", {2: "laps", 1: "points"}) is None


def test_without_a_unit_row_above_bare_numbers_stay_unread():
    page = (
        "Invented Cup results\n\n"
        "1. (9) Ann Lee, Kestrel, 100, 58.\n\n"
        "2. (28) Bo Kim, Kestrel, 100, 0.\n\n"
        "3. (1) Cy Diaz, Vortan, 100, 43.\n"
    )
    assert all(laps is None for _, _, laps, _ in _rows(page))
