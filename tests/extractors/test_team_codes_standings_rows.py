"""A standings line or result row whose bracketed code is a game's team, not a nation (round 25):
where the page's codes are teams' ('(KRT)', '(VLX)' name no nation), a code that is a nation's
too ('(FIN)') gives the line no nation."""

from extractors.article import extract_article

TEAM_STANDINGS = """Season review

Pro division
KRT takes the title, ahead of FIN and VLX.

Drivers:
1. Ana ROYAL (KRT) 362 pts
2. Tom BAXTER (FIN) 326 pts
3. Ivo LENZ (VLX) 299 pts
"""

NATION_STANDINGS = """Drivers:
1. Ana Royal (FIN) 362 pts
2. Tom Baxter (GBR) 326 pts
3. Ivo Lenz (DEU) 299 pts
"""


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
