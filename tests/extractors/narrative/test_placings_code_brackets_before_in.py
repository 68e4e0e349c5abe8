"""English places told as 'in fifth' after a driver's car code in brackets ('Ivo Brant (KT9) in
fifth'): the code, read as a name of its own, is no other driver standing between him and his
place; a bracket naming another driver still keeps the place from him."""

import pytest
from narrative_reading import places, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mira Holt won the final from Oskar Dunne. Fenn Albery was third, ahead of "
            "Tobin Reyes (QR7) in fourth place and Laszlo Venn (BN801) in fifth.",
            {
                "Mira Holt": 1,
                "Oskar Dunne": 2,
                "Fenn Albery": 3,
                "Tobin Reyes": 4,
                "Laszlo Venn": 5,
            },
        ),
        (
            "Mira Holt won the final from Oskar Dunne. Behind them was Tobin Reyes (N99) in "
            "fourth, Laszlo Venn (C12) in fifth and Perrin Achebe (A7) in sixth.",
            {
                "Mira Holt": 1,
                "Oskar Dunne": 2,
                "Tobin Reyes": 4,
                "Laszlo Venn": 5,
                "Perrin Achebe": 6,
            },
        ),
    ],
)
def test_code_in_brackets_before_in_place(text: str, expected: dict[str, int]) -> None:
    assert places(read(text)) == expected


def test_other_driver_in_brackets_keeps_the_place() -> None:
    text = (
        "Mira Holt won the final from Oskar Dunne. Fenn Albery was third. "
        "Laszlo Venn (who had passed Tobin Reyes) in fifth."
    )
    assert "Laszlo Venn" not in places(read(text))
