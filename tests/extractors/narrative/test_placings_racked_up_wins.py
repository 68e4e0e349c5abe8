"""A win told as racked up ('racked up his third win of the summer') is the subject's win, as a
win picked up or notched up is; the verb racking up anything else wins nothing. Invented
sentences, expectations written by hand."""

from narrative_reading import places, read


def test_racked_up_win_of_the_season_is_the_subjects_win():
    facts = read("Cal Brennock racked up his third win of the summer at Ashvale.", "en")
    assert places(facts) == {"Cal Brennock": 1}


def test_racking_up_a_victory_is_the_subjects_win():
    facts = read(
        "Ivo Brandt was racking up a dominant victory at Kelso, well clear of Sam Dale.", "en"
    )
    assert places(facts).get("Ivo Brandt") == 1


def test_racked_up_miles_is_no_win():
    facts = read("Tom Harlow racked up the miles in testing before the race at Dunmore.", "en")
    assert places(facts) == {}


def test_two_racked_up_wins_in_two_paragraphs_are_two_races():
    facts = read(
        "Cal Brennock racked up his second win of the month at Ashvale, Ben Orrin next.\n\n"
        "In the support series, Luca Ferro won the final ahead of Max Quill.",
        "en",
    )
    winners = {
        row.driver: race.name for race in facts.races for row in race.results if row.position == 1
    }
    assert set(winners) == {"Cal Brennock", "Luca Ferro"}
    assert winners["Cal Brennock"] != winners["Luca Ferro"]
