"""Round 15: a place lands in the race the text ties it to, or nowhere (invented prose)."""

from narrative_reading import places, read


def test_points_lead_before_a_place_is_the_standings_german() -> None:
    facts = read(
        "Der 5. Lauf fand in Genk statt. Es siegte Jan Vogel vor Otto Brandt. In der "
        "Gesamtwertung gibt es einen Wechsel: Lena Kraus schiebt sich mit 1,25 Punkten "
        "Vorsprung auf Platz 1 vor Otto Brandt und Jan Vogel.",
        "de",
    )
    assert "Lena Kraus" not in places(facts)
    assert places(facts).get("Jan Vogel") != 3


def test_bracketed_totals_after_the_standings_are_no_race_places() -> None:
    facts = read(
        "Im zweiten Rennen siegte Jan Vogel vor Otto Brandt.\n\n"
        "In der Gesamtwertung führt Jan Vogel mit 50 Punkten. Zweiter ist Otto Brandt (30), "
        "Dritter Lena Kraus (22) und Vierter Paul Lange (17).",
        "de",
    )
    found = places(facts)
    assert "Lena Kraus" not in found
    assert "Paul Lange" not in found


def test_an_ampersand_pair_is_placed_as_its_first_member() -> None:
    found = places(read("In the first heat Owen Marsh & Dale Pryce took the win from Ivor Lamb."))
    assert found == {"Owen Marsh": 1, "Ivor Lamb": 2}


def test_respective_start_slots_are_no_places_french() -> None:
    started = "Lors de la course 11, Paul Roux et Marc Petit ont commencé respectivement P4 et P10."
    assert places(read(started, "fr")) == {}
    finished = "Lors de la course 11, Paul Roux et Marc Petit ont terminé respectivement 4e et 10e."
    assert places(read(finished, "fr")) == {"Paul Roux": 4, "Marc Petit": 10}


def test_a_start_slot_told_with_que_is_no_place_french() -> None:
    facts = read(
        "Dans la course, Paul Roux a gagné devant Marc Petit. Jean Blanc, vainqueur la semaine "
        "passée, ne partait que depuis la 14e place.",
        "fr",
    )
    assert places(facts) == {"Paul Roux": 1, "Marc Petit": 2}


def test_a_pair_beaten_is_placed_once_as_its_first_member() -> None:
    found = places(
        read("In the second heat Owen Marsh & Dale Pryce took the win from Ivor Lamb & Rhys Cole.")
    )
    assert found == {"Owen Marsh": 1, "Ivor Lamb": 2}


def test_wins_counted_for_another_driver_are_not_the_subjects() -> None:
    facts = read(
        "Saturday race\n\nWith series leader Sam Cole absent, two overall wins and a class win "
        "for Tom Ek saw him close the gap."
    )
    assert "Sam Cole" not in places(facts)
