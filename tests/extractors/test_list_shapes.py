"""Printed lists in the shapes real reports use (issue 13, lists): class headings between numbered
rows with car numbers, heats run together on one line, several classes in one paragraph with
heat scores and points, slashed crews, initials glued to surnames, race–winner lines and press
release bullets. Pages and names are invented; expectations written by hand."""

import pytest

from extractors.article import extract_article
from extractors.names import looks_like_name
from extractors.result_lists import bare_numbers_as_points, parse_row_text


def printed(text: str) -> list[tuple[str, list]]:
    """(race name, rows) of each race with rows read from lists, tables or statement lines."""
    extraction = extract_article(text, media_type="text/plain")
    return [(race.name, race.results) for race in extraction.races if race.results]


def test_a_class_heading_with_and_is_no_crew_of_the_row_above():
    text = (
        "Opening night at Invented Speedway\n"
        "Main Street Modified Division\n"
        "1. #7 Ann Lee\n2. #14B Bo Reed\n3. #3 Cy Dow\n"
        "Parts and Service Promod Division\n"
        "1. #21 Di Roe\n2. #9X Ed Fox\n3. #11 Fay Gill\n"
    )
    races = printed(text)
    assert [[(r.position, r.car_number, r.driver, r.crew) for r in rows] for _, rows in races] == [
        [(1, "7", "Ann Lee", []), (2, "14B", "Bo Reed", []), (3, "3", "Cy Dow", [])],
        [(1, "21", "Di Roe", []), (2, "9X", "Ed Fox", []), (3, "11", "Fay Gill", [])],
    ]


def test_heats_on_lines_of_their_own_stay_apart_and_whole():
    text = (
        "Invented karting report\n\n"
        "Results:\n"
        "Class Mini:\n"
        "1. heat: 1. Ana Leal (AMK Dubnica), 2. Rui Prado (Prado Club), 3. Ivo Reis (BMW Kart)\n"
        "2. heat: 1. Rui Prado, 2. Ana Leal, 3. Ivo Reis, 4. Eva Lund (Nord Club)\n"
    )
    races = printed(text)
    assert [[(r.position, r.driver) for r in rows] for _, rows in races] == [
        [(1, "Ana Leal"), (2, "Rui Prado"), (3, "Ivo Reis")],
        [(1, "Rui Prado"), (2, "Ana Leal"), (3, "Ivo Reis"), (4, "Eva Lund")],
    ]
    assert races[0][1][1].team == "Prado Club"


def test_slashed_crews_with_their_car_time_and_gaps():
    text = (
        "Invented touring car report\n\n"
        "Results | Invented Cup | Round 8\n\n"
        "1°) Lee/Roe (Toyota): 57’43”241/1000.\n\n"
        "2°) Kim/Fox Vale (Honda): a 1”219/1000.\n\n"
        "3°) Ode/Pym (Toyota): a 5”962/1000.\n"
    )
    ((_, rows),) = printed(text)
    assert [(r.position, r.driver, r.crew, r.car) for r in rows] == [
        (1, "Lee/Roe", ["Lee", "Roe"], "Toyota"),
        (2, "Kim/Fox Vale", ["Kim", "Fox Vale"], "Honda"),
        (3, "Ode/Pym", ["Ode", "Pym"], "Toyota"),
    ]
    assert [rows[0].time_s, rows[1].gap_s, rows[2].gap_s] == [3463.241, 1.219, 5.962]


def test_a_maker_before_a_slashed_crew_is_the_entrant():
    row = parse_row_text("2 Mazda Ann Lee / Bo Kim / Cy Diaz +04.120")
    assert (row.position, row.driver, row.crew, row.gap_s) == (
        2, "Mazda", ("Ann Lee", "Bo Kim", "Cy Diaz"), 4.12
    )  # fmt: skip


def test_two_classes_in_one_paragraph_with_heat_scores_and_points():
    text = (
        "Invented grasstrack meeting\n\n"
        "The meeting was stopped after three heats. Ann Lee won every heat she rode. "
        "Solo class: 1. Ann Lee (5,5,5) 15 2. Bo Reed (5,5,4) 14 3. Cy Dow (X,4,3) 7 "
        "4. Di Roe (2,2,X) 4 Sidecars: 1. Lee / Roe (4,4,4) 12 2. Kim / van Dijk (4,4,3) 11 "
        "3. Ode / Pym (3,3,3) 9\n"
    )
    races = printed(text)
    assert [name for name, _ in races] == ["Solo class", "Sidecars"]
    assert [[(r.position, r.driver, r.points, r.team) for r in rows] for _, rows in races] == [
        [(1, "Ann Lee", 15, None), (2, "Bo Reed", 14, None), (3, "Cy Dow", 7, None),
         (4, "Di Roe", 4, None)],
        [(1, "Lee / Roe", 12, None), (2, "Kim / van Dijk", 11, None), (3, "Ode / Pym", 9, None)],
    ]  # fmt: skip


def test_numbers_that_do_not_fall_are_no_points():
    rows = [parse_row_text(t) for t in ("1. Ann Lee 27", "2. Bo Reed 4", "3. Cy Dow 31")]
    assert [r.points for r in bare_numbers_as_points(rows)] == [None, None, None]
    laps = [parse_row_text(t) for t in ("1. Ann Lee 24", "2. Bo Reed 24", "3. Cy Dow 23")]
    assert [r.points for r in bare_numbers_as_points(laps)] == [None, None, None]


def test_a_heat_of_initials_glued_to_surnames_resolves_to_full_names():
    text = (
        "Invented sprint car night\n\n"
        "Qualifying: 1. Lena Moss, 19S, Moss-13.465; 2. Adam Moss, 4, Moss-13.566; "
        "3. Rex Hale, 7, Hale-13.601.\n\n"
        "FIRST HEAT: (10 laps) 1. L.Moss, 2. Hale, 3. A.Moss. NT\n"
    )
    races = printed(text)
    heat = next(rows for name, rows in races if "Heat" in name)
    assert [(r.position, r.driver) for r in heat] == [
        (1, "Lena Moss"), (2, "Rex Hale"), (3, "Adam Moss")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "expected"),
    [("L.Moss", True), ("A.J. Bender", True), ("J.-P. Roux", True), ("Ann B. Lee", True),
     ("U.S.", False), ("A.B.", False), ("Moss-13.465", False)],
)  # fmt: skip
def test_initials_before_a_surname_are_a_name(name, expected):
    assert looks_like_name(name) is expected


def test_race_and_winner_lines_make_one_race_each():
    text = (
        "Invented virtual series\n\n"
        "Invented Grand Prix results\n\n"
        "Virtual Lakeside Grand Prix – Ann Lee\n\n"
        "Virtual Harbour Grand Prix – Bo Reed\n\n"
        "25 lap Stock Car Feature - Cy Dow, Jr.\n\n"
        "Thanks for reading.\n"
    )
    races = printed(text)
    assert [(name, [(r.position, r.driver) for r in rows]) for name, rows in races] == [
        ("Virtual Lakeside Grand Prix", [(1, "Ann Lee")]),
        ("Virtual Harbour Grand Prix", [(1, "Bo Reed")]),
        ("25 lap Stock Car Feature", [(1, "Cy Dow, Jr.")]),
    ]


def test_one_race_and_winner_line_alone_is_no_result():
    text = "Invented news\n\nVirtual Lakeside Grand Prix – Ann Lee\n\nMore news soon.\n"
    assert printed(text) == []


def test_press_release_bullets_give_winners_and_stated_places():
    text = (
        "Details:\n"
        "• Race: Invented 200 (Round 4)\n"
        "• Winner: Ann Lee of Apex Motorsports\n"
        "• Heat No. 1 winner: Bo Reed of Kite Racing\n"
        "Kite eSports Results:\n"
        "• 50-Lap Heat Race\n"
        "• Cy Dow (Started 15th, Finished 16th / Accident, completed 37 of 50 laps)\n"
        "• 150-Lap Feature\n"
        "• Cy Dow: Started 32nd, Finished 11th (Running, completed 150 of 150 laps)\n"
    )
    got = {
        name: [(r.position, r.driver, r.team, r.laps, r.status) for r in rows]
        for name, rows in printed(text)
    }
    assert got == {
        "Heat No. 1": [(1, "Bo Reed", "Kite Racing", None, "finished")],
        "50-Lap Heat Race": [(16, "Cy Dow", "Kite eSports", 37, "dnf")],
        "150-Lap Feature": [
            (1, "Ann Lee", "Apex Motorsports", None, "finished"),
            (11, "Cy Dow", "Kite eSports", 150, "finished"),
        ],
    }


def test_standings_run_together_with_surnames_codes_and_abbreviated_points():
    text = (
        "Invented kart report\n\n"
        "Among the rookies the performance of Ivo Lenz stood out.\n"
        "Championship standings:\n"
        "1.Moss BUL 37 Punkte, 2.Hale GER 25 P., 3.Lenz SUI 24 P., 4.Dow GER 18 P.\n"
    )
    extraction = extract_article(text, media_type="text/plain")
    assert [(s.position, s.driver, s.nation, s.points) for s in extraction.standings] == [
        (1, "Moss", "BGR", 37), (2, "Hale", "DEU", 25), (3, "Ivo Lenz", "CHE", 24),
        (4, "Dow", "DEU", 18),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "points"),
    [("3. Ann Lee 20p.", 20), ("3. Ann Lee 25 P.", 25), ("Ann Lee 12 pts", 12),
     ("Gates open at 3 p.m.", None)],
)  # fmt: skip
def test_points_abbreviated_in_rows(line, points):
    assert parse_row_text(line).points == points


def test_a_line_of_two_rows_is_no_standings_line():
    row = parse_row_text("Class A: 1) Ann Lee (Kite Club) 20p., 2) Bo Kim")
    assert not row.is_standing


def test_nation_abbreviations_in_brackets_are_nations_or_nothing_never_teams():
    czech = parse_row_text("3. Ada Novak (ČR)")
    abbreviated = parse_row_text("1. Jan Kowal (Pol.)")
    club = parse_row_text("2. Ivo Reis (Kite Club)")
    assert (czech.driver, czech.nation, czech.team) == ("Ada Novak", "CZE", None)
    assert (abbreviated.driver, abbreviated.nation, abbreviated.team) == ("Jan Kowal", None, None)
    assert (club.driver, club.nation, club.team) == ("Ivo Reis", None, "Kite Club")


def test_a_line_of_heat_winners_gives_one_race_each():
    text = (
        "Invented speedway results\n"
        "MODIFIED\n"
        "Heat winners: Ann Lee, Bo Reed.\n"
        "25-lap feature: 1. Bo Reed, 2. Ann Lee, 3. Cy Dow.\n"
    )
    races = printed(text)
    assert [(name, [(r.position, r.driver) for r in rows]) for name, rows in races] == [
        ("Heat 1", [(1, "Ann Lee")]),
        ("Heat 2", [(1, "Bo Reed")]),
        ("25-lap feature", [(1, "Bo Reed"), (2, "Ann Lee"), (3, "Cy Dow")]),
    ]


def test_lines_of_class_winners_under_a_winners_lead_in_give_one_race_each():
    text = (
        "Invented oval night\n\nA big crowd came out for the season finale.\n\n"
        "Here are the feature winners:\n\n"
        "Late Models: Ann Lee, #27\n"
        "Pure Stocks: Bo Reed, #4x\n"
        "Mini Cups: Cy Dow\n\n"
        "Full results will follow.\n"
    )
    races = printed(text)
    assert [
        (name, [(r.position, r.driver, r.car_number) for r in rows]) for name, rows in races
    ] == [
        ("Late Models feature", [(1, "Ann Lee", "27")]),
        ("Pure Stocks feature", [(1, "Bo Reed", "4x")]),
        ("Mini Cups feature", [(1, "Cy Dow", None)]),
    ]


def test_class_and_name_lines_without_a_winners_lead_in_are_no_winners():
    text = (
        "Invented oval night\n\nThe drivers to watch this season:\n\n"
        "Late Models: Ann Lee, #27\n"
        "Pure Stocks: Bo Reed, #4\n\n"
        "Gates open at six.\n"
    )
    assert printed(text) == []


def test_class_headings_between_lists_of_a_club_s_drivers_make_one_race_each():
    text = (
        "Invented slalom opener\n\nResults:\n\n"
        "Class 1 / 22 starters\n\n6. Ann Lee\n\n"
        "Class 2 / 27 starters\n\n2. Bo Reed\n\n11.Cy Dow\n\n"
        "Class 3 / 9 starters\n\n1. Di Roe\n\n8. Ed Fox\n"
    )
    races = printed(text)
    assert [(name, [(r.position, r.driver) for r in rows]) for name, rows in races] == [
        ("Class 1 / 22 starters", [(6, "Ann Lee")]),
        ("Class 2 / 27 starters", [(2, "Bo Reed"), (11, "Cy Dow")]),
        ("Class 3 / 9 starters", [(1, "Di Roe"), (8, "Ed Fox")]),
    ]


def test_a_row_of_another_shape_above_a_cut_row_names_no_race():
    text = (
        "Standings\n\n1st – Ann Lee: 238 (0)\n2nd – Bo Reed: 206 (-32)\n3rd – Cy Dow: 189\n4th – L"
    )
    assert all(r.driver != "L" for _, rows in printed(text) for r in rows)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("**1. Ann Lee** (Apex Racing)", (1, "Ann Lee", "Apex Racing", None, None, None)),
        ("**2. Bo Kim (Kite GP)** – 18 pts", (2, "Bo Kim", "Kite GP", None, None, None)),
        ("3. “Fox” (Jaguar XF – Rossa Corse) a 59”577",
         (3, "Fox", "Rossa Corse", "Jaguar XF", 59.577, None)),
        ("1. Ivo Reis (BMW M3 E92 – Team Blu) 22 giri in 27’02”879",
         (1, "Ivo Reis", "Team Blu", "BMW M3 E92", None, 1622.879)),
        ("3. Cy Dow | 30.56.738", (3, "Cy Dow", None, None, None, 1856.738)),
        ("2. Bo Kim (Kite Racing/Honda Civic) +2.103",
         (2, "Bo Kim", "Kite Racing", "Honda Civic", 2.103, None)),
        ("5. Di Roe (Sacramento, CA)", (5, "Di Roe", None, None, None, None)),
        ("6. Ed Fox (Vila Nova-SP) +4.120", (6, "Ed Fox", None, None, 4.12, None)),
    ],
)  # fmt: skip
def test_row_shapes_bold_nicknames_car_and_team_dotted_times_hometowns(line, expected):
    row = parse_row_text(line)
    assert (row.position, row.driver, row.team, row.car, row.gap_s, row.time_s) == expected


def test_a_family_name_in_capitals_is_displayed_given_name_first():
    text = "Invented cup results\n\n1. TANAKA Aiko (JPN) 25:13.456\n2. BERG Tomas (NOR) +2.318\n"
    ((_, rows),) = printed(text)
    assert [(r.driver, r.nation, r.evidence.text[:13]) for r in rows] == [
        ("Aiko Tanaka", "JPN", "1. TANAKA Aik"), ("Tomas Berg", "NOR", "2. BERG Tomas")
    ]  # fmt: skip


def test_team_entries_run_together_with_their_numbers_and_a_cut_last_row():
    text = (
        "Invented company endurance\n\nClassification:\n\n"
        "1.APEX Ingenierie(15),2.Kite-Max(10), 3.Auto Ecole Nord(11), 4.A.B.C(1), "
        "5.SOFA 34 GBR(2), 6.Les Pin"
    )
    ((_, rows),) = printed(text)
    assert [(r.position, r.driver, r.car_number) for r in rows] == [
        (1, "APEX Ingenierie", None), (2, "Kite-Max", None), (3, "Auto Ecole Nord", None),
        (4, "A.B.C", None), (5, "SOFA 34 GBR", None),
    ]  # fmt: skip


def test_a_list_of_works_teams_and_other_teams_keeps_the_makers_as_teams():
    text = (
        "Invented virtual grand prix\n\nThe top five:\n\n"
        "1. Ann Lee, Ferrari\n2. Bo Reed, Kite Racing\n3. Cy Dow, Renault\n"
        "4. Di Roe, Apex GP\n5. Ed Fox, Ferrari\n\nMore next week.\n"
    )
    ((_, rows),) = printed(text)
    assert [(r.position, r.driver, r.team) for r in rows] == [
        (1, "Ann Lee", "Ferrari"),
        (2, "Bo Reed", "Kite Racing"),
        (3, "Cy Dow", "Renault"),
        (4, "Di Roe", "Apex GP"),
        (5, "Ed Fox", "Ferrari"),
    ]


def test_a_list_of_cars_by_their_makers_gives_no_teams():
    text = (
        "Invented club race\n\nThe top three:\n\n"
        "1. Ann Lee, Porsche\n2. Bo Reed, Audi\n3. Cy Dow, Porsche 911 GT3 R\n\nMore next week.\n"
    )
    ((_, rows),) = printed(text)
    assert [(r.driver, r.car, r.team) for r in rows] == [
        ("Ann Lee", "Porsche", None),
        ("Bo Reed", "Audi", None),
        ("Cy Dow", "Porsche 911 GT3 R", None),
    ]


def test_class_winners_named_after_their_class_with_their_car_under_a_winners_sentence():
    text = (
        "Invented hill climb\n\nTrophies went to the class winners. The winners were:\n\n"
        "-Class A (road cars), up to 1600cc Ann Lee, Mazda MX5. Best time 49.91s\n\n"
        "-Class A, over 2000cc Bo Reed, Holden Monaro. Best time 47.02s\n\n"
        "-Class B, over 3000cc Cy Dow, Nissan Skyline. Best time (and of the day) 42.86s.\n\n"
        "The next event is in May.\n"
    )
    races = printed(text)
    assert [
        (name, [(r.position, r.driver, r.car, r.time_s) for r in rows]) for name, rows in races
    ] == [
        ("Class A (road cars), up to 1600cc", [(1, "Ann Lee", "Mazda MX5", 49.91)]),
        ("Class A, over 2000cc", [(1, "Bo Reed", "Holden Monaro", 47.02)]),
        ("Class B, over 3000cc", [(1, "Cy Dow", "Nissan Skyline", 42.86)]),
    ]
