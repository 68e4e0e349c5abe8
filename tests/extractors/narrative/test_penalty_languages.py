"""Who a penalty told in another language is for (invented sentences in the shapes of real
reports): receivers named after the penalty, and words that only look like English pronouns."""

from narrative_reading import read

from extractors.narrative import NarrativeFacts


def penalties(facts: NarrativeFacts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind) for p in facts.penalties]


def test_spanish_he_is_a_verb_not_the_previous_driver():
    text = (
        "Luis Prado era quinto cuando tuvimos otro incidente. "
        "He acabado sexto, aunque por una penalización he sido séptimo."
    )
    assert penalties(read(text, "es")) == []


def test_french_penalty_of_a_driver_is_his_not_the_subjects():
    text = (
        "La justice sportive va être sévère pour Marc Dubois. Paul Roux se contente d'une "
        "sixième place (devenue cinquième après la pénalité de Dubois)."
    )
    assert penalties(read(text, "fr")) == [("Marc Dubois", None, "other")]


def test_german_penalty_against_a_driver_is_his():
    text = (
        "Dritter wurde Jonas Keller, der zwar als Vierter die Zielflagge sah, jedoch von einer "
        "Strafe gegen Lukas Brandt profitierte."
    )
    assert penalties(read(text, "de")) == [("Lukas Brandt", None, "other")]


def test_italian_preposition_before_a_surname_is_no_part_of_the_name():
    text = (
        "Marco Ferri ha vinto la gara. Negli ultimi giri è stato pressato da Bellandi, malgrado "
        "su quest’ultimo pesasse già una penalità di 5 secondi per taglio di pista."
    )
    assert all(p.driver != "da Bellandi" for p in read(text, "it").penalties)


def test_a_role_after_a_colon_is_the_driver_named_before_it_and_gets_the_penalty():
    text = (
        "Marco Rossi è primo davanti a Luca Bianchi, quindicesimo alle spalle di Igor Petrov: "
        "il macedone è transitato undicesimo, ma gli sono stati inflitti 25 secondi di "
        "penalità per il contatto con Rossi."
    )
    facts = read(text, "it")
    assert penalties(facts) == [("Igor Petrov", 25.0, "time")]
    assert {n.driver: n.nation for n in facts.driver_nations} == {"Igor Petrov": "MKD"}


def test_a_vague_penalty_told_before_the_race_is_named_is_the_one_told_in_full():
    text = (
        "Luca Bianchi è entrato in contatto con Igor Petrov, poi penalizzato.\n\n"
        "Gara 1\n\n"
        "Igor Petrov ha ricevuto 25 secondi di penalità per il contatto."
    )
    assert penalties(read(text, "it")) == [("Igor Petrov", 25.0, "time")]


def test_the_latter_is_the_driver_named_last_in_italian():
    text = (
        "Marco Ferri ha vinto la gara, pressato da Bellandi negli ultimi giri, malgrado su "
        "quest’ultimo pesasse già una penalità di 5 secondi per taglio di pista."
    )
    assert penalties(read(text, "it")) == [("Bellandi", 5.0, "time")]


def test_the_latter_in_english(narrate):
    text = "Ken Ota won from Tim Orr, although the latter had a five-second penalty."
    assert [(p.driver, p.seconds) for p in narrate(text).penalties] == [("Tim Orr", 5.0)]


def test_german_penalty_seconds_counted_in_one_word():
    text = "Jonas Brandt wurde trotz 5 Strafsekunden noch Dritter."
    assert penalties(read(text, "de")) == [("Jonas Brandt", 5.0, "time")]


def test_seconds_written_with_a_double_prime_or_closing_quote_are_the_penaltys_length():
    text = (
        "Giulia Neri ha vinto davanti a Marco Bassi. Dopo la gara i giudici hanno assegnato "
        "5″ di penalità a Marco Bassi per un contatto. Luca Ferri ha dovuto pagare una "
        "penalità di 10” per un sorpasso."
    )
    assert penalties(read(text, "it")) == [
        ("Marco Bassi", 5.0, "time"),
        ("Luca Ferri", 10.0, "time"),
    ]


def test_italian_penalty_of_a_driver_after_an_articulated_preposition():
    text = (
        "Nella categoria 60cc vittoria di Ugo Sala grazie alla squalifica del ceco Jan Tlach "
        "per irregolarità al motore."
    )
    assert penalties(read(text, "it")) == [("Jan Tlach", None, "disqualification")]
