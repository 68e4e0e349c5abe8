"""Printed lists in shapes learned in round 7 (issue 13): entrant codes printed capitals first
before the driver ('1st KX12 Ann Lee'). Sentences and pages are invented."""

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
