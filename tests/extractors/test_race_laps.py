"""A race's lap count, as its heading states it, on the winner's row. Pages are invented."""

from extractors.article import extract_article


def _laps(text: str) -> list[tuple]:
    races = extract_article(text, media_type="text/plain").races
    return [(r.name, x.position, x.laps) for r in races for x in r.results]


HEATS = (
    "Dirt night at Brook Lane Speedway\n\n"
    "The sprint cars raced two heats under the lights on Saturday.\n\n"
    "Heat 1 (10 Laps)\n"
    "- 12-Adam Lister [2]\n"
    "- 4K-Bruno Kosta [1]\n"
    "- 77-Cezary Wolny [3]\n"
    "Heat 2 (8 Laps)\n"
    "- 9-Dawid Nowak [1]\n"
    "- 21-Emil Stary [2]\n"
    "- 3T-Filip Makar [3]\n"
)


def test_the_winner_of_a_heading_with_its_laps_ran_them():
    assert _laps(HEATS) == [
        ("Heat 1", 1, 10), ("Heat 1", 2, None), ("Heat 1", 3, None),
        ("Heat 2", 1, 8), ("Heat 2", 2, None), ("Heat 2", 3, None),
    ]  # fmt: skip


def test_a_winner_printed_with_laps_keeps_them():
    text = (
        "Club race at Brook Lane\n\nThe final was shortened by rain.\n\n"
        "Final (20 Laps)\n1. Adam Lister 14 laps 12:01.345\n2. Bruno Kosta +2.100\n"
        "3. Cezary Wolny +5.300\n"
    )
    assert [row[2] for row in _laps(text)] == [14, None, None]
