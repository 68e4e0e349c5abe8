"""A table printed one cell per line whose last row the page's end cuts inside its last cell, a
time or a gap ('|+6.0' may have lost a digit): the row is kept with its place, name and bike, the
cut cell read as empty; a row cut in another column is left out. Invented pages."""

from extractors.article import extract_article

PAGE = (
    "Invented Supersport round 5\n\nAnn Lee won from Bo Kim.\n\nSupersport Race Results\n"
    "|Pos\n|CL\n|Rider\n|Bike\n|Time/Gap\n"
    "|1\n|SSP\n|Ann LEE\n|Kawasaki\n|24m02.186\n"
    "|2\n|SSP\n|Bo KIM\n|Honda\n|+5.504\n"
    "|3\n|SSP\n|Cy DIAZ\n|Suzuki\n|+6.0"
)

BIKE_LAST = (
    "Invented Supersport round 6\n\nSupersport Race Results\n"
    "|Pos\n|Rider\n|Time/Gap\n|Bike\n"
    "|1\n|Ann LEE\n|24m02.186\n|Kawasaki\n"
    "|2\n|Bo KIM\n|+5.504\n|Honda\n"
    "|3\n|Cy DIAZ\n|+6.010\n|Suzu"
)


def _rows(page: str) -> list[tuple]:
    (race,) = [r for r in extract_article(page, media_type="text/plain").races if r.results]
    return [(r.position, r.driver, r.car, r.gap_s is not None) for r in race.results]


def test_a_row_cut_in_its_gap_is_kept_without_the_gap():
    assert _rows(PAGE) == [
        (1, "Ann Lee", "Kawasaki", False),
        (2, "Bo Kim", "Honda", True),
        (3, "Cy Diaz", "Suzuki", False),
    ]


def test_a_row_cut_in_another_column_is_left_out():
    assert [row[1] for row in _rows(BIKE_LAST)] == ["Ann Lee", "Bo Kim"]
