"""German lists print a unit after a clock time ('2:02:34,598 Std.', '+1:04,772 Min.') and laps
down as '+ 1 Rd.' (Runde); the unit is part of the time, never a field of its own."""

import pytest

from extractors.times import find_timings


@pytest.mark.parametrize(
    ("text", "time_s", "gap_s", "printed"),
    [
        ("Kite 2:02:34,598 Std.", 7354.598, None, "2:02:34,598 Std."),
        ("Vane +1:04,772 Min.", None, 64.772, "+1:04,772 Min."),
        ("Vane 1:14,411 min", 74.411, None, "1:14,411 min"),
    ],
)
def test_a_clock_time_keeps_its_unit(text, time_s, gap_s, printed):
    (timing,) = find_timings(text)
    assert (timing.time_s, timing.gap_s, timing.text) == (time_s, gap_s, printed)


@pytest.mark.parametrize(("text", "laps_down"), [("Kite + 1 Rd.", 1), ("Kite +2 Rd", 2)])
def test_laps_down_in_rounds(text, laps_down):
    (timing,) = find_timings(text)
    assert (timing.laps_down, timing.status) == (laps_down, "lapped")


@pytest.mark.parametrize("text", ["Kite 3rd", "Round 3 Rd.", "3 Rd. of 12"])
def test_rd_unsigned_is_no_laps(text):
    assert [t for t in find_timings(text) if t.status == "lapped"] == []


@pytest.mark.parametrize(
    ("text", "time_s", "gap_s", "printed"),
    [
        ("Kite 1h47m05s3", 6425.3, None, "1h47m05s3"),  # hours, minutes, seconds and tenths
        ("Vane +31s8", None, 31.8, "+31s8"),
        ("Vane +2m04s9", None, 124.9, "+2m04s9"),
        ("Vane +0s66", None, 0.66, "+0s66"),
        ("Vane +4m10s", None, 250.0, "+4m10s"),
    ],
)
def test_tenths_after_the_seconds_unit(text, time_s, gap_s, printed):
    (timing,) = find_timings(text)
    assert (timing.time_s, timing.gap_s, timing.text) == (time_s, gap_s, printed)


def test_tenths_after_an_s_alone_are_no_time():
    assert find_timings("row 4s2 of the grid") == []  # no sign, no minutes: not a gap
