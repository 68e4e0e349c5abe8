"""Penalties in shapes learned from unseen reports in round 13 (invented sentences, expectations
written by hand): a penalty turned into seconds, seconds marked '"', penalties applied to drivers
listed after them, and an opening participle clause whose subject follows the comma."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def penalties(facts: NarrativeFacts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind) for p in facts.penalties]


def test_a_drive_through_converted_into_seconds_keeps_its_kind_and_gets_its_length():
    text = (
        "Ivo Brant, alors au volant, a été pénalisé par un drive through, converti en 25 "
        "secondes supplémentaires au temps de course."
    )
    assert penalties(read(text, "fr")) == [("Ivo Brant", 25.0, "drive-through")]
    english = "Tom Orr was given a drive-through, converted into 20 seconds after the race."
    assert penalties(read(english)) == [("Tom Orr", 20.0, "drive-through")]


def test_seconds_marked_with_a_double_prime_before_di_penalita():
    text = (
        'Al primo giro Ivo Brant ha tagliato la chicane, manovra che gli è costata 15" di penalità.'
    )
    assert penalties(read(text, "it")) == [("Ivo Brant", 15.0, "time")]


def test_time_penalties_applied_to_two_drivers_are_theirs_not_the_winner_s():
    text = (
        "Ana Lima clinched victory for Apex, after time penalties were applied to Tom Orr and "
        "Ivo Brant."
    )
    assert penalties(read(text)) == [("Tom Orr", None, "time"), ("Ivo Brant", None, "time")]


def test_an_opening_participle_clause_gives_the_penalty_to_the_name_after_its_comma():
    text = "After receiving a five-second time penalty, Orr was classified 12th."
    assert penalties(read(text)) == [("Orr", 5.0, "time")]


def test_drivers_listed_before_plural_time_penalties_each_get_one():
    text = "Ivo Brant and Tom Orr received time penalties for track limits."
    assert {p[0] for p in penalties(read(text))} == {"Ivo Brant", "Tom Orr"}
