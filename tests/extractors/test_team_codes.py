"""Three-letter codes in brackets that are a game's teams, not nations (round 15)."""

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
