"""Rows with no place printed, each opening with its own class's label before a colon ('Class
A (Saloons up to 1,300 c.c.): T. Varn (Fiat) 38.08 sec.'): each names its class's winner, not
a place in one list (round 25; invented page, expectations written by hand)."""

from extractors.article import extract_article

CLASS_WINNERS = """Recent Results

Hillside Hill-Climb (June 2nd)

Class A (Saloons up to 1,300 c.c.): T. Varn (Fiat) 38.08 sec.

Class B (Saloons up to 1,600 c.c.): K. L. Dorne (Ford) 36.40 sec.

Class D (Saloons up to 2,600 c.c.): P. Ashby (Lotus) 34.40 sec.
"""

ONE_CLASS_LIST = """Hillside Hill-Climb (June 2nd)

Class A (Saloons up to 1,300 c.c.):

1. T. Varn (Fiat) 38.08 sec.
2. K. L. Dorne (Ford) 38.40 sec.
3. P. Ashby (Healey) 39.12 sec.
"""


def _placed(text: str) -> dict[str, list[tuple[int | None, str | None]]]:
    races = extract_article(text, media_type="text/plain").races
    return {r.name: [(x.position, x.driver) for x in r.results] for r in races if r.results}


def test_each_class_labelled_row_is_its_class_winner() -> None:
    assert _placed(CLASS_WINNERS) == {
        "Class A": [(1, "T. Varn")],
        "Class B": [(1, "K. L. Dorne")],
        "Class D": [(1, "P. Ashby")],
    }


def test_a_numbered_list_under_one_class_keeps_its_places() -> None:
    placed = _placed(ONE_CLASS_LIST)
    assert [rows for rows in placed.values()] == [
        [(1, "T. Varn"), (2, "K. L. Dorne"), (3, "P. Ashby")]
    ]
