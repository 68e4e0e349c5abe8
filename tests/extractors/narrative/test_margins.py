"""Finishing margins with the drivers on both sides; in-race gaps and penalty lengths are none."""

from extractors.article import extract_article


def intervals(facts) -> set[tuple]:
    return {(i.ahead, i.behind, i.seconds) for i in facts.intervals}


def test_won_by_a_margin_from_a_rival(narrate):
    facts = narrate("Ana Ribeiro won by 0.214s from Li Wen.")
    assert intervals(facts) == {("Ana Ribeiro", "Li Wen", 0.214)}


def test_took_a_place_from_a_rival_by_a_margin(narrate):
    facts = narrate("On the final lap Yuto Kato took fourth from Ren Sato by 0.08s.")
    assert intervals(facts) == {("Yuto Kato", "Ren Sato", 0.08)}


def test_pipped_a_rival_by_a_margin(narrate):
    assert intervals(narrate("Hannah Cole pipped Ben Ash to third by 0.002s.")) == {
        ("Hannah Cole", "Ben Ash", 0.002)
    }


def test_behind_without_a_name_trails_the_driver_named_before(narrate):
    text = "Yuto Kato took fourth from Ren Sato by 0.08s, with Aoi Mori just 0.09s behind."
    assert ("Ren Sato", "Aoi Mori", 0.09) in intervals(narrate(text))


def test_behind_a_named_driver(narrate):
    text = "Noah Keller finished sixth, just 0.09s behind Sofia Marquez."
    assert intervals(narrate(text)) == {("Sofia Marquez", "Noah Keller", 0.09)}


def test_clear_of_a_rival(narrate):
    text = "Kai Ono crossed the line first, 4.8 seconds clear of Hannah Cole."
    assert intervals(narrate(text)) == {("Kai Ono", "Hannah Cole", 4.8)}


def test_less_than_a_tenth(narrate):
    text = "Louis Bernard won by less than a tenth from Gino Conti."
    assert intervals(narrate(text)) == {("Louis Bernard", "Gino Conti", 0.1)}


def test_gap_to_the_winner(narrate):
    text = "Kai Ono took the win. Mateo Alvarez finished +1:05.950 down after a drive-through."
    assert intervals(narrate(text)) == {("Kai Ono", "Mateo Alvarez", 65.95)}


def test_winning_margin_without_a_named_loser_is_to_second_place(narrate):
    text = "Jakub Lis dominated, winning by almost four seconds. Tomasz Wrona took second."
    assert intervals(narrate(text)) == {("Jakub Lis", "Tomasz Wrona", 4.0)}


def test_a_lead_is_no_finishing_margin(narrate):
    assert narrate("That gave Coque Vidal a more than 20-second lead at the front.").intervals == []


def test_a_gap_out_of_the_pits_is_no_finishing_margin(narrate):
    text = "Pitting with two laps left, Jose Sanz exited the pitlane just 0.4s ahead of Ren Sato."
    assert narrate(text).intervals == []


def test_a_penalty_length_is_no_margin(narrate):
    assert narrate("Ren Sato finished fifth despite a five-second time penalty.").intervals == []


def test_margin_evidence_points_into_the_text(narrate, points_at):
    text = "Ana Ribeiro won by 0.214s from Li Wen."
    (interval,) = narrate(text).intervals
    assert interval.evidence.text == "Ana Ribeiro won by 0.214s from Li Wen"
    assert points_at(text, interval.evidence)


def test_a_gap_in_a_position_trails_the_driver_named_before(narrate):
    text = (
        "Mila Novak won by 0.5s from Jonas Lind. Lind was 0.5s adrift in second, "
        "with Pia Sommer a further 1.4 seconds back in third."
    )
    assert ("Jonas Lind", "Pia Sommer", 1.4) in intervals(narrate(text))


def test_behind_the_winner(narrate):
    text = "Otto Brun took the win. Sami Laine recovered to third, 3.5 seconds behind the winner."
    assert ("Otto Brun", "Sami Laine", 3.5) in intervals(narrate(text))


def test_an_in_race_gap_to_a_rival_is_no_margin(narrate):
    text = (
        "Otto Brun took the win. On lap 12 Sami Laine was 1.8 seconds behind Eli Roth and closing."
    )
    assert not any(i.seconds == 1.8 for i in narrate(text).intervals)


def test_got_the_nod_over_a_rival_by_a_margin(narrate):
    text = "Leo Marsh won the heat. Kai Berger got the nod over Ugo Sala by less than a tenth."
    assert ("Kai Berger", "Ugo Sala", 0.1) in intervals(narrate(text))


def test_a_margin_in_a_qualifying_sentence_is_no_finishing_margin(narrate):
    text = "Ana Ribeiro won the race. In qualifying Tomas Berg beat Ana Ribeiro by 0.4 seconds."
    assert intervals(narrate(text)) == set()


def test_a_qualifying_place_won_in_a_heat_keeps_its_margin(narrate):
    text = (
        "Leo Marsh won the heat. The last qualifying place went to Kai Berger, "
        "who got the nod over Ugo Sala by less than a tenth."
    )
    assert ("Kai Berger", "Ugo Sala", 0.1) in intervals(narrate(text))


def test_a_further_gap_is_not_to_the_driver_it_names(narrate):
    text = (
        "Noah Keller won. Dan Holt finished second "
        "and Yuto Kato was a further 6 seconds behind Noah Keller."
    )
    assert not any(seconds == 6 for _, _, seconds in intervals(narrate(text)))


def test_coming_home_second_by_a_margin_trails_the_winner(narrate):
    text = (
        "Ada Park won the race. Ben Ash took pole but had nothing for Park, "
        "coming home second by 2.4 seconds. Cal Dorn was third."
    )
    assert intervals(narrate(text)) == {("Ada Park", "Ben Ash", 2.4)}


def test_a_crew_adrift_trails_the_crew_before_named_by_its_first_not_its_own_member(narrate):
    text = (
        "Ana Lima and Rui Reis won the rally by 21 seconds from Tom Orr and Lea Roth, "
        "with Ben Ash and Kai Ono a further eight seconds adrift."
    )
    found = {i for i in intervals(narrate(text)) if i[2] == 8.0}
    assert found == {("Tom Orr", "Ben Ash", 8.0)}  # each crew named by its first, as gold does


def test_a_qualifying_gap_told_in_spanish_is_no_margin(narrate):
    text = (
        "Carlos Vidal ganó la carrera. Antes, Carlos Vidal venció a Luis Prado en la "
        "calificación por 0.031 segundos."
    )
    assert all(i[2] != 0.031 for i in intervals(narrate(text)))


def test_a_printed_winner_with_a_gap_of_his_own_gives_no_winning_margin():
    """The first row read has a gap: the winner's row was not read, the margin is unknown."""
    text = """Race 1 results
- Piet Kok +1.204
- Ren Sato +2.300
- Sem Bos +4.000
"""
    assert extract_article(text).intervals == []


def test_a_margin_given_as_a_bound_or_a_round_figure_is_none(narrate):
    assert intervals(narrate("Tom Vale won the final by over four seconds from Ivo Sala.")) == set()
    text = "Ana Lim won race two, crossing the line some 20 seconds up on Bo Kerr."
    assert intervals(narrate(text)) == set()


def test_just_over_a_figure_keeps_its_margin(narrate):
    text = "Tom Vale won the final by just over four seconds from Ivo Sala."
    assert intervals(narrate(text)) == {("Tom Vale", "Ivo Sala", 4.0)}


def test_won_by_a_margin_over_the_runner_up(narrate):
    text = "Ana Lim won by 11.392s over runner-up Rui Ortiz."
    assert intervals(narrate(text)) == {("Ana Lim", "Rui Ortiz", 11.392)}


def test_a_lead_taken_before_the_win_leaves_its_margin_a_finish(narrate):
    text = (
        "Ana Lim pitted first and emerged in the lead to win by 11.392s over runner-up Rui "
        "Ortiz, who shoved past Tom Wood on the final lap."
    )
    assert intervals(narrate(text)) == {("Ana Lim", "Rui Ortiz", 11.392)}
