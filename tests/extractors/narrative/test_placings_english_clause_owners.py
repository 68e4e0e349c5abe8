"""English places whose owner the words do not settle: a place told 'behind' a list of
drivers after a subject the reader cannot resolve, and a clause of its own opened by a
capitalised word no mention covers. Neither gives the place to the driver named nearby."""

from narrative_reading import places, read


def test_place_behind_drivers_is_not_theirs() -> None:
    text = (
        "Tom Haber won the race at Lakeside. Carl Mendes had a bad day. Starting 10th, he was "
        "involved in a tangle at the first corner and finished 14th behind Piet Vos, Jan Roos "
        "and Tim Dekker."
    )
    got = places(read(text, "en"))
    assert got.get("Tom Haber") == 1
    assert "Piet Vos" not in got and "Tim Dekker" not in got


def test_unread_clause_subject_keeps_the_driver_before_his_own_place() -> None:
    text = (
        "Kip Dorn won the feature. Lars Vey finished second, Olle Brandt took third and "
        "Denver finished fourth."
    )
    assert places(read(text, "en")) == {"Kip Dorn": 1, "Lars Vey": 2, "Olle Brandt": 3}


def test_named_clause_subject_takes_its_place() -> None:
    text = (
        "Kip Dorn won the feature. Lars Vey finished second, Olle Brandt took third and "
        "Sam Denver finished fourth."
    )
    assert places(read(text, "en")) == {
        "Kip Dorn": 1,
        "Lars Vey": 2,
        "Olle Brandt": 3,
        "Sam Denver": 4,
    }
