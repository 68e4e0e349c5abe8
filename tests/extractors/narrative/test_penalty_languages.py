"""Who a penalty told in another language is for (invented sentences in the shapes of real
reports): receivers named after the penalty, and words that only look like English pronouns."""

from extractors.document import Document, document_from_text
from extractors.narrative import NarrativeFacts, extract_narrative


def read(text: str, language: str) -> NarrativeFacts:
    doc = document_from_text(text)
    return extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))


def penalties(facts: NarrativeFacts) -> list[tuple]:
    return [(p.driver, p.seconds, p.kind) for p in facts.penalties]


def test_spanish_he_is_a_verb_not_the_previous_driver():
    text = (
        "Luis Prado era quinto cuando tuvimos otro incidente. "
        "He acabado sexto, aunque por una penalización he sido séptimo."
    )
    assert penalties(read(text, "es")) == []
