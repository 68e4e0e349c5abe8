"""Run-together rows whose bracket is left open before the next row's place ('1- Ann Lee (Kite
GT3, 2- Bo Kim'): the bracket's words stay one field and the row is read. Pages and names are
invented."""

from extractors.article import extract_article
from extractors.inline_rows import closed_row

PAGE = (
    "The finals were run in the dry.\n\n"
    "Group A : 1- Ann Lee (Kite GT3, 2- Bo Kim (Vela 2), 3-Cy Dow (Kite), 4- Di Roe (Vela 2.\n"
)


def test_a_bracket_left_open_is_closed_for_reading():
    assert closed_row("5- Ann Lee (Kite GT3") == "5- Ann Lee (Kite GT3)"


def test_a_row_with_its_brackets_closed_is_read_as_printed():
    assert closed_row("5- Ann Lee (Kite GT3)") == "5- Ann Lee (Kite GT3)"


def test_rows_cut_before_their_bracket_closes_are_read_with_the_list():
    extraction = extract_article(PAGE, media_type="text/plain")
    assert [[(r.position, r.driver) for r in race.results] for race in extraction.races] == [
        [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow"), (4, "Di Roe")]
    ]


def test_the_evidence_is_the_row_as_printed():
    extraction = extract_article(PAGE, media_type="text/plain")
    first = extraction.races[0].results[0]
    assert first.evidence.text == "1- Ann Lee (Kite GT3"
