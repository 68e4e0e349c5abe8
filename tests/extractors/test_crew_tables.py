"""A results table with a 'Driver / Co-driver' column: the crew as printed is the entry when the
car has no number (two cars of one model are no one entry), and a nation cell printing each
member's code ('GBR/GBR') gives the crew's one nation (invented tables in the shape real ones
print)."""

from extractors.document import document_from_text
from extractors.tables import _crews_nation, parse_table

TABLE = (
    "Classement final\n"
    "Pos | Pilote / Copilote | Nat | Voiture | Temps | Ecart |\n"
    "1 | Ann LEE / Bo KIM | GBR/GBR | Kite GT40 | 2h05m31s | – |\n"
    "2 | Cy DIAZ / Dan ROE | FRA/BEL | Vane Type E | 2h12m31s | 7m00s |\n"
    "3 | Eva FOX / Gus HOLT | FRA/FRA | Kite GT40 | 2h13m01s | 7m30s |\n"
)


def _rows():
    doc = document_from_text(TABLE)
    table = parse_table([b for b in doc.blocks if b.kind == "row"])
    assert table is not None and table.kind == "results"
    return [(r.position, r.driver, r.crew, r.nation, r.car) for r in table.rows]


def test_the_crew_as_printed_is_the_entry_of_an_unnumbered_car():
    assert [r[1] for r in _rows()] == [
        "Ann LEE / Bo KIM",
        "Cy DIAZ / Dan ROE",
        "Eva FOX / Gus HOLT",
    ]


def test_a_crews_codes_give_its_nation_when_they_agree():
    assert [r[3] for r in _rows()] == ["GBR", None, "FRA"]


def test_crews_nation():
    assert _crews_nation("GBR/GBR") == "GBR"
    assert _crews_nation("FRA/BEL") is None
    assert _crews_nation("GBR") is None
