"""A bracket of two single letters joined after a name ('(P-B)' for a two-word country's name)
is no vehicle code and team: its first letter names no nation. Invented names and sentences,
expectations written by hand."""

from narrative_reading import nations, read


def test_two_joined_initials_are_no_vehicle_code() -> None:
    facts = read(
        "Luc Morel (N-Z), Jan Peeters (P-B) et Ivo Kask (J) se sont imposés à Valdemora.", "fr"
    )
    found = nations(facts)
    assert "Jan Peeters" not in found
    assert "Luc Morel" not in found


def test_a_vehicle_code_before_a_team_still_gives_the_nation() -> None:
    facts = read("Luc Morel (F – Apex/Vortex) s'est imposé devant Jan Peeters (P-Tecno).", "fr")
    assert nations(facts) == {"Luc Morel": "FRA", "Jan Peeters": "PRT"}
