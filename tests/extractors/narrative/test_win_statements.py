"""English win statements of club reports (invented sentences in the shapes real ones use)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Drew Holm won the BMW Mini category.",
        "Drew Holm won his first event in almost a year.",
        "Drew Holm won the Super1600 final yet again.",
        "In the senior class Drew Holm was victorious.",
        "Drew Holm was declared the race three winner after a protest.",
        "Drew Holm took the opening victory in wet conditions.",
    ],
)
def test_a_win_statement_makes_the_winner(narrate, placings_of, text):
    assert placings_of(narrate(text)) == {("Race", "Drew Holm", 1)}


def test_winning_a_title_is_no_race_win(narrate, placings_of):
    assert placings_of(narrate("Drew Holm won the Junior title last year.")) == set()
