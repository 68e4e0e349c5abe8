"""Causes of missed results in German, Dutch and Polish prose (issue 14, round 6), each fixed in
the shared readers with the words in each language's file. Invented sentences, expectations by
hand."""

from extractors.document import Document, document_from_text
from extractors.narrative import NarrativeFacts, extract_narrative


def read(text: str, language: str) -> NarrativeFacts:
    doc = document_from_text(text)
    return extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))


def places(facts: NarrativeFacts) -> dict[str, int | None]:
    return {row.driver: row.position for race in facts.races for row in race.results}


# A win told in the passive: "werd gewonnen door X, voor Y en Z"


def test_nl_a_passive_win_ahead_of_two_drivers():
    facts = read(
        "De eerste wedstrijd werd gewonnen door Kees Bakker, voor Piet de Vries en Ruud Kok.", "nl"
    )
    assert places(facts) == {"Kees Bakker": 1, "Piet de Vries": 2, "Ruud Kok": 3}


# A place alone in brackets after a driver: "X (tweede)"


def test_nl_places_in_brackets_after_the_drivers():
    facts = read(
        "De race werd gewonnen door Kees Bakker na een gevecht met Piet de Vries (tweede) en "
        "Ruud Kok (derde).",
        "nl",
    )
    assert places(facts) == {"Kees Bakker": 1, "Piet de Vries": 2, "Ruud Kok": 3}


def test_en_a_running_place_in_brackets_is_no_finish():
    facts = read("Tom Hale won the race after a fight with Ivo Brant (P2).", "en")
    assert places(facts) == {"Tom Hale": 1}
