"""Three-letter codes in brackets that are a game's teams, not nations (round 15): a code that
is a nation's too ('(FIN)') gives no driver–nation pair, standing or result row a nation
(round 25)."""

from extractors.article import extract_article
from extractors.nations import team_codes

TEAM_STANDINGS = """Season review

Pro division
KRT takes the title, ahead of FIN and VLX.

Drivers:
1. Ana ROYAL (KRT) 362 pts
2. Tom BAXTER (FIN) 326 pts
3. Ivo LENZ (VLX) 299 pts
Wins - Drivers
Ana ROYAL (KRT) : 8
Tom BAXTER (FIN) : 4
Ivo LENZ (VLX) : 4
"""

NATION_STANDINGS = """Drivers:
1. Ana Royal (FIN) 362 pts
2. Tom Baxter (GBR) 326 pts
3. Ivo Lenz (DEU) 299 pts
Wins - Drivers
Ana Royal (FIN) : 8
Tom Baxter (GBR) : 4
Ivo Lenz (DEU) : 4
"""


def test_codes_naming_no_nation_make_the_text_s_codes_teams() -> None:
    assert team_codes(TEAM_STANDINGS) == {"KRT", "FIN", "VLX"}
    assert team_codes(NATION_STANDINGS) == frozenset()
    assert team_codes("Ana Royal (FIN) won, Tom Baxter (KRT) second.") == frozenset()


def test_a_team_code_that_is_a_nation_s_too_gives_no_nation() -> None:
    pairs = extract_article(TEAM_STANDINGS, media_type="text/plain").driver_nations
    assert [(p.driver, p.nation) for p in pairs] == []


def test_nation_codes_in_brackets_stay_nations() -> None:
    pairs = extract_article(NATION_STANDINGS, media_type="text/plain").driver_nations
    assert {(p.driver, p.nation) for p in pairs} >= {("Ana Royal", "FIN")}


def test_a_team_code_that_is_a_nation_s_too_gives_a_standing_no_nation() -> None:
    standings = extract_article(TEAM_STANDINGS, media_type="text/plain").standings
    assert [(s.driver, s.points) for s in standings] == [
        ("Ana Royal", 362.0),
        ("Tom Baxter", 326.0),
        ("Ivo Lenz", 299.0),
    ]
    assert [s.nation for s in standings] == [None, None, None]


def test_nation_codes_in_brackets_stay_the_standings_nations() -> None:
    standings = extract_article(NATION_STANDINGS, media_type="text/plain").standings
    assert [(s.driver, s.nation) for s in standings] == [
        ("Ana Royal", "FIN"),
        ("Tom Baxter", "GBR"),
        ("Ivo Lenz", "DEU"),
    ]


TEAM_RESULTS = """Race 3 at Lakeview

Result:
1. Ana ROYAL (KRT) 25:01.204
2. Tom BAXTER (FIN) 25:03.880
3. Ivo LENZ (VLX) 25:09.115
"""


def test_a_team_code_that_is_a_nation_s_too_gives_a_result_row_no_nation() -> None:
    races = extract_article(TEAM_RESULTS, media_type="text/plain").races
    assert [(r.position, r.driver, r.nation) for r in races[0].results] == [
        (1, "Ana Royal", None),
        (2, "Tom Baxter", None),
        (3, "Ivo Lenz", None),
    ]
