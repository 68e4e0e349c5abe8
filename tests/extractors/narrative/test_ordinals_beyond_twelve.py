"""Places told in words beyond the twelfth: Italian, French and Spanish ordinals up to the
twentieth read as places wherever the twelfth already is. Invented sentences, expectations
written by hand."""

import pytest
from narrative_reading import places, read


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Marco Tessi vince la finale. Gino Bellini, dodicesimo, e Tino Ravelli, tredicesimo.",
            "it",
            {"Marco Tessi": 1, "Gino Bellini": 12, "Tino Ravelli": 13},
        ),
        (
            "Marco Tessi vince la gara. Tino Ravelli chiude in diciassettesima posizione.",
            "it",
            {"Marco Tessi": 1, "Tino Ravelli": 17},
        ),
        (
            "Paul Tessier gagne la course. Rémi Tallon termine seizième.",
            "fr",
            {"Paul Tessier": 1, "Rémi Tallon": 16},
        ),
        (
            "Dani Moreto ganó la final. Rui Lage fue decimoquinto y Tito Bravo vigésimo.",
            "es",
            {"Dani Moreto": 1, "Rui Lage": 15, "Tito Bravo": 20},
        ),
    ],
)
def test_a_place_in_words_beyond_the_twelfth_is_read(text, language, expected):
    assert places(read(text, language)) == expected


def test_a_grid_slot_in_words_beyond_the_twelfth_is_no_finishing_place():
    text = (
        "Dario Menni vince la finale. Ezio Carrà, partito in sedicesima posizione, termina sesto."
    )
    assert places(read(text, "it")) == {"Dario Menni": 1, "Ezio Carrà": 6}


def test_a_round_counted_beyond_the_twelfth_gives_no_place():
    facts = places(read("Dani Moreto ganó la decimoquinta fecha del campeonato.", "es"))
    assert facts == {"Dani Moreto": 1}
