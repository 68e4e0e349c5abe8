"""Race times printed with their units spelt as short words ('18min 25.81sec'), as newspaper
results columns print the winner's time before the others' clock times. Rows are invented."""

from extractors.result_lists import parse_row_text
from extractors.times import find_timings


def test_minutes_and_seconds_each_with_its_word_are_a_race_time():
    (timing,) = find_timings("18min 25.81sec")
    assert (timing.time_s, timing.gap_s) == (1105.81, None)


def test_the_unit_words_may_be_glued_to_the_seconds():
    (timing,) = find_timings("39min 11.247sec (144.3kph)")
    assert timing.time_s == 2351.247


def test_a_winners_row_reads_its_time_in_unit_words():
    row = parse_row_text("1 J Lee (Kite) 18min 25.81sec (95.58mph)")
    assert (row.position, row.driver, row.time_s) == (1, "J Lee", 1105.81)


def test_a_minute_word_before_a_bare_number_is_no_time():
    assert find_timings("after 18min of racing") == []
