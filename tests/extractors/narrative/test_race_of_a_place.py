"""Which race of a meeting a place told in prose belongs to: the class a sentence names by a
word with its number written onto it ('la Classe Pre90'), not the overall race told before; a
place said overall in a sentence about a class ('11th overall'), the section's race; a place in
the driver's own heat or semi-final, none; the race a title names, not the one the section
after it tells."""

from extractors.article import extract_article

# The overall order of a historic kart cup, then the winner of one of its classes
ITALIAN_CLASS_WITH_ITS_YEAR = """\
Si è corsa a Varano la coppa dei kart storici, con due classi di vetture degli anni Ottanta.
Nella classifica assoluta ha vinto Piero Landini davanti a Carlo Bruni.
La Classe Pre90 è stata vinta dal francese Michel Garnier su un vecchio telaio.
"""


def results(text: str) -> dict[str, list[tuple[int | None, str]]]:
    races = extract_article(text).races
    return {r.name: [(row.position, row.driver) for row in r.results] for r in races}


def test_a_class_named_with_its_year_takes_its_winner():
    races = results(ITALIAN_CLASS_WITH_ITS_YEAR)
    assert races["Classe Pre90"] == [(1, "Michel Garnier")]
    assert all(
        (1, "Michel Garnier") not in rows for name, rows in races.items() if name != "Classe Pre90"
    )


# A race section, then a sentence opened by a class whose winner is placed in the whole field
ENGLISH_CLASS_WINNER_OVERALL = """\
Supersport Sprint Race

Tom Aldridge led from start to finish to take his third win of the season at Knockhill.
In SSP300, Sam Whitcombe took the win, crossing the line 11th overall.
"""


def test_a_place_said_overall_is_the_sections_not_the_class_the_sentence_names():
    races = results(ENGLISH_CLASS_WINNER_OVERALL)
    assert (11, "Sam Whitcombe") in races["Supersport Sprint Race"]
    assert (11, "Sam Whitcombe") not in races.get("SSP300", [])


# The meeting's winner, then a rider's third place in his own semi-final
POLISH_OWN_SEMI_FINAL = """\
Jan Wrona wygrał Grand Prix w Lesznie i umocnił się na prowadzeniu w mistrzostwach świata.
Brązowy medal zdobył Olaf Kessler, który zajął trzecie miejsce w swoim półfinale.
"""


def test_a_place_in_the_drivers_own_semi_final_is_none_of_the_race_told():
    rows = [row for rows in results(POLISH_OWN_SEMI_FINAL).values() for row in rows]
    assert (1, "Jan Wrona") in rows
    assert all(driver != "Olaf Kessler" for _, driver in rows)


# A subtitle naming the second heat's winner, then a section telling the first heat
GERMAN_TITLE_NAMES_THE_SECOND_HEAT = """\
Sim Cup – Runde 4 Hockenheim

Liga Süd: Jonas Reiter (RSG Hessen – Audi R8 LMS GT4) siegreich in Lauf 2 und neuer Tabellenführer

Rennen 1: Moser vorne

Am Wochenende ging es für die Liga Süd wieder auf die Strecke in Hockenheim.
Im Ziel hieß es dann Moser vor Brandt - Lukas Feldner kam nur auf Position 9 ins Ziel.
"""


def test_a_race_a_title_names_is_not_the_race_of_the_section_after_it():
    races = results(GERMAN_TITLE_NAMES_THE_SECOND_HEAT)
    assert races["Lauf 2"] == [(1, "Jonas Reiter")]
    assert (9, "Lukas Feldner") in races["Rennen 1"]
