"""A flattened results table run together on one line: the team column glued to the names, the
points printed with a bonus and their total ('15 1 16'), a footnote's lone asterisk, the winner's
time with hours ('1:28.12.604'), and labels inside the run ('Drivers without points:', 'Not
classified:'). Pages and names are invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists
from extractors.result_lists import parse_row_text

GRAND_PRIX = (
    "Clasificación final del Gran Premio de Orvania\n\n"
    "Pos Piloto Escudería Gap Puntos V. Rápida Total 1. Ivo Marlen Kite 1:28.12.604 25 - 25 "
    "2. Tom Argyle Vela Works +12.004 18 - 18 3. Ugo Brenner Kite + 20.510 15 1 16 "
    "4. Rui Cadell * Vela Works + 1 vuelta 12 - 12 Pilotos sin puntos: 5. Lev Dorsey Brise "
    "+ 1 vuelta 6. Max Hollin Brise + 2 vueltas No terminó: 7. Jon Pettersby Ferrari -\n"
)


def test_points_a_bonus_and_their_total_give_the_total():
    assert parse_row_text("3. Ugo Brenner, + 20.510 15 1 16").points == 16.0
    assert parse_row_text("2. Tom Argyle, +12.004 18 - 18").points == 18.0


def test_three_numbers_that_do_not_add_up_are_no_points():
    assert parse_row_text("3. Ugo Brenner, + 20.510 15 1 19").points is None


def test_a_lone_asterisk_after_the_name_is_a_note_mark():
    row = parse_row_text("4. Rui Cadell * (Vela Works) + 1 vuelta")
    assert (row.driver, row.team, row.unknown) == ("Rui Cadell", "Vela Works", ())


def test_hours_then_dotted_minutes_seconds_and_thousandths_are_a_time():
    assert parse_row_text("1. Ivo Marlen (Kite) 1:28.12.604").time_s == 5292.604


def test_a_label_naming_points_goes_on_and_any_other_ends_the_list():
    (found,) = split_inline_lists(GRAND_PRIX.splitlines()[2])
    assert [row.text for row in found.rows][3:] == [
        "4. Rui Cadell * Vela Works + 1 vuelta 12 - 12",
        "5. Lev Dorsey Brise + 1 vuelta",
        "6. Max Hollin Brise + 2 vueltas",
    ]


def test_the_team_column_is_cut_from_the_names_where_teams_repeat():
    extraction = extract_article(GRAND_PRIX, media_type="text/plain")
    rows = [r for race in extraction.races for r in race.results if r.method == "list"]
    assert [(r.position, r.driver, r.team, r.points) for r in rows] == [
        (1, "Ivo Marlen", "Kite", 25.0),
        (2, "Tom Argyle", "Vela Works", 18.0),
        (3, "Ugo Brenner", "Kite", 16.0),
        (4, "Rui Cadell", "Vela Works", 12.0),
        (5, "Lev Dorsey", "Brise", None),
        (6, "Max Hollin", "Brise", None),
    ]
    assert rows[0].time_s == 5292.604
    assert [r.status for r in rows[3:]] == ["lapped", "lapped", "lapped"]


def test_names_whose_last_words_repeat_in_no_other_row_are_left_whole():
    page = (
        "Clasificación final\n\n"
        "1. Ivo Marlen Kite 25, 2. Tom Argyle Vela 18, 3. Ugo Brenner Dorne 15, "
        "4. Rui Cadell Brise 12\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    rows = [r for race in extraction.races for r in race.results if r.method == "list"]
    assert all(r.team is None for r in rows)
