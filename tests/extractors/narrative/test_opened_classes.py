"""Classes a sentence opens with ('En Coupe X, ...', 'Dans le groupe F2000, ...') in an article
whose one printed race is another: the sentence and the rest of its paragraph tell the class,
so its winner is not read as a second winner of the printed race."""

from extractors.article import extract_article

# One printed result (the overall classification) after prose that tells two classes' winners
FRENCH_CLASSES_AFTER_SCRATCH = """\
Personne n'a pu inquiéter Paul Verdier sur ce rallye qui clôturait la saison, et il signe sa \
troisième victoire de l'année devant ses adversaires habituels.
En Coupe Alpine, Marc Lefort s'impose avec une belle avance. Simon Carel termine deuxième.
Dans le groupe F2000 enfin, Louis Damas s'impose largement au volant de sa vieille Peugeot.
Classement final du rallye :
1. Paul Verdier (Citroën C3) 2h00'38"4
2. Jean Morand (Hyundai i20) à 1'03"3
3. Luc Ferrat (Skoda Fabia) à 1'14"5
"""


# Classes told one after another, each under a heading in capitals written without its accent
SPANISH_CLASS_HEADINGS = """\
Se corrió la novena fecha del campeonato regional de karting en el kartódromo local.
CATEGORIA MASTER.
Tomás Quiroga se impuso otra vez y ya lidera el campeonato.
CATEGORIA JUVENIL.
La final fue para Bruno Ledesma, que se impuso con autoridad.
"""


def results(text: str) -> dict[str, list[tuple[int | None, str]]]:
    races = extract_article(text).races
    return {r.name: [(row.position, row.driver) for row in r.results] for r in races}


def test_a_class_opened_in_prose_is_its_own_race_beside_the_printed_one():
    races = results(FRENCH_CLASSES_AFTER_SCRATCH)
    assert races["Coupe Alpine"][0] == (1, "Marc Lefort")
    assert races["Groupe F2000"] == [(1, "Louis Damas")]


def test_the_rest_of_the_opening_paragraph_tells_the_same_class():
    assert (2, "Simon Carel") in results(FRENCH_CLASSES_AFTER_SCRATCH)["Coupe Alpine"]


def test_the_printed_race_keeps_its_own_winner():
    printed = results(FRENCH_CLASSES_AFTER_SCRATCH)["Final du rallye"]
    assert printed[0] == (1, "Paul Verdier")
    assert "Marc Lefort" not in [driver for _, driver in printed]


def test_a_class_heading_in_capitals_without_its_accent_names_the_class():
    races = results(SPANISH_CLASS_HEADINGS)
    assert races["Categoria MASTER"] == [(1, "Tomás Quiroga")]
    assert races["Categoria JUVENIL"] == [(1, "Bruno Ledesma")]
