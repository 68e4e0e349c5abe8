"""Accent folding: one helper for every module that takes accents off letters."""

from extractors.text import strip_accents


def test_accents_come_off_and_case_stays():
    assert strip_accents("Álvaro Ibáñez") == "Alvaro Ibanez"
    assert strip_accents("Blazsán") == "Blazsan"


def test_compatibility_forms_are_decomposed():
    assert strip_accents("ﬁnal") == "final"


def test_keep_length_gives_one_character_per_character():
    for text in ("Montmeló", "ﬁnal", "Circuito do Estoril", "Nürburgring"):
        assert len(strip_accents(text, keep_length=True)) == len(text)
    assert strip_accents("Montmeló", keep_length=True) == "Montmelo"


def test_letters_with_no_accent_to_strip_stay():
    assert strip_accents("Søren Łukasz") == "Søren Łukasz"
