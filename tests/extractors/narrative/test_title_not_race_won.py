"""Winning the title or the championship (French, Spanish, Italian, Portuguese) is a season's
outcome, not a race won: no winner's row for it, while a race won in the same shape is one."""

import pytest
from narrative_reading import places, read


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Paul Rivet a remporté le titre avec deux points d'avance.", "fr"),
        ("Pablo Ruiz ganó el título con dos puntos de ventaja.", "es"),
        ("Paolo Riva ha vinto il campionato con due punti di vantaggio.", "it"),
        ("Paulo Nunes venceu o campeonato com dois pontos de vantagem.", "pt"),
    ],
)
def test_title_won_is_no_race_won(text: str, language: str) -> None:
    assert places(read(text, language)) == {}


def test_race_won_in_the_same_shape_is_a_win() -> None:
    assert places(read("Paul Rivet a remporté la course avec deux secondes d'avance.", "fr")) == {
        "Paul Rivet": 1
    }
