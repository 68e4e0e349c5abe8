"""A bracket right after a driver's name on a printed line may open with the abbreviation the
article's language prints for a nation and no code names (French 'ALL', 'BRE'), or another
nation's code ('ANG': Angola's, England in French), or a title-case one ('(Ger)', '(It)'):
invented pages in the shape real ones print."""

from dataclasses import replace

from extractors.article import extract_document
from extractors.document import document_from_text
from extractors.nations import language_code


def _nations(text: str, language: str | None) -> dict[str, str | None]:
    doc = replace(document_from_text(text), language=language)
    extraction = extract_document(doc)
    found = {s.driver: s.nation for s in extraction.standings}
    found |= {row.driver: row.nation for race in extraction.races for row in race.results}
    return found


FRENCH_STANDINGS = (
    "Le classement des pilotes\n\n"
    "1. Marc Delorme (ALL/Kite Racing) : 97 points\n"
    "2. Yves Tannier (ANG/Vane) : 81 pts\n"
    "3. Luc Ferrand (BRE/Kite Racing) : 70 pts\n"
    "4. Paul Arnaud (FRA/Vane) : 64 pts\n"
)


def test_french_abbreviations_in_a_french_text():
    nations = _nations(FRENCH_STANDINGS, "fr")
    assert nations["Marc Delorme"] == "DEU"
    assert nations["Yves Tannier"] == "GBR"
    assert nations["Luc Ferrand"] == "BRA"
    assert nations["Paul Arnaud"] == "FRA"


def test_the_same_letters_elsewhere_are_not_read_the_french_way():
    nations = _nations(FRENCH_STANDINGS, "en")
    assert nations["Marc Delorme"] is None
    assert nations["Luc Ferrand"] is None
    assert nations["Paul Arnaud"] == "FRA"


ENGLISH_LINE = (
    "Kite Superbike Cup, round 4 (Marlow, 20 laps) Race 1: 1 T Varley (US) Kite 31min 10.247sec; "
    "2 B Orrin (Aus) Vane 31:12.707; 3 C Delmar (It) Kite 31:13.541; "
    "4 D Haskel (Ger) Vane 31:20.002.\n"
)


def test_title_case_abbreviations_in_an_english_line():
    nations = _nations(ENGLISH_LINE, "en")
    assert nations["T Varley"] == "USA"
    assert nations["B Orrin"] == "AUS"
    assert nations["C Delmar"] == "ITA"
    assert nations["D Haskel"] == "DEU"


def test_a_page_of_result_lines_whose_language_is_not_told_reads_the_english_ones():
    assert _nations(ENGLISH_LINE, None)["D Haskel"] == "DEU"


def test_the_abbreviation_is_no_team():
    doc = replace(document_from_text(ENGLISH_LINE), language="en")
    rows = [row for race in extract_document(doc).races for row in race.results]
    assert {row.team for row in rows if row.driver in ("B Orrin", "C Delmar")} == {None}


def test_language_code_lookup():
    assert language_code("ANG", "fr") == "GBR"
    assert language_code("ANG", "en") is None
    assert language_code("Zwit", "nl") == "CHE"
    assert language_code("Ger", None) == "DEU"
    assert language_code("Ger", "de") is None


def test_a_code_before_the_team_is_the_nation_and_no_part_of_the_team():
    text = (
        "Course 2 :\n\n1. Marc Delorme (ALL/Kite Racing) 42:10.512\n"
        "2. Paul Arnaud (FRA/Vane Sport) +3.204\n3. Yves Tannier (ANG/Kite Racing) +9.870\n"
    )
    doc = replace(document_from_text(text), language="fr")
    rows = [row for race in extract_document(doc).races for row in race.results]
    assert [(r.driver, r.nation, r.team) for r in rows] == [
        ("Marc Delorme", "DEU", "Kite Racing"),
        ("Paul Arnaud", "FRA", "Vane Sport"),
        ("Yves Tannier", "GBR", "Kite Racing"),
    ]


def test_codes_a_page_prints_for_teams_stay_no_nation():
    text = (
        "Final standings\n\n1. Ann Roy (DOU/Kite) 120 pts\n2. Tom Kay (QOS/Vane) 98 pts\n"
        "3. Ivo Lenz (MUS/Kite) 90 pts\n\nTeams: (DOU) Dover, (QOS) Quorn, (MUS) Muswell.\n"
    )
    nations = _nations(text, "en")
    assert nations["Ivo Lenz"] is None
