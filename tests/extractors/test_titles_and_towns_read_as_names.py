"""Titles, classes, events and towns printed where a driver's name stands: a title compound
before a name is no part of it, a scope before a title noun, a class's words and an event's name
are no driver, a German noun after a possessive is no given name, a town after a town's demonym
and 'of' is cut, an article and a town's demonym are no driver; invented names and sentences."""

import pytest

from extractors.article import extract_article
from extractors.name_gate import ProseNames, driver_name, name_kind


@pytest.mark.parametrize(
    ("text", "name"),
    [("Kampioenschapsleider Ivo Brandt", "Ivo Brandt"),
     ("Clubchampion Jan Oberle", "Jan Oberle"),
     ("Gesamtsieger Ole Brandt", "Ole Brandt"),
     ("Clubkampioen Piet de Vos", "Piet de Vos")],
)  # fmt: skip
def test_a_title_compound_before_a_full_name_is_cut(text, name):
    assert name_kind(text) == "person"
    assert driver_name(text) == name


@pytest.mark.parametrize("text", ["Gesamtsieger Brandt", "Kampioenschapsleider"])
def test_a_title_compound_with_no_full_name_after_it_is_no_driver(text):
    assert driver_name(text) is None


@pytest.mark.parametrize("text", ["Ivo Feldmeister", "Ann Leider", "Tom Leader", "Bo Champion"])
def test_a_surname_that_is_a_title_noun_stays(text):
    assert driver_name(text) == text


@pytest.mark.parametrize(
    "text", ["Nordic Champ", "Continental Champ", "Dutch Champion", "Reigning Oceanic Champ"]
)
def test_a_scope_before_a_title_noun_is_no_driver(text):
    assert name_kind(text) == "other"


@pytest.mark.parametrize("text", ["Ivo Champ", "Christian Champion", "Ann Champ"])
def test_a_given_name_before_a_title_noun_stays_a_driver(text):
    assert name_kind(text) == "person"


def test_a_class_named_with_drivers_is_no_driver():
    assert name_kind("Veterans Gentlemen Drivers") == "other"


def test_an_event_named_with_an_adjective_and_safari_is_no_driver():
    assert name_kind("Nordlandskie Safari") == "other"


def test_a_german_noun_after_a_possessive_is_cut_from_the_name():
    text = "Ole Brandt gewinnt vor seinem Rivalen Jan Oberle."
    assert ProseNames(text, "de")("Rivalen Jan Oberle") == "Jan Oberle"


def test_a_title_compound_opening_a_dutch_sentence_leaves_the_driver():
    text = "Kampioenschapsleider Ivo Brandt won de race voor Jan Oberle."
    rows = [(r.position, r.driver) for race in extract_article(text).races for r in race.results]
    assert (1, "Ivo Brandt") in rows
    assert all("Kampioenschapsleider" not in driver for _, driver in rows)


@pytest.mark.parametrize(
    ("text", "language", "name", "driver"),
    [("Al comando c'è il siracusano di Pontano Ugo Sala, del team Nord.", "it", "Pontano Ugo Sala",
      "Ugo Sala"),
     ("Ganó el bonaerense de Villalta Juan Ortal Vidre.", "es", "Villalta Juan Ortal Vidre",
      "Juan Ortal Vidre")],
)  # fmt: skip
def test_a_town_after_a_demonym_and_of_is_cut_from_the_name(text, language, name, driver):
    assert ProseNames(text, language)(name) == driver


def test_a_name_after_a_word_with_no_demonym_s_ending_keeps_its_first_word():
    text = "Dopo il duello di Pontano Ugo Sala."
    assert ProseNames(text, "it")("Pontano Ugo Sala") == "Pontano Ugo Sala"


@pytest.mark.parametrize("text", ["le Courtraisien", "il Messinese"])
def test_an_article_and_a_town_s_demonym_are_no_driver(text):
    assert name_kind(text) == "other"


@pytest.mark.parametrize("text", ["le Roux", "la Fontaine", "Ann le Brun"])
def test_a_surname_after_its_particle_stays(text):
    assert name_kind(text) == "person"
