"""A placed row whose total time went onto the line below ('1st (7) Ann Lee/Bo Kim (Kite WRC)',
then '2.01.07.0'), the break sometimes inside the car's bracket ('(Vela', then 'N) 2.08.23.4'),
and ordinals printed in capitals ('2ND'). Pages and names are invented."""

from extractors.article import extract_article
from extractors.result_lists import parse_row_text

BULLETIN = (
    "RALLY BULLETIN NO.4\n"
    "Marsh Hill / Sunday 4.15\n"
    "FINAL RESULTS\n"
    "1st (7) Orvo Tally/Pim Rasker (Kite WRC)\n"
    "2.01.07.0\n"
    "2ND (6) Quen Abbot/Ruel Sonder (Kite WRC)\n"
    "2.06.02.0\n"
    "3rd (8) Tash Melko/Ugo Brill (Vela\n"
    "N) 2.07.11.3\n"
    "4th (12) Vim Haller/Wes Dunmore (Vela N)\n"
    "2.08.23.4\n"
    "Orvo Tally was all smiles at the finish.\n"
)


def rows_of(text: str) -> list[tuple[int | None, str, float | None]]:
    extraction = extract_article(text, media_type="text/plain")
    return [(r.position, r.driver, r.time_s) for race in extraction.races for r in race.results]


def test_each_row_takes_the_time_printed_below_it():
    assert rows_of(BULLETIN) == [
        (1, "Orvo Tally", 7267.0),
        (2, "Quen Abbot", 7562.0),
        (3, "Tash Melko", 7631.3),
        (4, "Vim Haller", 7703.4),
    ]


def test_an_ordinal_in_capitals_is_a_place():
    row = parse_row_text("3RD Quen Abbot 1:02:03.4")
    assert (row.position, row.driver) == (3, "Quen Abbot")


def test_a_line_of_words_below_a_row_is_not_joined_to_it():
    page = (
        "RESULTS\n"
        "1st (7) Orvo Tally/Pim Rasker (Kite WRC)\n"
        "Won by a distance\n"
        "2nd (6) Quen Abbot/Ruel Sonder (Kite WRC)\n"
        "Second again\n"
    )
    assert all(time is None for _, _, time in rows_of(page))
