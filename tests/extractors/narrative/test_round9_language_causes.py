"""Causes of missed results in prose outside English found on unseen reports (issue 14, round
9), each fixed in the shared readers with the words in each language's file. Invented sentences,
expectations by hand."""

from narrative_reading import places, read

from extractors.narrative import NarrativeFacts

# A list of drivers with their places as "P5" in brackets, in a class the text names


def test_pl_a_class_list_of_p_places():
    facts = read(
        "W kategorii Junior Max wystartowali Adam Kowalczyk (P10), Piotr Zielak (P15) "
        "i Jan Borowy (P22, +3.1s).",
        "pl",
    )
    assert places(facts) == {"Adam Kowalczyk": 10, "Piotr Zielak": 15, "Jan Borowy": 22}


def test_pl_one_p_place_alone_is_no_list():
    facts = read("W kategorii Junior Max wystartował Adam Kowalczyk (P10).", "pl")
    assert places(facts) == {}


def test_pl_a_list_of_p_places_in_no_race_the_text_names_is_not_read():
    facts = read("Wystartowali też Adam Kowalczyk (P10) i Piotr Zielak (P15).", "pl")
    assert places(facts) == {}


# A class named by a compound word's ending: "in de rodeoklasse"


def races(facts: NarrativeFacts) -> dict[str, dict[str, int | None]]:
    return {race.name: {r.driver: r.position for r in race.results} for race in facts.races}


def test_nl_classes_named_by_their_compound_ending():
    facts = read(
        "Kees Bakker won in de rodeoklasse, gevolgd door Piet de Vries en Ruud Kok. "
        "Ook in de juniorenklasse was er strijd. Tom Smit werd tweede, Bram Kok derde.",
        "nl",
    )
    assert races(facts) == {
        "Rodeoklasse": {"Kees Bakker": 1, "Piet de Vries": 2, "Ruud Kok": 3},
        "Juniorenklasse": {"Tom Smit": 2, "Bram Kok": 3},
    }


def test_nl_the_bare_word_klasse_names_no_class():
    facts = read("Kees Bakker won in de klasse, gevolgd door Piet de Vries.", "nl")
    assert races(facts) == {"Race": {"Kees Bakker": 1, "Piet de Vries": 2}}


# "o segundo tempo": the second-fastest time of a session, no finishing place


def test_pt_the_second_time_is_no_place():
    facts = read(
        "Kai Berg fez a pole position com 1:14.202, enquanto Rui Sá ficou com o segundo tempo.",
        "pt",
    )
    assert races(facts) == {"Race qualifying": {"Kai Berg": 1}}


def test_pt_the_second_place_still_is():
    facts = read("Rui Sá ficou com o segundo lugar, atrás de Kai Berg.", "pt")
    assert races(facts) == {"Race": {"Rui Sá": 2}}


def test_es_and_it_the_second_time_is_no_place():
    assert races(read("Pablo Ruiz marcó el segundo tiempo, detrás de Kai Berg.", "es")) == {}
    assert races(read("Luca Neri ha segnato il secondo tempo, dietro a Kai Berg.", "it")) == {}


# "de Monegask", "il monegasco": Monaco's demonym names the driver it stands for, no driver


def test_nl_the_monegasque_is_the_driver_named_before():
    facts = read(
        "In de virtuele race deed Kees Bakker voor het eerst mee en de Monegask won meteen. "
        "Piet de Vries werd zesde.",
        "nl",
    )
    assert races(facts) == {"Race": {"Kees Bakker": 1, "Piet de Vries": 6}}
    assert [(n.driver, n.nation) for n in facts.driver_nations] == [("Kees Bakker", "MCO")]


def test_it_a_monegasque_driver():
    facts = read("Il monegasco Luca Neri ha vinto la gara davanti a Piero Sala.", "it")
    assert [(n.driver, n.nation) for n in facts.driver_nations] == [("Luca Neri", "MCO")]


# "con X (Team) terzo e Y quarto": a place before 'and' closes the clause before it; when X is
# no driver (a make's name), the third place is not the next driver's


def test_it_a_place_before_and_is_not_the_next_drivers():
    facts = read(
        "Nella finale ha vinto Luca Neri davanti a Piero Sala, con Marco Ferrari (Apex-Tm) terzo "
        "e Ugo Berti (Kart-Tm) quarto.",
        "it",
    )
    assert races(facts) == {"Race": {"Luca Neri": 1, "Piero Sala": 2, "Ugo Berti": 4}}


# "consiguió la segunda colocación", "ocupó el tercer escalón del podio": places by other nouns


def test_es_places_told_as_a_colocacion_and_a_step_of_the_podium():
    facts = read(
        "Ganó Pablo Ruiz. El francés Luis Vera (Apex) consiguió la segunda colocación, mientras "
        "que el local Raúl Gil (Nord) ocupó el tercer escalón del podio.",
        "es",
    )
    assert races(facts) == {"Race": {"Pablo Ruiz": 1, "Luis Vera": 2, "Raúl Gil": 3}}


# "termina a prova em segundo" (the present), "completou o podium" (the word's Latin spelling)


def test_pt_a_place_in_the_present_and_the_podium_spelled_podium():
    facts = read(
        "Rui Sá venceu a prova. Kai Berg termina a prova em segundo. "
        "Tom Lima (Apex) completou o podium da prova.",
        "pt",
    )
    assert races(facts) == {"Race": {"Rui Sá": 1, "Kai Berg": 2, "Tom Lima": 3}}


# "Les positions quatre à sept étaient occupées par A, B, C et D": a range of places, in order


def test_fr_a_range_of_places_filled_by_the_names_after_it():
    facts = read(
        "Paul Roy a gagné devant Marc Dumas et Léo Petit. Les positions quatre à sept étaient "
        "occupées par Hugo Brun (Apex), Jean Lenoir, Luc Moreau (Nord) et Tom Girard.",
        "fr",
    )
    assert races(facts) == {
        "Race": {
            "Paul Roy": 1,
            "Marc Dumas": 2,
            "Léo Petit": 3,
            "Hugo Brun": 4,
            "Jean Lenoir": 5,
            "Luc Moreau": 6,
            "Tom Girard": 7,
        }
    }


def test_fr_a_range_the_names_do_not_fill_is_not_read():
    facts = read(
        "Paul Roy a gagné. Les positions quatre à sept étaient occupées par Hugo Brun et "
        "Jean Lenoir.",
        "fr",
    )
    assert races(facts) == {"Race": {"Paul Roy": 1}}


def test_es_a_range_of_places():
    facts = read(
        "Ganó Pablo Ruiz. Las posiciones cuatro a seis fueron para Luis Vera, Raúl Gil y "
        "Juan Soto.",
        "es",
    )
    assert races(facts) == {
        "Race": {"Pablo Ruiz": 1, "Luis Vera": 4, "Raúl Gil": 5, "Juan Soto": 6}
    }
