"""Round 11, English prose on unseen reports: a podium told as the finish, the winner of a
cleft sentence whose aside names a team, wins of team entries and passive wins of a pole
(invented sentences in the shapes those reports use)."""


def test_the_podium_ended_with_tells_the_finish(narrate, placings_of):
    facts = narrate(
        "Rain fell all day at the track. The podium ended with Sam Orta in first, Carl Hebb in "
        "second and Ivo Lund in third."
    )
    assert placings_of(facts) == {
        ("Race", "Sam Orta", 1),
        ("Race", "Carl Hebb", 2),
        ("Race", "Ivo Lund", 3),
    }


def test_a_podium_word_without_ended_tells_no_finish(narrate, placings_of):
    facts = narrate("Sam Orta was in second at half distance, on course for the podium.")
    assert placings_of(facts) == set()


def test_a_participle_aside_names_no_winner(narrate, placings_of):
    facts = narrate(
        "It was Apex driver Hal Sorbi, representing Vortex Blue in this championship, who won "
        "the race."
    )
    assert placings_of(facts) == {("Race", "Hal Sorbi", 1)}


def test_an_aside_after_no_name_gives_no_winner(narrate, placings_of):
    facts = narrate("In the end, representing Vortex Blue in this series, who won the race?")
    assert not any(driver == "Vortex Blue" for _, driver, _ in placings_of(facts))


def test_a_team_of_two_drivers_won_is_the_entrys_win(narrate, placings_of):
    facts = narrate(
        "At the end of the day, the Apex Racing Team of Paul Dorn and Dave Wills won again in "
        "the prototypes, while the Vortex Racing Team of Jon Hess and Kurt Polt took home "
        "another win."
    )
    assert placings_of(facts) == set()


def test_the_car_of_two_drivers_took_the_win(narrate, placings_of):
    facts = narrate("The No. 7 car of Ana Lima and Rui Sol won the race by a lap.")
    assert placings_of(facts) == set()


def test_a_pole_won_by_a_driver_is_no_race_win(narrate, placings_of):
    facts = narrate(
        "The GT class pole was easily won by Jon Hess, last year's champion. The title was won "
        "by Kurt Polt."
    )
    assert placings_of(facts) == set()


def test_a_race_easily_won_by_a_driver_is_his_win(narrate, placings_of):
    facts = narrate("The feature was easily won by Kurt Polt, ahead of a strong field.")
    assert placings_of(facts) == {("Race", "Kurt Polt", 1)}


def test_led_one_driver_home_is_a_win_and_a_second(narrate, placings_of):
    facts = narrate(
        "It took Gary Tern a while to hit the front in the heat, but this time nobody could "
        "catch him as Tern led Tom Harle home."
    )
    assert placings_of(facts) == {("Race", "Gary Tern", 1), ("Race", "Tom Harle", 2)}


def test_led_two_drivers_home_fixes_no_order(narrate, placings_of):
    facts = narrate("Ugo Lane led Al Wace and Ben Sims home.")
    assert placings_of(facts) == set()


def test_could_not_lead_him_home_is_no_win(narrate, placings_of):
    facts = narrate("Ed Watt couldn't lead Ugo Lane home after the restart.")
    assert placings_of(facts) == set()


def test_going_on_to_win_is_a_win(narrate, placings_of):
    facts = narrate(
        "Tom Harle held the lead until the last lap, with Al Wace moving him wide and going on "
        "to win, with Ian Renn and Ben Sims completing the top three."
    )
    assert placings_of(facts) == {
        ("Race", "Al Wace", 1),
        ("Race", "Ian Renn", 2),
        ("Race", "Ben Sims", 3),
    }


def test_going_on_to_win_the_title_is_no_race_win(narrate, placings_of):
    facts = narrate("Ugo Lane went on to win the title two years later.")
    assert placings_of(facts) == set()


def test_a_successful_bid_to_win_is_a_win(narrate, placings_of):
    facts = narrate(
        "Rob Rusk made a successful bid to win on the final corner with Ed Watt second and Tam "
        "Ruth third."
    )
    assert placings_of(facts) == {
        ("Race", "Rob Rusk", 1),
        ("Race", "Ed Watt", 2),
        ("Race", "Tam Ruth", 3),
    }


def test_a_successful_move_for_the_lead_is_no_win(narrate, placings_of):
    facts = narrate("Rob Rusk made a successful move for the lead on lap two.")
    assert placings_of(facts) == set()


def test_a_day_in_a_class_names_the_class_told(narrate, placings_of):
    facts = narrate(
        "In KA3 Junior Light, Joe Flyn took the win in the Final. Tyson Magee had a really "
        "strong day in KA3 Junior Heavy with two Heat wins. Will Carr finished 4th on the day. "
        "Dom Penn had another big day in KA3 Senior, taking the win in the Final."
    )
    assert placings_of(facts) == {
        ("KA3 Junior Light", "Joe Flyn", 1),
        ("KA3 Junior Heavy", "Will Carr", 4),
        ("KA3 Senior", "Dom Penn", 1),
    }


def test_a_day_in_a_town_names_no_class(narrate, placings_of):
    facts = narrate(
        "Joe Flyn took the win in the Final. Tyson Magee had a good day in Market Harborough "
        "and finished second."
    )
    assert all(race == "Race" for race, _, _ in placings_of(facts))


def test_held_off_one_driver_to_take_the_win(narrate, placings_of):
    facts = narrate("Tom Webb held off Ian East to take the win.")
    assert placings_of(facts) == {("Race", "Tom Webb", 1), ("Race", "Ian East", 2)}


def test_held_off_two_drivers_to_take_the_win_orders_neither(narrate, placings_of):
    facts = narrate("Tom Webb held off Ian East and Al Moor to take the win.")
    assert placings_of(facts) == {("Race", "Tom Webb", 1)}


def test_held_off_a_driver_to_take_the_lead_is_no_result(narrate, placings_of):
    facts = narrate("Tom Webb held off Ian East to take the lead on lap two.")
    assert placings_of(facts) == set()


def test_held_off_to_the_chequer_is_a_win(narrate, placings_of):
    facts = narrate("Tom Webb held off Ian East to the chequer.")
    assert placings_of(facts) == {("Race", "Tom Webb", 1), ("Race", "Ian East", 2)}


def test_the_first_to_do_something_is_no_place(narrate, placings_of):
    facts = narrate(
        "Tom Webb held off Ian East to the chequer. “It was hard,” said Al Glenn, who is the "
        "first to put in back to back titles since 2007."
    )
    assert ("Race", "Al Glenn", 1) not in placings_of(facts)


def test_a_car_after_his_and_its_engine_size_is_no_driver(narrate, placings_of):
    facts = narrate("Karl Steed with his 2 litre Escort took first in class.")
    assert not any(driver == "Escort" for _, driver, _ in placings_of(facts))


def test_first_opening_a_sentence_with_a_comma_is_no_place(narrate, placings_of):
    facts = narrate(
        "The race was won by Tom Ashe. First, Leon Andri in the #22 Porsche made contact with "
        "Gabe Streit in the #46 BMW, causing a big crash at the start finish line."
    )
    assert placings_of(facts) == {("Race", "Tom Ashe", 1)}


def test_a_place_dropped_to_on_a_numbered_lap_is_no_finish(narrate, placings_of):
    facts = narrate(
        "Kamil Pawlo lost control of his car at the final corner on lap 15 of 18 and hit the "
        "wall, dropping him to eighth."
    )
    assert placings_of(facts) == set()


def test_a_place_moved_up_to_at_the_line_is_the_finish(narrate, placings_of):
    facts = narrate("Ugo Lane moved up to third at the finish line.")
    assert placings_of(facts) == {("Race", "Ugo Lane", 3)}


def test_a_top_completed_after_a_pole_is_the_qualifying_order(narrate, placings_of):
    facts = narrate(
        "Beau Chamber continued his winning ways, snaring pole position by 0.135 over Koby Charl "
        "and Zac Duyn – Zac Isma and Rory Edm completing the top 5."
    )
    assert not any(race == "Race" for race, _, _ in placings_of(facts))


def test_a_top_completed_after_a_pole_turned_into_a_win_is_the_race(narrate, placings_of):
    facts = narrate(
        "Beau Chamber converted pole position into a dominant win, with Zac Isma and Rory Edm "
        "completing the top three."
    )
    assert ("Race", "Zac Isma", 2) in placings_of(facts)
    assert ("Race", "Rory Edm", 3) in placings_of(facts)


def test_from_a_driver_in_the_next_clause_is_no_runner_up(narrate, placings_of):
    facts = narrate(
        "Charles Leck converted his pole into a comfortable victory. George Rusk was third for "
        "Apex, and Nico Lati rounded off the top-10 following a spirited fight from Jens Butto."
    )
    assert not any(driver == "Jens Butto" for _, driver, _ in placings_of(facts))
    assert ("Race", "George Rusk", 3) in placings_of(facts)


def test_took_fourth_from_a_driver_puts_him_fifth(narrate, placings_of):
    facts = narrate("Ugo Lane won the race. Ed Watt took fourth from Bo Lund at the line.")
    assert ("Race", "Bo Lund", 5) in placings_of(facts)


def test_places_listed_after_qualified_are_the_qualifying_order(narrate, placings_of):
    facts = narrate(
        "Michi Hoy and Dawid Mroc qualified eight and tenth, ahead of Alex Sieb and Dennis Jord, "
        "who only managed a disappointing eleventh and fourteenth place."
    )
    assert not any(race == "Race" for race, _, _ in placings_of(facts))


def test_a_place_finished_after_qualifying_is_the_race(narrate, placings_of):
    facts = narrate("Alex Sieb, who had qualified on pole, finished fourth.")
    assert ("Race", "Alex Sieb", 4) in placings_of(facts)


def test_qualified_for_the_final_in_fourth_is_the_heats_fourth(narrate, placings_of):
    facts = narrate("Ugo Lane won the heat. Nina Weist qualified for the final in fourth.")
    assert ("Race", "Nina Weist", 4) in placings_of(facts)
