"""Places in words past twelfth in Dutch, German and Polish ('werd zeventiende', 'wurde
Vierzehnter', 'zajął piętnaste miejsce'): the language files' ordinals go on to twentieth.
Invented sentences in the shape real reports use, expectations written by hand."""

from narrative_reading import places, read


def test_a_dutch_place_in_words_past_twelfth():
    facts = places(read("Daan Molenkamp werd zeventiende in de eerste manche.", "nl"))
    assert facts == {"Daan Molenkamp": 17}


def test_a_dutch_twentieth():
    facts = places(read("Pieter Vosberg werd twintigste.", "nl"))
    assert facts == {"Pieter Vosberg": 20}


def test_a_german_place_in_words_past_twelfth():
    facts = places(read("Jonas Weidler wurde Vierzehnter.", "de"))
    assert facts == {"Jonas Weidler": 14}


def test_a_polish_place_in_words_past_tenth():
    facts = places(read("Adam Kurowski zajął piętnaste miejsce.", "pl"))
    assert facts == {"Adam Kurowski": 15}


def test_a_polish_eleventh():
    facts = places(read("Tomasz Wierzbak zajął jedenaste miejsce.", "pl"))
    assert facts == {"Tomasz Wierzbak": 11}
