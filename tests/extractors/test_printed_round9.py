"""Printed lists of mixed pages in shapes learned in round 9: the session a list's heading word
leaves open, a round's or a day's points classification, and prose repeating a printed race.
Sentences and pages are invented."""

from extractors.article import extract_article


def printed_races(text: str) -> list[tuple[str, str | None, list[tuple[int | None, str]]]]:
    extraction = extract_article(text, media_type="text/plain")
    return [
        (
            race.name,
            race.session,
            [(r.position, r.driver) for r in race.results if r.method != "narrative"],
        )
        for race in extraction.races
        if any(r.method != "narrative" for r in race.results)
    ]


def test_a_classificacao_of_lap_times_is_qualifying_not_the_race():
    page = (
        "Invented Cup round four at Vale Park\n\n"
        "Ana Souza started from pole and won the race.\n\n"
        "Classificação\n"
        "1 Ana Souza (Apex Racing), 1:10.127\n"
        "2 Bia Lima (Kite Motorsport), 1:10.672\n"
        "3 Caio Reis (Apex Racing), 1:10.865\n"
        "4 Davi Melo (Orbit Team), Sem tempo\n"
    )
    assert printed_races(page) == []


def test_a_classificacao_under_a_grid_lead_in_is_qualifying():
    page = (
        "Invented Cup round five at Vale Park\n\n"
        "Ana Souza took pole. Confira o grid de largada completo:\n"
        "Classificação\n"
        "1 Ana Souza (Apex Racing), 1:33.013\n"
        "2 Bia Lima (Kite Motorsport), +0.588\n"
        "3 Caio Reis (Apex Racing), +0.735\n"
    )
    assert printed_races(page) == []


def test_a_classificacao_of_a_race_time_and_gaps_is_the_race():
    page = (
        "Invented Cup round six at Vale Park\n\n"
        "Classificação\n"
        "1 Ana Souza (Apex Racing), 25:13.456\n"
        "2 Bia Lima (Kite Motorsport), +2.314\n"
        "3 Caio Reis (Apex Racing), +5.102\n"
    )
    ((_, session, rows),) = printed_races(page)
    assert session != "qualifying"
    assert rows == [(1, "Ana Souza"), (2, "Bia Lima"), (3, "Caio Reis")]
