"""A results table with a 'Driver / Co-driver' column: the crew as printed is the entry when the
car has no number (two cars of one model are no one entry), and a nation cell printing each
member's code ('GBR/GBR') gives the crew's one nation (invented tables in the shape real ones
print)."""

from extractors.document import document_from_text
from extractors.tables import _crews_nation, _numbered_crew, parse_table

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


# a stage's times with no header: place, the crew's family names split by a slash with the car's
# number in brackets and the car, the stage time, the gaps to the leader and to the car ahead
STAGE = (
    "| 1 | Lee/Kimber (7) Skoda Fabia R5 | 9:41.2 | *** *** | 2 |\n"
    "| 2 | Diaz/van Roe (3) Opel Kadett GSi | 9:50.0 | +8.8 +8.8 | |\n"
    "| 3 | Fox/Holt (12) Opel Manta 400 | 10:02.5 | +21.3 +12.5 | 1 |\n"
)


def test_a_crew_with_its_number_in_brackets_and_its_car_is_the_entry():
    doc = document_from_text(STAGE)
    table = parse_table([b for b in doc.blocks if b.kind == "row"])
    assert table is not None and table.kind == "results"
    assert [(r.position, r.driver, r.crew, r.car_number, r.car, r.time_s) for r in table.rows] == [
        (1, "Lee/Kimber", ("Lee", "Kimber"), "7", "Skoda Fabia R5", 581.2),
        (2, "Diaz/van Roe", ("Diaz", "van Roe"), "3", "Opel Kadett GSi", 590.0),
        (3, "Fox/Holt", ("Fox", "Holt"), "12", "Opel Manta 400", 602.5),
    ]


def test_a_slashed_pair_before_a_bracketed_number_is_no_crew_without_a_car():
    assert _numbered_crew("Lee/Kimber (7) seconds behind") is None
    assert _numbered_crew("Lee/Kimber (7) Skoda Fabia R5") is not None
