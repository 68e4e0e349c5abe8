"""English crews written 'A and B' or 'A & B' (a rally driver and co-driver, a sidecar's
driver and passenger) that won one race: the crew's row, under its first name (invented
sentences in the shape real reports use)."""

from narrative_reading import places, read

# a word of a discipline raced by crews of two
SIDECARS = "Rain fell on the sidecars all day. "


def test_two_full_names_that_won_the_final_are_its_crew_as_the_first():
    facts = read(SIDECARS + "Ann Kell and Tom Rudd won the final.")
    assert places(facts) == {"Ann Kell": 1}


def test_an_ampersand_crew_and_the_crew_it_beat():
    facts = read(SIDECARS + "Ann Kell & Tom Rudd won the final, ahead of Ned Moro & Ian Rudd.")
    assert places(facts) == {"Ann Kell": 1, "Ned Moro": 2}


def test_a_crew_whose_first_is_a_given_name_alone_gets_no_row():
    facts = read(SIDECARS + "Ann and Tom Kell won the final from Ned Moro and Ian Rudd.")
    assert places(facts) == {}


def test_a_pair_noun_before_the_names_keeps_its_own_reading():
    facts = read(SIDECARS + "The pair of Ann Kell and Tom Rudd won the final.")
    assert places(facts) == {}


def test_races_won_respectively_are_no_crew():
    facts = read(SIDECARS + "Ann Kell and Tom Rudd won the sprint and the final respectively.")
    assert "Ann Kell" not in places(facts)


def test_a_pair_that_won_a_heat_is_left_to_the_heat_reader():
    facts = read(SIDECARS + "Ann Kell and Tom Rudd won the heat. Ned Moro won the final.")
    assert places(facts) == {"Ned Moro": 1}


def test_without_a_word_of_crews_two_winners_of_the_final_give_none():
    facts = read("Ann Kell and Tom Rudd won the final.")
    assert places(facts) == {}
