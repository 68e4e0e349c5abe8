"""A win phrase split by its margin ('pakte met 4,3 seconden voorsprong op Y de zege') and a
demonym after an article capitalised mid-sentence ('Vandaag: De Fransman X'): invented
sentences in the shapes of real reports."""

from narrative_reading import nations, read

from extractors.narrative import NarrativeFacts


def intervals(facts: NarrativeFacts) -> set[tuple]:
    return {(i.ahead, i.behind, i.seconds) for i in facts.intervals}


def test_dutch_margin_with_lead_words_inside_a_split_win_phrase():
    text = (
        "Tomas Verberg pakte met 4,3 seconde voorsprong op Joris de Lint de zege in manche "
        "twee. Pieter Wals werd derde."
    )
    assert intervals(read(text, "nl")) == {("Tomas Verberg", "Joris de Lint", 4.3)}


def test_dutch_margin_after_met_with_no_lead_word_names_no_one_behind():
    text = "Tomas Verberg pakte met 4,3 seconden de zege in manche twee. Pieter Wals werd derde."
    assert intervals(read(text, "nl")) == set()


def test_dutch_lead_words_with_no_driver_after_them_give_no_margin():
    text = "Tomas Verberg pakte met 4,3 seconden voorsprong op het veld de zege."
    assert intervals(read(text, "nl")) == set()


def test_dutch_demonym_after_an_article_capitalised_after_a_colon():
    text = (
        "Vandaag: De Fransman Luc Marnier (Yamaha) won de eerste reeks in Zandhoven. "
        "De Belg Wout Peeters (KTM) werd tweede."
    )
    assert nations(read(text, "nl")) == {"Luc Marnier": "FRA", "Wout Peeters": "BEL"}


def test_a_capitalised_word_that_is_no_article_still_opens_a_proper_name():
    text = "Tomas Berg won the Class D American Legion Trophy at Millbrook."
    assert nations(read(text, "en")) == {}
