"""A French row's gap said with 'à' ('2. Ann Lee (Kite GT) à 00:20.4'): seconds behind the
winner, as Spanish and Italian rows sign theirs with 'a'. Rows and names are invented."""

from extractors.result_lists import parse_row_text


def test_a_gap_after_a_is_seconds_behind():
    row = parse_row_text("2. Ann Lee (Kite GT) à 00:20.4")
    assert (row.driver, row.gap_s, row.time_s) == ("Ann Lee", 20.4, None)


def test_a_gap_of_minutes_after_a_is_seconds_behind():
    row = parse_row_text("3. Bo Kim (Vela R5) à 1:40.5")
    assert (row.driver, row.gap_s) == ("Bo Kim", 100.5)


def test_minutes_in_a_typewriter_mark_give_no_gap_of_seconds():
    row = parse_row_text("7. Cy Dow (Kite GT) à 2’")
    assert row.gap_s != 2.0


def test_a_winner_s_time_stays_a_time():
    row = parse_row_text("1. Di Roe (Kite GT) 1:23:45.6")
    assert (row.gap_s, row.time_s) == (None, 5025.6)
