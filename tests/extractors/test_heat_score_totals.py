"""A speedway meeting's classification printed as a run of rows, each rider's total then the
score of each heat in brackets; riders tied on a total print the run-off's score after a plus
('10+3 (3,2,3,1,1)'). Rows are invented."""

from extractors.result_lists import parse_row_text


def test_a_total_and_its_heat_scores_give_the_points():
    row = parse_row_text("4. A. Lee (Vela) 12 (2,3,2,3,2)")
    assert (row.position, row.driver, row.points) == (4, "A. Lee", 12.0)


def test_a_run_off_score_after_the_total_is_no_part_of_the_points():
    row = parse_row_text("5. Kim (Oakfield) 10+3 (3,2,3,1,1)")
    assert (row.position, row.driver, row.points) == (5, "Kim", 10.0)
