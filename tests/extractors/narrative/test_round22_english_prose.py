"""Round 22, English prose: a place that 'went to' a driver read from its own clause, and a
place a driver was raised into after the race (invented sentences in the shapes real reports
use)."""

from narrative_reading import places, read


def test_a_place_awarded_then_another_that_went_to_a_driver():
    facts = read(
        "Rob Calder won the final at Hexley. 2nd place was awarded to Piet Varn and 3rd went to "
        "Dan Ostry."
    )
    assert places(facts) == {"Rob Calder": 1, "Piet Varn": 2, "Dan Ostry": 3}


def test_a_bare_place_that_went_to_a_driver_after_another_clause():
    facts = read("Rob Calder won the final. Piet Varn was second and 3rd went to Dan Ostry.")
    assert places(facts) == {"Rob Calder": 1, "Piet Varn": 2, "Dan Ostry": 3}


def test_the_win_that_went_to_a_driver_after_an_aside_naming_another():
    facts = read("The win, after Piet Varn spun, went to Rob Calder.")
    assert places(facts) == {"Rob Calder": 1}


def test_elevated_into_a_place_after_the_race():
    facts = read(
        "Rob Calder won the final at Hexley. Piet Varn crossed the line third but was elevated "
        "into second after a penalty for Dan Ostry."
    )
    assert places(facts)["Piet Varn"] == 2


def test_a_driver_who_moved_into_a_place_is_not_read_as_elevated():
    facts = read(
        "Rob Calder won the final at Hexley. Piet Varn ran well but was caught on the last lap "
        "and finished fifth, having moved into fourth at the start."
    )
    assert places(facts).get("Piet Varn") == 5
