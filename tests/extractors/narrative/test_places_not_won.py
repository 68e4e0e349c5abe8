"""Places a sentence names without giving them to anyone: a place fought for after the
language's contest noun and preposition ('a disputa pela primeira posição com X'), a win the
subject was beaten to ('was just pipped for the win'); and a title before a name ('Mistrz
Polski X') is no part of the name. Invented sentences, expectations by hand."""

from narrative_reading import race_places, read

from extractors.names import name_candidates
from extractors.narrative.lang import name_leading_words


def test_pt_the_driver_after_a_fight_for_first_place_is_not_the_winner():
    facts = read(
        "Rui Lemos venceu a corrida. Ele travou uma disputa pela primeira posição com Caio "
        "Prates durante dez voltas.",
        "pt",
    )
    assert race_places(facts).get("Caio Prates") != 1


def test_es_a_fight_for_second_place_gives_the_place_to_nobody():
    facts = read(
        "Juan Ortega ganó la carrera. Hubo una lucha por el segundo puesto entre Luis Morante y "
        "Pablo Ruiz.",
        "es",
    )
    assert "Luis Morante" not in race_places(facts)
    assert "Pablo Ruiz" not in race_places(facts)


def test_it_a_fight_for_third_place_gives_the_place_to_nobody():
    facts = read(
        "Marco Sala ha vinto la gara. Bella la lotta per il terzo posto di Luca Bini.",
        "it",
    )
    assert race_places(facts).get("Luca Bini") != 3


def test_fr_a_fight_for_second_place_gives_the_place_to_nobody():
    facts = read(
        "Luc Roux a gagné la course. La bataille pour la deuxième place a animé Paul Gros.",
        "fr",
    )
    assert race_places(facts).get("Paul Gros") != 2


def test_pt_a_place_stated_without_a_fight_is_still_read():
    facts = read("Rui Lemos venceu a corrida. Caio Prates terminou na segunda posição.", "pt")
    assert race_places(facts) == {"Rui Lemos": 1, "Caio Prates": 2}


def test_en_a_driver_pipped_for_the_win_did_not_win():
    facts = read("In the second race Tom Harker was just pipped for the win.")
    assert race_places(facts).get("Tom Harker") != 1


def test_en_a_driver_who_held_on_for_the_win_won():
    facts = read("In the second race Tom Harker held on for the win.")
    assert race_places(facts).get("Tom Harker") == 1


def test_pl_a_national_title_before_a_name_is_no_part_of_it():
    text = "Faworytem był świeżo upieczony Mistrz Polski Adam Kozioł z KMX Orły."
    assert name_candidates(text, name_leading_words("pl"))[0] == "Adam Kozioł"
