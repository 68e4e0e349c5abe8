"""Round 14 causes of wrong and missed results in Italian, French, Spanish and Portuguese prose
(issue 14), found on the y/z reports. Invented sentences in the shapes real reports use,
expectations written by hand."""

import pytest
from narrative_reading import places, race_places, read

# Places told first, opening the sentence, then as many drivers named in the same order


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Vince Carla Mota. Quarto e quinto Rui Lage e Tito Bravo, entrambi su Apex.",
            "it",
        ),
        ("Carla Mota a gagné. Quatrième et cinquième Rui Lage et Tito Bravo.", "fr"),
        ("Carla Mota ganó la carrera. Cuarto y quinto, Rui Lage y Tito Bravo.", "es"),
    ],
)
def test_fronted_places_go_to_the_drivers_named_after_them_in_order(text, language):
    facts = places(read(text, language))
    assert facts["Rui Lage"] == 4
    assert facts["Tito Bravo"] == 5


def test_fronted_places_need_as_many_drivers_as_places():
    facts = places(read("Vince Carla Mota. Quarto e quinto Rui Lage, poi Tito Bravo.", "it"))
    assert "Tito Bravo" not in facts or facts["Tito Bravo"] != 5


# A place lost on the last lap is not the place the driver finished in


def test_a_place_lost_is_not_the_drivers_result_in_italian():
    facts = places(
        read(
            "Nella finale si impone Carla Mota contro Rui Lage (Apex) che all'ultimo giro ha "
            "perduto anche la seconda posizione.",
            "it",
        )
    )
    assert facts.get("Carla Mota") == 1
    assert "Rui Lage" not in facts


# A class opened by Italian 'In' and a class code, as by 'Nella'


def test_italian_in_and_a_class_code_open_the_class():
    facts = read("In KZ9 si impone Carla Mota davanti a Rui Lage.", "it")
    assert [race.name for race in facts.races] == ["KZ9"]
    assert places(facts) == {"Carla Mota": 1, "Rui Lage": 2}


def test_italian_in_and_a_country_open_no_class():
    facts = read("In Spagna si impone Carla Mota davanti a Rui Lage.", "it")
    assert all(race.name != "Spagna" for race in facts.races)


# A paragraph telling the qualifying session: its places are the grid's, not results


def finishes(text: str, language: str) -> dict[str, int | None]:
    """Driver -> position of the rows of races that are not qualifying sessions."""
    return race_places(read(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Carla Mota venceu a corrida e Tito Bravo ficou em 12º lugar.\n\n"
            "Antes, os pilotos foram para o treino classificatório, que definiu o grid. "
            "Rui Lage fez a pole. Tito Bravo ficou em nono.",
            "pt",
        ),
        (
            "Carla Mota ganó la carrera y Tito Bravo fue 12º.\n\n"
            "Antes, los pilotos salieron a la pista para la calificación. "
            "Rui Lage logró la pole. Tito Bravo quedó noveno.",
            "es",
        ),
    ],
)
def test_places_in_a_paragraph_telling_qualifying_are_no_results(text, language):
    facts = finishes(text, language)
    assert facts.get("Carla Mota") == 1
    assert facts.get("Tito Bravo") in (12, None)


def test_a_race_told_after_the_session_ends_it():
    text = (
        "Os pilotos foram para o treino classificatório. Rui Lage fez a pole. "
        "Na corrida, Carla Mota venceu e Tito Bravo ficou em segundo."
    )
    facts = finishes(text, "pt")
    assert facts.get("Carla Mota") == 1
    assert facts.get("Tito Bravo") == 2
