"""Placings stated in prose: winners, positions, podiums, pole and grid, qualifiers."""

RACE = "Race"
GRID = "Race qualifying"


def test_took_the_win(narrate, placings_of):
    assert placings_of(narrate("Tomas Berg took the win after a long duel.")) == {
        (RACE, "Tomas Berg", 1)
    }


def test_won_by_a_margin_from_a_rival_gives_the_runner_up(narrate, placings_of):
    facts = narrate("Ana Ribeiro won by 0.4s from Li Wen.")
    assert placings_of(facts) == {(RACE, "Ana Ribeiro", 1), (RACE, "Li Wen", 2)}


def test_win_ahead_of_two_drivers_gives_second_and_third(narrate, placings_of):
    facts = narrate("Rafael Dos Reis took the win ahead of Bruno Lima and Igor Paz.")
    assert placings_of(facts) == {
        (RACE, "Rafael Dos Reis", 1), (RACE, "Bruno Lima", 2), (RACE, "Igor Paz", 3),
    }  # fmt: skip


def test_crossed_the_line_fourth(narrate, placings_of):
    assert placings_of(narrate("Ravi Menon crossed the line fourth.")) == {(RACE, "Ravi Menon", 4)}


def test_completed_the_podium(narrate, placings_of):
    assert placings_of(narrate("Li Wen completed the podium.")) == {(RACE, "Li Wen", 3)}


def test_completed_the_top_six(narrate, placings_of):
    assert placings_of(narrate("Luis Ortega completed the top six.")) == {(RACE, "Luis Ortega", 6)}


def test_made_up_the_final_qualifiers_marks_everyone_listed(narrate, placings_of):
    facts = narrate("Heat 2\n\nJan Vos, Ruiz, and Piet Kok made up the final qualifiers.")
    assert placings_of(facts) == {
        ("Heat 2", "Jan Vos", "Q"),
        ("Heat 2", "Ruiz", "Q"),
        ("Heat 2", "Piet Kok", "Q"),
    }


def test_the_top_five_made_it_through_including_a_named_driver(narrate, placings_of):
    text = "Semi-Final B\n\nThe top five made it through, including Finland's Eero Lahti."
    assert placings_of(narrate(text)) == {("Semi-Final B", "Eero Lahti", "Q")}


def test_going_through_to_the_race_told_is_no_result_of_it(narrate, placings_of):
    text = (
        "Only Ivo Brant and Sem Dekker made it through to the final. "
        "Brant took the win in the final."
    )
    assert placings_of(narrate(text)) == {(RACE, "Ivo Brant", 1)}


def test_failing_to_go_through_is_no_qualification(narrate, placings_of):
    text = "Heat 3\n\nBoth Tiago Moura and Ken Ota failed to make it through."
    assert placings_of(narrate(text)) == set()


def test_pole_position_and_the_driver_behind_it(narrate, placings_of):
    facts = narrate("Ryo Ueda took pole position ahead of defending champion Ken Ota.")
    assert placings_of(facts) == {(GRID, "Ryo Ueda", 1), (GRID, "Ken Ota", 2)}


def test_pole_sitter_before_a_name(narrate, placings_of):
    text = "Marc Dupont had the best tyres. Pole sitter Dupont started on softs."
    assert placings_of(narrate(text)) == {(GRID, "Marc Dupont", 1)}


def test_a_grid_slot_is_neither_a_result_nor_a_qualifying_position(narrate, placings_of):
    text = "Tomas Berg started second on the reversed grid. Ravi Menon lined up 10th."
    assert placings_of(narrate(text)) == set()


def test_qualified_in_a_place_is_a_qualifying_position(narrate, placings_of):
    facts = narrate("Ravi Menon qualified in 12th on the hard tyres.")
    assert placings_of(facts) == {(GRID, "Ravi Menon", 12)}


def test_a_slot_told_after_the_pole_is_the_qualifying_order(narrate, placings_of):
    facts = narrate("Ryo Ueda took pole position from Ken Ota, with Li Wen lining up third.")
    assert placings_of(facts) == {(GRID, "Ryo Ueda", 1), (GRID, "Ken Ota", 2), (GRID, "Li Wen", 3)}


def test_the_pole_sitter_alone_is_a_role_not_a_placing(narrate, placings_of):
    assert placings_of(narrate("Ken Ota made his way past the pole sitter on lap 3.")) == set()


def test_running_order_before_the_finish_is_no_placing(narrate, placings_of):
    text = "Marco Rossi dropped to sixth after his stop. Later, Jan Vos emerged in fifth."
    assert placings_of(narrate(text)) == set()


def test_position_on_the_final_lap_is_a_placing(narrate, placings_of):
    text = "Marco Rossi tried to defend, coming unstuck on the final lap and dropping to seventh."
    assert placings_of(narrate(text)) == {(RACE, "Marco Rossi", 7)}


def test_took_a_position_from_a_rival_at_the_finish(narrate, placings_of):
    text = "Yuto Kato took fourth from Ren Sato by 0.08s."
    assert placings_of(narrate(text)) == {(RACE, "Yuto Kato", 4), (RACE, "Ren Sato", 5)}


def test_pipped_a_rival_to_third(narrate, placings_of):
    text = "Hannah Cole pipped Ben Ash to third by 0.002s."
    assert placings_of(narrate(text)) == {(RACE, "Hannah Cole", 3), (RACE, "Ben Ash", 4)}


def test_on_the_podium_is_the_one_free_podium_place(narrate, placings_of):
    text = "Jan Vos won by 0.3s from Piet Kok, with Tom Ward on the podium."
    assert (RACE, "Tom Ward", 3) in placings_of(narrate(text))


def test_a_supposition_states_no_placing(narrate, placings_of):
    text = "Jan Vos could come home in fourth and still take the title if Piet Kok won."
    assert placings_of(narrate(text)) == set()


def test_leading_on_the_final_lap_wins_only_without_a_stated_winner(narrate, placings_of):
    assert placings_of(narrate("On the final lap Ken Ota grabbed the lead.")) == {
        (RACE, "Ken Ota", 1)
    }
    text = "On the final lap Ken Ota grabbed the lead, but Ryo Ueda took the win."
    assert placings_of(narrate(text)) == {(RACE, "Ryo Ueda", 1)}


def test_a_pronoun_opening_a_sentence_is_the_previous_subject(narrate, placings_of):
    text = (
        "Heat 4\n\nIt was Jan Vos in the rear pack, passing Piet Kok. "
        "He earned a place in the final."
    )
    assert placings_of(narrate(text)) == {("Heat 4", "Jan Vos", "Q")}


def test_who_refers_to_the_name_before_it(narrate, placings_of):
    text = "Noah Keller finished sixth, just behind Sofia Marquez, who was fifth."
    assert placings_of(narrate(text)) == {(RACE, "Noah Keller", 6), (RACE, "Sofia Marquez", 5)}


def test_victory_went_to(narrate, placings_of):
    text = "Victory in the finale went to Haruto Ito after a race-long duel."
    assert placings_of(narrate(text)) == {(RACE, "Haruto Ito", 1)}


def test_battle_for_a_place_and_its_verdict(narrate, placings_of):
    text = "Felix Braun and Jonas Hahn fought a battle for third, with Braun getting the verdict."
    assert placings_of(narrate(text)) == {(RACE, "Felix Braun", 3), (RACE, "Jonas Hahn", 4)}


def test_rows_carry_evidence_and_method(narrate, points_at):
    text = "Ravi Menon crossed the line fourth."
    (race,) = narrate(text).races
    (row,) = race.results
    assert (row.method, row.evidence.text) == ("narrative", "Ravi Menon crossed the line fourth")
    assert points_at(text, row.evidence)


def test_won_the_ordinal_round(narrate, placings_of):
    facts = narrate("Noor Haddad won the third round of the series on Saturday.")
    assert placings_of(facts) == {(RACE, "Noor Haddad", 1)}


def test_inherits_a_position(narrate, placings_of):
    text = "Pavel Zima won the race. Ines Barros inherits fifth after a penalty for Tom Ek."
    assert (RACE, "Ines Barros", 5) in placings_of(narrate(text))


def test_beat_a_rival_to_the_heat_win(narrate, placings_of):
    facts = narrate("Heat 2\n\nOwen Price beat Rafa Gil to the heat win by a tenth.")
    assert placings_of(facts) == {("Heat 2", "Owen Price", 1), ("Heat 2", "Rafa Gil", 2)}


def test_a_gap_then_in_a_position(narrate, placings_of):
    text = "Mila Novak won by 0.5s. Jonas Lind was 0.5s adrift in second."
    assert (RACE, "Jonas Lind", 2) in placings_of(narrate(text))


def test_a_further_gap_back_in_a_position(narrate, placings_of):
    text = "Jonas Lind was second, with Pia Sommer a further 1.4 seconds back in third."
    assert (RACE, "Pia Sommer", 3) in placings_of(narrate(text))


def test_listed_drivers_who_both_went_through(narrate, placings_of):
    facts = narrate("Heat 1\n\nAlba Ruiz and Timo Kask both went through to the final.")
    assert placings_of(facts) == {("Heat 1", "Alba Ruiz", "Q"), ("Heat 1", "Timo Kask", "Q")}


def test_promoted_each_driver_to_a_position(narrate, placings_of):
    text = (
        "Gil Mora won the race. A late penalty promoted Eva Lund to fourth, "
        "Rui Sa to fifth and Ada Kerr to sixth."
    )
    assert placings_of(narrate(text)) >= {
        (RACE, "Eva Lund", 4), (RACE, "Rui Sa", 5), (RACE, "Ada Kerr", 6),
    }  # fmt: skip


def test_recovered_from_the_back_of_the_grid(narrate, placings_of):
    text = "Otto Brun won the race. Sami Laine recovered from the back of the grid to third."
    assert (RACE, "Sami Laine", 3) in placings_of(narrate(text))


def test_drivers_who_also_advanced(narrate, placings_of):
    facts = narrate("Heat 3\n\nLeo Marsh won it, while Kai Berger and Ugo Sala also advanced.")
    assert placings_of(facts) >= {("Heat 3", "Kai Berger", "Q"), ("Heat 3", "Ugo Sala", "Q")}


def test_the_driver_defeated_does_not_win(narrate, placings_of):
    facts = narrate("Ana Lima defeated Ken Ota to claim victory in the final.")
    assert placings_of(facts) == {(RACE, "Ana Lima", 1)}


def test_the_driver_overtaken_under_a_role_does_not_win(narrate, placings_of):
    text = "Ana Lima started well. She overtook the defending champion Ken Ota to grab the victory."
    assert placings_of(narrate(text)) == {(RACE, "Ana Lima", 1)}


def test_a_position_needed_is_no_result(narrate, placings_of):
    text = "Ken Ota started the race needing to finish fourth to take the title."
    assert placings_of(narrate(text)) == set()


def test_a_place_left_behind_is_no_result(narrate, placings_of):
    text = "Ravi Menon had a strong drive, fighting his way from his 9th place."
    assert placings_of(narrate(text)) == set()


def test_a_finish_then_a_disqualification_is_an_unclassified_dsq_row(narrate):
    text = (
        "Tomas Berg won the race. Ivo Brant crossed the line in fifth place, "
        "but he was later disqualified for causing a collision."
    )
    rows = {
        (row.driver, row.position, row.status) for r in narrate(text).races for row in r.results
    }
    assert rows == {("Tomas Berg", 1, "finished"), ("Ivo Brant", None, "dsq")}


def test_a_disqualification_from_qualifying_is_no_race_result(narrate, placings_of):
    text = "Tomas Berg won the race. Ivo Brant was excluded from qualifying for a light car."
    assert placings_of(narrate(text)) == {(RACE, "Tomas Berg", 1), (GRID, "Ivo Brant", "Q")}


def test_a_finish_not_disqualified_stands(narrate, placings_of):
    text = "Tomas Berg won the race. Ivo Brant finished fourth and was not disqualified."
    assert placings_of(narrate(text)) == {(RACE, "Tomas Berg", 1), (RACE, "Ivo Brant", 4)}


def test_dropped_to_a_place_then_recovered_to_finish_keeps_the_finish(narrate, placings_of):
    text = (
        "Ken Ota won the race. Ivo Brant dropped to 18th position but was able to recover "
        "three of those places by the end of the race to finish in 15th."
    )
    assert placings_of(narrate(text)) == {(RACE, "Ken Ota", 1), (RACE, "Ivo Brant", 15)}


def test_a_pair_winning_gives_neither_driver_the_win_alone(narrate, placings_of):
    text = (
        "The Apex pair of Ken Ota and reigning champion Ivo Brant won the final round. "
        "Sem Dekker finished in second place."
    )
    assert (RACE, "Ivo Brant", 1) not in placings_of(narrate(text))


def test_pole_starter_before_a_name_is_the_named_drivers_pole(narrate, placings_of):
    text = "Ivo Brant won the final at Lakeside, beating pole starter Ken Ota."
    facts = placings_of(narrate(text))
    assert (GRID, "Ken Ota", 1) in facts
    assert (GRID, "Ivo Brant", 1) not in facts


def test_a_place_taken_over_one_driver_gives_him_the_next(narrate, placings_of):
    text = "Ken Ota won the race. Ivo Brant claimed the deserving third place over Sem Dekker."
    assert placings_of(narrate(text)) == {
        (RACE, "Ken Ota", 1), (RACE, "Ivo Brant", 3), (RACE, "Sem Dekker", 4),
    }  # fmt: skip


def test_a_place_taken_over_a_driver_on_a_lap_is_a_pass(narrate, placings_of):
    text = "Ken Ota won the race. Ivo Brant finished third, having gone over Sem Dekker on lap 4."
    assert (RACE, "Sem Dekker", 4) not in placings_of(narrate(text))


def test_places_listed_after_qualified_third_complete_the_qualifying_order(narrate, placings_of):
    text = (
        "Ken Ota won the race. Lien Davies qualified 3rd, with Ivo Brant 4th, then Sem Dekker, "
        "and then Jan Vos rounding out the top 6."
    )
    assert placings_of(narrate(text)) == {
        (RACE, "Ken Ota", 1),
        (GRID, "Lien Davies", 3),
        (GRID, "Ivo Brant", 4),
        (GRID, "Jan Vos", 6),
    }


def test_a_finish_told_after_qualifying_in_the_same_sentence_is_the_races(narrate, placings_of):
    text = "Ken Ota won the race. Ivo Brant qualified 3rd but finished fifth."
    assert (RACE, "Ivo Brant", 5) in placings_of(narrate(text))


def test_he_after_an_opening_clause_is_its_driver(narrate):
    text = (
        "Tomas Berg won the race ahead of Sem Dekker. While Ivo Brant managed to cross the line "
        "in fifth place, he was later disqualified from the final."
    )
    facts = narrate(text)
    rows = {(row.driver, row.position, row.status) for r in facts.races for row in r.results}
    assert ("Ivo Brant", None, "dsq") in rows
    assert [(p.driver, p.kind) for p in facts.penalties] == [("Ivo Brant", "disqualification")]


def test_fourth_placed_before_a_name_gives_that_driver_fourth(narrate, placings_of):
    text = (
        "Ken Ota won the race. Sem Dekker finished in third place, two tenths faster than "
        "eventual fourth-placed Jan Vos."
    )
    assert (RACE, "Jan Vos", 4) in placings_of(narrate(text))
    assert (RACE, "Sem Dekker", 3) in placings_of(narrate(text))


def test_the_then_fourth_placed_driver_is_no_finish(narrate, placings_of):
    text = "Ken Ota won the race, passing the then fourth-placed Jan Vos."
    assert placings_of(narrate(text)) == {(RACE, "Ken Ota", 1)}
