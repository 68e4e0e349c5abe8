"""A list's last row cut off by the end of the page: it ends the page and says more, or less,
than every row above it, so that nothing tells where its cell was cut. Invented pages."""

from __future__ import annotations

from extractors.article import extract_article

SURNAMES_PAGE = "Invented kart final\n\nFinal 2\n\n1 Lee\n\n2 Kim\n\n3 Diaz\n\n4 Roe\n\n"


def _rows(text: str) -> list[tuple[int | None, str]]:
    races = extract_article(text, media_type="text/plain").races
    return [(r.position, r.driver) for race in races for r in race.results]


def test_a_last_row_longer_than_every_row_above_and_ending_the_page_is_left_out():
    assert _rows(SURNAMES_PAGE + "5 Ed Fox Kit") == [
        (1, "Lee"),
        (2, "Kim"),
        (3, "Diaz"),
        (4, "Roe"),
    ]


def test_a_last_row_of_the_shape_of_the_rows_above_is_read():
    page = "Invented kart final\n\nFinal 2\n\n1 Ann Lee\n\n2 Bo Kim\n\n3 Cy Diaz\n\n4 Ed Fox"
    assert _rows(page) == [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz"), (4, "Ed Fox")]


def test_a_longer_last_row_followed_by_more_text_is_read():
    rows = _rows(SURNAMES_PAGE + "5 Ed Fox Kit\n\nNext round in May.\n")
    assert rows[-1] == (5, "Ed Fox Kit")
