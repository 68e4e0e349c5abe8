"""English win statements of club reports (invented sentences in the shapes real ones use)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Drew Holm won the BMW Mini category.",
        "Drew Holm won his first event in almost a year.",
        "Drew Holm won the Super1600 final yet again.",
        "In the senior class Drew Holm was victorious.",
        "Drew Holm was declared the race three winner after a protest.",
        "Drew Holm took the opening victory in wet conditions.",
        "Drew Holm guided his Red Bull to a triumphant win at the circuit.",
        "Drew Holm was the winner of the smaller split that Race 1 offered.",
        "Drew Holm got the victory.",
        "Drew Holm took his first major win as a Senior racer.",
    ],
)
def test_a_win_statement_makes_the_winner(narrate, placings_of, text):
    assert placings_of(narrate(text)) == {("Race", "Drew Holm", 1)}


def test_winning_a_title_is_no_race_win(narrate, placings_of):
    assert placings_of(narrate("Drew Holm won the Junior title last year.")) == set()


def test_closing_on_the_leader_without_the_move_for_the_win(narrate, placings_of):
    facts = narrate("Luis Reyes closed on Erik Ek but couldn't make the move for the win.")
    assert placings_of(facts) == {("Race", "Erik Ek", 1), ("Race", "Luis Reyes", 2)}


def test_unable_to_grab_the_win_is_no_win(narrate, placings_of):
    facts = narrate(
        "Jordy Lane kept the pressure on Ryan Lowe for most of the race, but was unable to make "
        "the overtake to grab the win."
    )
    assert placings_of(facts) == {("Race", "Ryan Lowe", 1), ("Race", "Jordy Lane", 2)}


def test_never_taking_the_win_says_nothing(narrate, placings_of):
    assert placings_of(narrate("Luis Reyes never looked like taking the win.")) == set()


def test_a_clause_the_placing_opens_names_its_driver_after_was(narrate, placings_of):
    facts = narrate(
        "It was the BMWs that took the podium places, on the top step was Simon Walsh, finishing "
        "just behind him in second place was Carl Shaw."
    )
    assert placings_of(facts) == {("Race", "Simon Walsh", 1), ("Race", "Carl Shaw", 2)}


def test_drivers_and_positions_listed_in_the_same_order(narrate, placings_of):
    facts = narrate(
        "Pat Gill won the final ahead of Tim Orr and Guy Moss, while Flo Bedu (Peugeot 208) and "
        "Alex Theil (Citroen DS3) were fourth and fifth."
    )
    assert placings_of(facts) == {
        ("Race", "Pat Gill", 1),
        ("Race", "Tim Orr", 2),
        ("Race", "Guy Moss", 3),
        ("Race", "Flo Bedu", 4),
        ("Race", "Alex Theil", 5),
    }


def test_lists_of_different_lengths_say_nothing_respectively(narrate, placings_of):
    facts = narrate(
        "Pat Gill won the final, while Flo Bedu, Tim Orr and Guy Moss were fourth and fifth."
    )
    assert ("Race", "Flo Bedu", 4) not in placings_of(facts)


def test_the_winner_of_the_championship_won_no_race(narrate, placings_of):
    assert placings_of(narrate("Drew Holm was the winner of the championship.")) == set()


def test_a_possessive_finish_and_placed(narrate, placings_of):
    facts = narrate("Kyle Mack gained a few points from his P3 finish. Joe Mill placed 5th.")
    assert placings_of(facts) == {("Race", "Kyle Mack", 3), ("Race", "Joe Mill", 5)}


def test_close_behind_in_third(narrate, placings_of):
    facts = narrate("Ryan Lowe won the race. Chad Lane was close behind in third.")
    assert placings_of(facts) == {("Race", "Ryan Lowe", 1), ("Race", "Chad Lane", 3)}


def test_a_result_amended_after_the_race_outranks_the_finish(narrate, placings_of):
    facts = narrate(
        "Kush Mani, who obstructed leader Ricky Dona during the race and finished first, was "
        "pushed back to third position after the 10-second penalty. Akash Gowa was thus "
        "adjudged winner, followed by Aaroh Ravi and Mani."
    )
    rows = placings_of(facts)
    assert ("Race", "Kush Mani", 3) in rows
    assert not any(driver == "Ricky Dona" for _, driver, _ in rows)
    assert ("Race 2", "Akash Gowa", 1) in rows
    assert ("Race 2", "Aaroh Ravi", 2) in rows
    assert ("Race 2", "Kush Mani", 3) in rows
    assert [(p.driver, p.seconds) for p in facts.penalties] == [("Kush Mani", 10.0)]


@pytest.mark.parametrize(
    "text",
    [
        "Drew Holm finished ninth in the Modified A-Feature, which was won by Sam Voss of Ely.",
        "The Super Stock final was won by Sam Voss, with Drew Holm ninth.",
    ],
)
def test_a_passive_win_makes_the_driver_after_by_the_winner(narrate, placings_of, text):
    assert ("Race", "Sam Voss", 1) in placings_of(narrate(text))
    assert ("Race", "Drew Holm", 1) not in placings_of(narrate(text))


def test_won_by_a_margin_is_still_the_subjects_win(narrate, placings_of):
    assert placings_of(narrate("Drew Holm won by four seconds.")) == {("Race", "Drew Holm", 1)}


def test_a_driver_after_for_is_not_the_subject_of_the_next_verb(narrate, placings_of):
    facts = narrate(
        "Ian Roe won the race ahead of Sam Voss. Tim Ek was third and Cole, who spots for "
        "Drew Holm was fourth."
    )
    assert placings_of(facts) == {
        ("Race", "Ian Roe", 1),
        ("Race", "Sam Voss", 2),
        ("Race", "Tim Ek", 3),
    }  # Cole is no driver the sentence names in full: nobody is fourth


def test_a_place_of_a_car_driven_by_a_crew_is_no_drivers(narrate, placings_of):
    facts = narrate(
        "The No. 7 Porsche driven by Ivo Brant, Tom Hale and Kaj Berg, ultimately clinching "
        "victory. The No. 9 Ferrari was driven by Sam Voss and Ian Roe, who finished third."
    )
    assert placings_of(facts) == {("Race", "No. 7", 1)}  # the entry (test_team_entries.py)
    assert placings_of(narrate("Ivo Brant won the race.")) == {("Race", "Ivo Brant", 1)}


def test_a_win_taken_with_words_describing_it(narrate, placings_of):
    facts = narrate("Ivo Lenz took his third successive iRacing victory at the circuit.")
    assert placings_of(facts) == {("Race", "Ivo Lenz", 1)}


def test_a_win_out_of_reach_or_a_title_victory_is_no_win(narrate, placings_of):
    facts = narrate(
        "The crash took Ivo Lenz out of race win contention. "
        "Tim Salo and Ugo Mele go to the final round with the winner taking the Series victory."
    )
    assert placings_of(facts) == set()


def test_a_described_win_sought_is_no_win(narrate, placings_of):
    facts = narrate("Ivo Lenz had a chance to take his third successive iRacing victory.")
    assert placings_of(facts) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Lenz had a chance to take the win.",
        "Ivo Lenz was hoping to take the win.",
        "Ivo Lenz tried to take the victory on the last lap.",
    ],
)
def test_a_win_sought_is_no_win(narrate, placings_of, text):
    assert placings_of(narrate(text)) == set()


def test_claiming_the_victory_as_the_subject_of_a_copula(narrate, placings_of):
    facts = narrate(
        "Ana Roth won race one. Claiming the victory in the second race was Ivo Lenz, who beat "
        "Tim Salo across the line by one second."
    )
    assert placings_of(facts) == {
        ("Race", "Ana Roth", 1),
        ("Race 2", "Ivo Lenz", 1),
        ("Race 2", "Tim Salo", 2),
    }


def test_taking_the_lead_as_the_subject_of_a_copula_is_no_win(narrate, placings_of):
    assert placings_of(narrate("Taking the lead on lap two was Ivo Lenz.")) == set()


def test_never_looking_back_is_no_win_sought(narrate, placings_of):
    facts = narrate("Ivo Lenz started from pole and never looked back, taking the win.")
    assert ("Race", "Ivo Lenz", 1) in placings_of(facts)


def test_won_his_first_final_with_lower_case_words_before_the_noun(narrate, placings_of):
    text = (
        "Ivo Brant won his first International rallycross Supercar final at Lakeside. "
        "Jan Vos was fourth."
    )
    assert placings_of(narrate(text)) == {("Race", "Ivo Brant", 1), ("Race", "Jan Vos", 4)}


def test_won_the_battle_for_the_lead_is_no_win(narrate, placings_of):
    text = "Ivo Brant won his long battle for the lead in the final laps."
    assert ("Race", "Ivo Brant", 1) not in placings_of(narrate(text))


def test_a_win_beating_one_named_driver_gives_him_second(narrate, placings_of):
    text = "Ivo Brant won the final at Lakeside, beating pole starter Ken Ota in the final."
    assert {("Race", "Ivo Brant", 1), ("Race", "Ken Ota", 2)} <= placings_of(narrate(text))


def test_a_win_beating_two_drivers_leaves_their_order_open(narrate, placings_of):
    text = "Ivo Brant won the final at Lakeside, beating Ken Ota and Sem Dekker."
    assert placings_of(narrate(text)) == {("Race", "Ivo Brant", 1)}


def test_two_names_winning_the_heat_give_no_winner(narrate, placings_of):
    text = "Feature\n\nKen Ota and Ivo Brant won the heat. Sem Dekker won the feature."
    assert placings_of(narrate(text)) == {("Feature", "Sem Dekker", 1)}


def test_a_crew_winning_the_round_wins_as_its_first(narrate, placings_of):
    text = "Ian Moss and Pat Kerr, Mercedes Benz 280SL won the fifth round of the Rally Cup."
    assert placings_of(narrate(text)) == {("Race", "Ian Moss", 1)}


def test_a_name_with_a_particle_read_as_two_mentions_wins_alone(narrate, placings_of):
    # 'Lars' and 'van den Berg' become two mentions of one driver with nothing between them
    facts = narrate(
        "It was a weekend of firsts at Round 5: a new venue, a new format for the heats, and a "
        "first major win for Bram van der Vriese.\n\n"
        "Bram van der Vriese of Belgium took the chequered flag, pipping Ota by 2.71s. The Belgian "
        "driver held on to win by 2.71s, with Ota and Kim completing the top three."
    )
    assert ("Race", "Bram van der Vriese", 1) in placings_of(facts)
