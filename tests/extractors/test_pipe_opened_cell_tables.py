"""Tables printed one cell per line with a pipe opening each cell (a web table's export), and a
motorcycle race's header words (rider, bike, class code). Invented pages."""

from __future__ import annotations

import pytest

from extractors.article import extract_article
from extractors.tables import header_kinds

BIKES_PAGE = (
    "Invented Supersport round 3\n\nAnn Lee won from Bo Kim.\n\nSupersport Race Results\n"
    "|Pos\n|CL\n|Rider\n|Bike\n|Time/Gap\n"
    "|1\n|SSP\n|Ann LEE\n|Kawasaki\n|24m02.186\n"
    "|2\n|SSP\n|Bo KIM\n|Honda\n|+5.504\n"
    "|3\n|SSP\n|Cy DIAZ\n|Suzuki\n|+6.010\n\n"
    "Next round in June.\n"
)


def test_each_pipe_opened_line_is_a_cell_of_the_table():
    (race,) = [r for r in extract_article(BIKES_PAGE, media_type="text/plain").races if r.results]
    got = [(r.position, r.driver, r.car, r.gap_s) for r in race.results]
    assert got == [
        (1, "Ann Lee", "Kawasaki", None),
        (2, "Bo Kim", "Honda", pytest.approx(5.504)),
        (3, "Cy Diaz", "Suzuki", pytest.approx(6.01)),
    ]


def test_a_row_cut_by_the_end_of_the_page_is_left_out():
    cut = BIKES_PAGE[: BIKES_PAGE.index("|Cy DIAZ")] + "|Cy DI"
    (race,) = [r for r in extract_article(cut, media_type="text/plain").races if r.results]
    assert [r.driver for r in race.results] == ["Ann Lee", "Bo Kim"]


def test_a_motorcycle_races_header_words():
    assert header_kinds(["Pos", "CL", "Rider", "Bike", "Time/Gap"]) == [
        "position", "class", "driver", "car", "time"
    ]  # fmt: skip
