"""Which race of a meeting a place told in prose belongs to: the class a sentence names by a
word with its number written onto it ('la Classe Pre90'), never the overall race told before."""

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
