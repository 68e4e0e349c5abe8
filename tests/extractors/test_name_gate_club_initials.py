"""A name prose writes right after a motor club's initials ('des MSC Bergdorf', 'im ADAC
Nordgau'): the club's town or region, no driver (round 28; invented names and sentences,
expectations written by hand)."""

from extractors.article import extract_article
from extractors.name_gate import ProseNames

TEXT = (
    "Gewonnen wurde der dritte Lauf zur Clubmeisterschaft des MSC Bergdorf von Jan Oberle, "
    "der damit auch die Jugendklasse gewann. Ivo Sabo vom MSC Talheim Nord im ADAC Nordgau "
    "belegte den zweiten Platz. Jan Oberle fährt seit drei Jahren für den MSC Bergdorf."
)


def test_a_name_after_a_clubs_initials_is_no_driver() -> None:
    names = ProseNames(TEXT, "de")
    assert names("Bergdorf von Jan Oberle") is None
    assert names("Talheim Nord") is None
    assert names("Nordgau") is None


def test_the_drivers_of_the_club_stay() -> None:
    names = ProseNames(TEXT, "de")
    assert names("Jan Oberle") == "Jan Oberle"
    assert names("Ivo Sabo") == "Ivo Sabo"


def test_a_name_also_written_away_from_the_initials_stays() -> None:
    text = "Tom Rask vom MSC Lindau siegte. Zweiter wurde Lindau Brandt vor Tom Rask."
    names = ProseNames(text, "de")
    assert names("Lindau Brandt") == "Lindau Brandt"


def test_initials_in_lower_case_or_inside_a_word_are_no_club() -> None:
    text = "Der Sieg ging an Bert Hansen, der Kollege vom GMSC Ott Nilsen wurde Dritter."
    names = ProseNames(text, "de")
    assert names("Ott Nilsen") == "Ott Nilsen"


def test_no_row_for_a_clubs_town_in_an_article() -> None:
    text = (
        "Kartrennen in Bergdorf\n\nIn der Jugendklasse siegte Jan Oberle vor Ivo Sabo. "
        "Leon Kranz vom Nachwuchskader/MSC Talheim Nord im ADAC kam als Neunter ins Ziel.\n"
    )
    rows = [r.driver for race in extract_article(text).races for r in race.results]
    assert "Talheim Nord" not in rows


def test_the_drivers_beside_a_club_are_read() -> None:
    text = (
        "Kartrennen in Bergdorf\n\nJan Oberle gewann vor Ivo Sabo. "
        "Auf Platz drei fuhr Leon Kranz vom MSC Talheim Nord.\n"
    )
    rows = [(r.position, r.driver) for race in extract_article(text).races for r in race.results]
    assert rows == [(1, "Jan Oberle"), (2, "Ivo Sabo"), (3, "Leon Kranz")]
