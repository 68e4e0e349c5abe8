"""Result rows from lines of every shape in docs/formats.md §1 (invented names and numbers)."""

import pytest

from extractors.result_lists import (
    RowFacts,
    _without_members_brackets,
    parse_row_text,
    results_from_rows,
)


def row(text: str) -> RowFacts:
    return parse_row_text(text)


@pytest.mark.parametrize(
    ("text", "driver", "nation", "gap_s", "laps", "status"),
    [
        ("Ana Ribeiro – Portugal – 24 laps", "Ana Ribeiro", "PRT", None, 24, "finished"),
        ("Tomas Berg – Norway +2.318", "Tomas Berg", "NOR", 2.318, None, "finished"),
        ("Li Wen – China + 14.205", "Li Wen", "CHN", 14.205, None, "finished"),
        ("Ravi Menon – India +1:07.412", "Ravi Menon", "IND", 67.412, None, "finished"),
        ("Noah Keller – Switzerland N/A", "Noah Keller", "CHE", None, None, "na"),
        ("Noah Keller – Switzerland – DNF", "Noah Keller", "CHE", None, None, "dnf"),
        ("Noah Keller – Switzerland – DSQ", "Noah Keller", "CHE", None, None, "dsq"),
        ("Noah Keller – Switzerland – +1 lap", "Noah Keller", "CHE", None, None, "lapped"),
        ("Noah Keller – Switzerland – +2 Laps", "Noah Keller", "CHE", None, None, "lapped"),
        ("Kaj de Bruin – The Netherlands +8.184", "Kaj de Bruin", "NLD", 8.184, None, "finished"),
        ("Sam Okafor – United States 0.684 sec", "Sam Okafor", "USA", 0.684, None, "finished"),
        ("Sam Okafor – UK +1'05.950", "Sam Okafor", "GBR", 65.95, None, "finished"),
    ],
)
def test_name_nation_gap_shapes(text, driver, nation, gap_s, laps, status):
    facts = row(text)
    assert (facts.driver, facts.nation, facts.laps, facts.status) == (driver, nation, laps, status)
    assert facts.gap_s == (pytest.approx(gap_s) if gap_s is not None else None)
    assert facts.is_result


def test_nation_first_with_the_driver_in_brackets_and_a_car():
    facts = row("Portugal (Ana Ribeiro) – Porsche 911 RSR – +0.912s")
    assert (facts.driver, facts.nation, facts.car, facts.gap_s) == (
        "Ana Ribeiro", "PRT", "Porsche 911 RSR", pytest.approx(0.912),
    )  # fmt: skip


def test_car_in_the_row():
    facts = row("Tomas Berg – Norway – Mazda RX-Vision GT3 – +3.004s")
    assert (facts.driver, facts.nation, facts.car, facts.gap_s) == (
        "Tomas Berg", "NOR", "Mazda RX-Vision GT3", pytest.approx(3.004),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "driver", "gap_s", "laps"),
    [("A. Ribeiro – 12 Laps", "A. Ribeiro", None, 12), ("T. Berg – +0.310", "T. Berg", 0.31, None)],
)
def test_initial_and_surname(text, driver, gap_s, laps):
    facts = row(text)
    assert (facts.driver, facts.gap_s, facts.laps) == (driver, gap_s, laps)
    assert facts.is_result


@pytest.mark.parametrize(
    ("text", "position", "position_text", "nation"),
    [
        ("1. Ana Ribeiro (POR) 24 laps", 1, "1.", "PRT"),
        ("P2 Tomas Berg +2.318s", 2, "P2", None),
        ("1º Ana Ribeiro – Portogallo – 24 giri", 1, "1º", "PRT"),
        ("2° Tomas Berg – Norvegia – +0,684", 2, "2°", "NOR"),
        ("3) Li Wen (HK) +1.204", 3, "3)", "HKG"),
        ("4th Ravi Menon (IND) +3.050", 4, "4th", "IND"),
        ("12 Sam Okafor (GBR) +1 lap", 12, "12", "GBR"),
    ],
)
def test_numbered_rows(text, position, position_text, nation):
    facts = row(text)
    assert (facts.position, facts.position_text, facts.nation) == (position, position_text, nation)
    assert facts.is_result


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ribeiro – Portugal – 24 laps",  # en dash
        "Ana Ribeiro — Portugal — 24 laps",  # em dash
        "Ana Ribeiro - Portugal - 24 laps",  # hyphen with spaces
        "Ana Ribeiro-Portugal-24 laps",  # hyphen without spaces
        "Ana Ribeiro–Portugal–24 laps",  # en dash without spaces
        "Ana Ribeiro: Portugal: 24 laps",  # colon
        "Ana Ribeiro | Portugal | 24 laps",  # pipe
        "Ana Ribeiro|Portugal|24 laps",  # pipe without spaces
        "Ana Ribeiro\tPortugal\t24 laps",  # tab
        "Ana Ribeiro, Portugal, 24 laps",  # comma
    ],
)
def test_every_separator(text):
    facts = row(text)
    assert (facts.driver, facts.nation, facts.laps) == ("Ana Ribeiro", "PRT", 24)


def test_hyphenated_names_survive_bare_hyphen_separators():
    assert row("Jean-Luc Moreau – France +1.200").driver == "Jean-Luc Moreau"
    assert row("Saudi-Arabien (Faisal Al Harbi) - BMW M4 GT3 - 12,956 sec").nation == "SAU"


def test_an_online_id_in_brackets_is_not_the_name():
    facts = row("Tomas Berg (TB_Racer77) – Norway +1.200")
    assert (facts.driver, facts.nation) == ("Tomas Berg", "NOR")


def test_an_online_id_alone_stands_in_for_the_name():
    facts = row("1. TB_Racer77 – Norway – 24 laps")
    assert (facts.driver, facts.nation, facts.laps) == ("TB_Racer77", "NOR", 24)


@pytest.mark.parametrize(
    "text",
    [
        "Sprint Race: Kirkby Park, 7 Laps",
        "The French driver then disappeared up the road.",
        "Semi-Final B",
        "Race 1 Results",
        "Ana Ribeiro won the race by 2.3s after 24 laps of hard racing.",
    ],
)
def test_headings_and_prose_are_not_result_rows(text):
    assert not row(text).is_result


@pytest.mark.parametrize(
    "text", ["5 April 2020", "12. Juni 2024", "March 3, 2021", "1er juin 2023"]
)
def test_a_date_line_is_no_row(text):
    facts = parse_row_text(text)
    assert (facts.position, facts.driver) == (None, None)


def test_a_numbered_name_with_a_month_in_it_is_still_a_row():
    facts = parse_row_text("5 Ann April")
    assert (facts.position, facts.driver) == (5, "Ann April")


def test_points_make_a_standings_row_not_a_result():
    facts = row("Ana Ribeiro – 18 points")
    assert facts.is_standing and not facts.is_result
    assert facts.points == 18


def test_evidence_is_the_line_at_its_offset():
    facts = parse_row_text("Tomas Berg – Norway +2.318", 120)
    assert (facts.text, facts.start, facts.end) == ("Tomas Berg – Norway +2.318", 120, 146)


def rows_of(*lines: str) -> list:
    return results_from_rows([row(line) for line in lines], "list")


def test_positions_follow_list_order_and_equal_gaps_keep_it():
    results = rows_of(
        "Ana Ribeiro – Portugal – 24 laps",
        "Kaj de Bruin – The Netherlands +8.184",
        "Tomas Berg – Norway +8.184",
    )
    assert [(r.position, r.driver, r.gap_s) for r in results] == [
        (1, "Ana Ribeiro", None), (2, "Kaj de Bruin", 8.184), (3, "Tomas Berg", 8.184),
    ]  # fmt: skip


def test_a_list_opening_after_the_winner_keeps_the_signed_gap_of_its_first_row():
    results = rows_of(
        "12- Ana Ribeiro, Kite Racing a 1m06s954", "13- Tomas Berg, Apex GP a 1m09s100"
    )
    assert [(r.position, r.gap_s) for r in results] == [(12, 66.954), (13, 69.1)]


def test_the_winners_gap_is_none_however_printed():
    results = rows_of("1- Ana Ribeiro, Kite Racing a 1m06s954", "2- Tomas Berg, Apex GP a 2s100")
    assert [(r.position, r.gap_s) for r in results] == [(1, None), (2, 2.1)]


def test_lapped_rows_get_the_winners_laps_minus_their_deficit():
    results = rows_of("Ana Ribeiro – Portugal – 24 laps", "Tomas Berg – Norway – +2 Laps")
    assert (results[1].laps, results[1].status, results[1].gap_s) == (22, "lapped", None)


def test_a_lower_lap_count_than_the_winner_is_lapped():
    results = rows_of("Ana Ribeiro – Portugal – 24 laps", "A. Mendes – Brazil – 23 laps")
    assert (results[1].laps, results[1].status) == (23, "lapped")


def test_retired_and_disqualified_rows_are_unclassified_unless_numbered():
    results = rows_of("Ana Ribeiro – Portugal – 24 laps", "Tomas Berg – Norway – DNF")
    assert (results[1].position, results[1].status) == (None, "dnf")
    numbered = rows_of("1. Ana Ribeiro (POR) 24 laps", "2. Tomas Berg (NOR) DSQ")
    assert (numbered[1].position, numbered[1].status) == (2, "dsq")


def test_no_time_rows_keep_their_place():
    results = rows_of("Ana Ribeiro – Portugal – 24 laps", "Noah Keller – Switzerland N/A")
    assert (results[1].position, results[1].status, results[1].gap_s) == (2, "na", None)


def test_absolute_race_times_become_gaps_to_the_winner():
    results = rows_of("Ana Ribeiro – Portugal – 38:12.402", "Tomas Berg – Norway – 38:13.086")
    assert results[0].gap_s is None and results[0].gap_text is None
    assert (results[0].time_s, results[0].time_text) == (pytest.approx(2292.402), "38:12.402")
    assert results[1].gap_s == pytest.approx(0.684)
    assert results[1].time_s == pytest.approx(2293.086) and results[1].gap_text is None


def test_a_clean_row_is_more_confident_than_a_partial_one():
    clean, partial = rows_of("Ana Ribeiro – Portugal – 24 laps", "T. Berg – +0.310")
    assert clean.confidence == 0.95 and partial.confidence < clean.confidence
    assert clean.method == "list"


def test_a_flag_emoji_gives_the_nation():
    facts = row("🇯🇵 Kenji Mori – 35 laps")
    assert (facts.driver, facts.nation, facts.laps) == ("Kenji Mori", "JPN", 35)


def test_a_position_glued_to_the_name():
    facts = row("1.Ana Ribeiro (POR) 24 laps")
    assert (facts.position, facts.driver) == (1, "Ana Ribeiro")


@pytest.mark.parametrize(
    ("text", "position", "driver", "nation"),
    [
        ("1. Mira Holm SWE 24 laps", 1, "Mira Holm", "SWE"),
        ("2. Davi Rocha BRA +1.204", 2, "Davi Rocha", "BRA"),
        ("3 – Mira Holm – Sweden – +4.880", 3, "Mira Holm", "SWE"),
        ("1er Mira Holm (Suède) 14 tours", 1, "Mira Holm", "SWE"),
        ("2e Davi Rocha (Brésil) +0,845", 2, "Davi Rocha", "BRA"),
        ("4 | Davi Rocha | Brazil | +2 Laps", 4, "Davi Rocha", "BRA"),
    ],
)
def test_positions_and_bare_codes_as_real_pages_print_them(text, position, driver, nation):
    facts = row(text)
    assert (facts.position, facts.driver, facts.nation) == (position, driver, nation)


def test_a_demonym_between_hyphens_is_a_crews_surname_not_a_nation():
    facts = row("8. Rossi-Tedesco (Ford Fiesta S2000) a 7'38\"3")
    assert facts.nation is None
    assert row("Ana Ribeiro-Portugal-24 laps").nation == "PRT"


def test_a_state_code_printed_before_the_team_is_no_part_of_it():
    facts = row("14) Rui Lemos (SP, Apex Racing), a 2 voltas")
    assert (facts.driver, facts.team, facts.nation) == ("Rui Lemos", "Apex Racing", None)
    assert (facts.status, facts.laps_down) == ("lapped", 2)


def test_a_slashed_crew_ends_at_the_comma_before_its_car():
    row = parse_row_text("3 - Lindqvist/Moreau, Skoda, +1m07s4")
    assert (row.position, row.driver, row.crew, row.car, row.gap_s) == (
        3, "Lindqvist/Moreau", ("Lindqvist", "Moreau"), "Skoda", 67.4,
    )  # fmt: skip


def test_a_crew_printed_family_name_first_keeps_its_initials():
    row = parse_row_text("2. Lee, A. / Kim, B. +3.2")
    assert (row.driver, row.crew) == ("Lee, A. / Kim, B.", ("Lee, A.", "Kim, B."))


def test_a_dot_printed_before_a_rows_place_is_no_part_of_it():
    first = parse_row_text(".1. Ivo Sartori (ITA/Kite) a 2.15")
    assert (first.position, first.driver, first.gap_s) == (1, "Ivo Sartori", 2.15)
    assert parse_row_text(".12 Hugo Pasquier (FRA/Vane)").position == 12
    assert parse_row_text(".5 seconds behind").position is None


def test_a_car_by_its_number_with_its_crew_joined_by_a_conjunction():
    row = parse_row_text("#41 Rita Lemos e Caio Brandt 3:58:12.440")
    assert (row.driver, row.crew, row.time_s) == ("#41", ("Rita Lemos", "Caio Brandt"), 14292.44)
    trio = parse_row_text("#9 Rita Lemos, Caio Brandt e Teo Valim** +4.118")
    assert (trio.driver, trio.crew, trio.gap_s) == (
        "#9", ("Rita Lemos", "Caio Brandt", "Teo Valim"), 4.118,
    )  # fmt: skip


def test_a_joined_crew_needs_every_member_in_full_and_a_car_number():
    assert parse_row_text("#5 Rita Lemos and Caio").crew == ()
    assert parse_row_text("3. Rita Lemos e Caio Brandt 1:02.4").driver != "#3"


def test_a_team_entry_whose_members_print_their_cars_in_brackets_of_their_own():
    row = parse_row_text(
        "2nd : Kite Owls, 301 laps (Marsh, Doyle (1300 Vane Sprints), Penn, Orme (Vane Sprint))."
    )
    assert (row.position, row.driver, row.laps, row.crew) == (
        2, "Kite Owls", 301, ("Marsh", "Doyle", "Penn", "Orme"),
    )  # fmt: skip


def test_a_team_named_with_a_team_word_is_the_entry_of_its_crew_in_brackets():
    row = parse_row_text("3rd : Team Vale, 298 laps (Marsh, Doyle, Penn).")
    assert (row.driver, row.team, row.crew) == ("Team Vale", None, ("Marsh", "Doyle", "Penn"))


def test_a_bracket_inside_a_bracket_naming_no_list_stays():
    assert _without_members_brackets("4. Ann Lee (Kite (GBR)) 1:02.4") == (
        "4. Ann Lee (Kite (GBR)) 1:02.4"
    )
    assert _without_members_brackets("(Lee, Kim (Vane 1300) d") == "(Lee, Kim (Vane 1300) d"


@pytest.mark.parametrize(
    ("text", "driver", "team"),
    [
        ("2 - Lucas MERVAN Team Orvelle", "Lucas MERVAN", "Team Orvelle"),
        ("3 - Hugo TRESSAC Brise Club Valmont", "Hugo TRESSAC", "Brise Club Valmont"),
        ("4 - Jean-Marc DELORT Vallon Racing", "Jean-Marc DELORT", "Vallon Racing"),
    ],
)
def test_a_club_run_on_after_a_surname_in_capitals_is_the_rows_team(text, driver, team):
    found = parse_row_text(text)
    assert (found.driver, found.team) == (driver, team)


def test_no_club_is_cut_without_a_surname_in_capitals_or_a_club_word():
    assert parse_row_text("1. Ann Lee KRT Racing").team is None  # no surname in capitals
    assert parse_row_text("2. Ann LEE Dorval").driver != "Ann LEE"  # no club word after it
    assert parse_row_text("3. Ann LEE").driver == "Ann LEE"
    assert parse_row_text("4. Ann LEE MC Dorval").team == "MC Dorval"  # a club's initials open it


def test_a_crew_member_after_an_elided_particle_is_a_name():
    found = parse_row_text("2. Marlow/d'Avenne, Kite, +12s4")
    assert (found.driver, found.crew) == ("Marlow/d'Avenne", ("Marlow", "d'Avenne"))
    assert parse_row_text("2. Marlow/x'Avenne, Kite, +12s4").crew == ()
