"""Printed rows with points and no race time are standings only where the page says so: a
standings heading or lead-in, or points no single race gives (invented headings in the shapes real
pages print)."""

import pytest

from extractors.standings import STANDINGS_WORDS_RE, settles_standings


@pytest.mark.parametrize(
    "heading",
    ["Classement pilotes PS4 :", "Drivers Championship:", "Teams' Championship",
     "Klasyfikacja generalna", "Algemeen klassement", "Le classifiche dopo Imola",
     "Classements après la manche 3"],
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
