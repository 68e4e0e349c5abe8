"""Printed rows with points and no race time are standings only where the page says so: a
standings heading or lead-in, or points no single race gives; a day's or a class's points under a
podium or class heading are that race's result (invented pages in the shapes real ones print)."""

import pytest

from extractors.article import read_structured
from extractors.document import document_from_text
from extractors.standings import STANDINGS_WORDS_RE, settles_standings


@pytest.mark.parametrize(
    "heading",
    ["Classement pilotes PS4 :", "Drivers Championship:", "Teams' Championship",
     "Klasyfikacja generalna", "Algemeen klassement", "Le classifiche dopo Imola",
     "Classements après la manche 3", "Confira a pontuação após a etapa de abertura:",
     "Klassement na 5 van de 13 wedstrijden:", "Tussenstand na de derde manche"],
)  # fmt: skip
def test_standings_headings_in_the_languages(heading):
    assert STANDINGS_WORDS_RE.search(heading)


@pytest.mark.parametrize(
    ("points", "headings", "settled"),
    [
        ([22, 17, 9], ["Categoria Júnior", "Pódios"], False),
        ([10, 9, 8], ["Youth Juniors"], False),
        ([926, 885], ["Veja o top 5 após o fim da última corrida:"], True),
        ([41, 33], ["Championship standings after round 4"], True),
        ([87, 85], ["KZ2 Classifica del 12mo Trofeo d’Inverno"], True),
        ([41, 33], ["Classement de la Coupe de France Cadet"], True),
    ],
)
def test_settles_standings(points, headings, settled):
    assert settles_standings(points, headings) is settled


def _read(text: str):
    facts = read_structured(document_from_text(text))
    standings = [(s.position, s.driver, s.points) for s in facts.standings]
    results = [
        (row.position, row.driver, row.points) for rows in facts.results.values() for row in rows
    ]
    return standings, results


def test_a_podium_per_class_with_the_days_points_is_each_class_result():
    text = (
        "A etapa reuniu muita gente no centro da cidade e as baterias foram disputadas.\n\n"
        "Pódios\nCategoria Júnior\n1º - Ana Lima (22 pontos)\n2º - Bia Reis (17 pontos)\n"
        "3º - Caio Dias (9 pontos)\nMédia de velocidade: 90 km/h\n\n"
        "Categoria Sênior\n1º - Davi Melo (20 pontos)\n2º - Enzo Rocha (18 pontos)\n"
        "3º - Fabio Nunes (17 pontos)\n"
    )
    standings, results = _read(text)
    assert standings == []
    assert results == [
        (1, "Ana Lima", 22), (2, "Bia Reis", 17), (3, "Caio Dias", 9),
        (1, "Davi Melo", 20), (2, "Enzo Rocha", 18), (3, "Fabio Nunes", 17),
    ]  # fmt: skip


def test_a_class_list_with_points_per_place_is_no_standings():
    text = (
        "The easiest way to show the new scale is with some recent results from the meeting.\n\n"
        "Youth Juniors:\n1st. Tom Hale (10 points)\n2nd. Cory Vane (9 points)\n"
        "3rd. Eli Marsh (8 points)\n"
    )
    standings, results = _read(text)
    assert standings == []
    assert results == [(1, "Tom Hale", 10), (2, "Cory Vane", 9), (3, "Eli Marsh", 8)]


@pytest.mark.parametrize(
    ("heading", "lines", "expected"),
    [
        ("Classement pilotes PS4 :", ["1. Yann Morel : 41 points", "2. Theo Gall : 33 pts"],
         [(1, "Yann Morel", 41), (2, "Theo Gall", 33)]),
        ("Drivers Championship:", ["1. Kai Brandt // 42 points", "2. Ole Fenn // 30 points"],
         [(1, "Kai Brandt", 42), (2, "Ole Fenn", 30)]),
    ],
)  # fmt: skip
def test_a_list_under_a_standings_heading_is_standings(heading, lines, expected):
    standings, results = _read("\n".join([heading, *lines]) + "\n")
    assert standings == expected
    assert results == []


def test_class_lists_under_a_standings_heading_are_each_standings():
    text = (
        "Le classifiche dopo Monza\n"
        "Assoluta: 1. Dario Fenu 56 punti; 2. Ugo Sarti 46; 3. Rino Valle 40.\n"
        "Rookie: 1. Rino Valle 40 punti; 2. Elio Greco 26; 3. Ivo Conti 16.\n"
    )
    standings, results = _read(text)
    assert standings == [
        (1, "Dario Fenu", 56), (2, "Ugo Sarti", 46), (3, "Rino Valle", 40),
        (1, "Rino Valle", 40), (2, "Elio Greco", 26), (3, "Ivo Conti", 16),
    ]  # fmt: skip
    assert results == []


def test_points_no_race_gives_settle_standings_under_a_plain_lead_in():
    text = (
        "Lia Prado won the last race of the season.\n"
        "Veja o top 3 depois da última corrida:\n"
        "1) Lia Prado, 726 pontos\n2) Rui Matos, 685\n3) Ana Sales, 668\n"
    )
    standings, _ = _read(text)
    assert standings == [(1, "Lia Prado", 726), (2, "Rui Matos", 685), (3, "Ana Sales", 668)]


def test_a_standings_lead_in_covers_its_whole_list_past_a_line_that_is_no_row():
    text = (
        "La chaîne a fait le classement après les deux premières courses, ce qui nous donne :\n"
        "- Yves Morin 93 pts\n- Paul Roux et Marc Petit 80 pts\n- Luc Blanc 62 pts\n"
        "- Remi Fabre 58 pts.\n"
    )
    standings, results = _read(text)
    assert [(s[1], s[2]) for s in standings] == [
        ("Yves Morin", 93), ("Luc Blanc", 62), ("Remi Fabre", 58),
    ]  # fmt: skip
    assert results == []


def test_a_trophys_classification_is_standings():
    text = (
        "Rino Valle won the final ahead of Elio Greco.\n\n"
        "KZ2 Classifica del 12mo Trofeo d’Inverno: 1. Elio Greco punti 87; 2. Rino Valle 85;\n"
    )
    standings, _ = _read(text)
    assert [(s[1], s[2]) for s in standings] == [("Elio Greco", 87), ("Rino Valle", 85)]


def test_a_run_together_standings_line_may_skip_places_when_every_row_ends_in_points():
    text = (
        "Zo zien de tussenstanden er uit na 2 van de 3 wedstrijden:\n"
        "MX2: 1. Remi Vidal FRA 200ptn – 2. Leo Marchal FRA 185ptn – 3. Ivars Ozols LAT 135ptn – "
        "8. Bram Peeters BEL 95ptn – 11. Joris de Wit 66ptn. – 25. Senne Claes BEL 23ptn.\n"
    )
    standings, results = _read(text)
    assert standings == [
        (1, "Remi Vidal", 200), (2, "Leo Marchal", 185), (3, "Ivars Ozols", 135),
        (8, "Bram Peeters", 95), (11, "Joris de Wit", 66), (25, "Senne Claes", 23),
    ]  # fmt: skip
    assert results == []


def test_a_run_together_list_without_points_does_not_skip_places():
    from extractors.inline_rows import split_inline_lists

    found = split_inline_lists(
        "Heat 1: 1. Remi Vidal, 2. Leo Marchal, 3. Ivars Ozols, 8. Bram Peeters"
    )
    assert [len(f.rows) for f in found] == [3]


def test_a_season_table_reads_each_rows_last_number_as_its_total():
    text = (
        "Marc Olivo termine vice-champion.\n\n"
        "Classement Pilotes\n"
        "Pilote | AAA | BBB | CCC | DDD | TOTAL | |\n"
        "1 | Yann Morel | 36 | 39 | 31 | 35 | 141 |\n"
        "2 | Marc Olivo | 17,5 | 27 | 2 | 30 | 76,5 |\n"
        "3 | Theo Gall | 2 | 46 | 50 | |||\n"
        "4 | Remi Fabre | 26 | – | – | 2 | 28 |\n\n"
        "Classement Trophée Michelin\n"
        "Pilote | AAA | BBB | CCC | DDD | TOTAL | |\n"
        "1 | Marc Olivo | – | 15 | 15 | 15 | 45 |\n"
        "2 | Remi Fabre | 9 | 13 | 2 | 15 | 39 |\n"
        "3 | Theo Gall | 10 | 13 |"
    )
    standings, results = _read(text)
    assert standings == [
        (1, "Yann Morel", 141), (2, "Marc Olivo", 76.5), (3, "Theo Gall", 50),
        (4, "Remi Fabre", 28), (1, "Marc Olivo", 45), (2, "Remi Fabre", 39),
    ]  # fmt: skip
    assert results == []


def test_class_lists_under_a_lead_in_announcing_the_points_after_a_round_are_standings():
    text = (
        "A abertura foi em Campo Alto, com os pilotos da casa no pódio. "
        "Confira a pontuação após a etapa de abertura:\n"
        "Novatos\n1º Ana Lima - Campo Alto - 25 pontos\n2º Bia Reis - Vila Nova - 22\n"
        "3º Caio Dias - Campo Alto - 20\n"
        "Mirim\n1º Davi Melo (Davizinho) - Serra - 25 pontos\n2º Enzo Rocha - Vila Nova - 22\n"
        "3º Fabio Nunes - Serra - 20\n"
    )
    standings, results = _read(text)
    assert results == []
    assert standings == [
        (1, "Ana Lima", 25), (2, "Bia Reis", 22), (3, "Caio Dias", 20),
        (1, "Davi Melo", 25), (2, "Enzo Rocha", 22), (3, "Fabio Nunes", 20),
    ]  # fmt: skip


def test_a_race_heading_between_ends_what_the_lead_in_announces():
    text = (
        "A abertura foi em Campo Alto. Confira a pontuação após a etapa de abertura:\n"
        "Novatos\n1º Ana Lima - Campo Alto - 25 pontos\n2º Bia Reis - Vila Nova - 22\n"
        "3º Caio Dias - Campo Alto - 20\n"
        "Corrida 2\n1º Davi Melo - Serra - 25 pontos\n2º Enzo Rocha - Vila Nova - 22\n"
        "3º Fabio Nunes - Serra - 20\n"
    )
    standings, results = _read(text)
    assert standings == [(1, "Ana Lima", 25), (2, "Bia Reis", 22), (3, "Caio Dias", 20)]
    assert [r[1] for r in results] == ["Davi Melo", "Enzo Rocha", "Fabio Nunes"]


def test_a_points_scale_printed_as_rows_is_no_standing():
    text = (
        "| Scoring |\n| Position | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 |\n"
        "| Points | 25 | 21 | 18 | 15 | 13 | 11 | 9 | 7 | 6 | 5 | 4 | 3 | 2 | 1 |\n"
        "| Legend |\nBold = pole position,\n\nChampionship standings\n"
        "1. Ann Lee 25 pts\n2. Bo Kim 21 pts\n"
    )
    standings, _ = _read(text)
    assert [(s[1], s[2]) for s in standings] == [("Ann Lee", 25), ("Bo Kim", 21)]


def test_points_below_the_races_timed_result_are_standings():
    text = (
        "Rino Valle vince il Rally delle Colline davanti a Elio Greco.\n"
        "Classifica Assoluta Rally delle Colline —\n"
        "1. Valle-Neri (Skoda Fabia) in 1:12’04.1; 2. Greco-Boni (Ford Fiesta) a 5.2; "
        "3. Fenu-Sarti (Peugeot 208) a 41.0.\n"
        "Classifica XYZ Assoluto —\n"
        "1. Elio Greco 61 punti; 2. Dario Fenu 47; 3. Rino Valle 40.\n"
    )
    standings, results = _read(text)
    assert standings == [(1, "Elio Greco", 61), (2, "Dario Fenu", 47), (3, "Rino Valle", 40)]
    assert [(r[0], r[1]) for r in results] == [
        (1, "Valle-Neri"), (2, "Greco-Boni"), (3, "Fenu-Sarti"),
    ]  # fmt: skip


def test_points_under_a_race_with_no_timed_result_yet_stay_its_result():
    text = (
        "Rino Valle won the final of the day.\n"
        "Final classification:\n"
        "1. Rino Valle 61 points\n2. Elio Greco 47\n3. Dario Fenu 40\n"
    )
    standings, results = _read(text)
    assert standings == []
    assert [(r[0], r[1]) for r in results] == [
        (1, "Rino Valle"),
        (2, "Elio Greco"),
        (3, "Dario Fenu"),
    ]
