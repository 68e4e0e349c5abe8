"""Team entries named by their car number in English prose ('the No. 7 car'): the entrant of a
result, whose crew's names alone do not say which car (invented sentences)."""

RACE = "Race"


def test_entries_named_by_their_number_take_their_places(narrate, placings_of):
    facts = narrate(
        "The Apex Esport No. 1 Oreca LMP was driven to victory by Ari Pell and Dan Voss. "
        "The No. 8 car finished 11th, while its No. 7 came home 14th."
    )
    assert placings_of(facts) == {(RACE, "No. 1", 1), (RACE, "No. 8", 11), (RACE, "No. 7", 14)}


def test_a_place_told_of_the_crew_goes_to_the_car_they_drive(narrate, placings_of):
    facts = narrate(
        "Ugo Bala won the race. Next came the No. 13 driven by Ivo Sand, Tom Reef and Eli Mott, "
        "who finished third."
    )
    assert (RACE, "No. 13", 3) in placings_of(facts)
    assert not {row for row in placings_of(facts) if row[1] in ("Tom Reef", "Eli Mott")}


def test_a_drivers_own_car_number_is_no_entry(narrate, placings_of):
    facts = narrate("Ari Pell (No. 25) won the race from Dan Voss (No. 33).")
    assert placings_of(facts) == {(RACE, "Ari Pell", 1), (RACE, "Dan Voss", 2)}


def test_it_is_the_entry_the_sentence_before_was_about(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. The No. 50 car was driven by Kat Legge and Tia Calde. "
        "It finished 20th."
    )
    assert placings_of(facts) == {(RACE, "Ari Pell", 1), (RACE, "No. 50", 20)}


def test_it_after_a_driver_is_no_one(narrate, placings_of):
    facts = narrate("Ari Pell won the race. Dan Voss had a quiet run. It finished 20th.")
    assert placings_of(facts) == {(RACE, "Ari Pell", 1)}
