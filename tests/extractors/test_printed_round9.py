"""Printed lists of mixed pages in shapes learned in round 9: the session a list's heading word
leaves open, a round's or a day's points classification, and prose repeating a printed race.
Sentences and pages are invented."""

from extractors.article import extract_article


def printed_races(text: str) -> list[tuple[str, str | None, list[tuple[int | None, str]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (
            race.name,
            race.session,
            [(r.position, r.driver) for r in race.results if r.method != "narrative"],
        )
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


def test_a_classificacao_of_lap_times_is_qualifying_not_the_race():
    page = (
        "Invented Cup round four at Vale Park\n\n"
        "Ana Souza started from pole and won the race.\n\n"
        "Classificação\n"
        "1 Ana Souza (Apex Racing), 1:10.127\n"
        "2 Bia Lima (Kite Motorsport), 1:10.672\n"
        "3 Caio Reis (Apex Racing), 1:10.865\n"
        "4 Davi Melo (Orbit Team), Sem tempo\n"
    )
    assert printed_races(page) == []


def test_a_classificacao_under_a_grid_lead_in_is_qualifying():
    page = (
        "Invented Cup round five at Vale Park\n\n"
        "Ana Souza took pole. Confira o grid de largada completo:\n"
        "Classificação\n"
        "1 Ana Souza (Apex Racing), 1:33.013\n"
        "2 Bia Lima (Kite Motorsport), +0.588\n"
        "3 Caio Reis (Apex Racing), +0.735\n"
    )
    assert printed_races(page) == []


def test_a_classificacao_of_a_race_time_and_gaps_is_the_race():
    page = (
        "Invented Cup round six at Vale Park\n\n"
        "Classificação\n"
        "1 Ana Souza (Apex Racing), 25:13.456\n"
        "2 Bia Lima (Kite Motorsport), +2.314\n"
        "3 Caio Reis (Apex Racing), +5.102\n"
    )
    ((_, session, rows),) = printed_races(page)
    assert session != "qualifying"
    assert rows == [(1, "Ana Souza"), (2, "Bia Lima"), (3, "Caio Reis")]


def test_a_day_classification_with_points_is_that_day_s_result_not_standings():
    page = (
        "Invented Kart Cup at the Heide ring\n\n"
        "Mini: Ann Lee wins again\n"
        "Ann Lee won both runs ahead of Bo Kim.\n"
        "Tageswertung Mini\n"
        "1. Ann Lee (50 Punkte)\n"
        "2. Bo Kim (44 Punkte)\n"
        "3. Cy Diaz (40 Punkte)\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert not extraction.standings
    ((name, _, rows),) = printed_races(page)
    assert name == "Tageswertung Mini"
    assert rows == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz")]
    (race,) = [r for r in extraction.races if r.name == name]
    assert [r.points for r in race.results if r.method != "narrative"] == [50, 44, 40]


def test_a_round_s_summed_classification_under_class_headings_is_each_class_s_result():
    page = (
        "Invented dirt championship, second round\n\n"
        "Resultado acumulado da 2ª etapa\n"
        "Turismo A\n"
        "1)Ana Souza (MT) 48 pontos\n"
        "2)Bia Lima (MT) 44\n"
        "3)Caio Reis (RS) 43\n"
        "Turismo B\n"
        "1)Davi Melo (SP) 50 pontos\n"
        "2)Eva Rocha (MT) 47\n"
        "3)Fabio Dias (SP) 43\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert not extraction.standings
    assert [(name, rows) for name, _, rows in printed_races(page)] == [
        ("Turismo A", [(1, "Ana Souza"), (2, "Bia Lima"), (3, "Caio Reis")]),
        ("Turismo B", [(1, "Davi Melo"), (2, "Eva Rocha"), (3, "Fabio Dias")]),
    ]


def test_a_championship_classification_with_points_stays_standings():
    page = (
        "Invented dirt championship, second round\n\n"
        "Classificação do campeonato\n"
        "1)Ana Souza 98 pontos\n"
        "2)Bia Lima 84\n"
        "3)Caio Reis 80\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert [(s.driver, s.points) for s in extraction.standings] == [
        ("Ana Souza", 98), ("Bia Lima", 84), ("Caio Reis", 80)
    ]  # fmt: skip


def test_a_state_code_before_the_team_in_brackets_is_no_part_of_the_team():
    from extractors.result_lists import parse_row_text

    row = parse_row_text("2) Bia Lima (SP, Kite Motorsport), a 2s006")
    assert (row.position, row.driver, row.team, row.nation, row.crew) == (
        2, "Bia Lima", "Kite Motorsport", None, ()
    )  # fmt: skip
    row = parse_row_text("9) Caio Reis (RJ, M4X Racing), a 26s384")
    assert (row.driver, row.team) == ("Caio Reis", "M4X Racing")


def test_a_nickname_in_quotes_inside_a_name_keeps_the_row():
    from extractors.result_lists import parse_row_text

    row = parse_row_text('3) Ana Lucia "Lu" Souza (SP, Apex Racing), a 2s221')
    assert (row.position, row.driver, row.team) == (3, 'Ana Lucia "Lu" Souza', "Apex Racing")
    row = parse_row_text("10) Davi ?Dd? Melo (RJ, Apex Racing), a 27s061")  # quote marks lost
    assert (row.position, row.driver) == (10, "Davi ?Dd? Melo")


def test_prose_retelling_a_printed_race_joins_it_when_no_row_breaks_the_list():
    page = (
        "Ana Souza won the opening race of the new circuit.\n"
        "Caio Reis finished fifth and Davi Melo sixth, ahead of Eva Rocha.\n"
        "Veja abaixo o resultado da quarta etapa.\n"
        "1) Ana Souza (SP, Apex Racing), 23 voltas em 30m11s946\n"
        "2) Bia Lima (SP, Kite Motorsport), a 2s006\n"
        '3) Ana Lucia "Lu" Souza (SP, Apex Racing), a 2s221\n'
        "4) Fabio Dias (Orbit Team), a 9s362\n"
        "5) Caio Reis (SP, Full Time), a 10s000\n"
        "6) Davi Melo (SP, Kite Motorsport), a 10s393\n"
        "7) Eva Rocha (SP, Apex Racing), a 19s470\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    (race,) = [r for r in extraction.races if r.results]
    assert [(r.position, r.driver) for r in race.results] == [
        (1, "Ana Souza"), (2, "Bia Lima"), (3, 'Ana Lucia "Lu" Souza'), (4, "Fabio Dias"),
        (5, "Caio Reis"), (6, "Davi Melo"), (7, "Eva Rocha"),
    ]  # fmt: skip
    assert race.results[1].team == "Kite Motorsport"


def test_a_spaced_table_s_driver_glued_to_the_team_is_split_where_prose_names_the_driver():
    page = (
        "Invented Superleague at the Heide ring\n\n"
        "Ann Lee won race two ahead of Bo van Kim, with Cy Diaz third.\n\n"
        "Race 2 results\n\n"
        "Pos. Driver Team Time\n"
        "1 Ann Lee Apex Roma 45:16.364\n"
        "2 Bo van Kim Kite Porto +10.461\n"
        "3 Cy Diaz Orbit Club de Lisboa +12.809\n"
        "4 Di Eng Sky Club +13.377\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [
        (r.position, r.driver, r.team)
        for race in extraction.races
        for r in race.results
        if r.method == "table"
    ]
    assert rows == [
        (1, "Ann Lee", "Apex Roma"),
        (2, "Bo van Kim", "Kite Porto"),
        (3, "Cy Diaz", "Orbit Club de Lisboa"),
    ]  # Di Eng is named nowhere else: where the name ends is not settled


def test_a_round_up_of_track_dash_winner_sentences_gives_one_race_per_line():
    page = (
        "Weekend round-up: who won where\n\n"
        "FRIDAY\n"
        "MIDWEST\n"
        "Vela Speedway (IA) – Ann Lee won the Modified feature.\n"
        "Kite Series (NE) – Bo Kim was first to the checkers at Oak Park.\n"
        "NORTHEAST\n"
        "Orbit Raceway (NY) – Cy Diaz, Jr. hoisted the trophy in the Late Models.\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [
        (race.name, r.position, r.driver)
        for race in extraction.races
        for r in race.results
        if r.method == "list"
    ]
    assert rows == [
        ("Vela Speedway", 1, "Ann Lee"),
        ("Kite Series", 1, "Bo Kim"),
        ("Orbit Raceway", 1, "Cy Diaz, Jr."),
    ]
    assert not extraction.driver_nations  # state codes are no nations


def test_a_numbered_row_told_as_a_phrase_gives_the_driver_alone():
    from extractors.result_lists import parse_row_text

    cases = [
        ("1. #25 the Night Owl Ann Lee of Vela wins her second big race here", 1, "25", "Ann Lee"),
        ("2. #4G the Red Fox Bo Kim of Oak Park, IL", 2, "4G", "Bo Kim"),
        ("3. #33 Cy Diaz of Orbit with another strong showing", 3, "33", "Cy Diaz"),
        ("4. #7 Di Eng of Kite", 4, "7", "Di Eng"),
    ]
    for text, position, number, driver in cases:
        row = parse_row_text(text)
        assert (row.position, row.car_number, row.driver, row.team, row.nation) == (
            position, number, driver, None, None
        )  # fmt: skip
