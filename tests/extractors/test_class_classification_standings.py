"""A classification word and a class's name over rows with points and no race time ('Classifica
60 Mini: 1. A punti 66; 2. B 44') are that class's standings; one naming a race, a day or the
final classification is not (invented pages in the shapes real ones print)."""

import pytest

from extractors.article import extract_article, read_structured
from extractors.document import document_from_text
from extractors.standings import settles_standings


@pytest.mark.parametrize(
    ("heading", "settled"),
    [
        ("Classifica 60 Mini", True),
        ("Classifica OK-Junior:", True),
        ("Classifica CIR Costruttori", True),
        ("Classement Junior :", True),
        ("Classifica Gara1", False),
        ("Classifica Gara 2 KZ2", False),
        ("Classifica finale:", False),
        ("Classement final du rallye :", False),
        ("Classifica assoluta", False),
        ("Clasificación de la carrera", False),
    ],
)
def test_a_class_classification_heading_settles_standings(heading, settled):
    assert settles_standings([40, 33, 20], [heading]) is settled


CLASS_TABLES = (
    "La stagione riparte dal circuito di Lonato con il secondo appuntamento del campionato.\n\n"
    "Classifica Cadetti: 1. Ferrando punti 40; 2. Galli 33; 3. Conti e Neri 20; 5. Riva 12.\n\n"
    "Classifica Senior: 1. Moro punti 38; 2. Sala 30; 3. Testa 25.\n"
)


def test_each_class_classification_is_its_own_standings_table():
    facts = read_structured(document_from_text(CLASS_TABLES))
    assert [(s.after, s.position, s.driver, s.points) for s in facts.standings] == [
        ("Classifica Cadetti", 1, "Ferrando", 40), ("Classifica Cadetti", 2, "Galli", 33),
        ("Classifica Cadetti", 3, "Conti", 20), ("Classifica Cadetti", 3, "Neri", 20),
        ("Classifica Cadetti", 5, "Riva", 12), ("Classifica Senior", 1, "Moro", 38),
        ("Classifica Senior", 2, "Sala", 30), ("Classifica Senior", 3, "Testa", 25),
    ]  # fmt: skip
    assert facts.results == {}


def test_a_prose_total_a_class_table_prints_is_not_read_twice():
    text = "Nella Cadetti comanda Luca Ferrando con 40 punti davanti a Galli.\n\n" + CLASS_TABLES
    standings = extract_article(text).standings
    assert [(s.driver, s.points) for s in standings].count(("Luca Ferrando", 40)) == 1
    assert len(standings) == 8
