"""Standings rows that open with the rider's number ('No 115 Ann Lee  504 points') and print
their points in a column ('443   points'): the number is the car's, the name and the points
are read (invented rows in the shapes real ones print)."""

import pytest

from extractors.article import read_structured
from extractors.document import document_from_text
from extractors.result_lists import parse_row_text


@pytest.mark.parametrize(
    ("text", "number", "driver", "points"),
    [
        ("No 115 Ann Leeming  504 points", "115", "Ann Leeming", 504),
        ("No. 7 Bo Kimball 12 pts", "7", "Bo Kimball", 12),
        ("No 18 Cy Diaz          443   points", "18", "Cy Diaz", 443),
    ],
)
def test_a_leading_number_is_the_cars_and_the_points_column_is_read(text, number, driver, points):
    row = parse_row_text(text)
    assert (row.car_number, row.driver, row.points, row.unknown) == (number, driver, points, ())


def test_a_school_number_in_a_name_stays_the_name():
    assert parse_row_text("Nr 4 Kite Racing").driver == "Kite Racing"


def test_each_class_top_three_by_number_and_points_are_standings():
    text = (
        "The final round was cancelled, so the titles go to the top three of each class.\n\n"
        "No 12 Ann Leeming  504 points\n\nNo 4   Bo Kimball        359 points\n\n"
        "No 91  Cy Diaz      356 points\n"
    )
    facts = read_structured(document_from_text(text))
    assert [(s.position, s.driver, s.points) for s in facts.standings] == [
        (1, "Ann Leeming", 504), (2, "Bo Kimball", 359), (3, "Cy Diaz", 356),
    ]  # fmt: skip
