"""Nations stated in an apposition after a name, as one item of its bracket or after the verb
'to be' (invented sentences in the shapes of real reports, expectations written by hand)."""

import pytest
from narrative_reading import nations, read


def test_a_three_letter_code_among_the_items_of_a_bracket_is_the_nation():
    text = "Pascal Brandt (GER, Apex Racing) closed up, while Jak Ortiz (15, USA) held on."
    assert nations(read(text)) == {"Pascal Brandt": "DEU", "Jak Ortiz": "USA"}


def test_a_two_letter_item_of_a_bracket_is_no_nation():
    text = "Ana Lima (SP, Apex Racing) won the race ahead of Rui Reis (RJ, Vortex)."
    assert nations(read(text, "pt")) == {}


def test_an_italian_apposition_with_an_age_states_the_nation():
    text = "Il miglior rookie è stato Lirim Berg, 24enne tedesco di Apex Racing."
    assert nations(read(text, "it")) == {"Lirim Berg": "DEU"}


def test_a_dutch_apposition_between_dashes_is_the_last_listed_drivers():
    text = (
        "Tom Vos, Rik Bos en Jan Smit – de enige Nederlandse finalist – completeerden de top-acht."
    )
    assert nations(read(text, "nl")) == {"Jan Smit": "NLD"}


def test_a_spanish_apposition_before_a_preposition_states_the_nation():
    text = "Corrieron pilotos como Pastor Ruiz, único venezolano en ganar una carrera."
    assert nations(read(text, "es")) == {"Pastor Ruiz": "VEN"}


def test_a_new_list_item_after_a_comma_is_no_apposition():
    text = (
        "La spunta Marco Rossi su Jan Kok, e sul francese di Apex Racing Luc Morel, "
        "autore di una bella rimonta."
    )
    assert nations(read(text, "it")).get("Jan Kok") is None


def test_a_demonym_opening_a_new_clause_is_no_apposition():
    text = "Jan Vos won from Piet Kok, the German took third."
    assert nations(read(text)).get("Piet Kok") is None


def test_a_demonym_of_a_team_refers_to_no_driver():
    text = (
        "Verschoor werd tweede voor Nederland.\n\n"
        "Ondanks dat de Australische formatie buiten de top-drie eindigde, pakten zij de zege."
    )
    assert nations(read(text, "nl")).get("Verschoor") is None


def test_a_role_after_drivers_listed_together_is_not_settled():
    text = (
        "Het duel tussen Tom Vos en Carlos Ruiz eindigde in tranen voor de Spanjaard, "
        "zijn kans ging in rook op."
    )
    assert nations(read(text, "nl")) == {}


def test_a_demonym_of_a_teams_driver_named_after_a_comma():
    text = "Il se plaçait derrière le pilote danois de Red Bull, Rik Lund, jusqu'à la fin."
    assert nations(read(text, "fr")) == {"Rik Lund": "DNK"}


def test_a_demonym_of_a_team_with_no_comma_or_organisation_word_settles_no_name():
    text = "Gana Tom Vos sobre el piloto tailandés de Red Bull Alex Chai por dos segundos."
    assert nations(read(text, "es")).get("Alex Chai") is None


def test_a_demonym_of_a_place_before_a_comma_and_a_name_is_not_the_drivers():
    text = "Sur le circuit italien de Sarno, Marc Dupuis remportait la finale."
    assert nations(read(text, "fr")) == {}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [("De zege ging naar Daan Kovacs. Kovacs is een Hongaar die bij Apex rijdt.", "nl",
      {"Daan Kovacs": "HUN"}),
     ("Ann Lee won the final. Lee is a Hungarian driver, and a fast one.", "en",
      {"Ann Lee": "HUN"})],
)  # fmt: skip
def test_a_name_opening_a_sentence_is_the_demonym_the_verb_to_be_makes_it(text, language, expected):
    assert nations(read(text, language)) == expected


def test_a_demonym_of_a_team_after_the_verb_to_be_says_nothing_of_the_subject():
    assert nations(read("Lee is a Hungarian team's driver.", "en")) == {}
