"""The points a printed result list gives each row. Pages are invented."""

from extractors.article import extract_article


def _points(text: str) -> list[tuple]:
    races = extract_article(text, media_type="text/plain").races
    return [(x.position, x.driver, x.points) for r in races for x in r.results]


def test_points_printed_with_their_unit_on_the_top_row_only_hold_down_the_list():
    text = (
        "Dirt track meeting at Brook Lane\n\n"
        "The two heats were added up for the day's classification.\n\n"
        "Resultado da etapa\n"
        "1)Adam Lister (MT) 48 pontos\n"
        "2)Bruno Kosta (MT) 44\n"
        "3)Cezary Wolny (RS) 43\n"
        "4)Dawid Nowak (SP) 38\n"
    )
    assert _points(text) == [
        (1, "Adam Lister", 48), (2, "Bruno Kosta", 44), (3, "Cezary Wolny", 43),
        (4, "Dawid Nowak", 38),
    ]  # fmt: skip


def test_bare_numbers_rising_below_a_points_row_are_no_points():
    text = (
        "Dirt track meeting at Brook Lane\n\n"
        "The heat was run in the dry on Saturday.\n\n"
        "Heat 1\n"
        "1)Adam Lister (MT) 20 pontos\n"
        "2)Bruno Kosta (MT) 27\n"
        "3)Cezary Wolny (RS) 31\n"
        "4)Dawid Nowak (SP) 44\n"
    )
    assert [row[2] for row in _points(text)][1:] == [None, None, None]
