"""Printed lists in shapes learned in round 12 from reports not seen before: rally crews printed
'Ann Lee-Bo Kim' after a class column, a row cut by a line break after its class's first word.
Sentences and pages are invented."""

from extractors.article import extract_article
from extractors.result_lists import parse_row_text


def printed_rows(text: str) -> list[tuple[str, list[tuple]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (
            race.name,
            [
                (r.position, r.driver, tuple(r.crew), r.time_s, r.gap_s)
                for r in race.results
                if r.method != "narrative"
            ],
        )
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


def test_a_hyphened_crew_named_in_full_is_the_driver_and_co_driver():
    row = parse_row_text("2 RX3N Ann Lee-Bo Kim 02:16.6 (*)")
    assert (row.position, row.driver, row.crew, row.unknown) == (
        2,
        "Ann Lee",
        ("Ann Lee", "Bo Kim"),
        (),
    )


def test_a_double_barrelled_surname_is_no_crew():
    row = parse_row_text("3. Ann Smith-Jones 1:02.345")
    assert (row.driver, row.crew) == ("Ann Smith-Jones", ())


def test_a_rally_classification_with_class_column_and_a_wrapped_row_is_read_whole():
    page = (
        "Invented rally news\n\n"
        "The father and son crew won the fourth round of the season after the leaders retired.\n"
        "OAKFIELD RALLY: FINAL CLASSIFICATION (8 SS)\n"
        "1 RX4 Ann Lee-Bo Kim 1h29m29.2s\n"
        "2 RX2N Cy Diaz-Di Eng 02:16.6\n"
        "3 Kite\n"
        "CUP Ed Fox-Flo Gray 02:50.6\n"
        "4 Kite CUP Gus Hale-Hal Ives 05:23.8\n"
    )
    assert printed_rows(page) == [
        (
            "Final",
            [
                (1, "Ann Lee", ("Ann Lee", "Bo Kim"), 5369.2, None),
                (2, "Cy Diaz", ("Cy Diaz", "Di Eng"), None, 136.6),
                (3, "Ed Fox", ("Ed Fox", "Flo Gray"), None, 170.6),
                (4, "Gus Hale", ("Gus Hale", "Hal Ives"), None, 323.8),
            ],
        )
    ]


def test_team_scores_over_their_riders_are_the_teams_results_not_race_headings():
    page = (
        "Invented speedway round-up\n\n"
        "The home club won the triangular meeting on Saturday.\n"
        "Scores:\n"
        "(12.06) Oakfield Triangular - Oakfield\n"
        "I Oakfield Hawks - 20:\n"
        "3. Ann Lee - 12 (3,3,3,3)\n"
        "4. Bo Kim - 8 (2,2,2,2)\n"
        "II Riverton Owls - 13:\n"
        "1. Cy Diaz - 9 (3,2,3,1)\n"
        "2. Di Eng - 4 (1,1,2,0)\n"
        "III Hillcrest Foxes - 3:\n"
        "5. Ed Fox - 1 (0,0,1,0)\n"
        "6. Flo Gray - 2 (1,1,0,0)\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [
        (r.position, r.driver, r.points, tuple(r.crew))
        for race in extraction.races
        for r in race.results
        if r.method != "narrative"
    ]
    assert rows == [
        (1, "Oakfield Hawks", 20.0, ("Ann Lee", "Bo Kim")),
        (2, "Riverton Owls", 13.0, ("Cy Diaz", "Di Eng")),
        (3, "Hillcrest Foxes", 3.0, ("Ed Fox", "Flo Gray")),
    ]
    assert [race.name for race in extraction.races if race.results] == [
        "(12.06) Oakfield Triangular - Oakfield"
    ]


def test_a_roman_place_line_without_riders_below_is_no_team_row():
    page = (
        "Invented speedway round-up\n\n"
        "I Oakfield Hawks - 20:\n"
        "The hosts were never headed on the night and won by seven points.\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert [r.driver for race in extraction.races for r in race.results] == []


def test_a_rally_time_printed_with_dots_throughout_is_a_race_time():
    from extractors.times import find_timings

    assert [t.time_s for t in find_timings("1.36.08.3")] == [5768.3]
    assert [t.time_s for t in find_timings("on 21.05.2031")] == []


def test_a_crew_the_gate_does_not_know_leaves_the_car_in_brackets_no_driver():
    row = parse_row_text("3rd (1) Ann Xyzzyq/Bo Qwrtzz (Kite N) 1.39.49.4")
    assert row.driver != "Kite N"


def test_a_co_driver_named_in_prose_is_no_result_beside_the_printed_crew():
    page = (
        "Invented rally news\n\n"
        "FINAL LEADERBOARD AFTER STAGE 12\n"
        "1st (5) Ann Lee/Bo Kim (Kite N) 1.36.08.3\n"
        "2nd (2) Cy Diaz/Di Eng (Vega N) 1.37.22.2\n"
        "3rd (9) Ned Champion/Flo Gray (Kite N) 1.39.49.4\n"
        "4th (3) Gus Hale/Hal Ives (Vega N) 1.41.22.6\n"
        "5th (7) Ian Jory/Jo Kemp (Kite C2) 1.43.01.8\n"
        "6th (14) Kay Lutz/Lou Mace (Vega N) 1.46.07.5\n\n"
        "There was no such problem however for Ann Lee and his co driver Bo Kim who scored a "
        "very impressive victory with their Kite on this opening round of the championship.\n"
        "Kay Lutz and his co driver Lou Mace, the youngest crew on the rally, rounded off the "
        "top 6 in their Vega.\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [(r.position, r.driver) for race in extraction.races for r in race.results]
    assert (6, "Lou Mace") not in rows
    assert (6, "Kay Lutz") in rows


def test_a_list_cut_above_its_winner_gives_race_times_and_no_gaps():
    page = (
        "Invented rally news\n\n"
        "4th (10) Gus Hale/Hal Ives (Vega N) 1.41.22.6\n"
        "5th (7) Ian Jory/Jo Kemp (Kite C2) 1.43.01.8\n"
        "6th (14) Kay Lutz/Lou Mace (Vega N) 1.46.07.5\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert [(r.position, r.time_s, r.gap_s) for race in extraction.races for r in race.results] == [
        (4, 6082.6, None),
        (5, 6181.8, None),
        (6, 6367.5, None),
    ]


def test_a_heat_printed_as_names_in_order_is_no_one_row():
    assert parse_row_text("1. Lutz, Mace, Nash, Orme (Pike X)").driver is None
    assert parse_row_text("2. R. Lutz, Mace, S. Lutz, Orme (D)").driver is None
    crew = parse_row_text("1. Ann Lee – Bo Kim – Cy Diaz (Kite GT3 / Apex Racing)")
    assert (crew.driver, crew.crew) == ("Apex Racing", ("Ann Lee", "Bo Kim", "Cy Diaz"))
    pair = parse_row_text("5. Ann Lee/Bo Kim, Irlanda/Grã-Bretanha (Citroën C3), a 1.57,4.")
    assert pair.driver == "Ann Lee"
