"""The team a printed result row names, told from its car."""

import pytest

from extractors.result_lists import parse_row_text


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("1- Tomas Berg, Jaguar Racing, 30 vueltas en 45m12s300", "Jaguar Racing"),
        ("2- Ana Ribeiro, Audi Sport Kessler a 3s412", "Audi Sport Kessler"),
        ("3. Bo Lindqvist (Porsche Esport Team) +4.210", "Porsche Esport Team"),
    ],
)
def test_a_team_named_for_its_maker_is_the_team(text, team):
    facts = parse_row_text(text)
    assert (facts.team, facts.car) == (team, None)


@pytest.mark.parametrize(
    ("text", "car"),
    [
        ("1. Tomas Berg – Suzuki Swift Sport – 21:04.512", "Suzuki Swift Sport"),
        ("2. Ana Ribeiro – Cupra Leon Competicion – +2.118s", "Cupra Leon Competicion"),
        ("3. Bo Lin – Toyota GR Supra Racing Concept – +4.2s", "Toyota GR Supra Racing Concept"),
    ],
)
def test_a_model_ending_in_a_team_word_stays_the_car(text, car):
    facts = parse_row_text(text)
    assert (facts.car, facts.team) == (car, None)
