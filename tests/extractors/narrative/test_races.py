"""Each prose fact belongs to the race section it is told in."""

HEATS = """Heat 1

Jan Vos took the win ahead of Piet Kok.

Heat 2

Ren Sato took the win, while Aoi Mori received a drive-through for speeding.
"""

SEMIS_THEN_UNHEADED_FINAL = """Semi-Final A

Jan Vos took pole position and took the win.

Semi-Final B

Ren Sato took the win from Aoi Mori.

The grand final followed. Aoi Mori took pole position, and Jan Vos took the win.
"""


def test_facts_belong_to_the_section_they_are_told_in(narrate, placings_of):
    facts = narrate(HEATS)
    assert placings_of(facts) == {
        ("Heat 1", "Jan Vos", 1),
        ("Heat 1", "Piet Kok", 2),
        ("Heat 2", "Ren Sato", 1),
    }
    assert [(p.race, p.driver) for p in facts.penalties] == [("Heat 2", "Aoi Mori")]


def test_a_new_grid_after_a_stated_winner_starts_the_unheaded_final(narrate, placings_of):
    facts = narrate(SEMIS_THEN_UNHEADED_FINAL)
    assert ("Grand Final", "Jan Vos", 1) in placings_of(facts)
    assert ("Grand Final qualifying", "Aoi Mori", 1) in placings_of(facts)
    assert ("Semi-Final B", "Ren Sato", 1) in placings_of(facts)


def test_intro_sentence_naming_a_race_belongs_to_it(narrate, placings_of):
    text = """Ken Ota started on pole position for the sprint race in Kyoto.

Sprint race

Ken Ota took the win.

Main race

Ryo Ueda took the win.
"""
    assert ("Sprint race qualifying", "Ken Ota", 1) in placings_of(narrate(text))


def test_a_placing_in_no_race_of_an_article_with_races_is_dropped(narrate, placings_of):
    text = """Jan Vos made it through to the final in the end.

Heat 1

Piet Kok took the win.

Heat 2

Ren Sato took the win.
"""
    assert placings_of(narrate(text)) == {("Heat 1", "Piet Kok", 1), ("Heat 2", "Ren Sato", 1)}


def test_a_sentence_naming_two_races_gives_each_fact_the_race_named_next_to_it(
    narrate, placings_of
):
    text = """Ken Ota won by two seconds in the feature race after Ryo Ueda had won the sprint.

Sprint race

Ryo Ueda led every lap.

Feature race

Ken Ota was untouchable.
"""
    facts = narrate(text)
    assert {("Feature race", "Ken Ota", 1), ("Sprint race", "Ryo Ueda", 1)} <= placings_of(facts)
    assert [(i.race, i.ahead) for i in facts.intervals] == [("Feature race", "Ken Ota")]
