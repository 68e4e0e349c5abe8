"""Races told one after another in prose, in an article with no race sections: 'Winning the first
race was A, with B in second. In race two it was B in first place, C in second.' Each stretch of
sentences is one race until a sentence states a win that cannot be this race's: another driver
than its winner, a driver it placed elsewhere, or its winner again in a sentence naming the next
race ('won the second race'). That sentence starts the next race ('Race 2', 'Race 3', ...);
other disagreements (a driver promoted after a penalty) stay in the race, settled as before."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from extractors.narrative.prose import Sentence

# "the second race", "race two", "R2", "the final win", "the reverse-grid race": the next race
NEXT_RACE_RE = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|next|other|later|following|closing|"
    r"last|final|reverse[- ]grid|feature|main)\s+(?:race|heat|sprint|outing|encounter|contest|"
    r"one|win|victory|final|event)"
    r"|race\s+(?:two|three|four|five|[2-9])|r[2-9]|heat\s+(?:two|three|four|five|[2-9]))\b",
    re.IGNORECASE,
)


class Told(Protocol):
    """A placing as this module needs it: its race, sentence, driver and position."""

    race: str | None
    qualifying: bool
    driver: str
    position: int | None
    sentence: int


def number_told_races(sentences: list[Sentence], placings: Iterable[Told]) -> None:
    """Give the sentences (and their placings) of every race after the first its own name, for
    prose outside any race: 'Race 2', 'Race 3'. Sentences without placings stay in the race of
    the sentence before them, so a margin or penalty told after a result keeps its race."""
    by_sentence: dict[int, list[Told]] = {}
    for p in placings:
        by_sentence.setdefault(p.sentence, []).append(p)
    number, places, drivers = 1, {}, {}
    names: dict[int, str] = {}
    for s in sentences:
        if s.race is not None:
            continue
        stated = [
            p for p in by_sentence.get(s.index, []) if p.position is not None and not p.qualifying
        ]
        winners = [p.driver for p in stated if p.position == 1]
        if winners and (
            drivers.get(winners[0], 1) != 1
            or 1 in places
            and (places[1] != winners[0] or NEXT_RACE_RE.search(s.span.text))
        ):
            number, places, drivers = number + 1, {}, {}
        for p in stated:
            places.setdefault(p.position, p.driver)
            drivers.setdefault(p.driver, p.position)
        if number > 1:
            names[s.index] = f"Race {number}"
    for s in sentences:
        if s.index in names:
            s.race = names[s.index]
    for told in by_sentence.values():
        for p in told:
            if p.race is None and p.sentence in names:
                p.race = names[p.sentence]
