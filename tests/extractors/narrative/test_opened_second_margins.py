"""A margin told after a 'second' that opens its clause and the runner-up's name (invented
sentences in the shapes of real reports): the runner-up's gap to the winner."""

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

