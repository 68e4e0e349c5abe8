"""English shapes of results, penalties and nations told in prose (invented sentences in the
shapes real reports use): enumerations, win statements, medals, penalties given to the right
driver or none, nations of lists, countries that are given names, margins in words."""

from narrative_reading import nations, places

from extractors.document import document_from_text
from extractors.narrative import NarrativeFacts, extract_narrative


def read(text: str) -> NarrativeFacts:
    return extract_narrative(document_from_text(text))


def test_took_the_flag_in_first_place_followed_by_a_list():
    facts = read(
        "Lars Olsen took the flag in first place, followed by Max Kurz, Rui Silva and Tom Grant."
    )
    assert places(facts) == {"Lars Olsen": 1, "Max Kurz": 2, "Rui Silva": 3, "Tom Grant": 4}


def test_positions_five_to_eight_went_to_four_drivers_each_nation_their_own():
    facts = read(
        "Lars Olsen won the race. Positions five to eight went to Ken Ota, Pau Vidal, the "
        "Dutchman Kees Boer (Team Nord) and Leo Gatti from Italy."
    )
    assert places(facts) == {
        "Lars Olsen": 1,
        "Ken Ota": 5,
        "Pau Vidal": 6,
        "Kees Boer": 7,
        "Leo Gatti": 8,
    }
    assert nations(facts) == {"Kees Boer": "NLD", "Leo Gatti": "ITA"}


def test_a_range_the_names_do_not_fill_is_left_alone():
    facts = read("Lars Olsen won the race. Positions five to eight went to Ken Ota and Pau Vidal.")
    assert places(facts) == {"Lars Olsen": 1}


def test_held_on_for_second_ahead_of_a_list():
    facts = read(
        "Lars Olsen won the race. Max Kurz held on for second ahead of Amy Cole, Ian Byrd and "
        "Rui Prado."
    )
    assert places(facts) == {
        "Lars Olsen": 1,
        "Max Kurz": 2,
        "Amy Cole": 3,
        "Ian Byrd": 4,
        "Rui Prado": 5,
    }


def test_took_the_honours():
    assert places(read("Lars Olsen took the honours in the sprint.")) == {"Lars Olsen": 1}


def test_first_place_went_to_a_driver_from_a_country():
    facts = read("First place in the main race went to Ali Demir from Turkey.")
    assert places(facts) == {"Ali Demir": 1}
    assert nations(facts) == {"Ali Demir": "TUR"}


def test_gold_silver_and_bronze():
    facts = read("Lars Olsen claimed gold, silver went to Max Kurz and Rui Silva bagged bronze.")
    assert places(facts) == {"Lars Olsen": 1, "Max Kurz": 2, "Rui Silva": 3}


def test_a_gold_class_is_no_medal():
    assert places(read("Lars Olsen took gold class honours in qualifying.")) == {}


def test_a_move_for_the_win_that_failed_puts_the_leader_first():
    # issue 14, shape 5: "Reyes closed on Ek but couldn't make the move for the win" (Ek first,
    # Reyes second)
    facts = read("Diego Reyes closed on Per Ek but couldn't make the move for the win.")
    assert places(facts) == {"Per Ek": 1, "Diego Reyes": 2}


def test_a_penalty_for_a_named_driver_is_his():
    (penalty,) = read("Lars Olsen won after a late penalty for Pedro Ortiz.").penalties
    assert penalty.driver == "Pedro Ortiz"


def test_a_penalty_nobody_can_be_said_to_have_got_is_dropped():
    facts = read(
        "Rhys Evans collected Tom Wood at turn one. The Welshman got a three-second penalty."
    )
    assert facts.penalties == []


def test_never_penalised_is_no_penalty():
    assert read("Max Kurz was never penalised, despite contact with Rui Silva.").penalties == []


def test_a_later_mention_of_the_same_penalty_is_not_a_second_one():
    facts = read(
        "Max Kurz received a five-second penalty for track limits. Max Kurz still finished "
        "fourth despite his penalty."
    )
    assert [(p.driver, p.seconds) for p in facts.penalties] == [("Max Kurz", 5.0)]


def test_a_withdrawn_penalty_is_kept_and_marked():
    facts = read(
        "Ivan Diaz received a five-second penalty for track limits, but it was later withdrawn "
        "on appeal."
    )
    assert [(p.driver, p.seconds, p.withdrawn) for p in facts.penalties] == [
        ("Ivan Diaz", 5.0, True)
    ]


def test_championship_order_is_no_result():
    assert (
        places(read("Amy Cole leads the championship on 71, ahead of Max Kurz in second on 50."))
        == {}
    )


def test_a_possessive_country_before_a_list_of_surnames_is_theirs():
    facts = read("Diego Reyes and Pablo Ortiz made the final. Chile's Reyes and Ortiz were fast.")
    assert nations(facts) == {"Diego Reyes": "CHL", "Pablo Ortiz": "CHL"}


def test_a_possessive_country_before_full_names_is_the_first_ones_only():
    facts = read("Lars Olsen won ahead of Scotland's Callum Reid and Tom Baker.")
    assert nations(facts) == {"Callum Reid": "GBR"}


def test_gamer_a_code_with_a_possessive_and_racing_for_a_country():
    facts = read(
        "Brazilian gamer Luca Conti won the race. UK's Tom Wood finished third, and Ken Ota, "
        "racing for Japan, was fourth."
    )
    assert nations(facts) == {"Luca Conti": "BRA", "Tom Wood": "GBR", "Ken Ota": "JPN"}


def test_a_country_that_is_a_given_name_is_no_nation():
    facts = read("Jordan Clarke won the race ahead of Max Kurz.")
    assert places(facts) == {"Jordan Clarke": 1, "Max Kurz": 2}
    assert nations(facts) == {}


def test_a_margin_in_minutes_and_seconds_between_two_team_entries():
    facts = read("Team Apex finished 1 minute and 12 seconds ahead of runners-up Team Vortex.")
    assert [(i.ahead, i.behind, i.seconds) for i in facts.intervals] == [
        ("Team Apex", "Team Vortex", 72.0)
    ]
