"""A penalty given to a car or a team after 'to' (invented sentences in the shapes of real
reports): the entry's, never the sentence's subject's."""

from narrative_reading import read


def drivers(text: str, language: str = "en") -> set[str | None]:
    return {p.driver for p in read(text, language).penalties}


def test_spanish_penalty_to_a_teams_car_is_not_the_winners():
    text = (
        "Luis Prado y Marco Ruiz ganan, tras una penalización de tiempo al coche del equipo "
        "Apex Motorsport."
    )
    assert "Marco Ruiz" not in drivers(text, "es")


def test_english_penalty_to_a_car_is_not_the_subjects():
    assert "Kurt Olsen" not in drivers("Kurt Olsen won after a penalty to the Apex car.")


def test_a_penalty_to_a_named_driver_is_his():
    assert drivers("Kurt Olsen won after a penalty to Dan Ray.") == {"Dan Ray"}


def test_a_penalty_with_no_entry_after_it_stays_the_subjects():
    assert drivers("Kurt Olsen got a five-second penalty for track limits.") == {"Kurt Olsen"}
