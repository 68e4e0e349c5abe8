"""A club's page printing only its own drivers' places in each class, every place with its word
('5.Platz Ann Lee, 7.Platz Bo Kim', 'Platz 3: Cy Dow'): the places do not count from 1, the word
says they are places. Pages and names are invented."""

from extractors.article import extract_article
from extractors.document import document_from_text
from extractors.inline_rows import split_inline_lists
from extractors.result_lists import parse_row_text


def rows_of(text: str) -> list[list[tuple[int | None, str]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        [(r.position, r.driver) for r in race.results if r.method != "narrative"]
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


INLINE = (
    "Our juniors drove well at the slalom.\n"
    "Results of our club:\n"
    "K1: 1.Platz Ann Lee (61,20/0), 7.Platz Bo Kim (66,02/2)\n"
    "K2: 4.Platz Cy Dow (60,11/0), 5.Platz Di Roe (60,87/0), 9.Platz Ed Fox (63,40/1)\n"
    "The next slalom is in June.\n"
)


def test_worded_places_rising_from_above_one_are_one_list():
    lists = split_inline_lists(INLINE.splitlines()[3])
    assert [(found.lead_in, len(found.rows)) for found in lists] == [("K2", 3)]


def test_a_bare_count_from_above_one_is_no_list():
    assert split_inline_lists("K2: 4. Cy Dow, 5. Di Roe, 9. Ed Fox") == []


def test_each_class_keeps_its_printed_places():
    assert rows_of(INLINE) == [
        [(1, "Ann Lee"), (7, "Bo Kim")],
        [(4, "Cy Dow"), (5, "Di Roe"), (9, "Ed Fox")],
    ]


def test_the_place_word_before_the_number_and_a_colon():
    facts = parse_row_text("Platz 3: Cy Dow")
    assert (facts.position, facts.driver, facts.unknown) == (3, "Cy Dow", ())


def test_a_place_word_and_a_number_with_no_colon_is_no_place():
    assert parse_row_text("Platz 3 Cy Dow").position is None


ITEMS = (
    "Our club had eleven starters on Sunday.\n"
    "*Klasse 1:*\n"
    "* Platz 2: Ann Lee\n"
    "* Platz 6: Bo Kim\n"
    "*Klasse 2:*\n"
    "* Platz 1: Cy Dow\n"
    "* Platz 4: Di Roe\n"
    "* Platz 8: Ed Fox\n"
    "Congratulations to all of them!\n"
)


def test_worded_places_under_emphasised_classes():
    assert rows_of(ITEMS) == [
        [(2, "Ann Lee"), (6, "Bo Kim")],
        [(1, "Cy Dow"), (4, "Di Roe"), (8, "Ed Fox")],
    ]


def test_a_line_in_asterisks_is_emphasis_not_a_bullet():
    doc = document_from_text("*Klasse 1:*\n* Platz 2: Ann Lee\n**Results** of the day\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Klasse 1:"),
        ("item", "Platz 2: Ann Lee"),
        ("heading", "**Results** of the day"),
    ]
    assert all(doc.text[b.start : b.end] == b.text for b in doc.blocks)
