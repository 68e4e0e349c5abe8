"""Fixtures of the narrative tests: the spaCy pipeline loaded once per session, and a reader of
the facts an invented text states."""

from collections.abc import Callable

import pytest

from extractors.document import document_from_text
from extractors.narrative import NarrativeFacts, extract_narrative
from extractors.narrative.pipeline import get_nlp
from extractors.records import Evidence


@pytest.fixture(scope="session")
def nlp():
    """The narrative pipeline (model loaded once for the whole session)."""
    return get_nlp()


@pytest.fixture(scope="session")
def narrate(nlp) -> Callable[[str], NarrativeFacts]:
    """The narrative facts of a plain-text article."""

    def read(text: str) -> NarrativeFacts:
        return extract_narrative(document_from_text(text))

    return read


@pytest.fixture(scope="session")
def points_at() -> Callable[[str, Evidence], bool]:
    """Whether evidence offsets hold the evidence text in the article's Document.text."""

    def check(text: str, evidence: Evidence) -> bool:
        return document_from_text(text).text[evidence.start : evidence.end] == evidence.text

    return check


@pytest.fixture(scope="session")
def placings_of() -> Callable[[NarrativeFacts], set[tuple]]:
    """(race, driver, position or 'Q') of every prose result row."""

    def rows(facts: NarrativeFacts) -> set[tuple]:
        return {
            (race.name, row.driver, row.position if row.position is not None else "Q")
            for race in facts.races
            for row in race.results
        }

    return rows


@pytest.fixture(scope="session")
def nations_of() -> Callable[[NarrativeFacts], dict[str, str]]:
    """Driver -> nation the prose states."""

    def pairs(facts: NarrativeFacts) -> dict[str, str]:
        return {n.driver: n.nation for n in facts.driver_nations}

    return pairs
