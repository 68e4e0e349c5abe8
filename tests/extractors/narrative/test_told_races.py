"""Races told one after another in prose, in an article with no race sections: each gets its own
race (invented sentences in the shapes club reports use)."""


def test_a_second_winner_starts_the_next_race(narrate, placings_of):
    facts = narrate(
        "Winning the first race was Mark Dunn, with Ivo Lenz in second and Otto Berg in third.\n\n"
        "In race two it was Ivo Lenz in first place, Otto Berg in second place and Sam Reyes in "
        "third place."
    )
    assert placings_of(facts) == {
        ("Race", "Mark Dunn", 1),
        ("Race", "Ivo Lenz", 2),
        ("Race", "Otto Berg", 3),
        ("Race 2", "Ivo Lenz", 1),
        ("Race 2", "Otto Berg", 2),
        ("Race 2", "Sam Reyes", 3),
    }


def test_the_same_winner_of_the_second_race_is_a_second_race(narrate, placings_of):
    facts = narrate(
        "Kyle Rand won the opening race ahead of Tim Salo. Rand then won the second race from "
        "Ugo Mele."
    )
    assert placings_of(facts) == {
        ("Race", "Kyle Rand", 1),
        ("Race", "Tim Salo", 2),
        ("Race 2", "Kyle Rand", 1),
        ("Race 2", "Ugo Mele", 2),
    }


def test_a_driver_promoted_after_a_penalty_stays_in_the_race(narrate, placings_of):
    facts = narrate(
        "Ian Holt won the race from Lea Roth. Ken Doyle crossed the line fourth but was later "
        "classified seventh. That promoted Ava Lind to fourth."
    )
    assert {race for race, _, _ in placings_of(facts)} == {"Race"}
    assert ("Race", "Ava Lind", 4) in placings_of(facts)


def test_a_margin_told_after_a_race_keeps_its_race(narrate):
    facts = narrate(
        "Mark Dunn won the first race from Ivo Lenz. Ivo Lenz won the second race from Sam "
        "Reyes by 1.5 seconds."
    )
    assert [(i.race, i.ahead, i.behind, i.seconds) for i in facts.intervals] == [
        ("Race 2", "Ivo Lenz", "Sam Reyes", 1.5)
    ]


def test_two_winners_in_one_sentence_are_two_races_and_a_car_in_brackets_no_driver(
    narrate, placings_of
):
    facts = narrate(
        "Paige Lund (Lotus Exige) won the Supernational final from Tim Orr (Renault Clio), "
        "while Tom Vale (Suzuki Swift) also won again in the Junior category."
    )
    assert placings_of(facts) == {
        ("Race", "Paige Lund", 1),
        ("Race", "Tim Orr", 2),
        ("Race 2", "Tom Vale", 1),
    }


def test_a_race_named_by_its_class_starts_the_next_race(narrate, placings_of):
    facts = narrate(
        "Ivo Lenz placed fourth in the Pro Stock A-Feature. Winning the A-Feature was Mark Dunn. "
        "Otto Berg drove to a third-place finish in the Hobby Stock A-Feature. Winning the "
        "A-Feature was Sam Reyes."
    )
    assert placings_of(facts) == {
        ("Race", "Ivo Lenz", 4),
        ("Race", "Mark Dunn", 1),
        ("Race 2", "Otto Berg", 3),
        ("Race 2", "Sam Reyes", 1),
    }


def test_a_race_noun_inside_a_class_name_or_without_a_label_names_no_race(narrate, placings_of):
    facts = narrate(
        "Mark Dunn won the Sprint Car feature. Ivo Lenz finished fourth in the race after a "
        "late spin."
    )
    assert placings_of(facts) == {("Race", "Mark Dunn", 1), ("Race", "Ivo Lenz", 4)}


def test_a_runner_up_told_before_the_next_race_winner_is_in_that_race(narrate, placings_of):
    facts = narrate(
        "Cory Vance won the opening race ahead of Kyle Mack.\n\n"
        "Starting from the pole, Jordy Lopp kept the pressure on Ryan Lowe for the whole race, "
        "but was unable to make the overtake to grab the win."
    )
    assert placings_of(facts) == {
        ("Race", "Cory Vance", 1),
        ("Race", "Kyle Mack", 2),
        ("Race 2", "Ryan Lowe", 1),
        ("Race 2", "Jordy Lopp", 2),
    }


def test_a_place_told_after_the_next_race_is_named_is_that_race(narrate, placings_of):
    facts = narrate(
        "Ivo Lenz won the wet opening race, but spun in the dry second race and finished seventh."
    )
    assert placings_of(facts) == {
        ("Race", "Ivo Lenz", 1),
        ("Race 2", "Ivo Lenz", 7),
    }


def test_a_race_start_of_a_driver_names_no_race(narrate, placings_of):
    facts = narrate(
        "Otto Berg won the second race, taking the chequered flag ahead of Ugo Mele in his "
        "300th Pro race start."
    )
    assert placings_of(facts) == {("Race", "Otto Berg", 1), ("Race", "Ugo Mele", 2)}


def test_races_told_by_their_kind_are_races_of_their_own(narrate, placings_of):
    facts = narrate(
        "Ivo Lenz won the sprint race from Tim Salo. In the main event, Tim Salo finished ahead "
        "of Ivo Lenz, who was second."
    )
    assert placings_of(facts) == {
        ("Race", "Ivo Lenz", 1),
        ("Race", "Tim Salo", 2),
        ("Race 2", "Ivo Lenz", 2),
    }


def test_a_place_in_each_race_a_sentence_names(narrate, placings_of):
    facts = narrate(
        "Ugo Mele won the opening round. Ana Roth finished first in the sprint race and third "
        "in the main race."
    )
    assert ("Race 2", "Ana Roth", 1) in placings_of(facts)
    assert ("Race 3", "Ana Roth", 3) in placings_of(facts)


def test_places_listed_for_races_the_sentence_does_not_name_are_none(narrate, placings_of):
    assert placings_of(narrate("Ivo Lenz finished 2nd and 3rd in those races.")) == set()


def test_a_kind_word_that_describes_something_else_names_no_race(narrate, placings_of):
    facts = narrate(
        "Ivo Lenz won the race. Tim Salo was quick on the main straight to take second."
    )
    assert {race for race, _, _ in placings_of(facts)} == {"Race"}


def test_a_race_that_went_to_a_driver_is_his_win(narrate, placings_of):
    facts = narrate("Ana Roth won race one. Race two went to Ivo Lenz, with Tim Salo second.")
    assert placings_of(facts) == {
        ("Race", "Ana Roth", 1),
        ("Race 2", "Ivo Lenz", 1),
        ("Race 2", "Tim Salo", 2),
    }


def test_places_that_went_to_a_driver_are_no_race_won(narrate, placings_of):
    facts = narrate("Ana Roth won race one. The final places went to Ivo Lenz in sixth.")
    assert ("Race", "Ivo Lenz", 1) not in placings_of(facts)
    assert ("Race 2", "Ivo Lenz", 1) not in placings_of(facts)


def test_a_race_won_told_by_its_ordinal_alone(narrate, placings_of):
    facts = narrate(
        "Ana Roth won the opening race from Ivo Lenz. Lenz went on to win the second race, "
        "before Tim Salo won the third."
    )
    assert placings_of(facts) == {
        ("Race", "Ana Roth", 1),
        ("Race", "Ivo Lenz", 2),
        ("Race 2", "Ivo Lenz", 1),
        ("Race 3", "Tim Salo", 1),
    }


def test_an_ordinal_won_with_no_race_numbered_is_no_win(narrate, placings_of):
    assert placings_of(narrate("Ivo Lenz won the third.")) == set()


def test_a_sentence_opening_with_another_race_starts_it(narrate, placings_of):
    facts = narrate(
        "In the inaugural Club League race, Ana Roth won the race. In the Pro League race, Ana "
        "Roth and Ivo Lenz fought again. Tim Salo finished in fourth."
    )
    assert placings_of(facts) == {("Race", "Ana Roth", 1), ("Race 2", "Tim Salo", 4)}


def test_a_race_named_inside_a_sentence_without_places_starts_none(narrate, placings_of):
    facts = narrate(
        "Ana Roth won the Pro League race. She had been quick in the Club League race last "
        "year. Tim Salo finished in fourth."
    )
    assert placings_of(facts) == {("Race", "Ana Roth", 1), ("Race", "Tim Salo", 4)}


def test_a_list_of_places_is_one_per_race_told(narrate, placings_of):
    facts = narrate(
        "Ana Roth won the opening race. Ivo Lenz won the second race. Tim Salo won race three. "
        "Ugo Mele finished sixth, 12th and third."
    )
    assert {row for row in placings_of(facts) if row[1] == "Ugo Mele"} == {
        ("Race", "Ugo Mele", 6),
        ("Race 2", "Ugo Mele", 12),
        ("Race 3", "Ugo Mele", 3),
    }


def test_a_list_of_places_longer_than_the_races_told_is_none(narrate, placings_of):
    facts = narrate(
        "Ana Roth won the opening race. Ivo Lenz won the second race. "
        "Ugo Mele finished sixth, 12th and third."
    )
    assert {row for row in placings_of(facts) if row[1] == "Ugo Mele"} == set()


def test_a_sentence_naming_a_told_race_again_brings_its_places_back(narrate, placings_of):
    facts = narrate(
        "Noel Brand finished second in race 1 and Kurt Vogel won race 1. Ada Ferro was fifth in "
        "the second race.\n\n"
        "Leo Marsh and Dan Pike started race 1 in P2 and P5 but crashed out on the first lap. "
        "Kurt Vogel had a good race, and won the race narrowly ahead of Noel Brand."
    )
    assert placings_of(facts) == {
        ("Race", "Kurt Vogel", 1),
        ("Race", "Noel Brand", 2),
        ("Race 2", "Ada Ferro", 5),
    }
