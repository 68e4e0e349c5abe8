"""Round 13 causes of wrong and missed results in Italian, French, Spanish and Portuguese prose
(issue 14), found on reports never seen before. Invented sentences in the shapes real reports
use, expectations written by hand."""

import pytest
from narrative_reading import places, race_places, read

# Two drivers completing a top ten take its last two places, in the order named


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Carla Mota venceu a corrida. Rui Lage (Apex) e Tito Bravo (Vortex) completaram o "
            "Top 10.",
            "pt",
        ),
        ("Carla Mota ganó la carrera. Rui Lage y Tito Bravo completaron el top 10.", "es"),
        ("Carla Mota ha vinto la gara. Rui Lage e Tito Bravo hanno completato la top 10.", "it"),
        ("Carla Mota a gagné la course. Rui Lage et Tito Bravo complètent le top 10.", "fr"),
    ],
)
def test_two_drivers_completing_the_top_ten_take_ninth_and_tenth(text, language):
    assert places(read(text, language)) == {"Carla Mota": 1, "Rui Lage": 9, "Tito Bravo": 10}


def test_pt_top_completed_after_the_pole_is_the_qualifying_order():
    facts = read(
        "Rui Lage foi o pole position com 1:14.202. Nuno Sá foi o terceiro. Ivo Reis e Tito "
        "Bravo completaram o top 10 dos 18 carros.",
        "pt",
    )
    assert "Ivo Reis" not in race_places(facts)
    assert "Tito Bravo" not in race_places(facts)


def test_pt_top_completed_after_a_win_is_the_race_order_even_after_a_pole():
    facts = read(
        "Carla Mota venceu a corrida. Rui Lage, que largou da pole position, abandonou. Ivo Reis "
        "e Tito Bravo completaram o top 10.",
        "pt",
    )
    assert race_places(facts)["Ivo Reis"] == 9
    assert race_places(facts)["Tito Bravo"] == 10


# A win told of the driver disqualified in the same sentence is the win taken away


def test_it_win_of_the_driver_disqualified_is_no_result():
    facts = read(
        "Simone Bianchi ha vinto la categoria dopo la squalifica del torinese Marco Ferri, che "
        "era stato il primo sul traguardo e aveva vinto la finale.",
        "it",
    )
    assert places(facts) == {"Simone Bianchi": 1, "Marco Ferri": None}
    assert [
        r.status for race in facts.races for r in race.results if r.driver == "Marco Ferri"
    ] == ["dsq"]


def test_es_win_after_another_drivers_disqualification_stays():
    facts = read("Luis Bravo ganó la final tras la descalificación de Marco Ferri.", "es")
    assert places(facts).get("Luis Bravo") == 1


# A place lost in the race is no finish


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Paul Martin termine troisième. Louis Durand attaque, perdant lui aussi le bénéfice "
            "de sa première place.",
            "fr",
        ),
        ("Paul Martin termine troisième. Louis Durand perd sa deuxième place au freinage.", "fr"),
        ("Pablo Martín terminó tercero. Luis Durán perdió el segundo puesto en un trompo.", "es"),
        ("Paulo Martins terminou em terceiro. Luís Duarte perdeu a segunda posição no fim.", "pt"),
        ("Paolo Martini ha chiuso terzo. Luigi Durante ha perso la seconda posizione.", "it"),
    ],
)
def test_a_place_lost_is_no_finish(text, language):
    assert len(places(read(text, language))) == 1


# 'nell'ordine' fixes the order of places listed in parallel, like 'rispettivamente'


def test_it_places_in_parallel_in_that_order():
    facts = read(
        "Mario Rossi ha vinto. Luca Giliberti e Marco Leone hanno chiuso nell'ordine sul 2° e 3° "
        "gradino del podio.",
        "it",
    )
    assert places(facts) == {"Mario Rossi": 1, "Luca Giliberti": 2, "Marco Leone": 3}


# 'won again' is a win


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ricky Lemos voltou a vencer em Lausitz.", "pt"),
        ("Luis Bravo volvió a ganar en Jerez.", "es"),
        ("Luca Bravo è tornato a vincere a Lignano.", "it"),
        ("Louis Bravo a renoué avec la victoire à Lyon.", "fr"),
    ],
)
def test_won_again_is_a_win(text, language):
    assert list(places(read(text, language)).values()) == [1]


# A French crew's win told with a plural verb is its first-named driver's


def test_fr_crew_won_with_a_plural_verb():
    facts = read("Yann Kerlan et Gaëlle Morvan ont remporté la classe R2.", "fr")
    assert places(facts) == {"Yann Kerlan": 1}


# Class winners listed with each class in brackets: one win per class


def test_it_saw_class_winners_triumph_each_class_in_brackets():
    facts = read(
        "La finale nazionale di Catania ha visto trionfare Anna Conti (Lady), Piero Galli (Light "
        "75kg), Ugo Ferri (Medium 85kg) e Dario Neri (Heavy 95kg).",
        "it",
    )
    assert places(facts) == {"Anna Conti": 1, "Piero Galli": 1, "Ugo Ferri": 1, "Dario Neri": 1}
    assert len(facts.races) == 4


def test_es_class_wins_with_classes_in_brackets():
    facts = read(
        "Victorias para Tomás Ibarra (Cadete), Raúl Pinto (Sudam 125 Junior) e Iván Soto (Rotax).",
        "es",
    )
    assert places(facts) == {"Tomás Ibarra": 1, "Raúl Pinto": 1, "Iván Soto": 1}
    assert len(facts.races) == 3


def test_it_brackets_that_name_no_class_give_no_class_wins():
    facts = read(
        "La gara ha visto trionfare Marco Ferri (con la sua Dallara nuova) e Luca Bravo (secondo).",
        "it",
    )
    assert places(facts) == {}


def test_it_one_driver_with_a_bracket_is_no_list_of_classes():
    assert places(read("La finale ha visto trionfare Sara Lauri (Ferrari).", "it")) == {}


# A top closed by the driver named after the verb ('Chiude la top five X')


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Mario Rossi ha vinto. Chiude la top 5 Luca Villa, davanti a Ugo Neri.",
            "it",
            {"Mario Rossi": 1, "Luca Villa": 5, "Ugo Neri": 6},
        ),
        (
            "Mario Rossi ha vinto. Chiude la top five Luca Villa.",
            "it",
            {"Mario Rossi": 1, "Luca Villa": 5},
        ),
        ("Mario Ruiz ganó. Cierra el top 10 Pedro Gil.", "es", {"Mario Ruiz": 1, "Pedro Gil": 10}),
    ],
)
def test_top_closed_by_the_driver_after_the_verb(text, language, expected):
    assert places(read(text, language)) == expected
