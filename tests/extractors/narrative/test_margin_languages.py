"""Finishing margins told in other languages (invented sentences in the shapes of real reports):
a participle of following, the margin, and the follower after the language's agent word."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def intervals(facts: NarrativeFacts) -> set[tuple]:
    return {(i.ahead, i.behind, i.seconds) for i in facts.intervals}


def test_italian_followed_at_a_margin_by_a_driver():
    text = (
        "Marco Ferri ha vinto la gara. La vittoria nella categoria 60 mini è andata a Luca Neri, "
        "seguito a 8 secondi di distacco da Paolo Gatti e da Ugo Riva."
    )
    assert intervals(read(text, "it")) == {("Luca Neri", "Paolo Gatti", 8.0)}


def test_french_closely_followed_at_a_margin_by_a_driver():
    text = (
        "Paul Roux remportait la finale avec 2'' d'avance sur Marc Dubois, "
        "talonné à 0,160'' par Luc Picot."
    )
    assert intervals(read(text, "fr")) == {
        ("Paul Roux", "Marc Dubois", 2.0),
        ("Marc Dubois", "Luc Picot", 0.16),
    }


def test_a_follower_with_no_one_named_before_the_participle_gives_no_margin():
    text = (
        "Paul Roux remportait la finale. La course, suivie à 3 secondes par Luc Picot, fut belle."
    )
    assert intervals(read(text, "fr")) == set()


def test_spanish_second_at_a_margin_is_behind_the_winner_and_third_is_no_margin():
    text = (
        "Tomás Vidal se impuso en la carrera, al superar a su compatriota Álex Ruiz (Honda), "
        "segundo a 2.364 segundos, y al italiano Marco Conti (Ducati), tercero a 5.452."
    )
    assert intervals(read(text, "es")) == {("Tomás Vidal", "Álex Ruiz", 2.364)}


def test_french_margin_before_the_word_of_ahead_of():
    text = "Igor Lenz remportait la finale, franchissant la ligne 1,3 seconde devant Ryo Kato."
    assert intervals(read(text, "fr")) == {("Igor Lenz", "Ryo Kato", 1.3)}


def test_spanish_lead_noun_before_the_margin_and_the_driver_led_after_it():
    text = "Luis Prado ganó la carrera con una ventaja de 2 segundos sobre Marco Ruiz."
    assert intervals(read(text, "es")) == {("Luis Prado", "Marco Ruiz", 2.0)}


def test_a_lead_noun_with_no_driver_after_the_margin_gives_no_pair():
    text = "Luis Prado ganó la carrera con una ventaja de 2 segundos en la meta."
    assert all(i.behind != "Luis Prado" for i in read(text, "es").intervals)


def test_polish_crossing_the_finish_line_with_a_lead_over_a_driver():
    text = (
        "Zanim Nikodem Kowal, zamykający wyścig dla ekipy Apex Racing, minął linię mety z "
        "przewagą 17,8 sekundy nad Jernejem Simonciciem (Vortex), na torze było wiele walk."
    )
    # the driver led is written only declined ('nad Jernejem Simonciciem'): no name to publish
    assert intervals(read(text, "pl")) == {("Nikodem Kowal", None, 17.8)}


def test_polish_lead_over_a_driver_named_in_the_nominative_elsewhere():
    text = (
        "Jan Mazur był drugi. Zanim Nikodem Kowal, jadący dla ekipy Apex Racing, minął linię "
        "mety z przewagą 2,5 sekundy nad Janem Mazurem, było wiele walk."
    )
    assert intervals(read(text, "pl")) == {("Nikodem Kowal", "Jan Mazur", 2.5)}


def test_german_deficit_after_the_margin_names_the_driver_ahead():
    text = (
        "Lukas Brandt gewann das Rennen. Jonas Keller wurde Zweiter mit 2,3 Sekunden Rückstand "
        "auf Lukas Brandt."
    )
    assert intervals(read(text, "de")) == {("Lukas Brandt", "Jonas Keller", 2.3)}


def test_french_deficit_after_the_margin_names_the_driver_ahead():
    text = (
        "Paul Roux a gagné la course. Marc Dubois a terminé deuxième avec 3 secondes de retard "
        "sur Paul Roux."
    )
    assert intervals(read(text, "fr")) == {("Paul Roux", "Marc Dubois", 3.0)}


def test_dutch_finishing_as_second_is_no_supposition():
    text = (
        "Tom Vos won de race. Kees Boer eindigde als tweede met 1,2 seconden achterstand "
        "op Tom Vos."
    )
    assert intervals(read(text, "nl")) == {("Tom Vos", "Kees Boer", 1.2)}


def test_dutch_if_he_is_a_supposition():
    text = (
        "Tom Vos won de race. Als hij had gewonnen, was Kees Boer met 1,2 seconden achterstand "
        "op Tom Vos tweede geworden."
    )
    assert intervals(read(text, "nl")) == set()
