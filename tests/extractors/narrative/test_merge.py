"""Prose facts merged with list facts: the list wins, prose adds, disagreements stay visible."""

from extractors.article import extract_article

LIST_AND_PROSE = """Race 1

Jan Vos took the win. Piet Kok crossed the line third, and Dutchman Sem Bos was fourth after \
a five-second penalty for contact.

Race 1 results
- Jan Vos – 12 laps
- Piet Kok +1.204
- Ren Sato – Japan +2.300
- Sem Bos +4.000
"""

PROSE_ONLY_SPRINT = """Sprint race

Ren Sato took pole position and took the win by 0.5s from Jan Vos.

Main race results
- Jan Vos – Netherlands – 12 laps
- Ren Sato – Japan +0.250
"""


def rows(extraction, race_name):
    (race,) = [r for r in extraction.races if r.name == race_name]
    return [(r.position, r.driver, r.nation, r.method) for r in race.results]


def test_the_list_keeps_its_positions_and_a_contradiction_is_a_conflict():
    extraction = extract_article(LIST_AND_PROSE)
    assert [(p, d, m) for p, d, _, m in rows(extraction, "Race 1")] == [
        (1, "Jan Vos", "list"),
        (2, "Piet Kok", "list"),
        (3, "Ren Sato", "list"),
        (4, "Sem Bos", "list"),
    ]
    (conflict,) = [c for c in extraction.conflicts if c.field == "position"]
    assert (conflict.driver, conflict.kept, conflict.other) == ("Piet Kok", "2", "3")
    assert conflict.evidence.text == "Piet Kok crossed the line third"


def test_prose_adds_the_nation_a_list_row_lacks():
    extraction = extract_article(LIST_AND_PROSE)
    assert ("Sem Bos", "NLD") in [(d, n) for _, d, n, _ in rows(extraction, "Race 1")]


def test_prose_adds_penalties_with_the_list_race_name():
    (penalty,) = extract_article(LIST_AND_PROSE).penalties
    assert (penalty.race, penalty.driver, penalty.seconds) == ("Race 1", "Sem Bos", 5.0)


def test_a_race_told_only_in_prose_gets_narrative_rows():
    extraction = extract_article(PROSE_ONLY_SPRINT)
    assert rows(extraction, "Sprint race") == [
        (1, "Ren Sato", "JPN", "narrative"), (2, "Jan Vos", "NLD", "narrative"),
    ]  # fmt: skip


def test_a_prose_grid_comes_right_before_its_race():
    names = [r.name for r in extract_article(PROSE_ONLY_SPRINT).races]
    assert names.index("Sprint race qualifying") + 1 == names.index("Sprint race")


def test_a_margin_that_disagrees_with_the_list_gaps_is_a_conflict():
    text = """Race 1

Jan Vos took the win by 0.9s from Piet Kok.

Race 1 results
- Jan Vos – 12 laps
- Piet Kok +1.204
"""
    extraction = extract_article(text)
    (interval,) = extraction.intervals
    assert (interval.ahead, interval.behind, interval.seconds) == ("Jan Vos", "Piet Kok", 0.9)
    (conflict,) = [c for c in extraction.conflicts if c.field == "interval"]
    assert (conflict.kept, conflict.other) == ("1.204", "0.9")


def test_a_margin_the_list_confirms_is_no_conflict():
    text = """Race 1

Jan Vos took the win by 1.204s from Piet Kok.

Race 1 results
- Jan Vos – 12 laps
- Piet Kok +1.204
"""
    assert extract_article(text).conflicts == []


def test_a_margin_printed_with_fewer_digits_agrees_with_the_list_gap():
    text = """Race 1

Jan Vos took the win by 1.2s from Piet Kok.

Race 1 results
- Jan Vos – 12 laps
- Piet Kok +1.204
"""
    extraction = extract_article(text)
    assert extraction.intervals[0].seconds_text == "1.2s"
    assert extraction.conflicts == []


def test_a_margin_in_words_is_no_timing_to_contradict():
    text = """Race 1

Jan Vos took the win by two seconds from Piet Kok.

Race 1 results
- Jan Vos – 12 laps
- Piet Kok +2.410
"""
    assert extract_article(text).conflicts == []


STANDINGS_LIST_AND_PROSE = """Race 1

Jan Vos took the win from Piet Kok. Vos now leads the standings on 48 points, with Kok on 40, \
Ren Sato on 33 and Sem Bos on 30.

Standings after Round 3
- Jan Vos – 48 points
- Piet Kok – 41 points
- Ren Sato – 33 points
"""


def standings_rows(extraction):
    return [(s.position, s.driver, s.points, s.after) for s in extraction.standings]


def test_the_printed_standings_win_and_prose_adds_the_driver_they_lack():
    extraction = extract_article(STANDINGS_LIST_AND_PROSE)
    assert standings_rows(extraction) == [
        (1, "Jan Vos", 48, "Round 3"), (2, "Piet Kok", 41, "Round 3"),
        (3, "Ren Sato", 33, "Round 3"), (None, "Sem Bos", 30, "Round 3"),
    ]  # fmt: skip
    listed, told = extraction.standings[0], extraction.standings[3]
    assert told.confidence < listed.confidence
    assert told.evidence.text.startswith("Vos now leads the standings on 48 points")


def test_a_prose_total_that_disagrees_with_the_printed_one_is_a_conflict():
    (conflict,) = extract_article(STANDINGS_LIST_AND_PROSE).conflicts
    assert (conflict.race, conflict.driver, conflict.field, conflict.kept, conflict.other) == (
        None, "Piet Kok", "points", "41", "40",
    )  # fmt: skip


def test_a_prose_standings_position_the_list_gives_another_driver_is_a_conflict():
    text = """Race 1

Jan Vos took the win. Sem Bos is third in the championship on 30 points.

Standings after Round 3
- Jan Vos – 48 points
- Piet Kok – 41 points
- Ren Sato – 33 points
"""
    extraction = extract_article(text)
    assert [driver for _, driver, _, _ in standings_rows(extraction)] == [
        "Jan Vos", "Piet Kok", "Ren Sato",
    ]  # fmt: skip
    (conflict,) = extraction.conflicts
    assert (conflict.driver, conflict.field, conflict.kept, conflict.other) == (
        "Sem Bos", "standings position", None, "3",
    )  # fmt: skip


def test_standings_told_only_in_prose_are_the_articles_standings():
    text = "Race 1\n\nJan Vos took the win and leads the standings with 45 points.\n"
    assert standings_rows(extract_article(text)) == [(1, "Jan Vos", 45, None)]


def test_surnames_in_prose_resolve_to_the_printed_standings_names():
    text = """Race 1

Ribeiro took the win. Ribeiro now sits on 33 points, with Berg on 22.

Standings after Round 2
- Ana Ribeiro – 33 points
- Tomas Berg – 25 points
"""
    extraction = extract_article(text)
    assert [s.driver for s in extraction.standings] == ["Ana Ribeiro", "Tomas Berg"]
    (conflict,) = extraction.conflicts
    assert (conflict.driver, conflict.field, conflict.kept, conflict.other) == (
        "Tomas Berg", "points", "25", "22",
    )  # fmt: skip


def margins(extraction) -> set[tuple]:
    return {(i.ahead, i.behind, i.seconds) for i in extraction.intervals}


def test_a_printed_gap_of_second_place_is_the_winning_margin():
    text = """Race 1 results
- Jan Vos – 12 laps
- Piet Kok +1.204
- Ren Sato +2.300
"""
    assert margins(extract_article(text)) == {("Jan Vos", "Piet Kok", 1.204)}


def test_a_printed_winning_margin_carries_the_key_of_its_race():
    text = """Semi-Final B results
- Jan Vos – 12 laps
- Piet Kok +1.204
"""
    [margin] = extract_article(text).intervals
    assert (margin.race, margin.race_key) == ("Semi-Final B", "semi-final B")


def test_a_winning_margin_stated_in_prose_is_not_added_twice():
    text = """Race 1

Jan Vos took the win by 0.9s from Piet Kok.

Race 1 results
- Jan Vos – 12 laps
- Piet Kok +1.204
"""
    assert margins(extract_article(text)) == {("Jan Vos", "Piet Kok", 0.9)}


def test_a_gap_worked_out_from_two_race_times_is_no_margin():
    text = """Race 1 results
1. Jan Vos | 30:12.820
2. Piet Kok | 30:27.359
"""
    assert extract_article(text).intervals == []


TWO_RACES_AND_A_TOLD_MARGIN = """Race 1 results
1. Ivo Brant – 12 laps
2. Tim Orr +1.442s
3. Ken Ito +3.100s

Final

Ivo Brant made the decisive move on Tim Orr with two laps left and held on to win by half a \
second.

Final results
1. Ivo Brant – 15 laps
2. Tim Orr +0.512
3. Ken Ito +2.950
"""


def test_a_told_margin_naming_no_one_behind_is_the_printed_one_of_its_own_race():
    extraction = extract_article(TWO_RACES_AND_A_TOLD_MARGIN)
    margins = sorted((i.race, i.ahead, i.behind, i.seconds) for i in extraction.intervals)
    assert margins == [
        ("Final", "Ivo Brant", "Tim Orr", 0.512),
        ("Race 1", "Ivo Brant", "Tim Orr", 1.442),
    ]
