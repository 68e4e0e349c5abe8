"""Printed lists in shapes learned in round 11 from reports not seen before: worded places with
the car's number printed bare before the name ('1st 595 Ann Lee'), wrapped over lines, a place
whose driver is not printed ('5th 2'). Sentences and pages are invented."""

from extractors.article import extract_article


def printed_rows(text: str) -> list[tuple[str, list[tuple[int | None, str, str | None]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (
            race.name,
            [(r.position, r.driver, r.car_number) for r in race.results if r.method != "narrative"],
        )
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


def test_worded_places_with_bare_car_numbers_wrapped_over_lines_are_read_whole():
    page = (
        "Invented club news\n\n"
        "12\n"
        "May 2031, Oakfield results\n"
        "Heat one: 1st 412 Ann Lee, 2nd 17 Bo Kim, 3rd 808\n"
        "Cy Diaz, 4th 56 Di Eng, 5th 3, 6th 21 Ed Fox,\n"
        "7th 9 Flo Gray\n"
    )
    assert printed_rows(page) == [
        (
            "Heat one",
            [
                (1, "Ann Lee", "412"),
                (2, "Bo Kim", "17"),
                (3, "Cy Diaz", "808"),
                (4, "Di Eng", "56"),
                (6, "Ed Fox", "21"),
                (7, "Flo Gray", "9"),
            ],
        )
    ]


def test_a_list_whose_second_row_wraps_is_read_over_both_lines():
    page = (
        "Invented club news\n\n"
        "Final: 1st 77 Gus Hale, 2nd 31 Hal\n"
        "Ives, 3rd 40 Ian Jory, 4th 55 Jo Kemp\n"
    )
    assert printed_rows(page) == [
        (
            "Final",
            [
                (1, "Gus Hale", "77"),
                (2, "Hal Ives", "31"),
                (3, "Ian Jory", "40"),
                (4, "Jo Kemp", "55"),
            ],
        )
    ]


def test_a_worded_place_before_a_year_is_no_row():
    page = "Invented club news\n\nShe was 1st 2029 Champion and 2nd 2030 Champion of the club.\n"
    assert printed_rows(page) == []


def test_places_marked_with_a_slash_run_together_per_class_line():
    page = (
        "Invented trial page\n\n"
        "Voici les classements de la course.\n"
        "Elite 1/ Ann Lee 2/ Bo Kim 3/ Cy Diaz\n"
        "Open: 1/ Di Eng 2/ Ed Fox 3/ Flo Gray\n"
    )
    assert printed_rows(page) == [
        ("Elite", [(1, "Ann Lee", None), (2, "Bo Kim", None), (3, "Cy Diaz", None)]),
        ("Open", [(1, "Di Eng", None), (2, "Ed Fox", None), (3, "Flo Gray", None)]),
    ]


def test_a_fraction_is_no_place():
    page = "Invented trial page\n\nHe won 1/2 of the heats and 2/3 of the finals last year.\n"
    assert printed_rows(page) == []


def test_a_podium_grid_with_a_class_over_each_column_gives_each_class_its_podium():
    page = (
        "Invented kart slalom report\n\n"
        "Die Top 3 der Altersklassen im Einzelnen\n"
        "K1 | K2 | K3 | |\n"
        "Platz 1 | Ann Lee | Bo Kim | Cy Diaz |\n"
        "Platz 2 | Di Eng | Ed Fox | Flo Gray |\n"
        "Platz 3 | Gus Hale | Hal Ives | Ian Jory |\n"
        "Ann Lee drove the fastest run of the weekend.\n"
    )
    got = printed_rows(page)  # each class named under the heading above the grid
    assert [name.rsplit(" ", 1)[-1] for name, _ in got] == ["K1", "K2", "K3"]
    assert [rows for _, rows in got] == [
        [(1, "Ann Lee", None), (2, "Di Eng", None), (3, "Gus Hale", None)],
        [(1, "Bo Kim", None), (2, "Ed Fox", None), (3, "Hal Ives", None)],
        [(1, "Cy Diaz", None), (2, "Flo Gray", None), (3, "Ian Jory", None)],
    ]


def test_a_grid_of_places_in_html_with_its_corner_cell_empty_is_read_by_column():
    page = (
        "<html><body><article><h1>Invented cup final</h1>"
        "<table><tr><th></th><th>Junior</th><th>Senior</th></tr>"
        "<tr><td>1st</td><td>Ann Lee</td><td>Bo Kim</td></tr>"
        "<tr><td>2nd</td><td>Cy Diaz</td><td>Di Eng</td></tr></table>"
        "</article></body></html>"
    )
    extraction = extract_article(page, media_type="text/html")
    got = [(race.name, [(r.position, r.driver) for r in race.results]) for race in extraction.races]
    assert got == [
        ("Invented cup final Junior", [(1, "Ann Lee"), (2, "Cy Diaz")]),
        ("Invented cup final Senior", [(1, "Bo Kim"), (2, "Di Eng")]),
    ]


def test_a_grid_whose_rows_are_not_places_gives_no_podium():
    page = (
        "Invented club page\n\n"
        "Mon | Tue | Wed | |\n"
        "Morning | Ann Lee | Bo Kim | Cy Diaz |\n"
        "Evening | Di Eng | Ed Fox | Flo Gray |\n"
    )
    assert printed_rows(page) == []


def test_places_with_a_comma_then_number_rider_machine_and_hometown():
    page = (
        "Invented grasstrack report\n\n"
        "250cc: 1, 97 Ann Lee 250 Kite KTM (Oakton); 2, 196 Bo Kim 250 Kite (Elmwood); "
        "3, 80 Cy Diaz 250 Vela (Ashford).\n\n"
        "500cc: 1, 83 Di Eng 500 Nu-Kite Jawa (Oakton); 2, 70 Ed Fox 500 TT Jawa (Mold).\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    got = [
        (race.name, [(r.position, r.driver, r.car_number, r.car) for r in race.results])
        for race in extraction.races
    ]
    assert got == [
        (
            "250cc",
            [
                (1, "Ann Lee", "97", "250 Kite KTM"),
                (2, "Bo Kim", "196", "250 Kite"),
                (3, "Cy Diaz", "80", "250 Vela"),
            ],
        ),
        ("500cc", [(1, "Di Eng", "83", "500 Nu-Kite Jawa"), (2, "Ed Fox", "70", "500 TT Jawa")]),
    ]


def test_a_name_then_a_small_number_and_a_town_is_no_machine():
    from extractors.result_lists import parse_fields

    assert parse_fields("Sch. Nr 17 Oakton")[3] is None
    assert parse_fields("Pro 400 Super")[0] is None
    assert parse_fields("Ann Lee 250 Kite")[:1] == ("Ann Lee",)


def test_class_winner_lines_with_commas_under_a_winners_lead_in():
    page = (
        "Invented sprint report\n\n"
        "Class Winners:\n\n"
        "Class 0, Ann Lee, MG ZR, 60.79\n"
        "Class 1, 1st Bo Kim, Kite 1.4, 61.45\n"
        "Class 2. 1st Cy Diaz, 55.74\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    got = [
        (race.name, [(r.position, r.driver, r.time_s) for r in race.results])
        for race in extraction.races
        if race.results
    ]
    assert got == [
        ("Class 0", [(1, "Ann Lee", 60.79)]),
        ("Class 1", [(1, "Bo Kim", 61.45)]),
        ("Class 2", [(1, "Cy Diaz", 55.74)]),
    ]


def test_comma_lines_not_led_by_a_class_are_no_winners():
    page = (
        "Invented sprint report\n\n"
        "Winners:\n\n"
        "Oakton, Ann Lee, MG ZR, 60.79\n"
        "Elmwood, Bo Kim, Kite 1.4, 61.45\n"
    )
    assert printed_rows(page) == []


def test_points_under_a_podium_heading_are_the_day_s_not_standings():
    page = (
        "Invented kart report\n\n"
        "Ann Lee won the day at the kart track of Oakton after a long fight with the rest.\n\n"
        "Pódios\n"
        "Categoria 125 CC\n"
        "1º - Ann Lee (22 pontos)\n"
        "2º - Bo Kim (17 pontos)\n"
        "3º - Cy Diaz (9 pontos)\n"
        "Média de velocidade: 100 km/h\n\n"
        "Categoria Cadete\n"
        "1º - Di Eng (20 pontos)\n"
        "2º - Ed Fox (18 pontos)\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert extraction.standings == []
    got = [
        (race.name, [(r.position, r.driver, r.points) for r in race.results if r.method == "list"])
        for race in extraction.races
    ]
    assert ("Categoria 125 CC", [(1, "Ann Lee", 22), (2, "Bo Kim", 17), (3, "Cy Diaz", 9)]) in got
    assert ("Categoria Cadete", [(1, "Di Eng", 20), (2, "Ed Fox", 18)]) in got


def test_points_under_a_championship_podium_stay_standings():
    page = (
        "Invented kart report\n\n"
        "Championship podium\n"
        "1. Ann Lee 122 pts\n"
        "2. Bo Kim 117 pts\n"
        "3. Cy Diaz 90 pts\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert [(s.position, s.driver) for s in extraction.standings] == [
        (1, "Ann Lee"),
        (2, "Bo Kim"),
        (3, "Cy Diaz"),
    ]


def test_a_rally_crew_its_nation_after_a_comma_and_dotted_times_with_comma_tenths():
    page = (
        "Invented rally page\n\n"
        "Classificação final do Rali de Oakton\n\n"
        "1. Ann Lee/Bo Kim, França (Kite Fiesta), 3:42.55,7 horas\n\n"
        "2. Cy Diaz/Di Eng, Bélgica (Kite i20), a 15,6 segundos.\n\n"
        "3. Ed Fox/Flo Gray, Espanha (Kite i20), a 1.01,7 minutos.\n\n"
        "4. Gus Hale/Hal Ives, Estónia (Kite Fiesta), a 1.30,2.\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    [race] = [race for race in extraction.races if race.results]
    got = [(r.position, r.driver, r.nation, r.time_s, r.gap_s) for r in race.results]
    assert got == [
        (1, "Ann Lee", "FRA", 13375.7, None),
        (2, "Cy Diaz", "BEL", None, 15.6),
        (3, "Ed Fox", "ESP", None, 61.7),
        (4, "Gus Hale", "EST", None, 90.2),
    ]
    assert list(race.results[0].crew) == ["Ann Lee", "Bo Kim"]


def test_a_name_then_its_ordinal_place_in_a_column_of_its_own():
    page = (
        "Invented grasstrack page\n\n"
        "Main Programme\n"
        "Solo Heat 1\n"
        "Ann Lee     1st\n"
        "Bo Kim      2nd\n"
        "Cy Diaz     3rd\n"
        "Time : not given\n"
    )
    assert printed_rows(page) == [
        ("Solo Heat 1", [(1, "Ann Lee", None), (2, "Bo Kim", None), (3, "Cy Diaz", None)])
    ]


def test_a_headerless_table_of_family_names_in_capitals_before_a_comma():
    page = (
        "Invented touring car report\n\n"
        "Las posiciones:\n"
        "1 | LEE, ANN | KITE | 07:12.513 | |\n"
        "2 | PONCE DE LEÓN, BRUNO | VELA | 07:24.610 | 12.097 |\n"
        "3 | DIAZ, CY | KITE | 07:26.861 | 14.348 |\n"
    )
    assert [rows for _, rows in printed_rows(page)] == [
        [(1, "Ann Lee", None), (2, "Bruno Ponce de León", None), (3, "Cy Diaz", None)]
    ]


def test_surnames_joined_by_a_comma_stay_a_crew():
    from extractors.tables import inverted_name

    assert inverted_name("Lee, Kim") is None
    assert inverted_name("KITE, VELA 2") is None
    assert inverted_name("LEE, ANN") == "Ann Lee"


def test_a_spaced_table_s_rows_ending_in_laps_down_are_read():
    page = (
        "Invented Dutch report\n\n"
        "Ann Lee won ahead of Bo Kim; Cy Diaz lost a lap and Di Eng crashed out.\n\n"
        "Uitslag Race 2\n\n"
        "Pos. Rijder Team Tijd\n"
        "1 Ann Lee Kite Roma 45:16.364\n"
        "2 Bo Kim Vela Club +10.461\n"
        "3 Cy Diaz Oak United +1 Ronde\n"
        "DNF Di Eng Elm Town +4 Ronden\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    [race] = [race for race in extraction.races if any(r.method == "table" for r in race.results)]
    got = [(r.position, r.driver, r.team, r.status) for r in race.results]
    assert got == [
        (1, "Ann Lee", "Kite Roma", "finished"),
        (2, "Bo Kim", "Vela Club", "finished"),
        (3, "Cy Diaz", "Oak United", "lapped"),
        (None, "Di Eng", "Elm Town", "dnf"),
    ]
