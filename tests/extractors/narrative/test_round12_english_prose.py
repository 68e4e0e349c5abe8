"""Round 12, English prose on unseen reports: a place held while something else happened, a
hyphened place that belongs to the name after it (invented sentences in the shapes those reports
use)."""

from narrative_reading import places, read


def test_a_place_held_while_the_engine_blew_is_no_finish():
    facts = read(
        "Carl Dunn won the race from start to finish. The only retirement was Ned Moro, who blew "
        "his engine on lap three while holding-down second place."
    )
    assert places(facts) == {"Carl Dunn": 1}


def test_a_place_run_whilst_spinning_is_no_finish_but_the_finish_after_it_is():
    facts = read(
        "Carl Dunn won the race. Ben Ross, who spun whilst running third, recovered to finish "
        "fifth."
    )
    assert places(facts) == {"Carl Dunn": 1, "Ben Ross": 5}


def test_a_place_after_while_in_a_finish_clause_is_kept():
    facts = read("Carl Dunn won the race, while Ben Ross finished second.")
    assert places(facts) == {"Carl Dunn": 1, "Ben Ross": 2}


def test_a_hyphened_place_before_finisher_is_the_next_names():
    facts = read(
        "Sam Orta crossed the line a full 12 seconds ahead of second-place finisher Ivo Lund "
        "(Apex Racing). Carl Hebb rounded out the podium in third."
    )
    assert places(facts) == {"Ivo Lund": 2, "Carl Hebb": 3}


def test_a_hyphened_place_finish_stays_the_subjects():
    facts = read("Carl Dunn won the race. Ben Ross took a second-place finish.")
    assert places(facts) == {"Carl Dunn": 1, "Ben Ross": 2}


def test_a_slashed_pair_is_its_first_drivers_row():
    facts = read("Ed Vance/Ron Pope won the sidecar final, with Ole Stam/Vic Orr second.")
    assert places(facts) == {"Ed Vance": 1, "Ole Stam": 2}


def test_the_second_of_a_pair_whose_first_is_unnamed_gets_no_row():
    facts = read("In the Tourist Trophy, the Tom Kell/Ian Rudd Cobra won by 12 seconds.")
    assert "Ian Rudd" not in places(facts)
    assert "Ian Rudd Cobra" not in places(facts)


def test_just_ahead_of_gives_the_next_place():
    facts = read(
        "Carl Dunn won the race. Matt Orr finished in third place just ahead of Ned Moro, while "
        "Ivo Lund came from dead last to finish fifth."
    )
    assert places(facts) == {"Carl Dunn": 1, "Matt Orr": 3, "Ned Moro": 4, "Ivo Lund": 5}


def test_one_better_than_gives_the_next_place():
    facts = read(
        "Carl Dunn won the race. Sam Orta was back in eighth place, one better than Ned Moro."
    )
    assert places(facts) == {"Carl Dunn": 1, "Sam Orta": 8, "Ned Moro": 9}


def test_a_bare_ahead_of_gives_no_place():
    facts = read("Carl Dunn won the race. Matt Orr finished third, ahead of Ned Moro.")
    assert places(facts) == {"Carl Dunn": 1, "Matt Orr": 3}


def test_places_a_lap_down_are_lapped_finishes():
    facts = read(
        "Carl Dunn won the race. Ivo Lund finished a lap down in tenth after a spin, with Ole "
        "Stam also a lap in arrears in 11th and Vic Orr three laps down in 12th place."
    )
    assert places(facts) == {"Carl Dunn": 1, "Ivo Lund": 10, "Ole Stam": 11, "Vic Orr": 12}
    statuses = {row.driver: row.status for race in facts.races for row in race.results}
    assert statuses["Ivo Lund"] == "lapped"
    assert statuses["Vic Orr"] == "lapped"
    assert statuses["Carl Dunn"] == "finished"


def test_a_place_a_lap_down_in_the_running_is_no_finish():
    facts = read("Carl Dunn won the race. Ned Moro ran a lap down in tenth.")
    assert places(facts) == {"Carl Dunn": 1}


def test_a_victory_over_one_driver_makes_him_the_runner_up():
    facts = read("Dan Sharp led flag to flag to take the victory over Ken Lee, four seconds back.")
    assert places(facts) == {"Dan Sharp": 1, "Ken Lee": 2}


def test_a_victory_over_several_drivers_gives_no_order():
    facts = read("Dan Sharp took the victory over Ken Lee and Ivo Lund.")
    assert places(facts) == {"Dan Sharp": 1}
