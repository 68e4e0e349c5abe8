"""A letter typed on after the thousandths of a gap split by its 's' ('a 5s035s', 'a 1s553c'):
the gap is read, the letter is no field of the row. Names are invented."""

from extractors.inline_rows import split_inline_lists
from extractors.result_lists import parse_row_text


def test_a_letter_glued_after_the_thousandths_is_dropped():
    row = parse_row_text("2) Ana Velez, a 5s035s")
    assert (row.driver, row.gap_s, row.unknown) == ("Ana Velez", 5.035, ())
    assert parse_row_text("3) Bo Kirra, a 1s553c").gap_s == 1.553


def test_a_unit_word_after_the_time_is_left_as_before():
    assert parse_row_text("4) Cy Dunmore, 2s035sec").unknown == ("sec",)


def test_the_rows_of_the_class_all_read():
    (found,) = split_inline_lists(
        "Zonal 1600: 1) Ana Velez, 16m50s855; 2) Bo Kirra, a 5s035s; 3) Cy Dunmore, a 19s240"
    )
    rows = [parse_row_text(r.text) for r in found.rows]
    assert [(r.position, r.driver, r.gap_s) for r in rows] == [
        (1, "Ana Velez", None),
        (2, "Bo Kirra", 5.035),
        (3, "Cy Dunmore", 19.24),
    ]
