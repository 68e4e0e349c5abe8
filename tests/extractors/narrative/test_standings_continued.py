"""Standings told in prose over more than one sentence or clause: a total after a sentence that
stated one, a total closing the sentence, and a driver's team in brackets before 'con N punti'.
Invented sentences in the shapes of real reports."""

from tests.narrative_reading import read, totals


def test_places_with_bare_totals_after_a_sentence_that_stated_one():
    facts = read(
        "El segundo puesto en el ranking fue para Ivo Brant con 116 puntos. Tercero fue el "
        "local Tim Orr con 110, cuarto se ubicó Ugo Sala con 82 y quinto fue Leo Mura con 79.",
        "es",
    )
    assert totals(facts) == {"Ivo Brant": 116, "Tim Orr": 110, "Ugo Sala": 82, "Leo Mura": 79}


def test_a_bare_number_with_no_total_before_it_is_no_standing():
    facts = read("Ivo Brant ganó la final. Tercero fue Tim Orr con 110.", "es")
    assert totals(facts) == {}


def test_a_team_in_brackets_between_driver_and_total():
    facts = read(
        "In classifica si è inserito Ivo Brant (Apex-Tm) con 44 punti.",
        "it",
    )
    assert totals(facts) == {"Ivo Brant": 44}


def test_a_kart_number_in_brackets_leaves_the_total_unowned():
    facts = read("In classifica Ivo Brant (Kart n.10) con 469 punti.", "it")
    assert totals(facts) == {}
