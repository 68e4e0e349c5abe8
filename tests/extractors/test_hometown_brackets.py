"""A list whose bracket after the name holds each driver's nation ('Ann Lee (Kanada)') may print
a hometown there instead ('Bo Kim (Oberau)'): that is no team (invented pages in the shape real
ones print)."""

from extractors.article import read_structured
from extractors.document import document_from_text


def _rows(text: str) -> list[tuple[str | None, str | None, str | None]]:
    facts = read_structured(document_from_text(text))
    return [(r.driver, r.nation, r.team) for rows in facts.results.values() for r in rows]


def test_a_hometown_in_the_nation_bracket_is_no_team():
    text = (
        "Lauf 3 in Oberau (40 Runden): 1. Ann Lee (Kanada) – Kite 1:02:34,598 Std., "
        "2. Bo Kim (Oberau) – Vane +22,000 Sek., 3. Cy Diaz (Chile) – Kite +23,702, "
        "4. Dan Roe (Japan) – Vane +25,579\n"
    )
    rows = _rows(text)
    assert [r[0] for r in rows] == ["Ann Lee", "Bo Kim", "Cy Diaz", "Dan Roe"]
    assert rows[1] == ("Bo Kim", None, None)


def test_a_team_bracket_list_keeps_its_teams():
    text = (
        "Race 2 results:\n1. Ann Lee (Apex Racing) 25:01.2\n2. Bo Kim (Vane Motorsport) +1.2\n"
        "3. Cy Diaz (Apex Racing) +3.4\n"
    )
    assert [r[2] for r in _rows(text)] == ["Apex Racing", "Vane Motorsport", "Apex Racing"]
