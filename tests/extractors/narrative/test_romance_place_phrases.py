"""Place phrases of French, Italian, Spanish and Portuguese prose: the step of the podium a driver
takes, a place after 'to finish' or 'only', a place noun before its number, a place opening the
sentence before its verb. Invented sentences in the shapes real reports use, expectations
written by hand."""

import pytest
from narrative_reading import places, read

# The step of the podium: the highest is the win, the last or lowest is third, a numbered one
# is its place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Paul Rivet monte sur la plus haute marche du podium.", 1),
        ("Paul Rivet s'empare de la dernière marche du podium.", 3),
        ("Paul Rivet finit sur la 3e marche du podium après être parti de la 13e place.", 3),
    ],
)
def test_a_step_of_the_podium_is_a_place_in_french(text, place):
    assert places(read(text, "fr"))["Paul Rivet"] == place


# A place after 'to finish' ('pour finir 6e') or after 'only' ('ne termine que 11e')


def test_a_place_after_the_infinitive_to_finish_in_french():
    facts = places(read("Paul Rivet remonte de l'arrière pour finir 6e.", "fr"))
    assert facts["Paul Rivet"] == 6


def test_a_place_after_only_is_still_the_place_in_french():
    facts = places(read("Paul Rivet ne termine que 11e, avec quelques belles spéciales.", "fr"))
    assert facts["Paul Rivet"] == 11


# A place noun before its number in Spanish: 'el puesto 30'


def test_a_place_noun_before_its_number_in_spanish():
    facts = places(
        read("Pablo Ruiz culminó el puesto 30 después de largar desde la posición 43.", "es")
    )
    assert facts["Pablo Ruiz"] == 30


# A place opening the sentence, then its verb and the driver: 'No terceiro lugar ficou X'


def test_a_place_opening_the_sentence_before_its_verb_in_portuguese():
    facts = places(read("No terceiro lugar ficou Paulo Nunes, que tinha largado em décimo.", "pt"))
    assert facts["Paulo Nunes"] == 3


# A win told as 'il successo', and an adverb opening the sentence that is no part of the name


def test_a_win_told_as_the_success_in_italian():
    facts = places(read("Qui Andrea Tonelli ha guadagnato il successo su Matteo Orsi.", "it"))
    assert facts.get("Andrea Tonelli") == 1
    assert "Qui Andrea Tonelli" not in facts


# A top completed by names each set off with their own place: each takes his own place, the
# first is not the top's last


def test_a_top_completed_by_names_with_their_own_places_in_italian():
    facts = places(
        read(
            "Vince Carlo Mori. Completano la top 10 Marco Bellini (Apex Kart), ottavo, "
            "Luca Verdi, nono, e Paolo Neri, decimo.",
            "it",
        )
    )
    assert facts["Marco Bellini"] == 8
    assert facts["Luca Verdi"] == 9
    assert facts["Paolo Neri"] == 10


def test_a_top_completed_by_one_name_gives_him_its_last_place_in_italian():
    assert places(read("Marco Bellini chiude la top 10.", "it"))["Marco Bellini"] == 10


# A place that 'fell to' a driver in Spanish: 'el tercer lugar le correspondió a X'


def test_a_place_that_fell_to_a_driver_in_spanish():
    facts = places(
        read("Ganó Nicolás Zotti. El tercer lugar le correspondió a Martín Casas.", "es")
    )
    assert facts["Martín Casas"] == 3


# The place a Spanish driver started from: 'comenzó desde la undécima plaza' (2a02 shape)


def test_a_place_started_from_is_no_result_in_spanish():
    facts = places(
        read(
            "Ganó Nicolás Zotti. Pedro Ruiz, que comenzó desde la undécima plaza, "
            "terminó la carrera un puesto por delante.",
            "es",
        )
    )
    assert "Pedro Ruiz" not in facts
