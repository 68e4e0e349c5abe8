"""'from <country>' after a driver's bracket of chassis and engine ('A (Kite/Vortex) from
Brazil') is the driver's nation, never the make's in the bracket (invented sentences in the shape
of real reports, expectations written by hand)."""

from narrative_reading import nations, read


def test_a_german_from_after_a_bracket_of_makes_is_the_drivers():
    text = (
        "Rang zwei holte sich der Belgier Remi Vaust (Kite Kart/Vortex) vor "
        "Luca Brenn (Kosmo Kart/Ennio Vortex) aus Brasilien."
    )
    found = nations(read(text, "de"))
    assert found.get("Luca Brenn") == "BRA"
    assert "Ennio Vortex" not in found


def test_an_english_from_after_a_bracket_of_makes_is_the_drivers():
    text = (
        "Second was Paul Arnaud (Kite Kart/Vortex) ahead of Luca Brenn (Kart Republic/Vortex) "
        "from Brazil."
    )
    found = nations(read(text, "en"))
    assert found == {"Luca Brenn": "BRA"}


def test_a_plain_from_still_reads():
    text = "Luca Brenn from Brazil took the win ahead of Tom Vale."
    assert nations(read(text, "en")) == {"Luca Brenn": "BRA"}
