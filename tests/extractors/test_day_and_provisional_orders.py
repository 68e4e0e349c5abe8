"""A club's page on a meeting with several classes: for each class the day's overall order
('Classement général de la journée en Open A:'), then the provisional season order with no points
('Classement général provisoire Open A:'), each row 'place - Given SURNAME club' where the club
may open with its initials ('MC Vallon'). The day's order is a race result; the provisional order,
no points and no time, is neither a race nor standings. Pages and names are invented."""

from extractors.article import extract_article
from extractors.result_lists import parse_row_text
from extractors.standings import STANDINGS_WORDS_RE

PAGE = (
    "La deuxième manche du trophée régional s'est tenue sur le terrain des Sablons.\n"
    "Classement général de la journée en Open A:\n"
    "1 - Tiphaine MOREAUX MC Vallon\n"
    "2 - Lucien BRESSAC Kite Club Orme\n"
    "3 - Noémie FARGUET MC Vallon\n"
    "Classement général provisoire Open A:\n"
    "1 - Lucien BRESSAC Kite Club Orme\n"
    "2 - Tiphaine MOREAUX MC Vallon\n"
    "3 - Gaspard LIVENT Team Rocaille\n"
    "Classement général de la journée en Open B:\n"
    "1 - Gaspard LIVENT Team Rocaille\n"
    "2 - Elouan PRIEUR MC Vallon\n"
    "3 - Maëlle DORSAN Kite Club Orme\n"
    "Classement général provisoire Open B\n"
    "1 - Gaspard LIVENT Team Rocaille\n"
    "2 - Elouan PRIEUR MC Vallon\n"
    "3 - Maëlle DORSAN Kite Club Orme\n"
    "Prochaine manche en juin.\n"
)


def races_of(text: str) -> list[tuple[str, list[tuple[int | None, str, str | None]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver, r.team) for r in race.results])
        for race in extraction.races
        if race.results
    ]


def test_a_club_opening_with_its_initials_is_the_rows_team():
    row = parse_row_text("1 - Tiphaine MOREAUX MC Vallon")
    assert (row.position, row.driver, row.team) == (1, "Tiphaine MOREAUX", "MC Vallon")


def test_a_days_overall_classification_is_no_standings_heading():
    assert STANDINGS_WORDS_RE.search("Classement général de la journée en Open A:") is None
    assert STANDINGS_WORDS_RE.search("Classement général du jour") is None
    assert STANDINGS_WORDS_RE.search("Classement général provisoire Open A:") is not None
    assert STANDINGS_WORDS_RE.search("Classement général après la manche 2") is not None


def test_the_days_orders_are_races_and_the_provisional_orders_nothing():
    races = races_of(PAGE)
    assert [results for _, results in races] == [
        [
            (1, "Tiphaine Moreaux", "MC Vallon"),
            (2, "Lucien Bressac", "Kite Club Orme"),
            (3, "Noémie Farguet", "MC Vallon"),
        ],
        [
            (1, "Gaspard Livent", "Team Rocaille"),
            (2, "Elouan Prieur", "MC Vallon"),
            (3, "Maëlle Dorsan", "Kite Club Orme"),
        ],
    ]
    assert all("provisoire" not in name for name, _ in races)


def test_a_provisional_order_with_points_stays_standings():
    page = (
        "Classement général provisoire Open A:\n"
        "1 - Lucien BRESSAC Kite Club Orme 120 pts\n"
        "2 - Tiphaine MOREAUX MC Vallon 104 pts\n"
        "3 - Gaspard LIVENT Team Rocaille 98 pts\n"
        "Prochaine manche en juin.\n"
    )
    extraction = extract_article(page, media_type="text/plain")
    assert [(s.position, s.driver, s.points) for s in extraction.standings] == [
        (1, "Lucien Bressac", 120),
        (2, "Tiphaine Moreaux", 104),
        (3, "Gaspard Livent", 98),
    ]
    assert not any(race.results for race in extraction.races)


def test_a_provisional_order_with_times_is_still_read():
    page = (
        "Classement général provisoire après la finale:\n"
        "1 - Lucien BRESSAC Kite Club Orme 12:01.4\n"
        "2 - Tiphaine MOREAUX MC Vallon 12:05.9\n"
        "3 - Gaspard LIVENT Team Rocaille 12:10.2\n"
        "Prochaine manche en juin.\n"
    )
    races = races_of(page)
    assert [driver for _, rows in races for _, driver, _ in rows] == [
        "Lucien Bressac",
        "Tiphaine Moreaux",
        "Gaspard Livent",
    ]
