"""Round 22 shapes of French and Portuguese prose, found on the tune half's reports. Invented
sentences in the shapes real reports use, expectations written by hand."""

import pytest
from narrative_reading import race_places, read


@pytest.mark.parametrize(
    "text",
    [
        "Rui Lemos levou a vitória, seguido de perto por Caio Prates.",
        "Rui Lemos cravou a melhor volta e levou a vitória, seguido de perto por Caio Prates.",
    ],
)
def test_pt_took_the_win_makes_the_winner_and_the_next_place(text):
    assert race_places(read(text, "pt")) == {"Rui Lemos": 1, "Caio Prates": 2}


def test_pt_a_win_not_taken_is_no_win():
    assert race_places(read("Rui Lemos não levou a vitória por pouco.", "pt")) == {}
