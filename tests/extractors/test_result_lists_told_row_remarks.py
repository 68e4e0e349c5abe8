"""Numbered rows told as a phrase, '1. #24H Ann Lee of Vela', with a remark after the hometown
opening in lower case ('… of Vela sweeps both classes!') or a nickname in quotes before the name
('#68 “Bigfoot” Bo Kim of Oak Glen, IL'). Pages and names are invented."""

import pytest

from extractors.article import extract_article
from extractors.result_lists import parse_row_text

PAGE = (
    "Results from the Saturday show at Pine Hollow Raceway.\n\n"
    "Kestrel Tools Modified Division\n\n"
    "1. #24H Alder Quint of Millbrook sweeps two divisions!\n\n"
    "2. #87Z Bram Tolley of Farview, IL\n\n"
    "3. #67 Corin Vask of Dunmore, IL\n\n"
    "Factory Stock Division\n\n"
    "1. #68 “Bigfoot” Dell Ormsby of Cottage Glen, IL\n\n"
    "2. #9X Evan Pruitt of Millbrook\n\n"
    "3. #30 Fenn Galt of Oakridge, IL\n"
)


@pytest.mark.parametrize(
    ("row", "driver", "number"),
    [
        ("1. #24H Alder Quint of Millbrook sweeps two divisions!", "Alder Quint", "24H"),
        ("2. #5 Gil Marsh of Dunmore, IL takes the points lead", "Gil Marsh", "5"),
        ("1. #68 “Bigfoot” Dell Ormsby of Cottage Glen, IL", "Dell Ormsby", "68"),
        ('4. #3 "Doc" Hal Brine of Oak Park', "Hal Brine", "3"),
        ("3. #67 Corin Vask of Dunmore, IL", "Corin Vask", "67"),
    ],
)
def test_the_name_alone_is_the_driver(row, driver, number):
    facts = parse_row_text(row)
    assert (facts.driver, facts.car_number) == (driver, number)


def test_a_lower_case_of_inside_the_name_is_no_remark():
    assert parse_row_text("2. Ivo de Lanza of Farview, IL").driver == "Ivo de Lanza"


def test_both_divisions_are_read_in_full():
    extraction = extract_article(PAGE, media_type="text/plain")
    assert [
        (race.name, [(r.position, r.driver) for r in race.results if r.method == "list"])
        for race in extraction.races
    ] == [
        (
            "Kestrel Tools Modified Division",
            [(1, "Alder Quint"), (2, "Bram Tolley"), (3, "Corin Vask")],
        ),
        ("Factory Stock Division", [(1, "Dell Ormsby"), (2, "Evan Pruitt"), (3, "Fenn Galt")]),
    ]
