"""Round 9, English prose on unseen reports: win verbs short-track and club reports use, a name
after 'his' that is his car or sponsor, heat and dash winners as races of their own, and classes
told one after another (invented sentences in the shapes those reports use)."""


def test_picked_up_the_win_and_post_the_win_are_wins(narrate, placings_of):
    facts = narrate(
        "In the opener Dale Voss pick up the win in a hard fought battle with Ron Tebb who "
        "finished second. Later on Cal Fenn went on to lead the last ten laps to post the win, "
        "and Ron Tebb was second."
    )
    assert ("Race", "Dale Voss", 1) in placings_of(facts)
    assert ("Race", "Ron Tebb", 2) in placings_of(facts)
    assert ("Race 2", "Cal Fenn", 1) in placings_of(facts)


def test_went_on_for_the_win_and_yet_another_win(narrate, placings_of):
    facts = narrate(
        "Early leader Bo Lund led half the race before Ned Carr took the lead and went on for "
        "the win. In the second race Ty Moss wasted no time working his way to the front for "
        "yet another win."
    )
    assert ("Race", "Ned Carr", 1) in placings_of(facts)
    assert ("Race 2", "Ty Moss", 1) in placings_of(facts)
    assert not any(driver == "Bo Lund" for _, driver, _ in placings_of(facts))


def test_ran_away_with_it_is_a_win(narrate, placings_of):
    facts = narrate("Piet Zand led the field to green and ran away with it from there.")
    assert placings_of(facts) == {("Race", "Piet Zand", 1)}


def test_going_for_another_win_is_no_win(narrate, placings_of):
    facts = narrate("Piet Zand was going for another win but spun on lap four.")
    assert placings_of(facts) == set()


def test_a_name_after_his_is_his_car_not_the_winner(narrate, placings_of):
    facts = narrate(
        "Lee Hart took the lead with one to go in his Bram Koster Excavating backed Honda and "
        "held off Sid Moor to post his second win of the season."
    )
    assert ("Race", "Lee Hart", 1) in placings_of(facts)
    assert not any(driver.startswith("Bram") for _, driver, _ in placings_of(facts))


def test_heat_winners_named_together_are_a_heat_each(narrate, placings_of):
    facts = narrate(
        "Cal Fenn won the feature ahead of Ron Tebb. Ana Lind and Ivo Sand won qualifying heat "
        "races."
    )
    assert placings_of(facts) == {
        ("Race", "Cal Fenn", 1),
        ("Race", "Ron Tebb", 2),
        ("Heat (Ana Lind)", "Ana Lind", 1),
        ("Heat (Ivo Sand)", "Ivo Sand", 1),
    }


def test_heat_winners_after_a_result_start_no_race(narrate, placings_of):
    facts = narrate(
        "Cal Fenn took the win, with Ron Tebb second. Tebb carried the dash checkered, with Ana "
        "Lind and Ivo Sand winning heat races."
    )
    assert ("Race", "Cal Fenn", 1) in placings_of(facts)
    assert ("Heat (Ana Lind)", "Ana Lind", 1) in placings_of(facts)
    assert ("Heat (Ivo Sand)", "Ivo Sand", 1) in placings_of(facts)
    assert not any(race.startswith("Race 2") for race, _, _ in placings_of(facts))


def test_other_heat_race_winners_listed_with_their_home_towns(narrate, placings_of):
    facts = narrate(
        "Ned Carr picked up a heat race win earlier in the evening. Other heat race winners "
        "were Bo Lund, Ames, Iowa; Ty Moss, Ely; and Dan Roe."
    )
    assert placings_of(facts) == {
        ("Heat (Ned Carr)", "Ned Carr", 1),
        ("Heat (Bo Lund)", "Bo Lund", 1),
        ("Heat (Ty Moss)", "Ty Moss", 1),
        ("Heat (Dan Roe)", "Dan Roe", 1),
    }


def test_a_dash_won_is_a_dash_and_two_names_on_one_heat_give_none(narrate, placings_of):
    facts = narrate("Piet Zand won the B dash. Bo Lund and Ty Moss won the heat together.")
    races = {race for race, _, _ in placings_of(facts)}
    assert ("Dash (Piet Zand)", "Piet Zand", 1) in placings_of(facts)
    assert not any(race.startswith("Heat") for race in races)


def test_picked_up_second_and_a_listed_name_in_third(narrate, placings_of):
    facts = narrate(
        "Ned Carr took the win. Bo Lund picked up second as he finished ahead of Ty Moss. Dan "
        "Roe pick up the win in the next race in a battle with Ivo Sand who finished second "
        "and Ana Lind in third, Kees Boer fourth."
    )
    assert placings_of(facts) == {
        ("Race", "Ned Carr", 1),
        ("Race", "Bo Lund", 2),
        ("Race", "Ty Moss", 3),
        ("Race 2", "Dan Roe", 1),
        ("Race 2", "Ivo Sand", 2),
        ("Race 2", "Ana Lind", 3),
        ("Race 2", "Kees Boer", 4),
    }


def test_winning_yet_another_with_its_noun_left_out(narrate, placings_of):
    facts = narrate("Caio Brandt once again charged his way to the top spot winning yet another.")
    assert placings_of(facts) == {("Race", "Caio Brandt", 1)}


def test_winning_another_title_is_no_race_win(narrate, placings_of):
    facts = narrate("Caio Brandt finished fourth, winning yet another title for the team.")
    assert ("Race", "Caio Brandt", 1) not in placings_of(facts)


def test_classes_opened_one_after_another_are_races_of_their_own(narrate, placings_of):
    facts = narrate(
        "Ned Carr took the win, with Bo Lund second and Ty Moss third.\n\n"
        "In the Apex Motors Sport Mods, Dan Roe made his way to the front and held off Ivo "
        "Sand who came in second and Ana Lind finished third."
    )
    rows = placings_of(facts)
    assert {("Race", "Ned Carr", 1), ("Race", "Bo Lund", 2), ("Race", "Ty Moss", 3)} <= rows
    assert ("Apex Motors Sport Mods", "Ivo Sand", 2) in rows
    assert not any(race == "Race" and driver == "Ivo Sand" for race, driver, _ in rows)


def test_a_session_opened_in_english_is_no_class(narrate, placings_of):
    facts = narrate(
        "In Qualifying, Ned Carr was fastest. Bo Lund won the race ahead of Ty Moss. "
        "In Round 3, Ty Moss won from Bo Lund."
    )
    races = {race for race, _, _ in placings_of(facts)}
    assert "Qualifying" not in races and "Round 3" not in races


def test_the_remaining_classified_drivers_are_read_as_finishers(narrate, placings_of):
    facts = narrate(
        "Ned Carr won the race from Bo Lund.\n\n"
        "The remaining drivers to be classified were Apex's Ty Moss in fourth, Dan Roe fifth "
        "and Ivo Sand sixth."
    )
    rows = placings_of(facts)
    assert {("Race", "Ty Moss", 4), ("Race", "Dan Roe", 5), ("Race", "Ivo Sand", 6)} <= rows


def test_a_place_on_the_road_before_a_penalty_is_no_result(narrate, placings_of):
    facts = narrate(
        "Ned Carr won the race. Bo Lund was eventually classified fifth after Ty Moss, who was "
        "third on the road, was given a five-second time penalty."
    )
    rows = placings_of(facts)
    assert ("Race", "Bo Lund", 5) in rows
    assert ("Race", "Ty Moss", 3) not in rows
