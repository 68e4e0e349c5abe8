"""A Dutch sentence opening on 'Daarachter' (behind them) before a name: the adverb is no part of
the name."""

import pytest
from narrative_reading import places, read


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "De rally werd gewonnen door Gert Kamp. Bob de Vries eindigde op plaats 2. "
            "Daarachter Tom van den Akker in de Volkswagen Polo GTI op plaats 3.",
            "nl",
        ),
    ],
)
def test_behind_adverb_is_no_given_name(text: str, language: str) -> None:
    assert places(read(text, language)) == {
        "Gert Kamp": 1,
        "Bob de Vries": 2,
        "Tom van den Akker": 3,
    }
