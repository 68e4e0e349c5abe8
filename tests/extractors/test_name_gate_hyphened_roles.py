"""A role word hyphened onto another word before a name is no part of the name."""

from extractors.name_gate import driver_name


def test_hyphened_role_before_name_is_dropped() -> None:
    assert driver_name("Wüsten-Pilot Ugo Sala") == "Ugo Sala"
    assert driver_name("Werks-Fahrerin Ann Lee") == "Ann Lee"


def test_hyphened_given_name_stays() -> None:
    assert driver_name("Jean-Marc Sala") == "Jean-Marc Sala"
    assert driver_name("Ann Lee-Orr") == "Ann Lee-Orr"


def test_role_before_one_word_names_no_driver() -> None:
    assert driver_name("Pilote Ugo") is None
    assert driver_name("Wüsten-Pilot Ugo") is None
    assert driver_name("Pilote Ugo Sala") == "Ugo Sala"
