"""Result and standings tables (docs/formats.md §2, §3): header words in six languages, any column
order and subset, no position column, no header row at all."""

import pytest

from extractors.document import Block
from extractors.tables import class_results, header_kinds, infer_kinds, parse_table


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


def test_a_teams_standings_table_names_each_team_as_the_entrant():
    parsed = parse_table(table(
        "Rank | +/- | No. | Car | Team | Points | Behind | Wins",
        "1 | -- | 46 |  | Apex Racing | 37 | 0 | 1",
        "2 | 1 | 18 |  | Kite GP | 33 | -4 | 1",
        "2 | new | 123 |  | KRT Sim Team | 33 | -4 | 0",
    ))  # fmt: skip
    assert parsed.kind == "standings" and parsed.entrants
    assert [(r.position, r.driver, r.car_number, r.points) for r in parsed.rows] == [
        (1, "Apex Racing", "46", 37), (2, "Kite GP", "18", 33), (2, "KRT Sim Team", "123", 33),
    ]  # fmt: skip


def test_a_drivers_column_of_crews_makes_the_team_the_entrant():
    parsed = parse_table(table(
        "Pos | No. | Team | Drivers | Laps | Gap",
        "1 | 7 | Apex Racing | Ann Lee / Bo Kim / Cy Diaz | 120 | 6:00:13.456",
        "2 | 12 | Kite GP | Dan Roe, Eve Fox | 120 | +4.120",
    ))  # fmt: skip
    assert [(r.driver, r.crew, r.car_number, r.team) for r in parsed.rows] == [
        ("Apex Racing", ("Ann Lee", "Bo Kim", "Cy Diaz"), "7", None),
        ("Kite GP", ("Dan Roe", "Eve Fox"), "12", None),
    ]


def test_a_class_column_splits_the_table_into_class_classifications():
    parsed = parse_table(table(
        "Pos | Class | No. | Driver | Laps | Gap",
        "1 | LMP2 | 22 | Ana Ribeiro | 120 | 4:01:13.456",
        "2 | GTE | 91 | Li Wen | 118 | +2 Laps",
        "3 | LMP2 | 31 | Tomas Berg | 120 | +12.318",
        "4 | GTE | 51 | Bo Kim | 117 | +3 Laps",
        "5 | GTE | 64 | Cy Diaz | 118 | +1:02:33.100",
    ))  # fmt: skip
    groups = class_results(parsed)
    assert [(name, [r.driver for r in rows]) for name, rows in groups] == [
        ("LMP2", ["Ana Ribeiro", "Tomas Berg"]), ("GTE", ["Li Wen", "Bo Kim", "Cy Diaz"]),
    ]  # fmt: skip
    gte = groups[1][1]
    assert all(r.position is None and r.position_text is None for r in gte)  # order gives it
    assert [(r.laps_down, r.status, r.gap_s) for r in gte] == [
        (None, "finished", None),
        (1, "lapped", None),
        (None, "finished", None),
    ]  # fmt: skip  (a gap to the overall winner is no gap to the class winner two laps down)
    assert groups[0][1][1].gap_s == pytest.approx(12.318)


def test_a_class_column_whose_cells_do_not_repeat_is_no_class():
    parsed = parse_table(table(
        "Pos | Class | Driver | Time",
        "1 | A1 | Ana Ribeiro | 24:13.456",
        "2 | B7 | Tomas Berg | +2.318",
        "3 | C2 | Li Wen | +5.100",
    ))  # fmt: skip
    assert [name for name, _ in class_results(parsed)] == [None]


def test_class_rows_inside_a_table_start_each_class():
    parsed = parse_table(table(
        "Pos | No. | Driver | Gap",
        "LMP2 |  |  | ",
        "1 | 22 | Ana Ribeiro | 4:01:13.456",
        "2 | 31 | Tomas Berg | +12.318",
        "GTE Pro |  |  | ",
        "3 | 91 | Li Wen | +2 Laps",
        "4 | 51 | Bo Kim | +2 Laps",
    ))  # fmt: skip
    groups = class_results(parsed)
    assert [(name, [r.driver for r in rows]) for name, rows in groups] == [
        ("LMP2", ["Ana Ribeiro", "Tomas Berg"]), ("GTE Pro", ["Li Wen", "Bo Kim"]),
    ]  # fmt: skip
    assert [(r.status, r.laps_down) for r in groups[1][1]] == [("finished", None)] * 2


def test_a_gap_column_where_the_winner_has_a_short_value_states_no_gaps():
    parsed = parse_table(table(
        "Pos. | No. | Nombre | Diff",
        "1 | 14 | Ana Leal | 1.110",
        "2 | 88 | Rui Prado | 1.694",
        "3 | 22 | Ivo Reis | 7.694",
    ))  # fmt: skip
    assert [(r.position, r.driver, r.time_s, r.gap_s, r.gap_text) for r in parsed.rows] == [
        (1, "Ana Leal", None, None, None),
        (2, "Rui Prado", None, None, None),
        (3, "Ivo Reis", None, None, None),
    ]


def test_a_run_time_column_keeps_short_times():
    parsed = parse_table(table(
        "Pos | Driver | Final", "1 | Ana Leal | 38,74", "2 | Rui Prado | 39,10",
    ))  # fmt: skip
    assert [r.time_s for r in parsed.rows] == [38.74, 39.1]


def test_a_row_with_only_a_driver_is_no_class_heading():
    parsed = parse_table(table(
        "Pos | Driver | Time",
        "1 | Ana Ribeiro | 24:13.456",
        "2 | Tomas Berg | +2.318",
        " | Li Wen | ",
        "3 | Bo Kim | +5.100",
    ))  # fmt: skip
    assert [name for name, _ in class_results(parsed)] == [None]


def test_an_unheaded_number_column_that_rises_is_no_points():
    rows = [["1", "Ana Ribeiro", "4"], ["2", "Tomas Berg", "1"], ["3", "Li Wen", "7"]]
    assert infer_kinds(rows) == ["position", "driver", None]  # the grid, say


def test_a_second_unheaded_time_column_is_left_out():
    parsed = parse_table(table(
        "1 | Ana Ribeiro | Portugal | 51:04.118 | 1:45.210",
        "2 | Tomas Berg | Norway | +2.314 | 1:44.980",
    ))  # fmt: skip
    assert [(r.time_s, r.gap_s, r.gap_text) for r in parsed.rows] == [
        (3064.118, None, "51:04.118"), (None, 2.314, "+2.314"),
    ]  # fmt: skip


def test_a_time_header_over_whole_numbers_is_no_time_column():
    parsed = parse_table(table(
        "Pos | Driver | Heat | Final | Points",
        "1 | Ana Ribeiro | 2 | 1 | 50",
        "2 | Tomas Berg | 1 | 3 | 44",
    ))  # fmt: skip
    assert parsed.kind == "standings"
    assert [(r.driver, r.points) for r in parsed.rows] == [("Ana Ribeiro", 50), ("Tomas Berg", 44)]


def test_a_team_cell_with_its_car_number_and_crew_in_brackets():
    parsed = parse_table(table(
        "Pos | Team | Laps | Gap",
        "1 | #7 Apex Racing (Lee, Kim, Diaz) | 580 | 24:01:13.456",
        "2 | #12 Kite GP (Roe, Fox, Ode) | 579 | +1 Lap",
    ))  # fmt: skip
    assert [(r.position, r.car_number, r.driver, r.crew) for r in parsed.rows] == [
        (1, "7", "Apex Racing", ("Lee", "Kim", "Diaz")),
        (2, "12", "Kite GP", ("Roe", "Fox", "Ode")),
    ]


def test_crews_without_a_team_column_are_entered_by_their_car():
    parsed = parse_table(table(
        "Pos | No. | Car | Drivers | Laps",
        "1 | 7 | Porsche 911 GT3 R | Ann Lee / Bo Kim | 580",
        "2 | 12 | Audi R8 LMS | Dan Roe / Eve Fox / Cy Diaz | 579",
    ))  # fmt: skip
    assert [(r.driver, r.crew) for r in parsed.rows] == [
        ("Porsche 911 GT3 R #7", ("Ann Lee", "Bo Kim")),
        ("Audi R8 LMS #12", ("Dan Roe", "Eve Fox", "Cy Diaz")),
    ]


def test_a_car_header_over_numbers_is_the_car_number():
    parsed = parse_table(table(
        "Pos | Car | Driver | Time",
        "1 | 27 | Ana Ribeiro | 24:13.456",
        "2 | #4 | Tomas Berg | +2.318",
        "3 | 11 | Li Wen | +5.100",
    ))  # fmt: skip
    assert [(r.position, r.car_number, r.car) for r in parsed.rows] == [
        (1, "27", None), (2, "4", None), (3, "11", None),
    ]  # fmt: skip


def test_a_class_header_over_places_is_the_classification():
    parsed = parse_table(table(
        "Class. | Driver | Time", "1 | Ana Ribeiro | 24:13.456", "2 | Tomas Berg | +2.318",
    ))  # fmt: skip
    assert [(r.position, r.driver) for r in parsed.rows] == [(1, "Ana Ribeiro"), (2, "Tomas Berg")]
    assert [name for name, _ in class_results(parsed)] == [None]


def test_a_two_column_table_of_races_ordinal_places_and_numbered_drivers():
    # a results page printed as two columns: a race's name alone on its row, then its places
    # written as ordinals, each car number in the driver's cell
    parsed = parse_table(table(
        "22 cars | ",
        "Heat 1 | ",
        "1st | 71 Ann Lee",
        "2nd | 4B Bo Kim",
        "Final | ",
        "1st | K12 Cy Diaz",
        "2nd | 71 Ann Lee",
        "3rd | Unknown",
    ))  # fmt: skip
    groups = class_results(parsed)
    assert [(name, [(r.driver, r.car_number) for r in rows]) for name, rows in groups] == [
        ("Heat 1", [("Ann Lee", "71"), ("Bo Kim", "4B")]),
        ("Final", [("Cy Diaz", "K12"), ("Ann Lee", "71")]),
    ]  # fmt: skip  ('Unknown' names nobody)


def test_a_two_column_roster_numbered_by_plain_numbers_is_no_result():
    assert parse_table(table("1 | Ann Lee", "2 | Bo Kim", "3 | Cy Diaz")) is None


def test_a_number_before_the_name_without_a_place_column_is_not_taken_as_the_car():
    parsed = parse_table(table(
        "Driver | Time", "7 Ann Lee | 24:13.456", "12 Bo Kim | +2.318", "3 Cy Diaz | +5.100",
    ))  # fmt: skip
    assert [r.car_number for r in parsed.rows] == [None, None, None]


def test_a_table_with_a_race_heading_each_column_gives_each_race_its_order():
    parsed = parse_table(table(
        "RACE 4 | RACE 5 | RACE 6",
        "Ann Lee | Bo Kim | Ann Lee",
        "Bo Kim | Cy Diaz | Dag Eide",
    ))  # fmt: skip
    assert [(name, [r.driver for r in rows]) for name, rows in class_results(parsed)] == [
        ("RACE 4", ["Ann Lee", "Bo Kim"]), ("RACE 5", ["Bo Kim", "Cy Diaz"]),
        ("RACE 6", ["Ann Lee", "Dag Eide"]),
    ]  # fmt: skip


def test_columns_headed_by_other_words_are_not_races():
    assert parse_table(table("Monday | Tuesday", "Ann Lee | Bo Kim", "Cy Diaz | Dag Eide")) is None


def test_a_total_column_of_falling_whole_numbers_is_the_points():
    parsed = parse_table(table(
        "POS | DRIVER | TEAM | TOTAL | BEHIND",
        "1 | Ann Lee | Kite Racing | 2165 | -0",
        "2 | Bo Kim | Apex GP | 2087 | -78",
        "3 | Cy Diaz | Kite Racing | 1842 | -323",
    ))  # fmt: skip
    assert parsed.kind == "standings"
    assert [(r.position, r.driver, r.points) for r in parsed.rows] == [
        (1, "Ann Lee", 2165), (2, "Bo Kim", 2087), (3, "Cy Diaz", 1842),
    ]  # fmt: skip


def test_of_two_unheaded_falling_number_columns_the_more_varied_is_the_points():
    rows = [["1", "Ann Lee", "24", "25"], ["2", "Bo Kim", "24", "18"], ["3", "Cy Diaz", "23", "15"]]
    assert infer_kinds(rows) == ["position", "driver", None, "points"]
    rows = [[r[0], r[1], r[3], r[2]] for r in rows]  # the points before the laps
    assert infer_kinds(rows) == ["position", "driver", "points", None]


def test_an_interval_column_is_evidence_of_a_classification_but_no_gap_to_the_winner():
    parsed = parse_table(table(
        "Pos | Driver | Interval", "1 | Ann Lee | 51:04.118", "2 | Bo Kim | +2.314",
        "3 | Cy Diaz | +1.100",
    ))  # fmt: skip
    assert [(r.position, r.driver, r.gap_s) for r in parsed.rows] == [
        (1, "Ann Lee", None), (2, "Bo Kim", None), (3, "Cy Diaz", None),
    ]  # fmt: skip


@pytest.mark.parametrize("places", [("1st", "2nd", "3rd"), ("P1", "P2", "P3"), ("1º", "2º", "3º")])
def test_places_written_as_ordinals_make_an_unheaded_position_column(places):
    parsed = parse_table(table(
        f"{places[0]} | 7 Ann Lee", f"{places[1]} | 12 Bo Kim", f"{places[2]} | 3 Cy Diaz",
    ))  # fmt: skip
    assert [(r.position, r.driver, r.car_number) for r in parsed.rows] == [
        (1, "Ann Lee", "7"), (2, "Bo Kim", "12"), (3, "Cy Diaz", "3"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "header",
    [
        "Positie | Coureur | Ploeg | Ronden | Achterstand | Punten",  # Dutch
        "Miejsce | Kierowca | Zespół | Okrążenia | Strata | Punkty",  # Polish
    ],
)
def test_header_words_in_dutch_and_polish(header):
    kinds = header_kinds([c.strip() for c in header.split("|")])
    assert kinds == ["position", "driver", "team", "laps", "time", "points"]


def test_rows_numbered_under_a_hash_with_nothing_a_result_states_are_a_roster():
    parsed = parse_table(table(
        "# | Driver | Nat | Team", "1 | Ann Lee | GBR | Kite", "2 | Bo Kim | KOR | Apex",
        "3 | Cy Diaz | ESP | Rover",
    ))  # fmt: skip
    assert parsed.kind == "entries"
    assert [(r.driver, r.nation) for r in parsed.rows] == [
        ("Ann Lee", "GBR"), ("Bo Kim", "KOR"), ("Cy Diaz", "ESP"),
    ]  # fmt: skip
    placed = parse_table(table("Pos | Driver | Nat", "1 | Ann Lee | GBR", "2 | Bo Kim | KOR"))
    assert placed.kind == "results"


def test_a_header_word_cut_short_with_a_dot_takes_the_kind_of_the_words_it_starts():
    assert header_kinds(["POS.", "PILOTA", "SCUDERIA", "DIST."]) == [
        "position", "driver", "team", "time",
    ]  # fmt: skip
    parsed = parse_table(table(
        "POS. | PILOTA | SCUDERIA | DIST.",
        "1 | Dario VELTRONI | Kite Corse | 18 giri",
        "2 | Ugo MARCHETTI | Vane Racing | +3.112",
        "3 | Ivo SANTANGELO | Kite Corse | + 1 giro",
    ))  # fmt: skip
    assert [(r.position, r.laps, r.gap_s, r.laps_down) for r in parsed.rows] == [
        (1, 18, None, None), (2, None, pytest.approx(3.112), None), (3, None, None, 1),
    ]  # fmt: skip


def test_a_stem_two_kinds_of_header_start_names_no_column():
    assert header_kinds(["Pos", "Fahrer", "Abst.", "Nat"])[2] is None  # a gap or an interval
