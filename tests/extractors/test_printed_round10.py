"""Printed lists of mixed pages in shapes learned in round 10: standings lines run together under
a standings lead-in in German and Dutch ('Endstand:', 'tussenstanden'), points glued to their
word ('240ptn'), places left out after an ellipsis ('30,…29.'). Sentences and pages are
invented."""

from extractors.article import extract_article


def printed_races(text: str) -> list[tuple[str, list[tuple[int | None, str]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver) for r in race.results if r.method != "narrative"])
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


def standings(text: str) -> list[tuple[int | None, str, float]]:
    extraction = extract_article(text, media_type="text/plain")
    return [(s.position, s.driver, s.points) for s in extraction.standings]


def test_an_endstand_run_on_after_a_day_s_list_is_standings_not_a_race():
    page = (
        "Invented motocross column\n\n"
        "Ergebnis:\n"
        "Masters: 1. Berg (F) 50, 2. Lind (CZ) Kite 42, 3. Moss (A) 40, 4. Hale (F) 38, "
        "5. Cole (S) 30,…29. Wendt 0 Endstand: 1. Moss 273, 2. Hale 267, 3. Berg 259\n"
    )
    day = [(1, "Berg"), (2, "Lind"), (3, "Moss"), (4, "Hale"), (5, "Cole"), (29, "Wendt")]
    assert printed_races(page) == [("Masters", day)]
    assert standings(page) == [(1, "Moss", 273.0), (2, "Hale", 267.0), (3, "Berg", 259.0)]


def test_points_glued_to_ptn_under_a_dutch_tussenstand_lead_in_are_standings():
    page = (
        "Invented motocross round-up\n\n"
        "Ann Lee won the race ahead of Bo Kim.\n"
        "Zo zien de tussenstanden er uit na 2 van de 3 wedstrijden:\n"
        "MX1: 1. Ann Lee ITA 240ptn – 2. Bo Kim BEL 180ptn – 3. Cy Diaz AUS 135ptn\n"
    )
    assert printed_races(page) == []
    assert standings(page) == [(1, "Ann Lee", 240.0), (2, "Bo Kim", 180.0), (3, "Cy Diaz", 135.0)]


def test_a_place_after_two_dots_is_a_place_left_out():
    page = (
        "Invented kart page\n\n"
        "Cup: 1. Ann Lee (B) 43, 2. Bo Kim (NL) 38, 3. Cy Diaz (DK) 35,.. 13. Di Eng (B) 15\n"
    )
    assert printed_races(page) == [
        ("Cup", [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz"), (13, "Di Eng")])
    ]


def test_a_run_of_top_rankings_of_clubs_and_nations_gives_no_race():
    page = (
        "Invented speedway forum\n\n"
        "1. Ann Lee won the final ahead of Bo Kim.\n\n"
        "2. The clubs by followers online:\n\n"
        "Top 4\n\n"
        "1 Vela Town\n\n"
        "2 Oak Park\n\n"
        "3 Pine Hill\n\n"
        "4 Elm Vale\n\n"
        "Top British Teams\n\n"
        "13 Brook End\n\n"
        "15 Ash Ford\n\n"
        "16 Low Fell\n\n"
        "(Lowest club Ridge @ 61)\n\n"
        "Top 3 Other Nations\n\n"
        "20 Lake Side\n\n"
        "24 Sand Bay\n\n"
        "25 Rock Hill\n"
    )
    assert printed_races(page) == []


def test_a_top_ten_heading_alone_stays_the_race_s_top_ten():
    page = (
        "Invented stock car report\n\n"
        "Ann Lee won the feature at Vela.\n\n"
        "Top 4\n\n"
        "1 Ann Lee\n\n"
        "2 Bo Kim\n\n"
        "3 Cy Diaz\n\n"
        "4 Di Eng\n"
    )
    ((_, rows),) = printed_races(page)
    assert rows == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz"), (4, "Di Eng")]


def test_bare_numbers_rising_with_gaps_are_places_not_car_numbers():
    page = (
        "Invented club news\n\n"
        "Race 1\n"
        "13 Ann Lee 25:10.114\n"
        "15 Bo Kim 25:14.250\n"
        "16 Cy Diaz 25:19.008\n"
        "23 Di Eng 25:40.771\n"
    )
    ((_, rows),) = printed_races(page)
    assert rows == [(13, "Ann Lee"), (15, "Bo Kim"), (16, "Cy Diaz"), (23, "Di Eng")]


def test_a_chassis_and_engine_pair_after_a_full_name_is_the_kart_not_part_of_the_name():
    page = (
        "Invented kart championship rounds\n\n"
        "Results Final 1\n\n"
        "1 Ann Lee Kite/Vortex\n"
        "2 Bo Kim Zeta/TM\n\n"
        "3 Cy Diaz Kite/Vortex\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [(r.position, r.driver, r.car) for race in extraction.races for r in race.results]
    assert rows == [
        (1, "Ann Lee", "Kite/Vortex"),
        (2, "Bo Kim", "Zeta/TM"),
        (3, "Cy Diaz", "Kite/Vortex"),
    ]


def test_a_crew_joined_by_a_slash_stays_a_crew():
    page = (
        "Invented sidecar meeting\n\n"
        "Race 1\n"
        "1. Ann Lee/Bo Kim 10:01.200\n"
        "2. Cy Diaz/Di Eng 10:03.950\n"
        "3. Ed Fox/Flo Gray 10:07.118\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [(r.position, r.driver, r.crew) for race in extraction.races for r in race.results]
    assert rows == [
        (1, "Ann Lee", ["Ann Lee", "Bo Kim"]),
        (2, "Cy Diaz", ["Cy Diaz", "Di Eng"]),
        (3, "Ed Fox", ["Ed Fox", "Flo Gray"]),
    ]


def test_class_lines_of_names_each_with_its_place_in_brackets_are_class_results():
    page = (
        "Invented club cross\n\n"
        "Four classes raced on the day. The day's classification:\n\n"
        "Cup 125: Ann Lee (1) Bo Kim (2) Cy Diaz (3)\n\n"
        "Open 450: Di Eng (1) Ed van der Fox (2) Flo Gray (3)\n"
    )
    assert printed_races(page) == [
        ("Cup 125", [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz")]),
        ("Open 450", [(1, "Di Eng"), (2, "Ed van der Fox"), (3, "Flo Gray")]),
    ]


def test_ages_in_brackets_after_names_are_no_places():
    page = "Invented club news\n\nJuniors: Ann Lee (14) Bo Kim (15) Cy Diaz (13)\n"
    assert printed_races(page) == []


def test_places_printed_with_platz_and_a_colon_and_a_class_label_between_counts():
    page = (
        "Invented kart club news\n\n"
        "Rookies: 1. Platz: Ann Lee, 2. Platz: Bo Kim, 6. Platz: Cy Diaz; Gruppe A: 1. Platz: "
        "Di Eng; Gruppe C: 3. Platz: Ed Fox\n"
    )
    assert printed_races(page) == [("Rookies", [(1, "Ann Lee"), (2, "Bo Kim"), (6, "Cy Diaz")])]


def test_numbered_track_and_winner_lines_are_one_race_each():
    page = (
        "Invented virtual series so far\n\n"
        "Here's a look at the winners through three rounds:\n\n"
        "1. Vela Motor Speedway: Ann Lee\n\n"
        "2. Oak Park Raceway: Bo Kim\n\n"
        "3. Pine Hill Speedway: Cy Diaz\n"
    )
    assert printed_races(page) == [
        ("Vela Motor Speedway", [(1, "Ann Lee")]),
        ("Oak Park Raceway", [(1, "Bo Kim")]),
        ("Pine Hill Speedway", [(1, "Cy Diaz")]),
    ]


def test_an_ampersand_before_the_last_run_together_row_is_no_part_of_the_name():
    page = (
        "Invented club round\n\n"
        "Congratulations to handicap winners on the day: 1st Ann Lee, 2nd Bo Kim & 3rd Cy Diaz.\n"
    )
    ((_, rows),) = printed_races(page)
    assert rows == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz")]


def test_a_driver_leading_two_classes_tables_alike_has_a_standing_in_each():
    page = (
        "Invented motocross round-up\n\n"
        "Zo zien de tussenstanden er uit na 2 van de 3 wedstrijden:\n"
        "MX1: 1. Ann Lee ITA 240ptn – 2. Bo Kim BEL 180ptn\n"
        "ELITE: 1. Ann Lee ITA 240ptn – 2. Bo Kim BEL 200ptn\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [(s.after, s.position, s.driver, s.points) for s in extraction.standings]
    assert rows == [
        ("MX1", 1, "Ann Lee", 240.0),
        ("MX1", 2, "Bo Kim", 180.0),
        ("ELITE", 1, "Ann Lee", 240.0),
        ("ELITE", 2, "Bo Kim", 200.0),
    ]


def test_ordinals_with_a_dot_run_together_are_places():
    page = (
        "Invented grasstrack meeting\n\n"
        "Race 1 (Sidecars) 1st. Ann Lee/Bo Kim, 2nd. Cy Diaz/Di Eng, 3rd. Ed Fox/Flo Gray.\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [(r.position, r.driver, r.crew) for race in extraction.races for r in race.results]
    assert rows == [
        (1, "Ann Lee", ["Ann Lee", "Bo Kim"]),
        (2, "Cy Diaz", ["Cy Diaz", "Di Eng"]),
        (3, "Ed Fox", ["Ed Fox", "Flo Gray"]),
    ]


def test_lines_of_a_driver_s_place_in_each_race_under_a_class_give_each_race():
    page = (
        "Invented kart championship round\n\n"
        "Our drivers' results:\n\n"
        "JUNIOR\n"
        "Ann Lee - 6º carrera 1 - 5º carrera 2\n"
        "Bo Kim - 9º carrera 1 - 11º carrera 2\n\n"
        "SENIOR\n"
        "Cy Diaz - 3º carrera 1 - 1º carrera 2\n"
        "Di Eng - 14º carrera 1 - 15º carrera 2\n"
    )
    assert printed_races(page) == [
        ("JUNIOR carrera 1", [(6, "Ann Lee"), (9, "Bo Kim")]),
        ("JUNIOR carrera 2", [(5, "Ann Lee"), (11, "Bo Kim")]),
        ("SENIOR carrera 1", [(3, "Cy Diaz"), (14, "Di Eng")]),
        ("SENIOR carrera 2", [(1, "Cy Diaz"), (15, "Di Eng")]),
    ]


def test_a_row_after_one_left_unread_goes_on_with_the_list_at_its_place():
    page = (
        "Invented street race\n\n"
        "Final, round 9:\n"
        "1- Ann Lee, Apex Racing, 45 laps in 55m35s546\n"
        "2- Bo Kim, Kite Motorsport a 6s758\n"
        "3- Cy Diaz, Apex Racing a 12s894\n"
        "4- 12 , 34 a 13s100\n"
        "5- Di Eng, Orbit Team a 17s282\n"
    )
    ((_, rows),) = printed_races(page)
    assert rows == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz"), (5, "Di Eng")]


def test_french_seconds_marks_printed_as_guillemets_are_times_and_gaps():
    page = (
        "Invented rally round-up\n\n"
        "Vainqueurs: 1. Lee-Kim (Skoda Fabia R5) en 59’17 »8; "
        "2. Diaz-Eng (Ford Fiesta R5) à 54 »3 ; 3. Fox-Gray (Citroën C3 R5) à 1’03 »8 ; …\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [
        (r.position, r.driver, r.time_s, r.gap_s)
        for race in extraction.races
        for r in race.results
        if r.method == "list"
    ]
    assert rows == [
        (1, "Lee-Kim", 3557.8, None),
        (2, "Diaz-Eng", None, 54.3),
        (3, "Fox-Gray", None, 63.8),
    ]


def test_the_winner_s_average_speed_is_no_field_of_the_row():
    page = (
        "Invented F3 round\n\n"
        "Resultado da prova #1:\n\n"
        "1. Ana Souza (Apex), 21 voltas em 32’02″070, média de 150,84 km/h\n"
        "2. Bia Lima (Kite), a 15″024\n"
        "3. Caio Reis (Orbit), a 25″631\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [(r.position, r.driver, r.team, r.time_s, r.laps) for r in extraction.races[0].results]
    assert rows[0] == (1, "Ana Souza", "Apex", 1922.07, 21)
    assert [r[:2] for r in rows] == [(1, "Ana Souza"), (2, "Bia Lima"), (3, "Caio Reis")]
