"""Round 14, which race a place belongs to and English prose on unseen reports: a win fought
for, a driver's own count of finals (invented sentences in the shapes those reports use)."""

from narrative_reading import places, read


def test_a_win_vied_for_is_no_win():
    facts = read(
        "Tom Vale and Ned Moro vied for the win in the second race, barely separated until the "
        "final corner."
    )
    assert "Ned Moro" not in places(facts)
    assert "Tom Vale" not in places(facts)


def test_a_win_fought_hard_for_is_no_win():
    facts = read("Ned Moro fought hard for the win but could not find a way past.")
    assert "Ned Moro" not in places(facts)


def test_a_win_held_on_for_is_a_win():
    facts = read("Tom Cole held on for the win ahead of Sam Byrd.")
    assert places(facts) == {"Tom Cole": 1, "Sam Byrd": 2}


def test_a_drivers_own_count_of_finals_starts_no_race():
    facts = read(
        "Series leader Tom Berg won the tenth round at Alba ahead of Jan Kovar and Tim Wells. "
        "Berg had struggled in the heats. Berg controlled the race from the front to win his "
        "third final of the season ahead of Kovar and Wells."
    )
    assert [race.name for race in facts.races] == ["Race"]
    assert places(facts) == {"Tom Berg": 1, "Jan Kovar": 2, "Tim Wells": 3}


def test_the_second_race_won_again_starts_a_race():
    facts = read(
        "Tom Berg won the opening race ahead of Jan Kovar. Berg then won the second race too, "
        "from Tim Wells."
    )
    assert len(facts.races) == 2


def test_a_place_in_his_own_semi_final_is_no_result():
    facts = read(
        "Tom Berg won the tenth round at Alba ahead of Jan Kovar and Tim Wells. Berg finished "
        "second in his semi-final to start on the second row of the grid for the final."
    )
    assert places(facts) == {"Tom Berg": 1, "Jan Kovar": 2, "Tim Wells": 3}
    assert [race.name for race in facts.races] == ["Race"]


def test_a_place_in_her_heat_race_is_no_result():
    facts = read("Ana Lind won the feature ahead of Eva Holm. Holm placed third in her heat race.")
    assert places(facts) == {"Ana Lind": 1, "Eva Holm": 2}


def test_a_heat_named_in_passing_does_not_rename_the_race_told():
    facts = read(
        "Tom Berg won the tenth round ahead of Jan Kovar and Tim Wells. Berg had hit a wall in "
        "heat three and broken his suspension. Berg controlled the final from the front to win "
        "ahead of Kovar and Wells."
    )
    assert [race.name for race in facts.races] == ["Race"]
    assert places(facts) == {"Tom Berg": 1, "Jan Kovar": 2, "Tim Wells": 3}


def test_a_paragraph_opening_with_race_two_starts_it():
    facts = read(
        "Carl Dunn won the first race from Ben Ross, with Ivo Lund third.\n\n"
        "In race two there was more of the same. Sam Orta took a useful third place."
    )
    rows = {(race.name, row.driver): row.position for race in facts.races for row in race.results}
    assert rows[("Race", "Ivo Lund")] == 3
    assert ("Race 2", "Sam Orta") in rows and rows[("Race 2", "Sam Orta")] == 3


def test_a_numbered_race_told_in_a_section_gets_its_own_places():
    facts = read(
        "Juniors race\n\n"
        "Hal Gibb won the race ahead of Kai Grant and Rob Jay. In race three Rob Jay took home "
        "second position followed by Kai Grant third."
    )
    rows = {(race.name, row.driver): row.position for race in facts.races for row in race.results}
    assert rows[("Juniors race", "Kai Grant")] == 2
    assert rows[("Juniors race", "Rob Jay")] == 3
    assert rows[("Juniors race (3)", "Rob Jay")] == 2
    assert rows[("Juniors race (3)", "Kai Grant")] == 3


def test_a_section_named_for_its_number_keeps_its_places():
    facts = read("Race 2\n\nHal Gibb won race 2 from Kai Grant, with Rob Jay third.")
    assert {race.name for race in facts.races} == {"Race 2"}


def test_a_place_crossed_then_relegated_by_places_is_no_result():
    facts = read(
        "Tom Cole won the race. Brad Hale crossed the finish line fourth, however he was "
        "penalised for a false start and relegated one place behind Tom Orr."
    )
    assert "Brad Hale" not in places(facts)
    assert places(facts)["Tom Cole"] == 1


def test_a_place_relegated_to_is_the_result():
    facts = read(
        "Tom Cole won the race. Brad Hale crossed the line fourth but was relegated to fifth."
    )
    assert places(facts)["Brad Hale"] == 5


def test_another_drivers_relegation_leaves_the_places_before_it():
    facts = read(
        "Tom Cole won the race ahead of Sam Byrd, while Brad Hale crossed the line fourth but was "
        "relegated two places."
    )
    assert places(facts)["Tom Cole"] == 1
    assert places(facts)["Sam Byrd"] == 2
