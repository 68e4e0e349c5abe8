"""Which stated gaps are finishing margins: a bound ('more than'), a grid gap after 'qualified on
pole', a crew printed as a pair, a win told by its verb before 'by', and a margin of victory told
in a sentence of its own. Invented sentences in the shapes of real reports."""

from tests.narrative_reading import read


def margins(facts) -> list[tuple]:
    return [(i.ahead, i.behind, i.seconds) for i in facts.intervals]


def test_more_than_a_quantity_in_italian_is_no_margin():
    facts = read(
        "Ugo Neri ha concluso la gara in prima posizione rifilando più di 8 secondi agli "
        "avversari.",
        "it",
    )
    assert margins(facts) == []


def test_a_gap_after_qualifying_on_pole_is_no_margin(narrate):
    facts = narrate(
        "Ivo Brant qualified on pole position, just four hundredths of a second ahead of Tim Orr."
    )
    assert margins(facts) == []


def test_a_result_told_beside_qualifying_on_pole_keeps_its_margin(narrate):
    facts = narrate(
        "Ivo Brant took the checkered flag having qualified on pole with Tim Orr finishing "
        "10 seconds behind."
    )
    assert margins(facts) == [("Ivo Brant", "Tim Orr", 10.0)]


def test_a_crew_printed_as_a_pair_is_named_by_its_first(narrate):
    facts = narrate(
        "The final lap saw Ann Lee/Bo Kim beat Cal Moss/Dee Park by just 1.5 secs for second."
    )
    assert margins(facts) == [("Ann Lee", "Cal Moss", 1.5)]


def test_a_win_told_by_its_verb_before_by(narrate):
    facts = narrate(
        "A slow puncture struck late in the race, which Ivo Brant nursed home to win by just 1.5s."
    )
    assert [(i.ahead, i.seconds) for i in facts.intervals] == [("Ivo Brant", 1.5)]


def test_a_margin_of_victory_in_a_sentence_of_its_own(narrate):
    facts = narrate(
        "Ivo Brant took the lead and held off Tim Orr down the stretch to win the race at "
        "Brightwater. The margin of victory was 0.42 seconds."
    )
    assert [(i.ahead, i.seconds) for i in facts.intervals] == [("Ivo Brant", 0.42)]
