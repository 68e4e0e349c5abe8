"""An article's language: declared by the page, else detected from its prose; never guessed from
a few names."""

import pytest

from extractors.article import document_for
from extractors.language import detect_language

# Invented report leads, one per language the editions are published in.
LEADS = {
    "en": "Tomas Berg took the win in the feature race after a late move at the hairpin, "
    "while the championship leader had to settle for third place behind his team-mate.",
    "pt": "Tomas Berg venceu a corrida principal depois de uma ultrapassagem no final, "
    "enquanto o líder do campeonato terminou em terceiro lugar, atrás do companheiro de equipa.",
    "es": "Tomas Berg se llevó la victoria en la carrera principal tras un adelantamiento al "
    "final, mientras que el líder del campeonato terminó tercero, por detrás de su compañero.",
    "it": "Tomas Berg ha vinto la gara principale con un sorpasso negli ultimi giri, mentre il "
    "leader del campionato ha chiuso al terzo posto, dietro al suo compagno di squadra.",
    "de": "Tomas Berg gewann das Hauptrennen nach einem späten Überholmanöver, während der "
    "Meisterschaftsführende hinter seinem Teamkollegen nur Dritter wurde.",
    "fr": "Tomas Berg a remporté la course principale après un dépassement en fin de course, "
    "tandis que le leader du championnat a terminé troisième, derrière son coéquipier.",
}


@pytest.mark.parametrize("language", sorted(LEADS))
def test_plain_text_language_is_detected(language):
    text = f"Round 3 report\n\n{LEADS[language]}\n\n1. Tomas Berg\n2. Ana Ribeiro\n"
    assert document_for(text).language == language


@pytest.mark.parametrize("language", sorted(LEADS))
def test_html_without_a_declaration_is_detected(language):
    page = f"<html><body><article><h1>Round 3</h1><p>{LEADS[language]}</p></article></body></html>"
    assert document_for(page, media_type="text/html").language == language


def test_declared_language_wins_over_the_text():
    page = f'<html lang="pt-BR"><body><article><p>{LEADS["en"]}</p></article></body></html>'
    assert document_for(page, media_type="text/html").language == "pt"


def test_prose_decides_not_the_result_lines():
    names = "\n".join(f"{n}. Jan de Vries – Pedro Álvarez – Giorgio Rossi" for n in range(1, 9))
    assert document_for(f"{LEADS['en']}\n\n{names}\n").language == "en"


def test_text_without_words_has_no_language():
    assert detect_language("1. 2. 3. +1.234 +2.345") is None
    assert document_for("1 – 25:13.456\n2 – +2.318\n").language is None
