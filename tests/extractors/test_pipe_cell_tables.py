"""Tables printed one pipe-closed cell per line (a web table's export: a cell's words may run over
two lines, a lone pipe an empty cell, a spacer cell between a row's nested tables)."""

from __future__ import annotations

from extractors.article import extract_article

# a row of race labels, then each race's table of place, name and points, spacer cells between
HEATS_PAGE = (
    "Invented kart meeting\n\n"
    "The juniors raced two heats and a final classification.\n"
    "1st\nHeat |\n|\n2nd\nHeat |\n|\nFinal |\n"
    "1º |\nAnn\nLee |\n14 |\n2º |\nBo\nKim |\n12 |\n3º |\nCy\nDiaz |\n10 |\n|\n..... |\n"
    "1º |\nBo\nKim |\n14 |\n2º |\nCy\nDiaz |\n12 |\n3º |\nAnn\nLee |\n10 |\n|\n..... |\n"
    "1º |\nBo\nKim |\n26 |\n2º |\nAnn\nLee |\n24 |\n3º |\nCy\nDiaz |\n22 |\n|\n"
    "Next meeting in May.\n"
)


def _races(text: str) -> list[list[tuple[int | None, str, float | None]]]:
    races = extract_article(text, media_type="text/plain").races
    return [
        [(r.position, r.driver, r.points) for r in race.results] for race in races if race.results
    ]


def test_each_nested_table_under_a_race_label_is_that_race_with_its_points():
    assert _races(HEATS_PAGE) == [
        [(1, "Ann Lee", 14), (2, "Bo Kim", 12), (3, "Cy Diaz", 10)],
        [(1, "Bo Kim", 14), (2, "Cy Diaz", 12), (3, "Ann Lee", 10)],
        [(1, "Bo Kim", 26), (2, "Ann Lee", 24), (3, "Cy Diaz", 22)],
    ]


def test_a_table_cut_by_the_end_of_the_page_is_left_out_and_the_others_keep_their_labels():
    cut = HEATS_PAGE[: HEATS_PAGE.index("1º |\nBo\nKim |\n26 |")] + "1º |\nBo\nKim |\n26 |\n2º |"
    extraction = extract_article(cut, media_type="text/plain")
    races = [[(r.position, r.driver) for r in race.results] for race in extraction.races]
    assert [race for race in races if race] == [
        [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz")],
        [(1, "Bo Kim"), (2, "Cy Diaz"), (3, "Ann Lee")],
    ]
    assert not any(s.points == 26 for s in extraction.standings)


def test_points_tables_under_labels_that_name_no_race_stay_standings():
    page = HEATS_PAGE.replace("1st\nHeat |", "Juniors |").replace("2nd\nHeat |", "Seniors |")
    page = page.replace("Final |", "Masters |")
    assert _races(page) == []
