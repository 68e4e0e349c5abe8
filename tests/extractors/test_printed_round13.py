"""Printed results in shapes learned in round 13 from reports not seen before: a press release's
events each with its detail lines ('Event:', 'Race Winner:', 'started 16th, finished 17th'), a
detail line that is no result row, a prose race naming a printed class with its class noun.
Sentences and pages are invented."""

from extractors.article import extract_article
from extractors.result_lists import parse_row_text


def races(text: str) -> list[tuple[str, list[tuple]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver, r.team) for r in race.results])
        for race in extraction.races
    ]


def test_a_detail_line_is_no_result_row():
    for line in (
        "Event: Oakfield (Round 4 of 12) – 18 laps",
        "Location: Vela Park, Oakfield",
        "Circuit: Kite Ring",
    ):
        assert parse_row_text(line).driver is None


def test_a_release_of_two_events_gives_each_event_its_winner_and_team_results():
    page = (
        "Invented esports recap\n\n"
        "Apex Esports could not add to its points as the series reached its half-way mark.\n\n"
        "Event: Oakfield (Round 4 of 12) – 18 laps\n\n"
        "Location: Vela Park, Oakfield\n\n"
        "Race Winner: Ann Lee of Kite Racing\n\n"
        "Team Result: Bo Kim started 16th, finished 17th\n\n"
        "Cy Diaz started 19th, Finished 15th\n\n"
        "Event: Marlow (Round 5 of 12) – 18 laps\n\n"
        "Location: Marlow Ring, Marlow\n\n"
        "Race Winner: Di Eng of Zeta Academy\n\n"
        "Team Result: Bo Kim started 16th, finished 19th\n\n"
        "Cy Diaz started 19th, Finished 13th\n"
    )
    assert races(page) == [
        (
            "Oakfield (Round 4 of 12)",
            [(1, "Ann Lee", "Kite Racing"), (15, "Cy Diaz", None), (17, "Bo Kim", None)],
        ),
        (
            "Marlow (Round 5 of 12)",
            [(1, "Di Eng", "Zeta Academy"), (13, "Cy Diaz", None), (19, "Bo Kim", None)],
        ),
    ]


def test_a_prose_race_naming_a_printed_class_with_its_noun_joins_it():
    page = (
        "Invented motocross news\n\n"
        "As provas de sábado começaram com a categoria MX4. O líder Ana Ribeiro garantiu a "
        "vitória na etapa.\n"
        "MX4\n"
        "1. Ana Ribeiro Costa\n"
        "2. Rui Reis Lima\n"
        "3. Eva Sousa Pinto\n"
        "Na categoria MX5, Tiago Melo caiu e perdeu a primeira posição para Paulo Dias que "
        "garantiu a vitória.\n"
        "MX5\n"
        "1. Paulo Dias Rocha\n"
        "2. Tiago Melo Alves\n"
    )
    found = races(page)
    assert [name for name, _ in found] == ["MX4", "MX5"]
    assert [(p, d) for p, d, _ in found[1][1]] == [(1, "Paulo Dias Rocha"), (2, "Tiago Melo Alves")]


def winners(text: str) -> list[tuple[str, list[tuple]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver, r.car_number) for r in race.results])
        for race in extraction.races
        if race.results and race.results[0].method == "list"
    ]


def test_class_winners_printed_with_their_car_codes_give_one_race_per_class():
    page = (
        "Invented autograss round-up\n\n"
        "The rain held off for the finals and the racing was close all afternoon.\n\n"
        "Below is a list of each of the class winners.\n\n"
        "Class 1: KT4 Ann Lee\n\n"
        "Class 2: B443Y Bo Kim\n\n"
        "Class 3: VX916 Cy Diaz\n"
    )
    assert winners(page) == [
        ("Class 1", [(1, "Ann Lee", "KT4")]),
        ("Class 2", [(1, "Bo Kim", "B443Y")]),
        ("Class 3", [(1, "Cy Diaz", "VX916")]),
    ]


def test_a_table_of_class_winners_in_two_named_columns_gives_a_race_per_column():
    page = (
        "Invented autograss round-up\n\n"
        "Below is a list of the final winners from the round.\n\n"
        "  Men's Ladies\n"
        "Class 1 KT97 Ann Lee KT143 Di Eng\n"
        "Class 2 B22 Bo Kim  \n"
        "Class3 C51 Cy Diaz 160F Eva Fox\n"
        "Class 4 Z5E\n"
    )
    assert winners(page) == [
        ("Class 1 Men's", [(1, "Ann Lee", "KT97")]),
        ("Class 1 Ladies", [(1, "Di Eng", "KT143")]),
        ("Class 2 Men's", [(1, "Bo Kim", "B22")]),
        ("Class 3 Men's", [(1, "Cy Diaz", "C51")]),
        ("Class 3 Ladies", [(1, "Eva Fox", "160F")]),
    ]


def test_two_entries_on_a_line_with_no_column_names_keep_the_first_only():
    page = (
        "Invented autograss round-up\n\n"
        "Class 1 KT97 Ann Lee KT143 Di Eng\n"
        "Class 2 B22 Bo Kim B23 Cy Diaz\n"
    )
    assert winners(page) == [
        ("Class 1", [(1, "Ann Lee", "KT97")]),
        ("Class 2", [(1, "Bo Kim", "B22")]),
    ]


def test_places_in_classes_one_a_line_give_one_race_per_class():
    page = (
        "Invented autosolo report\n\n"
        "Here then are the final results:\n\n"
        "1st in Class B Ann Lee\n"
        "1st in Class C Bo Kim\n"
        "2nd in Class B Cy Diaz\n"
        "2nd in Class C Di Eng\n"
        "3rd in Class B Eva Fox\n"
    )
    assert winners(page) == [
        ("Class B", [(1, "Ann Lee", None), (2, "Cy Diaz", None), (3, "Eva Fox", None)]),
        ("Class C", [(1, "Bo Kim", None), (2, "Di Eng", None)]),
    ]


def test_a_nations_cup_crew_printed_between_dashes_is_the_nations_entry():
    row = parse_row_text("2. Ann Lee/Bo Kim – Deutschland – Kite GT3")
    assert (row.position, row.driver, row.crew, row.nation, row.car) == (
        2,
        "Deutschland",
        ("Ann Lee", "Bo Kim"),
        "DEU",
        "Kite GT3",
    )


def test_a_crew_with_a_nation_code_between_dashes_keeps_its_driver():
    row = parse_row_text("2. Ann Lee/Bo Kim – GER – Kite GT3")
    assert (row.driver, row.crew, row.nation) == ("Ann Lee", ("Ann Lee", "Bo Kim"), "DEU")


def test_a_nations_cup_list_gives_each_crew_member_the_nation():
    page = (
        "Invented GT cup report\n\n"
        "Frankreich gewinnt den Cup vor Deutschland und Polen.\n"
        "Ergebnis (Top 3):\n"
        "1. Ann Lee/Bo Kim – Frankreich – Kite GT3\n"
        "2. Cy Diaz/Di Eng – Deutschland – Kite GT3\n"
        "3. Eva Fox/Flo Gray – Polen – Kite GT3\n"
        "Alle Artikel zum Thema: GT Cup\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [(r.position, r.driver, tuple(r.crew)) for r in extraction.races[0].results]
    assert rows == [
        (1, "Frankreich", ("Ann Lee", "Bo Kim")),
        (2, "Deutschland", ("Cy Diaz", "Di Eng")),
        (3, "Polen", ("Eva Fox", "Flo Gray")),
    ]
    pairs = {(n.driver, n.nation) for n in extraction.driver_nations}
    assert {
        ("Ann Lee", "FRA"),
        ("Bo Kim", "FRA"),
        ("Cy Diaz", "DEU"),
        ("Di Eng", "DEU"),
        ("Eva Fox", "POL"),
        ("Flo Gray", "POL"),
    } <= pairs


def test_a_one_word_crew_ending_the_page_is_whole_when_its_row_goes_on():
    page = (
        "Invented rally news\n\n"
        "Lee won the last three stages and kept the lead to the end.\n"
        "La classifica assoluta vede:\n"
        "1° Lee-Kim (Kite GT3 R4)\n"
        "2° Diaz-Eng (Zeta GT3 A7) a 15″8\n"
        "3° Fox-Gray (Kite GT3 S1600) "
    )
    assert [(p, d) for _, rows in printed_rows(page) for p, d, *_ in rows] == [
        (1, "Lee-Kim"),
        (2, "Diaz-Eng"),
        (3, "Fox-Gray"),
    ]


def test_a_one_word_name_cut_by_the_end_of_the_page_is_dropped():
    page = (
        "Invented rally news\n\n"
        "La classifica assoluta vede:\n"
        "1° Ann Lee (Kite GT3 R4)\n"
        "2° Bo Kim (Zeta GT3 A7) a 15″8\n"
        "3° Mistr"
    )
    assert [(p, d) for _, rows in printed_rows(page) for p, d, *_ in rows] == [
        (1, "Ann Lee"),
        (2, "Bo Kim"),
    ]


def printed_rows(text: str) -> list[tuple[str, list[tuple]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver) for r in race.results if r.method != "narrative"])
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


def test_a_rally_total_time_with_hours_and_typewriter_marks_is_the_winners_time():
    from extractors.times import find_timings

    (timing,) = find_timings("2h00’38″4")
    assert (timing.time_s, timing.gap_s) == (7238.4, None)


def timed(text: str) -> list[tuple]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (r.position, r.driver, r.time_s, r.gap_s)
        for race in extraction.races
        for r in race.results
        if r.method != "narrative"
    ]


def test_unsigned_seconds_on_every_row_winner_included_are_each_rows_own_time():
    page = (
        "Invented hillclimb report\n\n"
        "Lee took the final round with the best time of the day.\n\n"
        "Round 12: 1 Ann Lee (2.0 Kite GR61) 44.89s; 2 Bo Kim (1.6 Zeta GR55) 45.05s; "
        "3 Cy Diaz (1.3 Kite PC) 45.74s; 4 Di Eng (1.6 Zeta GR59) 46.09s\n\n"
        "The championship ends here.\n"
    )
    assert timed(page) == [
        (1, "Ann Lee", 44.89, None),
        (2, "Bo Kim", 45.05, 0.16),
        (3, "Cy Diaz", 45.74, 0.85),
        (4, "Di Eng", 46.09, 1.2),
    ]


def test_signed_gaps_under_a_winners_time_stay_gaps():
    page = (
        "Invented race report\n\n"
        "Race results:\n"
        "1. Ann Lee (GBR) 24:13.456\n"
        "2. Bo Kim (NOR) +2.318s\n"
        "3. Cy Diaz (ESP) +4.9s\n"
    )
    assert timed(page) == [
        (1, "Ann Lee", 1453.456, None),
        (2, "Bo Kim", None, 2.318),
        (3, "Cy Diaz", None, 4.9),
    ]


def test_drivers_each_with_a_dash_and_the_place_in_words_give_the_race_in_order():
    page = (
        "Invented iRacing round-up\n\n"
        "Here is how the drivers reacted after the race:\n"
        "Ann Lee – Winner:\n"
        "Bo Kim – Second:\n"
        "Eva Fox — 11th:\n"
        "Cy Diaz — seventh:\n"
        "Di Eng — finished 27th:\n"
        "That was the last round of the season.\n"
    )
    assert printed_rows(page) == [
        ("Race", [(1, "Ann Lee"), (2, "Bo Kim"), (7, "Cy Diaz"), (11, "Eva Fox"), (27, "Di Eng")])
    ]


def test_a_place_told_twice_leaves_the_lines_unread():
    page = (
        "Invented iRacing round-up\n\n"
        "Ann Lee – Winner:\n"
        "Bo Kim – Second:\n"
        "Cy Diaz — second:\n"
        "That was the last round of the season.\n"
    )
    assert printed_rows(page) == []


def test_a_riders_heat_points_with_each_heats_score_and_the_final_place_after():
    row = parse_row_text("7. Ann Lee (Holandia) - 9 (d,1,4,4) + 3 msc. w finale B")
    assert (row.position, row.driver, row.nation, row.points, row.gap_s, row.unknown) == (
        7,
        "Ann Lee",
        "NLD",
        9,
        None,
        (),
    )


def test_a_speedway_classification_with_heat_scores_is_the_meetings_result():
    page = (
        "Invented speedway news\n\n"
        "Wyniki:\n"
        "1. Ann Lee (Niemcy) - 18 (5,4,5,4) + 1 msc. w finale A\n"
        "2. Bo Kim (Holandia) - 10 (4,2,0,4) + 2 msc. w finale A\n"
        "3. Cy Diaz (Australia) - 15 (5,5,0,5) + 3 msc. w finale A\n"
        "4. Di Eng (Niemcy) - 9 (d,1,4,4) + 1 msc. w finale B\n"
        "Sędzia: Eva Fox\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert [
        (race.name, [(r.position, r.driver, r.nation, r.points) for r in race.results])
        for race in extraction.races
    ] == [
        (
            "Wyniki",
            [
                (1, "Ann Lee", "DEU", 18),
                (2, "Bo Kim", "NLD", 10),
                (3, "Cy Diaz", "AUS", 15),
                (4, "Di Eng", "DEU", 9),
            ],
        ),
        (
            "Final A",
            [(1, "Ann Lee", "DEU", None), (2, "Bo Kim", "NLD", None), (3, "Cy Diaz", "AUS", None)],
        ),
        ("Final B", [(1, "Di Eng", "DEU", None)]),
    ]
    assert extraction.standings == []


def test_a_winner_named_above_a_list_of_the_places_after_first_leads_it():
    page = (
        "Invented speedway night\n\n"
        "Congratulations to Round 2 Winner 41B Ann Lee\n"
        "2nd 166B Bo Kim\n"
        "3rd 46B Cy Diaz\n\n"
        "The next round is in a fortnight.\n"
    )
    assert [(p, d) for _, rows in printed_rows(page) for p, d in rows] == [
        (1, "Ann Lee"),
        (2, "Bo Kim"),
        (3, "Cy Diaz"),
    ]


def test_a_team_in_brackets_is_kept_whole_however_its_words_are_glued():
    row = parse_row_text("5. Platz: Ann Lee (Apex SimRacing) +4,976")
    assert (row.position, row.driver, row.team, row.gap_s) == (
        5,
        "Ann Lee",
        "Apex SimRacing",
        4.976,
    )


def test_a_team_glued_to_the_name_outside_brackets_is_still_split_off():
    row = parse_row_text("1.Jan MeierTeam Blau 1:02.3")
    assert (row.driver, row.team) == ("Jan Meier", "Team Blau")
