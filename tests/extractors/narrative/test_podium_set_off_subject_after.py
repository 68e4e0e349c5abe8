"""A podium completed by a driver named last, after a phrase set off by commas ('Tras A y B
cruzó la meta, completando el podio, el chileno C'): C third, never the drivers behind whom he
finished. Invented sentences in the shape real reports use, expectations written by hand."""

from narrative_reading import places, read


def test_the_driver_after_the_set_off_podium_phrase_is_third():
    facts = places(
        read(
            "Dani Moreto ganó la carrera en Valdemora. Tras Moreto y Lage terminó la carrera, "
            "completando el podio, el chileno Tito Bravo, que había salido sexto.",
            "es",
        )
    )
    assert facts["Dani Moreto"] == 1
    assert facts["Tito Bravo"] == 3
    assert "Lage" not in facts


def test_the_driver_after_the_phrase_with_no_demonym_is_third():
    facts = places(
        read(
            "Dani Moreto ganó la carrera. Tras Moreto y Lage cruzó la meta, completando el "
            "podio, Tito Bravo.",
            "es",
        )
    )
    assert facts == {"Dani Moreto": 1, "Tito Bravo": 3}


def test_a_set_off_phrase_followed_by_another_clause_names_no_one_after_it():
    facts = places(
        read(
            "Dani Moreto ganó la carrera. Rui Lage fue segundo y Tito Bravo cruzó la meta "
            "tercero, completando el podio, por delante de Pablo Ruiz.",
            "es",
        )
    )
    assert facts.get("Pablo Ruiz") is None
    assert facts["Tito Bravo"] == 3
