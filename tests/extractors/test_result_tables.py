"""Result and standings tables (docs/formats.md §2, §3): header words in six languages, any column
order and subset, no position column, no header row at all."""

import pytest

from extractors.document import Block
from extractors.tables import header_kinds, infer_kinds, parse_table


def table(*rows: str) -> list[Block]:
    blocks, start = [], 0
    for text in rows:
        cells = tuple(cell.strip() for cell in text.split("|"))
        blocks.append(Block("row", " | ".join(cells), start, cells=cells, group=1))
        start += len(blocks[-1].text) + 1
    return blocks


def test_header_row_in_the_usual_order():
    parsed = parse_table(table(
        "Pos | Driver | Nation | Car | Time/Gap | Points",
        "1 | Ana Ribeiro | Portugal | Porsche 911 RSR | 24 laps | 25",
        "2 | Tomas Berg | Norway | Porsche 911 RSR | +2.318 | 18",
    ))  # fmt: skip
    assert parsed.kind == "results"
    first, second = parsed.rows
    assert (first.position, first.driver, first.nation, first.car, first.laps) == (
        1, "Ana Ribeiro", "PRT", "Porsche 911 RSR", 24,
    )  # fmt: skip
    assert (second.position, second.gap_s) == (2, pytest.approx(2.318))


def test_columns_in_any_order_and_subset():
    parsed = parse_table(table(
        "Gap | Country | Driver",
        "12 laps | POR | Ana Ribeiro",
        "+0.310 | NED | Kaj de Bruin",
    ))  # fmt: skip
    assert [(r.driver, r.nation, r.gap_s, r.laps) for r in parsed.rows] == [
        ("Ana Ribeiro", "PRT", None, 12), ("Kaj de Bruin", "NLD", pytest.approx(0.31), None),
    ]  # fmt: skip
    assert all(r.position is None for r in parsed.rows)  # order implies it later


@pytest.mark.parametrize(
    "header",
    [
        "Pos. | Pilota | Nazione | Distacco",  # Italian
        "Posición | Piloto | País | Diferencia",  # Spanish
        "Posição | Piloto | País | Diferença",  # Portuguese
        "Pos. | Pilote | Pays | Écart",  # French
        "Platz | Fahrer | Land | Abstand",  # German
    ],
)
def test_header_words_in_five_more_languages(header):
    assert header_kinds([c.strip() for c in header.split("|")]) == [
        "position",
        "driver",
        "nation",
        "time",
    ]


def test_a_table_whose_first_row_is_data_gets_its_columns_inferred():
    parsed = parse_table(table(
        "1 | Ana Ribeiro | Portugal | 24 laps",
        "2 | Tomas Berg | Norway | +2.318",
        "3 | Li Wen | China | +14.205",
    ))  # fmt: skip
    assert [(r.position, r.driver, r.nation) for r in parsed.rows] == [
        (1, "Ana Ribeiro", "PRT"), (2, "Tomas Berg", "NOR"), (3, "Li Wen", "CHN"),
    ]  # fmt: skip


def test_inferred_integer_columns_tell_positions_from_points():
    rows = [["1", "Ana Ribeiro", "25"], ["2", "Tomas Berg", "18"], ["3", "Li Wen", "15"]]
    assert infer_kinds(rows) == ["position", "driver", "points"]


def test_a_points_table_without_times_is_standings():
    parsed = parse_table(table("Pos | Driver | Points", "1 | Ana Ribeiro | 61", "2 | T. Berg | 52"))
    assert parsed.kind == "standings"
    assert [(r.position, r.driver, r.points) for r in parsed.rows] == [
        (1, "Ana Ribeiro", 61), (2, "T. Berg", 52),
    ]  # fmt: skip


def test_a_result_table_with_points_stays_a_result_table():
    parsed = parse_table(
        table("Driver | Gap | Pts", "Ana Ribeiro | 24 laps | 25", "Tomas Berg | +1.2 | 18")
    )
    assert parsed.kind == "results"


def test_a_table_without_drivers_is_neither():
    assert (
        parse_table(table("Round | Venue | Date", "1 | Lisbon | 3 May", "2 | Tokyo | 7 June"))
        is None
    )


def test_statuses_and_deficits_in_the_time_column():
    parsed = parse_table(table(
        "Driver | Nation | Time",
        "Ana Ribeiro | POR | 24 laps",
        "Tomas Berg | NOR | +1 Lap",
        "Li Wen | CHN | Ritirato",
    ))  # fmt: skip
    assert [(r.status, r.laps_down) for r in parsed.rows] == [
        ("finished", None), ("lapped", 1), ("dnf", None),
    ]  # fmt: skip


def test_a_driver_cell_with_a_code_in_brackets_gives_the_nation():
    parsed = parse_table(
        table("Pos | Driver | Gap", "1 | Ana Ribeiro (POR) | 24 laps", "2 | Li Wen (HK) | +0.4")
    )
    assert [r.nation for r in parsed.rows] == ["PRT", "HKG"]
