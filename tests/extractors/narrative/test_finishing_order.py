"""A paragraph that takes up a race's finishing order where the one before stopped is at the
finish too: 'took sixth' after a finish told down to fifth, 'rounded out the top 10'."""

from tests.narrative_reading import race_places, read

FINISH_TO_FIFTH = (
    "Tom Hale won the race from pole, crossing the line 2.1 seconds ahead of Ivo Brandt. "
    "Karl Westin finished third, Owen Marsh finished fourth and Luca Fenzi finished fifth.\n\n"
)
# a paragraph after: the one tested is not the race's last (at the finish whatever it says)
NEXT_ROUND = "\n\nThe series moves on to Zolder next month."


def test_a_paragraph_taking_the_next_place_is_at_the_finish() -> None:
    facts = read(
        FINISH_TO_FIFTH + "Pavel Novak equalled his best result by taking sixth." + NEXT_ROUND
    )
    assert race_places(facts)["Pavel Novak"] == 6


def test_rounding_out_the_top_ten_continues_the_order() -> None:
    text = FINISH_TO_FIFTH + "Pavel Novak took sixth, while Erik Lund, Sam Pike, Noel Hart and "
    text += "Dan Ruiz rounded out the top 10." + NEXT_ROUND
    assert {d: p for d, p in race_places(read(text)).items() if p and p > 5} == {
        "Pavel Novak": 6,
        "Erik Lund": 7,
        "Sam Pike": 8,
        "Noel Hart": 9,
        "Dan Ruiz": 10,
    }


def test_a_place_that_skips_the_order_is_still_the_running() -> None:
    facts = read(FINISH_TO_FIFTH + "Early on Pavel Novak took ninth from Dan Ruiz." + NEXT_ROUND)
    assert "Pavel Novak" not in race_places(facts)
