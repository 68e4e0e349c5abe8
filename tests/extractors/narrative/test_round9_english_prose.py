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
