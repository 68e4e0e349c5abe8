"""Printed lists in shapes learned in round 7 (issue 13): entrant codes printed capitals first
before the driver ('1st KX12 Ann Lee'). Sentences and pages are invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists
from extractors.result_lists import parse_row_text


def test_an_entrant_code_capitals_first_before_the_name_is_the_car_number():
    row = parse_row_text("1st KX12 Ann Lee")
    assert (row.position, row.driver, row.car_number) == (1, "Ann Lee", "KX12")
    row = parse_row_text("3rd B140 Cy Dow")
    assert (row.position, row.driver, row.car_number) == (3, "Cy Dow", "B140")


def test_an_entrant_code_capitals_first_alone_stands_where_the_driver_goes():
    row = parse_row_text("2nd RT205")
    assert (row.position, row.driver, row.car_number) == (2, "RT205", "RT205")


def test_a_class_before_the_name_is_no_entrant_code():
    assert parse_row_text("1. GT3 Ann Lee").car_number is None
    assert parse_row_text("2. KZ2 Bo Kim").car_number is None  # a karting class
    assert parse_row_text("2. LMP2 Bo Kim Cy").car_number is None


def test_a_place_printed_with_its_word_before_the_name_is_the_place():
    row = parse_row_text("1. Platz Ann Lee")
    assert (row.position, row.position_text, row.driver) == (1, "1. Platz", "Ann Lee")
    row = parse_row_text("3rd place Bo Kim")
    assert (row.position, row.driver) == (3, "Bo Kim")


def test_places_printed_with_their_word_may_skip_places():
    (found,) = split_inline_lists("Klasse 2 bis 600 ccm: 1. Platz Ann Lee 3. Platz Bo Kim")
    assert found.lead_in == "Klasse 2 bis 600 ccm"
    assert [r.text for r in found.rows] == ["1. Platz Ann Lee", "3. Platz Bo Kim"]
    assert split_inline_lists("Ann Lee was 1. in heat one and 3. in the final") == []


def test_a_car_code_glued_by_a_hyphen_before_the_name_is_the_car_number():
    row = parse_row_text("7BC-Ann Lee [5]")
    assert (row.position, row.driver, row.car_number) == (None, "Ann Lee", "7BC")
    assert parse_row_text("X1-Bo Kim").car_number == "X1"
    assert parse_row_text("Jean-Paul Dow").car_number is None


FEATURE = (
    "Club night at the oval\n\n"
    "Sprint A Feature (25 Laps)\n"
    "- 87-Ann Lee [7]\n- 7BC-Bo Kim [5]\n- 88-Cy Dow [11]\n- W-Di Fox [1]\n\n"
    "The next meeting is on Friday."
)


def test_a_list_numbered_by_car_gives_its_places_by_order():
    races = extract_article(FEATURE, media_type="text/plain").races
    assert [(r.name, [(x.position, x.driver, x.car_number) for x in r.results]) for r in races] == [
        (
            "Sprint A Feature",
            [(1, "Ann Lee", "87"), (2, "Bo Kim", "7BC"), (3, "Cy Dow", "88"), (4, "Di Fox", "W")],
        )
    ]


ROSTER = (
    "Club night at the oval\n\n"
    "Six drivers go into the title fight, and these are the names to watch:\n"
    "- Ann Lee (Chevrolet)\n- Bo Kim (Ford)\n- Cy Dow (Ford)\n- Di Fox (Chevrolet)\n\n"
    "The next meeting is on Friday."
)


def test_a_bullet_list_of_names_and_cars_after_a_sentence_is_no_result():
    races = extract_article(ROSTER, media_type="text/plain").races
    assert [r for race in races for r in race.results if r.method == "list"] == []


def test_a_place_with_a_stray_dot_and_times_with_dotted_units():
    row = parse_row_text(".1) Ann Lee (Ford Falcon)...... 36m.57s.421/1000")
    assert (row.position, row.driver, row.time_s) == (1, "Ann Lee", 2217.421)
    row = parse_row_text(".2) Bo Kim (Ford Falcon)......... a 1s.057/1000")
    assert (row.position, row.driver, row.gap_s) == (2, "Bo Kim", 1.057)
