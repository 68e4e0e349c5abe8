"""German, Dutch and Polish prose that unseen reports told and the readers misread (issue 14,
round 14): words that are no driver read as names ('Zwycięzca', a car 'Forda Fiesty', an
adjective 'Doświadczony' before a name, 'Dort'). Invented sentences, expectations by hand."""

from narrative_reading import places, read

# 'Zwycięzca' (the winner) opening a sentence is no driver


def test_pl_the_word_for_winner_is_no_driver():
    facts = read(
        "W klasie Open wygrał Adam Lis. Zwycięzca obu treningów był piąty w półfinale.", "pl"
    )
    assert "Zwycięzca" not in places(facts)
    assert places(facts).get("Adam Lis") == 1


# 'Kierowca Forda Fiesty wygrał': the driver of a car, the car is no driver


def test_pl_a_declined_car_is_no_driver():
    facts = read("Kierowca Forda Fiesty wygrał finał. Drugi był Jan Wrona.", "pl")
    assert not any("Forda" in name or "Fiesty" in name for name in places(facts))


# 'Doświadczony Jan Wrona wygrał': the adjective opening the sentence is no part of the name


def test_pl_an_adjective_before_a_name_is_no_part_of_it():
    facts = read("Doświadczony Marek Czajka wygrał rajd. Drugie miejsce zajął Jan Wrona.", "pl")
    assert places(facts) == {"Marek Czajka": 1, "Jan Wrona": 2}


# 'Dort siegte er im Halbfinale': the adverb opening the sentence is no driver


def test_de_dort_is_no_driver():
    facts = read("Paul Weber fuhr nach Wien. Dort siegte er im Halbfinale.", "de")
    assert "Dort" not in places(facts)


# 'drugi A (Klub) – 453': a bare total after a dash, where points were counted, is the standings


def test_pl_places_with_dashed_totals_are_standings():
    facts = read(
        "W klasie Open triumfatorem okazał się Adam Lis (A. Polski), który zgromadził 400 pkt., "
        "drugi Jan Wrona (A. Śląski) – 380, a trzeci Marek Czajka (A. Polski) – 120.",
        "pl",
    )
    assert "Jan Wrona" not in places(facts)
    assert "Marek Czajka" not in places(facts)


def test_pl_places_with_a_dashed_gap_are_still_results():
    facts = read(
        "W finale wygrał Adam Lis, drugi Jan Wrona (A. Śląski), a trzeci Marek Czajka.", "pl"
    )
    assert places(facts) == {"Adam Lis": 1, "Jan Wrona": 2, "Marek Czajka": 3}


# 'voor de Let X': the demonym 'Let' (a Latvian) is no part of the name


def test_nl_let_is_no_part_of_a_name():
    facts = read(
        "In de tweede manche was de zege voor de Belg Jan Peeters, voor de Let Karlis Ozols.", "nl"
    )
    assert "Let Karlis Ozols" not in places(facts)
    assert places(facts).get("Jan Peeters") == 1


# Verb second: a name inside the phrase a sentence opens with did not win ('Op het Circuit de
# Spa won het team X'); the subject after the verb, or a name opening the sentence, still wins


def test_nl_a_circuit_in_the_opening_phrase_did_not_win():
    facts = read(
        "Tijdens de vorige ronde op het Circuit de Monte Lago won het Duitse team Apex met "
        "coureur Tom Bauer beide races.",
        "nl",
    )
    assert "Monte Lago" not in places(facts)


def test_de_a_circuit_in_the_opening_phrase_did_not_win():
    facts = read("Auf dem Circuit de Monte Lago gewann im Vorjahr Tom Bauer.", "de")
    assert "Monte Lago" not in places(facts)


def test_nl_a_subject_opening_the_sentence_still_wins():
    assert places(read("Jan Peeters won de finale voor Kees Boer.", "nl")) == {
        "Jan Peeters": 1,
        "Kees Boer": 2,
    }


def test_de_the_subject_after_the_verb_still_wins():
    assert places(read("Im Finale gewann Tom Bauer vor Paul Weber.", "de")) == {
        "Tom Bauer": 1,
        "Paul Weber": 2,
    }


# 'Drugie miejsce zajął X': the place before its verb, the driver after it


def test_pl_a_place_before_its_verb_goes_to_the_driver_after():
    assert places(read("Drugie miejsce zajął Jan Wrona, a trzecie Marek Czajka.", "pl")) == {
        "Jan Wrona": 2,
        "Marek Czajka": 3,
    }


def test_pl_a_place_taken_in_a_relative_clause_is_no_result_of_the_race_won():
    facts = read("Jan Wrona, który drugie miejsce zajął w sobotę, w niedzielę wygrał.", "pl")
    assert places(facts) == {"Jan Wrona": 1}
