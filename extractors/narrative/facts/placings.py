"""Placings stated in prose: winners, finishing positions, pole position and grid slots, and who
made it through to the next stage.

Each placing phrase ('took the win', 'crossed the line fourth', 'completed the podium', 'made up
the final qualifiers', 'took pole position') belongs to the driver acting in its sentence; phrases
that also describe the running ('took fourth', 'in third') count only where the sentence tells the
finish. Runners-up follow from 'won ... from X', 'took the win ahead of X and Y', 'took fourth from
X', 'pipped X to second'. When one driver gets two placings in a race, the more explicit wins.
In English, the sentences with a cue are also read by their dependency parse (`grammar.py`):
a position word's verb of finishing and that verb's subject, 'Winning the X was Y', a race won
as a verb's object, 'with 3rd going to X'; these rank below the patterns' statements.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from extractors.name_gate import NOUN_ARTICLES
from extractors.names import NOT_NAME_WORDS
from extractors.narrative.class_openers import listed_classes
from extractors.narrative.components import is_name_word
from extractors.narrative.facts.context import (
    RESULT_PHRASES,
    WIN_PHRASES,
    Story,
    hypothetical_cues,
    is_supposition,
)
from extractors.narrative.facts.heats import HEAT_NOUNS, HeatWin, heat_wins
from extractors.narrative.facts.nations import TEAM_NOUNS
from extractors.narrative.grammar import Tree, parse
from extractors.narrative.lang import (
    ENGLISH,
    FIXED_PREFIX,
    PENALTY_KEY,
    all_numbers,
    all_ordinals,
    digit_ordinal,
    english_table,
    english_words,
    position_number,
)
from extractors.narrative.prose import Mention, Sentence
from extractors.narrative.quantities import count_word
from extractors.narrative.races import elided_ordinals, english_race_labels
from extractors.narrative.told_races import Told, number_told_races, session_heading
from extractors.records import Evidence, Status
from extractors.sections import CLASSIFICATION_RE, QUALIFYING_RE, SESSION_PATTERNS
from extractors.standings import POINT_WORDS

# Words before "for the win" that make it a contest, not a result: "the battle for the win"
CONTEST_WORDS = english_words("placings", "contest_words")
# verbs of a fight for places ('battled for second and third'): the places sought, no result
CONTEST_VERBS = english_words("placings", "contest_verbs")
# "finished second in his semi-final", "placed third in his heat race": a driver's own
# preliminary race, which the article does not tell as a race of its own
OWN_PRELIMINARY_RE = re.compile(
    r"^(?:place\s+|position\s+)?in\s+(?:his|her|their)\s+(?:own\s+)?(?:"
    + "|".join(
        re.escape(w).replace("\\-", "[- ]?")
        for w in sorted(english_words("placings", "own_preliminary_nouns"), key=len, reverse=True)
    )
    + r")\b",
    re.IGNORECASE,
)
# "crossed the line fourth, but was relegated one place": the place crossed is not the result,
# and the text does not say which place is
DEMOTION_VERBS = english_words("placings", "demotion_verbs")
DEMOTED_BY_RE = re.compile(
    r"\b(?:" + "|".join(sorted(DEMOTION_VERBS)) + r")\s+(?:by\s+)?(?:one|two|three|four|five|a|"
    r"\d{1,2})\s+(?:place|places|position|positions|spot|spots)\b",
    re.IGNORECASE,
)
# Nouns that make an ordinal something other than a position: "the third lap", "the second row"
NOT_POSITION_NOUNS = english_words("placings", "not_position_nouns")
ORDINALS = english_table("placings", "ordinals")
# Nouns a position in digits follows: "auf Platz 4", "op plaats 3", "na miejscu 2"
POSITION_NOUNS = frozenset(
    {
        "platz",
        "rang",
        "position",
        "positie",
        "plaats",
        "miejscu",
        "pozycji",
        "posizione",
        "puesto",
        "p",
    }
)
# Nouns a position in digits comes before: "na 11 miejscu", "podsumował 8 miejscem"
POSITION_NOUNS_AFTER = frozenset(
    {"miejscu", "miejscem", "miejsce", "pozycji", "pozycję", "lokacie"}
)
# Words of the object between a verb of leaving and the place it left the object in at most
# ('deixando o seu companheiro na 3ª posição')
LEAVE_REACH = 4
# "claimed gold", "silver went to X": the place each medal stands for
MEDALS = english_table("placings", "medals")
# Words after a medal that make it a class or a cup, not a place: "took the gold class win"
MEDAL_CLASS_WORDS = english_words("placings", "medal_class_words")
# "driven by A, B and C": the verbs that give a car its crew
CREW_VERBS = english_words("placings", "crew_verbs")
# "A Lind and B Moss had a fine run to 16th": the function words (stop words) that may be the
# verb right after a crew's names; any other verb after them is a word no stop list holds
CREW_FUNCTION_VERBS = english_words("placings", "crew_function_verbs")
# "the sidecar final", "his co-driver": words of a discipline raced by crews of two (a driver
# and co-driver, a driver and passenger), whose names a report pairs with 'and'
CREW_DISCIPLINE_WORDS = english_words("placings", "crew_discipline_words")
# "was won by X", "had been won by X": the words before a passive 'won'
PASSIVE_AUXILIARIES = english_words("placings", "passive_auxiliaries")
# "was just pipped for the win": a passive participle of losing before 'for the win'
BEATEN_PARTICIPLES = english_words("placings", "beaten_participles")
# "the pole was won by X", "the title was won by X": what a passive win's subject may be that
# is no race
NOT_WON_RACE_WORDS = english_words("placings", "not_won_race_words")
# "qualified eight and tenth": the verbs of a qualifying order a place may complete
QUALIFIED_WORDS = english_words("placings", "qualified_words")
# "Turner led Harris home": the verbs of a winner leading the runner-up to the flag
LEADING_VERBS = english_words("placings", "leading_verbs")
# "beat X to the win", "beat X to the line": the subject won
FINISH_NOUNS = english_words("placings", "finish_nouns")
# "beat X to the heat win": a race noun may name whose win it was
RACE_NOUNS = english_words("placings", "race_nouns")
POSSESSIVE_MARKS = frozenset({"'s", "\u2019s"})
OWNER_REACH = 5  # the words of a team's name before its "'s"
# a class run as a race of its own ('The Cadet 9 class went to X')
CLASS_NOUNS = english_words("placings", "class_nouns")
# Words after a list of drivers that say all of them did it: "X and Y both went through"
GROUP_WORDS = english_words("placings", "group_words")
# Words of a finishing gap told between a driver and his position: "was a further 2.1s back"
GAP_WORDS = english_words("placings", "gap_words")
# "finished a lap down in tenth", "also two laps in arrears in 11th": a lapped finisher's gap
LAPPED_GAP_WORDS = english_words("placings", "lapped_gap_words")
FINISHED_GAP_WORDS = english_words("placings", "finished_gap_words")
# "Ben Myall in the Gerrel MK1 in third": the car (or team) a driver is told in, before his place
VEHICLE_PREPS = english_words("placings", "vehicle_preps")
VEHICLE_DETERMINERS = english_words("placings", "vehicle_determiners")
MAX_VEHICLE_WORDS = 4
# "12th on the starting grid": the words between 'on' and 'grid'
GRID_LEAD = english_words("placings", "grid_lead")
# "held off X for fifth": the words of a 'beat' phrase that keep a place rather than take one
HOLDING_WORDS = english_words("placings", "holding_words")
# "blew his engine while holding second place": a place held while something else happened
WHILE_WORDS = english_words("placings", "while_words")
WHILE_RUNNING_WORDS = english_words("placings", "while_running_words")
RUNNING_PARTICIPLES = english_words("placings", "running_participles")
# "ahead of second-place finisher X": a hyphened place before one of these nouns and a name
ATTRIBUTIVE_PLACE_NOUNS = english_words("placings", "attributive_place_nouns")
# Words between drivers listed together and their positions listed in the same order: "A and B
# were fourth and fifth"
RESPECTIVE_VERBS = english_words("placings", "respective_verbs")
# Words after 'the winner' that make it a title's: "was the winner of the championship"
SPAN_WORDS = english_words("placings", "span_words")
# Copulas of a clause that names its driver after the placing: "on the top step was X"
INVERTING_VERBS = english_words("placings", "inverting_verbs")
# Words that deny what follows them in a clause: "unable to grab the win", "couldn't make the move"
NEGATIONS = english_words("placings", "negations")
# Words of a race's name that make it a round drivers go through from ('Heat 2', 'Semi-Final A'):
# only there does 'went through' state a result of the race told
THROUGH_RACE_WORDS = english_words("placings", "through_race_words")
# "to finish in 15th" after "dropped to 18th": the finish the sentence goes on to state
FINISH_WORDS = english_words("placings", "finish_words")
# "the then fourth-placed X", "fourth-placed in the championship": a place that is not the finish
NOT_FINAL_WORDS = english_words("placings", "not_final_words")
HYPHENS = frozenset({"-", "\u2011", "\u2013"})
TOTAL_POINTS_REACH = 30  # the words before such a total where its points word stands
DASHES = HYPHENS | {"\u2014"}  # a total set off after a name: 'A (Klub) – 453'
# "took third place over Y": the word after a place that names the one driver it beat
BEATEN_WORDS = english_words("placings", "beaten_words")
# "..., beating X": the participle of a win that names the one driver beaten, at most this far
# after the win
BEATING_WORDS = english_words("placings", "beating_words")
BEATING_REACH = 12
# How many words may join two names of a win's subject ('A and reigning champion B won')
JOINT_REACH = 6
# "the pair of", "the Apex duo of": nouns of an entry of two drivers, at most this far before
PAIR_NOUNS = english_words("placings", "pair_nouns")
PAIR_REACH = 3
# How many words after a finish word its place may stand ('finish in a fine 15th')
FINISH_REACH = 4
# The grammar reader's words (`grammar.py`): verbs that state a finish whenever they take a
# position ("placed ninth", "came in fifth"), verbs that do only where the sentence tells the finish
# ("took fourth", "was sixth"), the nouns and prepositions between a position and its verb ("drove
# to a third-place finish"), win verbs and nouns, and words that make a position no race result
# ("third in the championship", "fifth in his heat", "started from 12th")
FINISH_VERBS = english_words("grammar", "finish_verbs")
RUNNING_VERBS = english_words("grammar", "running_verbs")
GRAMMAR_POSITION_NOUNS = english_words("grammar", "position_nouns")
POSITION_PREPS = english_words("grammar", "position_preps")
NOT_RESULT_WORDS = english_words("grammar", "not_result_words")
# "took his thirteenth victory of the series": verbs of taking a win noun, the words that may
# describe it between them (any word but these), how many, and the words before the verb that
# make the win one sought ("hoping to take the win")
TAKING_VERBS = english_words("grammar", "taking_verbs")
WIN_NOUNS = english_words("grammar", "win_nouns")
NOT_WIN_WORDS = english_words("grammar", "not_win_words")
SOUGHT_WORDS = english_words("grammar", "sought_words")
AFTER_WIN_WORDS = english_words("grammar", "after_win_words")
WIN_REACH = 6
SOUGHT_REACH = 4
# "X captured the second Ford feature": a verb of winning whose object is a race
GRAMMAR_WIN_VERBS = english_words("grammar", "win_verbs")
WON_RACE_NOUNS = english_words("grammar", "won_race_nouns")
# Words opening a phrase aside from the result: "finished fifth after a poor qualifying"
ASIDE_WORDS = english_words("grammar", "aside_words")
# "with 3rd going to X": a position that goes to a driver
GOING_VERBS = english_words("grammar", "going_verbs")
# "Winning the A-Feature was X": a win told as the subject of a copula
WINNING_WORDS = english_words("grammar", "winning_words")
COPULAS = english_words("grammar", "copulas")
# "took fifth, just behind X", "two places ahead of X": the driver a place is told against
RELATIVE_WORDS = english_words("grammar", "relative_words")
RELATIVE_ADVERBS = english_words("grammar", "relative_adverbs")
# "finished third, just ahead of X": X the next place
ADJACENT_ADVERBS = english_words("grammar", "adjacent_adverbs")
# How many words between a place and "behind X" at most
RELATIVE_REACH = 5
# "placed fifth in his heat race": a race of the driver's own that the text does not name
OWN_RACE_NOUNS = english_words("grammar", "own_race_nouns")
POSSESSIVES = english_words("grammar", "possessives")
# Conjunctions that open a clause of its own, so that a supposition ('if', 'needing to') before
# or after them is not the other clause's: "X took second, while Y needed fourth"
CLAUSE_OPENERS = english_words("placings", "clause_openers")
# "Victory in the finale went to X", "silver went to X": the nouns of what 'went to' a driver
WENT_TO_NOUNS = frozenset({"victory", "win", "pole", *MEDALS})
# "took top honours in Qualifying One": words naming a session that is no race, and how many
# words before them an aside word ('after a poor qualifying') may stand
SESSION_WORDS = english_words("placings", "session_words")
SESSION_ASIDE = 3
# "took the last qualifying spot": a place that qualifies for a later race, not a session's
SESSION_PLACE_NOUNS = english_words("placings", "session_place_nouns")
# Words that make the cue after them an adjective: "some much needed points"
DEGREE_WORDS = english_words("placings", "degree_words")
# How many words after a placing phrase "in his heat" may stand
OWN_RACE_REACH = 6
# words read after 'the second of' for the races it counts ('the second of the two HFF races')
OF_RACES_REACH = 4
OF_RACES_STOPS = frozenset({"in", "at", "on", "with", "by", "for", "from", "to"})
# "rounded out the top five in the final standings": a place in the standings, not in the race
STANDINGS_NOUNS = english_words("grammar", "standings_nouns")
STANDINGS_LEAD = english_words("grammar", "standings_lead")
# the last word of 'fourth in the series.': the standings, not a race of the series
STANDINGS_TAIL_NOUNS = english_words("placings", "standings_tail_nouns")
# The links from a position to its verb: 'finished fifth' (advmod), 'was sixth' (acomp), 'claim
# third place' (amod, dobj), 'came in fifth' (pobj, prep)
POSITION_LINKS = frozenset(
    {"advmod", "npadvmod", "dobj", "oprd", "attr", "acomp", "amod", "compound", "pobj", "prep"}
)
# "Cole finished sixth, 12th and third": the verbs a list of a driver's places (one per race)
# follows
LISTING_VERBS = english_words("placings", "listing_verbs")
# Words joining a list of places: "4ème, 5ème et 6ème", "second and third"
LIST_WORDS = english_words("placings", "list_words")
# "respectively" in English; the other languages' words are in their files
RESPECTIVELY = english_words("placings", "respectively")
# Words at most between a list of drivers and their places: "réalisent deux belles remontées et
# se classent"
PAIRED_GAP = 8
# How many tokens a driver's bracket ('(Apex Kart)', '(NED)', '(Team Vela – Vela Kart – TM)') may
# span before his place
BRACKET_REACH = 13
# 'gagne à deux reprises', 'vinse in due occasioni', 'ganó en dos ocasiones': the prepositions
# a count of wins may follow, and the largest count read as one
COUNT_PREPOSITIONS = frozenset({"à", "a", "in", "en", "em"})
MAX_COUNTED_WINS = 12
# Words between a team noun and a placing phrase at most ('la squadra ha poi chiuso')
TEAM_SUBJECT_REACH = 3
# "P5" of "Kurz (P5)": a place written with P before it
ROMANCE = frozenset({"es", "fr", "it", "pt"})  # languages that capitalise no common noun

P_PLACE_RE = re.compile(r"^P([1-9]\d?)$")
# How many words before a win phrase its negation may stand
NEGATION_REACH = 8
# How many words after a place a lap may be told at ('deuxième au 10e tour')
LAP_REACH = 4
# How many words before the driver of a cleft win its copula may stand ('È proprio X a vincere')
CLEFT_REACH = 3
# How many words before a win phrase the duel or session won may be named
CONTEST_REACH = 4
# Words before a relative clause's comma in which its antecedent is sought ('oesie w Rzeszowie,')
RELATIVE_CONTEST_REACH = 4
# How many lower-case words may stand between a place opening its sentence and its driver
OPENING_PLACE_REACH = 7
# How many words an apposition between a place and its driver may span ('o estreante do dia,')
APPOSITION_REACH = 8
# How sure each kind of statement is, and which wins when a driver gets two placings in a race.
EXPLICIT, STATED, DERIVED, WEAK = 3, 2, 1, 0
# A result amended after the race ('was pushed back to third after the penalty', 'classified
# seventh') outranks the finish the same text told before it.
AMENDED = 4
# "werd ondanks zijn keuze voor regenbanden derde": the words a copula's place may come after
LATE_PLACE_REACH = 8
# Words between a standings phrase and the place after it ('in classifica generale al secondo')
STANDINGS_BEFORE_REACH = 2
# Words before a place fallen or risen to ('caiu para 13º') in which a penalty makes it amended
PENALTY_REACH = 30
QUALIFYING_SUFFIX = " qualifying"
# "pontos", "punti", "pts": a points word after a total
POINT_WORD_RE = re.compile(POINT_WORDS, re.IGNORECASE)
# Words before a place in which a points total makes it one in the standings
POINTS_BEFORE_REACH = 4


@dataclass
class Placing:
    """A driver's placing in a race (or its qualifying), or the statement that they went through."""

    race: str | None
    qualifying: bool
    driver: str
    position: int | None
    qualified: bool
    strength: int
    confidence: float
    evidence: Evidence
    sentence: int
    status: Status = "finished"  # "dnf": retired, no position
    at: int | None = None  # the token where the words of the place start

    @property
    def race_name(self) -> str | None:
        if not self.qualifying:
            return self.race
        return f"{self.race or 'Race'}{QUALIFYING_SUFFIX}"


def phrase_place(phrase) -> int | None:  # noqa: ANN001 - a spaCy Span
    """The place a placing phrase states: 6 for 'was sixth', 10 for 'rounded out the top 10'."""
    if phrase.id_ == "top":
        at = next((t.i + 1 for t in phrase if t.lower_ == "top"), None)
        if at is None or at >= phrase.end:
            return None
        word = phrase.doc[at].text
        return count_word(word) or position_number(word)
    return next((value for t in phrase if (value := ordinal(t.text)) is not None), None)


@functools.lru_cache(maxsize=1 << 16)  # asked of every token of many sentences
def ordinal(text: str) -> int | None:
    """1 for 'first', '1st', 'P1', and the other languages' 'primeiro', '1º', 'erster', '1er';
    None otherwise."""
    word = text.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    if word in all_ordinals():
        return all_ordinals()[word]
    if (value := digit_ordinal(word)) is not None:
        return value
    digits = word.lstrip("p").rstrip("stndrh")
    return (
        int(digits)
        if digits.isdigit() and (word[0] == "p" or word[-2:] in ("st", "nd", "rd", "th"))
        else None
    )


def _elided(word: str) -> str:
    """A word without the article elided onto it: "l'equipaggio" -> "equipaggio"."""
    return word.rsplit("'", 1)[-1].rsplit("\u2019", 1)[-1]


def read_placings(
    sentences: list[Sentence], *, number_races: bool = False, counts: Sequence[Told] = ()
) -> list[Placing]:
    """All placings the prose states, one per driver and race (the most explicit statement).
    With `number_races` (an article without race sections), races told one after another in
    prose outside any race each get their own race (`told_races`), sentences included; `counts`
    ('took both wins', `sweeps`) are winners' statements there and get their race too."""
    story = Story.of(sentences, place_of=phrase_place)
    trees = parse([s for s in sentences if _read(s) and _wants_tree(s, story.at_finish(s))])
    found: list[Placing] = []
    podium_claims: list[Placing] = []
    final_lap_leads: list[Placing] = []
    listed_claims: list[tuple[Placing, list[int]]] = []
    # the race of a pole told before any result, no win or finish told since: the qualifying
    # order is being told ('X foi o pole position ... A, B e C completaram o top 10')
    pole_race: list[str | None] = []
    result_told = False
    session: tuple[int, bool] | None = None  # (paragraph, past its end) telling a session
    # a report of crews of two (rally, sidecars): names paired with 'and' may be one crew
    crews = any(t.lower_ in CREW_DISCIPLINE_WORDS for s in sentences for t in s.span)
    for sentence in sentences:
        ids = {p.id_ for p in sentence.spans("placings")}
        session = _session_told(sentence, ids, session)
        if pole_race and sentence.race not in (None, pole_race[0]):
            pole_race.clear()  # another race's section
        told_pole = bool(pole_race)
        if pole_race and (ids & WIN_PHRASES or "win_after" in ids or sentence.has_cue("finish")):
            pole_race.clear()
        if "pole" in ids and not result_told and not ids & RESULT_PHRASES - {"line"}:
            pole_race[:] = [sentence.race]
        result_told = result_told or bool(ids & RESULT_PHRASES)
        if not _read(sentence):
            continue
        reader = _SentenceReader(
            sentence,
            story.at_finish(sentence),
            trees.get(sentence.index),
            after_pole=told_pole,
            in_session=session is not None,
            crews=crews,
        )
        reader.read()
        found.extend(reader.placings)
        listed_claims.extend(reader.listed)
        podium_claims.extend(reader.podium)
        final_lap_leads.extend(reader.leads)
    heats = heat_wins(sentences)
    found = [p for p in found if not _told_heat_win(p, heats)]
    found = [p for p in found if not _told_before(sentences, p)]
    if number_races:
        # a result amended after a penalty ('caiu para 13º') tells no race of its own: a win
        # told after it is the same race's, as it was run
        amended = [p for p in found if p.strength == AMENDED]
        stated = [p for p in found if p.strength != AMENDED]
        told = number_told_races(
            sentences, [*stated, *counts], [*podium_claims, *final_lap_leads, *amended]
        )
        found += _one_per_race(listed_claims, told)
    found += [
        Placing(h.race, False, h.driver, 1, False, STATED, 0.8, h.evidence, h.sentence, at=h.start)
        for h in heats
    ]
    placings = _best_per_driver(found)
    placings += _podium_inferred(placings, podium_claims)
    placings += _final_lap_winners(placings, final_lap_leads)
    return _flag_shared_positions(placings)


def _session_told(
    sentence: Sentence, ids: set[str], told: tuple[int, bool] | None
) -> tuple[int, bool] | None:
    """The paragraph a session is being told in, and whether it lasts past it. Outside English,
    a sentence with a session word of the language and no driver, place (but a grid's or pole),
    win, finish or race noun ('os pilotos entraram na pista para o treino classificatório ... X
    assumiu a pole. Y ficou em décimo') tells one to its paragraph's end; in any language, a
    paragraph that is only a session's name or a capitals lead-in naming one ('QUALIFYING.',
    'POLE IN QUALIFYING — X ...') tells one past it. Either ends at a win, a finish or a race
    noun told (a place alone ends nothing)."""
    vocab = sentence.vocab
    if ids & (RESULT_PHRASES - {"line"}) or sentence.has_cue("finish"):
        return None
    if session_heading(sentence):
        return (sentence.paragraph, True)
    words = {t.lower_ for t in sentence.span}
    if words & vocab.race_words:
        return None
    named = any(m.kind == "name" for m in sentence.mentions)
    quiet = not ids - {"grid", "pole", "opens"} and not named
    if vocab.code != ENGLISH and words & vocab.session_words and quiet:
        return (sentence.paragraph, False)  # the session itself told, no driver's day
    if told is not None and (told[1] or told[0] == sentence.paragraph):
        return (sentence.paragraph, told[1])
    return None


def _qualifying_section(name: str | None) -> bool:
    """A section headed by a qualifying session of its own ('Qualificação', 'Qualifiche'), not a
    race raced for places ('Qualifying Heat 1', 'Qualifying race') nor a word that also names a
    classification ('Clasificación'): its places are the grid's."""
    found = QUALIFYING_RE.search(name) if name else None
    if found is None or CLASSIFICATION_RE.search(name):
        return False  # 'Clasificación' is a results or standings heading too
    rest = f"{name[: found.start()]} {name[found.end() :]}"
    return not any(pattern.search(rest) for _, pattern in SESSION_PATTERNS)


def _told_before(sentences: list[Sentence], placing: Placing) -> bool:
    """A place told in the pluperfect ('X, who had finished fifth', 'qui avait fini 5e'): the
    language's auxiliary opens the words of the place or stands right before them. It tells an
    earlier race, not a result of the race told, unless the sentence names that race and the
    place is given to it ('after Y had won the sprint')."""
    if placing.at is None:
        return False
    sentence = next((s for s in sentences if s.index == placing.sentence), None)
    if sentence is None or not sentence.vocab.pluperfect_auxiliaries:
        return False
    if any(race == placing.race for _, race in sentence.named_races):
        return False  # 'after Y had won the sprint': the earlier race is named, its result told
    first = max(sentence.span.start, placing.at - 1)
    return any(
        sentence.doc[k].lower_ in sentence.vocab.pluperfect_auxiliaries
        for k in range(first, min(sentence.span.end, placing.at + 1))
    )


def _told_heat_win(placing: Placing, heats: list[HeatWin]) -> bool:
    """A win the placing readers took from words that tell a heat's win ('with A and B winning
    heat races'): the heat's, a race of its own, not the race being told."""
    return placing.position == 1 and any(
        h.sentence == placing.sentence
        and h.driver == placing.driver
        and placing.at is not None
        and h.start <= placing.at < h.end
        for h in heats
    )


def _read(sentence: Sentence) -> bool:
    """Whether a sentence's placings are read: not in a supposition ('X could finish fourth'),
    which in English sets aside only the clauses that suppose (`_SentenceReader.supposed`)."""
    return sentence.vocab.code == ENGLISH or not is_supposition(sentence)


def _wants_tree(sentence: Sentence, at_finish: bool) -> bool:
    """Whether the grammar reader parses a sentence: English, a driver named, a position word
    (`_grammar_cues`) and a verb of finishing (or, at the finish, of taking)."""
    if sentence.vocab.code != ENGLISH or not any(m.driver for m in sentence.mentions):
        return False
    if sentence.span[0].lower_ in WINNING_WORDS:
        return True  # "Winning the A-Feature was X"
    words = [t.lower_ for t in sentence.span]
    if any(w in GRAMMAR_WIN_VERBS for w in words) and any(w in WON_RACE_NOUNS for w in words):
        return True  # "X captured the second Ford feature"
    verbs = FINISH_VERBS | RUNNING_VERBS | GOING_VERBS if at_finish else FINISH_VERBS
    return any(t.lower_ in verbs for t in sentence.span) and bool(_grammar_cues(sentence))


def _result_words(verb) -> list:  # noqa: ANN001
    """The words of a verb's own clause that say what its position is a place in ('second in
    the championship', 'fifth in qualifying'), not those of a clause or phrase aside ('after a
    poor qualifying', 'while Y started from pole')."""
    words = [verb]
    for child in verb.children:
        if child.dep_ in ("advcl", "conj", "ccomp", "relcl", "nsubj", "punct", "cc", "mark"):
            continue
        if child.lower_ in ASIDE_WORDS:
            continue
        words.extend(child.subtree)
    return words


def _grammar_cues(sentence: Sentence) -> list[int]:
    """The words that may state a position: ordinals that are no lap or row ('the third lap'),
    and no fraction ('one tenth ahead')."""
    doc, cues = sentence.doc, []
    nouns = NOT_POSITION_NOUNS | sentence.vocab.not_position_nouns
    for token in sentence.span:
        if ordinal(token.text) is None:
            continue
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        before = doc[token.i - 1] if token.i > sentence.span.start else None
        if before is not None and (before.like_num or count_word(before.text) is not None):
            continue
        if before is None and after == "," and token.is_alpha:
            continue  # "First, X made contact with Y": the order of the telling, no place
        if after == "of" and _counts_races(doc, token.i + 2, sentence.span.end):
            continue  # "In the second of the HFF races X drove ...": a race, no place
        if after not in nouns:
            cues.append(token.i)
    return cues


def _counts_races(doc, k: int, end: int) -> bool:  # noqa: ANN001
    """Whether the words from token k on ('the HFF races', 'two heats') name races before any
    punctuation: an ordinal 'of' them counts races ('the second of the races'), no place."""
    for token in doc[k : min(k + OF_RACES_REACH, end)]:
        word = token.lower_
        if token.is_punct or word in OF_RACES_STOPS:
            return False  # "fifth of the 30 cars in the race": the cars, counted
        if word in RACE_NOUNS or word in WON_RACE_NOUNS or word[:-1] in RACE_NOUNS | WON_RACE_NOUNS:
            return True
    return False


def _supposed_clauses(sentence: Sentence) -> set[int]:
    """The tokens of the clauses of a sentence that suppose ('if', 'needed to', 'could have'),
    'X took second, with Y needing to finish fourth' setting aside the second clause alone."""
    doc = sentence.doc
    cues = {
        i
        for c in hypothetical_cues(sentence)
        if not (c.start > sentence.span.start and doc[c.start - 1].lower_ in DEGREE_WORDS)
        for i in range(c.start, c.end)
    }
    return _clauses_with(sentence, cues)


def _race_word(word: str, race_words: frozenset[str]) -> bool:
    """A race word of the language or its plural ('finales', 'courses'; Italian 'gare',
    'batterie', the last letter changed)."""
    return word in race_words or any(
        word == w + "s" or (len(word) == len(w) > 3 and word[:-1] == w[:-1]) for w in race_words
    )


def _session_clauses(sentence: Sentence) -> set[int]:
    """The tokens of the clauses of an English sentence that tell a qualifying or practice
    session ('took top honours in Qualifying One, with X taking third place'), not those that
    set it aside ('finished fifth after a poor qualifying') or name a place that qualifies ('took
    the last qualifying spot in fourth')."""
    if sentence.vocab.code != ENGLISH:
        return set()
    doc, start = sentence.doc, sentence.span.start
    cues = {
        t.i
        for t in sentence.span
        if t.lower_ in SESSION_WORDS
        and not any(w.lower_ in ASIDE_WORDS for w in doc[max(start, t.i - SESSION_ASIDE) : t.i])
        and not (t.i + 1 < sentence.span.end and doc[t.i + 1].lower_ in SESSION_PLACE_NOUNS)
    }
    return _clauses_with(sentence, cues)


def _clauses_with(sentence: Sentence, cues: set[int]) -> set[int]:
    """The tokens of the clauses holding any of the `cues` (token indices): the sentence's
    stretches between punctuation or a conjunction that opens a clause ('but', 'while')."""
    if not cues:
        return set()
    marked: set[int] = set()
    clause: list[int] = []
    for token in sentence.span:
        if token.is_punct or token.lower_ in CLAUSE_OPENERS:
            clause = []
            continue
        clause.append(token.i)
        if token.i in cues or clause[0] in marked:
            marked.update(clause)
    return marked


class _SentenceReader:
    def __init__(
        self,
        sentence: Sentence,
        at_finish: bool,
        tree: Tree | None = None,
        *,
        after_pole: bool = False,
        in_session: bool = False,
        crews: bool = False,
    ) -> None:
        self.s = sentence
        # an English report of crews of two (`CREW_DISCIPLINE_WORDS`): see `crew_pair`
        self.crews = crews
        # outside English, a pole told in an earlier sentence of the race, no result since
        self.after_pole = after_pole
        # outside English, a sentence of a paragraph telling a session (`_session_told`)
        self.in_session_paragraph = in_session
        self.tree = tree
        self.doc = sentence.doc
        self.at_finish = at_finish
        self.placings: list[Placing] = []
        self.listed: list[
            tuple[Placing, list[int]]
        ] = []  # a place per race ('sixth, 12th and third')
        self.podium: list[Placing] = []
        self.leads: list[Placing] = []
        # "is second in the championship" places a driver in the standings, not in the race
        self.standings = {
            i for p in sentence.spans("standings", "STANDING") for i in range(p.start, p.end)
        }
        self.phrases = [
            p for p in sentence.spans("placings") if not self.standings & set(range(p.start, p.end))
        ]
        # phrases read with an earlier one ('son duel ... pour la 2e place')
        self.read_with: set[int] = set()
        self.supposed = _supposed_clauses(sentence)
        self.session = _session_clauses(sentence)
        # where a place told after a points total began: the places after it are standings too
        self.points_place: int | None = None

    def add(
        self,
        who: Mention | None,
        position: int | None,
        strength: int,
        confidence: float,
        start: int,
        end: int,
        *,
        qualifying: bool = False,
        qualified: bool = False,
        into: list[Placing] | None = None,
        status: Status = "finished",
        relative: bool = True,
        race: str | None = None,
    ) -> None:
        if who is not None and self.in_crew(who):
            who = self.crew_entry(who)  # "the No. 13 driven by A and B, who finished third"
        if who is not None and self.after_slash(who):
            who = self.slash_first(who)  # "the A/B Cobra won": the pair's entrant is A
        if who is None or who.driver is None or self.after_crew_noun(who) or self.team_named(who):
            return
        if self.after_ampersand(who):
            who = self.slash_first(who)  # "A & B took the win": the pair's entrant is A
            if who is None or who.driver is None:
                return
            if any(p.driver == who.driver for p in self.placings):
                return  # "from A & B": the pair placed once, as A
        told = set(range(start, end))  # the words of the place, not of its driver's clause
        if self.supposed & told:
            return  # "with the driver needing to finish fourth", "X might have been fifth"
        if self.counts_races(start, end):
            return
        if position is not None and self.demoted_after(end):
            return  # "crossed the line fourth, but was relegated one place": not the result
        if position is not None and self.in_own_preliminary(end):
            return  # "Solberg finished second in his semi-final": not the race the text tells
        if position is not None and self.fought_for(start):
            return  # "walkę o siódmą lokatę stoczyli X, Y i Z": a place fought for, not won
        if not qualifying and position is not None and self.completes_qualifying(start):
            qualifying = True  # "X qualified 3rd, with Y 4th"
        if not qualifying and (
            self.place_left(start)
            or self.place_before(end)
            or self.in_own_race(end)
            or self.in_standings(end)
            or self.after_points_place(start)
            or self.points_before(start)
            or self.total_after(who)
            or self.bracketed_total(who)
            or self.dashed_total(who)
            or self.in_session(start)
            or self.opened_by_session(start)
            or (position is not None and self.opened_by_standings(start, end))
            or self.on_grid(end)
            or self.on_the_road(end)
            or self.running_participle(start)
            or (position is not None and self.at_lap(end))
        ):
            return
        if into is None and (
            self.session & told or _qualifying_section(self.s.race) or self.in_session_paragraph
        ):
            qualifying = True  # "in Qualifying One, with X taking third place", or under a
            # 'QUALIFICAÇÃO' heading
        evidence = self.s.evidence(min(who.start, start), max(who.end, end))
        placing = Placing(
            race or self.s.race_for(start),
            qualifying,
            who.driver,
            position,
            qualified,
            strength,
            confidence,
            evidence,
            self.s.index,
            status,
            start,
        )
        (self.placings if into is None else into).append(placing)
        english = self.s.vocab.code == ENGLISH
        if english and relative and into is None and position and position > 1 and not qualifying:
            self.relative(who, position, max(end, who.end))

    def subject(self, index: int) -> Mention | None:
        """Who does what the words at `index` say (`Sentence.subject_before`), not a name joined
        after another's: a crew told as 'A z B' ('Jan Nowak z Adamem Kowalskim wygrali') has its
        driver A act, never the co-driver after the joiner; in English, a team or club after
        'of' ('Scott Mercer of Team Apex emerged victorious') is the name's before it."""
        who = self.s.subject_before(index)
        joiners = self.s.vocab.crew_joiners
        english = self.s.vocab.code == ENGLISH
        if not joiners and not english:
            return who
        joined = who or next((m for m in self.s.mentions if m.end == index), None)
        if joined is None or joined.start - 1 <= self.s.span.start:
            return who
        word = self.doc[joined.start - 1].lower_
        first = next((m for m in self.s.mentions if m.end == joined.start - 1), None)
        if word in joiners:
            return None if first is None else self.s.subject_before(first.end)
        if not english or word != "of" or first is None or first.kind != "name":
            return who
        return first if self.s.subject_before(first.end) is first else who

    def fought_for(self, start: int) -> bool:
        """Outside English, whether the place at `start` follows a contest noun and the word of
        what it was fought for ('walkę o siódmą lokatę', 'Kampf um Platz drei', 'strijd om de
        derde plaats'): the place of a fight, which the words do not give its winner."""
        vocab = self.s.vocab
        if not vocab.contest_prepositions:
            return False
        k = start - 1
        while k > self.s.span.start and self.doc[k].lower_ in vocab.articles:
            k -= 1
        return (
            k > self.s.span.start
            and self.doc[k].lower_ in vocab.contest_prepositions
            and self.doc[k - 1].lower_ in vocab.contest_nouns
        )

    def team_named(self, who: Mention) -> bool:
        """Outside English, a name right after 'Team' or the language's team noun ('il pilota
        dello Junior Team Apex Corse, che ha chiuso primo'): the team's, not a driver's."""
        if self.s.vocab.code == ENGLISH or who.start == 0:
            return False
        before = self.doc[who.start - 1].lower_
        return before in TEAM_NOUNS or before in self.s.vocab.team_nouns

    def place_left(self, start: int) -> bool:
        """'fighting his way from his 9th place': a place told after 'from' is one the driver
        left (a grid slot, a running position), not where they finished."""
        if self.s.vocab.code != ENGLISH or ordinal(self.doc[start].text) is None:
            return False
        k = start - 1
        if k > self.s.span.start and self.doc[k].lower_ in ("his", "her", "their", "the"):
            k -= 1
        return k >= self.s.span.start and self.doc[k].lower_ == "from"

    def place_before(self, end: int) -> bool:
        """'dropped to fifth before recovering to finish third': a place the driver held before
        doing something else is a running position (English)."""
        if self.s.vocab.code != ENGLISH or end + 1 >= self.s.span.end:
            return False
        return self.doc[end].lower_ == "before" and self.doc[end + 1].lower_.endswith("ing")

    def on_grid(self, end: int) -> bool:
        """'put him down in 12th on the grid', 'lined up fifth on the starting grid': a slot on
        the grid is no finish."""
        if self.s.vocab.code != ENGLISH or end >= self.s.span.end or self.doc[end].lower_ != "on":
            return False
        k = end + 1
        while k < self.s.span.end and self.doc[k].lower_ in GRID_LEAD:
            k += 1
        return k < self.s.span.end and self.doc[k].lower_ == "grid"

    def on_the_road(self, end: int) -> bool:
        """'was third on the road, was given a penalty': a place before the stewards' decision,
        which the classification after it replaces (English)."""
        if self.s.vocab.code != ENGLISH or end + 3 > self.s.span.end:
            return False
        return [t.lower_ for t in self.doc[end : end + 3]] == ["on", "the", "road"]

    def running_participle(self, start: int) -> bool:
        """'running comfortably in third', 'sitting in fourth place': a place right
        after a participle of the running (one word of how between at most) is a running
        position, no finish (English)."""
        if self.s.vocab.code != ENGLISH:
            return False
        first, k = self.s.span.start, start - 1
        if self.doc[start].lower_ != "in" and k >= first and self.doc[k].lower_ == "in":
            k -= 1
        for _ in range(2):
            if k < first or not self.doc[k].is_alpha:
                return False
            if self.doc[k].lower_ in RUNNING_PARTICIPLES:
                return True
            k -= 1
        return False

    def at_lap(self, end: int) -> bool:
        """Outside English, a place told at a lap right after it ('était deuxième au 10e tour',
        'era secondo al giro 5'): a running position, no finish."""
        vocab = self.s.vocab
        words = self.doc[end : min(end + LAP_REACH, self.s.span.end)]
        numbered = [t for t in words if t.like_num or ordinal(t.text) is not None]
        return bool(numbered) and any(t.lower_ in vocab.lap_nouns for t in words)

    def in_own_race(self, end: int) -> bool:
        """'Eli placed fifth in his heat race': a place in a race of the driver's own (a heat
        the text does not name) is no place in the race being told; in the other languages
        their own words and heats ('w swoim półfinale')."""
        vocab = self.s.vocab
        english = vocab.code == ENGLISH
        owns = POSSESSIVES if english else vocab.own_words
        nouns = OWN_RACE_NOUNS if english else vocab.own_race_nouns
        words = [t.lower_ for t in self.doc[end : min(end + OWN_RACE_REACH, self.s.span.end)]]
        return any(
            w in owns and any(n in nouns for n in words[k + 1 : k + 3]) for k, w in enumerate(words)
        )

    def in_standings(self, end: int) -> bool:
        """'Mortara rounded out the top five in the final standings', 'finished second in the
        drivers' championship': the place the words name is in the standings. Outside English,
        a standings phrase of the language or a points total right after the place, or a session
        that is no race ('Rang 11 im Qualifying')."""
        if self.points_in_brackets(end):
            return True
        if self.s.vocab.code != ENGLISH:
            return self.in_standings_elsewhere(end)
        last = self.s.span.end
        if end < last and self.doc[end].lower_ == "overall":
            end += 1  # "hung on to fourth place overall in the series"
        if end >= last or self.doc[end].lower_ != "in":
            return False
        k = end + 1
        while k < last and self.doc[k].lower_ in STANDINGS_LEAD:
            k += 1
        if k > end + 1 and k < last and self.doc[k].lower_ in STANDINGS_NOUNS:
            return True
        # "fourth in the series, the best ...": the series or season itself, no race of it
        return (
            self.doc[k - 1].lower_ in STANDINGS_TAIL_NOUNS
            and self.doc[k - 2].lower_ == "the"
            and (k >= last or self.doc[k].is_punct)
        )

    def counts_races(self, start: int, end: int) -> bool:
        """'Pierwszy wyścig wygrał A, a drugi B': a lone ordinal word in a sentence that counts
        its races with ordinals ('the first race') may count the races too, so it is no place."""
        if end - start != 1 or ordinal(self.doc[start].text) is None:
            return False
        if self.doc[start].text[:1].isdigit():
            return False
        if any(c.id_ == "finish" and c.start == end for c in self.s.spans("cues", "CUE")):
            return False  # "a drugi na mecie był B": second at the finish, a place
        nouns = self.s.vocab.race_nouns
        return any(
            ordinal(t.text) is not None and t.nbor(1).lower_ in nouns
            for t in self.doc[self.s.span.start : self.s.span.end - 1]
            if t.i != start
        )

    def points_in_brackets(self, end: int) -> bool:
        """'Lemoine prend la 5e place (45)', 'sits fourth (38)': a bare number in brackets
        right after the place's words (not after a name: 'vor X (16)' is an age) is a points
        total, so the place is one in the standings."""
        if end + 2 >= self.s.span.end or any(m.end == end for m in self.s.mentions):
            return False
        opening, number, closing = self.doc[end : end + 3]
        return opening.text == "(" and closing.text == ")" and number.text.isdigit()

    def in_standings_elsewhere(self, end: int) -> bool:
        """Outside English, a place the words right after name as one in the standings ('quedó
        décimo en el campeonato', 'Drugą lokatę w podsumowaniu sezonu zajął X': a standings
        phrase of the language) or given with a points total ('figura em terceiro com 178
        pontos'), or as one in a session that is no race ('Rang 11 im Qualifying')."""
        if any(end <= q.start <= end + 1 for q in self.s.spans("standings", "STANDING")):
            return True
        after = self.doc[end : min(end + 2, self.s.span.end)]
        if any(t.lower_ in self.s.vocab.session_words for t in after):
            return True
        words = self.doc[end : min(end + 4, self.s.span.end)]
        k = 1 if len(words) and words[0].lower_ in self.s.vocab.total_words else 0
        return (
            len(words) > k + 1
            and words[k].like_num
            and POINT_WORD_RE.fullmatch(words[k + 1].text) is not None
        )

    def total_after(self, who: Mention) -> bool:
        """Outside English, a points total right after the driver placed, in a paragraph that
        has told the standings before or in the sentence ('El segundo puesto en el ranking fue
        para A con 116 puntos. Tercero fue B con 110, ...'): the place is one in the standings,
        not in a meeting ranked by its heats' points. A bare number counts only where a list
        word, a punctuation mark or the sentence end follows it, as a time or a margin has its
        unit ('con 5 segundos')."""
        vocab, end = self.s.vocab, self.s.span.end
        k = who.end
        if vocab.code == ENGLISH or k + 1 >= end or self.doc[k].lower_ not in vocab.total_words:
            return False
        standings = self.doc.spans.get("standings", [])
        if not any(q.label_ == "STANDING" and q.end <= who.start for q in standings):
            return False
        number = self.doc[k + 1]
        if not number.is_digit:
            return False
        after = self.doc[k + 2] if k + 2 < end else None
        return (
            after is None
            or (after.is_punct and after.text not in ("'", "’", "″", "”", '"'))
            or after.lower_ in vocab.list_words
            or POINT_WORD_RE.fullmatch(after.text) is not None
        )

    def bracketed_total(self, who: Mention) -> bool:
        """'In der Gesamtwertung führt A ... Zweiter ist B (30), Dritter C (22)': a bare number in
        brackets right after the driver placed, in a paragraph that has told the standings
        before, is his points total: a place in the standings."""
        k, end = who.end, self.s.span.end
        if k + 2 >= end or self.doc[k].text != "(" or self.doc[k + 2].text != ")":
            return False
        if not self.doc[k + 1].is_digit:
            return False
        standings = self.doc.spans.get("standings", [])
        return any(q.label_ == "STANDING" and q.end <= who.start for q in standings)

    def dashed_total(self, who: Mention) -> bool:
        """Outside English, a bare number after a dash right after the driver placed (past his
        club in brackets), in a sentence that counts points or follows one that does ('… 500
        pkt., drugi A (Klub) – 453, a trzeci B – 260'): a place in the standings, not a race's."""
        vocab, end = self.s.vocab, self.s.span.end
        k = self.past_brackets(who.end)
        if vocab.code == ENGLISH or k + 1 >= end or self.doc[k].text not in DASHES:
            return False
        if not self.doc[k + 1].is_digit:
            return False
        after = self.doc[k + 2] if k + 2 < end else None
        if not (after is None or after.is_punct or after.lower_ in vocab.list_words):
            return False
        told = self.doc[max(0, who.start - TOTAL_POINTS_REACH) : who.start]
        return any(POINT_WORD_RE.fullmatch(t.text) for t in told)

    def points_before(self, start: int) -> bool:
        """'A schiebt sich mit 2,87 Punkten Vorsprung auf Platz 1 vor B', 'sits on 71 points in
        second': a points total right before the place makes it one in the standings."""
        told = self.doc[max(self.s.span.start, start - POINTS_BEFORE_REACH) : start]
        if any(
            t.like_num and k + 1 < len(told) and POINT_WORD_RE.fullmatch(told[k + 1].text)
            for k, t in enumerate(told)
        ):
            self.points_place = start
            return True
        return False

    def after_points_place(self, start: int) -> bool:
        """'... auf Platz 1 vor B und C': the places after one in the standings by its points
        total ('points_before') are in the standings too."""
        return self.points_place is not None and start > self.points_place

    def standings_before(self, start: int) -> bool:
        """Outside English, a standings phrase of the language right before the place ('e in
        classifica generale al secondo posto'): a place in the standings."""
        return self.s.vocab.code != ENGLISH and any(
            start - STANDINGS_BEFORE_REACH <= q.end <= start
            for q in self.s.spans("standings", "STANDING")
        )

    def opened_by_standings(self, start: int, end: int) -> bool:
        """Outside English, a place in a sentence that opens with a standings phrase of the
        language set off by a comma ('Au classement général, X reste 4e'): a place in the
        standings, none in the race, unless a race is named right after it ('..., troisième
        des deux manches')."""
        vocab, first, doc = self.s.vocab, self.s.span.start, self.doc
        if vocab.code == ENGLISH:
            return False
        after = doc[end : min(end + 4, self.s.span.end)]
        if any(_race_word(t.lower_, vocab.race_words) for t in after):
            return False  # 'troisième des deux manches', 'quarto in tutte e due le gare'
        return any(
            q.start == first and q.end < start and doc[q.end].text == ","
            for q in self.s.spans("standings", "STANDING")
        )

    def opened_by_session(self, start: int) -> bool:
        """Outside English, a place in a sentence that opens with a session word of the
        language ('Kwalifikacje X ukończył na drugim miejscu', 'In de kwalificatie ... eindigde
        hij op een 22ste plaats'), told before any race noun: a place in that session."""
        vocab, first = self.s.vocab, self.s.span.start
        if vocab.code == ENGLISH:
            return False
        k = first
        while k < first + 2 and self.doc[k].lower_ in vocab.object_words | vocab.articles:
            k += 1
        if k >= start or self.doc[k].lower_ not in vocab.session_words:
            return False
        races = vocab.race_words
        return not any(t.lower_ in races for t in self.doc[k + 1 : start])

    def in_session(self, start: int) -> bool:
        """Outside English, a placing told right after a preposition or an article and a
        session word of the language ('W kwalifikacjach najlepszy okazał się X', 'im Qualifying
        war X Dritter', 'eindigde de kwalificatie als zevende'): a place in qualifying or
        practice, no result."""
        if self.s.vocab.code == ENGLISH:
            return False
        vocab = self.s.vocab
        before = self.doc[max(self.s.span.start, start - 3) : start]
        return any(
            t.lower_ in vocab.session_words
            and t.i > self.s.span.start
            and self.doc[t.i - 1].lower_ in vocab.object_words | vocab.articles
            for t in before
        )

    def in_crew(self, who: Mention) -> bool:
        """'the No. 7 car driven by A, B and C, who finished third': the place is the car's, and
        the crew's names alone do not say which car."""
        first = self.s.coordinated(who)[0]
        return (
            first.start >= 2
            and self.doc[first.start - 1].lower_ == "by"
            and self.doc[first.start - 2].lower_ in CREW_VERBS
        )

    def after_slash(self, who: Mention) -> bool:
        """'the A/B Cobra won': whether an English mention is the second of a pair."""
        k = who.start - 1
        return self.s.vocab.code == ENGLISH and k > self.s.span.start and self.doc[k].text == "/"

    def after_ampersand(self, who: Mention) -> bool:
        """'A & B took the win': whether a mention is the second of a named pair
        (a sidecar crew, a shared car)."""
        k = who.start - 1
        return (
            k > self.s.span.start
            and self.doc[k].text == "&"
            and any(m.end == k for m in self.s.mentions)
        )

    def slash_first(self, second: Mention) -> Mention | None:
        """The first of an 'A/B' (or 'A & B') pair, whose row it is (the pair's entrant), when
        the text names A; None otherwise (whose row it is stays unsaid)."""
        return next((m for m in self.s.mentions if m.end == second.start - 1), None)

    def after_crew_noun(self, who: Mention) -> bool:
        """'vince l'equipaggio A - B, seguito da C e D', 'L'équipage X emmené par A et B se classe
        5e': after the language's crew noun the places are the shared cars', and which names
        share a car the words do not settle."""
        crew = self.s.vocab.crew_nouns
        return bool(crew) and any(
            _elided(t.lower_) in crew for t in self.doc[self.s.span.start : who.start]
        )

    def crew_entry(self, member: Mention) -> Mention | None:
        """The team entry a crew drives ('the No. 93 Porsche 911 RSR driven by A, B and C'):
        the car number named right before 'driven by', past the car's name; None otherwise."""
        first = self.s.coordinated(member)[0]
        k = first.start - 3  # the word before "driven by"
        while k >= self.s.span.start and k >= first.start - 3 - MAX_VEHICLE_WORDS:
            entry = next((m for m in self.s.mentions if m.end == k + 1), None)
            if entry is not None:
                return entry if entry.driver and entry.driver.startswith("No. ") else None
            if not (self.doc[k].text[:1].isupper() or self.doc[k].like_num):
                return None
            k -= 1
        return None

    def clause_end(self, after: int) -> int:
        """Where the clause after a phrase ends: at the next placing phrase or the sentence end."""
        later = [p.start for p in self.phrases if p.start >= after]
        return min(later) if later else self.s.span.end

    def followers(self, start: int, words: tuple[str, ...]) -> list[Mention]:
        """Drivers introduced by 'from X' / 'ahead of X and Y' from `start` to the clause end,
        or by 'seguito a 8 secondi da X e da Y' (a gap between the word and its agent)."""
        end = self.clause_end(start)
        if self.s.vocab.code == ENGLISH:  # "was third for Apex, and X rounded off the top ten
            # following a fight from Y": a 'from' after another name is that name's clause's
            end = min([end, *(m.start + 1 for m in self.s.mentions if start < m.start < end)])
        found = self.s.introduced(start, end, words)
        if found or "ahead" not in words:
            return found
        return self.followed_after_gap(start, end)

    def followed_after_gap(self, start: int, end: int) -> list[Mention]:
        """Outside English, 'seguito a 8 secondi di distacco da X e da Y', 'suivi à 2 secondes
        par X': the drivers after the agent word of a 'followed' told with a time gap between,
        right after the driver placed (no other driver named between)."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH:
            return []
        timed = {i for q in self.s.spans("times") for i in range(q.start, q.end)}
        for k in range(start, end):
            if self.doc[k].lower_ not in vocab.followed_at:
                continue
            if any(start <= m.start < k for m in self.s.mentions):
                return []  # "... sur Y, talonné à 0,2s par Z": Y is the one followed
            j, gap = k + 1, False
            while j < end and j - k <= 8 and self.doc[j].lower_ not in vocab.agent_words:
                if not (j in timed or self.doc[j].text[:1].islower() or self.doc[j].like_num):
                    return []
                gap, j = gap or j in timed, j + 1
            first = self.s.mention_at(j + 1) if gap and j < end else None
            if first is None:
                return []
            return self.s.coordinated(first) if first.kind == "name" else [first]
        return []

    def not_position(self, word: str) -> bool:
        """A noun that makes the ordinal before it no position: 'third lap', 'segunda volta'."""
        return word in NOT_POSITION_NOUNS or word in self.s.vocab.not_position_nouns

    def position_of(self, span) -> int | None:  # noqa: ANN001
        if self.listed_place(span.start) or self.lists_places(span.end):
            return None
        for token in reversed(list(span)):
            value = ordinal(token.text)
            if value is None and token.text == "." and token.i > span.start:
                before = self.doc[token.i - 1]  # "na 2. miejscu": the number and its dot
                value = int(before.text) if before.is_digit and not before.whitespace_ else None
            if value is None and token.i > span.start:
                noun = self.doc[token.i - 1].lower_  # "auf Platz 4", "na miejscu 3", "Platz sechs"
                number = int(token.text) if token.is_digit else position_number(token.text)
                value = number if noun in POSITION_NOUNS else None
            if value is None and token.is_digit and token.i + 1 < span.end:
                noun = self.doc[token.i + 1].lower_  # "na 11 miejscu"
                value = int(token.text) if noun in POSITION_NOUNS_AFTER else None
            if value is not None:
                after = self.doc[span.end].lower_ if span.end < len(self.doc) else ""
                return None if self.not_position(after) else value
        return None

    def read(self) -> None:
        if self.tree is not None and (self.inverted_win(self.tree) or self.race_won(self.tree)):
            self.at_finish = True  # "X captured the feature while Y took second"
        if self.s.vocab.code == ENGLISH and self.led_home():
            self.at_finish = True  # "X led Y home, with Z in third"
        taken = self.bare_ordinals() if self.at_finish else set()
        if not self.at_finish:
            self.p_places()  # "Kurz (P5), Ota (P7)": a list of places is the finish itself
        paired = self.paired_ordinals()
        if self.at_finish:
            self.places_of()
        for p in self.phrases:
            if (
                any(start <= p.start < end for start, end in paired)
                or p.start in taken
                or p.start in self.read_with
            ):
                continue  # read with its list of drivers, or as the place of the driver before
            kind = p.id_
            if (
                kind == "place"
                and p[-1].lower_ == "placed"
                and p[-2].text in HYPHENS
                and self.s.mention_at(p.end, skip=0) is not None
            ):
                kind = "placed_before"  # "eventual fourth-placed X": the driver after it
            if kind in WIN_PHRASES:
                self.win(p)
            elif kind == "line":
                self.line(p)
            elif kind == "opens":
                self.opens(p)
            elif kind in ("took", "held", "moved", "place", "in") and self.at_finish:
                if kind == "moved" and self.lap_told_before(p.start):
                    continue  # "on lap 15 of 18 ..., dropping him to eighth": a running place
                self.position(p)
            elif kind == "amended" and self.at_finish:
                self.amended(p)
            elif kind == "dropped":
                # a place fallen to with no penalty before it is a move in the race: no place
                self.read_with.update(q.start for q in self.phrases if p.start < q.start < p.end)
                if self.penalised_before(p.start) and not self.at_lap(p.end):
                    self.amended(p)
            elif kind == "podium3":
                self.podium_rest(p)
            elif kind == "win_after":
                self.win_after(p)
            elif kind == "modal_win":
                self.modal_win(p)
            elif kind == "medal":
                self.medal(p)
            elif kind == "range":
                self.position_range(p)
            elif kind == "top":
                self.top(p)
            elif kind == "top_by":
                self.top_by(p)
            elif kind == "podium":
                self.add(
                    self.subject(p.start),
                    None,
                    WEAK,
                    0.6,
                    p.start,
                    p.end,
                    into=self.podium,
                )
            elif kind == "beat" and self.at_finish:
                self.beat(p)
            elif kind == "lead" and any(
                "lap" in c.text.lower() for c in self.s.spans("cues", "CUE") if c.id_ == "finish"
            ):
                self.add(self.subject(p.start), 1, WEAK, 0.6, p.start, p.end, into=self.leads)
            elif kind in ("pole", "pole_sitter", "grid", "alongside"):
                self.grid(p)
            elif kind == "qualifier":
                self.qualifier(p)
            elif kind == "promoted":
                self.promoted(p)
            elif kind == "went_to":
                self.went_to(p)
            elif kind == "lost" and self.at_finish:
                self.lost(p)
            elif kind == "prevailed" and self.at_finish:
                self.prevailed(p)
            elif kind == "retired":
                self.retired(p)
            elif kind == "disqualified":
                self.disqualified(p)
            elif kind == "placed_before" and self.at_finish:
                self.placed_before(p)
            elif kind.startswith(FIXED_PREFIX) and self.at_finish:
                self.fixed(p)
            elif kind == "cleft_win":
                self.cleft_win(p)
            elif kind == "class_wins":
                self.class_wins(p)
            elif kind == "class_wins_after":
                self.class_wins_after(p)
        if self.at_finish and self.s.vocab.place_copulas:
            self.late_places()
        if self.s.vocab.code == ENGLISH:
            self.taken_wins()
            self.elided_wins()
            self.places_per_race()
        if self.tree is not None:
            self.by_grammar(self.tree)

    def late_places(self) -> None:
        """Outside English, a clause that closes on its place after the language's copula and
        words of how ('Berry van Elk werd ondanks zijn keuze voor regenbanden derde', 'Daarna
        werd hij verrassend vijfde'): the copula's subject, or the pronoun or name right after
        it, took that place. No other driver, place or standings between."""
        vocab, doc = self.s.vocab, self.doc
        stops = vocab.list_words | vocab.clause_breaks
        for copula in self.s.span:
            if copula.lower_ not in vocab.place_copulas:
                continue
            after = next((m for m in self.s.mentions if m.start == copula.i + 1), None)
            k = copula.i + 1 if after is None else after.end
            start, end = k, min(self.s.span.end, k + LATE_PLACE_REACH)
            while k < end and not doc[k].is_punct and doc[k].lower_ not in stops:
                if any(m.start <= k < m.end for m in self.s.mentions):
                    break
                if ordinal(doc[k].text) is not None and not (
                    k + 1 < end and self.not_position(doc[k + 1].lower_)
                ):
                    break  # the place; "in de eerste ronde" goes on to it
                k += 1
            if k >= end or k == start or ordinal(doc[k].text) is None:
                continue  # no place, or right after the copula (the templates' 'werd derde')
            if k + 1 < self.s.span.end and not (
                doc[k + 1].is_punct or doc[k + 1].lower_ in vocab.list_words
            ):
                continue  # "werd in de derde ronde ...": the clause goes on, no place
            if k + 2 < self.s.span.end and ordinal(doc[k + 2].text) is not None:
                continue  # "met de zesde en achtste plaatsen": places of heats, listed
            if any(
                q.start <= k < q.end and (q.id_, len(q)) != ("opens", 1) for q in self.phrases
            ) or any(copula.i <= q.start < k for q in self.s.spans("standings")):
                continue
            who = after or self.subject(copula.i)
            if who is not None and not self.shared_place(who):
                self.add(who, ordinal(doc[k].text), STATED, 0.7, copula.i, k + 1)

    def lap_told_before(self, start: int) -> bool:
        """Whether an English sentence names a numbered lap ('on lap 15') before a place moved
        to: where the driver ran then, not where he finished."""
        return self.s.vocab.code == ENGLISH and any(
            c.id_ == "in_race" and c.end <= start and c[-1].like_num
            for c in self.s.spans("cues", "CUE")
        )

    def led_home(self) -> bool:
        """'Turner led Harris home': the subject won, the one driver led home second. Not a
        negated or supposed lead ('could not lead X home'), nor drivers listed ('led A and B
        home', an order only inferred)."""
        doc, found = self.doc, False
        for verb in self.s.span:
            if verb.lower_ not in LEADING_VERBS or verb.i + 1 >= self.s.span.end:
                continue
            second = self.s.mention_at(verb.i + 1, skip=0)
            if second is None or second.kind != "name" or second.end >= self.s.span.end:
                continue
            if doc[second.end].lower_ != "home" or self.negated(verb.i) is not None:
                continue
            if len(self.s.coordinated(second)) > 1:
                continue
            winner = self.subject(verb.i)
            if winner is None or winner.driver in (None, second.driver):
                continue
            self.add(winner, 1, STATED, 0.75, verb.i, second.end + 1)
            self.add(second, 2, STATED, 0.75, second.start, second.end + 1, relative=False)
            found = True
        return found

    def taken_wins(self) -> None:
        """'took his thirteenth victory of the series', 'claimed a second consecutive Challenge
        win': a verb of taking and a win noun with only the words that describe the win between
        (determiners, possessives, numbers and ordinals, adjectives, a series' name); the verb's
        subject won. Not where a win phrase already reads the words, nor a win sought ('a chance
        to take the win') or denied."""
        doc, end = self.doc, self.s.span.end
        read = {i for p in self.phrases for i in range(p.start, p.end)}
        for verb in self.s.span:
            if verb.lower_ not in TAKING_VERBS or verb.i in read:
                continue
            k = verb.i + 1
            while (
                k < end
                and k - verb.i <= WIN_REACH
                and doc[k].lower_ not in WIN_NOUNS
                and _describes_win(doc[k])
            ):
                k += 1
            if k >= end or doc[k].lower_ not in WIN_NOUNS or k in read or k == verb.i + 1:
                continue
            after = doc[k + 1].lower_ if k + 1 < end else ""
            if after in CONTEST_WORDS | SOUGHT_WORDS | AFTER_WIN_WORDS:
                continue  # "out of race win contention", "his win streak"
            if any(self.s.mention_at(j) for j in range(verb.i + 1, k)):
                continue  # "took Ugo Mele's win": another driver's
            before = doc[max(self.s.span.start, verb.i - SOUGHT_REACH) : verb.i]
            if any(t.lower_ in CONTEST_WORDS | SOUGHT_WORDS for t in before):
                continue
            if self.negated(verb.i) is not None:
                continue
            who = self.subject(verb.i)
            if self.joint_subject(who, verb.i):
                continue  # "the Apex team of A and B took home the win": the entry's
            self.add(who, 1, STATED, 0.7, verb.i, k + 1)

    def places_per_race(self) -> None:
        """'Cole finished sixth, 12th and third': a verb of finishing and a list of places that
        ends its clause, one driver its subject, no race named: a place per race, given its race
        once the article's races are counted (`_one_per_race`)."""
        if not any(t.lower_ in LISTING_VERBS for t in self.s.span):
            return  # the cheap cue first
        if english_race_labels(self.s):
            return
        tokens = list(self.s.span)
        for n, verb in enumerate(tokens[:-1]):
            if verb.lower_ not in LISTING_VERBS:
                continue
            values, end = self.ordinal_run(tokens, n + 1, LIST_WORDS)
            after = self.doc[end] if end < self.s.span.end else None
            if len(values) < 2 or (after is not None and not after.is_punct):
                continue
            who = self.subject(verb.i)
            if who is None or who.driver is None:
                continue
            if who.kind == "name" and len(self.s.coordinated(who)) > 1:
                continue  # "A and B finished second and third": read as respective places
            claim = Placing(
                self.s.race_for(verb.i),
                False,
                who.driver,
                None,
                False,
                DERIVED,
                0.6,
                self.s.evidence(min(who.start, verb.i), end),
                self.s.index,
                at=verb.i,
            )
            self.listed.append((claim, values))

    def elided_wins(self) -> None:
        """'X won the second race, before Y won the third': Y won the race the ordinal numbers
        (the sentence names the noun it leaves out)."""
        elided = elided_ordinals(self.s)
        labels = english_race_labels(self.s) if elided else []
        for k in elided:
            if any(at == k for at, _ in labels) and self.negated(k - 2) is None:
                self.add(self.subject(k - 2), 1, STATED, 0.7, k - 2, k + 1)

    def by_grammar(self, tree: Tree) -> None:
        """Positions read from the sentence's parse (`grammar.Tree`), added below the patterns'
        statements: a position word linked to a verb of finishing, given to that verb's subject
        ('Majors, who spots for X, was fourth', 'passed Y to claim third place')."""
        cues = _grammar_cues(self.s)
        for n, k in enumerate(cues):
            if k in self.standings:
                continue  # "grabbed second place on the leaderboard": a standings place
            token = head = tree.token(k)
            if any(c.dep_ == "conj" for c in token.children) or token.dep_ == "conj":
                # 'finished 2nd and 3rd in those races': one per race, read elsewhere; 'first in
                # the sprint race and third in the main race': each place names its race
                if not self.names_own_race(k, cues[n + 1] if n + 1 < len(cues) else None):
                    continue
                if token.dep_ == "conj" and n > 0:  # the verb of the place before it
                    head = tree.token(cues[n - 1])
            if token.dep_ == "nsubj" and token.head.lower_ in GOING_VERBS and self.at_finish:
                self.gone_to(tree, token, k)
                continue
            value, verb = ordinal(token.text), self.position_verb(tree, head)
            if verb is None or value is None or self.first_to_do(tree, k):
                continue
            if any(t.lower_ in NOT_RESULT_WORDS for t in _result_words(verb)):
                continue
            who = tree.subject(verb)
            if who is not None:
                self.add(who, value, DERIVED, 0.65, k, k + 1)

    def first_to_do(self, tree: Tree, k: int) -> bool:
        """'who is the first to put in back to back titles': an ordinal before 'to' and a verb
        tells who did something first, no place."""
        end = self.s.span.end
        return k + 2 < end and self.doc[k + 1].lower_ == "to" and tree.token(k + 2).tag_ == "VB"

    def names_own_race(self, k: int, following: int | None) -> bool:
        """Whether the place at token k names a race of its own before the next place: 'first
        in the sprint race and third in the main race' (a sentence outside any race section,
        whose races the prose tells one after another)."""
        if self.s.race is not None:
            return False
        stop = self.s.span.end if following is None else following
        return any(k < at < stop for at, _ in english_race_labels(self.s))

    def inverted_win(self, tree: Tree) -> bool:
        """'Winning the A-Feature was X', 'Taking race one was X': the driver the copula names
        won ('taking' and the like only with a race as their object)."""
        first = tree.token(self.s.span.start)
        if first.lower_ not in WINNING_WORDS or first.dep_ not in ("csubj", "ROOT"):
            return False
        objects = [c for c in first.children if c.dep_ == "dobj"]
        if first.lower_ != "winning" and not any(
            o.lower_ in WON_RACE_NOUNS | WIN_NOUNS for o in objects
        ):
            return False
        # "Winning X was Y" (a clausal subject), or "Taking X was Y" as the small model parses
        # it: the gerund the root and "was" its auxiliary
        verb = first.head if first.dep_ == "csubj" else first
        copula = verb if verb.lower_ in COPULAS else None
        if copula is None:
            copula = next((c for c in first.children if c.dep_ == "aux"), None)
        if copula is None or copula.lower_ not in COPULAS:
            return False
        named = [
            c
            for c in (*copula.children, *first.children)
            if c.dep_ in ("attr", "nsubj") and c.i > copula.i
        ]
        if len(named) != 1:
            return False
        who = tree.mention_at(named[0])
        self.add(who, 1, STATED, 0.75, self.s.span.start, self.s.span.start + 1)
        return who is not None

    def race_won(self, tree: Tree) -> bool:
        """'X captured the second Ford feature', 'X won the B dash': a verb of winning whose
        object is a race (not 'won two races', 'took the feature lead'); its subject won."""
        won = False
        for token in self.s.span:
            if token.lower_ not in WON_RACE_NOUNS:
                continue
            node = tree.token(token.i)
            verb = node.head
            if (
                node.dep_ != "dobj"
                or verb.lower_ not in GRAMMAR_WIN_VERBS
                or not verb.tag_.startswith("VB")
                or node.tag_ != "NN"  # "races": a count of wins, read by `sweeps`
                or any(c.dep_ in ("nummod", "compound") and c.like_num for c in node.children)
                or any(
                    c.lower_ in NOT_RESULT_WORDS
                    and not (c.i < node.i and c.lower_ in MEDAL_CLASS_WORDS)
                    for c in node.subtree
                )  # "won the opening Cooper S class race": a class's race is a race
            ):
                continue
            who = tree.subject(verb)
            if who is not None:
                self.add(who, 1, DERIVED, 0.65, verb.i + tree.offset, token.i + 1)
                won = True
        return won

    def gone_to(self, tree: Tree, token, k: int) -> None:  # noqa: ANN001
        """'with 3rd going to X': X took the place."""
        to = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "to"]
        objects = [c for c in to[0].children if c.dep_ == "pobj"] if len(to) == 1 else []
        if len(objects) == 1 and not any(c.dep_ == "conj" for c in objects[0].children):
            who = tree.mention_at(objects[0])
            self.add(who, ordinal(token.text), DERIVED, 0.65, k, k + 1)

    def relative(self, who: Mention, value: int, end: int) -> None:
        """'came through to take fifth, just behind X' (X fourth), 'two places ahead of X' (X
        sixth), 'claimed third place over X' (X fourth): the driver a place is told against,
        right after it in its clause. A bare 'ahead of X' does not say by how much and gives
        nothing."""
        stop = min(self.clause_end(end), end + RELATIVE_REACH + 2, self.s.span.end)
        k, places, adjacent = end, None, False
        while k < stop and self.doc[k].lower_ in RELATIVE_ADVERBS - {"in", "of"}:
            places = count_word(self.doc[k].text) or places
            adjacent = adjacent or self.doc[k].lower_ in ADJACENT_ADVERBS
            k += 1
        if k >= stop or self.doc[k].lower_ not in RELATIVE_WORDS | BEATEN_WORDS:
            return
        word = self.doc[k].lower_
        if word in BEATEN_WORDS and (
            places is not None or any(t.lower_ in ("lap", "laps") for t in self.doc[k:stop])
        ):
            return  # "third place over Y" only, not a pass on a lap
        k += 1
        while k < stop and self.doc[k].lower_ in ("of", "in", "front", "than"):
            k += 1
        other = self.s.mention_at(k)
        if other is None or other.driver in (None, who.driver):
            return
        if other.kind == "name" and len(self.s.coordinated(other)) > 1:
            return  # 'third behind A and B': a running order, or whose place is not said
        if word == "behind":
            target = value - (places or 1)
        elif word in BEATEN_WORDS:  # "claimed third place over Y": Y fourth
            target = value + 1
        elif places is not None:
            target = value + places  # "two places ahead of X", "one better than X"
        elif adjacent and word != "better":
            target = value + 1  # "finished third, just ahead of X": X fourth
        else:
            return
        if target >= 1:
            self.add(other, target, DERIVED, 0.65, other.start, other.end, relative=False)

    def position_verb(self, tree: Tree, token):  # noqa: ANN001, ANN201
        """The verb of finishing a position word belongs to, through position nouns and 'in',
        'into', 'to' only; None for any other link or verb."""
        verb = tree.verb_of(token, through=POSITION_LINKS)
        if verb is None:
            return None
        k = token.head
        while k.i != verb.i:
            if k.dep_ == "prep" and k.lower_ not in POSITION_PREPS:
                return None
            if k.tag_.startswith("NN") and k.lower_ not in GRAMMAR_POSITION_NOUNS:
                return None
            k = k.head
        word = verb.lower_
        return verb if word in FINISH_VERBS or (word in RUNNING_VERBS and self.at_finish) else None

    def paired_ordinals(self) -> list[tuple[int, int]]:
        """'A, B, C et D terminent respectivement 4ème, 5ème, 6ème et 7ème', 'A e B conquistaram
        o segundo e o terceiro lugares, respectivamente': a list of drivers and, after its
        verb, a list of as many places, in order. Only where a finishing phrase or
        'respectively' says these are results, never on a grid. Returns the token range read."""
        if any(p.id_ in ("grid", "pole") for p in self.phrases):
            return []
        tokens = list(self.s.span)
        joiners = LIST_WORDS | self.s.vocab.list_words | self.s.vocab.articles
        k = 0
        while k < len(tokens):
            values, end = self.ordinal_run(tokens, k, joiners)
            if len(values) < 2 and (read := self.noun_run_places(tokens, k, joiners)):
                return read  # "die Plätze zwei und drei", "auf Platz 2 und 3"
            if len(values) < 2:
                k += 1
                continue
            start = tokens[k].i
            who = [  # not a team in brackets the NER took for a name ('B (Sodi)')
                m
                for m in self.s.mentions
                if m.end <= start and m.kind == "name" and not self.s.in_brackets(m)
            ]
            opening = all(m.start >= start - 1 for m in who)  # none, or 'Rispettivamente' itself
            if opening and (fronted := self.fronted_respective(start, end, len(values))):
                for member, value in zip(fronted, values, strict=True):
                    self.add(member, value, EXPLICIT, 0.8, start, end)
                return [(start, fronted[-1].end)]
            if not who or not self.verb_only_between(who[-1].end, start):
                return []
            group = self.s.coordinated(who[-1])
            stated = any(t.lower_ in RESPECTIVELY | self.s.vocab.respectively for t in self.s.span)
            phrase = any(
                p.id_ in ("line", "place", "took", "held", "in") and start - 8 <= p.start < end
                for p in self.phrases
            )
            if len(group) != len(values) or not (stated or phrase):
                return []
            if self.contested(start):
                return []  # "A and B battled for second and third": places fought for
            for member, value in zip(group, values, strict=True):
                self.add(member, value, EXPLICIT, 0.8, member.start, end)
            return [(group[0].start, end)]
        return []

    def demoted_after(self, end: int) -> bool:
        """In English, whether the sentence goes on after a place at `end` to move it back by a
        count of places ('fourth, but was relegated one place'), which leaves the result untold."""
        if self.s.vocab.code != ENGLISH or end >= self.s.span.end:
            return False
        rest = self.doc[end : self.s.span.end]
        verb = next((t.i for t in rest if t.lower_ in DEMOTION_VERBS), None)
        if verb is None or any(end <= m.start < verb for m in self.s.mentions):
            return False  # another driver named between: the move is not this place's
        return DEMOTED_BY_RE.search(self.doc[verb : self.s.span.end].text) is not None

    def in_own_preliminary(self, end: int) -> bool:
        """In English, whether the words right after a place at `end` put it in the driver's own
        heat or semi-final ('finished second in his semi-final', 'third in his heat race')."""
        if self.s.vocab.code != ENGLISH or end >= self.s.span.end:
            return False
        if self.doc[end].lower_ not in ("in", "place", "position"):
            return False
        after = self.doc[end : min(end + 8, self.s.span.end)]
        return OWN_PRELIMINARY_RE.match(after.text) is not None

    def fought_for_win(self, start: int) -> bool:
        """In English, whether 'for the win' at `start` follows a verb of fighting, an adverb
        between at most ('A and B vied for the win', 'fought hard for the win')."""
        if self.s.vocab.code != ENGLISH:
            return False
        first = max(self.s.span.start, start - 2)
        return any(t.lower_ in CONTEST_VERBS for t in self.doc[first:start])

    def beaten_for_win(self, start: int) -> bool:
        """In English, whether 'for the win' at `start` follows a passive of losing, an adverb
        between at most ('was just pipped for the win'): the subject lost the win."""
        k = start - 1
        if self.s.vocab.code != ENGLISH or k - 1 <= self.s.span.start:
            return False
        if self.doc[k].lower_ not in BEATEN_PARTICIPLES:
            return False
        if self.doc[k - 1].lower_ == "just" or self.doc[k - 1].lower_.endswith("ly"):
            k -= 1  # "was narrowly beaten for the win"
        return k - 1 > self.s.span.start and self.doc[k - 1].lower_ in PASSIVE_AUXILIARIES

    def contested(self, start: int) -> bool:
        """'A and B battled for second and third (position)': in English, places right after a
        verb of fighting and 'for' (an article between) are places fought for, no result."""
        if self.s.vocab.code != ENGLISH:
            return False
        k = start - 1
        if k > self.s.span.start and self.doc[k].lower_ in ("the", "a"):
            k -= 1
        return (
            k > self.s.span.start
            and self.doc[k].lower_ == "for"
            and self.doc[k - 1].lower_ in CONTEST_VERBS
        )

    def noun_run_places(
        self, tokens: list, k: int, joiners: frozenset[str]
    ) -> list[tuple[int, int]]:
        """Outside English, a place noun of the language then a run of numbers ('belegen die
        Plätze zwei und drei', 'auf Platz 2 und 3 fuhren A und B', 'Auf den Plätzen zwei und
        drei folgten A und B'): as many drivers listed right after the verb that follows places
        opening their clause, or right before the places' verb, take them in order. Only after
        a word the language lists before such places ('auf', 'belegen'), never on a grid; a
        count that does not match gives nothing. Returns the token range read, [] when none."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH or tokens[k].lower_ not in vocab.place_run_nouns:
            return []
        if self.standings or any(p.id_ in ("grid", "pole") for p in self.phrases):
            return []  # "In der Meisterschaft liegen A und B auf den Plätzen zwei und drei"
        values, end = _value_run(tokens, k + 1, joiners, self.run_number, tokens[k].i + 1)
        if len(values) < 2 or values != sorted(set(values)):
            return []
        if end < len(self.doc) and self.not_position(self.doc[end].lower_):
            return []  # "Platz 2 und 3 Runden": no places
        start = tokens[k].i
        lead = start - 1
        while lead > self.s.span.start and self.doc[lead].lower_ in vocab.articles:
            lead -= 1
        if lead < self.s.span.start or self.doc[lead].lower_ not in vocab.place_run_leads:
            return []  # "von Platz zwei und drei losgefahren": a grid, or nothing said
        if self.running_cue_before(start):
            return []
        group: list[Mention] = []
        if self.opens_clause(lead):
            first = self.s.mention_at(end, skip=1)  # the places, their verb, the drivers
            if first is not None and first.kind == "name":
                group = self.s.coordinated(first)
        if not group:
            who = [
                m
                for m in self.s.mentions
                if m.end <= lead and m.kind == "name" and not self.s.in_brackets(m)
            ]
            if who and self.verb_only_between(who[-1].end, start):
                group = self.s.coordinated(who[-1])
        if len(group) != len(values) or any(m.driver is None for m in group):
            return []
        for member, value in zip(group, values, strict=True):
            self.add(member, value, EXPLICIT, 0.8, start, end)
        return [(min(start, group[0].start), max(end, group[-1].end))]

    def run_number(self, token) -> int | None:  # noqa: ANN001
        """A place written as a number after a place noun: digits ('2') or a number in words
        ('zwei'); None for anything else (an ordinal is read by the ordinal runs)."""
        if token.text.isdigit() and len(token.text) <= 2:
            return int(token.text) or None
        return position_number(token.text)

    def opens_clause(self, k: int) -> bool:
        """Whether token k opens its clause: the sentence's first word, or right after a comma
        or the language's 'and'."""
        if k <= self.s.span.start:
            return True
        before = self.doc[k - 1]
        return before.text == "," or before.lower_ in LIST_WORDS | self.s.vocab.list_words

    def fronted_respective(self, start: int, end: int, count: int) -> list[Mention]:
        """Outside English, 'Respectivement 4e et 7e, A et B ont ...', 'Rispettivamente terzo e
        quinto, A e B', 'Quarto e quinto A e B': places told first after the language's
        'respectively' (then a comma) or opening the sentence, then as many drivers listed, who
        take them in order; [] otherwise."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH or end >= self.s.span.end:
            return []
        if start == self.s.span.start:  # 'Quarto e quinto A e B': the places open the sentence
            after = end + (self.doc[end].text == ",")
        elif self.doc[start - 1].lower_ in vocab.respectively and self.doc[end].text == ",":
            after = end + 1
        else:
            return []
        first = self.s.mention_at(after, skip=0)
        if first is None or first.kind != "name" or first.driver is None:
            return []
        group = self.s.coordinated(first)
        return group if len(group) == count else []

    def ordinal_run(self, tokens: list, k: int, joiners: frozenset[str]) -> tuple[list[int], int]:
        """The places listed from token k on ('4ème, 5ème et 6ème', 'o segundo e o terceiro')
        and the index after the last; none when a noun makes them laps or rows."""
        values, end = _value_run(tokens, k, joiners, lambda token: ordinal(token.text), k)
        if not values:  # no place at token k (most tokens): nothing to check after it
            return values, end
        after = self.doc[end].lower_ if end < len(self.doc) else ""
        return ([] if self.not_position(after) else values), end

    def verb_only_between(self, start: int, end: int) -> bool:
        """Only lower-case words and commas (a verb, 'respectively', ', que foram') between a
        list of drivers and its list of places, once the last driver's brackets are passed
        ('B (Sodikart) se placent en')."""
        between = self.doc[self.past_brackets(start) : end]
        return len(between) <= PAIRED_GAP and all(
            t.text[:1].islower() or t.text == "," for t in between
        )

    def bare_ordinals(self) -> set[int]:
        """'with Lemaire third and Adam Kertesz fourth', 'Roy (Apex Kart) 5e': an ordinal right
        after a driver (or his bracket). A place that could open the next clause ('5e' read as
        'opens') is his when it follows him; returns where such places start."""
        bare = [  # "5e", "7.": a place alone, which opens a clause or ends one
            p
            for p in self.phrases
            if p.id_ == "opens" and all(t.is_digit or t.text == "." or ordinal(t.text) for t in p)
        ]
        inside = {
            i for p in self.phrases if p not in bare for i in range(p.start, p.end)
        } | self.standings
        taken: set[int] = set()
        for m in self.s.mentions:
            k = self.past_brackets(m.end)
            if m.driver is None:
                continue
            value = self.bracketed_ordinal(m.end)
            if value is None:
                value = self.listed_p_place(m.end)  # "Kurz (P5), Ota (P7)"
            if value is not None:  # "Conor Murphy (tweede)"
                self.add(m, value, STATED, 0.7, m.start, m.end + 3)
                continue
            if self.s.vocab.code != ENGLISH:
                k = self.set_off(k)
            if k >= self.s.span.end or k in inside:
                continue
            value = self.own_ordinal(self.doc[k].text)
            after = self.doc[k + 1].lower_ if k + 1 < len(self.doc) else ""
            if value is None and self.digit_and_dot(k):  # "Raczkowski (KRK) 7."
                value, after = int(self.doc[k].text), ""
            if (
                value is not None
                and not self.not_position(after)
                and after not in ("place", "placed", "-")
            ):  # "X était classé 2e, Y 3e": places listed after an amended one are amended too
                amended = any(p.id_ == "amended" and p.end <= m.start for p in self.phrases)
                self.add(m, value, AMENDED if amended else STATED, 0.7, m.start, k + 1)
                taken.add(k)
        self.respective()
        return taken

    def own_ordinal(self, text: str) -> int | None:
        """An ordinal as `ordinal` reads it, but in words only of the sentence's language (or
        English): another language's ordinal is a word of this one ('achter', 'behind' in
        Dutch, is German 'eighth')."""
        value = ordinal(text)
        word = text.lower()
        vocab = self.s.vocab
        if value is None or vocab.code == ENGLISH or word in ORDINALS:
            return value
        return value if word in vocab.ordinals or word not in all_ordinals() else None

    def set_off(self, k: int) -> int:
        """Where a place set off by a comma after a driver's brackets stands ('Sami Luka (B –
        CRG) , 4ème, figure', 'Y (Team), segundo a 2.364 segundos, y Z'): the clause ends after
        it, or its finishing gap follows; `k` (the word after his brackets) otherwise."""
        doc, stop = self.doc, self.s.span.end
        if not (k + 2 < stop and doc[k].text == "," and ordinal(doc[k + 1].text) is not None):
            return k
        if doc[k + 2].text in (",", ".", ";") or self.gap_at(k + 2):
            return k + 1
        return k

    def gap_at(self, k: int) -> bool:
        """A finishing gap told right after a place: a time quantity or a bare number, after at
        most one short lower-case word ('a 2.364 segundos', 'à 5.452', 'con 3s')."""
        if k < self.s.span.end and self.doc[k].text.islower() and len(self.doc[k].text) <= 3:
            k += 1
        timed = any(q.start == k for q in self.s.spans("times"))
        number = k < self.s.span.end and self.doc[k].like_num and not self.doc[k].is_digit
        return timed or number

    def bracketed_ordinal(self, k: int) -> int | None:
        """The place alone in brackets right after a driver ('Conor Murphy (tweede)', 'A.Rebus
        (6ème)', 'Kurz (second)', 'Jens (Platz 6)'); None otherwise."""
        if k + 3 < self.s.span.end and self.doc[k].text == "(" and self.doc[k + 3].text == ")":
            noun, number = self.doc[k + 1 : k + 3]  # "Jens (Platz 6)", "Kok (plaats 4)"
            if noun.lower_ in POSITION_NOUNS - {"p"} and number.is_digit:
                return int(number.text)
        if (dotted := self.dotted_place_in_brackets(k)) is not None:
            return dotted
        if k + 2 >= self.s.span.end or self.doc[k].text != "(" or self.doc[k + 2].text != ")":
            return None
        value = ordinal(self.doc[k + 1].text)
        word = self.doc[k + 1].lower_
        return None if word[:1] == "p" and word[1:].isdigit() else value  # "(P2)": a running place

    def dotted_place_in_brackets(self, k: int) -> int | None:
        """Outside English, a number and its dot before the language's place noun, alone in
        brackets at `k` ('Berg (4. Platz)'); None otherwise."""
        vocab, doc, end = self.s.vocab, self.doc, self.s.span.end
        if vocab.code == ENGLISH or k + 3 >= end or doc[k].text != "(":
            return None
        j = k + 2 if doc[k + 2].text == "." and not doc[k + 1].whitespace_ else k + 1
        value = digit_ordinal(doc[k + 1].text + doc[j].text if j > k + 1 else doc[k + 1].text)
        closed = j + 2 < end and doc[j + 2].text == ")"
        if value is None or not closed or doc[j + 1].lower_ not in vocab.place_nouns:
            return None
        return value

    def p_places(self) -> None:
        """The places of a list of drivers with 'P5' in brackets (`listed_p_place`)."""
        for m in self.s.mentions:
            if m.driver is not None and (value := self.listed_p_place(m.end)) is not None:
                self.add(m, value, STATED, 0.7, m.start, m.end + 3)

    def listed_p_place(self, k: int) -> int | None:
        """Outside English, 'P5' opening the brackets right after a driver, in a sentence that
        lists two drivers or more so ('Kurz (P5), Ota (P7) i Vidal (P9, +1.2s)'): a list of
        places; one driver's '(P2)' alone may be a running place. None otherwise."""
        if self.s.vocab.code == ENGLISH or _p_place(self.doc, k, self.s.span.end) is None:
            return None
        if self.s.race is None and not self.s.named_races:
            return None  # a list in no race the text settles
        listed = sum(
            _p_place(self.doc, m.end, self.s.span.end) is not None
            for m in self.s.mentions
            if m.driver is not None
        )
        return _p_place(self.doc, k, self.s.span.end) if listed >= 2 else None

    def digit_and_dot(self, k: int) -> bool:
        """A number and a dot written onto it, in a language that writes ordinals so ('7.'
        of 'Nowak (KRK) 7.', 'Huber 3.'); English never does."""
        return (
            self.s.vocab.code != ENGLISH
            and self.doc[k].is_digit
            and len(self.doc[k].text) <= 2
            and not self.doc[k].whitespace_
            and k + 1 < len(self.doc)
            and self.doc[k + 1].text == "."
        )

    def past_brackets(self, k: int) -> int:
        """Where the words after a driver go on past the brackets right after him ('Romain Roy
        (Apex Kart) 5e', 'Ivo Brant (NED) fourth'): a team, car or nation in brackets between
        a driver and his place; `k` when no bracket opens there or it does not close soon."""
        end = min(self.s.span.end, k + BRACKET_REACH)
        while k < end and self.doc[k].text == "(":
            close = next((t.i for t in self.doc[k + 1 : end] if t.text == ")"), None)
            if close is None:
                return k
            k = close + 1
        return k

    def respective(self) -> None:
        """'A (Team X) and B were fourth and fifth': each driver listed takes the position listed
        at the same place, when the two lists are as long."""
        done: set[int] = set()
        for m in self.s.mentions:
            if m.start in done or m.kind != "name" or m.driver is None:
                continue
            group = self.s.coordinated(m)
            done.update(g.start for g in group)
            if len(group) < 2:
                continue
            k = group[-1].end
            while k < self.s.span.end and self.doc[k].text == "(":  # "B (Citroen DS3)"
                k = next((t.i + 1 for t in self.doc[k : self.s.span.end] if t.text == ")"), k + 1)
            while k < self.s.span.end and self.doc[k].lower_ in RESPECTIVE_VERBS:
                k += 1
            values, end = [], k
            while end < self.s.span.end:
                value = ordinal(self.doc[end].text)
                if value is None:
                    break
                values.append(value)
                end += 1
                if end < self.s.span.end and self.doc[end].lower_ in (",", "and"):
                    end += 1
            after = self.doc[end].lower_ if end < len(self.doc) else ""
            if len(values) != len(group) or self.not_position(after):
                continue
            for member, value in zip(group, values, strict=True):
                self.add(member, value, EXPLICIT, 0.75, member.start, end)

    def line(self, p) -> None:  # noqa: ANN001
        """'X crossed the line fourth', 'X terminou em quarto' ('Als Dritter kam X ins Ziel':
        the driver after); 'followed by Y' puts Y next ('ahead of Y' does not say by how much).
        A line told place first and verb last ('X wygrał, drugie miejsce zajął Y') is the driver's
        named right after it, not the subject of the clause before."""
        who = self.place_first_owner(p) or self.inside(p) or self.subject(p.start)
        if who is None and self.unread_inside(p):
            return  # "belegte Ben Platz 13 und mit Cem ...": Ben's place, a name not read
        who = who or self.named_after(p)
        who = self.resident(who)
        value = self.position_of(p)
        who = self.crew_subject(who) or who  # "A Lind and B Moss finished sixth": as A
        if self.shared_place(who) or (who is not None and self.team_subject(who, p.start)):
            return
        if self.unnamed_antecedent(who, p.start) or self.unread_clause_subject(who, p.start):
            return
        self.add(who, value, EXPLICIT, 0.9, p.start, p.end)
        if who is not None and value is not None:
            self.followed(max(p.end, who.end), value + 1)
            self.ahead_of(max(p.end, who.end), value)

    def place_first_owner(self, p) -> Mention | None:  # noqa: ANN001
        """Outside English, the driver named right after a line phrase that opens with its
        ordinal; None for any other phrase."""
        if self.s.vocab.code == ENGLISH or ordinal(self.doc[p.start].text) is None:
            return None
        return self.named_after(p, skip=0)

    def resident(self, who: Mention | None) -> Mention | None:
        """'Daan Peeters uit Kortrijk werd vierde', 'X (32) aus Lahr': a name after the
        language's 'from' word is the town of the name before it, who is the one placed (none
        when no name is there: a town is never the driver)."""
        doc = self.doc
        if who is None or who.start <= self.s.span.start:
            return who
        if doc[who.start - 1].lower_ not in self.s.vocab.from_words:
            return who
        k = who.start - 1  # the 'from' word; a bracket before it ('(32)') is skipped
        if k - 1 > self.s.span.start and doc[k - 1].text == ")":
            opening = [t.i for t in doc[max(self.s.span.start, k - 6) : k - 1] if t.text == "("]
            k = opening[-1] if opening else k
        return next((m for m in self.s.mentions if m.end == k), None)

    def unnamed_antecedent(self, who: Mention | None, start: int) -> bool:
        """Outside English, whether a relative pronoun between the driver before a phrase and
        the phrase follows a capitalised word no mention covers ('Y, un étonnant Z qui mène sa
        Twingo à la 9e place'): the place is Z's, a name not read, never Y's."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH or who is None or who.end > start:
            return False
        for k in range(start - 1, who.end, -1):
            if self.doc[k].lower_ in vocab.relative_pronouns:
                before = self.doc[k - 1]
                return before.is_title and not any(
                    m.start <= k - 1 < m.end for m in self.s.mentions
                )
        return False

    def unread_clause_subject(self, who: Mention | None, start: int) -> bool:
        """In English, whether a clause of its own opens between the driver before a phrase and
        the phrase with a capitalised word no mention covers ('X took third and Y finished
        fourth', Y not read as a name): the place is that word's, never the driver's before."""
        k = start - 1
        if self.s.vocab.code != ENGLISH or who is None or k - 1 < who.end:
            return False
        token, before = self.doc[k], self.doc[k - 1]
        if not token.is_title or any(m.start <= k < m.end for m in self.s.mentions):
            return False
        return before.lower_ in LIST_WORDS | CLAUSE_OPENERS or before.text in (",", ";")

    def unread_name_before(self, who: Mention | None, start: int) -> bool:
        """In a Romance language (no capitalised nouns), whether a capitalised word no mention
        covers stands right before a place phrase, after the driver before it ('com Reis em
        segundo e Ana Lisboa em terceiro'): the place is that name's, never the driver's."""
        k = start - 1
        if self.s.vocab.code not in ROMANCE or who is None or k < who.end or k <= self.s.span.start:
            return False
        return self.doc[k].is_title and not any(m.start <= k < m.end for m in self.s.mentions)

    def unread_item_between(self, who: Mention | None, start: int) -> bool:
        """Outside English, whether the driver before a place phrase already took a place of his
        own and a list then goes on with a capitalised word no mention covers before the phrase
        ('A auf Platz 14, Ben auf 12 und Cem durfte - dank Platz 3 - ...' with 'Ben' and 'Cem'
        not read): the place is a later item's, never the first driver's."""
        vocab, doc = self.s.vocab, self.doc
        if vocab.code == ENGLISH or who is None or who.end > start:
            return False
        for k in range(who.end, start - 1):
            if doc[k].lower_ not in vocab.list_words:
                continue
            own = any(who.end <= q.start < k for q in self.phrases) or any(
                t.is_digit for t in doc[who.end : k]
            )  # 'auf Platz 14' or 'auf 11'
            if not own:
                continue  # no place of the driver's own before the list goes on
            if self.unread_capital(doc[k + 1]):
                return True
        return False

    def unread_inside(self, p) -> bool:  # noqa: ANN001
        """Outside English, whether a line phrase holds, after its verb, a capitalised word no
        mention covers ('belegte Ben Platz 13' with 'Ben' not read): its owner, unread."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH:
            return False
        return any(self.unread_capital(t) and ordinal(t.text) is None for t in p[1:])

    def unread_owner_before(self, start: int) -> bool:
        """Outside English, whether a capitalised word no mention covers, after a word in lower
        case that is no article of a noun, stands right before a place phrase no driver owns
        ('In der Klasse 2 belegte Ben Platz 13 und mit Cem ...' with 'Ben' not read): the place
        is that name's, never the driver's named after it."""
        vocab, doc, k = self.s.vocab, self.doc, start - 1
        if vocab.code == ENGLISH or k - 1 < self.s.span.start:
            return False
        word, before = doc[k], doc[k - 1]
        return (
            self.unread_capital(word)
            and before.is_lower
            and before.lower_ not in NOUN_ARTICLES.get(vocab.code, frozenset())
        )

    def team_subject(self, who: Mention, start: int) -> bool:
        """Outside English, an article and the language's team noun between the driver before a
        phrase and its verb ('com Reis largando, o time conquistou o segundo lugar', 'la
        squadra ha chiuso al secondo posto'): the place is the team's, which the words do not
        name."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH:
            return False
        nouns = vocab.team_nouns | TEAM_NOUNS
        for k in range(start - 1, max(who.end, start - 1 - TEAM_SUBJECT_REACH), -1):
            word = self.doc[k].lower_
            if _elided(word) in nouns and word != _elided(word):
                return True  # "l'équipe a terminé deuxième"
            if word in nouns:
                return k - 1 >= who.end and self.doc[k - 1].lower_ in vocab.articles
            token = self.doc[k]
            if not token.is_lower and (
                any(m.start <= k < m.end for m in self.s.mentions)
                or not (token.is_title or token.is_upper)
            ):
                return False  # 'o time de Reis conquistou': only auxiliaries in between
        return False  # "l'équipe belge Nord a terminé 7e": a name no mention, the team's

    def inside(self, p) -> Mention | None:  # noqa: ANN001
        """The driver named inside a phrase, between its verb and the rest ('pakte hij de winst',
        'wurde Max Huber Dritter': a verb-second clause's subject, 'a vu X l'emporter': the one
        seen winning after a perception verb's lower-case words); None otherwise."""
        return next(
            (
                m
                for m in self.s.mentions
                if p.start < m.start
                and m.end < p.end
                and (
                    m.start == p.start + 1
                    or (
                        self.s.vocab.code != ENGLISH
                        and self.doc[p.start + 1 : m.start].text.islower()
                    )
                )
            ),
            None,
        )  # 'a vu X l'emporter': the words before him the verb's

    def shared_place(self, who: Mention | None) -> bool:
        """'A and B finished third in their Peugeot': one place told of drivers listed together
        is a shared car's, and under which name the words do not settle. Names joined by commas
        alone may each have their own clause ('A de Apex a été troisième, B cinquième')."""
        if who is None or who.kind != "name":
            return False
        group = self.s.coordinated(who)
        if len(group) < 2 or group[-1] is not who:
            return False
        joint = self.doc[group[-2].end : who.start]
        joiners = LIST_WORDS | self.s.vocab.list_words
        return any(t.text != "," and t.lower_ in joiners for t in joint)

    def ahead_of(self, start: int, value: int) -> None:
        """'terminait 6e devant Gassin et Roy', 'Zweiter wurde Huber vor Lang', outside English:
        the drivers the language's 'ahead of' lists right after a place take the places after
        it, in order (English 'crossed the line fourth ahead of X' keeps X unplaced)."""
        if self.s.vocab.code == ENGLISH:
            return
        end = self.clause_end(start)
        for k in range(start, end):
            for connector in self.s.vocab.ahead:
                after = self.elided_after(k, connector)
                if after is None:
                    continue
                first = self.s.mention_at(after)
                if first is None or not self.only_lower_between(start, k):
                    return
                runners = self.s.coordinated(first) if first.kind == "name" else [first]
                for offset, runner in enumerate(runners, start=1):
                    self.add(runner, value + offset, DERIVED, 0.7, runner.start, runner.end)
                return

    def elided_after(self, k: int, connector: tuple[str, ...]) -> int | None:
        """Where the words after a connector at token k start: after it, or at the word its
        elided article is written onto ('davanti all’olandese X': the demonym, then X); None
        when the connector is not at k."""
        words = tuple(t.lower_ for t in self.doc[k : k + len(connector)])
        if words == connector:
            return k + len(connector)
        last = k + len(connector) - 1
        elision = connector[-1]
        if (
            words[:-1] == connector[:-1]
            and elision in self.s.vocab.elisions
            and last < len(self.doc)
            and self.doc[last].lower_.startswith(elision)
            and len(self.doc[last].text) > len(elision)
        ):
            return last
        return None

    def only_lower_between(self, start: int, end: int) -> bool:
        """Nothing but lower-case words, commas, time gaps and brackets between a place and
        'ahead of' ('4e, avec 2 secondes d'avance, devant'): no other driver in between."""
        timed = {i for q in self.s.spans("times") for i in range(q.start, q.end)}
        depth = 0  # a driver's team in brackets ('X (Apex), devant Y') is no other driver
        for t in self.doc[start:end]:
            depth += (t.text == "(") - (t.text == ")")
            if t.text in "()" or depth > 0:
                continue
            if not (t.i in timed or t.text[:1].islower() or t.text == "," or t.like_num):
                return False
        return True

    def opens(self, p) -> None:  # noqa: ANN001
        """'Terzo Luca Conti', 'secondo Ugo Riva, terzo Gino Sala', 'Zweiter wurde Max Huber':
        a place that opens its clause, given to the driver named right after it."""
        if not self.at_finish and self.running_cue_before(p.start):
            return  # "X al comando alla prima curva, secondo Y, terzo Z": the order then
        if p.start > self.s.span.start:
            before = self.doc[p.start - 1]
            vocab = self.s.vocab
            if not (before.is_punct or before.lower_ in vocab.list_words | vocab.clause_breaks):
                if p[-1].text == "," and self.at_finish:  # "X viu a bandeira na 1ª posição, ..."
                    self.closing_place(p)
                elif self.at_finish and self.verb_final(p):
                    self.verb_final_place(p)
                return
        if self.place_then_and(p):
            return  # "con X (Team) terzo e Y quarto": the place closes X's clause, not Y's
        who = self.s.mention_at(p.end)
        if who is None and p[-1].text == ",":  # "Na 2ª posição, o estreante do dia, X chegou"
            who = self.s.mention_at(self.past_apposition(p.end), skip=0)
        if who is None and self.digit_place_then_comma(p):  # "8e, Arthur Roy voit son avance"
            who = self.s.mention_at(p.end + 1, skip=0)
        if who is None and p.end < self.s.span.end and self.doc[p.end].text in DASHES:
            who = self.s.mention_at(p.end + 1, skip=0)  # "…, a trzecie – Piotr Sowa": elided
        value = self.position_of(p)
        self.add(who, value, STATED, 0.75, p.start, p.end)
        if who is not None and value is not None:
            self.followed(who.end, value + 1)
            self.ahead_of(who.end, value)

    def running_cue_before(self, start: int) -> bool:
        """Whether a cue of the running (a lead, a lap, the start: 'al comando', 'op de eerste
        ronde') stands before `start` in the sentence: places listed after it are where the
        drivers ran then."""
        return any(c.id_ == "in_race" and c.end <= start for c in self.s.spans("cues", "CUE"))

    def verb_final(self, p) -> bool:  # noqa: ANN001
        """A place and its verb closing a clause that put its verb last ('X, die in de laatste
        ronde ten val kwam en daardoor derde werd', 'weil er Dritter wurde'): the phrase ends
        with its verb, then the clause ends (a stop, a comma, the language's 'and')."""
        if len(p) < 2 or ordinal(p[-1].text) is not None or p[-1].is_punct:
            return False
        if p.end >= self.s.span.end:
            return True
        after = self.doc[p.end]
        return after.is_punct or after.lower_ in self.s.vocab.list_words

    def verb_final_place(self, p) -> None:  # noqa: ANN001
        """The place of a clause that put its verb last: its subject's (a relative's
        antecedent: 'Joel Roelants die ... derde werd')."""
        who = self.subject(p.start)
        if who is None or self.shared_place(who) or self.unnamed_antecedent(who, p.start):
            return
        self.add(who, self.position_of(p), STATED, 0.75, p.start, p.end)

    def place_then_and(self, p) -> bool:  # noqa: ANN001
        """Outside English, a place alone followed by the language's 'and' ('terzo e', 'tercero
        y'): it ends the clause before it, so the driver after 'and' is not its owner."""
        return (
            self.s.vocab.code != ENGLISH
            and p.end < self.s.span.end
            and all(ordinal(t.text) is not None for t in p)
            and self.doc[p.end].lower_ in self.s.vocab.list_words - {","}
        )

    def digit_place_then_comma(self, p) -> bool:  # noqa: ANN001
        """Outside English, a place in digits alone opening its sentence and set off by a comma
        ('8e, X', '3º, X'); not one in words ('Primero, X hizo', 'Secondo, X': first, according
        to)."""
        return (
            self.s.vocab.code != ENGLISH
            and len(p) == 1
            and p.start == self.s.span.start
            and p[0].text[:1].isdigit()
            and p.end + 1 < self.s.span.end
            and self.doc[p.end].text == ","
        )

    def past_apposition(self, k: int) -> int:
        """Outside English, where the words go on past an apposition set off by commas that
        opens with an article ('o estreante do dia,', 'le régional de l'étape,'): lower-case
        words only; `k` when none stands there."""
        vocab, stop = self.s.vocab, min(self.s.span.end, k + APPOSITION_REACH)
        if vocab.code == ENGLISH or k >= stop:
            return k
        word = self.doc[k].lower_
        if word not in vocab.articles and not any(word.startswith(e) for e in vocab.elisions):
            return k
        for t in self.doc[k + 1 : stop]:
            if t.text == ",":
                return t.i + 1
            if not (t.text.islower() or t.text in ("'", "’")):
                return k
        return k

    def closing_place(self, p) -> None:  # noqa: ANN001
        """'X acabou por ver a bandeira xadrez na primeira posição, seguindo-se Y e Z': a place
        that could open a clause ('Na segunda posição, Y') closes X's; those after 'followed'
        take the places after it."""
        who, value = self.subject(p.start), self.position_of(p)
        self.add(who, value, STATED, 0.75, p.start, p.end)
        if who is not None and value is not None:
            self.followed(p.end, value + 1)

    def cleft_win(self, p) -> None:  # noqa: ANN001
        """'È X a vincere', 'È proprio X ad imporsi davanti a Y': the driver right before the
        phrase won when the language's copula opens the cleft before him (a few lower-case
        words between); 'X ha provato a vincere' says nothing."""
        who = next((m for m in self.s.mentions if self.past_brackets(m.end) == p.start), None)
        if who is None:
            return
        k = who.start - 1
        while k >= self.s.span.start and who.start - k <= CLEFT_REACH:
            if self.doc[k].lower_ in self.s.vocab.cleft_copulas:
                self.win(p, who)
                return
            if not self.doc[k].text.islower():
                return
            k -= 1

    def class_wins(self, p) -> None:  # noqa: ANN001
        """'successi per A nella 60 Mini, B nella 125 Junior e C in KZ2': each driver won the
        class named after them, a race of its own; nothing where the words are no such list."""
        for who, name, end in listed_classes(self.s, p.end):
            self.add(who, 1, EXPLICIT, 0.85, p.start, end, race=name, relative=False)

    def class_wins_after(self, p) -> None:  # noqa: ANN001
        """'sahen A (C1), B (C2) und C (C3) als Tagessieger': the list of drivers, each with the
        class in brackets, ends right before the phrase; each won the class, a race of its own.
        Nothing where no such list reaches the phrase."""
        for m in sorted(self.s.mentions, key=lambda m: m.start):
            if m.start >= p.start:
                return
            pairs = listed_classes(self.s, m.start, until=p.start)
            if pairs and pairs[-1][2] == p.start:
                for who, name, end in pairs:
                    self.add(who, 1, EXPLICIT, 0.85, who.start, end, race=name, relative=False)
                return

    def fixed(self, p) -> None:  # noqa: ANN001
        """'con X como escolta', 'lo escoltó X', 'X termine au pied du podium': the place the
        language's phrase names (`fixed_places`), given to the driver right before it (past his
        brackets), else the one named right after it, else the clause's subject."""
        if not p[-1].whitespace_ and p.end < self.s.span.end and self.doc[p.end].text == "-":
            return  # "ficou com o vice-campeonato": a word the phrase is only the start of
        value = int(p.id_[len(FIXED_PREFIX) :])
        who = next((m for m in self.s.mentions if self.past_brackets(m.end) == p.start), None)
        who = who or self.named_after(p) or self.subject(p.start)
        self.add(who, value, STATED, 0.75, p.start, p.end)

    def top(self, p) -> None:  # noqa: ANN001
        """'X complète le top 10', 'X completou o top cinco, à frente de Y': X takes the last
        place of the top (its number in digits or in the language's words); outside English the
        drivers 'ahead of' or 'followed by' after it take the places after."""
        number = count_word(p[-1].text) or position_number(p[-1].text)
        who = self.subject(p.start)
        if who is None and self.s.vocab.code in ROMANCE and p.start == self.s.span.start:
            who = self.named_after(p, skip=1)  # "Chiude la top five X", the subject after it
        group = self.s.coordinated(who) if who is not None and who.kind == "name" else []
        grid = self.pole_told_before(p.start)  # "took pole over A, B and C completing the top 5"
        if self.unnamed_antecedent(who, p.start) or self.own_place_set_off(who):
            return
        if number is not None and 1 < len(group) <= number:  # "A et B ont complété le top 5"
            for k, member in enumerate(group):
                place = number - len(group) + 1 + k
                self.add(member, place, STATED, 0.75, p.start, p.end, qualifying=grid)
            return
        self.add(who, number, EXPLICIT, 0.8, p.start, p.end, qualifying=grid)
        if who is not None and number is not None and self.s.vocab.code != ENGLISH:
            self.followed(max(p.end, who.end), number + 1)
            self.ahead_of(max(p.end, who.end), number)

    def own_place_set_off(self, who: Mention | None) -> bool:
        """Whether a driver's own place follows him, set off by commas past his brackets
        ('Completano la top 10 A (Team), ottavo, B, nono, e C, decimo'): each name listed with
        the top has its place, and the first is not the top's last."""
        if who is None:
            return False
        k = self.past_brackets(who.end)
        return self.set_off(k) != k

    def pole_told_before(self, start: int) -> bool:
        """Whether an English top completed ('with C and D completing the top 5') follows a
        pole its sentence told ('snaring pole position by 0.135 over A and B'), no word of a
        finish or a win between: the qualifying order it completes."""
        if self.s.vocab.code != ENGLISH:
            return self.after_pole
        poles = [q.end for q in self.phrases if q.id_ == "pole" and q.end <= start]
        return bool(poles) and not any(
            t.lower_ in FINISH_WORDS | GRAMMAR_WIN_VERBS | WIN_NOUNS | {"but"}
            for t in self.doc[poles[0] : start]
        )

    def top_by(self, p) -> None:  # noqa: ANN001
        """'La top 10 è stata completata da A, B e C', 'o top 10 foi fechado por A, B e C': the
        drivers listed after it take the top's last places, in the order listed."""
        at = next((t.i + 1 for t in p if t.lower_ == "top"), None)
        if at is None or at >= p.end:
            return
        word = self.doc[at].text
        number = int(word) if word.isdigit() else count_word(word) or position_number(word)
        first = self.s.mention_at(p.end, skip=1)
        if number is None or first is None:
            return
        group = self.s.coordinated(first) if first.kind == "name" else [first]
        if len(group) > number:
            return
        for k, member in enumerate(group):
            place = number - len(group) + 1 + k
            self.add(member, place, STATED, 0.75, member.start, member.end)

    def completes_qualifying(self, start: int) -> bool:
        """Whether an English place is listed after 'qualified 3rd' in its sentence, no verb of
        finishing between ('X qualified 3rd, with Y 4th, then Z rounding out the top 6'): the
        qualifying order it completes."""
        if self.s.vocab.code != ENGLISH:
            return False
        told = (
            [
                q.end
                for q in self.phrases
                if q.id_ == "grid"
                and q.end <= start
                and self.doc[q.start].lower_.startswith("qualif")
            ]
            or [  # "qualified eight and tenth, ahead of A and B, who managed eleventh and 14th",
                # not "qualified for the final in fourth" (went through, fourth of the heat)
                t.i + 1
                for t in self.doc[self.s.span.start : start]
                if t.lower_ in QUALIFIED_WORDS
                and not any(q.id_ == "qualifier" and q.start <= t.i < q.end for q in self.phrases)
            ]
        )
        return bool(told) and not any(
            t.lower_ in FINISH_WORDS | GRAMMAR_WIN_VERBS | {"but"}
            for t in self.doc[told[0] : start + 1]
        )

    def retired(self, p) -> None:  # noqa: ANN001
        """'Aubry et Moineault ont abandonné', 'Lima abandonou', 'contraint à l'abandon': the
        driver acting (and the drivers listed with him) retired; no position, status dnf. A
        driver named only after the words ('obbligato al ritiro X': someone forced him) is left."""
        who = self.subject(p.start)
        if who is None or who.driver is None:
            return
        group = self.s.coordinated(who) if who.kind == "name" else [who]
        for member in group:
            self.add(member, None, WEAK, 0.6, p.start, p.end, status="dnf")

    def placed_before(self, p) -> None:  # noqa: ANN001
        """'faster than eventual fourth-placed X': the driver right after takes the place; not
        'the then fourth-placed X' nor a championship's."""
        near = self.doc[max(self.s.span.start, p.start - 3) : min(p.end + 3, self.s.span.end)]
        if any(t.lower_ in NOT_FINAL_WORDS for t in near):
            return
        who = self.s.mention_at(p.end, skip=0)
        self.add(who, ordinal(p[0].text), STATED, 0.7, p.start, p.end)

    def disqualified(self, p) -> None:  # noqa: ANN001
        """'X was later disqualified from the final', 'Y and Z were excluded': the subject (and
        the drivers listed with it) is unclassified, status dsq, whatever finish the text told
        before; not a disqualification denied, nor one from a qualifying session."""
        who = self.subject(p.start)
        if who is None or who.driver is None or self.negated(p.start) is not None:
            return
        group = self.s.coordinated(who) if who.kind == "name" else [who]
        for member in group:
            self.add(member, None, AMENDED, 0.8, p.start, p.end, status="dsq")

    def medal(self, p) -> None:  # noqa: ANN001
        """'X claimed gold', 'bagging bronze': gold first, silver second, bronze third (not 'took
        the gold class win')."""
        after = self.doc[p.end].lower_ if p.end < len(self.doc) else ""
        if after in MEDAL_CLASS_WORDS:
            return
        value = MEDALS[p[-1].lower_]
        self.add(self.subject(p.start), value, STATED, 0.75, p.start, p.end)

    def position_range(self, p) -> None:  # noqa: ANN001
        """'Positions five to eight went to A, B, C and D': one driver per position, in order,
        only when the names listed fill the range exactly."""
        first, last = (count_word(t.text) or position_number(t.text) for t in (p[1], p[3]))
        lead = self.s.mention_at(p.end, skip=1)
        if first is None or last is None or lead is None or lead.kind != "name":
            return
        named = self.s.coordinated(lead)
        if len(named) != last - first + 1:
            return
        for offset, who in enumerate(named):
            self.add(who, first + offset, STATED, 0.8, p.start, p.end)

    def podium_rest(self, p) -> None:  # noqa: ANN001
        """'X completed the podium': third; 'A and B completed the podium' (or 'completaram o
        pódio A e B', the subject after the verb): second and third."""
        who = (
            self.inside(p) or self.named_after(p) or self.set_off_after(p) or self.subject(p.start)
        )
        if who is None:
            return
        group = self.s.coordinated(who) if who.kind == "name" else [who]
        if len(group) == 1 and (partner := self.loosely_joined(who)) is not None:
            group = [who, partner]  # "completaron el podio A (35) y el chuquisaqueño B (31)"
        if len(group) > 2:
            return
        for place, member in enumerate(group, start=4 - len(group)):
            self.add(member, place, EXPLICIT, 0.85, p.start, p.end)
        self.followed(group[-1].end, 4)

    def set_off_after(self, p) -> Mention | None:  # noqa: ANN001
        """In a Romance language, the driver right after a phrase set off by commas whose clause
        names its subject last ('Tras A y B cruzó la meta, completando el podio, el chileno C'):
        C, with only an article, a role noun or a nation word between; None otherwise."""
        doc, span, vocab = self.doc, self.s.span, self.s.vocab
        if vocab.code not in ROMANCE or p.start - 1 <= span.start or p.end + 1 >= span.end:
            return None
        if doc[p.start - 1].text != "," or doc[p.end].text != ",":
            return None
        after = [m for m in self.s.mentions if m.start > p.end]
        if not after:
            return None
        nation_tokens = self.s.nation_tokens()
        between = [t for t in doc[p.end + 1 : after[0].start] if t.i not in nation_tokens]
        if len(between) > 2 or any(
            t.lower_ not in vocab.articles and t.lower_ not in vocab.role_nouns for t in between
        ):
            return None
        return after[0]

    def loosely_joined(self, who: Mention) -> Mention | None:
        """In a Romance language, the driver named next after `who` when only 'and' and a few
        lowercase words (an article, a regional demonym) join them, brackets left out ('A (35)
        y el chuquisaqueño B'); None otherwise."""
        if self.s.vocab.code not in ROMANCE:
            return None
        after = [m for m in self.s.mentions if m.start >= who.end and not self.s.in_brackets(m)]
        if not after:
            return None
        words, depth = [], 0
        for token in self.doc[who.end : after[0].start]:
            depth += (token.text == "(") - (token.text == ")")
            if depth == 0 and token.text != ")":
                words.append(token)
        joining = LIST_WORDS | self.s.vocab.list_words
        if not words or words[0].lower_ not in joining or words[0].text == ",":
            return None
        rest = words[1:]
        return after[0] if len(rest) <= 2 and all(t.is_lower for t in rest) else None

    def followed(self, start: int, place: int) -> None:
        """'..., followed by X and Y' (or 'seguito da X'): X and Y in the places after."""
        end = self.clause_end(start)
        timed = self.followed_after_gap(start, end)
        for offset, runner in enumerate(timed):
            self.add(runner, place + offset, STATED, 0.7, runner.start, runner.end)
        for k in range(start, end if not timed else start):
            for connector in (("followed", "by"), *self.s.vocab.followed):
                words = tuple(t.lower_ for t in self.doc[k : k + len(connector)])
                if words != connector:
                    continue
                first = self.s.mention_at(k + len(connector))
                if first is None:
                    return
                runners = self.s.coordinated(first) if first.kind == "name" else [first]
                stated = [self.bracketed_ordinal(r.end) for r in runners]
                if any(v is not None for v in stated):  # "gefolgt von X (4. Platz), Y (6.)"
                    for runner, value in zip(runners, stated, strict=True):
                        if value is not None:
                            self.add(runner, value, STATED, 0.75, runner.start, runner.end)
                    return
                for offset, runner in enumerate(runners):
                    self.add(runner, place + offset, STATED, 0.75, runner.start, runner.end)
                return

    def amended(self, p) -> None:  # noqa: ANN001
        """'X, who finished first, was pushed back to third after the penalty': X third, over
        the finish told before."""
        if self.finish_after(p.end):
            return  # "dropped to 18th but recovered to finish in 15th": a running place
        who = self.subject(p.start)
        self.add(who, self.position_of(p), AMENDED, 0.8, p.start, p.end)

    def penalised_before(self, index: int) -> bool:
        """A penalty told in the words just before `index` ('foi punido ... e caiu para 13º', 'X
        foi punido. Y passou para segundo'): a place reached after it is the amended result, not
        a move in the race."""
        return any(
            s.label_ == "PENALTY" and index - PENALTY_REACH <= s.start and s.end <= index
            for s in self.doc.spans.get(PENALTY_KEY, [])
        )

    def finish_after(self, end: int) -> bool:
        """Whether an English sentence states a finish after the words ending at `end` ('... to
        finish in 15th')."""
        doc, stop = self.doc, self.s.span.end
        return self.s.vocab.code == ENGLISH and any(
            doc[k].lower_ in FINISH_WORDS
            and any(
                ordinal(doc[j].text) is not None
                for j in range(k + 1, min(k + 1 + FINISH_REACH, stop))
            )
            for k in range(end, stop)
        )

    def inverted(self, p):  # noqa: ANN001, ANN201
        """The driver after 'was' of a clause the placing opens ('on the top step was X',
        'in second place was Y'); None otherwise."""
        if p.end >= self.s.span.end or self.doc[p.end].lower_ not in INVERTING_VERBS:
            return None
        return self.named_after(p)

    def named_after(self, p, skip: int = 4):  # noqa: ANN001, ANN201
        """The driver named right after a phrase that opens its clause ('Na segunda posição
        ficou X', 'Completa il podio Y', 'Den zweiten Platz belegte X'), at most `skip`
        lower-case words between; None otherwise."""
        k = p.start
        vocab = self.s.vocab
        english = vocab.code == ENGLISH
        while k > self.s.span.start and not self.doc[k - 1].is_punct:
            token = self.doc[k - 1]
            if not english and token.lower_ in vocab.clause_breaks:
                break  # "X wygrał, a podium uzupełnił Y": the clause opens after 'a'
            if any(
                m.start <= k - 1 < m.end and (english or not self.s.is_object(m))
                for m in self.s.mentions
            ):
                return None  # a driver before the phrase (no preposition's object): its subject
            if (
                is_name_word(token.text)
                and not self.after_preposition(token.i)
                and not self.noun_or_ordinal(token)
                and token.lower_ not in vocab.not_name_words
                and token.lower_ not in vocab.articles
                and token.lower_ not in vocab.object_words  # "Nella finale vinse la gara X"
                and token.lower_ not in NOT_NAME_WORDS
                and token.lower_ not in ("the", "a", "an")
            ):
                return None  # a capitalised word the NER did not take: maybe the subject
            k -= 1
        who = self.s.mention_at(p.end, skip=skip)
        # "foi o vencedor depois de superar X": a driver passed or beaten is not the one placed;
        # nor one joined after the phrase ("wygrał z X": won against X, or with X aboard)
        before = self.doc[who.start - 1].lower_ if who is not None else ""
        passed = before in vocab.passing_verbs or (
            who is not None and who.start > p.end and before in vocab.crew_joiners
        )
        if who is not None and self.ahead_between(p.end, who.start):
            return None  # "la prima posizione davanti a X": X was beaten, not placed first
        if who is not None and english and self.told_against(p.end, who.start):
            return None  # "finished 14th behind X": X is told against, never placed 14th
        return None if passed else who

    def told_against(self, start: int, end: int) -> bool:
        """In English, whether a word a place is told against ('behind', 'ahead', 'over')
        stands in the words between: the driver after it is not the one placed."""
        return any(t.lower_ in RELATIVE_WORDS | BEATEN_WORDS for t in self.doc[start:end])

    def ahead_between(self, start: int, end: int) -> bool:
        """Outside English, whether the language's 'ahead of' stands in the words between
        ('davanti a', 'vor'): the driver after it is the one beaten."""
        words = tuple(t.lower_ for t in self.doc[start:end])
        return any(
            words[k : k + len(c)] == c for c in self.s.vocab.ahead for k in range(len(words))
        )

    def noun_or_ordinal(self, token) -> bool:  # noqa: ANN001
        """Outside English, a capitalised ordinal, or a word after the article opening the
        sentence: no name ('Pierwszy wyścig wygrał X', 'Das Samstagsrennen gewann X': German
        capitalises its nouns; 'Somit geht der Südbadener als Erster' names its subject)."""
        if self.s.vocab.code == ENGLISH:
            return False
        if ordinal(token.text) is not None:
            return True
        start, nouns = self.s.span.start, self.s.vocab.race_nouns
        if token.lower_ in nouns or token.i > start and self.doc[token.i - 1].lower_ in nouns:
            return True  # "Klasę Open wygrali X": a class and its label
        return token.i == start + 1 and self.doc[start].lower_ in self.s.vocab.articles

    def after_preposition(self, k: int) -> bool:
        """Outside English, a capitalised word (or run of them) after a preposition of the
        language and at most two lower-case words: a place or a class ('w podpoznańskim
        Przeźmierowie', 'w klasie Mini Rok'), its preposition's object, no subject the NER left
        out."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH:
            return False
        doc = self.doc
        while k > self.s.span.start and (
            is_name_word(doc[k].text)
            or doc[k].text == "-"
            and not doc[k].whitespace_
            or _class_code(doc[k].text)
            or doc[k].text.isdigit()
        ):
            k -= 1  # "bei den Rotax-Junioren", "w klasie MX Masters", "nella 60 Mini"
        for _ in range(3):
            word = self.doc[k]
            if word.lower_ in vocab.object_words:
                return True
            if k <= self.s.span.start or not word.text.islower():
                return False
            k -= 1
        return False

    def win_after(self, p) -> None:  # noqa: ANN001
        """'A vitória foi de X', 'El triunfo fue para X', 'Den Sieg holte X': X won; drivers
        introduced after X ('à frente de', 'vor') follow in order."""
        who = self.s.mention_at(p.end, skip=4)
        if who is None or self.in_session(p.start):  # "W kwalifikacjach najlepszy okazał się X"
            return
        if p.start > self.s.span.start and ordinal(self.doc[p.start - 1].text) is not None:
            return  # "la seconda vittoria di X": a count of X's wins, not this race's winner
        if self.contest_before(p.start):
            return  # "il duello è stato vinto da X", "la qualifica è stata vinta da X"
        if any(q.id_ == "place" and q.end == p.start for q in self.phrases):
            return  # "Siódme miejsce padło łupem X": the place's, read with the place
        self.add(who, 1, EXPLICIT, 0.85, p.start, who.end)
        for place, runner in enumerate(self.followers(who.end, ("from", "ahead")), start=2):
            self.add(runner, place, STATED, 0.75, runner.start, runner.end)

    def contest_before(self, start: int) -> bool:
        """Outside English, a duel, a place or a session named in the words right before a win
        phrase of its clause ('il duello è stato vinto da X'): what was won is no race."""
        vocab = self.s.vocab
        nouns = vocab.contest_nouns | vocab.session_words
        if self.relative_to(start, nouns):
            return True
        k = start - 1
        while k >= max(self.s.span.start, start - CONTEST_REACH) and not self.doc[k].is_punct:
            if self.doc[k].lower_ in vocab.list_words:
                return False  # "pole e vittoria del suo pilota X": the pole and the win
            if self.doc[k].lower_ in nouns:
                return True
            k -= 1
        return False

    def relative_to(self, start: int, nouns: frozenset[str]) -> bool:
        """Whether the phrase at `start` opens a relative clause ('..., który padł łupem X')
        whose antecedent, in the words before its comma (a bracket skipped), is one of `nouns`
        ('na krótkim oesie w Rzeszowie (2,3 km), który': a stage won, no race)."""
        doc, first = self.doc, self.s.span.start
        if start - 2 < first or doc[start - 2].text != ",":
            return False
        if doc[start - 1].lower_ not in self.s.vocab.relative_pronouns:
            return False
        depth, seen = 0, 0
        for k in range(start - 3, first - 1, -1):
            depth += (doc[k].text == ")") - (doc[k].text == "(")
            if depth > 0 or doc[k].text in "()":
                continue
            if doc[k].is_punct or seen == RELATIVE_CONTEST_REACH:
                return False
            if doc[k].lower_ in nouns:
                return True
            seen += 1
        return False

    def passive(self, p) -> bool:  # noqa: ANN001
        """'was won by', 'had been won by': the winner follows 'by', the subject did not win."""
        k = next((t.i for t in p if t.lower_ == "won"), None)
        if k is None or k + 1 >= len(self.doc) or self.doc[k + 1].lower_ != "by":
            return False
        if k - 2 >= self.s.span.start and self.doc[k - 1].lower_.endswith("ly"):
            k -= 1  # "was easily won by X"
        return k > 0 and self.doc[k - 1].lower_ in PASSIVE_AUXILIARIES

    def won_no_race(self, p) -> bool:  # noqa: ANN001
        """'The GT class pole was easily won by X', 'the title was won by X': an English passive
        win whose subject, in its clause, is a pole, a title or a session, not a race."""
        if self.s.vocab.code != ENGLISH:
            return False
        k = p.start - 1
        while k >= self.s.span.start and not self.doc[k].is_punct:
            if self.doc[k].lower_ in NOT_WON_RACE_WORDS:
                return True
            k -= 1
        return False

    def disqualified_winner(self, who: Mention | None, start: int) -> bool:
        """Outside English, whether the winner of a win phrase was named after a disqualification
        earlier in its sentence ('dopo la squalifica di X, che aveva vinto la gara'): the win the
        disqualification took away, no result; the driver is unclassified, status dsq."""
        if self.s.vocab.code == ENGLISH or who is None or who.driver is None:
            return False
        for span in self.s.spans("penalties", "PENALTY"):
            if span.id_ != "disqualification" or span.end > start:
                continue
            named = [m for m in self.s.mentions if span.end <= m.start < start]
            if named and named[0].driver == who.driver and named[0].start - span.end <= 3:
                self.add(named[0], None, AMENDED, 0.8, span.start, named[0].end, status="dsq")
                return True
        return False

    def declined(self, who: Mention) -> bool:
        """A name written in a case that is no subject's, by its surname's ending in the
        language's table ('Klimaszewskiego', 'Nowickim': genitive, instrumental)."""
        last = self.doc[who.end - 1].lower_
        return any(
            last.endswith(declined) and declined != nominative
            for declined, nominative, _ in self.s.vocab.name_endings
        )

    def best_of_class(self, p) -> bool:  # noqa: ANN001
        """Outside English, a win phrase of a superlative followed by a class code and the
        language's role noun ('was de snelste MX2 rijder op een 7e plaats'): the best of a
        class inside the race, not the race's winner."""
        vocab, k = self.s.vocab, p.end
        if vocab.code == ENGLISH or k + 1 >= self.s.span.end:
            return False
        code = self.doc[k].text
        coded = len(code) > 1 and code.isalnum() and code.upper() == code
        return coded and self.doc[k + 1].lower_ in vocab.role_nouns

    def win(self, p, winner: Mention | None = None) -> None:  # noqa: ANN001
        if self.negated(p.start):
            self.denied(p)
            return
        fight = next(
            (q for q in self.phrases if 0 <= p.start - q.end <= 1 and self.fought_for(q.start)),
            None,
        )
        if fight is not None:  # "Walkę o drugie miejsce wygrał X": X took the place fought for
            who = self.subject(p.start) or self.s.mention_at(p.end, skip=1)
            self.add(who, self.position_of(fight), STATED, 0.7, p.start, p.end)
            return
        if p.id_ == "win_for" and p.start > 0 and self.doc[p.start - 1].lower_ in CONTEST_WORDS:
            return
        if p.id_ == "win_for" and self.fought_for_win(p.start):
            return  # "A and B vied for the win": the win fought for, not won
        if p.id_ == "win_for" and self.beaten_for_win(p.start):
            return  # "X was just pipped for the win": X lost the win
        if self.s.vocab.code == ENGLISH and any(
            t.lower_ in SOUGHT_WORDS
            for t in self.doc[max(self.s.span.start, p.start - SOUGHT_REACH) : p.start]
        ):
            return  # "had a chance to take the win", "hoping to take victory"
        if p[-1].lower_ in ("winner", "victor") and any(
            t.lower_ in SPAN_WORDS for t in self.doc[p.end : min(p.end + 4, self.s.span.end)]
        ):
            return  # "was the winner of the championship"
        if self.best_of_class(p):
            return
        if self.passive(p):  # "the final, which was won by X": X won, not the subject
            who = self.s.mention_at(p.end, skip=1)
            if who is None or self.won_no_race(p):
                return
            self.add(who, 1, EXPLICIT, 0.9, who.start, who.end)
            return
        who = winner or self.inside(p) or self.inverted(p) or self.resident(self.subject(p.start))
        if winner is None and self.in_fronted_phrase(who, p.start):
            return  # "Op het Circuit de Spa won het team X": the circuit did not win
        beaten = who if winner is None and self.beaten_before(who, p.start) else None
        if beaten is not None:
            # "Y, der beide Läufe vor X gewann": X, the object of 'vor', did not win; Y did
            group = self.s.coordinated(beaten) if beaten.kind == "name" else [beaten]
            who = self.subject(group[0].start)
        if winner is None and who is not None and self.in_participle_aside(who):
            who = self.before_aside(who)  # "X, representing Apex Blue, who won": X, not the team
        if who is not None and self.declined(who):
            who = None  # "Po triumfie Aleksandra Klimaszewskiego, w finale wygrał X": not him
        if winner is None and self.disqualified_winner(who, p.start):
            return
        if who is None and p.id_ == "won":  # "Das Rennen gewann X", "Wyścig wygrał X"
            who = self.named_after(p)
        if self.s.vocab.code != ENGLISH and not self.one_race_won(p, who):
            return
        if self.s.vocab.code != ENGLISH and who is not None and who.kind == "name":
            # a class's crew (`crew_of_class`): its driver; a driver set off after his role and
            # team ('Le pilote Apex, X, a gagné'): himself, never the team before him
            who = self.role_apposition(who) or self.s.coordinated(who)[0]
        crew = self.crew_of_race(p, who) if winner is None else None
        if crew is not None:
            self.crew_won(p, crew)  # "A Lind and B Moss won the rally": the crew's, as A
            return
        if winner is None and (self.joint_subject(who, p.start) or self.shared_race(p, who)):
            return  # "the pair of A and B won", "A and B won the heat": not B's win alone
        self.add(who, 1, EXPLICIT, 0.9, p.start, p.end)
        if beaten is not None and who is not None and who.driver is not None:
            for place, runner in enumerate(group, start=2):  # several: an order only inferred
                self.add(runner, place, STATED, 0.75, runner.start, runner.end)
            return
        start = who.end if who is not None and who.start > p.end else p.end
        runners = (
            self.followers(start, ("from", "ahead"))
            or self.s.beaten_after(p)
            or self.beaten_one(start)
            or self.won_over(p.end)
        )
        for place, runner in enumerate(runners, start=2):
            self.add(runner, place, STATED, 0.75, runner.start, runner.end)

    def role_apposition(self, who: Mention) -> Mention | None:
        """`who` when it is set off by commas right after a name that follows a role noun ('Le
        pilote Apex, X, a gagné', 'El piloto de Apex, X, ganó'): a driver named after his
        team, the two no list of drivers; None otherwise."""
        doc, span, vocab = self.doc, self.s.span, self.s.vocab
        group = self.s.coordinated(who)
        if len(group) != 2 or group[1] is not who or who.end >= span.end:
            return None
        team = group[0]
        if doc[team.end].text != "," or doc[who.end].text != ",":
            return None
        k = team.start - 1
        while k > span.start and (
            doc[k].lower_ in vocab.articles or doc[k].lower_ in vocab.object_words
        ):
            k -= 1  # "el piloto de Apex": the preposition before the team
        return who if k >= span.start and doc[k].lower_ in vocab.role_nouns else None

    def in_fronted_phrase(self, who: Mention | None, start: int) -> bool:
        """In a verb-second language, whether the name right before a win verb stands inside
        the phrase the sentence opens with, after one of its prepositions ('Tijdens de ronde op
        het Circuit de Spa won het team X', 'Auf dem Circuit de Spa gewann X'): the subject
        comes after the verb there, the name before it is the phrase's."""
        vocab = self.s.vocab
        if who is None or not vocab.inverted_subject or not who.end <= start <= who.end + 1:
            return False
        opening = self.doc[self.s.span.start : who.start]
        breaks = vocab.clause_breaks | vocab.list_words
        if any(t.is_punct or t.lower_ in breaks for t in opening):
            return False  # "In de race deed A mee en B won": B opens a clause of its own
        if any(self.s.span.start <= m.start < who.start for m in self.s.mentions):
            return False
        return any(t.lower_ in vocab.object_words for t in opening)

    def beaten_before(self, who: Mention | None, start: int) -> bool:
        """Outside English, whether the driver named right before a win verb or a place at the
        end of its clause is the object of the language's 'ahead of' ('der beide Läufe vor X
        gewann', 'kam vor X auf Rang 3'): the one beaten, not the one placed."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH or who is None or who.end != start:
            return False
        first = self.s.coordinated(who)[0] if who.kind == "name" else who
        before = self.doc[first.start - 1].lower_ if first.start > self.s.span.start else ""
        return any(c == (before,) for c in vocab.ahead)

    def in_participle_aside(self, who: Mention) -> bool:
        """An English mention that a participle opening an aside takes as its object ('X,
        representing Apex Blue in this series, who won'): not the one the clause is about."""
        k = who.start - 1
        return (
            self.s.vocab.code == ENGLISH
            and k - 1 >= self.s.span.start
            and self.doc[k].lower_.endswith("ing")
            and self.doc[k].is_alpha
            and self.doc[k - 1].text == ","
        )

    def before_aside(self, who: Mention) -> Mention | None:
        """The name the aside holding `who` follows ('X, representing Y': X); None when no name
        closes right before its comma."""
        comma = who.start - 2
        return next((m for m in self.s.mentions if m.end == comma and m.kind == "name"), None)

    def won_over(self, end: int) -> list[Mention]:
        """The one driver right after an English win and 'over' ('took the victory over X',
        'repeating his win over X'): the runner-up; [] for several or none."""
        if self.s.vocab.code != ENGLISH or end >= self.s.span.end or self.doc[end].lower_ != "over":
            return []
        first = self.s.mention_at(end + 1)
        if first is None or first.kind != "name" or len(self.s.coordinated(first)) > 1:
            return []
        return [first]

    def beaten_one(self, start: int) -> list[Mention]:
        """The one driver an English win's participle clause beats ('won the final at Lakeside,
        beating pole starter X'): the next place; [] for several (an order only inferred)."""
        if self.s.vocab.code != ENGLISH:
            return []
        stop = min(start + BEATING_REACH, self.s.span.end)
        k = next((k for k in range(start + 1, stop) if self.doc[k].lower_ in BEATING_WORDS), None)
        if (
            k is None
            or self.doc[k - 1].text != ","
            or any(start <= m.start < k for m in self.s.mentions)
        ):
            return []
        first = self.s.mention_at(k + 1)
        if first is None or first.kind != "name" or len(self.s.coordinated(first)) > 1:
            return []
        return [first]

    def shared_race(self, p, who: Mention | None) -> bool:  # noqa: ANN001
        """Whether an English win of one race ('won the heat', 'won race two') has a subject of
        several names ('A and B won the heat'): it does not say who won it."""
        if self.s.vocab.code != ENGLISH or who is None or who.kind != "name" or who.end > p.start:
            return False
        words = [t.lower_ for t in p]
        after = self.doc[p.end] if p.end < self.s.span.end else None
        numbered = after is not None and (after.like_num or count_word(after.text) is not None)
        return (
            ("the" in words or numbered)  # "the heat", "race two": one race
            and words[-1] in RACE_NOUNS
            and len(self.s.coordinated(who)) > 1
            and not any(t.lower_ in RESPECTIVELY for t in self.s.span)
        )

    def crew_of_race(self, p, who: Mention | None) -> Mention | None:  # noqa: ANN001
        """In English, the first of two full names joined by one 'and' or '&' that won one race
        ('Ann Lind and Bo Moss won the rally'): one race has one winner, so the two are its crew
        (a driver and co-driver, a sidecar's driver and passenger), the first named its driver;
        None for any other subject (three names, a given name alone, a pair noun before), and
        for a heat (`heat_wins` reads a heat's win as its own race, for one driver only)."""
        if not self.shared_race(p, who) or self.joint_subject(who, p.start):
            return None
        if any(t.lower_ in HEAT_NOUNS for t in self.s.span):
            return None
        return self.crew_pair(who)

    def crew_pair(self, second: Mention) -> Mention | None:
        """In a report of crews of two (`crews`), the first of exactly two names printed in full
        ('Ann Lind and Bo Moss', 'Ann Lind & Bo Moss') when `second` is the pair's second; None
        otherwise ('Ann and Bo Moss' names its first by her given name alone, 'A, B and C' are
        three; elsewhere two names may share a car, whose entrant the names do not give)."""
        if not self.crews:
            return None  # "A and B finished third in their Peugeot": a shared car's, no crew's
        group = self.s.coordinated(second)
        if len(group) != 2 or group[1] is not second:
            return None
        first = group[0]
        joint = [t.lower_ for t in self.doc[first.end : second.start]]
        if joint not in (["and"], ["&"]) or first.driver is None:
            return None
        if any(m.end - m.start < 2 for m in group):
            return None
        return first

    def crew_subject(self, who: Mention | None) -> Mention | None:
        """In English, the first of a crew of two full names joined by one 'and' or '&'
        (`crew_pair`) that opens its clause, its verb right after it ('A Lind and B Moss drove
        to sixth', ', A Lind and B Moss had ... 16th'): one place told of the two is the crew's,
        its first named its driver; None otherwise (`shared_place` then gives none)."""
        if self.s.vocab.code != ENGLISH or not self.shared_place(who):
            return None
        first = self.crew_pair(who)
        if first is None or who.end >= self.s.span.end:
            return None
        opens = first.start == self.s.span.start or self.doc[first.start - 1].text == ","
        verb = self.doc[who.end]
        verb_next = (
            verb.is_lower
            and verb.is_alpha
            and (not verb.is_stop or verb.lower_ in CREW_FUNCTION_VERBS)
        )
        return first if opens and verb_next else None

    def crew_won(self, p, crew: Mention) -> None:  # noqa: ANN001
        """A crew's win (`crew_of_race`) and the one runner-up after it ('from C Dahl and D
        Falk': that crew, as C); several runners or a crew not named in full give no place."""
        self.add(crew, 1, EXPLICIT, 0.9, p.start, p.end)
        runners = self.followers(p.end, ("from", "ahead")) or self.won_over(p.end)
        if len(runners) == 2:
            runners = [first] if (first := self.crew_pair(runners[1])) is not None else []
        if len(runners) == 1:
            self.add(runners[0], 2, STATED, 0.75, runners[0].start, runners[0].end)

    def joint_subject(self, who: Mention | None, start: int) -> bool:
        """Whether an English win's subject is the last of two names joined by 'and' that a
        pair noun introduces ('the pair of A and reigning champion B won'), nothing but words of
        the second's description between: the pair's win, not B's alone."""
        if self.s.vocab.code != ENGLISH or who is None or who.kind != "name" or who.end > start:
            return False
        if any(t.is_punct for t in self.doc[who.end : start]) or any(
            t.lower_ in RESPECTIVELY for t in self.s.span
        ):
            return False
        before = [m for m in self.s.mentions if m.end <= who.start and m.kind == "name"]
        if not before:
            return False
        joint = self.doc[before[-1].end : who.start]
        lead = self.doc[max(self.s.span.start, before[-1].start - PAIR_REACH) : before[-1].start]
        return (
            0 < len(joint) <= JOINT_REACH  # none between: one name read as two mentions
            and joint[0].lower_ == "and"
            and not any(t.is_punct or t.like_num for t in joint)
            and any(t.lower_ in PAIR_NOUNS for t in lead)
        )

    def modal_win(self, p) -> None:  # noqa: ANN001
        """'X konnte den ersten Lauf gewinnen', 'wist Y de overwinning te behalen', 'nachdem er
        den Lauf gewinnen konnte': a win in the infinitive after a modal of something done
        (`factual_modals`) in its clause; the driver right after the modal (a verb-second
        clause's subject) or acting before it won. Other modals ('will', 'hätte') state none."""
        modal = self.factual_modal(p)
        if modal is None or self.negated(max(p.start, modal + 1)) is not None:
            return
        if self.counted(modal + 1, p.start):
            return  # "hat schon drei Rennen gewonnen", "wist 2 manches te winnen": a count
        if any(t.lower_ in self.s.vocab.contest_nouns for t in self.doc[modal + 1 : p.start]):
            return  # "konnte X den Kampf für sich entscheiden": a fight won, no race
        who = self.s.mention_at(modal + 1, skip=0) if modal < p.start else None
        who = who or self.subject(min(modal, p.start))
        if self.one_race_won(p, who):
            self.add(who, 1, STATED, 0.8, min(modal, p.start), max(modal + 1, p.end))

    def counted(self, start: int, end: int) -> bool:
        """Whether a number above one stands in the words between (digits, or words of the
        language: 'drei', 'twee'): wins counted, no one race won."""
        return any(
            t.like_num
            and not (t.is_digit and int(t.text) == 1)
            or (position_number(t.text) or 0) > 1
            for t in self.doc[start:end]
        )

    def factual_modal(self, p) -> int | None:  # noqa: ANN001
        """Where the modal of a win in the infinitive stands: before it in its clause, or right
        after it ('gewinnen konnte'); None when no modal of the language's `factual_modals`."""
        modals = self.s.vocab.factual_modals
        if p.end < self.s.span.end and self.doc[p.end].lower_ in modals:
            return p.end
        k = p.start - 1
        while k >= self.s.span.start and not self.doc[k].is_punct:
            if self.doc[k].lower_ in self.s.vocab.clause_breaks:
                return None
            if self.doc[k].lower_ in modals:
                return k
            k -= 1
        return None

    def one_race_won(self, p, who: Mention | None) -> bool:  # noqa: ANN001
        """Outside English, whether a win phrase states one race won by its driver: not a duel
        or battle won ('gagnait son duel avec Y pour la 2e place': X that place), no win of a
        year told ('que ganhou em Suzuka em 2003'),
        not a win in a session that is no race ('venció a Y en la calificación'), and not a
        list of drivers who each won something ('A, B e C venceram': which race, not said)."""
        clause = self.doc[p.end : self.clause_end(p.end)]
        words = [t.lower_ for t in clause if not t.is_punct or t.text in ",;"]
        words = words[: words.index(",") if "," in words else len(words)]
        vocab = self.s.vocab
        near = self.doc[p.end : min(p.end + 3, self.s.span.end)]
        if any(t.lower_ in vocab.contest_nouns for t in near):
            self.duel_won(p, who)
            return False
        if any(w in vocab.session_words for w in words):
            return False
        if any(len(w) == 4 and w.isdigit() and w[:2] in ("19", "20") for w in words):
            return False  # "que ganhou em Suzuka na temporada 2003": a win of another year
        if self.count_follows(p.end):
            return False  # "gagne à deux reprises", "ha vinto due gare": which races, not said
        return (
            who is None
            or who.kind != "name"
            or len(self.s.coordinated(who)) == 1
            or self.crew_of_class(who)
            or self.role_apposition(who) is not None
        )

    def crew_of_class(self, who: Mention) -> bool:
        """Outside English, whether two names joined by 'and' won in a clause that names one
        class and no other race ('Klasę Open wygrali A i B', 'W klasie T3 wygrali A i B'): one
        class has one winner, so the two are its crew, the first named its driver."""
        group, vocab = self.s.coordinated(who), self.s.vocab
        if len(group) != 2 or any(t.lower_ in vocab.respectively for t in self.s.span):
            return False
        joint = self.doc[group[0].end : group[1].start]
        if not any(t.text != "," and t.lower_ in vocab.list_words for t in joint):
            return False
        start = max(
            (
                t.i + 1
                for t in self.doc[self.s.span.start : who.start]
                if t.lower_ in vocab.clause_breaks
            ),
            default=self.s.span.start,
        )
        end = next(
            (t.i for t in self.doc[who.end : self.s.span.end] if t.lower_ in vocab.clause_breaks),
            self.s.span.end,
        )
        nouns = [t for t in self.doc[start:end] if t.lower_ in vocab.race_nouns]
        return (
            len(nouns) == 1
            and nouns[0].i + 1 < self.s.span.end
            and not self.doc[nouns[0].i + 1].text[:1].islower()
        )

    def count_follows(self, end: int) -> bool:
        """Outside English, a count of two or more right after a win phrase, past a preposition
        of the language ('gagne à deux reprises', 'ha vinto due gare', 'venceu duas vezes'): wins
        counted, not one race won. A count that measures a margin has its seconds word after it
        ('vince due secondi davanti', a time the ruler found), and is no count of wins."""
        k, last = end, self.s.span.end
        if k < last and self.doc[k].lower_ in COUNT_PREPOSITIONS:
            k += 1
        if k + 1 >= last:
            return False
        count = self.doc[k]
        value = int(count.text) if count.is_digit else all_numbers().get(count.lower_)
        after = self.doc[k + 1]
        timed = any(q.start <= k < q.end for q in self.s.spans("times"))
        return (
            value is not None
            and 2 <= value <= MAX_COUNTED_WINS
            and not timed
            and after.is_alpha
            and ordinal(after.text) is None
        )

    def places_of(self) -> None:
        """'il terzo posto di X', 'Settima posizione per l'indiano X', 'la 6e place pour X': a
        place owned by the driver named right after it (a role between allowed), whatever the
        clause's subject; the phrases it overlaps are read with it. Not a place on the grid
        or in the standings told after the driver."""
        for p in self.phrases:
            if p.id_ != "place_of" or any(q.id_ in ("grid", "pole") for q in self.phrases):
                continue
            who = self.s.mention_at(p.end, skip=4)
            value = self.position_of(p)
            if who is None or value is None or self.in_standings_elsewhere(who.end):
                continue
            self.add(who, value, STATED, 0.75, p.start, who.end)
            self.read_with.update(q.start for q in self.phrases if p.start <= q.start < p.end)
            self.ahead_of(who.end, value)  # "Il quarto posto è di X, davanti a Y e Z"

    def duel_won(self, p, who: Mention | None) -> None:  # noqa: ANN001
        """'X gagnait son duel avec Y pour le gain de la 2e place': X took that place (Y's is
        not said: a penalty may still move him)."""
        end = next(
            (t.i for t in self.doc[p.end : self.s.span.end] if t.text in ",;:"), self.s.span.end
        )
        if any(t.lower_ == "pole" for t in self.doc[p.end : min(p.end + 3, end)]):
            return  # "si aggiudica la pole position": the pole phrase tells it
        value = next((v for t in self.doc[p.end : end] if (v := ordinal(t.text))), None)
        if who is not None and value is not None:
            self.add(who, value, STATED, 0.7, p.start, p.end)
            self.read_with.update(q.start for q in self.phrases if p.end <= q.start < end)

    def negated(self, index: int) -> int | None:
        """Where a negation of the words at `index` stands in their clause ('was unable to make
        the overtake to grab the win', "couldn't make the move for the win"); None if none."""
        k = index - 1
        vocab = self.s.vocab
        while k >= max(self.s.span.start, index - NEGATION_REACH) and not self.doc[k].is_punct:
            word = self.doc[k].lower_
            if word in NEGATIONS:
                return k
            if vocab.code != ENGLISH and word in vocab.list_words and word.isalpha():
                return None  # "n'a pas tremblé ... et remporte": the negation is the verb's before
            if (
                word in vocab.negations
                and self.doc[k + 1].lower_ not in vocab.negation_limiters
                and not any(k < m.start < index for m in self.s.mentions)
            ):  # "X non ha vinto", "X no ganó"; not "non solo ha vinto", nor "senza mai
                return k  # risparmiarsi X ha vinto" (the negation is another clause's)
            k -= 1
        return None

    def denied(self, p) -> None:  # noqa: ANN001
        """'X closed on Y but couldn't make the move for the win': Y won, X second; a denied win
        with no one else named says nothing."""
        negation = self.negated(p.start)
        chaser = self.subject(negation)
        if chaser is None or chaser.driver is None:
            return
        chased = {
            m.driver: m
            for m in self.s.mentions
            if chaser.end <= m.start < negation
            and m.driver not in (None, chaser.driver)
            and self.s.is_object(m)
        }
        if len(chased) == 1:
            leader = next(iter(chased.values()))
            self.add(leader, 1, STATED, 0.7, leader.start, leader.end)
            self.add(chaser, 2, DERIVED, 0.65, p.start, p.end)

    def position(self, p) -> None:  # noqa: ANN001
        value = self.position_of(p)
        if value is None or self.in_standings(p.end) or self.standings_before(p.start):
            return  # 'a la primera plaza de la general, seguida por X': X's place is no result
        who = self.inverted(p)
        if who is not None:  # "finishing just behind him in second place was X"
            self.add(who, value, STATED, 0.75, p.start, p.end)
            return
        if self.bracketed_place(p):
            return  # "Y (Platz 9)": Y's own place, read with Y, never the subject's
        if self.while_running(p.start):
            return  # "who blew his engine while holding second place": no finish
        if self.given_up_to(p):
            return  # "laisse sa 3e place à Y": a place lost to Y, who is not said to keep it
        if self.left_in_place(p):
            return  # "deixando o rival na 3ª posição": the rival's place, the rival unnamed
        named = self.attributive_owner(p)
        if named is not None:  # "ahead of second-place finisher X": X's place, not the subject's
            self.add(named, value, STATED, 0.7, p.start, p.end + 1)
            return
        who = self.listed_place_owner(p) or self.fronted_owner(p) or self.subject(p.start)
        if self.beaten_before(who, p.start):
            return  # "X kam knapp vor Y auf Rang 3 ins Ziel": the place is X's, not Y's
        if who is None and p.id_ == "place":  # "Na segunda posição ficou X", and a place opening
            # its sentence outside English: 'Al 4° posto ha concluso un'ottima gara anche X'
            opening = p.start == self.s.span.start and self.s.vocab.code != ENGLISH
            if self.unread_owner_before(p.start):
                return  # "belegte Ben Platz 13 und mit Cem ...": Ben's place, a name not read
            who = self.named_after(p, skip=OPENING_PLACE_REACH if opening else 4)
            if who is not None and self.running_between(p.end, who.start):
                return  # "Na trzecim miejscu plasowali się X": where X lay, not finished
        status: Status = "finished"
        if p.id_ == "in":  # "de Wit in fourth": where he finished; "emerge in fifth": where he ran
            phrase = next((q for q in self.phrases if q.end == p.start), None)
            if phrase is not None:  # "took the last qualifying spot in fourth"
                who = self.subject(phrase.start)
            elif who is None or not self.only_gap_between(who.end, p.start):
                return
            elif self.s.vocab.code == ENGLISH and self.lapped_gap(who.end, p.start):
                status = "lapped"  # "finished a lap down in tenth"
        who = self.crew_subject(who) or who  # "A Lind and B Moss ... in 16th": as A
        if self.shared_place(who) or self.unnamed_antecedent(who, p.start):
            return
        if self.unread_name_before(who, p.start) or self.unread_clause_subject(who, p.start):
            return
        if self.unread_item_between(who, p.start):
            return
        self.add(who, value, STATED, 0.75, p.start, p.end, status=status)
        if p.id_ in ("took", "held"):  # "took fourth from X", "held on for second ahead of X,
            # Y and Z": X next, and a list in order
            for offset, runner in enumerate(self.followers(p.end, ("from", "ahead"))):
                self.add(runner, value + 1 + offset, DERIVED, 0.7, runner.start, runner.end)
        elif p.id_ == "place" and who is not None:  # "Auf dem zweiten Platz landete X vor Y"
            self.followed(max(p.end, who.end), value + 1)  # "..., che precede Y e Z"
            self.ahead_of(max(p.end, who.end), value)

    def given_up_to(self, p) -> bool:  # noqa: ANN001
        """Outside English, the driver's own place handed to a driver named right after it ('laisse
        sa 3e place à Y', 'cedió su cuarto puesto a Y'): no place of the subject's."""
        vocab, doc = self.s.vocab, self.doc
        if vocab.code == ENGLISH or p.start <= self.s.span.start or p.end >= self.s.span.end:
            return False
        if doc[p.start - 1].lower_ not in vocab.own_words:
            return False
        if doc[p.end].lower_ not in vocab.to_words:
            return False
        return self.s.mention_at(p.end + 1, skip=0) is not None

    def left_in_place(self, p) -> bool:  # noqa: ANN001
        """Outside English, a place after the language's verb of leaving and its object, a few
        words that name no driver ('deixando seu rival na 3ª posição', 'lasciando il compagno
        in terza posizione'): the place is the object's, whom the words do not name, never the
        subject's. An object that is a driver's name ('deixando X na 3ª posição') is read as
        before."""
        vocab, doc, first = self.s.vocab, self.doc, self.s.span.start
        if vocab.code == ENGLISH or not vocab.leave_words:
            return False
        k = p.start - 2  # one word of the object at least
        while k >= first and p.start - k <= LEAVE_REACH + 1:
            if doc[k].is_punct:
                return False
            if doc[k].lower_ in vocab.leave_words:
                named = self.s.mention_at(k + 1)
                return not (named is not None and named.kind == "name" and named.end == p.start)
            k -= 1
        return False

    def fronted_owner(self, p):  # noqa: ANN001, ANN201
        """Outside English, a place set off by a comma at the head of its clause ('Em quarto,
        X (time) e, em quinto, Y'): the driver named right after the comma, not the subject
        of the clause before. None otherwise."""
        vocab, doc, first = self.s.vocab, self.doc, self.s.span.start
        if vocab.code == ENGLISH or p.end + 1 >= self.s.span.end or doc[p.end].text != ",":
            return None
        k = p.start - 1
        if k >= first and doc[k].text == ",":
            k -= 1  # "e, em quinto,"
        opens = (
            k < first or doc[k].lower_ in vocab.list_words or doc[k].lower_ in vocab.clause_breaks
        )
        if not opens or (k >= first and doc[k].text == ","):
            return None
        who = self.s.mention_at(p.end + 1, skip=0)
        if who is None or who.end >= self.s.span.end:
            return who
        # a verbless item ('em quinto, Y (time)'), not a discourse opener before a clause
        # ('En primer lugar, X ganó ...'): the name closes its item
        after = doc[who.end]
        return who if after.is_punct or after.lower_ in vocab.list_words else None

    def while_running(self, start: int) -> bool:
        """'who retired while holding second place', 'whilst running third': a place held during
        the race, while something else happened, is no finish (English)."""
        if self.s.vocab.code != ENGLISH:
            return False
        k = start - 1
        if self.doc[start].lower_ not in WHILE_RUNNING_WORDS:
            if k - 2 > self.s.span.start and self.doc[k - 1].text in HYPHENS:
                k -= 2  # "while holding-down second place"
            if k <= self.s.span.start or self.doc[k].lower_ not in WHILE_RUNNING_WORDS:
                return False
            k -= 1
        return k >= self.s.span.start and self.doc[k].lower_ in WHILE_WORDS

    def attributive_owner(self, p):  # noqa: ANN001, ANN201
        """'ahead of second-place finisher X': a hyphened place before a noun of a driver and a
        name is that name's (English); None otherwise."""
        if self.s.vocab.code != ENGLISH or p.id_ != "place" or len(p) < 3:
            return None
        if p[-2].text not in HYPHENS or p.end + 1 >= self.s.span.end:
            return None
        if self.doc[p.end].lower_ not in ATTRIBUTIVE_PLACE_NOUNS:
            return None
        return self.s.mention_at(p.end + 1, skip=0)

    def running_between(self, start: int, end: int) -> bool:
        """Outside English, whether a cue of the running order (the language's `in_race_cues`:
        'plasowali się', was lying) stands between a place and its driver."""
        return self.s.vocab.code != ENGLISH and any(
            c.id_ == "in_race" and start <= c.start and c.end <= end
            for c in self.s.spans("cues", "CUE")
        )

    def bracketed_place(self, p) -> bool:  # noqa: ANN001
        """Outside English, a place phrase alone in brackets right after a driver ('gefolgt von
        Y (Platz 9)', 'X (4. Platz)'): his place, which `bracketed_ordinal` reads."""
        k = p.start - 1
        if self.s.vocab.code == ENGLISH or k <= self.s.span.start or self.doc[k].text != "(":
            return False
        if self.bracketed_ordinal(k) is None:
            return False
        if any(m.end == k for m in self.s.mentions):
            return True
        return self.unread_before_bracket(k)

    def unread_before_bracket(self, k: int) -> bool:
        """Whether a capitalised word no mention covers stands right before the bracket at `k`
        ('und Nina (Platz 2)' with 'Nina' not read): the place is that name's, never the
        subject's before it."""
        return self.unread_capital(self.doc[k - 1])

    def unread_capital(self, token) -> bool:  # noqa: ANN001 - a spaCy Token
        """Whether `token` is a capitalised word of letters, no word the language never names
        anyone by, that no mention covers: a name the reader did not take for one."""
        return (
            token.is_title
            and token.is_alpha
            and token.lower_ not in self.s.vocab.not_name_words
            and not any(m.start <= token.i < m.end for m in self.s.mentions)
        )

    def listed_place_owner(self, p):  # noqa: ANN001, ANN201
        """Outside English, the driver named right after a place phrase that opens the next item
        of a list ('Em segundo ficou X e em terceiro Y': Y, not X before it); None otherwise."""
        vocab = self.s.vocab
        if vocab.code == ENGLISH or p.id_ != "place" or p.start <= self.s.span.start:
            return None
        before = self.doc[p.start - 1]
        if not (before.text in (",", ";") or before.lower_ in vocab.list_words):
            return None
        return self.s.mention_at(p.end, skip=0)

    def promoted(self, p) -> None:  # noqa: ANN001
        """'That promoted X to fourth, Y to fifth and Z to sixth': each driver before 'to <Nth>'."""
        start = p.end
        for k in range(p.end, self.clause_end(p.end) - 1):
            if self.doc[k].lower_ != "to":
                continue
            value = ordinal(self.doc[k + 1].text)
            after = self.doc[k + 2].lower_ if k + 2 < len(self.doc) else ""
            named = [m for m in self.s.mentions if start <= m.start and m.end <= k]
            if value is not None and not self.not_position(after) and named:
                self.add(named[0], value, STATED, 0.75, named[0].start, k + 2)
            start = k + 2

    def listed_place(self, start: int) -> bool:
        """'after scoring twelfth and seventh place', 'in 2° e 3° posizione': the last of a list
        of places (one driver's in several races, or a running order) is none of them alone."""
        k = start - 1
        joiners = LIST_WORDS | self.s.vocab.list_words
        if k <= self.s.span.start or self.doc[k].lower_ not in joiners:
            return False
        return ordinal(self.doc[k - 1].text) is not None

    def lists_places(self, end: int) -> bool:
        """'finished 2nd and 3rd in those races': a place with more places listed after it is
        one of a driver's places in several races, none of them alone (English)."""
        if self.s.vocab.code != ENGLISH or end + 1 >= self.s.span.end:
            return False
        return self.doc[end].lower_ in ("and", ",") and ordinal(self.doc[end + 1].text) is not None

    def only_gap_between(self, start: int, end: int) -> bool:
        """Nothing but a finishing gap between a driver and 'in third' ('Moreau was 0.3s adrift
        in second', 'Ferreira a further 2.1 seconds back in third'), past his team in English
        ('X of Apex Racing in third')."""
        timed = {i for q in self.s.spans("times") for i in range(q.start, q.end)}
        start = self.past_code_brackets(start, end)
        start = self.past_vehicle(start, end)
        if self.s.vocab.code == ENGLISH and start < end and self.doc[start].lower_ == "of":
            k = start + 1  # "with X of Apex Racing in third": the team he drives for
            while k < end and self.doc[k].is_title:
                k += 1
            start = k if k > start + 1 else start
        words = set(GAP_WORDS)
        if self.s.vocab.code == ENGLISH and self.lapped_gap(start, end):
            words |= LAPPED_GAP_WORDS | {"in"}
            if start < end and self.doc[start].lower_ in FINISHED_GAP_WORDS:
                start += 1
        return all(t.i in timed or t.like_num or t.lower_ in words for t in self.doc[start:end])

    def past_code_brackets(self, start: int, end: int) -> int:
        """In English, past the brackets right after a driver before 'in fifth' ('Ivo Brant
        (KT9) in fifth', 'Ivo Brant (Apex Kart) in fifth'): his car number or team, when no
        name without a digit (another driver) is read inside them; `start` otherwise."""
        if self.s.vocab.code != ENGLISH or start >= end or self.doc[start].text != "(":
            return start
        k = self.past_brackets(start)
        inside = [m for m in self.s.mentions if start <= m.start < k]
        coded = all(any(c.isdigit() for c in self.doc[m.start : m.end].text) for m in inside)
        return k if k <= end and coded else start

    def lapped_gap(self, start: int, end: int) -> bool:
        """Whether the words before 'in tenth' tell laps lost ('a lap down', 'three laps in
        arrears'), each 'in' among them opening 'in arrears'."""
        words = [t.lower_ for t in self.doc[start:end]]
        if not any(w in ("lap", "laps") for w in words):
            return False
        return all(w != "in" or words[k + 1 : k + 2] == ["arrears"] for k, w in enumerate(words))

    def past_vehicle(self, start: int, end: int) -> int:
        """Where the words after a driver go on past the car or team he is told in ('Ben Myall
        in the Gerrel MK1 in third', 'Ivo Brant in his Austin 7 in fourth'): a preposition of
        driving, a determiner, and only capitalised words or numbers, no other driver; `start`
        when no such phrase stands there or more words follow it before `end`."""
        if self.s.vocab.code != ENGLISH or start >= end:
            return start
        if self.doc[start].lower_ not in VEHICLE_PREPS:
            return start
        k = start + 1
        if k < end and self.doc[k].lower_ in VEHICLE_DETERMINERS:
            k += 1
        words = k
        while (
            k < end
            and k - words < MAX_VEHICLE_WORDS
            and (self.doc[k].text[:1].isupper() or self.doc[k].like_num)
        ):
            k += 1
        named = any(start <= m.start < k for m in self.s.mentions)
        return k if k > words and not named and k == end else start

    def beat(self, p) -> None:  # noqa: ANN001
        """'pipped X to second (by 0.004s)': the subject second, X third; 'beat X to the line'."""
        who = self.subject(p.start)
        loser = self.s.mention_at(p.end, skip=2)
        if who is None or loser is None:
            return
        k = loser.end
        if k + 2 < self.s.span.end and self.doc[k].lower_ == "across":  # "across the line"
            if self.doc[k + 1].lower_ == "the" and self.doc[k + 2].lower_ in ("line", "finish"):
                self.add(who, 1, STATED, 0.8, p.start, k + 3)
                self.add(loser, 2, DERIVED, 0.75, loser.start, loser.end)
            return
        if k + 1 < len(self.doc) and self.doc[k].lower_ == "to":
            after_the = [t.lower_ for t in self.doc[k + 2 : k + 4]]
            value = ordinal(self.doc[k + 1].text) or (
                1 if self.doc[k + 1].lower_ == "the" and _names_the_finish(after_the) else None
            )
            if value is None and self.s.vocab.code == ENGLISH and self.win_at(k + 1):
                value = 1  # "held off X to take the win": X second
            if value:
                self.add(who, value, STATED, 0.8, p.start, k + 2)
                self.add(loser, value + 1, DERIVED, 0.75, loser.start, loser.end)
        elif p.id_ == "beat" and p[0].lower_ in HOLDING_WORDS:
            self.held_for(who, loser)

    def win_at(self, k: int) -> bool:
        """Whether a win phrase ('take the win', 'claim victory') starts at token `k`."""
        return any(q.start == k and q.id_ in WIN_PHRASES for q in self.phrases)

    def held_for(self, who: Mention, loser: Mention) -> None:
        """'X held off Y (and Z) for fifth': X fifth; the drivers held off are behind him, by
        how many places the sentence does not say."""
        held = self.s.coordinated(loser) if loser.kind == "name" else [loser]
        k = self.past_brackets(held[-1].end)
        if k + 1 >= self.s.span.end or self.doc[k].lower_ != "for":
            return
        value = ordinal(self.doc[k + 1].text)
        after = self.doc[k + 2].lower_ if k + 2 < len(self.doc) else ""
        if value is not None and not self.not_position(after):
            self.add(who, value, STATED, 0.75, who.start, k + 2, relative=False)

    def grid(self, p) -> None:  # noqa: ANN001
        if p.id_ == "pole_sitter":  # "Pole sitter Dupont"; "the pole sitter" alone is a role
            who = self.s.mention_at(p.end, skip=0)
            self.add(who, 1, EXPLICIT, 0.85, p.start, p.end, qualifying=True)
        elif p.id_ == "pole":
            who = self.subject(p.start)
            if who is None and p.end < len(self.doc) and self.doc[p.end].lower_ == "to":
                who = self.s.mention_at(p.end + 1, skip=0)  # "handed pole position to X"
            self.add(who, 1, EXPLICIT, 0.85, p.start, p.end, qualifying=True)
            for runner in self.followers(p.end, ("from", "ahead"))[:1]:
                self.add(runner, 2, STATED, 0.75, runner.start, runner.end, qualifying=True)
        elif not self.tells_qualifying(p):
            return  # "started second on the grid": a grid slot (a reversed grid, a penalty) is
            # no qualifying position; the phrase is read so that it is not taken for a finish
        elif p.id_ == "grid":
            who, value = self.subject(p.start), self.position_of(p)
            self.add(who, value, STATED, 0.75, p.start, p.end, qualifying=True)
        else:
            who = self.subject(p.start)  # "with X lining up alongside" the pole sitter
            self.add(who, 2, STATED, 0.7, p.start, p.end, qualifying=True)

    def tells_qualifying(self, p) -> bool:  # noqa: ANN001
        """Whether a grid phrase states a qualifying position: 'qualified 12th', or a slot told
        after the pole in the same sentence ('took pole from A, with B lining up third')."""
        if self.doc[p.start].lower_.startswith("qualif"):
            return True
        return any(q.id_ in ("pole", "pole_sitter") for q in self.phrases if q.end <= p.start)

    def prevailed(self, p) -> None:  # noqa: ANN001
        """'A and B completed a battle for third, with A getting the verdict': A third, B fourth."""
        battle = next((q for q in self.phrases if q.id_ == "battle"), None)
        winner = self.subject(p.start)
        if battle is None or winner is None:
            return
        value = self.position_of(battle)
        others = [d for d in battle_rivals(self.s, battle) if d != winner.driver]
        if value is None or winner.driver not in battle_rivals(self.s, battle) or len(others) != 1:
            return
        self.add(winner, value, STATED, 0.7, p.start, p.end)
        loser = next(m for m in self.s.mentions if m.driver == others[0])
        self.add(loser, value + 1, DERIVED, 0.65, battle.start, battle.end)

    def lost(self, p) -> None:  # noqa: ANN001
        """'X lost fourth place to Y on the last lap': Y fourth."""
        self.add(self.s.mention_at(p.end), self.position_of(p), STATED, 0.7, p.start, p.end)

    def went_to(self, p) -> None:  # noqa: ANN001
        """'Victory in the finale went to X', 'pole position went to X', '... and 3rd went to
        X'. The words read are those of the clause: after the last driver named before 'went
        to' ('2nd place was awarded to A and 3rd went to B': '3rd', not '2nd place')."""
        nouns = [t.lower_ for t in self.doc[self.s.span.start : p.start]]
        named = [m.end for m in self.s.mentions if m.end <= p.start]
        clause = [t.lower_ for t in self.doc[max([self.s.span.start, *named]) : p.start]]
        while clause and (clause[0] in LIST_WORDS or clause[0] in CLAUSE_OPENERS):
            clause = clause[1:]  # "A was second and 3rd went to B": the clause after 'and'
        if named and any(w in WENT_TO_NOUNS or ordinal(w) is not None for w in clause):
            nouns = clause  # the clause names its own place; else "The win, after A spun, went"
        noun = next((w for w in reversed(nouns) if w in WENT_TO_NOUNS), None)
        who = self.s.mention_at(p.end, skip=0) or self.after_owner(p.end)
        if noun == "pole":
            self.add(who, 1, EXPLICIT, 0.85, p.start, p.end, qualifying=True)
        elif noun in MEDALS:  # "silver went to X"
            self.add(who, MEDALS[noun], STATED, 0.75, p.start, p.end)
        elif noun is not None:
            self.add(who, 1, EXPLICIT, 0.85, p.start, p.end)
        elif len(nouns) >= 2 and nouns[1] in ("place", "position", "spot"):
            value = ordinal(nouns[0])  # "First place in the main race went to X"
            self.add(who, value, EXPLICIT, 0.85, p.start, p.end)
        elif named and len(nouns) == 1 and (value := ordinal(nouns[0])) is not None:
            # "A was second and 3rd went to B": a bare place after another driver's clause (not
            # "The second went to B", which may be a race)
            self.add(who, value, STATED, 0.75, p.start, p.end)
        elif _race_before(nouns) and not any(m.start < p.start for m in self.s.mentions):
            self.add(who, 1, STATED, 0.75, p.start, p.end)  # "Race two went to X"
            if who is not None and self.s.vocab.code == ENGLISH:
                # "The Cadet class went to X from Y": Y next
                for place, runner in enumerate(self.followers(who.end, ("from",)), start=2):
                    self.add(runner, place, STATED, 0.75, runner.start, runner.end)

    def after_owner(self, start: int) -> Mention | None:
        """In English, the driver after a team's possessive at `start` ('went to Apex Racing's
        X'): a few capitalised words, "'s", then the name; None otherwise."""
        if self.s.vocab.code != ENGLISH:
            return None
        k, end = start, min(self.s.span.end - 1, start + OWNER_REACH)
        while k < end and self.doc[k].is_title:
            k += 1
        if k == start or self.doc[k].lower_ not in POSSESSIVE_MARKS:
            return None
        return self.s.mention_at(k + 1, skip=0)

    def qualifier(self, p) -> None:  # noqa: ANN001
        who = self.subject(p.start)
        group = [t.i for t in self.doc[max(self.s.span.start, p.start - 3) : p.start]]
        group = [k for k in group if self.doc[k].lower_ in GROUP_WORDS]
        if who is None and group:  # "Sugimoto and Fischer both went through": the listed drivers
            who = self.subject(group[0])
        members = (
            self.s.coordinated(who)
            if who is not None and who.kind == "name"
            else ([who] if who else [])
        )
        end = self.clause_end(p.end)
        for k in range(p.end, end):
            if self.doc[k].lower_ == "including":
                first = self.s.mention_at(k + 1)
                if first is not None:
                    members += self.s.coordinated(first) if first.kind == "name" else [first]
                break
        if self.negated(p.start) is not None or not _sends_through(self.s.race_for(p.start)):
            return  # "X failed to make it through"; "made it through" to the race being told
        for member in members:
            self.add(member, None, STATED, 0.8, p.start, p.end, qualified=True)


def _class_code(text: str) -> bool:
    """A class's code in capitals and digits ('MX', 'MX1C', 'T4', 'GT3'), part of its label."""
    return text[:1].isupper() and text.isalnum() and text.upper() == text


def _sends_through(race: str | None) -> bool:
    """Whether a race is a round drivers go through from ('Heat 2', 'Semi-Final A'), so that
    'went through' tells its result; not an unnamed race nor a final, which they went through
    to."""
    return race is not None and any(
        w in THROUGH_RACE_WORDS for w in race.lower().replace("/", " ").split()
    )


def _p_place(doc, k: int, end: int) -> int | None:  # noqa: ANN001
    """5 for 'P5' opening brackets at `k` and closed or set off by a comma ('(P5)', '(P2,
    +0.128s)'); None otherwise."""
    if k + 2 >= end or doc[k].text != "(" or doc[k + 2].text not in (")", ","):
        return None
    match = P_PLACE_RE.match(doc[k + 1].text)
    return int(match.group(1)) if match else None


def _race_before(words: list[str]) -> bool:
    """Whether the words before 'went to' end with a race: 'the second race', 'race two', 'the
    feature' (not 'the final places')."""
    if words and (words[-1] in RACE_NOUNS or words[-1] in CLASS_NOUNS):
        return True  # "the Cadet 9 class went to X": the class's race
    return len(words) >= 2 and words[-2] in RACE_NOUNS and count_word(words[-1]) is not None


def _describes_win(token) -> bool:  # noqa: ANN001
    """A word that may stand between a verb of taking and its win noun: 'his', 'thirteenth',
    'second', 'consecutive', 'iRacing', 'Challenge', "Penske's"; no punctuation, preposition or
    noun of another thing ('the lead', 'pole')."""
    if token.is_punct and token.text not in ("'s", "’s", "-", "‑"):
        return False
    return token.lower_ not in NOT_WIN_WORDS and not token.like_url


def battle_rivals(s: Sentence, battle) -> list[str]:  # noqa: ANN001
    """The drivers fighting 'the battle for third': the ones listed as the battle's subject
    ('Braun and Hahn completed a battle') or after 'between'."""
    doc = s.doc
    between = next((t.i for t in doc[battle.end : s.span.end] if t.lower_ == "between"), None)
    first = s.mention_at(between + 1) if between is not None else s.subject_before(battle.start)
    if first is None or first.kind != "name":
        return []
    return list(dict.fromkeys(m.driver for m in s.coordinated(first) if m.driver))


def _names_the_finish(words: list[str]) -> bool:
    """'line', 'win', 'heat win', 'race victory': the noun after 'beat X to the'."""
    if words and words[0] in FINISH_NOUNS:
        return True
    return len(words) == 2 and words[0] in RACE_NOUNS and words[1] in FINISH_NOUNS


def _best_per_driver(placings: list[Placing]) -> list[Placing]:
    """One placing per (race, qualifying, driver): positions (and disqualifications) over
    'qualified', then the more explicit statement, then the later one; 'qualified' stays on a row
    that also has a position."""
    best: dict[tuple[str | None, bool, str], Placing] = {}
    qualified: set[tuple[str | None, bool, str]] = set()
    for p in placings:
        key = (p.race, p.qualifying, p.driver)
        if p.qualified:
            qualified.add(key)
        if p.position is None and not p.qualified and p.status == "finished":
            continue
        current = best.get(key)
        rank = (p.position is not None or p.status == "dsq", p.strength, p.sentence)
        if current is None or rank >= (
            current.position is not None or current.status == "dsq",
            current.strength,
            current.sentence,
        ):
            best[key] = p
    for key in qualified & best.keys():
        best[key].qualified = True
    return list(best.values())


def _one_per_race(claims: list[tuple[Placing, list[int]]], told: int) -> list[Placing]:
    """'Cole finished sixth, 12th and third': one place per race, in the order the prose told
    its races, where it told as many races as the places listed."""
    found = []
    for claim, values in claims:
        if len(values) != told:
            continue
        for k, value in enumerate(values):
            race = None if k == 0 else f"Race {k + 1}"
            found.append(replace(claim, race=race, position=value))
    return found


def _podium_inferred(placings: list[Placing], claims: list[Placing]) -> list[Placing]:
    """'with Ruiz on the podium': third when first and second are known and he has no position."""
    added = []
    for claim in claims:
        taken = {p.position for p in placings if p.race == claim.race and not p.qualifying}
        placed = {p.driver for p in placings if p.race == claim.race and not p.qualifying}
        missing = {1, 2, 3} - taken
        if claim.driver not in placed and len(missing) == 1:
            claim.position = missing.pop()
            added.append(claim)
    return added


def _final_lap_winners(placings: list[Placing], leads: list[Placing]) -> list[Placing]:
    """'grab the lead' on the final lap makes a winner only where no win is stated."""
    won = {p.race for p in placings if p.position == 1 and not p.qualifying}
    winners = []
    for lead in leads:
        placed = any(
            p.race == lead.race and p.driver == lead.driver and not p.qualifying for p in placings
        )
        if lead.race not in won and not placed:
            winners.append(lead)
            won.add(lead.race)
    return winners


def _flag_shared_positions(placings: list[Placing]) -> list[Placing]:
    """One position claimed by two drivers: the weaker claim is dropped, equals lose confidence."""
    kept = []
    for p in placings:
        rivals = [
            q
            for q in placings
            if q is not p
            and q.race == p.race
            and q.qualifying == p.qualifying
            and q.position is not None
            and q.position == p.position
        ]
        if any(q.strength > p.strength for q in rivals):
            continue
        if rivals:
            p.confidence = round(p.confidence * 0.6, 2)
        kept.append(p)
    return kept


def _value_run(
    tokens: list, j: int, joiners: frozenset[str], read: Callable, end: int
) -> tuple[list[int], int]:
    """The values read from token j on, one per token, joined by up to two joiner words ('2 und
    3', 'quarto e quinto'), and the doc index after the last (end when none)."""
    values: list[int] = []
    while j < len(tokens) and (value := read(tokens[j])) is not None:
        values.append(value)
        end = tokens[j].i + 1
        j += 1
        gap = 0
        while j < len(tokens) and tokens[j].lower_ in joiners and gap < 2:
            j, gap = j + 1, gap + 1
        if not gap:
            break
    return values, end
