"""Margins told as the size of a win ('a 4 second win from X', 'a 2.6-second victory over X'):
invented sentences, expectations written by hand."""

from narrative_reading import read


def margins(text: str) -> list[tuple]:
    return [(m.ahead, m.behind, m.seconds) for m in read(text).intervals]


def test_a_win_of_some_seconds_from_a_driver_is_the_winner_s_margin_over_him():
    text = "Bo Kellan had the better of heat two and came home with a 3 second win from Rik Saldo."
    assert margins(text) == [("Bo Kellan", "Rik Saldo", 3.0)]


def test_a_hyphenated_victory_over_a_driver_is_the_winner_s_margin_over_him():
    text = "Bo Kellan cruised to a 2.318-second victory over Rik Saldo."
    assert margins(text) == [("Bo Kellan", "Rik Saldo", 2.318)]


def test_a_list_after_the_win_names_the_runner_up_first():
    text = (
        "Bo Kellan kept the pack behind him for a 6 second win from Rik Saldo, Ned Pym and "
        "Ola Ferr."
    )
    assert margins(text) == [("Bo Kellan", "Rik Saldo", 6.0)]


def test_a_win_over_no_named_driver_is_still_the_winner_s_margin():
    text = "Bo Kellan sealed the title race with a comfortable 11 second win over the field."
    assert margins(text) == [("Bo Kellan", None, 11.0)]


def test_a_margin_built_over_a_driver_in_the_race_is_not_the_finish():
    text = "Tom Orr won the race after building a 4 second margin over Ivo Brant in the first hour."
    assert margins(text) == []


def test_a_win_someone_needed_is_no_margin():
    text = "Tom Orr needed a 5 second win over Ivo Brant to take the title, but finished third."
    assert margins(text) == []
