"""Seconds in the time quantities race prose uses."""

import pytest

from extractors.narrative.quantities import parse_seconds


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("0.002s", 0.002),
        ("+12s", 12.0),
        ("1.5 seconds", 1.5),
        ("0,684 sec", 0.684),
        ("+1:05.950", 65.95),
        ("1'05.950", 65.95),
        ("two-second", 2.0),
        ("five seconds", 5.0),
        ("20-second", 20.0),
        ("half a second", 0.5),
        ("a tenth", 0.1),
        ("a tenth of a second", 0.1),
        ("three tenths", 0.3),
        ("two hundredths", 0.02),
    ],
)
def test_quantity_in_seconds(text, seconds):
    assert parse_seconds(text) == pytest.approx(seconds)


def test_words_without_a_number_give_none():
    assert parse_seconds("seconds") is None
