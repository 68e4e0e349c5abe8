"""Points in prose that are or are not a championship total (invented sentences in the shapes of
real reports, expectations written by hand): a lead told as points of advantage in each language,
a day's or a round's points (the day's classification, 'del día', the sum of the heats) are none;
'Kim second with 62' in a sentence about points is one."""

import pytest
from narrative_reading import read


def totals(text: str, language: str) -> dict[str, float]:
    return {s.driver: s.points for s in read(text, language).standings}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La leadership del campionato resta nelle mani di Dario Fenu con 8 punti di vantaggio "
         "su Ugo Sarti.", "it"),
        ("Yann Morel reste en tête du championnat avec 12 points d'avance sur Theo Gall.", "fr"),
        ("Ana Lima segue na liderança do campeonato com 10 pontos de vantagem sobre Bia Reis.",
         "pt"),
        ("Luis Prado sigue al frente del campeonato con 6 puntos de ventaja sobre Marco Ruiz.",
         "es"),
        ("Kai Brandt führt die Meisterschaft mit 6 Punkten Vorsprung an.", "de"),
    ],
)  # fmt: skip
def test_points_of_advantage_are_a_lead_not_a_total(text, language):
    assert totals(text, language) == {}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vargas ganó con 30 puntos. Ana Vidal fue tercera del día con 18 puntos.", "es"),
        ("Die Tageswertung zeigte ein wichtiges Detail! Tim Berg und Jan Kohl sammelten "
         "insgesamt 63 Punkte.", "de"),
        ("No acúmulo das duas baterias, os vencedores foram Ana Lima com 48 pontos na Júnior e "
         "Bia Reis com 50 pontos na Sênior.", "pt"),
        ("Ravi Menon was the best on the day with 42 points.", "en"),
    ],
)  # fmt: skip
def test_a_days_points_are_no_championship_total(text, language):
    assert totals(text, language) == {}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dario Fenu è primo in classifica con 60 punti.", "it", {"Dario Fenu": 60.0}),
        ("In der Meisterschaft liegt Kai Brandt mit 60 Punkten vorn.", "de", {"Kai Brandt": 60.0}),
        ("Ana Lima lidera o campeonato com 44 pontos.", "pt", {"Ana Lima": 44.0}),
        ("Eli Marsh, second on the day, now has a tally of 34 points.", "en", {"Eli Marsh": 34.0}),
    ],
)
def test_a_total_without_a_margin_or_a_day_stays(text, language, expected):
    assert totals(text, language) == expected


def test_a_place_then_with_and_a_bare_number_in_a_points_sentence_is_a_total():
    text = (
        "Ann Lee still leads the Invented Hillclimb Championship with 79 points, Bo Kim second "
        "with 62, Cy Dow is third with 39 and Ed Fox fourth with 33 points."
    )
    standings = {s.driver: (s.position, s.points) for s in read(text, "en").standings}
    assert standings == {
        "Ann Lee": (None, 79.0),
        "Bo Kim": (2, 62.0),
        "Cy Dow": (3, 39.0),
        "Ed Fox": (None, 33.0),
    }


def test_with_and_a_bare_number_outside_a_points_sentence_is_no_total():
    text = "Ann Lee won the race by a second, Bo Kim second with 3 to spare over Cy Dow."
    assert totals(text, "en") == {}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Dopo tre gare, Dario Fenu guida saldamente la classifica piloti con 60 punti, seguito "
         "da Ugo Sarti a quota 42, Rino Valle 33, Elio Conti 27 e Ivo Rossi 25.", "it",
         {"Dario Fenu": 60.0, "Ugo Sarti": 42.0, "Rino Valle": 33.0, "Elio Conti": 27.0,
          "Ivo Rossi": 25.0}),
        ("Ann Lee leads the standings with 71 points, Bo Kim 50 and Cy Dow 44.", "en",
         {"Ann Lee": 71.0, "Bo Kim": 50.0, "Cy Dow": 44.0}),
    ],
)  # fmt: skip
def test_names_listed_with_bare_numbers_after_a_total_each_own_theirs(text, language, expected):
    assert totals(text, language) == expected


def test_a_name_and_a_bare_number_with_no_total_before_is_none():
    text = "In the standings Ann Lee, Bo Kim 12 and Cy Dow are level."
    assert totals(text, "en") == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kai Olsen leads on 71, ahead of Ben Cole in second on 50.",
         [(1, "Kai Olsen", 71.0), (2, "Ben Cole", 50.0)]),
        ("Kai Olsen leads the championship on 71 points, ahead of Ben Cole in second on 50 and "
         "Ray Byrd on 44.",
         [(1, "Kai Olsen", 71.0), (2, "Ben Cole", 50.0), (None, "Ray Byrd", 44.0)]),
    ],
)  # fmt: skip
def test_a_total_told_by_on_belongs_to_the_driver_right_before_it(text, expected):
    assert [(s.position, s.driver, s.points) for s in read(text, "en").standings] == expected


def test_a_total_after_a_name_not_read_is_nobodys():
    text = "Kai Olsen leads the championship on 71 points, ahead of Cole in second on 50."
    assert totals(text, "en") == {"Kai Olsen": 71.0}
