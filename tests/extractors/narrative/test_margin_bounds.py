"""Margins told as bounds: 'less than' a second or more states no margin, while 'less than a
tenth' is close to exact and keeps its figure; 'almost' a figure outside English ('casi', 'fast')
states none."""

import pytest
from narrative_reading import read

from extractors.narrative.facts.margins import APPROXIMATE_WORDS, LESS_WORDS, THAN_WORDS
from extractors.narrative.lang import every_language


def intervals(facts) -> set[tuple]:
    return {(i.ahead, i.behind, i.seconds) for i in facts.intervals}


def test_less_than_a_whole_second_is_no_margin(narrate):
    text = "Rui Lobo started from pole and won the race less than 1 second ahead of Tim Hale."
    assert intervals(narrate(text)) == set()


def test_less_than_a_second_in_words_is_no_margin(narrate):
    assert intervals(narrate("Rui Lobo won by less than a second from Tim Hale.")) == set()


def test_less_than_a_tenth_keeps_its_figure(narrate):
    text = "Rui Lobo won by less than a tenth from Tim Hale."
    assert intervals(narrate(text)) == {("Rui Lobo", "Tim Hale", 0.1)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rui Lobo se impuso, superando por casi dos segundos a Tim Hale.", "es"),
        ("Rui Lobo gewann mit fast zwei Sekunden Vorsprung auf Tim Hale.", "de"),
    ],
)
def test_almost_a_figure_is_no_margin(text: str, language: str) -> None:
    assert intervals(read(text, language)) == set()


def test_an_exact_figure_in_the_same_shape_is_a_margin() -> None:
    text = "Rui Lobo gewann mit zwei Sekunden Vorsprung auf Tim Hale."
    assert intervals(read(text, "de")) == {("Rui Lobo", "Tim Hale", 2.0)}


def test_the_bound_words_are_each_language_s_read_as_one_set() -> None:
    assert {"about", "environ", "etwa", "około", "casi", "quase"} <= APPROXIMATE_WORDS
    assert {"less", "moins", "weniger", "mniej"} <= LESS_WORDS
    assert {"than", "de", "d'", "que", "als", "niż"} <= THAN_WORDS
    assert every_language("margin_less_words") is LESS_WORDS  # read once, shared
