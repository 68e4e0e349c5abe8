"""Round 23's list shapes: a date line ('13 AUGUST') between team-match lines is no place of a
driver named for the month, and a moto club's abbreviation ('MC') printed after a rider is no
nation and no part of a name. Pages and names are invented; expectations written by hand."""

import pytest

from extractors.article import extract_article
from extractors.name_gate import name_kind
from extractors.names import looks_like_name
from extractors.nations import lookup, nation_code


@pytest.mark.parametrize("month", ["AUGUST", "August", "Agosto", "Juni", "SEPTEMBRE", "Grudnia"])
def test_a_month_alone_is_no_name(month):
    assert not looks_like_name(month)


@pytest.mark.parametrize("name", ["August Kelm", "June Brar", "Jan", "May", "Mai", "Marco"])
def test_given_names_that_are_months_or_their_abbreviations_stay_names(name):
    assert looks_like_name(name)


def test_date_lines_between_match_lines_are_no_rows():
    text = (
        "Invented Speedway League: the week's results\n"
        "11 MARCH\n"
        "Oakvale 50 Kestrel Bay 40\n"
        "Redmoor 47 Lynthorpe 43\n"
        "12 MARCH\n"
        "Lynthorpe 52 Oakvale 38\n"
        "14 MARCH\n"
        "Kestrel Bay 46 Redmoor 44\n"
    )
    extraction = extract_article(text, media_type="text/plain")
    drivers = [row.driver for race in extraction.races for row in race.results]
    assert not any("march" in driver.lower() for driver in drivers)


def test_a_club_abbreviation_is_no_nation():
    assert lookup("MC") is None
    assert nation_code("MON") == "MCO"
    assert nation_code("Monaco") == "MCO"


@pytest.mark.parametrize("text", ["Olaf BRENNIG MC Vellbourg", "Olaf Brennig Vellbourg MC"])
def test_a_rider_and_his_moto_club_run_together_name_no_one(text):
    assert name_kind(text) == "other"


def test_rows_of_riders_and_their_moto_clubs_give_no_rider_a_nation():
    text = (
        "Classement de la journée en Open:\n"
        "1 - Olaf BRENNIG Vellbourg MC\n"
        "2 - Tim CARDOUX MC Pontrieux\n"
        "3 - Yves MALDRET Vellbourg MC\n"
    )
    extraction = extract_article(text, media_type="text/plain")
    rows = [row for race in extraction.races for row in race.results]
    assert all(row.nation is None for row in rows)
    assert not any(row.driver.endswith("MC") or " MC " in row.driver for row in rows)
