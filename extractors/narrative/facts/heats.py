"""Heat and dash winners told in English prose, each a race of its own with its winner alone:
'A and B won qualifying heat races', 'with A and B winning heat races', 'X won the B dash',
'X picked up a heat race win', 'Other heat race winners were A; B; and C'. A club report names
its heats by their winners, so a heat is told by the one who won it; a singular heat with several
names before it ('A and B won the heat') says nothing about who won which, and gives none."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.narrative.facts.context import is_supposition
from extractors.narrative.lang import ENGLISH, english_words
from extractors.narrative.prose import Mention, Sentence
from extractors.records import Evidence

# "heat", "heats", "dash": the nouns of a short race run before the feature
HEAT_NOUNS = english_words("heats", "heat_nouns")
# Verbs whose object is the heat won: "won the B dash", "winning heat races"
WIN_VERBS = english_words("heats", "win_verbs")
# Verbs that take a heat's win: "picked up a heat race win", "took the heat victory"
TAKING_VERBS = english_words("heats", "taking_verbs")
# Verbs that win a heat with 'out' after them: "took out heat one", "taking out the B dash"
TAKING_OUT_VERBS = english_words("heats", "taking_out_verbs")
# Words between the verb and the heat noun: "won the reverse heat", "won their respective heats"
BETWEEN_WORDS = english_words("heats", "between_words")
# Words after the heat noun: "heat races", "a heat race win"
AFTER_WORDS = english_words("heats", "after_words")
# "Heat winners were ...", "Other heat race winners were ..."
WINNER_NOUNS = english_words("heats", "winner_nouns")
COPULAS = english_words("heats", "copulas")
# Words between the winners and their verb: "A and B also won heats"
ADVERBS = english_words("heats", "adverbs")
# How many words may stand between the verb and the heat noun, and after the noun
BETWEEN_REACH = 4
AFTER_REACH = 2


@dataclass(frozen=True)
class HeatWin:
    """One heat's winner: the race it names ('Heat (Ana Lima)'), where the prose tells it."""

    race: str
    driver: str
    sentence: int
    evidence: Evidence
    start: int  # token span of the words that tell the win
    end: int


def heat_wins(sentences: list[Sentence]) -> list[HeatWin]:
    """Every heat and dash win English prose states, one per winner, in text order."""
    found: list[HeatWin] = []
    for s in sentences:
        if s.vocab.code != ENGLISH or is_supposition(s):
            continue
        if not any(t.lower_ in HEAT_NOUNS for t in s.span):
            continue
        if s.race is not None and any(w in HEAT_NOUNS for w in s.race.lower().split()):
            continue  # the section is a heat: its winner is its own race's
        for t in s.span:
            if t.lower_ in HEAT_NOUNS:
                found += _listed(s, t.i) or _won(s, t.i)
    return found


def _noun_end(s: Sentence, k: int) -> int:
    """The token after a heat noun and the words that belong to it ('heat race win')."""
    end = k + 1
    while end < s.span.end and end - k <= AFTER_REACH and s.doc[end].lower_ in AFTER_WORDS:
        end += 1
    return end


def _listed(s: Sentence, k: int) -> list[HeatWin]:
    """'Other heat race winners were A; B; and C', 'Winning heat races were A, B and C'."""
    doc, end = s.doc, _noun_end(s, k)
    winners = end < s.span.end and doc[end].lower_ in WINNER_NOUNS
    winning = k > s.span.start and doc[k - 1].lower_ == "winning"
    copula = end + 1 if winners else end
    if not (winners or winning) or copula >= s.span.end or doc[copula].lower_ not in COPULAS:
        return []
    after = [m for m in s.mentions if m.start > copula]
    if not after or after[0].kind != "name" or s.mention_at(copula + 1) is not after[0]:
        return []
    if any(t.text == ";" for t in doc[copula : s.span.end]):  # "A, Town; B, Town; and C"
        chunks: list[Mention] = []
        bounds = [copula] + [t.i for t in doc[copula : s.span.end] if t.text == ";"]
        for a, b in zip(bounds, [*bounds[1:], s.span.end], strict=True):
            first = next((m for m in after if a < m.start < b), None)
            if first is None or first.kind != "name":
                return []
            chunks.append(first)
        drivers = chunks
    else:
        drivers = s.coordinated(after[0])
    noun = doc[k].lower_
    first = k - 1 if winning else k
    return [_heat(s, noun, m, min(first, m.start), max(end, m.end)) for m in drivers]


def _won(s: Sentence, k: int) -> list[HeatWin]:
    """'A and B won qualifying heat races', 'X won the B dash', 'X picked up a heat race win'."""
    doc, start = s.doc, s.span.start
    j = k - 1
    while j >= start and k - j <= BETWEEN_REACH and doc[j].lower_ in BETWEEN_WORDS:
        j -= 1
    if j < start:
        return []
    verb = doc[j].lower_
    end = _noun_end(s, k)
    if verb == "out" and j > start and doc[j - 1].lower_ in TAKING_OUT_VERBS:
        if not _heat_ends(s, end):
            return []  # "took out the heat one leader": a driver crashed into, no heat won
        j -= 1  # "took out heat one": the phrasal verb wins the heat it names
        verb = "won"
    if verb in TAKING_VERBS:
        if not any(t.lower_ in ("win", "wins", "victory", "victories") for t in doc[k + 1 : end]):
            return []  # "took the heat lead"
    elif verb not in WIN_VERBS:
        return []
    if verb == "winning" and j > start and doc[j - 1].lower_ in COPULAS:
        return []  # "was winning the heat": a running position
    before = j
    while before - 1 >= start and doc[before - 1].lower_ in ADVERBS:
        before -= 1
    last = next((m for m in reversed(s.mentions) if m.end == before), None)
    plural = doc[k].lower_.endswith("s") or doc[end - 1].lower_.endswith("s")
    if last is not None and last.kind == "name" and not s.after_preposition(last):
        drivers = s.coordinated(last)
    else:
        who = s.subject_before(j) if not plural else None
        drivers = [who] if who is not None else []
    if not drivers or any(m.driver is None for m in drivers):
        return []
    if len(drivers) > 1 and not plural:
        return []  # "A and B won the heat": which one, the words do not say
    noun = doc[k].lower_
    return [_heat(s, noun, m, min(m.start, j), end) for m in drivers]


def _heat_ends(s: Sentence, end: int) -> bool:
    """Whether the heat's name ends at `end` (past its number, 'heat two'): a stop word or a mark
    follows, not a noun the heat qualifies ('the heat leader', 'heat one pacesetter')."""
    doc = s.doc
    if end < s.span.end and doc[end].like_num:
        end += 1
    return end >= s.span.end or doc[end].is_punct or doc[end].is_stop or doc[end].lower_ == "ahead"


def _heat(s: Sentence, noun: str, winner: Mention, start: int, end: int) -> HeatWin:
    kind = "Dash" if noun.startswith("dash") else "Heat"
    race = f"{s.race} {kind.lower()}" if s.race else kind
    return HeatWin(
        f"{race} ({winner.driver})",
        winner.driver or "",
        s.index,
        s.evidence(start, end),
        start,
        end,
    )
