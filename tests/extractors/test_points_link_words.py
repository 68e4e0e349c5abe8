"""A row's points printed after a linking word ('1) Ann Lee con 357 puntos', '1. Bo Kim with 40
pts'): the word belongs to the points, not to the name (invented rows in the shapes real ones
print)."""

import pytest

from extractors.article import read_structured
from extractors.document import document_from_text
from extractors.result_lists import parse_row_text


@pytest.mark.parametrize(
    ("text", "driver", "points"),
    [
        ("1) Ana Duarte con 357 puntos", "Ana Duarte", 357),
        ("1. Bo Kimball with 40 pts", "Bo Kimball", 40),
        ("1º Caio Dantas com 88 pontos", "Caio Dantas", 88),
        ("2. Ann Lee 33 pts", "Ann Lee", 33),
    ],
)
def test_the_linking_word_is_read_with_the_points(text, driver, points):
    row = parse_row_text(text)
    assert (row.driver, row.points, row.unknown) == (driver, points, ())


def test_a_linking_word_before_a_bare_number_stays_unread():
    row = parse_row_text("1. Ann Lee with 40")
    assert row.points is None


def test_a_run_together_standings_line_whose_first_row_links_its_points():
    text = (
        "Dantas ganó la carrera y sigue en la pelea.\n\nCampeonato\n"
        "1) Ana Duarte con 357 puntos, 2) Bruno Vidal 345, 3) Ciro Paz 344, 4) Dario Sosa 323.\n"
    )
    facts = read_structured(document_from_text(text))
    assert [(s.position, s.driver, s.points) for s in facts.standings] == [
        (1, "Ana Duarte", 357), (2, "Bruno Vidal", 345), (3, "Ciro Paz", 344),
        (4, "Dario Sosa", 323),
    ]  # fmt: skip
