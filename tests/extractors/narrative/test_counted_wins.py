"""Wins told as a count, each a race the driver won (invented sentences in real reports' shapes)."""


def wins(facts) -> list[str]:
    return sorted(row.driver for race in facts.races for row in race.results if row.position == 1)


def test_all_three_wins_are_three_races(narrate):
    facts = narrate(
        "Kyle Rand continued his clean sweep of this season’s Cooper Pro races by taking all "
        "three wins at the festival."
    )
    assert wins(facts) == ["Kyle Rand"] * 3
    assert len(facts.races) == 3


def test_a_trio_of_class_victories(narrate):
    facts = narrate(
        "Alex Nell continued an unbeaten season with a trio of Cooper Am class victories."
    )
    assert wins(facts) == ["Alex Nell"] * 3


def test_both_the_final_and_the_pre_final(narrate):
    facts = narrate(
        "In the Junior class, Adam Alby dominated, winning both the final and the pre-final."
    )
    assert wins(facts) == ["Adam Alby"] * 2


def test_wins_told_one_by_one_count_towards_the_number(narrate):
    facts = narrate(
        "Kyle Rand took all three wins. Rand took the opening victory ahead of Tim Salo. "
        "He won the second race from Ugo Mele."
    )
    assert wins(facts) == ["Kyle Rand"] * 3


def test_two_counts_in_one_race_are_races_of_their_own(narrate):
    facts = narrate("Ryan Hale took both Radical Cup wins. Lee Dern won both Mini Miglia races.")
    assert wins(facts) == ["Lee Dern", "Lee Dern", "Ryan Hale", "Ryan Hale"]
    assert len(facts.races) == 4


def test_what_a_driver_won_before_or_in_a_season_is_no_race_here(narrate):
    facts = narrate(
        "Jim Pink, who won both Cheshire races, finished second. "
        "Lee Dern took both wins last season."
    )
    assert wins(facts) == []
    assert {row.driver for race in facts.races for row in race.results} == {"Jim Pink"}


def test_a_count_starts_its_race_and_the_places_after_it_join_it(narrate, placings_of):
    facts = narrate(
        "Josh Cole won the final from Rocco Lane. In the Junior class, Adam Alby dominated, "
        "winning both the final and the pre-final. Rudy Camm put on a sterling drive to claim "
        "second place."
    )
    rows = placings_of(facts)
    assert {("Race", "Josh Cole", 1), ("Race", "Rocco Lane", 2)} <= rows
    # the class the sentence opens with names the race
    assert {("Junior", "Adam Alby", 1), ("Junior", "Rudy Camm", 2)} <= rows
    assert len(rows) == 5  # and Alby's second win, a race of its own


def test_a_number_of_wins_and_a_cleft_naming_the_winner(narrate):
    facts = narrate("Ian Holt was quick all weekend. It was Holt who took two wins on the day.")
    assert wins(facts) == ["Ian Holt"] * 2


def test_wins_of_a_larger_number_or_races_lost_are_no_count(narrate):
    facts = narrate(
        "Lea Roth managed to win three of the four races held at the circuit. "
        "Ugo Mele was kicked out after two dreadful races."
    )
    assert wins(facts) == []


def test_a_tally_of_wins_from_races_adds_no_races(narrate):
    facts = narrate("Lea Roth made it two wins from two in the Pacific Sprint Series.")
    assert wins(facts) == ["Lea Roth"]  # this race's win; the other is a past round's


def test_a_count_of_wins_beside_a_points_score_is_no_race(narrate):
    facts = narrate(
        "Hull won the meeting 47-43. Ivo Brant scored a paid maximum and Ken Ota got 13 "
        "with four race wins."
    )
    assert wins(facts) == []
