"""Standings lines and headings (docs/formats.md §3): points in any locale land in standings."""

import pytest

from extractors.article import extract_article
from extractors.result_lists import parse_row_text
from extractors.standings import POINTS_RE, STANDINGS_WORDS_RE, standings_from_rows


@pytest.mark.parametrize(
    ("text", "points"),
    [("18 points", 18), ("1 point", 1), ("18 pts", 18), ("18pts.", 18), ("12 punti", 12),
     ("10 pontos", 10), ("8 puntos", 8), ("6 Punkte", 6), ("4,5 pts", 4.5),
     ("Lazio punti 263.", 263), ("Ann Lee, points: 45", 45), ("pts 12,5", 12.5)],
)  # fmt: skip
def test_points_in_any_locale(text, points):
    found = POINTS_RE.search(text)
    assert float(found["points"].replace(",", ".")) == points


@pytest.mark.parametrize(
    ("text", "driver", "nation", "position", "points"),
    [
        ("Ana Ribeiro – 18 points", "Ana Ribeiro", None, None, 18),
        ("Tomas Berg – 1 point", "Tomas Berg", None, None, 1),
        ("1. Ribeiro (POR) 18 pts", "Ribeiro", "PRT", 1, 18),
        ("2º Kenji Mori – Giappone – 30 punti", "Kenji Mori", "JPN", 2, 30),
        # "1- Name (Region)": a hyphen after the place, the bracket is no name
        ("3- Marc Olivo (Normandie) – 41 points", "Marc Olivo", None, 3, 41),
    ],
)
def test_standings_lines(text, driver, nation, position, points):
    facts = parse_row_text(text)
    assert facts.is_standing and not facts.is_result
    assert (facts.driver, facts.nation, facts.position, facts.points) == (
        driver,
        nation,
        position,
        points,
    )


@pytest.mark.parametrize(
    "heading",
    ["Standings after Round 1", "Championship standings", "Classifica piloti dopo il Round 2",
     "Classificação após a Etapa 4", "Gesamtwertung nach Lauf 3", "Points after Round 8, Lisbon",
     "Clasificación general"],
)  # fmt: skip
def test_standings_headings(heading):
    assert STANDINGS_WORDS_RE.search(heading)


@pytest.mark.parametrize(
    "heading", ["Virtual GT Championship 2025, Race 2 results", "Race 1 Results"]
)
def test_a_series_called_championship_is_no_standings_heading(heading):
    assert not STANDINGS_WORDS_RE.search(heading)


def test_unprinted_positions_follow_the_order():
    rows = [
        parse_row_text("Ana Ribeiro – 18 points", 0),
        parse_row_text("Tomas Berg – 18 points", 24),
    ]
    standings = standings_from_rows(rows, after="Round 1")
    assert [(s.position, s.driver, s.points, s.after) for s in standings] == [
        (1, "Ana Ribeiro", 18, "Round 1"), (2, "Tomas Berg", 18, "Round 1"),
    ]  # fmt: skip
    assert standings[1].evidence.start == 24


def test_a_list_headed_position_driver_points_behind_is_standings():
    from extractors.article import extract_document
    from extractors.document import document_from_text

    text = (
        "Ivo Brant won the finale on Saturday.\n\nPosition – Driver: Points (Behind)\n"
        "1st – Ivo Brant: 238 (0)\n2nd – Tim Orr: 206 (-32)\n3rd – Lea Roth: 189 (-49)\n"
    )
    standings = extract_document(document_from_text(text)).standings
    assert [(s.position, s.driver, s.points) for s in standings] == [
        (1, "Ivo Brant", 238),
        (2, "Tim Orr", 206),
        (3, "Lea Roth", 189),
    ]


def test_a_signed_points_gap_after_the_points_is_no_unknown_field():
    row = parse_row_text("2nd – Tim Orr: 206 (-32)")
    assert (row.driver, row.bare_number, row.unknown) == ("Tim Orr", 206, ())


@pytest.mark.parametrize("text", ["3 p.m.", "pts 12a", "points 2.5.2024"])
def test_words_and_numbers_that_are_no_points(text):
    assert POINTS_RE.search(text) is None


def test_a_standings_row_printed_twice_is_one_standing():
    text = (
        "Invented Cup final\n\nThe podium of the final standings: 1. Kite punti 263, 2. Apex 252.\n"
        "The final standings:\n1. KITE punti 263\n2. APEX punti 252\n3. ROVER punti 245\n"
    )
    standings = extract_article(text, media_type="text/plain").standings
    assert [(s.position, s.driver.upper(), s.points) for s in standings] == [
        (1, "KITE", 263), (2, "APEX", 252), (3, "ROVER", 245),
    ]  # fmt: skip
