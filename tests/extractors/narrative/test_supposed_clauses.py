"""A supposition ('if', 'needing to', 'could') sets aside the clause it is in, not the results the
rest of the English sentence states."""

RACE = "Race"


def test_a_supposing_clause_leaves_the_result_of_the_other_clause(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. While Vik Dorne took second, all eyes were on Pat Wehr, "
        "with the driver needing to finish fourth or higher."
    )
    assert (RACE, "Vik Dorne", 2) in placings_of(facts)
    assert (RACE, "Pat Wehr", 4) not in placings_of(facts)


def test_a_place_hoped_for_after_but_is_no_result(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. In sixth was Ron Brum, but he will be hoping to move up to "
        "fourth ahead of Dan Drop."
    )
    assert (RACE, "Ron Brum", 6) in placings_of(facts)
    assert (RACE, "Ron Brum", 4) not in placings_of(facts)


def test_a_supposition_in_the_same_clause_still_states_nothing(narrate, placings_of):
    facts = narrate("Ari Pell won the race. Jon Ash could finish fifth if Tim Bo retired.")
    assert placings_of(facts) == {(RACE, "Ari Pell", 1)}


def test_much_needed_is_no_supposition(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. Rolf Osza took the third spot and gained some much needed points."
    )
    assert (RACE, "Rolf Osza", 3) in placings_of(facts)
