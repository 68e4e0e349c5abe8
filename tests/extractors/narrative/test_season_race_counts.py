"""An ordinal race noun followed by a season noun counts the season's races ('la segunda carrera
del año', 'le deuxième course de la saison'): it names which round of the year the article tells,
no second race of the meeting; without the season noun the ordinal numbers the race."""

import pytest

from extractors.document import Document, document_from_text
from extractors.narrative import NarrativeFacts, extract_narrative


def _facts(text: str, language: str) -> NarrativeFacts:
    doc = document_from_text(text)
    return extract_narrative(Document(text=doc.text, blocks=doc.blocks, language=language))


def _race_names(facts: NarrativeFacts) -> set[str]:
    return {race.name for race in facts.races}


@pytest.mark.parametrize(
    ("text", "language", "race"),
    [
        ("Tomás Ibarra se impuso en la segunda carrera del año en Valdelobos.", "es", "Carrera 2"),
        ("Tomás Ibarra ganó la segunda carrera de la temporada en Valdelobos.", "es", "Carrera 2"),
        ("Victor Lamy a remporté la deuxième course de la saison à Montbrac.", "fr", "Course 2"),
        ("Ugo Ferraresi ha vinto la seconda gara della stagione a Valmora.", "it", "Gara 2"),
        ("Rui Tavares venceu a segunda corrida do ano em Montalvo.", "pt", "Corrida 2"),
        ("Jonas Wendler gewann das zweite Rennen der Saison in Hochfeld.", "de", "Rennen 2"),
    ],
)  # fmt: skip
def test_an_ordinal_of_the_season_opens_no_second_race(nlp, text, language, race):
    assert race not in _race_names(_facts(text, language))


def test_the_winner_stays_in_the_race_told(nlp):
    facts = _facts("Tomás Ibarra se impuso en la segunda carrera del año en Valdelobos.", "es")
    winners = [
        (race.name, row.driver) for race in facts.races for row in race.results if row.position == 1
    ]
    assert [name for name, driver in winners if driver == "Tomás Ibarra"]
    assert all(name != "Carrera 2" for name, _ in winners)


@pytest.mark.parametrize(
    ("text", "language", "race"),
    [
        ("Tomás Ibarra ganó la segunda carrera en Valdelobos.", "es", "Carrera 2"),
        ("Victor Lamy a remporté la deuxième course samedi.", "fr", "Course 2"),
        # the season's first race is the meeting's first too: its number stays
        ("Victor Lamy a remporté la première course de la saison samedi.", "fr", "Course 1"),
    ],
)
def test_without_a_season_noun_or_as_the_first_the_ordinal_numbers_the_race(
    nlp, text, language, race
):
    assert race in _race_names(_facts(text, language))
