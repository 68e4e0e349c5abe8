"""Numbered lines printed in fixed-width columns, one name filling its column so that a single
space parts it from the nation column ('2 Annabel de Lee Vel Kite GT  1:36:00'): the columns the
other lines open after two spaces tell where the name ends. Invented pages."""

from __future__ import annotations

from extractors.aligned_columns import column_starts, with_columns_parted
from extractors.article import extract_article

ALIGNED_PAGE = (
    "Invented Forest Rally\n\n"
    "Invented rally news of the day.\n\n"
    "Positions after first stage:  hrs mins secs\n"
    "1 A Lee       Vel  Kite GT      1:31:00\n"
    "2 B de Kimmel Vel Vortan Sx     1:36:00\n"
    "3 C Diaz      Vel  Kite RS      1:45:00\n"
    "4 D Foxworthy Vel Vortan Sx     1:58:00\n\n"
    "The rally goes on tomorrow with the second stage.\n"
)


def test_a_name_filling_its_column_ends_where_the_other_rows_names_end():
    races = extract_article(ALIGNED_PAGE, media_type="text/plain").races
    rows = [(r.position, r.driver) for race in races for r in race.results]
    assert (2, "B de Kimmel") in rows
    assert (4, "D Foxworthy") in rows
    assert not any("Vortan" in driver for _, driver in rows)


def test_columns_are_those_most_rows_open_after_two_spaces():
    lines = [(0, "1 A Lee   Vel  12"), (0, "2 B Kimme Vel  13"), (0, "3 C Di    Vel  14")]
    assert column_starts(lines) == {10, 15}


def test_a_field_opened_after_one_space_at_a_column_is_parted():
    assert with_columns_parted(0, "2 B Kimme Vel  13", {10, 15}) == "2 B Kimme  Vel  13"


def test_a_line_opening_no_field_at_a_column_is_left_alone():
    assert with_columns_parted(0, "1 A Lee   Vel  12", {10, 15}) is None
