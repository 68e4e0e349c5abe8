"""Places told as a place noun and a run of numbers, outside English ('belegen die Plätze zwei
und drei', 'auf Platz 2 und 3 fuhren A und B', 'Na miejscach 2 i 3 dojechali A i B'): as many
drivers listed with them take them in order; a grid, a fight for places, the standings or a
count that does not match give nothing. Invented sentences in the shape real reports use,
expectations written by hand."""

from narrative_reading import places, read


def test_places_opening_their_clause_go_to_the_drivers_after_the_verb():
    facts = places(
        read(
            "Gernot Falk gewann das Rennen. Auf den Plätzen zwei und drei folgten Jonas "
            "Weidler (Team Blau) und Lukas Brandt.",
            "de",
        )
    )
    assert facts == {"Gernot Falk": 1, "Jonas Weidler": 2, "Lukas Brandt": 3}


def test_places_after_and_open_a_clause_of_their_own():
    facts = places(
        read(
            "Gernot Falk gewann, und auf Platz 2 und 3 fuhren Jonas Weidler und Lukas Brandt.",
            "de",
        )
    )
    assert facts["Jonas Weidler"] == 2
    assert facts["Lukas Brandt"] == 3


def test_places_after_their_verb_go_to_the_drivers_before_it():
    facts = places(
        read(
            "Gernot Falk gewann. Jonas Weidler und Lukas Brandt landeten auf Platz 11 und 13.",
            "de",
        )
    )
    assert facts == {"Gernot Falk": 1, "Jonas Weidler": 11, "Lukas Brandt": 13}


def test_places_taken_with_belegen():
    facts = places(
        read(
            "Gernot Falk gewann. Jonas Weidler und Lukas Brandt belegten die Plätze zwei und drei.",
            "de",
        )
    )
    assert facts == {"Gernot Falk": 1, "Jonas Weidler": 2, "Lukas Brandt": 3}


def test_places_fought_for_are_no_result():
    facts = places(
        read(
            "Gernot Falk gewann. Jonas Weidler und Lukas Brandt kämpften um die Plätze zwei und "
            "drei.",
            "de",
        )
    )
    assert facts == {"Gernot Falk": 1}


def test_places_in_the_standings_are_no_result():
    facts = places(
        read(
            "Gernot Falk gewann. In der Meisterschaft liegen Jonas Weidler und Lukas Brandt auf "
            "den Plätzen zwei und drei.",
            "de",
        )
    )
    assert facts == {"Gernot Falk": 1}


def test_more_places_than_drivers_give_nothing():
    facts = places(
        read(
            "Gernot Falk gewann. Auf den Plätzen zwei, drei und vier folgten Jonas Weidler und "
            "Lukas Brandt.",
            "de",
        )
    )
    assert facts == {"Gernot Falk": 1}


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
