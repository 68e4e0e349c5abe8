"""Causes of missed results shared by the editions' languages (issue 14), each fixed once in the
shared readers with the words in each language's file. Invented sentences, expectations by hand."""

from narrative_reading import nations, places, read

from extractors.narrative import NarrativeFacts

# A place after the driver's bracket (team, car, nation): "X (Team) 5e"


def test_fr_places_after_the_drivers_brackets():
    facts = read(
        "Marc Dupuis (Apex Kart) remportait la finale. Hugo Lenoir (Vortex) terminait 4e, "
        "Paul Girard (Nord Kart) 5e et Léo Morin (Sud) 6e.",
        "fr",
    )
    assert places(facts) == {"Marc Dupuis": 1, "Hugo Lenoir": 4, "Paul Girard": 5, "Léo Morin": 6}


def test_pl_a_number_and_its_dot_after_the_bracket():
    facts = read(
        "Wyścig wygrał Piotr Nowak (Apex). Jan Mazur (KRK) zajął 6. pozycję, "
        "Adam Wójcik (KRK) 7., a Kamil Lis (Nord) 11.",
        "pl",
    )
    assert places(facts) == {"Piotr Nowak": 1, "Jan Mazur": 6, "Adam Wójcik": 7, "Kamil Lis": 11}


def test_en_a_number_and_a_dot_is_no_place():
    facts = read("Tom Hale won the race from Ivo Brant (Apex) 5.", "en")
    assert places(facts) == {"Tom Hale": 1, "Ivo Brant": 2}


# Drivers after a place and the language's 'ahead of' take the places after it, in order


def test_fr_a_place_ahead_of_two_drivers():
    facts = read(
        "Marc Dupuis remportait la finale. Hugo Lenoir assurait la 6e position devant "
        "Paul Girard et Léo Morin.",
        "fr",
    )
    assert places(facts) == {"Marc Dupuis": 1, "Hugo Lenoir": 6, "Paul Girard": 7, "Léo Morin": 8}


def test_de_an_opening_place_ahead_of_a_driver():
    facts = read("Max Huber gewann das Rennen. Zweiter wurde Jan Lang vor Tim Roth.", "de")
    assert places(facts) == {"Max Huber": 1, "Jan Lang": 2, "Tim Roth": 3}


def test_pt_a_place_reached_in_the_infinitive_ahead_of_a_team_mate():
    facts = read(
        "Rui Lemos venceu a corrida. Paulo Matos conseguiu finalizar na quarta posição, à frente "
        "de seu companheiro Tiago Sousa.",
        "pt",
    )
    assert places(facts) == {"Rui Lemos": 1, "Paulo Matos": 4, "Tiago Sousa": 5}


def test_en_crossing_the_line_ahead_of_a_driver_leaves_him_unplaced():
    facts = read(
        "Tom Hale took the win. Ivo Brant crossed the line fourth ahead of Sam Cole.", "en"
    )
    assert places(facts) == {"Tom Hale": 1, "Ivo Brant": 4}


# Retirements: the driver acting retired, no position (status dnf)


def statuses(facts: NarrativeFacts) -> dict[str, str]:
    return {row.driver: row.status for race in facts.races for row in race.results}


def test_fr_forced_to_retire_and_two_drivers_who_retired():
    facts = read(
        "Marc Dupuis remportait la finale. Le Suédois Hugo Lenoir (CRG) était contraint à "
        "l’abandon. Paul Girard et Léo Morin ont abandonné.",
        "fr",
    )
    assert statuses(facts) == {
        "Marc Dupuis": "finished",
        "Hugo Lenoir": "dnf",
        "Paul Girard": "dnf",
        "Léo Morin": "dnf",
    }
    assert places(facts)["Hugo Lenoir"] is None


def test_pt_retired_and_another_to_retire():
    facts = read(
        "Rui Lemos venceu a corrida. Paulo Matos teve problemas e abandonou. Tiago Sousa foi "
        "outro a abandonar.",
        "pt",
    )
    assert statuses(facts) == {"Rui Lemos": "finished", "Paulo Matos": "dnf", "Tiago Sousa": "dnf"}


def test_nl_had_to_retire():
    facts = read("Jan de Vries won de race. Piet Bakker moest uitvallen met motorpech.", "nl")
    assert statuses(facts) == {"Jan de Vries": "finished", "Piet Bakker": "dnf"}


def test_it_a_driver_named_after_the_retirement_is_left():
    facts = read(
        "Luca Conti ha vinto la gara. Un sorpasso scorretto ha obbligato al ritiro Ugo Riva.", "it"
    )
    assert statuses(facts) == {"Luca Conti": "finished"}


def test_es_a_finishing_place_outranks_a_retirement():
    facts = read(
        "Diego Araya ganó la carrera. Pablo Ruiz terminó en el tercer lugar. Pablo Ruiz abandonó.",
        "es",
    )
    assert places(facts) == {"Diego Araya": 1, "Pablo Ruiz": 3}
    assert statuses(facts)["Pablo Ruiz"] == "finished"


# Lone family names: listed with the language's 'and', or after a demonym a role opens


def test_fr_lone_names_after_lower_case_demonyms():
    facts = read(
        "La course 2 a vu la victoire du finlandais Koskinen devant le canadien Tremblay et le "
        "suédois Lindqvist.",
        "fr",
    )
    assert places(facts) == {"Koskinen": 1, "Tremblay": 2, "Lindqvist": 3}
    assert nations(facts) == {"Koskinen": "FIN", "Tremblay": "CAN", "Lindqvist": "SWE"}


def test_fr_a_place_after_a_demonym_of_a_noun_is_no_driver():
    facts = read("Sur le circuit italien de Sarno, Marc Dupuis remportait la finale.", "fr")
    assert places(facts) == {"Marc Dupuis": 1}
    assert nations(facts) == {}


def test_it_a_lone_name_listed_with_the_languages_and():
    facts = read(
        "Luca Conti vince la gara. Al traguardo Ugo Riva chiude terzo, Bellini e Gino Sala dietro.",
        "it",
    )
    assert "Bellini" in facts.drivers


# A position as a number in words after its noun: "auf Position zwei", "op plaats drie"


def test_de_a_position_in_words_after_its_noun():
    facts = read(
        "Max Huber gewann das Rennen und Jan Lang folgte ihm auf Position zwei. Tim Roth "
        "erreichte Platz sechs.",
        "de",
    )
    assert places(facts) == {"Max Huber": 1, "Jan Lang": 2, "Tim Roth": 6}


def test_nl_a_position_in_words_after_its_noun():
    facts = read("Jan de Vries won de race. Piet Bakker eindigde op plaats drie.", "nl")
    assert places(facts) == {"Jan de Vries": 1, "Piet Bakker": 3}


# A finishing verb with words before its place ('landete nach einer Aufholjagd auf dem vierten
# Platz') tells the finish, so the place is read; and drivers after the place and 'ahead of'


def test_de_a_finishing_verb_then_a_place_and_who_was_behind():
    facts = read(
        "Jan Lang landete nach einer starken Aufholjagd auf dem vierten Platz vor dem Finnen "
        "Eero Lahti.",
        "de",
    )
    assert places(facts) == {"Jan Lang": 4, "Eero Lahti": 5}


def test_pl_a_finishing_verb_then_a_place():
    facts = read("Jan Mazur dojechał do mety po trudnym wyścigu na czwartym miejscu.", "pl")
    assert places(facts) == {"Jan Mazur": 4}


def test_de_a_place_in_a_sentence_without_a_finishing_verb_is_no_result():
    facts = read("Jan Lang lag nach dem Start auf dem vierten Platz.", "de")
    assert places(facts) == {}


# A win told as a noun with its winner: "uma grande vitória de X", "victoria de X"


def test_pt_and_es_a_win_told_as_a_noun():
    assert places(read("Na Shifter, uma grande vitória de Rui Lemos.", "pt")) == {"Rui Lemos": 1}
    assert places(read("En la final, victoria de Pablo Ruiz.", "es")) == {"Pablo Ruiz": 1}


def test_it_an_opening_place_then_who_its_driver_preceded():
    facts = read(
        "Luca Conti vince la gara. Terzo si classifica Ugo Riva, che precede Gino Sala.", "it"
    )
    assert places(facts) == {"Luca Conti": 1, "Ugo Riva": 3, "Gino Sala": 4}


# A bare number before a position noun: "na 11 miejscu", "podsumował 8 miejscem"


def test_pl_a_number_before_its_position_noun():
    facts = read(
        "Jan Nowak wygrał wyścig. Adam Lis zakończył zawody na 11 miejscu. Piotr Mazur "
        "podsumował weekend 8 miejscem.",
        "pl",
    )
    assert places(facts) == {"Jan Nowak": 1, "Adam Lis": 11, "Piotr Mazur": 8}


def test_it_ahead_of_drivers_after_their_teams_and_an_elided_demonym():
    facts = read(
        "Luca Conti vince la gara. Il quarto posto è del brasiliano Ugo Riva (Apex), davanti "
        "all’olandese Jan Vos (Nord) e all’italiano Gino Sala (Sud).",
        "it",
    )
    assert places(facts) == {"Luca Conti": 1, "Ugo Riva": 4, "Jan Vos": 5, "Gino Sala": 6}


def test_de_a_team_mate_ahead_of_whom_is_no_part_of_the_name():
    facts = read(
        "Max Huber gewann das Rennen. Zweiter wurde Jan Lang vor seinem Teamkollegen Tim Roth.",
        "de",
    )
    assert places(facts) == {"Max Huber": 1, "Jan Lang": 2, "Tim Roth": 3}


def test_fr_two_drivers_with_their_teams_and_their_two_places():
    facts = read(
        "Marc Dupuis remportait la finale. Paul Girard (Komsic) et Léo Morin (Sodi) se placent "
        "en 3ème et 4ème position.",
        "fr",
    )
    assert places(facts) == {"Marc Dupuis": 1, "Paul Girard": 3, "Léo Morin": 4}
