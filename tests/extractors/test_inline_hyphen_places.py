"""Run-together rows whose places are printed with a hyphen glued to the number ('1- Ann Lee
(Kite), 2- Bo Kim, 3-Cy Dow'). Pages and names are invented."""

from extractors.article import extract_article
from extractors.inline_rows import split_inline_lists

PAGE = (
    "The finals were run in the dry.\n\n"
    "Group A : 1- Ann Lee (Kite), 2- Bo Kim (Vela 2), 3-Cy Dow (Kite), 4- Di Roe.\n\n"
    "Group B : 1- Ed Fox, 2-Fay Orr (North, Vela), 3- Gus Pitt (Kite).\n"
)


def test_hyphened_places_are_one_list_each():
    lists = [found for line in PAGE.splitlines() for found in split_inline_lists(line)]
    assert [(found.lead_in, len(found.rows)) for found in lists] == [
        ("Group A", 4),
        ("Group B", 3),
    ]


def test_each_group_is_a_race_in_its_printed_order():
    extraction = extract_article(PAGE, media_type="text/plain")
    assert [
        [(r.position, r.driver) for r in race.results if r.method == "list"]
        for race in extraction.races
    ] == [
        [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow"), (4, "Di Roe")],
        [(1, "Ed Fox"), (2, "Fay Orr"), (3, "Gus Pitt")],
    ]


def test_a_score_or_a_range_is_no_place():
    assert split_inline_lists("It finished 1-2 for the team, 2-3 in the cup and 1-0 at home.") == []
