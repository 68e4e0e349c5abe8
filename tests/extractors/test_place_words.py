"""A place printed with its word before the name ('2e position: Ann Lee'). Rows are invented."""

import pytest

from extractors.result_lists import parse_row_text


@pytest.mark.parametrize(
    ("text", "position", "driver", "car_number"),
    [
        ("1ère position: Jade Lamy (#40)", 1, "Jade Lamy", "40"),
        ("2e position: Élie Sauvé (#10)", 2, "Élie Sauvé", "10"),
        ("3rd position: Ann Lee", 3, "Ann Lee", None),
        ("4ª posizione: Bruno Kosta", 4, "Bruno Kosta", None),
    ],
)
def test_the_position_word_between_the_place_and_the_name(text, position, driver, car_number):
    facts = parse_row_text(text)
    assert (facts.position, facts.driver, facts.car_number, facts.unknown) == (
        position, driver, car_number, (),
    )  # fmt: skip
