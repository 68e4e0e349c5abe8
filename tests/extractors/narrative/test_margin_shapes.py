"""Finishing margins in two shapes (invented sentences in the shapes of real reports): a
'second' opening its clause, the runner-up's name and the margin (the gap to the winner); and an
English 'victory of <margin> over X'."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def intervals(facts: NarrativeFacts) -> set[tuple]:
    return {(i.ahead, i.behind, i.seconds) for i in facts.intervals}


def test_italian_second_opening_the_sentence_then_the_margin_is_behind_the_winner():
    text = "Bruno Lodi si aggiudica la gara. Secondo Enzo Pace a 10 secondi, terzo Dario Sala."
    assert intervals(read(text, "it")) == {("Bruno Lodi", "Enzo Pace", 10.0)}


def test_a_third_opening_the_clause_gives_no_margin():
    text = "Bruno Lodi si aggiudica la gara. Terzo Enzo Pace a 10 secondi."
    assert intervals(read(text, "it")) == set()


def test_english_victory_of_a_margin_over_a_driver():
    text = "Kurt Olsen passed Dan Ray on lap six to take a victory of twelve seconds over Dan Ray."
    assert intervals(read(text)) == {("Kurt Olsen", "Dan Ray", 12.0)}


def test_english_victory_of_a_margin_told_of_a_session_is_none():
    text = "Kurt Olsen took a victory of twelve seconds over Dan Ray in qualifying."
    assert intervals(read(text)) == set()
