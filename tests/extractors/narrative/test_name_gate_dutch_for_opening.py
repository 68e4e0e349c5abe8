"""A Dutch sentence opening on 'Voor' (for) before a name: the preposition is no part of the
name."""

from narrative_reading import places, read


def test_opening_preposition_is_no_given_name() -> None:
    text = (
        "De strijd in de Supercars ging tussen Kees Lamers en Joop Vink. Uiteindelijk was het "
        "Kees Lamers die de finish als eerste bereikte. Voor Wil Smeelings was het in de finale "
        "snel voorbij omdat hij moest opgeven met technische problemen."
    )
    got = places(read(text, "nl"))
    assert got.get("Kees Lamers") == 1
    assert not any(name.lower().startswith("voor ") for name in got)
