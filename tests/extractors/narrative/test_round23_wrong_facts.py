"""Wrong facts prose gave on unseen reports, read as shapes (invented sentences and pages): a place
held while driving, a finish only looked set for, a leaderboard place, a passed driver taken for
the one who finished, a fronted place in a verbless list, a place in the standings, a place ceded
to another, a car after a possessive taken for the driver a demonym points back to."""

import pytest
from narrative_reading import read


def rows(facts) -> set[tuple]:
    return {
        (row.driver, row.position) for race in facts.races for row in race.results if row.position
    }


def nations(facts) -> list[tuple]:
    return [(n.driver, n.nation) for n in facts.driver_nations]


def test_a_place_right_after_a_participle_of_driving_is_a_running_place(narrate):
    facts = narrate(
        "The Bolt Cup went to Ashby Vale on Sunday. In the second heat Lena Hartwick was "
        "running comfortably in 3rd place until her engine let go. Tom Rudge won the heat."
    )
    assert ("Lena Hartwick", 3) not in rows(facts)
    assert ("Tom Rudge", 1) in rows(facts)


def test_a_finish_the_driver_only_looked_set_for_is_no_place(narrate):
    facts = narrate(
        "The Bolt Cup went to Ashby Vale on Sunday and Tom Rudge won. Pia Marlow seemed set "
        "to take 4th, but a late spin left her 6th at the flag."
    )
    assert ("Pia Marlow", 4) not in rows(facts)


def test_a_place_on_the_leaderboard_is_no_race_place(narrate):
    facts = narrate(
        "Tom Rudge grabbed second place on the leaderboard at Ashby Vale, while Ian Moss won "
        "the race."
    )
    assert ("Tom Rudge", 2) not in rows(facts)
    assert ("Ian Moss", 1) in rows(facts)


FRENCH_PASS = (
    "La finale de la Coupe Bolt s'est disputée à Vallon sous le soleil. Paul Derval s'impose "
    "facilement devant un public nombreux. A mi-course, Luc Marand double Jean Tiron pour "
    "prendre la 4ème place."
)


def test_a_driver_passed_in_french_is_not_the_one_who_finished():
    found = rows(read(FRENCH_PASS, "fr"))
    assert ("Jean Tiron", 4) not in found
    assert ("Luc Marand", 4) in found


PORTUGUESE_LIST = (
    "A etapa de Vale Verde teve casa cheia e muito calor. Na categoria Light, Tiago Morais "
    "(25m11s100) terminou em terceiro. Em quarto, Rui Lemos (25m20s300) e, em quinto, Davi "
    "Sarmento (25m41s050)."
)


def test_places_fronted_before_a_comma_belong_to_the_names_after_them():
    found = rows(read(PORTUGUESE_LIST, "pt"))
    assert ("Rui Lemos", 4) in found
    assert ("Davi Sarmento", 5) in found
    assert ("Rui Lemos", 5) not in found


def test_a_fronted_place_before_a_clause_with_its_own_verb_is_not_forced():
    facts = read(
        "La carrera de Vallecas tuvo mucho público y calor. Pablo Ruiz ganó con autoridad. En "
        "primer lugar, Marco Sanz reconoció que el coche no iba bien.",
        "es",
    )
    assert ("Marco Sanz", 1) not in rows(facts)


FRENCH_STANDINGS = (
    "La finale de la Coupe Bolt s'est disputée à Vallon sous le soleil. Paul Derval s'impose "
    "facilement. Au classement général, Jean Tiron reste en tête, Luc Marand est 4ème et "
    "Paul Derval est 5ème."
)


def test_places_in_a_sentence_opened_by_the_championship_are_standings():
    found = rows(read(FRENCH_STANDINGS, "fr"))
    assert ("Paul Derval", 5) not in found
    assert ("Luc Marand", 4) not in found
    assert ("Paul Derval", 1) in found


@pytest.mark.parametrize("race", ["dans la finale", "dans les courses"])
def test_a_place_the_standings_sentence_gives_in_a_named_race_stays(race):
    facts = read(
        "La finale de la Coupe Bolt s'est disputée à Vallon sous le soleil. Paul Derval s'impose "
        f"facilement. Au classement général, Jean Tiron reste en tête malgré sa 5ème place {race}.",
        "fr",
    )
    assert ("Jean Tiron", 5) in rows(facts)


def test_a_place_ceded_to_another_driver_is_no_place_of_the_subject():
    facts = read(
        "La finale de la Coupe Bolt s'est disputée à Vallon sous le soleil. Paul Derval s'impose "
        "facilement. Après une belle remontée, Luc Marand laisse finalement sa 3ème place à "
        "Jean Tiron.",
        "fr",
    )
    assert ("Luc Marand", 3) not in rows(facts)


def test_a_demonym_does_not_point_back_to_a_car_after_a_possessive():
    facts = read(
        "La Coupe Bolt accueillait un nouveau venu à Vallon. Connu pour ses courses aux "
        "commandes de sa fidèle Kite Zeta, le pilote suisse a terminé la journée sans casse.",
        "fr",
    )
    assert ("Kite Zeta", "CHE") not in nations(facts)


def test_a_demonym_still_points_back_to_the_driver_named_before():
    facts = read(
        "La Coupe Bolt accueillait Marc Delvaux à Vallon. Connu pour ses courses aux "
        "commandes de sa fidèle Kite Zeta, le pilote suisse a terminé la journée sans casse.",
        "fr",
    )
    assert ("Marc Delvaux", "CHE") in nations(facts)
