"""Rows printing the driver's country and name between slashes ('1st / Vandoria / Ann Lee'):
a nation column next to the name, not a crew of two. Invented names; the countries are real
(the gazetteer's), the drivers and series invented."""

from __future__ import annotations

from extractors.article import extract_article
from extractors.result_lists import parse_row_text

SLASHED_PAGE = (
    "Invented Esports Finals\n\n"
    "Invented Cup Final\n\n"
    "Position / Country / Name (ID)\n"
    "1st / France / Ann Lee (ann_lee_1)\n"
    "2nd / United Kingdom / Bo Kim (BoKim)\n"
    "3rd / Chile / Cy Diaz (cyd)\n\n"
    "More about the finals on the series page.\n"
)


def test_a_country_between_slashes_is_the_rows_nation():
    row = parse_row_text("2nd / United Kingdom / Bo Kim (BoKim)")
    assert (row.position, row.driver, row.nation, row.crew) == (2, "Bo Kim", "GBR", ())


def test_the_name_may_come_before_the_country():
    row = parse_row_text("1. Ann Lee / France")
    assert (row.driver, row.nation, row.crew) == ("Ann Lee", "FRA", ())


def test_two_names_between_slashes_stay_a_crew():
    row = parse_row_text("1. Ann Lee / Bo Kim (Kite)")
    assert row.crew == ("Ann Lee", "Bo Kim")


def test_a_page_of_slashed_country_rows_reads_drivers():
    races = extract_article(SLASHED_PAGE, media_type="text/plain").races
    rows = [(r.position, r.driver) for race in races for r in race.results]
    assert rows == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz")]


def test_two_nations_of_one_driver_give_no_nation():
    row = parse_row_text("Ann Lee Vandorian Italie / Venezuela")
    assert row.nation != "VEN"
