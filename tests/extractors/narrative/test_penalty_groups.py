"""Penalties shared by listed drivers, 'the latter' across sentences, and penalty words of other
languages (invented sentences in the shapes of real reports, expectations written by hand)."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def penalties(facts: NarrativeFacts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind) for p in facts.penalties]


def test_drivers_listed_before_a_plural_verb_each_get_the_penalty():
    text = (
        "Tom Baker won the race. However after scrutineering the two leaders, Jan Vos and "
        "Piet Kok, were excluded from the results due to technical infringements."
    )
    assert penalties(read(text)) == [
        ("Jan Vos", None, "disqualification"),
        ("Piet Kok", None, "disqualification"),
    ]


def test_a_singular_verb_gives_the_penalty_to_the_last_listed_driver_alone():
    text = "Tom Baker won ahead of Jan Vos and Piet Kok, who was given a five-second penalty."
    assert penalties(read(text)) == [("Piet Kok", 5.0, "time")]


def test_portuguese_plural_participle_shares_the_penalty():
    text = (
        "Ana Lima, Bia Souza e Carla Reis cruzaram a linha na frente, porém foram punidas "
        "pelos comissários e a vitória ficou com Dora Paz."
    )
    assert penalties(read(text, "pt")) == [
        ("Ana Lima", None, "other"),
        ("Bia Souza", None, "other"),
        ("Carla Reis", None, "other"),
    ]


def test_the_latter_opening_a_sentence_is_the_driver_named_last_before_it():
    text = (
        "Le Hongrois Adam Varga gagnait son duel avec Igor Petrov pour la 2e place. Après "
        "l’arrivée, ce dernier rétrogradait 9e après une pénalité pour position incorrecte."
    )
    assert penalties(read(text, "fr")) == [("Igor Petrov", None, "other")]


def test_the_latter_in_a_new_paragraph_refers_to_no_one():
    text = (
        "Adam Varga gagnait son duel avec Igor Petrov pour la 2e place.\n\n"
        "Après l’arrivée, ce dernier rétrogradait 9e après une pénalité."
    )
    assert penalties(read(text, "fr")) == []


def test_french_disqualification_noun_and_penalising_verb():
    text = (
        "Le classement évoluait après le déclassement de Marc Dubois pour une intervention "
        "dans le parc fermé. Paul Roux tentait une manoeuvre, mais la direction de course "
        "pénalisait Roux de 3 places."
    )
    assert penalties(read(text, "fr")) == [
        ("Marc Dubois", None, "disqualification"),
        ("Paul Roux", None, "other"),
    ]


def test_a_plural_verb_before_the_drivers_last_mention_shares_nothing():
    text = (
        "Ren Sato crossed the line third. He, Yuto Hara and Hana Ito are all on 16 points, "
        "although Ito will rue a drive-through for an unsafe rejoin."
    )
    assert penalties(read(text)) == [("Hana Ito", None, "drive-through")]


def test_penalties_to_listed_drivers_give_each_of_them_one():
    text = (
        "Tom Baker won the final. Jan Vos crossed the line second ahead of Piet Kok. Because of "
        "penalties to Vos and Kok, Belgian Rik Smet moves up to second place."
    )
    assert penalties(read(text)) == [("Jan Vos", None, "other"), ("Piet Kok", None, "other")]


def test_penalties_with_no_one_after_them_are_no_penalty():
    text = "Tom Baker won the final. Penalties for track limits were handed out all evening."
    assert penalties(read(text)) == []


def test_one_penalty_said_of_a_listed_crew_is_their_cars_and_no_drivers():
    text = (
        "Yann Morel, Luc Petit, Hugo Blanc et Rémi Faure, partis en tête, ont reçu une "
        "pénalité pour un départ volé."
    )
    assert penalties(read(text, "fr")) == []


def test_one_penalty_said_of_a_listed_crew_in_english_is_no_drivers():
    text = "Ian Platt, Rob Dean and Al Moss were handed a drive-through for an unsafe release."
    assert penalties(read(text)) == []


def test_a_penalty_each_of_a_listed_crew_is_every_drivers():
    text = "Yann Morel et Luc Petit ont chacun reçu une pénalité pour un départ volé."
    assert penalties(read(text, "fr")) == [
        ("Yann Morel", None, "other"),
        ("Luc Petit", None, "other"),
    ]
