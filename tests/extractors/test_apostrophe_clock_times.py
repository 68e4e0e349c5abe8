"""Clock times whose minutes' mark is a typographic apostrophe ('a 1’20.3', '1:37’36.2'), as
Italian rally classifications print them. Pages and names are invented."""

from extractors.article import extract_article
from extractors.result_lists import parse_row_text
from extractors.times import find_timings

RALLY = (
    "Classifica finale Rally delle Colline —\n"
    "1.Varo-Pellin (Kite R5) in 1:41’12.4; 2. Morsi-Dante (Vela R5)a 3.1 ;3.Tosca-Berni "
    "(Kite R5) a 1’05.8; 4. Lenti-Gabbro (Vela R5) a 2’40.0;5.Rame-Ortis (Kite R2)a 11’02.7\n"
)


def test_hours_then_minutes_with_an_apostrophe_are_a_total_time():
    row = parse_row_text("1. Ada Varo (Kite R5) in 1:41’12.4")
    assert (row.driver, row.time_s, row.gap_s) == ("Ada Varo", 6072.4, None)


def test_a_signed_gap_with_an_apostrophe_is_minutes_and_seconds():
    row = parse_row_text("3. Bea Tosca (Kite R5) a 1’05.8")
    assert (row.driver, row.time_s, row.gap_s) == ("Bea Tosca", None, 65.8)


def test_the_old_typewriter_marks_still_read_as_before():
    (timing,) = find_timings("57’43”241")
    assert timing.time_s == 3463.241
    assert find_timings("1’25’’6") == []  # not read as 85 seconds without its fraction


def test_the_crews_of_the_classification_keep_their_time_and_gaps():
    extraction = extract_article(RALLY, media_type="text/plain")
    rows = [r for race in extraction.races for r in race.results if r.method == "list"]
    assert [(r.position, r.driver, r.time_s, r.gap_s) for r in rows] == [
        (1, "Varo-Pellin", 6072.4, None),
        (2, "Morsi-Dante", None, 3.1),
        (3, "Tosca-Berni", None, 65.8),
        (4, "Lenti-Gabbro", None, 160.0),
        (5, "Rame-Ortis", None, 662.7),
    ]
