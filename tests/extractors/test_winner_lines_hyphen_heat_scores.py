"""Speedway heat lines whose team score is printed with a hyphen ('5-1', '(19-17)'), and scored
heat lines with the names glued to the heat's number ('8.Lee, Kim, Dow, Fox 1-5'), as a page
listing the heats one rider rode prints them. Pages invented."""

import re

from extractors.article import extract_article

ONE_RIDERS_HEATS = (
    "Kite Riders - Vela Comets\n\n"
    "The visitors' captain had a quiet night on a heavy track.\n\n"
    "Heats with Lee:\n\n"
    "2. Lee, Dow, Kim, Fox 5-1\n\n"
    "5.Fox, Lee, Dow, Kim 3-3\n\n"
    "9.Kim, Fox, Lee, Dow 1-5\n\n"
    "Kite Riders:\n\n1. Ann Lee (3,2,1) 6\n\n2. Bo Kim (2,0,3) 5\n\n"
    "Vela Comets:\n\n3. Cy Dow (1,1,0) 2\n\n4. Eva Fox (0,3,2) 5\n"
)


def _heats(text: str) -> list[tuple[str, list[tuple]]]:
    races = extract_article(text, media_type="text/plain").races
    return [
        (r.name, [(x.position, x.driver) for x in r.results])
        for r in races
        if r.results and re.fullmatch(r"Heat \d+", r.name)
    ]


def test_hyphen_scored_heat_lines_are_one_race_each_glued_numbers_too():
    assert _heats(ONE_RIDERS_HEATS) == [
        ("Heat 2", [(1, "Ann Lee"), (2, "Cy Dow"), (3, "Bo Kim"), (4, "Eva Fox")]),
        ("Heat 5", [(1, "Eva Fox"), (2, "Ann Lee"), (3, "Cy Dow"), (4, "Bo Kim")]),
        ("Heat 9", [(1, "Bo Kim"), (2, "Eva Fox"), (3, "Ann Lee"), (4, "Cy Dow")]),
    ]


def test_a_running_score_with_a_hyphen_is_read_as_one_with_a_colon():
    text = ONE_RIDERS_HEATS.replace(" 5-1\n", " 5-1 (7-5)\n").replace(" 3-3\n", " 3-3 (16-14)\n")
    assert [name for name, _ in _heats(text)] == ["Heat 2", "Heat 5", "Heat 9"]


def test_glued_lines_without_a_score_are_no_heats():
    text = ONE_RIDERS_HEATS.replace("2. Lee", "2.Lee")
    for score in (" 5-1", " 3-3", " 1-5"):
        text = text.replace(score, "")
    assert _heats(text) == []


def test_a_hyphen_between_bigger_numbers_is_no_heat_score():
    text = ONE_RIDERS_HEATS.replace(" 5-1", " 15-10").replace(" 3-3", " 13-13")
    assert _heats(text) == []
