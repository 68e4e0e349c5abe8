"""A clause that tells a qualifying or practice session gives qualifying places, never race
results; a session named aside ('after a poor qualifying') or in a clause of its own leaves the
result alone (invented English sentences)."""

RACE = "Race"


def test_places_in_a_clause_telling_a_session_are_no_results(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the final. Tim Hahn was quickest in Qualifying One from Dan Voss by 0.28 "
        "seconds with Nic Gronn taking third place."
    )
    assert (RACE, "Nic Gronn", 3) not in placings_of(facts)
    assert (RACE, "Ari Pell", 1) in placings_of(facts)


def test_a_session_named_aside_leaves_the_result(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. Dal Luca finished in fifth place after a poor qualifying. "
        "Ivo Sand, fifth in qualifying, finished second."
    )
    assert placings_of(facts) >= {(RACE, "Dal Luca", 5), (RACE, "Ivo Sand", 2)}


def test_a_qualifying_spot_is_a_place_in_the_race(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the heat. Ivo Sand crossed the line third, and Dan Voss took the last "
        "qualifying spot in fourth."
    )
    assert (RACE, "Dan Voss", 4) in placings_of(facts)
