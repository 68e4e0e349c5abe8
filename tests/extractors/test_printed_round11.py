"""Printed lists in shapes learned in round 11 from reports not seen before: worded places with
the car's number printed bare before the name ('1st 595 Ann Lee'), wrapped over lines, a place
whose driver is not printed ('5th 2'). Sentences and pages are invented."""

from extractors.article import extract_article


def printed_rows(text: str) -> list[tuple[str, list[tuple[int | None, str, str | None]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (
            race.name,
            [(r.position, r.driver, r.car_number) for r in race.results if r.method != "narrative"],
        )
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


def test_worded_places_with_bare_car_numbers_wrapped_over_lines_are_read_whole():
    page = (
        "Invented club news\n\n"
        "12\n"
        "May 2031, Oakfield results\n"
        "Heat one: 1st 412 Ann Lee, 2nd 17 Bo Kim, 3rd 808\n"
        "Cy Diaz, 4th 56 Di Eng, 5th 3, 6th 21 Ed Fox,\n"
        "7th 9 Flo Gray\n"
    )
    assert printed_rows(page) == [
        (
            "Heat one",
            [
                (1, "Ann Lee", "412"),
                (2, "Bo Kim", "17"),
                (3, "Cy Diaz", "808"),
                (4, "Di Eng", "56"),
                (6, "Ed Fox", "21"),
                (7, "Flo Gray", "9"),
            ],
        )
    ]


def test_a_list_whose_second_row_wraps_is_read_over_both_lines():
    page = (
        "Invented club news\n\n"
        "Final: 1st 77 Gus Hale, 2nd 31 Hal\n"
        "Ives, 3rd 40 Ian Jory, 4th 55 Jo Kemp\n"
    )
    assert printed_rows(page) == [
        (
            "Final",
            [
                (1, "Gus Hale", "77"),
                (2, "Hal Ives", "31"),
                (3, "Ian Jory", "40"),
                (4, "Jo Kemp", "55"),
            ],
        )
    ]


def test_a_worded_place_before_a_year_is_no_row():
    page = "Invented club news\n\nShe was 1st 2029 Champion and 2nd 2030 Champion of the club.\n"
    assert printed_rows(page) == []


def test_places_marked_with_a_slash_run_together_per_class_line():
    page = (
        "Invented trial page\n\n"
        "Voici les classements de la course.\n"
        "Elite 1/ Ann Lee 2/ Bo Kim 3/ Cy Diaz\n"
        "Open: 1/ Di Eng 2/ Ed Fox 3/ Flo Gray\n"
    )
    assert printed_rows(page) == [
        ("Elite", [(1, "Ann Lee", None), (2, "Bo Kim", None), (3, "Cy Diaz", None)]),
        ("Open", [(1, "Di Eng", None), (2, "Ed Fox", None), (3, "Flo Gray", None)]),
    ]


def test_a_fraction_is_no_place():
    page = "Invented trial page\n\nHe won 1/2 of the heats and 2/3 of the finals last year.\n"
    assert printed_rows(page) == []
