"""Races told one after another in prose, in an article with no race sections: 'Winning the first
race was A, with B in second. In race two it was B in first place, C in second.' Each stretch of
sentences is one race until a sentence states a win that cannot be this race's: another driver
than its winner, a driver it placed elsewhere, or its winner again in a sentence naming the next
race ('won the second race'). That win starts the next race ('Race 2', 'Race 3', ...), with the
placings its sentence told before it when none of them is a win ('X closed on Y but could not
take the win'); other disagreements (a driver promoted after a penalty) stay in the race, settled
as before."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from extractors.narrative.lang import ENGLISH, english_words
from extractors.narrative.prose import Sentence
from extractors.narrative.races import OWN_WORDS, english_race_labels, same_race_label
from extractors.records import Evidence

# "—", ":": the marks ending a capitals lead-in ('POLE IN QUALIFYING — X set the best time')
LEAD_IN_MARKS = frozenset({"—", "–", ":"})
# "qualifying", "practice": English words naming a session that is no race
ENGLISH_SESSION_WORDS = english_words("placings", "session_words")

# "the second race", "race two", "R2", "the final win", "the reverse-grid race": the next race
NEXT_RACE_RE = re.compile(
    r"\b(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th|next|other|later|following|closing|"
    r"last|final|reverse[- ]grid|feature|main)\s+(?:race|heat|sprint|outing|encounter|contest|"
    r"one|win|victory|final|event)"
    r"|race\s+(?:two|three|four|five|[2-9])|r[2-9]|heat\s+(?:two|three|four|five|[2-9]))\b",
    re.IGNORECASE,
)


# "race 3": a race the prose names by its number
NUMBERED_RE = re.compile(r"race (\d{1,2})")
# "his third final of the season": a driver's count of races over a span, not the next race
COUNT_SPANS = english_words("races", "count_spans")
SPAN_AFTER_RE = re.compile(r"^\s+(?:of\s+the|this|that)\s+(\w+)")

# "In the Pro League race, ...": the prepositions a sentence that opens with its race starts
# with, and how many words may stand before the race noun
OPENING_PREPOSITIONS = english_words("races", "opening_prepositions")
OPENING_REACH = 6


class Told(Protocol):
    """A placing as this module needs it: its race, sentence, driver, position and evidence."""

    race: str | None
    qualifying: bool
    driver: str
    position: int | None
    sentence: int
    evidence: Evidence
    at: int | None


def number_told_races(
    sentences: list[Sentence], placings: Iterable[Told], claims: Iterable[Told] = ()
) -> int:
    """Give the sentences (and the placings) of every race after the first its own name, for
    prose outside any race: 'Race 2', 'Race 3'. A sentence may start a race midway ('A won the
    final from B, while C won the junior race'); a sentence takes the race of its first placing,
    one without placings stays in the race before it, so a margin or penalty told after a result
    keeps its race. `claims` (placings that count only where nothing else is stated: 'on the
    podium', 'grabbed the lead on the final lap') start no race; they take their sentence's.
    Returns how many races the prose told one after another ('Race' to 'Race n'), 0 where it
    named them ('gara 1')."""
    by_sentence: dict[int, list[Told]] = {}
    for p in placings:
        by_sentence.setdefault(p.sentence, []).append(p)
    number, places, drivers = 1, {}, {}
    races: dict[int, tuple[dict, dict]] = {1: (places, drivers)}  # the races told, by number
    # the race each numbered label ('race 1') was first given by a place told in it: a sentence
    # with no place naming it again ('X started race 1 from fifth') brings the telling back
    by_label: dict[str, int] = {}
    named = False  # whether the prose named its races
    label: str | None = None  # the label the prose gave the race being told
    titled: str | None = None  # the race a sentence named, which the sentences after it tell
    for s in sentences:
        told = sorted(by_sentence.get(s.index, []), key=lambda p: p.evidence.start)
        if s.named_races:  # a race the prose names keeps its name, and its stated places count
            titled, number, places, drivers = s.named_races[-1][1], 1, {}, {}
            named = True
            for p in told:
                if p.race == titled and p.position is not None and not p.qualifying:
                    places.setdefault(p.position, p.driver)
                    drivers.setdefault(p.driver, p.position)
            continue
        if s.race is not None and s.race != titled:
            if s.vocab.code == ENGLISH and told:
                _file_numbered(s, told)
            continue
        base = titled or "Race"
        labels = english_race_labels(s) if s.vocab.code == ENGLISH else []
        won_here: set[str] = set()
        for k, p in enumerate(told):
            named = _label_of(labels, _token_of(s, p))
            if named and label is not None and not same_race_label(named, label):
                number, places, drivers = _next_race(races)  # "in the B-Feature": another race
            if named:
                label = named if label is None or not label.endswith(named) else label
            stated = p.position is not None and not p.qualifying
            if stated and p.position == 1 and p.driver not in won_here:
                if drivers.get(p.driver, 1) != 1 or (
                    1 in places and (places[1] != p.driver or _names_next_race(s.span.text))
                ):
                    number, places, drivers = _next_race(races)
                    if not won_here:  # "X closed on Y but couldn't take the win": Y's race
                        for q in told[:k]:
                            q.race = f"Race {number}"
                            if q.position is not None and not q.qualifying:
                                places.setdefault(q.position, q.driver)
                                drivers.setdefault(q.driver, q.position)
                        s.race = f"Race {number}" if k else s.race
                won_here.add(p.driver)
            if stated:
                places.setdefault(p.position, p.driver)
                drivers.setdefault(p.driver, p.position)
            if named and named[-1].isdigit() and number not in by_label.values():
                by_label.setdefault(named, number)
            if number > 1:
                p.race = _numbered(base, number)
            if k == 0 and number > 1:
                s.race = p.race
        again = _told_again(labels, by_label) if not told else None
        if again is not None:  # "X started race 1 from fifth": the sentences after tell race 1
            number, (places, drivers) = again, races[again]
        opened = _opened_label(s, labels) if not told and again is None else None
        if opened is not None and label is not None and not same_race_label(opened, label):
            number, places, drivers = _next_race(races)  # "In the Pro League race"
            label = opened
        elif opened is not None and label is None and places and not opened.endswith(" 1"):
            number, places, drivers = _next_race(races)  # "In race two there was"
            label = opened
        if not told and number > 1:
            s.race = _numbered(base, number)
        if not told and labels and label is None and not places:
            # "Three drivers finished in the top 10 in the X A-Feature"; once the race told has
            # places, a race named in passing ('hit a wall in heat three') is not its name
            label = labels[-1][1]
    for p in claims:
        if p.race is None:
            p.race = sentences[p.sentence].race
    return 0 if named else number


def _told_again(labels: list[tuple[int, str]], by_label: dict[str, int]) -> int | None:
    """The race told before that a sentence with no place names again, its only race named."""
    numbers = {by_label.get(name) for _, name in labels}
    return numbers.pop() if len(numbers) == 1 else None


def _next_race(races: dict[int, tuple[dict, dict]]) -> tuple[int, dict, dict]:
    """(number, places, drivers) of a race told after all those before, its places yet empty."""
    number, places, drivers = max(races) + 1, {}, {}
    races[number] = (places, drivers)
    return number, places, drivers


def _file_numbered(sentence: Sentence, told: list[Told]) -> None:
    """In a race section, the places an English sentence ties to a later race by its number
    ('In race three X took second, followed by Y third') go to that race: 'Autos (3)'; a
    section whose name carries the number ('Race 3') keeps them."""
    labels = english_race_labels(sentence)
    if not labels:
        return
    section = sentence.race or ""
    for p in told:
        named = _label_of(labels, _token_of(sentence, p))
        number = NUMBERED_RE.fullmatch(named or "")
        if p.race != section or number is None or int(number[1]) < 2:
            continue
        if re.search(rf"(?<!\d){number[1]}(?!\d)", section):
            continue
        p.race = f"{section} ({number[1]})"


def _names_next_race(text: str) -> bool:
    """Whether a sentence names a race after the first ('won the second race', 'to secure his
    second win'), not a driver's count over a season ('his third final of the season')."""
    for found in NEXT_RACE_RE.finditer(text):
        before = text[: found.start()].split()
        span = SPAN_AFTER_RE.match(text[found.end() :])
        owned = bool(before) and before[-1].lower() in OWN_WORDS
        if not (owned and span is not None and span[1].lower() in COUNT_SPANS):
            return True
    return False


def _opened_label(sentence: Sentence, labels: list[tuple[int, str]]) -> str | None:
    """The race an English sentence opens with ('In the Pro League race, ...', 'In race two,
    ...'): a label within the sentence's first words after a preposition that opens it."""
    start = sentence.span.start
    if not labels or sentence.doc[start].lower_ not in OPENING_PREPOSITIONS:
        return None
    at, name = labels[0]
    return name if at - start <= OPENING_REACH else None


def _numbered(base: str, number: int) -> str:
    """The name of the n-th race told under one name: 'Race 2', and for a race the prose named
    ('w klasie Mini Rok') the races told after it without a name of their own: 'Klasie Mini Rok
    (2)'."""
    return f"{base} {number}" if base == "Race" else f"{base} ({number})"


def _token_of(sentence: Sentence, placing: Told) -> int:
    """The token where a placing's place is told ('finished seventh' of 'X won the opening race
    but finished seventh in the second'), else where its evidence starts in its sentence."""
    if placing.at is not None:
        return placing.at
    char = placing.evidence.start - sentence.offset
    span = sentence.doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else sentence.span.start


def _label_of(labels: list[tuple[int, str]], index: int) -> str | None:
    """The race label a placing at token `index` is told in: the next one the sentence names
    ('X finished third in the Y A-Feature'), else the one it named before."""
    after = [name for at, name in labels if at >= index]
    before = [name for at, name in labels if at < index]
    return after[0] if after else (before[-1] if before else None)


def session_heading(sentence: Sentence) -> bool:
    """'QUALIFICAÇÃO.', 'Qualifying', 'POLE IN QUALIFICA — ...': a paragraph that is only a
    session word, or a sentence opening with a lead-in in capitals before a dash or colon that
    names a session and no race."""
    span = sentence.span
    cut = next((t.i for t in span if t.text in LEAD_IN_MARKS), None)
    lead = [t for t in span[: None if cut is None else cut - span.start] if not t.is_punct]
    whole = cut is None and sentence.whole_paragraph
    if not lead or not (whole and len(lead) <= 2 or cut and all(t.is_upper for t in lead)):
        return False
    vocab = sentence.vocab
    sessions = ENGLISH_SESSION_WORDS if vocab.code == ENGLISH else vocab.session_words
    lead_words = {t.lower_ for t in lead}
    return bool(lead_words & sessions) and not lead_words & vocab.race_words
