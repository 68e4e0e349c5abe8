"""A heading naming the championship of the drivers or makers in the language's own order
('Campeonato de Pilotos', 'championnat des pilotes', 'Fahrermeisterschaft') heads standings: its
rows ('1. Ann Lee (Team) 50 puntos') are the season's totals, never the race's result (invented
pages in the shapes real ones print)."""

import pytest

from extractors.article import read_structured
from extractors.document import document_from_text
from extractors.standings import settles_standings


@pytest.mark.parametrize(
    "heading",
    [
        "Campeonato de Pilotos después de la cuarta cita:",
        "Campeonato de Constructores",
        "Le championnat des pilotes après Montbrac",
        "Classement des constructeurs",
        "Campionato piloti dopo Valmora",
        "Classificação do Campeonato de Construtores",
        "Fahrermeisterschaft nach dem dritten Lauf",
        "Konstrukteurswertung:",
        "Stand in het coureurskampioenschap",
        "Klasyfikacja konstruktorów",
    ],
)
def test_a_championship_of_drivers_or_makers_settles_standings(heading):
    assert settles_standings([40, 33, 20], [heading])


@pytest.mark.parametrize(
    "heading",
    ["Resultados de la carrera", "Campeonato Regional de Montaña", "Résultats de la course"],
)
def test_a_race_or_a_series_name_does_not(heading):
    assert not settles_standings([40, 33, 20], [heading])


PAGE = (
    "Tomás Ibarra ganó en Valdelobos por delante de Bruno Sarmiento.\n\n"
    "Campeonato de Pilotos después de la cuarta cita:\n\n"
    "  1. Tomás Ibarra (Halcón) 58 puntos\n"
    "  2. Bruno Sarmiento (Cóndor) 41 puntos\n"
    "  3. Iker Valdivia (Halcón) 30 puntos\n\n"
    "Tabla del Campeonato de Constructores:\n\n"
    "  1. Halcón 88 puntos\n"
    "  2. Cóndor 52 puntos\n"
)


def test_the_drivers_championship_list_is_standings_not_the_race():
    facts = read_structured(document_from_text(PAGE))
    assert facts.results == {}
    assert [(s.position, s.driver, s.points) for s in facts.standings] == [
        (1, "Tomás Ibarra", 58), (2, "Bruno Sarmiento", 41), (3, "Iker Valdivia", 30),
        (1, "Halcón", 88), (2, "Cóndor", 52),
    ]  # fmt: skip
