"""Whom a finishing margin is to: a team-mate named after a comma, a group (no margin), and a
driver the text does not settle (no margin). Invented sentences in the shapes of real reports."""


def margins(facts) -> list[tuple]:
    return [(i.ahead, i.behind, i.seconds) for i in facts.intervals]


def test_ahead_of_his_teammate_named_after_a_comma(narrate):
    facts = narrate(
        "Ivo Brant took the win and finished 13 seconds ahead of his Apex teammate, Tim Orr."
    )
    assert margins(facts) == [("Ivo Brant", "Tim Orr", 13.0)]


def test_adrift_of_a_group_is_no_margin(narrate):
    facts = narrate(
        "Ivo Brant won the race. Tim Orr placed 3rd, only 8 seconds adrift of the leading pair."
    )
    assert margins(facts) == []


def test_going_on_to_cross_the_line_ahead(narrate):
    facts = narrate(
        "Ivo Brant went on to cross the line an astonishing 5.3s ahead of Tim Orr in 2nd."
    )
    assert margins(facts) == [("Ivo Brant", "Tim Orr", 5.3)]


def test_a_gap_back_to_no_one_the_text_names_is_no_margin(narrate):
    facts = narrate(
        "Lea Roth was the winner of the first race, leading most laps. Tim Orr was almost 1.4 "
        "seconds back at the finish."
    )
    assert margins(facts) == []
