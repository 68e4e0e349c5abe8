"""More shapes of prose in the editions' languages (issue 14): win and placing phrasings,
enumerations, declined names, standings phrasings. Invented sentences, expectations by hand."""

from extractors.document import Document, document_from_text
from extractors.narrative import NarrativeFacts, extract_narrative


def read(text: str, language: str) -> NarrativeFacts:
    doc = document_from_text(text)
    return extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))


def places(facts: NarrativeFacts) -> dict[str, int | None]:
    return {row.driver: row.position for race in facts.races for row in race.results}


# Polish: names decline; a driver is named in the nominative


def test_pl_declined_names_are_given_in_the_nominative():
    facts = read(
        "W finale triumfował Piotr Nowak, przed Olafem Tyrakowskim i Kamilem Grabowskim.", "pl"
    )
    assert places(facts) == {"Piotr Nowak": 1, "Olaf Tyrakowski": 2, "Kamil Grabowski": 3}


def test_pl_genitive_winner_after_fell_to():
    facts = read("Wyścig padł łupem Gustawa Wiśniewskiego, drugi był Jerzy Glac.", "pl")
    assert places(facts) == {"Gustaw Wiśniewski": 1, "Jerzy Glac": 2}


def test_pl_dative_name_is_the_nominative_driver():
    facts = read("Zwycięstwo przypadło Dawidowi Liwińskiemu. Drugi był Jan Mazur.", "pl")
    assert "Dawid Liwiński" in facts.drivers
