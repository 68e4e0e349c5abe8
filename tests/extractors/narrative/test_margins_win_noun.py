"""Margins told as the size of a win ('a 5 second win from X', 'a 1.2-second victory over X'):
invented sentences, expectations written by hand."""

from narrative_reading import read


def margins(text: str) -> list[tuple]:
    return [(m.ahead, m.behind, m.seconds) for m in read(text).intervals]


def test_a_win_of_some_seconds_from_a_driver_is_the_winner_s_margin_over_him():
    text = "Tom Orr was untouchable in Heat 1, running away for a 5 second win from Ivo Brant."
    assert margins(text) == [("Tom Orr", "Ivo Brant", 5.0)]


def test_a_hyphenated_victory_over_a_driver_is_the_winner_s_margin_over_him():
    text = "Tom Orr drove to a 1.445-second victory over Ivo Brant."
    assert margins(text) == [("Tom Orr", "Ivo Brant", 1.445)]


def test_a_list_after_the_win_names_the_runner_up_first():
    text = "Tom Orr led the final all the way to a 7 second win from Ivo Brant, Cy Dow and Al Fenn."
    assert margins(text) == [("Tom Orr", "Ivo Brant", 7.0)]


def test_a_win_over_no_named_driver_is_still_the_winner_s_margin():
    text = "Tom Orr stamped his authority with a massive 13 second win over the 10 laps."
    assert margins(text) == [("Tom Orr", None, 13.0)]


def test_a_margin_built_over_a_driver_in_the_race_is_not_the_finish():
    text = "Tom Orr won the race after building a 4 second margin over Ivo Brant in the first hour."
    assert margins(text) == []


def test_a_win_someone_needed_is_no_margin():
    text = "Tom Orr needed a 5 second win over Ivo Brant to take the title, but finished third."
    assert margins(text) == []
