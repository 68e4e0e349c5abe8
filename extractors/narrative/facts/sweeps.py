"""Wins told as a count: 'took all three wins', 'won both Mini races', 'a trio of class victories',
'winning both the final and the pre-final'. Each counted win is a race the driver won; the races
the prose tells one by one count towards it, and only the wins it leaves untold are added, each
as a race of its own ('Race (Ana Lima, win 2 of 3)'). A count is a winner's statement where it
stands: 'Ally won both the final and the pre-final. Camille was second' is a new race."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.narrative.facts.context import is_supposition
from extractors.narrative.facts.placings import STATED, Placing
from extractors.narrative.lang import english_table, english_words
from extractors.narrative.prose import Mention, Sentence
from extractors.narrative.quantities import count_word
from extractors.records import Evidence

# Words that count wins: "both", "a trio of", "a hat-trick of"; "all" takes the number after it
COUNT_WORDS = english_table("sweeps", "count_words")
# Plural nouns of what was won: "all three wins", "both races", "both categories"
WON_NOUNS = english_words("sweeps", "won_nouns")
# Singular race nouns of a coordination: "both the final and the pre-final"
RACE_NOUNS = english_words("sweeps", "race_nouns")
# Verbs that make the counted things wins: "won both races", "taking all three wins"
WIN_VERBS = english_words("sweeps", "win_verbs")
# Words after the count that make it a season's or a career's: "both wins this season"
SPAN_WORDS = english_words("sweeps", "span_words")
# Numbers that count wins told with a verb of winning or 'wins': "took two wins", "winning the
# last three races"
NUMBER_WORDS = english_words("sweeps", "number_words")
# "It was X who took two wins": a cleft names the driver, no relative clause about him
CLEFT_WORDS = english_words("sweeps", "cleft_words")
# How far after the count its noun may stand: "all three Mini Challenge Cooper Pro races"
NOUN_REACH = 8
# How far after the count's noun a 'for' may name whose wins they are
FOR_REACH = 8


@dataclass
class Count:
    """Wins a sentence counts for one driver ('took all three wins'): a winner's statement as
    `told_races` reads placings, and the number of races it stands for."""

    race: str | None
    driver: str
    number: int
    sentence: int
    evidence: Evidence
    qualifying: bool = False
    position: int = 1
    at: int | None = None


def read_counts(sentences: list[Sentence]) -> list[Count]:
    """Every count of wins the prose states, in text order."""
    return [c for s in sentences if not is_supposition(s) for c in _counts(s)]


def swept_wins(
    counts: list[Count], placings: list[Placing], *, outside_races: bool = True
) -> list[Placing]:
    """The wins counts state beyond those the prose tells one by one, one placing each: the
    first in the count's own race when that race has no winner, the others each in a race of
    their own; a count told outside any race only with `outside_races` (an article without race
    sections)."""
    counted: dict[tuple[str | None, str], Count] = {}
    for count in counts:
        if count.race is None and not outside_races:
            continue
        key = (count.race, count.driver)
        if key not in counted or count.number > counted[key].number:
            counted[key] = count
    won = {p.race for p in placings if p.position == 1 and not p.qualifying}
    added = []
    for (race, driver), count in counted.items():
        told = {
            p.race for p in placings if p.driver == driver and p.position == 1 and not p.qualifying
        }
        if race not in won:  # "Ally won both the final and the pre-final. Camille was second."
            added.append(_win(race, count))
            told.add(race)
        for k in range(len(told) + 1, count.number + 1):
            added.append(_win(f"{race or 'Race'} ({driver}, win {k} of {count.number})", count))
    return added


def _win(race: str | None, count: Count) -> Placing:
    return Placing(race, False, count.driver, 1, False, STATED, 0.7, count.evidence, count.sentence)


def _counts(s: Sentence) -> list[Count]:
    """The counts of wins in a sentence, each with the driver who won them."""
    doc, found = s.doc, []
    for t in s.span:
        lower = t.lower_  # read once: each `lower_` asks the string store
        number = COUNT_WORDS.get(lower)
        if lower == "all" and t.i + 1 < s.span.end:
            number = count_word(doc[t.i + 1].text)
        elif number is None and lower in NUMBER_WORDS:  # "took two wins"
            number = count_word(t.text)
        if not number or number < 2:
            continue
        window = doc[t.i + 1 : min(t.i + 1 + NOUN_REACH, s.span.end)]
        end = next((w.i + 1 for w in window if w.lower_ in WON_NOUNS), None)
        if end is None and t.lower_ == "both":  # "both the final and the pre-final"
            nouns = [w.i for w in window if w.lower_ in RACE_NOUNS]
            joined = any(w.lower_ == "and" for w in window)
            end = nouns[1] + 1 if len(nouns) == 2 and joined else None
        if end is None or any(w.lower_ in SPAN_WORDS for w in doc[end : end + 4]):
            continue
        verb = next(
            (w for w in doc[max(s.span.start, t.i - 3) : t.i] if w.lower_ in WIN_VERBS), None
        )
        wins = doc[end - 1].lower_ in ("wins", "victories")
        if verb is None and not wins:
            continue
        if verb is None and _won_for(s, end):
            continue  # "With A absent, two wins for B saw him close the gap": not A's wins,
            # and which races B won the count does not tell
        if verb is None and t.i > s.span.start and doc[t.i - 1].lower_ == "with":
            continue  # "scoring 13 with four race wins", "took the title with three wins": a
            # tally beside another total, whose races the text does not tell
        tally = (
            end + 1 < s.span.end
            and doc[end].lower_ == "from"
            and count_word(doc[end + 1].text) is not None
        )
        if t.lower_ in NUMBER_WORDS and (
            any(w.lower_ == "of" for w in doc[t.i + 1 : end])
            or (verb and verb.lower_ == "out")
            or tally
        ):
            continue  # "won three of the four races", "two wins from two" (a season's tallies),
            # "kicked out after two races"
        at = verb.i if verb is not None else t.i
        if at > s.span.start and doc[at - 1].lower_ in ("who", "which") and not _cleft(s, at - 1):
            continue  # "X, who won both Cheshire races": what he did before, elsewhere
        who = s.subject_before(at)
        if who is None or who.driver is None or _joint(s, who):
            continue
        evidence = s.evidence(min(who.start, at), end)
        found.append(Count(s.race_for(at), who.driver, number, s.index, evidence))
    return found


def _won_for(s: Sentence, end: int) -> bool:
    """'two overall wins and a class win for B': a driver named after 'for' past the count's
    noun, whose wins they are."""
    window = s.doc[end : min(end + FOR_REACH, s.span.end)]
    return any(w.lower_ == "for" and any(m.start == w.i + 1 for m in s.mentions) for w in window)


def _cleft(s: Sentence, who: int) -> bool:
    """'It was Cook who took two wins': the 'who' after a driver named after 'it was'."""
    named = next((m for m in s.mentions if m.end == who), None)
    return (
        named is not None
        and named.start - 2 >= s.span.start
        and s.doc[named.start - 2].lower_ == "it"
        and s.doc[named.start - 1].lower_ in CLEFT_WORDS
    )


def _joint(s: Sentence, who: Mention) -> bool:
    """'A and B took two wins', 'Paul and Tom Kirby converted it to two race wins': a subject of
    several names or a pair under one family name says not whose wins they are (a crew's, or one
    each), so no driver's."""
    if len(s.coordinated(who)) > 1:
        return True
    k = who.start
    return k - 2 >= s.span.start and s.doc[k - 1].lower_ == "and" and s.doc[k - 2].is_title
