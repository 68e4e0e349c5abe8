"""Prose in the editions' languages, read by the shared readers with each language's vocabulary
(`extractors/narrative/lang/<code>.json`). Invented sentences in the shapes real reports use."""

import re

import pytest
from narrative_reading import nations, places, read

from extractors.narrative import NarrativeFacts
from extractors.narrative.lang import digit_ordinal, languages, time_patterns, vocabulary
from extractors.narrative.quantities import parse_seconds


def test_every_edition_language_has_a_vocabulary():
    assert {"pt", "es", "it", "de", "fr", "nl", "pl"} <= languages()


@pytest.mark.parametrize(
    ("text", "value"),
    [("2º", 2), ("3ª", 3), ("4°", 4), ("5e", 5), ("6ème", 6), ("1er", 1), ("7.", 7), ("x", None)],
)
def test_positions_in_digits_with_their_endings(text, value):
    assert digit_ordinal(text) == value


def test_seconds_in_other_languages_and_split_timing():
    assert parse_seconds("cinco segundos") == 5.0
    assert parse_seconds("5 Sekunden") == 5.0
    assert parse_seconds("0s054") == 0.054


# Portuguese


def test_pt_win_ahead_of_two_drivers():
    facts = read("Tomás Ferreira venceu a corrida, à frente de Rui Lemos e Paulo Matos.", "pt")
    assert places(facts) == {"Tomás Ferreira": 1, "Rui Lemos": 2, "Paulo Matos": 3}


def test_pt_winner_named_after_and_podium_completed_by_two():
    facts = read(
        "A vitória foi de Tomás Ferreira. Completaram o pódio Rui Lemos e Paulo Matos.", "pt"
    )
    assert places(facts) == {"Tomás Ferreira": 1, "Rui Lemos": 2, "Paulo Matos": 3}


def test_pt_place_phrase_before_its_driver_and_a_lowercase_demonym():
    facts = read(
        "Tomás Ferreira venceu a prova. Na segunda posição ficou o chileno Diego Araya.", "pt"
    )
    assert places(facts) == {"Tomás Ferreira": 1, "Diego Araya": 2}
    assert nations(facts) == {"Diego Araya": "CHL"}


def test_pt_pole_is_no_result():
    facts = read("Rui Lemos, que largou na pole position, terminou em quarto.", "pt")
    assert {r.name: [row.position for row in r.results] for r in facts.races} == {
        "Race qualifying": [1],
        "Race": [4],
    }


# Spanish


def test_es_triumph_for_a_driver_and_podium_completed_with_demonyms():
    facts = read(
        "El triunfo fue para el japonés Kenji Oda; completaron el podio el italiano Marco Galli "
        "y el francés Luc Morel.",
        "es",
    )
    assert places(facts) == {"Kenji Oda": 1, "Marco Galli": 2, "Luc Morel": 3}
    assert nations(facts) == {"Kenji Oda": "JPN", "Marco Galli": "ITA", "Luc Morel": "FRA"}


def test_es_finished_third_and_a_penalty_in_words():
    facts = read(
        "Kenji Oda ganó la carrera por delante de Marco Galli. Luc Morel terminó tercero tras "
        "una penalización de cinco segundos.",
        "es",
    )
    assert places(facts) == {"Kenji Oda": 1, "Marco Galli": 2, "Luc Morel": 3}
    (penalty,) = facts.penalties
    assert (penalty.driver, penalty.seconds) == ("Luc Morel", 5.0)


# Italian


def test_it_win_ahead_of_and_podium_followed_by():
    facts = read(
        "Marco Galli ha vinto la gara davanti a Kenji Oda. Completa il podio Luc Morel, seguito "
        "da Piero Bassi.",
        "it",
    )
    assert places(facts) == {"Marco Galli": 1, "Kenji Oda": 2, "Luc Morel": 3, "Piero Bassi": 4}


def test_it_classified_before_the_name_and_a_disqualification():
    facts = read(
        "La vittoria è andata a Marco Galli. Terzo classificato Piero Bassi. Il francese Luc "
        "Morel è stato squalificato.",
        "it",
    )
    assert places(facts) == {"Marco Galli": 1, "Piero Bassi": 3}
    assert nations(facts) == {"Luc Morel": "FRA"}
    (penalty,) = facts.penalties
    assert (penalty.driver, penalty.kind) == ("Luc Morel", "disqualification")


# German


def test_de_second_place_taken_by_a_demonym_named_driver():
    facts = read(
        "Das Rennen gewann Jonas Weber vor Piet Kok. Den dritten Platz belegte der Franzose Luc "
        "Morel.",
        "de",
    )
    assert places(facts) == {"Jonas Weber": 1, "Piet Kok": 2, "Luc Morel": 3}
    assert nations(facts) == {"Luc Morel": "FRA"}


def test_de_ordinal_and_place_number():
    facts = read(
        "Jonas Weber siegte vor Luc Morel und Piet Kok. Max Huber wurde Vierter, Tim Brandt "
        "landete auf Platz 5.",
        "de",
    )
    assert places(facts) == {
        "Jonas Weber": 1,
        "Luc Morel": 2,
        "Piet Kok": 3,
        "Max Huber": 4,
        "Tim Brandt": 5,
    }


def test_de_given_name_that_is_a_demonym_is_no_nation():
    facts = read("Finn Weber siegte vor Max Huber.", "de")
    assert nations(facts) == {}


# French


def test_fr_win_ahead_of_two_and_fourth_with_vehicle_codes():
    facts = read(
        "Luc Morel (F – Apex/Vortex) s'est imposé devant Jan Peeters (B – Tecno) et Piet Kok. "
        "Hugo Petit termine 4ème.",
        "fr",
    )
    assert places(facts) == {"Luc Morel": 1, "Jan Peeters": 2, "Piet Kok": 3, "Hugo Petit": 4}
    assert nations(facts) == {"Luc Morel": "FRA", "Jan Peeters": "BEL"}


def test_fr_victory_goes_to_and_two_complete_the_podium():
    facts = read(
        "La victoire revient à Luc Morel. Hugo Petit et Jonas Weber complètent le podium.", "fr"
    )
    assert places(facts) == {"Luc Morel": 1, "Hugo Petit": 2, "Jonas Weber": 3}


# Dutch and Polish


def test_nl_won_ahead_of_a_belgian_and_third():
    facts = read("Piet Kok won de race voor de Belg Jan Peeters. Tom de Vries werd derde.", "nl")
    assert places(facts) == {"Piet Kok": 1, "Jan Peeters": 2, "Tom de Vries": 3}
    assert nations(facts) == {"Jan Peeters": "BEL"}


def test_pl_winner_after_the_verb_and_a_numbered_place():
    facts = read(
        "Wyścig wygrał Jan Kowalski. Adam Wiśniewski dojechał na 3. miejscu.",
        "pl",
    )
    assert places(facts) == {"Jan Kowalski": 1, "Adam Wiśniewski": 3}


def test_pl_declined_surname_is_the_same_driver():
    facts = read(
        "Jan Kowalski wygrał wyścig. Ostatecznie Nowak zajął drugie miejsce, tuż za "
        "Kowalskim. Kowalskiego ukarano? Nie.",
        "pl",
    )
    assert "Kowalskim" not in places(facts)
    assert places(facts)["Jan Kowalski"] == 1


def test_a_language_vocabulary_has_its_connectors():
    assert ("à", "frente", "de") in vocabulary("pt").ahead
    assert ("gefolgt", "von") in vocabulary("de").followed


def test_pt_win_over_a_named_driver_by_a_margin_in_split_timing():
    facts = read(
        "Ricardo Cury venceu João Pedro Maia por apenas 0s004 na primeira corrida. A terceira "
        "posição ficou com Francisco Costa.",
        "pt",
    )
    assert places(facts) == {"Ricardo Cury": 1, "João Pedro Maia": 2, "Francisco Costa": 3}
    assert [(i.ahead, i.behind, i.seconds) for i in facts.intervals] == [
        ("Ricardo Cury", "João Pedro Maia", 0.004)
    ]


def test_a_team_word_is_not_taken_into_a_name():
    facts = read("Kurz won the race ahead of Apex Racing’s Leo Gatti and Max Huber.", "en")
    assert "Apex Racing" not in places(facts)


# Races told only in prose: a race noun with a label or an ordinal opens the race its facts
# belong to, until the prose names another


def races(facts: NarrativeFacts) -> dict[str, dict[str, int | None]]:
    return {r.name: {row.driver: row.position for row in r.results} for r in facts.races}


def test_it_categories_named_in_prose_are_races():
    facts = read(
        "Nella categoria KZ2 la vittoria è andata a Marco Galli, davanti a Piero Bassi. "
        "Terzo classificato Luca Conti. La gara nella categoria Mini: Ugo Riva si è aggiudicato "
        "la vittoria davanti a Gino Sala.",
        "it",
    )
    assert races(facts) == {
        "Categoria KZ2": {"Marco Galli": 1, "Piero Bassi": 2, "Luca Conti": 3},
        "Categoria Mini": {"Ugo Riva": 1, "Gino Sala": 2},
    }


def test_de_races_numbered_with_a_digit_ordinal():
    facts = read(
        "Im 1. Rennen gewann Jonas Weber vor Piet Kok. Im 2. Rennen siegte Piet Kok vor Max Huber.",
        "de",
    )
    assert races(facts) == {
        "Rennen 1": {"Jonas Weber": 1, "Piet Kok": 2},
        "Rennen 2": {"Piet Kok": 1, "Max Huber": 2},
    }


def test_pt_race_named_by_an_ordinal_word_after_an_unnamed_one():
    facts = read(
        "Rui Lemos venceu a prova à frente de Paulo Matos. Na segunda corrida, Paulo Matos "
        "venceu à frente de Tomás Ferreira.",
        "pt",
    )
    assert races(facts) == {
        "Race": {"Rui Lemos": 1, "Paulo Matos": 2},
        "Corrida 2": {"Paulo Matos": 1, "Tomás Ferreira": 2},
    }


def test_a_race_noun_without_a_label_names_no_race():
    facts = read("Marco Galli ha vinto la gara davanti a Piero Bassi.", "it")
    assert races(facts) == {"Race": {"Marco Galli": 1, "Piero Bassi": 2}}


def test_pl_class_named_like_a_driver_is_a_race_not_a_driver():
    facts = read(
        "Jan Nowak triumfował w klasie Baby Rok, a Adam Lis w klasie Mini Rok był drugi.", "pl"
    )
    assert races(facts) == {
        "Klasie Baby Rok": {"Jan Nowak": 1},
        "Klasie Mini Rok": {"Adam Lis": 2},
    }


# A place that opens its clause, the driver after it


def test_it_ordinals_before_their_drivers():
    facts = read(
        "Marco Galli vince la gara. Secondo Piero Bassi, terzo Luca Conti. Quarto la "
        "rivelazione Ugo Riva.",
        "it",
    )
    assert places(facts) == {"Marco Galli": 1, "Piero Bassi": 2, "Luca Conti": 3, "Ugo Riva": 4}


def test_es_ordinal_then_verb_then_driver():
    facts = read("Kenji Oda ganó la carrera. Segundo fue Marco Galli y tercero Luc Morel.", "es")
    assert places(facts) == {"Kenji Oda": 1, "Marco Galli": 2, "Luc Morel": 3}


def test_pt_fr_de_nl_pl_ordinal_before_the_driver():
    assert places(read("Rui Lemos venceu. Segundo foi Paulo Matos.", "pt")) == {
        "Rui Lemos": 1,
        "Paulo Matos": 2,
    }
    assert places(read("Luc Morel s'impose. Troisième place pour Hugo Petit.", "fr")) == {
        "Luc Morel": 1,
        "Hugo Petit": 3,
    }
    assert places(read("Jonas Weber siegte. Zweiter wurde Max Huber.", "de")) == {
        "Jonas Weber": 1,
        "Max Huber": 2,
    }
    assert places(read("Piet Kok won. Tweede werd Tom de Vries.", "nl")) == {
        "Piet Kok": 1,
        "Tom de Vries": 2,
    }
    assert places(
        read("Wyścig wygrał Jan Nowak, drugi był Adam Lis, a trzeci Piotr Wójcik.", "pl")
    ) == {
        "Jan Nowak": 1,
        "Adam Lis": 2,
        "Piotr Wójcik": 3,
    }


def test_an_ordinal_inside_a_clause_gives_no_place():
    facts = read("Marco Galli vince la gara, la seconda vittoria di Piero Bassi è lontana.", "it")
    assert places(facts) == {"Marco Galli": 1}


def test_fr_a_team_in_brackets_does_not_act():
    facts = read("Hugo Petit (Apex Kart) montait sur la 3e marche du podium.", "fr")
    assert places(facts) == {"Hugo Petit": 3}


# Win and place phrasings of the editions


def test_fr_imperfect_tense_of_a_race_told_as_a_story():
    facts = read(
        "Luc Morel remportait la finale. Hugo Petit franchissait la ligne en 2e position. "
        "Jonas Weber terminait 4e, Piet Kok assurait la 5e position.",
        "fr",
    )
    assert places(facts) == {"Luc Morel": 1, "Hugo Petit": 2, "Jonas Weber": 4, "Piet Kok": 5}


def test_fr_the_victory_of_a_driver_ahead_of_two():
    facts = read("Un autre scénario avec la victoire du belge Jan Peeters devant Luc Morel.", "fr")
    assert places(facts) == {"Jan Peeters": 1, "Luc Morel": 2}


def test_it_top_step_of_the_podium_and_eighth_place():
    facts = read(
        "La categoria ha visto sul gradino più alto del podio Marco Galli, davanti a Piero "
        "Bassi. Luca Conti ha concluso in ottava piazza.",
        "it",
    )
    assert places(facts) == {"Marco Galli": 1, "Piero Bassi": 2, "Luca Conti": 8}


def test_pt_place_of_the_race_went_to_and_finished_the_race_in_eighth():
    facts = read(
        "A terceira posição da prova ficou com Paulo Matos. Rui Lemos acabou a corrida em "
        "oitavo lugar.",
        "pt",
    )
    assert places(facts) == {"Paulo Matos": 3, "Rui Lemos": 8}


def test_es_victory_passed_to_and_the_podium_completed_by():
    facts = read(
        "La victoria pasó a manos de Kenji Oda. El podio lo completó Luc Morel.",
        "es",
    )
    assert places(facts) == {"Kenji Oda": 1, "Luc Morel": 3}


# Demonyms before a name, without an article


def test_a_lowercase_demonym_before_a_name_is_a_nation_not_a_given_name():
    assert nations(read("Su compañero de equipo español Kenji Oda terminó undécimo.", "es")) == {
        "Kenji Oda": "ESP"
    }
    assert nations(read("Il quarto posto è del brasiliano Rui Lemos.", "it")) == {
        "Rui Lemos": "BRA"
    }


def test_a_demonym_of_the_language_file_before_a_name_is_a_nation():
    facts = read("De auto van onder meer Nederlander Piet Kok won bijna.", "nl")
    assert nations(facts) == {"Piet Kok": "NLD"}


def test_de_a_role_word_before_a_name_is_not_part_of_it():
    facts = read("Routinier Jonas Weber war im 2. Lauf siegreich. Der Niederländer siegte.", "de")
    assert "Routinier Jonas Weber" not in places(facts) | nations(facts)


# A list of drivers and, after its verb, as many places in order


def test_fr_drivers_and_places_respectively_and_a_pair_classified():
    facts = read(
        "Luc Morel gagne. Hugo Petit, Jonas Weber et Piet Kok terminent respectivement 4ème, "
        "5ème et 6ème. Tom Roux et Max Huber réalisent deux belles remontées et se classent "
        "8ème et 9ème.",
        "fr",
    )
    assert places(facts) == {
        "Luc Morel": 1,
        "Hugo Petit": 4,
        "Jonas Weber": 5,
        "Piet Kok": 6,
        "Tom Roux": 8,
        "Max Huber": 9,
    }


def test_pt_second_and_third_places_respectively():
    facts = read(
        "Rui Lemos venceu. Paulo Matos e Tomás Ferreira conquistaram o segundo e o terceiro "
        "lugares, respectivamente.",
        "pt",
    )
    assert places(facts) == {"Rui Lemos": 1, "Paulo Matos": 2, "Tomás Ferreira": 3}


def test_a_list_of_places_that_does_not_match_the_drivers_gives_none_of_them():
    facts = read("Hugo Petit et Jonas Weber terminent respectivement 4ème, 5ème et 6ème.", "fr")
    assert places(facts) == {}


# Penalties and margins in the editions' languages


def test_pt_penalty_after_but_is_the_subject_s_and_one_drive_through_is_one_penalty():
    facts = read(
        "Paulo Matos chegou em segundo, mas sofreu uma penalização. Rui Lemos foi punido com "
        "um drive through.",
        "pt",
    )
    assert [(p.driver, p.kind) for p in facts.penalties] == [
        ("Paulo Matos", "other"),
        ("Rui Lemos", "drive-through"),
    ]


def test_it_penalty_in_seconds_written_with_double_primes():
    facts = read("Marco Galli era quinto, ma gli è stata inflitta la penalità di 5’’.", "it")
    assert [(p.driver, p.seconds, p.kind) for p in facts.penalties] == [
        ("Marco Galli", 5.0, "time")
    ]


def test_de_penalty_of_a_driver_named_with_a_family_word():
    facts = read(
        "Die Brüder Timo Greth und Nico Greth starteten. Timo Greth bekam dann aber eine "
        "Durchfahrtsstrafe.",
        "de",
    )
    assert [(p.driver, p.kind) for p in facts.penalties] == [("Timo Greth", "drive-through")]


def test_fr_winning_margin_over_a_named_driver():
    facts = read(
        "Louan Morel remportait la finale avec 2'' d'avance sur Yann Petit.",
        "fr",
    )
    assert [(i.ahead, i.behind, i.seconds) for i in facts.intervals] == [
        ("Louan Morel", "Yann Petit", 2.0)
    ]


def test_es_winning_margin_in_words_over_a_named_driver():
    facts = read(
        "Kenji Oda ganó la carrera con 2,3 segundos de ventaja sobre Marco Galli.",
        "es",
    )
    assert [(i.ahead, i.behind, i.seconds) for i in facts.intervals] == [
        ("Kenji Oda", "Marco Galli", 2.3)
    ]


def test_fr_a_title_that_reads_as_a_race_leaves_the_races_to_the_prose():
    facts = read(
        "Superbe finale de Morel\n\nLuc Morel remportait la finale Sénior devant Hugo Petit. "
        "Leader de la finale Master, Jonas Weber remportait la course devant Piet Kok.",
        "fr",
    )
    assert races(facts) == {
        "Finale Sénior": {"Luc Morel": 1, "Hugo Petit": 2},
        "Finale Master": {"Jonas Weber": 1, "Piet Kok": 2},
    }


def test_pt_followed_by_two_who_were_fifth_and_sixth_respectively():
    facts = read(
        "Jair Moura obteve o quarto lugar, seguido de Adriano Rocha e Douglas Torres, que foram "
        "quinto e sexto respectivamente.",
        "pt",
    )
    assert places(facts) == {"Jair Moura": 4, "Adriano Rocha": 5, "Douglas Torres": 6}


def test_nl_settling_for_second_place_and_a_place_called_plek():
    facts = read(
        "Paul Holt won de race. Bart Jansen moest genoegen nemen met de tweede plek. Kai Kok "
        "nam genoegen met de derde plaats.",
        "nl",
    )
    assert places(facts) == {"Paul Holt": 1, "Bart Jansen": 2, "Kai Kok": 3}


def test_pl_a_sentence_opening_adverb_is_no_driver():
    facts = read("Wyścig wygrał Jan Nowak. Ostatecznie Adam Lis zajął szesnaste miejsce.", "pl")
    assert "Ostatecznie" not in places(facts)


def test_it_sentence_adverb_is_no_part_of_a_name():
    facts = read(
        "Marco Ferri vince la gara davanti a Luca Bassi. Intanto Bassi chiude al secondo posto.",
        "it",
    )
    assert "Intanto Bassi" not in places(facts)
    assert places(facts).get("Marco Ferri") == 1


def test_de_capitalised_nouns_of_a_drive_are_no_names():
    facts = read(
        "Jonas Keller gewann das Rennen vor Tim Brandt. Nach einer klugen Fahrt "
        "wurde Paul Weber Dritter. Das machte sich Felix Lang zu Nutzen und wurde Vierter.",
        "de",
    )
    assert "Fahrt" not in places(facts)
    assert "Felix Lang zu Nutzen" not in places(facts)
    assert places(facts).get("Jonas Keller") == 1
    assert places(facts).get("Paul Weber") == 3


def test_nl_slovenian_demonym_gives_the_nation_not_a_name():
    facts = read("De Sloveen Janez Kranjc won de finale voor Piet Bakker.", "nl")
    assert "De Sloveen" not in places(facts)
    assert places(facts).get("Janez Kranjc") == 1
    assert nations(facts).get("Janez Kranjc") == "SVN"


def penalty_seconds(facts: NarrativeFacts) -> dict[str | None, float | None]:
    return {p.driver: p.seconds for p in facts.penalties}


@pytest.mark.parametrize("amount", ["+5sek.", "5 sek."])
def test_pl_penalty_seconds_abbreviated_and_written_onto_the_number(amount):
    facts = read(
        f"Marek Nowak wygrał wyścig. Adam Lis miał incydent i kara {amount} w biegu trzecim.", "pl"
    )
    assert penalty_seconds(facts) == {"Adam Lis": 5.0}


def test_only_a_word_unit_is_read_written_onto_its_number():
    glued = [
        re.compile(p["pattern"][0]["LOWER"]["REGEX"])
        for p in time_patterns()
        if len(p["pattern"]) == 1
    ]
    assert any(g.match("+5sek") for g in glued)
    assert not any(g.match("1980s") for g in glued)  # a decade
