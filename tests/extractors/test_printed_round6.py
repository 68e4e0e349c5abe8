"""Printed lists in shapes learned in round 6 (issue 13): car codes printed digits first before
the driver and alone where the driver goes later on; entrants of a company or club cup, each row
one field after its place, whatever the field looks like. Sentences and pages are invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists
from extractors.name_gate import code_owner
from extractors.result_lists import parse_row_text


def rows_of(text: str) -> list[tuple[str, list[tuple[int | None, str, str | None]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (
            race.name,
            [(r.position, r.driver, r.car_number) for r in race.results if r.method != "narrative"],
        )
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


HEATS = (
    "Club night at the oval\n\n"
    "Heat 1 – 1st 12K Ann Lee, 2nd 7B Bo Kim, 3rd 33T Cy Dow\n"
    "Heat 2 – 1st 7B, 2nd 33T, 3rd 12K\n\n"
    "The next meeting is on Friday."
)


def test_a_car_code_before_the_name_is_the_car_number():
    row = parse_row_text("1st 12K Ann Lee")
    assert (row.position, row.driver, row.car_number) == (1, "Ann Lee", "12K")


def test_a_car_code_alone_stands_where_the_driver_goes():
    row = parse_row_text("2nd 7B")
    assert (row.position, row.driver, row.car_number, row.points) == (2, "7B", "7B", None)
    assert parse_row_text("1. Ann Lee 25P").points == 25  # points after a name stay points


def test_places_before_codes_open_rows_of_a_run_together_list():
    (found,) = split_inline_lists(HEATS.split("\n")[3])
    assert [r.text for r in found.rows] == ["1st 7B", "2nd 33T", "3rd 12K"]


def test_the_code_printed_before_a_full_name_is_that_drivers():
    text = "1st 12K Ann Lee, 2nd 7B Bo Kim. Later: 1st 7B, 2nd 12K"
    assert code_owner("12K", text) == "Ann Lee"
    assert code_owner("9Z", text) is None  # printed nowhere
    assert code_owner("12K", "1st 12K Ann Lee, 3rd 12K Bo Kim") is None  # two owners


def test_heats_printed_by_car_code_name_their_drivers():
    assert rows_of(HEATS) == [
        ("Heat 1", [(1, "Ann Lee", "12K"), (2, "Bo Kim", "7B"), (3, "Cy Dow", "33T")]),
        ("Heat 2", [(1, "Bo Kim", "7B"), (2, "Cy Dow", "33T"), (3, "Ann Lee", "12K")]),
    ]


CUP = (
    "Twelve companies raced the four-hour cup on Saturday.\n\n"
    "The final order: 1. Kite Logistics SARL; 2. Ford Mazda; 3. 4B Kart; 4.Bakery Lenoir; "
    "5. Les Amis du Port; 6. Team Orvan; 7.Tekno 2; 8. Moulin père et fils; 9. Tekno 1 "
    "(a puncture cost us two laps); 10. Vela."
)


def test_entrants_of_a_company_cup_are_named_as_printed():
    ((_, rows),) = rows_of(CUP)
    assert [(p, d) for p, d, _ in rows] == [
        (1, "Kite Logistics SARL"), (2, "Ford Mazda"), (3, "4B Kart"), (4, "Bakery Lenoir"),
        (5, "Les Amis du Port"), (6, "Team Orvan"), (7, "Tekno 2"), (8, "Moulin père et fils"),
        (9, "Tekno 1"), (10, "Vela"),
    ]  # fmt: skip


def test_points_down_a_list_are_no_part_of_the_names():
    text = "Standings after round 2\n\n1. Ann Lee 25; 2. Bo Kim 18; 3. Cy Dow 15; 4. Di Roe 12"
    extraction = extract_article(text, media_type="text/plain")
    assert [(s.driver, s.points) for s in extraction.standings] == [
        ("Ann Lee", 25), ("Bo Kim", 18), ("Cy Dow", 15), ("Di Roe", 12)
    ]  # fmt: skip


def test_a_row_running_on_into_the_next_sentence_is_not_an_entrant():
    text = "Classes\n\n50cc: 1 Ann Lee, 2 Bo Kim, 3 Cy Dow. 60cc: 1 Di Roe, 2 Ed Fox, 3 Fay Orr."
    names = [d for _, rows in rows_of(text) for _, d, _ in rows]
    assert not any("." in name or "cc" in name for name in names)


PODIUMS = (
    "Only eight cars started the first feature. The podium finishers were:\n"
    "Ann Lee\n"
    "Bo Kim\n"
    "Cy Dow\n"
    "The modifieds went out next, with a big crash on lap 3. Their podium was:\n"
    "Di Roe\n"
    "Ed Fox\n"
    "Fay Orr\n"
    "See you all next week at the track."
)


def test_names_one_a_line_under_a_podium_lead_in_are_the_podium():
    assert rows_of(PODIUMS) == [
        ("Podium", [(1, "Ann Lee", None), (2, "Bo Kim", None), (3, "Cy Dow", None)]),
        ("Podium (2)", [(1, "Di Roe", None), (2, "Ed Fox", None), (3, "Fay Orr", None)]),
    ]


def test_names_under_a_lead_in_that_names_no_finish_are_no_podium():
    text = "The drivers who entered were:\nAnn Lee\nBo Kim\nCy Dow\nGates open at six."
    assert rows_of(text) == []


def test_a_class_named_digits_first_ends_the_list_before_it():
    text = "50cc: 1 Ann Lee, 2 Bo Kim, 3 Cy Dow. 125cc Seniors: 1 Di Roe, 2 Ed Fox, 3 Fay Orr."
    assert [
        (found.lead_in, [r.text for r in found.rows]) for found in split_inline_lists(text)
    ] == [
        ("50cc", ["1 Ann Lee", "2 Bo Kim", "3 Cy Dow"]),
        ("125cc Seniors", ["1 Di Roe", "2 Ed Fox", "3 Fay Orr"]),
    ]


TEAM_RELEASE = (
    "Apex Motorsport results, round 3\n\n"
    "Qualifying one\n"
    "P2 Ann Lee\n"
    "P7 Bo Kim\n\n"
    "Race one\n"
    "A clean start for Kim, who gained two places on the first lap.\n\n"
    "P6 Bo Kim\n"
    "P9 Cy Dow\n"
    "DSQ Ann Lee\n"
)


def test_a_teams_own_drivers_under_a_race_heading_keep_their_places():
    assert [(name, [(p, d) for p, d, _ in rows]) for name, rows in rows_of(TEAM_RELEASE)] == [
        ("Race one", [(6, "Bo Kim"), (9, "Cy Dow"), (None, "Ann Lee")])
    ]


def test_bare_numbers_rising_away_from_a_heading_are_no_places():
    text = "Race one\nA clean start for Kim on the first lap.\n\n6 Bo Kim\n9 Cy Dow\n"
    assert rows_of(text) == []


SCHOOLS = (
    "Results of the finals:\n"
    "Category MINI\n"
    "1. Ann Lee – Sch. No 4 Kite – Champion\n"
    "2. Bo Kim – Sch. No 8 Vela – Runner-up\n"
    "3. Cy Dow – Orvan High School – Third\n"
)


def test_a_numbered_row_with_fields_not_read_keeps_its_driver_and_no_team():
    extraction = extract_article(SCHOOLS, media_type="text/plain")
    rows = [r for race in extraction.races for r in race.results if r.method == "list"]
    assert [(r.position, r.driver, r.team) for r in rows] == [
        (1, "Ann Lee", None),
        (2, "Bo Kim", None),
        (3, "Cy Dow", "Orvan High School"),
    ]  # fmt: skip  (the third row's fields all read: its second is the team)


def test_a_sentence_numbered_like_a_row_is_no_result():
    text = "Three things to know:\n1. Make sure – bring a helmet\n2. Arrive early – it fills up\n"
    assert rows_of(text) == []


def test_a_make_glued_to_the_name_and_a_number_in_brackets_are_read_apart():
    row = parse_row_text("1-Ann LeeChevrolet Camaro ZL1(No. 25)")
    assert (row.position, row.driver, row.car, row.car_number) == (
        1, "Ann Lee", "Chevrolet Camaro ZL1", "25"
    )  # fmt: skip


def test_a_number_inside_a_schools_name_is_no_car_number():
    assert parse_row_text("1. Ann Lee – Sch. Nr 4 Kite – Champion").car_number is None
    assert parse_row_text("2-1 win for the Kite team").position is None


SCHEDULE = (
    "Completed:\n\n"
    "May 3 - Kite Vodka 150 at virtual Vela Motor Speedway. Winner: Ann Lee\n\n"
    "May 10 - Orvan Parts 125 at Hill Raceway. Winner: Bo Kim\n\n"
    "Upcoming:\n\nMay 17 at Dune Speedway."
)


def test_a_schedules_race_sentence_then_its_winner_is_that_races_result():
    extraction = extract_article(SCHEDULE, media_type="text/plain")
    assert [
        (race.name, [(r.position, r.driver) for r in race.results]) for race in extraction.races
    ] == [
        ("May 3 - Kite Vodka 150 at virtual Vela Motor Speedway.", [(1, "Ann Lee")]),
        ("May 10 - Orvan Parts 125 at Hill Raceway.", [(1, "Bo Kim")]),
    ]


TROPHY = (
    "The final table of the Endurance Trophy has Apex first with 498 points, Kite Racing second "
    "with 469 points and then: 3°: Orvan-RWT Racing Team (Kart n.24) con 381 punti, 4°: Vela "
    "Como (Kart n.5) con 349 punti, 5°: Dune (Kart n.4) con 337,5 punti, 6°: Insurance for "
    "Travel-Nord (Kart n.18) con 323 punti."
)


def test_a_count_going_on_from_a_place_told_in_prose_gives_the_entrants_points():
    extraction = extract_article(TROPHY, media_type="text/plain")
    assert [(s.position, s.driver, s.points) for s in extraction.standings] == [
        (3, "Orvan-RWT Racing Team", 381),
        (4, "Vela Como", 349),
        (5, "Dune", 337.5),
        (6, "Insurance for Travel-Nord", 323),
    ]


def test_a_count_going_on_needs_four_places_marked_alike():
    assert split_inline_lists("in 1998 the team: 3°: Ann Lee, 4°: Bo Kim, 5°: Cy Dow") == []
    assert split_inline_lists("Lap 4 Ann Lee 5 Bo Kim 6 Cy Dow 7 Di Roe") == []


CHAMPIONSHIP = (
    "Rally of the Hills report\n\n"
    "Il campionato\n\n"
    "Classifica Assoluto: Lee 59 punti; 2. Kim 35; 3. Dow 32; 4.\n\n"
    "Roe 28; 5. Fox 18.\n\n"
    "Classifica Trofeo Terra: 1. Orr 60; 2. Pitt 34; 3. Quin 32.\n\n"
    "Next round in May."
)


def test_lists_under_a_championship_heading_are_standings_across_a_wrapped_line():
    extraction = extract_article(CHAMPIONSHIP, media_type="text/plain")
    assert rows_of(CHAMPIONSHIP) == []
    assert [(s.position, s.driver, s.points) for s in extraction.standings] == [
        (1, "Lee", 59), (2, "Kim", 35), (3, "Dow", 32), (4, "Roe", 28), (5, "Fox", 18),
        (1, "Orr", 60), (2, "Pitt", 34), (3, "Quin", 32),
    ]  # fmt: skip


def test_a_series_named_championship_is_no_standings_heading():
    from extractors.standings import STANDINGS_WORDS_RE

    assert STANDINGS_WORDS_RE.search("The championship") is not None
    assert STANDINGS_WORDS_RE.search("Virtual GT Championship") is None
    assert STANDINGS_WORDS_RE.search("Il campionato italiano rally") is None


ENDURANCE = (
    "Endurance Cup, round 1\n\n"
    "Race. Vela, 23 May\n"
    "1. Ann Lee – Bo Kim – Cy Diaz (Audi R8 LMS GT3 / Apex Sport Italia) 105 giri 3:01:18.426\n"
    "2. Di Roe – Ed Fox – Fay Orr (Ferrari 488 GT3 Evo / Scuderia Nord 27) +7.402\n"
    "3. Gus Pitt – Hal Quin – Ivy Ray (Lamborghini Hura"
)


def test_a_crew_of_three_with_dashes_is_one_entry_keyed_on_its_entrant():
    extraction = extract_article(ENDURANCE, media_type="text/plain")
    rows = [r for race in extraction.races for r in race.results if r.method == "list"]
    assert [(r.position, r.driver, tuple(r.crew), r.gap_s) for r in rows] == [
        (1, "Apex Sport Italia", ("Ann Lee", "Bo Kim", "Cy Diaz"), None),
        (2, "Scuderia Nord 27", ("Di Roe", "Ed Fox", "Fay Orr"), 7.402),
    ]  # the third row, cut by the end of the page, is dropped


def test_a_name_and_its_nation_between_dashes_is_no_crew():
    row = parse_row_text("1. Ann Lee – Portugal – Kite GT3 (Apex) – 24 laps")
    assert (row.driver, row.nation, row.crew) == ("Ann Lee", "PRT", ())
