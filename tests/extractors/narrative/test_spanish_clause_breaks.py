"""Spanish 'en tanto que' (whereas) opens a clause of its own: the place after it is its own
subject's, not the driver named before it."""

from narrative_reading import places, read


def test_en_tanto_que_opens_a_clause() -> None:
    text = (
        "La carrera la ganó Pablo Ruiz delante de Hugo Sosa. Tomás Vera fue cuarto, seguido por "
        "Martín Lugo, en tanto que el cordobés Diego Paz terminó sexto."
    )
    got = places(read(text, "es"))
    assert got["Martín Lugo"] == 5
    assert got["Diego Paz"] == 6
