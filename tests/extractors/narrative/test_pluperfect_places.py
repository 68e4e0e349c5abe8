"""A place told in the pluperfect ('X, who had finished fifth', 'qui avait fini 5e', 'che aveva
chiuso quarto'): the language's auxiliary opens the words of the place or stands right before
them, and the place is one of an earlier race, never a result of the race told. Places told in
the simple past or the perfect are read as before. Invented sentences, expectations by hand."""

from narrative_reading import race_places, read


def test_en_a_place_told_with_had_is_an_earlier_race():
    facts = read(
        "Tom Varley won the race at Hollowmere. Sam Oduya, who had finished fifth in the opening "
        "round, took second.",
        "en",
    )
    assert race_places(facts) == {"Tom Varley": 1, "Sam Oduya": 2}


def test_fr_a_place_told_with_avait_is_an_earlier_race():
    facts = read(
        "Luc Roux a gagné la course. Paul Mercier, qui avait fini 7e lors de la manche "
        "d'ouverture, compte 52 points.",
        "fr",
    )
    assert race_places(facts) == {"Luc Roux": 1}


def test_it_a_place_told_with_aveva_is_an_earlier_race():
    facts = read(
        "Marco Sala ha vinto la gara. Luca Bini, che aveva chiuso quarto a Valdora, è il nuovo "
        "leader.",
        "it",
    )
    assert race_places(facts) == {"Marco Sala": 1}


def test_fr_a_place_told_in_the_perfect_is_still_read():
    facts = read("Luc Roux a gagné la course. Paul Mercier a fini 5e.", "fr")
    assert race_places(facts) == {"Luc Roux": 1, "Paul Mercier": 5}


def test_en_had_far_before_the_place_leaves_it_read():
    facts = read(
        "Tom Varley won the race. Sam Oduya, who had started from the back row, finished fifth.",
        "en",
    )
    assert race_places(facts) == {"Tom Varley": 1, "Sam Oduya": 5}


def test_en_an_earlier_race_named_in_the_sentence_keeps_its_pluperfect_win(narrate, placings_of):
    text = """Ivo Brant won the main race after Jon Kessel had won the sprint.

Sprint race

Jon Kessel led from the start.

Main race

Ivo Brant pulled clear early.
"""
    facts = narrate(text)
    assert {("Main race", "Ivo Brant", 1), ("Sprint race", "Jon Kessel", 1)} <= placings_of(facts)
