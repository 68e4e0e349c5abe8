"""Classes named by their engine capacity, the unit written onto the number ('CATEGORIA
125cc.', 'in de 85cc klasse'): the capacity is the class's label, so each class's places stay
in its own race and a driver placed in two classes is no conflict."""

from extractors.article import extract_article

# Two classes under headings in capitals, each named by its capacity; one driver on both podiums
SPANISH_CAPACITY_HEADINGS = """\
Se corrió la octava fecha del campeonato provincial de karting en el kartódromo municipal.
CATEGORIA 125cc.
Volvió a ganar Ramiro Estévez, que sigue como líder del campeonato.
La segunda posición fue para Hugo Barral y la tercera fue para Lucio Meana.
CATEGORIA 150cc 4 TIEMPOS.
La victoria fue para Teo Salvat, que se impuso con autoridad.
La segunda posición fue para Lucio Meana.
"""

# The same, with the capacity after an article and before a lower-case class noun (Dutch)
DUTCH_CAPACITY_CLASSES = """\
Op het circuit van Veldhoven werd zondag de vierde ronde van het clubkampioenschap verreden.
In de 65cc klasse won Joris Vliegen voor Stan Kuipers.
In de 85cc klasse won Bram Hoeve voor Joris Vliegen.
"""


def results(text: str) -> dict[str, list[tuple[int | None, str]]]:
    races = extract_article(text).races
    return {r.name: [(row.position, row.driver) for row in r.results] for r in races}


def test_a_capacity_after_a_class_noun_names_the_class():
    races = results(SPANISH_CAPACITY_HEADINGS)
    assert races["Categoria 125cc"] == [
        (1, "Ramiro Estévez"),
        (2, "Hugo Barral"),
        (3, "Lucio Meana"),
    ]


def test_a_capacity_with_more_words_names_the_next_class():
    races = results(SPANISH_CAPACITY_HEADINGS)
    assert races["Categoria 150cc 4 TIEMPOS"] == [(1, "Teo Salvat"), (2, "Lucio Meana")]


def test_a_capacity_before_a_lower_case_class_noun_names_the_class():
    races = results(DUTCH_CAPACITY_CLASSES)
    assert (1, "Joris Vliegen") in races["Klasse 65cc"]
    assert (1, "Bram Hoeve") in races["Klasse 85cc"]
    assert (2, "Joris Vliegen") in races["Klasse 85cc"]
