"""An ordinal race noun after a possessive counts a driver's own races ('sa deuxième course'),
not a race of the article; without one it numbers the race ('la deuxième course')."""

from extractors.document import Document, document_from_text
from extractors.narrative import NarrativeFacts, extract_narrative


def _facts(text: str, language: str) -> NarrativeFacts:
    doc = document_from_text(text)
    return extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))


def _race_names(facts: NarrativeFacts) -> set[str]:
    return {race.name for race in facts.races}


def test_a_possessive_before_the_ordinal_names_no_race(nlp):
    facts = _facts("Victor Lamy a remporté sa deuxième course de la saison samedi.", "fr")
    assert "Course 2" not in _race_names(facts)


def test_an_article_before_the_ordinal_names_the_race(nlp):
    facts = _facts("Victor Lamy a remporté la deuxième course samedi.", "fr")
    assert "Course 2" in _race_names(facts)


def test_an_italian_possessive_names_no_race(nlp):
    facts = _facts("Ugo Ferraresi ha vinto la sua seconda gara in campionato.", "it")
    assert "Gara 2" not in _race_names(facts)
