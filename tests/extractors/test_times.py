"""Gaps, times, laps and statuses as rows print them (docs/formats.md §1 gap units, §5 locales)."""

import pytest

from extractors.times import find_timings, parse_gap


@pytest.mark.parametrize(
    ("text", "gap_s"),
    [
        ("+0.684s", 0.684),
        ("+0.684", 0.684),
        ("0.684 sec", 0.684),
        ("+ 14.205", 14.205),
        ("+1:07.412", 67.412),
        ("+1'05.950", 65.95),
        ("+0,684", 0.684),
        ("+1:05,950", 65.95),
        ("+1.0684", 1.0684),
        ("+12s", 12.0),
        ("3.5 seconds", 3.5),
    ],
)
def test_gap_units_read_as_seconds(text, gap_s):
    assert parse_gap(text) == (pytest.approx(gap_s), None, "finished")


@pytest.mark.parametrize(
    ("text", "laps"),
    [("24 laps", 24), ("35 Laps", 35), ("18 giri", 18), ("20 voltas", 20), ("22 vueltas", 22),
     ("23 Runden", 23), ("24 tours", 24), ("1 lap", 1)],
)  # fmt: skip
def test_lap_counts_in_six_languages(text, laps):
    assert parse_gap(text) == (None, laps, "finished")


@pytest.mark.parametrize("text", ["+1 lap", "+2 Laps", "+1 giro", "+1 volta", "+1 Runde"])
def test_laps_down_make_a_row_lapped(text):
    assert parse_gap(text) == (None, None, "lapped")


def test_laps_down_are_counted():
    (timing,) = find_timings("+2 Laps")
    assert timing.laps_down == 2


@pytest.mark.parametrize(
    ("text", "laps_down"),
    [("a 2 voltas", 2), ("a 11 voltas", 11), ("a 1 vuelta", 1), ("a 3 giri", 3)],
)
def test_laps_behind_said_with_a_are_laps_down(text, laps_down):
    (timing,) = find_timings(text)
    assert (timing.laps_down, timing.laps, timing.status) == (laps_down, None, "lapped")


def test_an_english_race_of_laps_is_no_laps_down():
    (timing,) = find_timings("a 20 laps sprint")
    assert (timing.laps, timing.laps_down) == (20, None)


@pytest.mark.parametrize(
    ("text", "status"),
    [("DNF", "dnf"), ("Ret", "dnf"), ("Ritirato", "dnf"), ("DSQ", "dsq"), ("DQ", "dsq"),
     ("Disqualified", "dsq"), ("N/A", "na"), ("n/a", "na"), ("NC", "nc"), ("DNS", "dns")],
)  # fmt: skip
def test_no_time_statuses(text, status):
    assert parse_gap(text) == (None, None, status)


def test_a_separator_before_a_lap_count_is_no_minus_sign():
    assert parse_gap("Toyota GR010 - 25 laps") == (None, 25, "finished")


def test_unsigned_clock_time_is_kept_apart_from_gaps():
    (timing,) = find_timings("38:12.402")
    assert (timing.time_s, timing.gap_s) == (pytest.approx(2292.402), None)


def test_hours_in_a_race_time():
    (timing,) = find_timings("1:02:03.456")
    assert timing.time_s == pytest.approx(3723.456)


def test_plain_numbers_and_words_are_no_timing():
    assert find_timings("Ana Ribeiro – Porsche 911 RSR – 2025") == []
    assert find_timings("Ana Ribeiro from Portugal") == []


def test_timing_spans_point_into_the_text():
    text = "Tomas Berg – Norway +2.318"
    (timing,) = find_timings(text)
    assert text[timing.start : timing.end] == "+2.318"


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1’25”6", 85.6), ("2’51”24", 171.24), ("57’43”241", 3463.241), ("57’43”241/1000", 3463.241)],
)
def test_digits_after_a_typewriter_mark_are_a_decimal_fraction(text, seconds):
    (timing,) = find_timings(text)
    assert (timing.time_s or timing.gap_s) == pytest.approx(seconds)


def test_minutes_and_seconds_split_by_a_dot_with_the_fraction_after_a_comma():
    [total] = find_timings("3:42.55,7 horas")
    assert (total.time_s, total.gap_s) == (13375.7, None)
    [gap] = find_timings("a 1.01,7 minutos.")
    assert (gap.time_s, gap.gap_s) == (None, 61.7)
    assert find_timings("1.234,5 km") == []
