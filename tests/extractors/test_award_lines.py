"""Lines naming who took pole or set the fastest lap ('Pole Position: Ann Lee 1:14,411') sit
below a race's result on many pages; they are no rows of a classification (invented pages in the
shapes real ones print)."""

import pytest

from extractors.article import _award_line, read_structured
from extractors.document import document_from_text


@pytest.mark.parametrize(
    ("line", "award"),
    [
        ("Pole Position: Ann Lee (Kanada) – Kite 1:14,411 Min.", True),
        ("Schnellste Rennrunde: Ann Lee 1:16,702 Min.", True),
        ("Fastest lap: Bo Kim 1:23.456", True),
        ("Pole: Cy Diaz", True),
        ("Late Models: Ann Lee", False),
        ("DNS: #34 Bo Kim", False),
    ],
)
def test_award_line(line, award):
    assert _award_line(line) is award


def test_pole_and_fastest_lap_lines_below_a_result_are_no_race():
    text = (
        "Lauf 2 in Oberau (40 Runden): 1. Ann Lee (Kanada) – Kite 1:02:34,598 Std., "
        "2. Bo Kim (Japan) – Vane +22,000 Sek., 3. Cy Diaz (Chile) – Kite +23,702\n\n"
        "Pole Position: Bo Kim (Japan) – Vane 1:14,411 Min.\n\n"
        "Schnellste Rennrunde: Ann Lee 1:16,702 Min.\n"
    )
    facts = read_structured(document_from_text(text))
    drivers = [[row.driver for row in rows] for rows in facts.results.values()]
    assert drivers == [["Ann Lee", "Bo Kim", "Cy Diaz"]]
