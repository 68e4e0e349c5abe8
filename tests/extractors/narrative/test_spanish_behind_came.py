"""Spanish: the drivers who 'came behind' a placed driver in the same sentence ('X ganó la final,
detrás se ubicaron A y B', 'detrás llegó A'): the places after his, in their order. Invented
sentences in the shape real reports use, expectations written by hand."""

from narrative_reading import places, read


def test_the_drivers_placed_behind_the_winner_follow_him_in_order():
    facts = places(
        read(
            "Rui Lage ganó la final con 9:17,744, detrás se ubicaron Tito Bravo y Pablo Ruiz.", "es"
        )
    )
    assert facts == {"Rui Lage": 1, "Tito Bravo": 2, "Pablo Ruiz": 3}


def test_the_driver_who_came_behind_a_first_place_is_second():
    facts = places(
        read(
            "En la manga dos Rui Lage se ubicó primero tras marcar 6:12,300, detrás "
            "llegó Tito Bravo con 6:19,870.",
            "es",
        )
    )
    assert facts == {"Rui Lage": 1, "Tito Bravo": 2}


def test_behind_told_in_a_sentence_of_its_own_places_no_one():
    facts = places(read("Rui Lage ganó la final. Detrás llegaron Tito Bravo y Pablo Ruiz.", "es"))
    assert facts == {"Rui Lage": 1}
