"""A speedway meeting's classification, one numbered row per rider: club, total, heat scores, and
for the best riders their place in the final or the run-off after a dash; dots where rows are
left out; non-starters closing the list with 'NS'. Pages and names are invented."""

from extractors.article import extract_article
from extractors.result_lists import parse_row_text

PAGE = (
    "Ann Lee won the final ahead of Bo Kim.\n"
    "Punktacja:\n"
    "1. Ann Lee (Vela Oakfield) - 14 (3,3,2,3,3) - 1. miejsce w finale\n"
    "2. Bo Kim (Kite Mora) - 13 (3,2,3,3,2) - 1. miejsce w barażu - 2. miejsce w finale\n"
    "...\n"
    "3. Cy Diaz (Vela Oakfield) - 12 (2,3,3,2,2) - 2. miejsce w barażu\n"
    "4. Di Roe (Kite Mora) - 9 (1,2,2,2,2)\n"
    "5. Ed Fox (Apex Lind) - NS\n"
)


def test_a_place_in_another_race_is_no_field_of_the_row():
    row = parse_row_text("2. Bo Kim (Kite Mora) - 13 (3,2,3,3,2) - 2. place in the final")
    assert (row.position, row.driver, row.points, row.unknown) == (2, "Bo Kim", 13.0, ())


def test_ns_after_a_dash_closing_a_row_is_a_non_starter():
    row = parse_row_text("5. Ed Fox (Apex Lind) - NS")
    assert (row.driver, row.status) == ("Ed Fox", "dns")


def test_ns_after_a_town_is_a_province_not_a_status():
    row = parse_row_text("3. Ann Lee, Halifax, NS")
    assert row.status == "finished"


def test_the_list_goes_on_past_a_line_of_dots_and_a_non_starter_has_no_place():
    extraction = extract_article(PAGE, media_type="text/plain")
    rows = [
        (r.position, r.driver, r.status)
        for race in extraction.races
        if race.name == "Punktacja"  # the final and the run-off are races of their own
        for r in race.results
        if r.method != "narrative"
    ]
    assert rows == [
        (1, "Ann Lee", "finished"),
        (2, "Bo Kim", "finished"),
        (3, "Cy Diaz", "finished"),
        (4, "Di Roe", "finished"),
        (None, "Ed Fox", "dns"),
    ]
