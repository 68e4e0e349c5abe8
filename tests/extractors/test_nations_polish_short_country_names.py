"""Polish country names printed short in a result line's bracket before the make ('(W. Brytania/
Honda)', '(Monako/Honda)'): the row's nation, not part of its team. Every text is invented."""

from extractors.article import extract_article
from extractors.nations import lookup

PAGE = (
    "Kowalczyk wygrał GP Testowej\n"
    "Jan Kowalczyk wygrał wyścig o Grand Prix Testowej. Drugi był Piotr Zawada, a na trzeciej "
    "pozycji uplasował się Marek Sowa.\n"
    "Wyniki:\n"
    "1. Jan Kowalczyk (W. Brytania/Honda) 1:31.22,367\n"
    "2. Piotr Zawada (Holandia/Yamaha) strata 4,210 s\n"
    "3. Marek Sowa (Monako/Honda) 7,066\n"
    "4. Adam Lisek (Włochy/Yamaha) 9,146\n"
    "5. Ola Berg (W. Brytania/Honda) 12,500\n"
)


def test_short_polish_names_of_great_britain_and_monaco():
    assert lookup("W. Brytania") == ("GBR", "name")
    assert lookup("Monako") == ("MCO", "name")


def test_result_lines_with_a_short_polish_country_before_the_make():
    extraction = extract_article(PAGE, media_type="text/plain")
    found = {(row.driver, row.nation) for race in extraction.races for row in race.results}
    assert {("Marek Sowa", "MCO"), ("Ola Berg", "GBR")} <= found
    teams = {row.team for race in extraction.races for row in race.results}
    assert not any(team and "Brytania" in team for team in teams)
