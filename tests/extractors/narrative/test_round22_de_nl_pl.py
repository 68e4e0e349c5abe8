"""German, Dutch and Polish prose shapes of round 22: a place told before its verb after another
clause ('X wygrał, drugie miejsce zajął Y'), a place elided before a dash ('a trzecie – Z'), and
an ordinal before a noun that is no place ('Drugi czas': the second time). Invented sentences,
expectations by hand."""

from narrative_reading import places, read

# 'drugie miejsce zajął Y' after a clause naming the winner: the place is Y's, not the winner's


def test_pl_a_place_before_its_verb_after_a_comma_goes_to_the_driver_after():
    facts = read("W klasie A zwyciężył Adam Lis, drugie miejsce zajął Jan Wrona.", "pl")
    assert places(facts) == {"Adam Lis": 1, "Jan Wrona": 2}


def test_it_a_place_before_its_word_goes_to_the_driver_after():
    facts = read("Ha vinto Marco Bini, secondo classificato Luca Neri.", "it")
    assert places(facts) == {"Marco Bini": 1, "Luca Neri": 2}


def test_pl_a_place_after_its_driver_and_before_its_verb_stays_the_subjects():
    facts = read("Adam Lis wygrał. Jan Wrona drugie miejsce zajął w ostatnim wyścigu.", "pl")
    assert places(facts) == {"Adam Lis": 1, "Jan Wrona": 2}


# 'a trzecie – Z': the place noun and verb elided, the driver after a dash


def test_pl_an_elided_place_before_a_dash_goes_to_the_driver_after():
    facts = read("Wygrał Adam Lis. Drugie miejsce zajął Jan Wrona, a trzecie – Piotr Sowa.", "pl")
    assert places(facts) == {"Adam Lis": 1, "Jan Wrona": 2, "Piotr Sowa": 3}


def test_pl_an_ordinal_before_a_dash_opening_a_sentence_names_nobody_further_on():
    facts = read("Adam Lis wygrał. Drugi – to był dobry dzień dla Jana Wrony.", "pl")
    assert places(facts) == {"Adam Lis": 1}


# 'Drugi czas zanotował X': the second-best time, no place


def test_pl_the_second_time_is_no_place():
    facts = read("Adam Lis wygrał. Drugi czas zawodów zanotował Jan Wrona.", "pl")
    assert places(facts) == {"Adam Lis": 1}
