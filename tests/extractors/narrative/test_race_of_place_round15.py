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


def test_second_of_an_ampersand_pair_gets_no_place() -> None:
    found = places(read("In the first heat Owen Marsh & Dale Pryce took the win from Ivor Lamb."))
    assert "Dale Pryce" not in found


def test_respective_start_slots_are_no_places_french() -> None:
    started = "Lors de la course 11, Paul Roux et Marc Petit ont commencé respectivement P4 et P10."
    assert places(read(started, "fr")) == {}
    finished = "Lors de la course 11, Paul Roux et Marc Petit ont terminé respectivement 4e et 10e."
    assert places(read(finished, "fr")) == {"Paul Roux": 4, "Marc Petit": 10}
