"""A run-together classification whose places carry footnote stars ('4.* Ann Lee', '15.** Bo
Kim': a penalty explained after the list) and whose notes follow the last row after a dash
('. - * = 5-second penalty'). Invented pages."""

from __future__ import annotations

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists

STARRED_PAGE = (
    "Fernvale\n"
    "Fernvale Grand Prix (40 laps): 1. Ann Lee (GBR), Kite, 1:30:10,250. "
    "2. Bo Kim (SWE), Vortan, 8,143 behind. 3. Cy Diaz (ESP) 12,779. "
    "4.* Ed Fox (NED), Kite, 15,768. 5. Gil Roe (FIN), Vortan. "
    "6.** Hal Ash (DEN), Kite. - * = 5-second penalty (track limits). "
    "- ** 5-second penalty (collision). - Fastest lap: Lee.\n"
)


def _rows(text: str) -> list[tuple[int | None, str]]:
    races = extract_article(text, media_type="text/plain").races
    return [(r.position, r.driver) for race in races for r in race.results]


def test_places_with_footnote_stars_go_on_counting():
    assert _rows(STARRED_PAGE) == [
        (1, "Ann Lee"),
        (2, "Bo Kim"),
        (3, "Cy Diaz"),
        (4, "Ed Fox"),
        (5, "Gil Roe"),
        (6, "Hal Ash"),
    ]


def test_the_last_row_ends_at_a_note_opened_by_a_dash():
    found = split_inline_lists("Race: 1. Ann Lee, Kite. 2. Bo Kim, Vortan. - * = penalty")
    assert [row.text for row in found[0].rows] == ["1. Ann Lee, Kite", "2. Bo Kim, Vortan"]


def test_a_star_glued_to_a_number_with_no_space_after_is_no_place():
    found = split_inline_lists("Race: 1. Ann Lee, Kite. 2. Bo Kim, Vortan, 3.*Cy")
    assert [row.text[:2] for row in found[0].rows] == ["1.", "2."]
