"""Prose under a heading naming a contest of teams ('Nations Cup Results', 'Makers Cup') gives a
team's total to its drivers in one sentence: their team's, no driver's standing. Pages, teams and
drivers are invented."""

from extractors.article import extract_article

TEAM_CUP = (
    "Virtual Series Finals Results\n\n"
    "The finals were held at the coast.\n\n"
    "Nations Cup Results\n\n"
    "In the Nations Cup, Team Arland took the top spot, with drivers Ann Lee, Bo Kim and Cy Dow "
    "scoring a total of 53 points. Team Brosk, with Di Ray and Ed Fay, took second with 46 "
    "points.\n\n"
)

DRIVERS_CUP = (
    "Virtual Series Finals Results\n\n"
    "Drivers Standings\n\n"
    "Ann Lee leads the championship with 53 points. Bo Kim and Cy Dow are both on 46 points.\n\n"
)


def standings_of(text: str) -> list[tuple[str, float | None]]:
    extraction = extract_article(text, media_type="text/plain")
    return sorted((s.driver, s.points) for s in extraction.standings)


def test_a_total_shared_by_a_teams_drivers_under_a_team_contest_is_no_standing():
    assert standings_of(TEAM_CUP) == []


def test_the_same_sentences_under_no_team_contest_keep_their_totals():
    page = TEAM_CUP.replace("Nations Cup Results", "Final Results").replace("Nations Cup", "final")
    assert ("Ann Lee", 53) in standings_of(page)


def test_drivers_sharing_a_total_under_a_drivers_heading_keep_it():
    assert standings_of(DRIVERS_CUP) == [("Ann Lee", 53), ("Bo Kim", 46), ("Cy Dow", 46)]


def test_one_driver_with_a_total_under_a_team_contest_keeps_it():
    page = "Nations Cup Results\n\nAnn Lee leads the championship with 53 points.\n"
    assert standings_of(page) == [("Ann Lee", 53)]
