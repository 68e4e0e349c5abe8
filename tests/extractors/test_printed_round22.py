"""Round 22's printed rows: a driver and his car apart by a slash ('1) A. Lindqvist / PEUGEOT 207
S2000'), plural classification headings with a preposition ('Aux classements XRC :'), and rows
of a team or a bare maker with its points ('2) Scuderia 77, 99', '1) PEUGEOT : 68 points'), read
as a team's or a manufacturers' standings and never as a race's result (invented pages in the
shapes real ones print)."""

import pytest

from extractors.article import read_structured
from extractors.document import document_from_text
from extractors.result_lists import entrant_alone, parse_row_text
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


@pytest.mark.parametrize(
    ("text", "entrant"),
    [
        ("2) Scuderia 77, 99", "Scuderia 77"),
        ("1) PEUGEOT : 68 points", "PEUGEOT"),
        ("3) Peugeot 207 : 25 points", None),  # a car with its model: no entrant
        ("1) Ann Lindqvist, 40 pontos", None),  # a driver's row
        ("2) Scuderia 77 1:02.345", None),  # a time: no standings row
    ],
)
def test_the_entrant_of_a_row_naming_a_team_or_a_maker_alone(text, entrant):
    assert entrant_alone(parse_row_text(text)) == entrant


RALLY_PAGE = (
    "Le résultat final :\n"
    "1) A. Lindqvist / PEUGEOT 207 S2000\n"
    "2) B. Hollmer / SKODA Fabia S2000 à 00:12.3\n"
    "3) C. Varga / PEUGEOT 207 S2000 à 1:05.8\n\n"
    "Aux classements XRC :\n"
    "1) A. Lindqvist / PEUGEOT 207 S2000 : 30 points\n"
    "2) C. Varga / PEUGEOT 207 S2000 : 24 points\n"
    "3) B. Hollmer / SKODA Fabia S2000 : 21 points\n\n"
    "Classement constructeurs :\n"
    "1) PEUGEOT : 54 points\n"
    "2) SKODA : 21 points\n"
)


def test_a_rallys_result_its_drivers_standings_and_its_makers_standings():
    facts = read_structured(document_from_text(RALLY_PAGE))
    results = [row for rows in facts.results.values() for row in rows]
    assert [(r.position, r.driver, r.gap_s) for r in results] == [
        (1, "A. Lindqvist", None), (2, "B. Hollmer", 12.3), (3, "C. Varga", 65.8),
    ]  # fmt: skip
    assert [(s.position, s.driver, s.points) for s in facts.standings] == [
        (1, "A. Lindqvist", 30), (2, "C. Varga", 24), (3, "B. Hollmer", 21),
        (1, "PEUGEOT", 54), (2, "SKODA", 21),
    ]  # fmt: skip


def test_a_team_table_under_a_team_championship_heading_is_standings():
    text = (
        "Veja a classificação do campeonato de equipes após a etapa:\n"
        "1) Apex Racing Team, 120 pontos\n2) Scuderia 77, 99\n3) Kite Motorsport, 73\n"
    )
    facts = read_structured(document_from_text(text))
    assert [(s.position, s.driver, s.points) for s in facts.standings] == [
        (1, "Apex Racing Team", 120), (2, "Scuderia 77", 99), (3, "Kite Motorsport", 73),
    ]  # fmt: skip
    assert facts.results == {}


def test_a_team_table_not_settled_as_standings_is_no_race_result():
    text = "Pelas equipes:\n1) Scuderia Nord, 99\n2) Racing Kite, 73\n3) Team Apex, 40\n"
    facts = read_structured(document_from_text(text))
    assert facts.standings == []
    assert not any(facts.results.values())
