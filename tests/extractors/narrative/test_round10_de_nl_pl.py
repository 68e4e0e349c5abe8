"""Results told in German and Dutch prose that unseen reports stated and the readers missed or
misread (issue 14, round 10). Invented sentences, expectations by hand."""

from narrative_reading import places, read

from extractors.narrative import NarrativeFacts


def races(facts: NarrativeFacts) -> dict[str, dict[str, int | None]]:
    return {race.name: {r.driver: r.position for r in race.results} for race in facts.races}


# A place in digits and its dot before "Platz": one sentence, not two


def test_de_a_place_in_digits_before_its_noun():
    assert places(read("Jonas Keller belegte den 4. Platz.", "de")) == {"Jonas Keller": 4}


def test_de_a_place_in_a_relative_clause_after_the_driver():
    facts = read("Am Start war auch Mara Vogt, die auf dem 8. Platz landete.", "de")
    assert places(facts) == {"Mara Vogt": 8}


def test_de_came_to_a_place():
    assert places(read("Timo Brandt kam auf den 5. Platz.", "de")) == {"Timo Brandt": 5}


# Places in brackets after the names listed with 'gefolgt von': each name's own, not the next


def test_de_followed_by_names_with_their_places_in_brackets():
    facts = read(
        "Leon Hartl erreichte den 2. Platz, gefolgt von Jonas Keller (4. Platz), Timo Brandt "
        "(6. Platz) und Mara Vogt (8. Platz).",
        "de",
    )
    assert places(facts) == {"Leon Hartl": 2, "Jonas Keller": 4, "Timo Brandt": 6, "Mara Vogt": 8}


def test_de_a_place_in_brackets_is_never_the_subjects():
    facts = read(
        "Leon Hartl erreichte immerhin noch den 6. Platz, gefolgt von Jonas Keller (Platz 9).",
        "de",
    )
    assert places(facts) == {"Leon Hartl": 6, "Jonas Keller": 9}


def test_de_a_class_win():
    facts = read("Leon Hartl erreichte den Klassensieg vor Jonas Keller.", "de")
    assert places(facts) == {"Leon Hartl": 1, "Jonas Keller": 2}


# Age classes name races; "in dieser Altersklasse" is the class told before


def test_de_age_classes_are_races_of_their_own():
    facts = read(
        "In Altersklasse 1 (Jahrgang 2010) kam Leon Hartl auf den 3. Platz. In der Altersklasse "
        "2 kam Jonas Keller auf den 5. Platz. In dieser Altersklasse 120 Strafsekunden gab es.",
        "de",
    )
    assert races(facts) == {
        "Altersklasse 1": {"Leon Hartl": 3},
        "Altersklasse 2": {"Jonas Keller": 5},
    }


def test_de_a_newcomer_is_no_part_of_the_name():
    facts = read("Leon Hartl wurde Dritter, dicht gefolgt vom Neueinsteiger Jonas Keller.", "de")
    assert places(facts) == {"Leon Hartl": 3, "Jonas Keller": 4}


# Dutch: starting from a place is no result; a place obtained ('behaald') is


def test_nl_starting_from_a_place_is_no_result():
    facts = read(
        "Daarmee moest Joost Kramer in de heats vanaf de achtste plaats aan zijn races beginnen.",
        "nl",
    )
    assert places(facts) == {}


def test_nl_a_place_obtained():
    facts = read("Joost Kramer heeft bij het wereldkampioenschap een elfde plaats behaald.", "nl")
    assert places(facts) == {"Joost Kramer": 11}


def test_nl_a_town_after_a_preposition_and_a_demonym_is_no_subject():
    facts = read(
        "Joost Kramer heeft in het Finse Alahärmä bij het wereldkampioenschap een elfde plaats "
        "behaald.",
        "nl",
    )
    assert places(facts) == {"Joost Kramer": 11}


def test_de_age_classes_written_short():
    facts = read(
        "In der AK1 kam Leon Hartl auf den 3. Platz. In der AK2 gab es nur 88 Strafsekunden. "
        "Jonas Keller kam auf den 5. Platz.",
        "de",
    )
    assert races(facts) == {"AK 1": {"Leon Hartl": 3}, "AK 2": {"Jonas Keller": 5}}


# Dutch races named by a class code before a noun in lower case, or by a kind of race alone


def test_nl_classes_named_by_a_code_before_the_noun():
    facts = read(
        "In de MX1 race won Bram Smit voor Joost Kramer. Piet Vos won de MX2 reeks voor Ruud Kok.",
        "nl",
    )
    assert races(facts) == {
        "Race MX1": {"Bram Smit": 1, "Joost Kramer": 2},
        "Reeks MX2": {"Piet Vos": 1, "Ruud Kok": 2},
    }


def test_nl_a_sprint_race_and_a_main_race():
    facts = read(
        "In de sprintrace won Bram Smit voor Joost Kramer. In de hoofdrace won Piet Vos.", "nl"
    )
    assert races(facts) == {
        "Sprintrace": {"Bram Smit": 1, "Joost Kramer": 2},
        "Hoofdrace": {"Piet Vos": 1},
    }


def test_nl_the_fastest_of_a_class_is_no_winner():
    facts = read("Piet Vos was de snelste MX2 rijder op een 7e plaats.", "nl")
    assert places(facts) == {"Piet Vos": 7}


def test_nl_was_third_again():
    assert places(read("Bram Smit was wederom derde.", "nl")) == {"Bram Smit": 3}


# Polish: a prefinal and a final of one class, told one after the other


def test_pl_a_prefinal_and_a_final_of_one_class():
    facts = read(
        "Rywalizowano w kategorii Baby Rok. W przedfinale tej klasy triumfował Jan Mazur przed "
        "Pawłem Nowickim. Jednak w wyścigu finałowym wygrał Adam Lis (Czechy), który przejechał "
        "linię mety jako pierwszy. Drugi był Mazur.",
        "pl",
    )
    assert races(facts) == {
        "Kategorii Baby Rok Przedfinale": {"Jan Mazur": 1, "Paweł Nowicki": 2},
        "Kategorii Baby Rok Finałowym": {"Adam Lis": 1, "Jan Mazur": 2},
    }


def test_pl_the_line_crossed_first_by_the_driver_not_his_country_in_brackets():
    facts = read(
        "W finale zwycięstwo przypadło Adamowi Lisowi. Adam Lis (Czechy), który przejechał "
        "linię mety jako pierwszy, był szczęśliwy.",
        "pl",
    )
    assert places(facts) == {"Adam Lis": 1}


def test_pl_a_declined_name_before_the_win_is_no_subject():
    facts = read(
        "Po przedfinałowym triumfie Aleksandra Kowalskiego, w finale najlepiej poradził sobie "
        "Filip Nowak.",
        "pl",
    )
    assert places(facts) == {"Filip Nowak": 1}


def test_pl_a_place_in_digits_before_its_noun():
    assert places(read("Filip Nowak zdobył 3 miejsce.", "pl")) == {"Filip Nowak": 3}


# A sentence opened by a session: its places before any race noun are the session's


def test_pl_a_place_after_qualifying_opens_the_sentence_and_the_final_after():
    facts = read(
        "W kwalifikacjach Karol Nowak był drugi, w wyścigu finałowym zajął trzecie miejsce.",
        "pl",
    )
    assert places(facts) == {"Karol Nowak": 3}


def test_nl_a_place_in_a_sentence_opened_by_qualifying():
    facts = read(
        "In de kwalificatie zette Joost Kramer de negende tijd, en daarmee eindigde hij op een "
        "22ste plaats.",
        "nl",
    )
    assert places(facts) == {}


def test_de_a_pronoun_after_runs_of_a_slalom():
    facts = read("Leon Hartl fuhr gut. Er belegte nach vier Durchgängen den vierten Rang.", "de")
    assert places(facts) == {"Leon Hartl": 4}


def test_de_a_place_said_again_after_und():
    facts = read("Dritter wurde Luke Weber (Team Nord) und Vierter Eren Kaya (Team Süd).", "de")
    assert places(facts) == {"Luke Weber": 3, "Eren Kaya": 4}


def test_nl_completed_the_top_three():
    facts = read(
        "Bram Smit won de race voor Piet Vos. Australiër Joost Kramer vervolledigde de top-3.", "nl"
    )
    assert places(facts) == {"Bram Smit": 1, "Piet Vos": 2, "Joost Kramer": 3}


def test_nl_finished_very_well_seventh():
    facts = read("Kees Fors finishte zéér knap 7e en Ruud Kok kwam als 14e over de streep.", "nl")
    assert places(facts) == {"Kees Fors": 7, "Ruud Kok": 14}


def test_nl_a_superfinal_is_no_stage_of_the_class_told_before():
    facts = read(
        "Piet Vos won de MX2 reeks voor Ruud Kok. In de superfinale won Bram Smit voor Piet Vos.",
        "nl",
    )
    assert races(facts) == {
        "Reeks MX2": {"Piet Vos": 1, "Ruud Kok": 2},
        "Superfinale": {"Bram Smit": 1, "Piet Vos": 2},
    }


def test_pl_had_to_withdraw_is_no_finish():
    facts = read(
        "Po incydencie, przez który Jan Nowak musiał się wycofać, prowadził Adam Lis.", "pl"
    )
    assert places(facts) == {"Jan Nowak": None}
