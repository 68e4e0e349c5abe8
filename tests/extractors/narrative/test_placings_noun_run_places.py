"""Places told as a place noun and a run of numbers, outside English ('belegten die Plätze 4
und 5', 'auf Platz 6 und 7 kamen A und B an', 'Na miejscach 2 i 3 dojechali A i B'): as many
drivers listed with them take them in order; a grid, a fight for places, the standings or a
count that does not match give nothing. Invented sentences in the shape real reports use,
expectations written by hand."""

from narrative_reading import places, read


def test_places_opening_their_clause_go_to_the_drivers_after_the_verb():
    facts = places(
        read(
            "Udo Pranger gewann vor Kai Mertes. Auf den Plätzen 3 und 4 kamen Timo "
            "Rausch (Team Grün) und Ole Wendt ins Ziel.",
            "de",
        )
    )
    assert facts == {"Udo Pranger": 1, "Kai Mertes": 2, "Timo Rausch": 3, "Ole Wendt": 4}


def test_places_after_and_open_a_clause_of_their_own():
    facts = places(
        read(
            "Udo Pranger siegte klar, und auf Platz 5 und 6 kamen Timo Rausch und Ole Wendt an.",
            "de",
        )
    )
    assert facts["Timo Rausch"] == 5
    assert facts["Ole Wendt"] == 6


def test_places_after_their_verb_go_to_the_drivers_before_it():
    facts = places(
        read(
            "Udo Pranger gewann. Timo Rausch und Ole Wendt fuhren auf Platz 8 und 14.",
            "de",
        )
    )
    assert facts == {"Udo Pranger": 1, "Timo Rausch": 8, "Ole Wendt": 14}


def test_places_taken_with_belegen():
    facts = places(
        read(
            "Udo Pranger siegte vor Kai Mertes. Timo Rausch und Ole Wendt belegten die Ränge 3 "
            "und 4.",
            "de",
        )
    )
    assert facts == {"Udo Pranger": 1, "Kai Mertes": 2, "Timo Rausch": 3, "Ole Wendt": 4}


def test_places_fought_for_are_no_result():
    facts = places(
        read(
            "Udo Pranger gewann. Timo Rausch und Ole Wendt stritten sich lange um die Plätze "
            "zwei und drei.",
            "de",
        )
    )
    assert facts == {"Udo Pranger": 1}


def test_places_in_the_standings_are_no_result():
    facts = places(
        read(
            "Udo Pranger gewann. In der Gesamtwertung stehen Timo Rausch und Ole Wendt jetzt "
            "auf den Plätzen fünf und sechs.",
            "de",
        )
    )
    assert facts == {"Udo Pranger": 1}


def test_more_places_than_drivers_give_nothing():
    facts = places(
        read(
            "Udo Pranger gewann. Auf den Plätzen zwei, drei und vier folgten Timo Rausch und "
            "Ole Wendt.",
            "de",
        )
    )
    assert facts == {"Udo Pranger": 1}


def test_polish_places_opening_their_clause():
    facts = places(
        read(
            "Wygrał Tomasz Wierzbak. Na miejscach 2 i 3 dojechali Adam Kurowski i Paweł Nowicki.",
            "pl",
        )
    )
    assert facts == {"Tomasz Wierzbak": 1, "Adam Kurowski": 2, "Paweł Nowicki": 3}


def test_dutch_places_after_their_verb():
    facts = places(
        read(
            "Pieter Vosberg won de race. Daan Molenkamp en Sander Kluitman eindigden op de "
            "plaatsen 4 en 5.",
            "nl",
        )
    )
    assert facts == {"Pieter Vosberg": 1, "Daan Molenkamp": 4, "Sander Kluitman": 5}
