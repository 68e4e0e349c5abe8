"""Places printed each on a line of its own, the row on the line below ('1st', then '(7) Ann
Lee/Bo Kim (Kite WRC) 1.08.50'): a results table pasted one cell a line. The two lines read as one
row with that place; a time in a form the row does not settle is left unread, never guessed.
Pages and names are invented."""

from extractors.article import extract_article

BULLETIN = (
    "HILLTOP STAGES BULLETIN\n"
    "Final Results\n"
    "1st\n"
    "(7) Orvo Tally/Pim Rasker (Kite WRC) 1.02.10\n"
    "2nd\n"
    "(3) Quen Abbot/Ruel Sonder (Kite WRC) 1.02.44\n"
    "3rd\n"
    "(21) Tash Melko/Ugo Brill (Vela N) 1.03.05\n"
    "4th\n"
    "(12) Vim Haller/Wes Dunmore (Vela N) 1.04.30\n"
    "Orvo Tally was all smiles at the finish after a clean run through the forest.\n"
)


def rows_of(text: str) -> list[tuple[int | None, str, float | None]]:
    extraction = extract_article(text, media_type="text/plain")
    return [(r.position, r.driver, r.time_s) for race in extraction.races for r in race.results]


def test_each_place_line_gives_its_place_to_the_row_below():
    assert rows_of(BULLETIN) == [
        (1, "Orvo Tally", None),
        (2, "Quen Abbot", None),
        (3, "Tash Melko", None),
        (4, "Vim Haller", None),
    ]


def test_a_settled_time_is_read_with_the_row():
    page = (
        "Final Results\n"
        "1st\n"
        "Orvo Tally (Kite WRC) 1:02:10\n"
        "2nd\n"
        "Quen Abbot (Kite WRC) 1:02:44\n"
        "3rd\n"
        "Tash Melko (Vela N) 1:03:05\n"
    )
    assert rows_of(page) == [
        (1, "Orvo Tally", 3730.0),
        (2, "Quen Abbot", 3764.0),
        (3, "Tash Melko", 3785.0),
    ]


def test_two_place_lines_are_too_few_to_join():
    page = (
        "Final Results\n"
        "1st\n"
        "(7) Orvo Tally/Pim Rasker (Kite WRC) 1.02.10\n"
        "2nd\n"
        "(3) Quen Abbot/Ruel Sonder (Kite WRC) 1.02.44\n"
    )
    assert rows_of(page) == []


def test_places_that_do_not_count_from_one_are_not_joined():
    page = (
        "Final Results\n"
        "2nd\n"
        "(7) Orvo Tally/Pim Rasker (Kite WRC) 1.02.10\n"
        "5th\n"
        "(3) Quen Abbot/Ruel Sonder (Kite WRC) 1.02.44\n"
        "9th\n"
        "(21) Tash Melko/Ugo Brill (Vela N) 1.03.05\n"
    )
    assert rows_of(page) == []


def test_a_line_of_words_below_a_place_is_not_a_row():
    page = (
        "Final Results\n"
        "1st\n"
        "and a long way clear of the field\n"
        "2nd\n"
        "after a spin at the hairpin\n"
        "3rd\n"
        "with a puncture on the last lap\n"
    )
    assert rows_of(page) == []
