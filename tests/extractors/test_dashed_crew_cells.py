"""A header-less rally table whose crew cell prints two names split by a dash, the car's number
and the car ('Lee A. – Kim B. #2 Kite 207 S2000') is read as a classification; a column printing
one number on every row is no points column (invented tables in the shape real ones print)."""

from extractors.document import Block, document_from_text
from extractors.tables import _cell_kind, parse_table


def _blocks(lines: list[str]) -> list[Block]:
    doc = document_from_text("CLASSIFICA FINALE:\n" + "\n".join(lines) + "\n")
    return [b for b in doc.blocks if b.kind == "row"]


def test_a_dashed_crew_with_number_and_car_is_a_driver_cell():
    assert _cell_kind("Lee A. – Kim B. #2 Kite 207 S2000") == "driver"
    assert _cell_kind("Rallye des Collines #2 2021") is None


def test_a_headerless_rally_table_of_dashed_crews_is_read():
    table = parse_table(
        _blocks(
            [
                "| 1. | Lee A. – Kim B. #1 Kite Fabia S2000 | 2 | 2:26:32.2 | 76.9 |",
                "| 2. | Diaz C. – Roe D. #2 Vane 207 S2000 | 2 | 2:27:04.4 | +32.2 +32.2 |",
                "| 3. | Fox E. – Holt F. #6 Kite Fabia S2000 | 2 | 2:27:31.0 | +58.8 +26.6 |",
            ]
        )
    )
    assert table is not None and table.kind == "results"
    rows = [(r.position, r.driver, r.crew, r.car_number, r.car, r.points) for r in table.rows]
    assert rows == [
        (1, "Lee A. – Kim B.", ("Lee A.", "Kim B."), "1", "Kite Fabia S2000", None),
        (2, "Diaz C. – Roe D.", ("Diaz C.", "Roe D."), "2", "Vane 207 S2000", None),
        (3, "Fox E. – Holt F.", ("Fox E.", "Holt F."), "6", "Kite Fabia S2000", None),
    ]
    assert [r.time_s for r in table.rows] == [8792.2, 8824.4, 8851.0]
