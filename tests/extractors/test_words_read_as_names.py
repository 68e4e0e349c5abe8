"""Words prose prints where a driver's name could stand that name no driver: a place or a car
after a preposition of place, a sentence's opening adverb, a team after a driver's noun and a
team's noun, a kart club, a role or a competition written as one compound word, a noun and a
particle after a German article; invented names and sentences."""

import pytest

from extractors.name_gate import ProseNames, driver_name, name_kind


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Em Vila Nova de Baixo venceu Rui Paiva.", "pt", "Vila Nova de Baixo"),
        ("Rui Paiva, em Morris Oxford, venceu a classe.", "pt", "Morris Oxford"),
        ("La pole fue de Leo Ferro en Porto Alto, y Leo Ferro ganó.", "es", "Porto Alto"),
        ("Il round si è corso in Val Bruna e Ugo Sala ha vinto.", "it", "Val Bruna"),
    ],
)  # fmt: skip
def test_a_name_after_a_preposition_of_place_is_no_driver(text, language, name):
    assert ProseNames(text, language)(name) is None


def test_a_driver_s_name_with_a_possessive_after_the_preposition_stays():
    text = "Tom Hale finished in Ian Lowe's wake. Ian Lowe won."
    assert ProseNames(text, "en")("Ian Lowe") == "Ian Lowe"


def test_the_preposition_of_place_is_the_article_s_language_s():
    text = "Nora Vik won in Tromsdal. Ana Reis em segundo."
    assert ProseNames(text, "pt")("Tromsdal") == "Tromsdal"  # 'in' is no Portuguese preposition


@pytest.mark.parametrize(
    ("text", "name", "driver"),
    [
        ("La pole fue de Ugo Sala. Finalmente Sala fue el ganador.", "Finalmente Sala", "Ugo Sala"),
        ("Finalement Luc Roux gagne devant Marc Blin.", "Finalement Luc Roux", "Luc Roux"),
    ],
)  # fmt: skip
def test_a_sentence_s_opening_adverb_is_no_part_of_the_name(text, name, driver):
    assert ProseNames(text, "es")(name) == driver


@pytest.mark.parametrize("text", ["Clemente Rossi", "Clément Vidal"])
def test_a_short_given_name_with_an_adverb_s_ending_stays(text):
    assert driver_name(text) == text


def test_a_team_after_a_driver_s_noun_and_a_team_s_noun_is_no_driver():
    text = "Lo scudiero di casa Norvale ottiene la vittoria su Ugo Sala."
    assert ProseNames(text, "it")("Norvale") is None


def test_a_kart_club_is_a_team():
    assert name_kind("Nova Kart Lindholm") == "team"
    assert driver_name("Nova Kart Lindholm") is None


@pytest.mark.parametrize("text", ["Gesamtsieger", "Klassensieger", "Klassewinnaar"])
def test_a_role_written_as_one_compound_is_no_driver(text):
    assert name_kind(text) == "other"


@pytest.mark.parametrize("text", ["Bergrallyecup", "Bergpokal", "Vizemeisterschaft"])
def test_a_competition_written_as_one_compound_is_no_driver(text):
    assert name_kind(text) == "other"


def test_a_noun_after_a_german_article_and_a_particle_leave_no_name():
    text = "Im Gegensatz zu Brandt hat der Norweger schon gewonnen. Ole Brandt wurde Dritter."
    assert ProseNames(text, "de")("Gegensatz zu Brandt") is None


def test_a_noun_after_a_german_article_then_a_particle_and_a_full_name_is_cut():
    text = "Stark war die Leistung von Jan Oberle, der Zweiter wurde."
    assert ProseNames(text, "de")("Leistung von Jan Oberle") == "Jan Oberle"
