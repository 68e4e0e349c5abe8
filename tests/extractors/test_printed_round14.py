"""Printed lists in shapes learned in round 14 (issue 13): rows run together in one paragraph,
each driver printed family name first ('1. Lee, Ann, 2. Kim, Bo'). Sentences and pages are
invented."""

from extractors.article import extract_article


def _races(text: str) -> list[tuple[str, list[tuple]]]:
    races = extract_article(text, media_type="text/plain").races
    return [(r.name, [(x.position, x.driver, x.team) for x in r.results]) for r in races]


SURNAMES_FIRST = (
    "Kart club meeting at Vela Park\n\n"
    "The club raced its third round on Sunday in the sun.\n\n"
    "FINAL RESULTS\n\n"
    "Senior final: 1. Lee, Ann, 2. Kim, Bosco, 3. Dow, Cyril, 4. Fox, Evan.\n"
)


def test_rows_printed_family_name_first_read_as_the_drivers_given_name_first():
    rows = [row for _, rows in _races(SURNAMES_FIRST) for row in rows]
    assert rows == [
        (1, "Ann Lee", None),
        (2, "Bosco Kim", None),
        (3, "Cyril Dow", None),
        (4, "Evan Fox", None),
    ]


def test_rows_of_a_name_and_a_make_keep_the_make_out_of_the_name():
    text = SURNAMES_FIRST.replace("Ann,", "Ferrari,").replace("Bosco,", "Honda,")
    rows = [row for _, rows in _races(text) for row in rows]
    assert (1, "Lee Ferrari", None) not in rows
    assert (2, "Honda Kim", None) not in rows


TALLY = (
    "Desert rally, day five\n\n"
    "Bo Kim won the stage of 390 km ahead of Cy Dow, while Ann Lee only managed third.\n\n"
    "Overall classification after 5 stages:\n"
    "1) Ann Lee (Kite), 35h17min18s\n"
    "2) Cy Dow (Vela), 44h00min11s\n"
    "3) Bo Kim (Kite), 46h00min51s\n"
    "4) Eva Fox (Vela), 46h52min34s\n"
)


def test_a_running_tally_of_times_after_some_stages_gives_no_result_rows():
    rows = [(p, d) for _, rows in _races(TALLY) for p, d, _ in rows]
    assert (4, "Eva Fox") not in rows
    assert (1, "Ann Lee") not in rows


def test_a_final_classification_of_times_is_still_a_result():
    text = TALLY.replace("Overall classification after 5 stages:", "Final classification:")
    rows = [(p, d) for _, rows in _races(text) for p, d, _ in rows]
    assert rows[-4:] == [(1, "Ann Lee"), (2, "Cy Dow"), (3, "Bo Kim"), (4, "Eva Fox")]


CLASSES = (
    "Kart club, round four\n\n"
    "More than a hundred drivers raced on Sunday. The top three of each class:\n"
    "Mini Kart\n1° Ann Lee\n2° Bo Kim\n3° Cy Dow\n"
    "150 Seniors\n1° Eva Fox\n2° Finn Berg\n3° Gus Hale\n"
    "150 Masters\n1° Hal Ives\n2° Ida Jones\n3° Jon Kent\n"
    "125 Open\n1° Kim Lund\n2° Lars Moe\n3° Max Nye\n"
)


def test_a_class_heading_printed_digits_first_between_lists_opens_the_next_class():
    rows = [(p, d) for _, rows in _races(CLASSES) for p, d, _ in rows]
    assert rows == [
        (1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow"),
        (1, "Eva Fox"), (2, "Finn Berg"), (3, "Gus Hale"),
        (1, "Hal Ives"), (2, "Ida Jones"), (3, "Jon Kent"),
        (1, "Kim Lund"), (2, "Lars Moe"), (3, "Max Nye"),
    ]  # fmt: skip
    assert all(p != 150 for p, _ in rows)


def test_a_classification_after_the_final_stage_is_the_events_result():
    text = TALLY.replace("after 5 stages", "after stage 5 (final stage)")
    rows = [(p, d) for _, rows in _races(text) for p, d, _ in rows]
    assert rows[-4:] == [(1, "Ann Lee"), (2, "Cy Dow"), (3, "Bo Kim"), (4, "Eva Fox")]


SLALOM = (
    "Club slalom\n\n"
    "Nine members drove the course in the car park on Sunday. Hier die Ergebnisse:\n"
    "Herren:\n"
    "1. Platz Toni Berg auf Westfield 47,50 Sek.\n"
    "2. Platz René Kohl auf NSU Prinz 49,62Sek.\n"
    "3. Platz Marc Dorn auf Kite C180 50,94 Sek.\n"
)


def test_a_row_naming_the_car_after_auf_and_seconds_as_sek_reads_the_driver_and_car():
    races = extract_article(SLALOM, media_type="text/plain").races
    rows = [(r.position, r.driver, r.car) for race in races for r in race.results]
    assert rows == [
        (1, "Toni Berg", "Westfield"),
        (2, "René Kohl", "NSU Prinz"),
        (3, "Marc Dorn", "Kite C180"),
    ]


def test_seconds_printed_with_sek_are_a_time():
    from extractors.result_lists import parse_row_text

    row = parse_row_text("2. Ann Lee +3,5 Sek.")
    assert (row.driver, row.gap_s) == ("Ann Lee", 3.5)


STAGE_TABLE = (
    "Rally news\n\n"
    "Ann Lee and Bo Kim set the best time on the only stage of the day.\n\n"
    "PROVISIONAL TIMES AFTER SS1\n"
    "1. | Lee/Kim Diaz – Kite Fabia R5 | ||\n"
    "2. | Dow/Fox – Vela Polo R5 | +3.3 | |\n"
    "3. | Berg/Hale – Kite C3 Rally2 | +6.2 | |\n"
    "4. | Ives/Jones Lund – Vela i20 R5 | +6.3 | |\n"
)


def test_a_table_of_rally_crews_each_with_its_car_after_a_dash_reads_the_crews():
    races = extract_article(STAGE_TABLE, media_type="text/plain").races
    rows = [(r.position, r.driver) for race in races for r in race.results]
    assert rows == [(1, "Lee/Kim Diaz"), (2, "Dow/Fox"), (3, "Berg/Hale"), (4, "Ives/Jones Lund")]


def test_a_team_in_brackets_printed_with_spaces_inside_is_the_rows_team():
    from extractors.result_lists import parse_row_text

    row = parse_row_text("2º – #29 Ann Lee ( Apex Racing Team ) – a 1.860")
    assert (row.position, row.driver, row.team, row.car_number) == (
        2,
        "Ann Lee",
        "Apex Racing Team",
        "29",
    )
