"""Positions read from the dependency parse (`grammar.py`): who the subject of a verb of finishing
is when word order alone does not say."""

RACE = "Race"


def test_a_relative_clause_between_the_driver_and_his_position(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. "
        "Ivo Sand, who spots for Tom Reef, was fourth, and Ugo Bala came in fifth."
    )
    assert placings_of(facts) >= {(RACE, "Ivo Sand", 4), (RACE, "Ugo Bala", 5)}
    assert (RACE, "Tom Reef", 4) not in placings_of(facts)


def test_the_subject_of_the_clause_above_a_purpose_clause(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. Ben Kato passed Carl Oduya late on to claim third place."
    )
    assert (RACE, "Ben Kato", 3) in placings_of(facts)
    assert (RACE, "Carl Oduya", 3) not in placings_of(facts)


def test_a_pronoun_is_the_subject_of_the_main_clause(narrate, placings_of):
    facts = narrate("Ari Pell won the race. Dan Voss led the chase as he placed fourth.")
    assert (RACE, "Dan Voss", 4) in placings_of(facts)


def test_a_position_in_the_championship_or_a_heat_is_no_result(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the final. Dan Voss finished second in the championship. "
        "Eli Mott finished fifth in his heat race."
    )
    assert placings_of(facts) == {(RACE, "Ari Pell", 1)}


def test_a_fraction_is_no_position(narrate, placings_of):
    facts = narrate("Ari Pell won the race, finishing one tenth ahead of Dan Voss.")
    assert (RACE, "Ari Pell", 10) not in placings_of(facts)


def test_a_place_in_the_final_standings_is_no_result(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. Dan Voss rounded out the top five in the final standings."
    )
    assert placings_of(facts) == {(RACE, "Ari Pell", 1)}


def test_the_last_of_a_list_of_places_is_none_of_them(narrate, placings_of):
    facts = narrate("Ari Pell won the race. Dan Voss left with twelfth and seventh place.")
    assert placings_of(facts) == {(RACE, "Ari Pell", 1)}


def test_a_scrap_for_the_win_is_no_win(narrate, placings_of):
    facts = narrate("Ari Pell and Dan Voss were locked in a scrap for the win.")
    assert placings_of(facts) == set()


def test_winning_as_the_subject_of_a_copula(narrate, placings_of):
    assert placings_of(narrate("Winning the main event was Lee Gross of Hartley.")) == {
        (RACE, "Lee Gross", 1)
    }


def test_a_place_going_to_a_driver(narrate, placings_of):
    facts = narrate("Ken Sato won the race, with 3rd going to #4 Sean Sanger.")
    assert placings_of(facts) == {(RACE, "Ken Sato", 1), (RACE, "Sean Sanger", 3)}


def test_a_place_told_just_behind_a_driver_puts_him_one_ahead(narrate, placings_of):
    facts = narrate("Ken Sato won the race. Ugo Ruiz came through to take fifth, behind Taro Sato.")
    assert (RACE, "Taro Sato", 4) in placings_of(facts)


def test_places_ahead_of_a_driver(narrate, placings_of):
    facts = narrate(
        "Ken Sato won the race. Jon Mitt came home in fourth, two places ahead of Rui Orta."
    )
    assert (RACE, "Rui Orta", 6) in placings_of(facts)


def test_a_gap_or_a_list_behind_a_place_says_nothing_of_their_places(narrate, placings_of):
    facts = narrate(
        "Ken Sato won the race. Jon Mitt finished fourth, 3.2 seconds behind Rui Orta. "
        "Eli Voss finished sixth, behind Ana Lind and Ivo Sand."
    )
    assert placings_of(facts) == {
        (RACE, "Ken Sato", 1),
        (RACE, "Jon Mitt", 4),
        (RACE, "Eli Voss", 6),
    }


def test_a_verb_of_winning_with_a_race_as_its_object(narrate, placings_of):
    facts = narrate(
        "Cody Shell captured the second Ford feature while Hugo Tay took second and Will Hine "
        "was third."
    )
    assert placings_of(facts) == {
        (RACE, "Cody Shell", 1), (RACE, "Hugo Tay", 2), (RACE, "Will Hine", 3)
    }  # fmt: skip


def test_a_count_of_races_won_is_one_win_per_race(narrate, placings_of):
    assert placings_of(narrate("Rob Welt starred to take two Pro wins.")) == {
        ("Race", "Rob Welt", 1),
        ("Race (Rob Welt, win 2 of 2)", "Rob Welt", 1),
    }


def test_words_of_a_phrase_aside_do_not_unmake_a_result(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. Championship leader Dan Voss finished in fifth place after a "
        "poor qualifying."
    )
    assert (RACE, "Dan Voss", 5) in placings_of(facts)


def test_taking_a_race_as_the_subject_of_a_copula_and_places_after_it(narrate, placings_of):
    facts = narrate(
        "Taking the final was Graham Gant, with Ben Milou in second and Jim Harr in third."
    )
    assert placings_of(facts) == {
        (RACE, "Graham Gant", 1),
        (RACE, "Ben Milou", 2),
        (RACE, "Jim Harr", 3),
    }


def test_taking_a_chance_is_no_win(narrate, placings_of):
    assert placings_of(narrate("Taking his chance was Graham Gant, with Ben Milou close.")) == set()


def test_a_place_in_the_final_classification_is_a_result(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. Dan Voss was given a time penalty, dropping him from fifth to "
        "eighth in the final classification."
    )
    assert (RACE, "Dan Voss", 8) in placings_of(facts)


def test_the_car_a_driver_is_told_in_stands_between_him_and_his_place(narrate, placings_of):
    facts = narrate(
        "Carl Pede took the win in his Austin 7 with Greg Thrun in the Rawson Special in second "
        "and Ben Mya in the Gerrel MK1 in third."
    )
    assert placings_of(facts) == {
        (RACE, "Carl Pede", 1),
        (RACE, "Greg Thrun", 2),
        (RACE, "Ben Mya", 3),
    }


def test_a_driver_named_in_between_leaves_the_place_unsaid(narrate, placings_of):
    facts = narrate("Carl Pede won the race with Greg Thrun in the wake of Ben Mya in second.")
    assert (RACE, "Greg Thrun", 2) not in placings_of(facts)


def test_holding_a_driver_off_for_a_place(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. Dan Voss (SN26) held off Eli Mott (R16) for fifth. "
        "Ugo Bala held off Ivo Sand and Tom Reef for seventh."
    )
    assert placings_of(facts) == {
        (RACE, "Ari Pell", 1),
        (RACE, "Dan Voss", 5),
        (RACE, "Ugo Bala", 7),
    }


def test_holding_a_driver_off_for_the_lead_is_no_place(narrate, placings_of):
    facts = narrate("Ari Pell won the race. Dan Voss held off Eli Mott for the lead on lap 3.")
    assert placings_of(facts) == {(RACE, "Ari Pell", 1)}


def test_the_driver_of_an_opening_subordinate_clause_is_not_the_winner(narrate, placings_of):
    facts = narrate(
        "While Ivo Sand took pole position for the semi-final, the local hero won the race. "
        "Despite Tom Reef's best efforts, Ugo Bala held on to take the win."
    )
    assert (RACE, "Ivo Sand", 1) not in placings_of(facts)
    assert (RACE, "Tom Reef", 1) not in placings_of(facts)


def test_a_slot_on_the_grid_is_no_finish(narrate, placings_of):
    facts = narrate(
        "Ari Pell won the race. An error in qualifying put Dan Voss down in 12th on the grid. "
        "Eli Mott was fifth on the starting grid."
    )
    assert placings_of(facts) == {(RACE, "Ari Pell", 1)}


def test_places_listed_one_per_race_are_none_of_them_alone(narrate, placings_of):
    facts = narrate(
        "Ari Pell won both races. Dan Voss finished 2nd and 3rd in those races. "
        "Ugo Bala finished second, Tom Reef third."
    )
    assert not {row for row in placings_of(facts) if row[1] == "Dan Voss"}
    assert (RACE, "Tom Reef", 3) in placings_of(facts)


def test_a_place_in_the_rankings_is_no_result(narrate, placings_of):
    facts = narrate("Ari Pell won the race. Eli Mott is third in the rankings at 161 points.")
    assert placings_of(facts) == {(RACE, "Ari Pell", 1)}


def test_a_place_told_just_outside_the_points_is_a_result(narrate, placings_of):
    facts = narrate("Ari Pell won the race. Jon Burt finished just outside the points in 11th.")
    assert (RACE, "Jon Burt", 11) in placings_of(facts)


def test_a_class_race_won_is_a_race_won(narrate, placings_of):
    facts = narrate("Lea Roth won the wet opening Pro Am class race comfortably.")
    assert placings_of(facts) == {("Race", "Lea Roth", 1)}


def test_a_place_held_before_recovering_is_a_running_place(narrate, placings_of):
    facts = narrate(
        "Ivo Lenz won the race, while pole-sitter Tim Salo dropped to fifth before recovering "
        "to finish third."
    )
    assert ("Race", "Tim Salo", 3) in placings_of(facts)
    assert ("Race", "Tim Salo", 5) not in placings_of(facts)
