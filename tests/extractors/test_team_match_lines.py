"""Team matches printed one a line, each side's name followed by its score ('Apex 52 Kite Vale
38'), with or without its top scorer in brackets: each match a race of its two teams, the higher
score first. Pages, teams and riders are invented."""

from extractors.article import extract_article

WEEK = (
    "League results this week.\n"
    "RESULTS 3-5 JUNE\n"
    "3 JUNE\n"
    "Apex 38 Kite Vale 51\n"
    "Port Olm 52 Dunmore 38\n"
    "4 JUNE\n"
    "Isle of Brae 57 Apex 33\n"
    "Lower Fenby 61 Halstow 29\n"
    "5 JUNE\n"
    "Dunmore 45 Halstow 45\n"
)


def matches_of(text: str) -> list[list[tuple[int | None, str, float | None]]]:
    extraction = extract_article(text, media_type="text/plain")
    races = [[(r.position, r.driver, r.points) for r in race.results] for race in extraction.races]
    return [race for race in races if race]


def test_each_match_line_is_a_race_of_its_two_teams_the_higher_score_first():
    assert matches_of(WEEK) == [
        [(1, "Kite Vale", 51), (2, "Apex", 38)],
        [(1, "Port Olm", 52), (2, "Dunmore", 38)],
        [(1, "Isle of Brae", 57), (2, "Apex", 33)],
        [(1, "Lower Fenby", 61), (2, "Halstow", 29)],
    ]


def test_a_match_printed_twice_is_one_race_and_a_draw_places_no_one():
    twice = WEEK + WEEK.split("\n", 1)[1]
    assert matches_of(twice) == matches_of(WEEK)


def test_a_score_is_no_car_of_the_first_team():
    for race in matches_of(WEEK):
        assert all(
            name
            in {
                "Apex",
                "Kite Vale",
                "Port Olm",
                "Dunmore",
                "Isle of Brae",
                "Lower Fenby",
                "Halstow",
            }
            for _, name, _ in race
        )


def test_a_team_with_its_top_scorer_in_brackets_and_a_note_after():
    page = (
        "Results for Friday\n\n"
        "NORTH LEAGUE\n\n"
        "Apex 43 (Ann Lee 11)Kite Vale 41 (Bo Kim 11+1)League points: Apex 2 Kite Vale 1\n\n"
        "CUP, 1st leg\n\n"
        "Dunmore 48 (Cy Dow 12)Halstow 42 (Di Ray 10)\n"
    )
    assert matches_of(page) == [
        [(1, "Apex", 43), (2, "Kite Vale", 41)],
        [(1, "Dunmore", 48), (2, "Halstow", 42)],
    ]


def test_one_such_line_alone_is_no_match():
    page = "Weekend report.\nApex 38 Kite Vale 51\nThe next round is in June.\n"
    assert all((1, "Kite Vale", 51) not in race for race in matches_of(page))
