"""A rally's top ten printed crew by crew, each member family name first with initials
('Lee, A. / Kim, B. (Ford Fiesta R5) +0:12,3'): the row is the crew as printed, its members whole.
Pages and names are invented."""

from extractors.article import extract_article
from extractors.result_lists import parse_crew, parse_row_text

PAGE = (
    "Tom Berg hatte mehr Glück, der die Heide Rally gewann.\n"
    "\n"
    "Ergebnis Heide Rally:\n"
    "01. Berg jr., T. / van Dam, K. (Ford Fiesta R5) 1:10:05,2\n"
    "02. Olsen, A. / Lind, B. (Skoda Fabia R5) +0:31,4\n"
    "03. van der Meer, C. / Aas, D. (Ford Fiesta R5) +1:02,8\n"
    "04. Smit, E. / Roos, F. (Skoda Fabia R5) +2:40,0\n"
)


def test_members_printed_family_name_first_stay_whole():
    assert parse_crew("Olsen, A. / Lind, B.") == ("Olsen, A.", "Lind, B.")


def test_a_suffix_after_the_family_name_is_part_of_it():
    assert parse_crew("Berg jr., T. / van Dam, K.") == ("Berg jr., T.", "van Dam, K.")


def test_names_joined_by_commas_alone_are_still_a_list():
    assert parse_crew("Lee, Kim, Diaz") == ("Lee", "Kim", "Diaz")


def test_the_row_is_the_crew_as_printed():
    row = parse_row_text("02. Olsen, A. / Lind, B. (Skoda Fabia R5) +0:31,4")
    assert (row.position, row.driver, row.crew, row.car, row.gap_s) == (
        2,
        "Olsen, A. / Lind, B.",
        ("Olsen, A.", "Lind, B."),
        "Skoda Fabia R5",
        31.4,
    )


def test_every_crew_of_the_list_is_read_and_no_word_of_the_prose_wins():
    extraction = extract_article(PAGE, media_type="text/plain")
    rows = [(r.position, r.driver) for race in extraction.races for r in race.results]
    assert rows == [
        (1, "Berg jr., T. / van Dam, K."),
        (2, "Olsen, A. / Lind, B."),
        (3, "van der Meer, C. / Aas, D."),
        (4, "Smit, E. / Roos, F."),
    ]
