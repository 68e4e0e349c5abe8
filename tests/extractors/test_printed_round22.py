"""Round 22's printed rows: a driver and his car apart by a slash ('1) A. Lindqvist / PEUGEOT 207
S2000'), plural classification headings with a preposition ('Aux classements XRC :'), and rows
of a team or a bare maker with its points ('2) Scuderia 77, 99', '1) PEUGEOT : 68 points'), read
as a team's or a manufacturers' standings and never as a race's result (invented pages in the
shapes real ones print)."""

import pytest

from extractors.result_lists import parse_row_text
from extractors.standings import settles_standings


@pytest.mark.parametrize(
    ("text", "driver", "car", "gap"),
    [
        ("1) A. Lindqvist / PEUGEOT 207 S2000", "A. Lindqvist", "PEUGEOT 207 S2000", None),
        ("2) B. Hollmer / SKODA Fabia S2000 à 00:12.3", "B. Hollmer", "SKODA Fabia S2000", 12.3),
    ],
)
def test_a_driver_and_his_car_apart_by_a_slash(text, driver, car, gap):
    row = parse_row_text(text)
    assert (row.driver, row.car, row.gap_s, row.unknown) == (driver, car, gap, ())


def test_a_crew_of_two_names_stays_a_crew():
    row = parse_row_text("1. Ann Lindqvist/Bo Hollmer (Kite) 1:08:50")
    assert row.crew == ("Ann Lindqvist", "Bo Hollmer")
    assert row.car is None


@pytest.mark.parametrize(
    ("heading", "settled"),
    [
        ("Aux classements XRC :", True),
        ("Nelle classifiche Tricolore:", True),
        ("Classements Junior :", True),
        ("Aux classements de la course :", False),
        ("Nelle classifiche di gara 2:", False),
    ],
)
def test_a_plural_classification_heading_settles_standings(heading, settled):
    assert settles_standings([30, 24, 21], [heading]) is settled
