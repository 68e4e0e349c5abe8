"""A country written out after a driver's name and the language's 'of' ('Iker Solano de Nueva
Zelanda', 'X de los Países Bajos'), as English 'Ana Ribeiro of Portugal': invented sentences in
the shape of real reports."""

from narrative_reading import nations, read


def test_spanish_names_each_followed_by_de_and_a_country():
    text = (
        "Kite ganó la carrera por equipos con Darío Molina de los Países Bajos, Iker Solano de "
        "Nueva Zelanda y Kenji Arata de Japón al volante."
    )
    assert nations(read(text, "es")) == {
        "Darío Molina": "NLD",
        "Iker Solano": "NZL",
        "Kenji Arata": "JPN",
    }


def test_spanish_de_a_country_after_an_event_name_is_no_drivers_nation():
    text = "Darío Molina ganó el Gran Premio de España por delante de Iker Solano."
    assert nations(read(text, "es")) == {}


def test_spanish_de_a_country_after_a_word_between_is_no_drivers_nation():
    text = "Darío Molina, el ganador de Argentina, superó a Iker Solano en la final."
    assert "Darío Molina" not in nations(read(text, "es"))
