"""A speedway meeting's classification whose top rows add the rider's place in the final."""

from extractors.article import extract_article
from extractors.result_lists import parse_row_text


def test_a_place_in_the_one_final_is_no_gap():
    row = parse_row_text("2. Bo Kim (Dania) - 15 (2,2,1,3,2) + 2 miejsce w finale")
    assert (row.position, row.driver, row.nation, row.points, row.gap_s, row.unknown) == (
        2,
        "Bo Kim",
        "DNK",
        15,
        None,
        (),
    )


def test_the_one_finals_places_are_a_race_of_their_own():
    page = (
        "Invented speedway news\n\n"
        "Wyniki:\n\n"
        "1. Ann Lee (Polska) - 16 (3,1,3,3,3) + 2 miejsce w finale\n\n"
        "2. Bo Kim (Dania) - 15 (2,2,1,3,2) + 1 miejsce w finale\n\n"
        "3. Cy Diaz (Szwecja) - 12 (2,3,3,0,1)\n\n"
        "Sędzia: Eva Fox\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert [
        (race.name, [(r.position, r.driver, r.nation, r.points) for r in race.results])
        for race in extraction.races
    ] == [
        (
            "Wyniki",
            [(1, "Ann Lee", "POL", 16), (2, "Bo Kim", "DNK", 15), (3, "Cy Diaz", "SWE", 12)],
        ),
        ("Final", [(1, "Bo Kim", "DNK", None), (2, "Ann Lee", "POL", None)]),
    ]
