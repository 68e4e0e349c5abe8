"""Printed lists of mixed pages in shapes learned in round 10: standings lines run together under
a standings lead-in in German and Dutch ('Endstand:', 'tussenstanden'), points glued to their
word ('240ptn'), places left out after an ellipsis ('30,…29.'). Sentences and pages are
invented."""

from extractors.article import extract_article


def printed_races(text: str) -> list[tuple[str, list[tuple[int | None, str]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (race.name, [(r.position, r.driver) for r in race.results if r.method != "narrative"])
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


def standings(text: str) -> list[tuple[int | None, str, float]]:
    extraction = extract_article(text, media_type="text/plain")
    return [(s.position, s.driver, s.points) for s in extraction.standings]


def test_an_endstand_run_on_after_a_day_s_list_is_standings_not_a_race():
    page = (
        "Invented motocross column\n\n"
        "Ergebnis:\n"
        "Masters: 1. Berg (F) 50, 2. Lind (CZ) Kite 42, 3. Moss (A) 40, 4. Hale (F) 38, "
        "5. Cole (S) 30,…29. Wendt 0 Endstand: 1. Moss 273, 2. Hale 267, 3. Berg 259\n"
    )
    day = [(1, "Berg"), (2, "Lind"), (3, "Moss"), (4, "Hale"), (5, "Cole"), (29, "Wendt")]
    assert printed_races(page) == [("Masters", day)]
    assert standings(page) == [(1, "Moss", 273.0), (2, "Hale", 267.0), (3, "Berg", 259.0)]


def test_points_glued_to_ptn_under_a_dutch_tussenstand_lead_in_are_standings():
    page = (
        "Invented motocross round-up\n\n"
        "Ann Lee won the race ahead of Bo Kim.\n"
        "Zo zien de tussenstanden er uit na 2 van de 3 wedstrijden:\n"
        "MX1: 1. Ann Lee ITA 240ptn – 2. Bo Kim BEL 180ptn – 3. Cy Diaz AUS 135ptn\n"
    )
    assert printed_races(page) == []
    assert standings(page) == [(1, "Ann Lee", 240.0), (2, "Bo Kim", 180.0), (3, "Cy Diaz", 135.0)]


def test_a_place_after_two_dots_is_a_place_left_out():
    page = (
        "Invented kart page\n\n"
        "Cup: 1. Ann Lee (B) 43, 2. Bo Kim (NL) 38, 3. Cy Diaz (DK) 35,.. 13. Di Eng (B) 15\n"
    )
    assert printed_races(page) == [
        ("Cup", [(1, "Ann Lee"), (2, "Bo Kim"), (3, "Cy Diaz"), (13, "Di Eng")])
    ]
