"""English crews of two full names joined by 'and' or '&' that open their clause and were told
one place ('A and B finished sixth'): the crew's place, under its first name; names listed
after a win, a relative clause or a pair of places keep their own readings (invented
sentences in the shape real rally and sidecar reports use)."""

from narrative_reading import places, read

# a word of a discipline raced by crews of two
SIDECARS = "Rain fell on the sidecars all day. "


def test_a_crew_that_finished_sixth_is_placed_as_its_first():
    facts = read(SIDECARS + "Carl Dunn won the race. Ann Kell and Tom Rudd finished sixth.")
    assert places(facts) == {"Carl Dunn": 1, "Ann Kell": 6}


def test_a_crew_with_a_function_verb_before_its_place():
    facts = read(
        SIDECARS
        + "Carl Dunn won the race, Ann Kell and Tom Rudd had a fine result finishing in 16th."
    )
    assert places(facts) == {"Carl Dunn": 1, "Ann Kell": 16}


def test_an_ampersand_crew_that_came_home_in_fifth():
    facts = read(SIDECARS + "Carl Dunn won the race. Ann Kell & Tom Rudd came home in fifth.")
    assert places(facts) == {"Carl Dunn": 1, "Ann Kell": 5}


def test_two_places_for_two_names_stay_each_ones():
    facts = read(SIDECARS + "Carl Dunn won the race. Ann Kell and Tom Rudd were fifth and sixth.")
    assert places(facts) == {"Carl Dunn": 1, "Ann Kell": 5, "Tom Rudd": 6}


def test_a_pair_after_ahead_of_is_no_crew():
    facts = read(SIDECARS + "Carl Dunn won the race ahead of Ann Kell and Tom Rudd in third.")
    assert places(facts)["Tom Rudd"] == 3


def test_a_crew_named_by_a_given_name_alone_gets_no_row():
    facts = read(SIDECARS + "Carl Dunn won the race. Ann and Tom Kell finished sixth.")
    assert places(facts) == {"Carl Dunn": 1}


def test_without_a_word_of_crews_two_names_share_a_car_and_get_no_row():
    facts = read("Carl Dunn won the race. Ann Kell and Tom Rudd finished sixth.")
    assert places(facts) == {"Carl Dunn": 1}
