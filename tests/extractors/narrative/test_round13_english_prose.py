"""Round 13, English prose on unseen reports: places fought for, races counted with an ordinal,
a place in the series, wins of a pair of names (invented sentences in the shapes those reports
use)."""

from narrative_reading import places, read


def test_places_battled_for_are_no_result():
    facts = read(
        "Tom Vale won all three races in his Lola. Ned Moro and Ivo Lund battled for second and "
        "third position, but Moro crashed heavily in the final race."
    )
    assert "Ned Moro" not in places(facts)
    assert "Ivo Lund" not in places(facts)


def test_places_settled_for_are_a_result():
    facts = read("Tom Vale won the race. Ned Moro and Ivo Lund settled for second and third place.")
    assert places(facts) == {"Tom Vale": 1, "Ned Moro": 2, "Ivo Lund": 3}


def test_the_second_of_the_races_is_no_place():
    facts = read(
        "In the second of the Formula Vee races Carl Dunn drove a careful race to win by just "
        "over 12s."
    )
    assert places(facts).get("Carl Dunn") != 2


def test_a_place_of_the_cars_counted_is_kept():
    facts = read("Carl Dunn won the race. Ben Ross finished fifth of the 30 cars in the race.")
    assert places(facts) == {"Carl Dunn": 1, "Ben Ross": 5}


def test_a_place_overall_in_the_series_is_no_result():
    facts = read(
        "Sam Orta won the run-off. After two quiet finishes, Ben Ross hung on to fourth place "
        "overall in the series, the best result yet for a bike-engined car."
    )
    assert "Ben Ross" not in places(facts)


def test_a_pair_winning_a_numbered_race_names_no_winner():
    facts = read(
        "Dan Hill and Max Cole took second in race one. Hill and Cole improved on second to win "
        "race two, crossing the line some 20 seconds up on the rest."
    )
    assert 1 not in places(facts).values()


def test_one_driver_winning_a_numbered_race_is_the_winner():
    facts = read("Ana Lima qualified third. Ben Ek went on to win race two from Lima.")
    assert places(facts) == {"Ben Ek": 1, "Ana Lima": 2}


def test_wins_counted_for_a_pair_under_one_name_are_nobodys():
    facts = read(
        "In the F1 class Paul and Tom Reeve qualified on pole with their outfit, and converted it "
        "to two race wins on Saturday."
    )
    assert [r for race in facts.races if race.session != "qualifying" for r in race.results] == []


def test_wins_counted_for_two_names_are_nobodys():
    facts = read("Dan Hill and Max Cole took both wins on Saturday.")
    assert places(facts) == {}


def test_wins_counted_for_one_driver_stay():
    facts = read("Ana Lima took both wins on Saturday.")
    assert [row.driver for race in facts.races for row in race.results] == [
        "Ana Lima",
        "Ana Lima",
    ]


def test_a_driver_of_a_team_is_the_subject_not_the_team():
    facts = read("Scott Mercer of Team Apex emerged victorious in the finale on Saturday.")
    assert places(facts) == {"Scott Mercer": 1}


def test_collecting_the_spoils_is_a_win():
    facts = read("Ed Hale won the opening race, but Pete Strand collected the spoils in the final.")
    assert sorted((row.driver, row.position) for r in facts.races for row in r.results) == [
        ("Ed Hale", 1),
        ("Pete Strand", 1),
    ]


def test_sharing_the_spoils_names_no_winner():
    assert places(read("Ben Ek and Ana Lima shared the spoils.")) == {}


def test_prose_before_a_lone_race_heading_tells_its_races_one_after_another():
    facts = read(
        "Spring meeting at the circuit\n\n"
        "The handicap race was won by Carl Farrow. Ed Hale won the opening race of the Formula "
        "Ford class, but Pete Strand collected the spoils in the final, from Jim Elder.\n\n"
        "The sprint race\n\nPhotos by the club."
    )
    assert [[(row.driver, row.position) for row in r.results] for r in facts.races] == [
        [("Carl Farrow", 1)],
        [("Ed Hale", 1)],
        [("Pete Strand", 1), ("Jim Elder", 2)],
    ]


def test_a_class_that_went_to_a_driver_is_his_win_and_from_names_the_next():
    facts = read("The Cadet 9 class went to Jake Sorn from Jack Cope.")
    assert places(facts) == {"Jake Sorn": 1, "Jack Cope": 2}


def test_a_class_title_that_went_to_a_driver_is_no_race_win():
    assert places(read("The class title went to Jake Sorn.")) == {}


def test_a_place_that_went_to_a_teams_driver_is_the_drivers():
    facts = read("Bren Lake took the win. Second place went to Apex Racing's Fred Rask.")
    assert places(facts) == {"Bren Lake": 1, "Fred Rask": 2}


def test_a_driver_of_a_team_in_third_is_third():
    facts = read(
        "Bren Lake took the win. Second place went to Fred Rask, with Dan Berz of Apex Racing "
        "in third."
    )
    assert places(facts) == {"Bren Lake": 1, "Fred Rask": 2, "Dan Berz": 3}
