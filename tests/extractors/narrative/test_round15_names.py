"""Words read as drivers and names cut at a particle (round 15): German nouns, a Portuguese
pronoun, a Dutch 'te'."""

from narrative_reading import places, read


def test_a_german_noun_before_a_place_is_no_driver() -> None:
    text = (
        "Die Klasse L wurde von Marta Gross gewonnen. Die Klasse XL wurde von Otto Lind, der "
        "im Gesamtergebnis den 9. Platz belegte, gewonnen. Die Klasse XL in der die schweren "
        "Jungs starten wurde von Ede Kluge gewonnen, der Platz 8 im Gesamtergebnis belegte."
    )
    found = places(read(text, "de"))
    assert "Gesamtergebnis" not in found and "Jungs" not in found


def test_points_ahead_is_no_driver() -> None:
    text = (
        "Erneut gab es einen Führungswechsel in der Gesamtwertung: Frieda Korn schiebt sich mit "
        "2,87 Punkten Vorsprung auf Platz 1 vor Stefan Haas und Dana Berg."
    )
    facts = read(text, "de")  # a lead in the overall standings: no race places either
    named = {row.driver for race in facts.races for row in race.results}
    named |= {standing.driver for standing in facts.standings}
    assert places(facts) == {} and not any("Punkten" in name for name in named)


def test_the_portuguese_who_is_no_driver() -> None:
    text = "Quem conquistou a terceira posição foi Jonas Filho, seguido por Luis Prado."
    assert places(read(text, "pt")) == {"Jonas Filho": 3, "Luis Prado": 4}


def test_a_dutch_te_inside_a_surname() -> None:
    text = "Dennis Ulm kwam als tweede over de finish, voor Mike te Broek, die derde werd."
    assert places(read(text, "nl")) == {"Dennis Ulm": 2, "Mike te Broek": 3}


def test_a_demonym_after_a_driver_named_by_first_name_alone_stays_unresolved() -> None:
    text = (
        "Pascal Wehrmann vinse sabato. Ma il povero Pascal, partito in prima fila, è scivolato in "
        "coda al gruppo dopo una carambola con lo stesso Stefan Vanderbeek, a sua volta spinto da "
        "dietro, in curva-3. Un inizio da incubo per il tedesco, poi autore di una bella rimonta."
    )
    assert [(n.driver, n.nation) for n in read(text, "it").driver_nations] == []


def test_a_legend_s_penalty_is_no_one_s() -> None:
    text = (
        "Note: DNF = Did Not Finish, Max = Maximum penalty for incomplete test(s). "
        "Tom Hale was given a ten-second penalty for a jump start."
    )
    found = [(p.driver, p.seconds) for p in read(text).penalties]
    assert found == [("Tom Hale", 10.0)]
