"""Reading invented prose in a given language, for the narrative tests: one definition of the
reader and of the places it gives, shared by the test modules of every language and round."""

from extractors.document import Document, document_from_text
from extractors.narrative import NarrativeFacts, extract_narrative


def read(text: str, language: str = "en") -> NarrativeFacts:
    """The narrative facts of an invented plain text, read as the given language."""
    doc = document_from_text(text)
    return extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))


def places(facts: NarrativeFacts) -> dict[str, int | None]:
    """Driver -> position (None when unclassified) of every prose result row."""
    return {row.driver: row.position for race in facts.races for row in race.results}


def race_places(facts: NarrativeFacts) -> dict[str, int | None]:
    """Driver -> position of the prose result rows of races that are not qualifying sessions."""
    return {
        row.driver: row.position
        for race in facts.races
        if race.session != "qualifying"
        for row in race.results
    }


def nations(facts: NarrativeFacts) -> dict[str, str]:
    """Driver -> nation code of every driver–nation pair read from the prose."""
    return {n.driver: n.nation for n in facts.driver_nations}


def totals(facts: NarrativeFacts) -> dict[str, float]:
    """Driver -> points of every standing read from the prose."""
    return {s.driver: s.points for s in facts.standings}
