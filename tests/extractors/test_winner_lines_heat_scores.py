"""Speedway heat-by-heat lines that print the heat's team score and the match's running score
after the finishers instead of a time ('4. Lee, Kim, Dow, Fox 4:2 (13:11)'), the score printed
with a hyphen too ('5-1', '(19-17)'), and the names glued to the heat's number when the line
prints a score ('8.Lee, Kim, Dow, Fox 1-5'). Pages invented."""

import re

from extractors.article import extract_article

MATCH = (
    "Kite Riders - Vela Comets 15:9\n\n"
    "The home side won the meeting on a dry evening.\n\n"
    "Kite Riders:\n\n"
    "1. Ann Lee - 7 (3,2,2)\n\n"
    "2. Bo Kim - 8 (2,3,3)\n\n"
    "Vela Comets:\n\n"
    "3. Cy Dow - 5 (1,1,3)\n\n"
    "4. Eva Fox - 4 (0,3,1)\n\n"
    "Heat by heat:\n\n"
    "1. Lee, Kim, Dow, Fox 5:1\n\n"
    "2. Kim, Lee, Dow, Fox 5:1 (10:2)\n\n"
    "3. Fox, Dow, Lee, Kim 1:5 (11:7)\n\n"
    "4. Dow, Kim, Lee, Fox 3:3 (14:10)\n\n"
    "The evening ended after the fourth heat.\n"
)


def _heats(text: str) -> list[tuple[str, list[tuple]]]:
    races = extract_article(text, media_type="text/plain").races
    return [
        (r.name, [(x.position, x.driver) for x in r.results])
        for r in races
        if r.results and re.fullmatch(r"Heat \d+", r.name)
    ]


def test_heat_lines_with_team_and_running_scores_are_one_race_each():
    assert _heats(MATCH) == [
        ("Heat 1", [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Dow"), (4, "Eva Fox")]),
        ("Heat 2", [(1, "Bo Kim"), (2, "Ann Lee"), (3, "Cy Dow"), (4, "Eva Fox")]),
        ("Heat 3", [(1, "Eva Fox"), (2, "Cy Dow"), (3, "Ann Lee"), (4, "Bo Kim")]),
        ("Heat 4", [(1, "Cy Dow"), (2, "Bo Kim"), (3, "Ann Lee"), (4, "Eva Fox")]),
    ]


def test_the_scores_give_the_winner_no_time():
    races = extract_article(MATCH, media_type="text/plain").races
    heat = next(r for r in races if r.name == "Heat 2")
    assert heat.results[0].time_s is None


def test_a_score_that_is_not_a_heat_score_is_no_heat_line():
    text = MATCH.replace(" 5:1 (10:2)", " 15:10 (10:2)")
    assert [name for name, _ in _heats(text)] == []


def test_two_scored_lines_are_no_run_of_heats():
    text = MATCH.split("3. Fox")[0] + "The evening ended after the second heat.\n"
    assert _heats(text) == []


ONE_RIDERS_HEATS = (
    "Kite Riders - Vela Comets 40:38\n\n"
    "Kite Riders:\n\n1. Ann Lee - 9 (3,3,3)\n\n2. Bo Kim - 6 (2,2,2)\n\n"
    "Vela Comets:\n\n3. Cy Dow - 5 (1,1,3)\n\n4. Eva Fox - 4 (0,3,1)\n\n"
    "Heats Lee rode:\n\n"
    "2. Lee, Dow, Kim, Fox 5:1 (7:5)\n\n"
    "5. Lee, Fox, Dow, Kim 3:3 (16:14)\n\n"
    "9. Lee, Kim, Fox, Dow 5:1 (29:25)\n\n"
    "Photo: club archive\n"
)


def test_scored_heat_lines_whose_numbers_skip_but_rise_are_heats_still():
    assert [name for name, _ in _heats(ONE_RIDERS_HEATS)] == ["Heat 2", "Heat 5", "Heat 9"]
    assert _heats(ONE_RIDERS_HEATS)[1][1][:2] == [(1, "Ann Lee"), (2, "Eva Fox")]


def test_scored_heat_lines_whose_numbers_fall_end_the_run():
    text = ONE_RIDERS_HEATS.replace("5. Lee, Fox", "1. Lee, Fox")
    assert _heats(text) == []


def test_unscored_heat_lines_whose_numbers_skip_are_no_heats():
    text = ONE_RIDERS_HEATS.replace(" 5:1 (7:5)", ", 61.2").replace(" 3:3 (16:14)", ", 60.9")
    text = text.replace(" 5:1 (29:25)", ", 61.0")
    assert _heats(text) == []


def _match(text: str) -> list[tuple]:
    races = extract_article(text, media_type="text/plain").races
    return [
        (r.name, [(x.position, x.driver, x.points) for x in r.results])
        for r in races
        if r.name.endswith(" v Vela Comets") or r.name.startswith("Vela Comets v")
    ]


def test_the_match_line_above_scored_heats_is_a_race_of_the_two_teams():
    assert _match(MATCH) == [
        ("Kite Riders v Vela Comets", [(1, "Kite Riders", 15), (2, "Vela Comets", 9)])
    ]


def test_the_higher_score_places_first_and_a_note_in_brackets_is_left():
    text = ONE_RIDERS_HEATS.replace("40:38", "38:40 (4:2 in the bonus race)")
    assert _match(text) == [
        ("Kite Riders v Vela Comets", [(1, "Vela Comets", 40), (2, "Kite Riders", 38)])
    ]


def test_a_drawn_match_places_no_team():
    assert _match(MATCH.replace("15:9", "12:12")) == []


def test_a_match_line_with_no_scored_heats_below_is_not_read_here():
    text = MATCH.split("Heat by heat")[0]
    assert _match(text) == []


HYPHEN_SCORED_HEATS = (
    "Kite Riders - Vela Comets\n\n"
    "The visitors' captain had a quiet night on a heavy track.\n\n"
    "Heats with Lee:\n\n"
    "2. Lee, Dow, Kim, Fox 5-1\n\n"
    "5.Fox, Lee, Dow, Kim 3-3\n\n"
    "9.Kim, Fox, Lee, Dow 1-5\n\n"
    "Kite Riders:\n\n1. Ann Lee (3,2,1) 6\n\n2. Bo Kim (2,0,3) 5\n\n"
    "Vela Comets:\n\n3. Cy Dow (1,1,0) 2\n\n4. Eva Fox (0,3,2) 5\n"
)


def test_hyphen_scored_heat_lines_are_one_race_each_glued_numbers_too():
    assert _heats(HYPHEN_SCORED_HEATS) == [
        ("Heat 2", [(1, "Ann Lee"), (2, "Cy Dow"), (3, "Bo Kim"), (4, "Eva Fox")]),
        ("Heat 5", [(1, "Eva Fox"), (2, "Ann Lee"), (3, "Cy Dow"), (4, "Bo Kim")]),
        ("Heat 9", [(1, "Bo Kim"), (2, "Eva Fox"), (3, "Ann Lee"), (4, "Cy Dow")]),
    ]


def test_a_running_score_with_a_hyphen_is_read_as_one_with_a_colon():
    text = HYPHEN_SCORED_HEATS.replace(" 5-1\n", " 5-1 (7-5)\n").replace(" 3-3\n", " 3-3 (16-14)\n")
    assert [name for name, _ in _heats(text)] == ["Heat 2", "Heat 5", "Heat 9"]


def test_glued_lines_without_a_score_are_no_heats():
    text = HYPHEN_SCORED_HEATS.replace("2. Lee", "2.Lee")
    for score in (" 5-1", " 3-3", " 1-5"):
        text = text.replace(score, "")
    assert _heats(text) == []


def test_a_hyphen_between_bigger_numbers_is_no_heat_score():
    text = HYPHEN_SCORED_HEATS.replace(" 5-1", " 15-10").replace(" 3-3", " 13-13")
    assert _heats(text) == []
