"""A standings line whose points close with a full stop ('2. Tolley 388.'), the list's rows
each a place, a surname and the points with no unit. Pages and names are invented."""

import pytest

from extractors.article import extract_article
from extractors.result_lists import parse_row_text

PAGE = (
    "Kite Cup report\n\nAnn Marsh won again at Vela Park.\n\n"
    "Open class standings:\n\n"
    "1. Marsh 402\n\n"
    "2. Tolley 388.\n\n"
    "3. de Vaan 301.\n\n"
    "4. Orme 290.\n"
)


@pytest.mark.parametrize(
    ("row", "driver", "number"),
    [
        ("2. Tolley 388.", "Tolley", 388.0),
        ("3. de Vaan 301.", "de Vaan", 301.0),
        ("1. Marsh 402", "Marsh", 402.0),
    ],
)
def test_the_number_closing_the_row_is_read_with_its_full_stop(row, driver, number):
    facts = parse_row_text(row)
    assert (facts.position, facts.driver, facts.bare_number) == (int(row[0]), driver, number)


def test_every_line_is_a_standing():
    extraction = extract_article(PAGE, media_type="text/plain")
    assert [(s.position, s.driver, s.points) for s in extraction.standings] == [
        (1, "Ann Marsh", 402.0),  # the full name the report gives
        (2, "Tolley", 388.0),
        (3, "de Vaan", 301.0),
        (4, "Orme", 290.0),
    ]
