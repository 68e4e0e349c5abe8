"""A Dutch sentence opening on 'Voor' (for) before a name: the preposition is no part of the
name."""

from narrative_reading import places, read


def test_opening_preposition_is_no_given_name() -> None:
    text = (
        "In de Supercars streden Kees Lamers en Joop Vink om de zege; Kees Lamers won de race. "
        "Voor Jan de Groot was het in de finale snel gedaan: hij moest opgeven met een kapotte "
        "motor."
    )
    got = places(read(text, "nl"))
    assert got.get("Kees Lamers") == 1
    assert not any(name.lower().startswith("voor ") for name in got)
