"""A result list whose rows end in falling bare numbers (their points), the last row cut before
its number ('6. F (1,2' at the page's end): the rows above keep their points. Rows and names are
invented."""

from extractors.result_lists import bare_numbers_as_points, parse_row_text


def _points(texts: list[str]) -> list[float | None]:
    return [r.points for r in bare_numbers_as_points([parse_row_text(t) for t in texts])]


def test_a_last_row_without_its_number_leaves_the_points_above():
    assert _points(
        ["1. Ann Lee (4,4,4) 12", "2. Bo Kim (4,4,3) 11", "3. Cy Dow (3,3,3) 9", "4. Di Roe (1,2)"]
    ) == [12.0, 11.0, 9.0, None]


def test_a_row_without_its_number_inside_the_list_leaves_no_points():
    assert _points(
        ["1. Ann Lee (4,4,4) 12", "2. Bo Kim (4,4,3)", "3. Cy Dow (3,3,3) 9", "4. Di Roe 7"]
    ) == [None, None, None, None]


def test_lap_counts_before_a_cut_last_row_are_no_points():
    assert _points(["1. Ann Lee 25", "2. Bo Kim 25", "3. Cy Dow 25", "4. Di Roe"]) == [
        None,
        None,
        None,
        None,
    ]
