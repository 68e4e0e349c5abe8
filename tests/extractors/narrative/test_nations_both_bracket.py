"""A bracket of 'both' and one nation after two names listed together ('A und B (beide GER)',
'A and B (both NZL)'): each of the pair is of that nation; after one name, or with a town or
two letters in it, no one is. Every text is invented."""

from tests.narrative_reading import nations, read


def test_german_pair_with_a_sports_code():
    facts = read(
        "Jonas Pfeil und seine Teamkollegen Lars Brenner und Udo Kamp (beide GER) kamen als "
        "Zweite ins Ziel.",
        "de",
    )
    found = nations(facts)
    assert found.get("Lars Brenner") == "DEU"
    assert found.get("Udo Kamp") == "DEU"
    assert "Jonas Pfeil" not in found


def test_english_pair_with_a_code():
    facts = read("Tom Vale and Ian Dale (both NZL) shared the winning car at Dunmoor.")
    assert nations(facts) == {"Tom Vale": "NZL", "Ian Dale": "NZL"}


def test_a_town_in_the_bracket_is_no_nation():
    facts = read("Lars Brenner und Udo Kamp (beide Altheim) wurden Dritte.", "de")
    assert nations(facts) == {}


def test_two_letters_in_the_bracket_are_no_nation():
    facts = read("Tom Vale and Ian Dale (both SC) shared the winning car at Dunmoor.")
    assert nations(facts) == {}


def test_one_name_before_the_bracket_is_no_pair():
    facts = read("Lars Brenner (beide GER) wurde Dritter.", "de")
    assert nations(facts) == {}
