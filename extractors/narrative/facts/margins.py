"""Finishing margins stated in prose, with the drivers on both sides when the text names them.

'won by 0.06s from X', 'took fourth from X by 0.07s', 'pipped X to third by 0.004s' (the margin of
the phrase it follows); 'just 0.12s behind (X)', '4.8 seconds clear of X', 'finished +1:12.340
down' (behind the race's winner). In-race gaps ('a 15-second lead', 'exited the pits 0.7s ahead')
and penalty lengths are no margins; neither is anything in a sentence that does not tell the finish.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.narrative.facts.context import (
    MARGIN_QUALIFIERS,
    RESULT_PHRASES,
    WIN_VERBS,
    Story,
    is_supposition,
    margin_spans,
)
from extractors.narrative.facts.nations import TEAM_NOUNS
from extractors.narrative.facts.placings import battle_rivals, ordinal
from extractors.narrative.lang import ENGLISH, english_words, every_language
from extractors.narrative.prose import Mention, Sentence
from extractors.narrative.quantities import parse_seconds
from extractors.records import Evidence, Interval, Race
from extractors.sections import race_key

# "a victory of twenty seconds over X": the nouns of a win its margin may follow after 'of'
WIN_NOUNS = english_words("grammar", "win_nouns")
# "a 4 second win from X", "a 2-second victory over X": the words naming the driver beaten after
# a win noun the margin qualifies
WIN_NOUN_JOINERS = frozenset({"from", "over"})
# Placing phrases a "by <margin>" can belong to.
MARGIN_PHRASES = frozenset(
    {"win", "win_for", "won", "took", "line", "beat", "held", "podium3", "lead", "prevailed"}
)
# "più di 8 secondi", "plus de 3 secondes", "más de 2 segundos": the word of 'than' between an
# approximate word and the margin
THAN_WORDS = every_language("margin_than_words")
# "the margin of victory was 0.42 seconds", "the winning margin was 3.4s": a sentence that tells
# the finish by itself
VICTORY_WORDS = frozenset({"victory", "winning"})
# "0.12s behind", "half a second adrift of", "0.3s off": the subject trails
BEHIND_WORDS = frozenset({"behind", "adrift", "back", "off", "short"})
# "4.8 seconds clear of", "0.2s ahead of", "in front of": the subject leads
AHEAD_WORDS = frozenset({"ahead", "clear", "up"})
# "adrift of the leading pair", "behind a group": the gap is to no one driver
UNNAMED_REFERENCE_WORDS = frozenset({"of", "the", "a", "an"})
# "ahead of his teammate, X": a possessive opens an apposition of at most this many words
POSSESSIVES = frozenset({"his", "her", "their"})
APPOSITION_WORDS = 5
# "finished +1:12.340 down": a gap to the winner
TO_WINNER_WORDS = frozenset({"down"})
# "Gronholm beating Timerzyanov by 0.3 seconds" in a sentence about a session that is no race
# (not "the final qualifying place" of a heat: a place that qualifies is won in the race), or
# "edged out X by .144 seconds to start on pole", "by 0.2s for pole": a gap of the grid
SESSION_RE = re.compile(
    r"\b(?:qualifying|qualification|practice|time[- ]?sheets?|time[- ]trials?)\b"
    r"(?!\s+(?:place|places|position|positions|spot|spots|berth|berths)\b)"
    r"|\bto (?:start|line up) (?:on|from) (?:the )?pole\b|\bfor (?:the )?pole\b",
    re.IGNORECASE,
)
# "qualified on pole, four hundredths ahead of X": a grid gap, unless the sentence tells the
# result too ("took the flag having qualified on pole, with X 10 seconds behind")
QUALIFIED_ON_POLE_RE = re.compile(r"\bqualified (?:on )?pole\b", re.IGNORECASE)
# "after the first day", "po pierwszym dniu", "nach dem ersten Tag": the order part-way through
# an event of several days or legs, in the languages
AFTER_A_DAY_RE = re.compile(
    r"\b(?:after|po|nach|après|dopo|tras|após)\s+(?:the\s+|dem\s+|le\s+|la\s+|il\s+|el\s+"
    r"|o\s+|a\s+|de\s+|het\s+)?(?:first|second|opening|pierwszym|drugim|ersten|zweiten|premier"
    r"|première|primo|prima|primer|primera|primeiro|primeira|eerste|tweede)\s+(?:day|dniu|tag"
    r"|jour|journée|giorno|giornata|día|jornada|dia|dag|leg|etapie|etappe|étape|tappa|etapa)\b",
    re.IGNORECASE,
)
# What runs on after a gap read from part of its token: digits, or letters then digits ('s1523')
RUN_ON_RE = re.compile(r"\d|[^\W\d_]+\d")
# How far past the margin the agent of a following participle may come: "a 8 secondi di
# distacco da Y"
AGENT_REACH = 8
# "segundo a 2.364 segundos", "deuxième à 1,2 s": the word of 'at' before a margin to the winner
AT_WORDS = frozenset({"a", "à"})
SECOND_PLACE = 2
# "una ventaja de 2 segundos": the word of 'of' between a lead noun and its margin; and how
# long a word of a language's `margin_lead` phrases must be to be its lead noun ('ventaja',
# 'Vorsprung', not 'de')
OF_WORDS = frozenset({"de", "di", "da", "van", "von"})
LEAD_NOUN_MIN = 3
# The shortest case ending that marks a name as declined ('em', 'owi'; not 'a', which ends
# given names in the nominative)
DECLINED_ENDING_MIN = 2
# "Ana and Eva Lund", "Ana & Eva Lund": the words joining a crew's two given names
PARTNER_JOINERS = frozenset({"and", "&"})
# "a further 7 seconds behind X": the gap adds to the one told before, it is not to the X named
CUMULATIVE_WORDS = frozenset({"further", "another"})


@dataclass
class Margin:
    """A finishing margin; `ahead` None with `to_winner` means behind the race's winner."""

    race: str | None
    ahead: str | None
    behind: str | None
    seconds: float
    evidence: Evidence
    text: str = ""  # the margin as printed, qualifier included: "less than a tenth"
    to_winner: bool = False  # behind the race's winner: "finished +1:12.340 down"
    winning_margin: bool = False  # between the winner and second: "the winning margin was 3.4s"


# 'over', 'some', 'rund', 'plus de': a qualifier that makes a margin a bound or a round figure ('by
# over four seconds', 'some 20 seconds up', 'por casi dos segundos'), which states no margin: emit
# nothing rather than a number the text does not give ('just over' keeps its own, close to exact;
# English 'almost' does too, as the invented set labels it)
APPROXIMATE_WORDS = every_language("margin_approximate_words")
# 'less than', 'moins de', 'weniger als': a bound that is close to exact below a second ('less
# than a tenth'), and no margin from a second up ('less than 1 second ahead', 'less than a second')
LESS_WORDS = every_language("margin_less_words")
LESS_EXACT_BELOW = 1.0


def read_margins(sentences: list[Sentence]) -> list[Margin]:
    """Finishing margins, one per (race, ahead, behind, seconds)."""
    story = Story.of(sentences)
    margins: dict[tuple, Margin] = {}
    for sentence in sentences:
        if is_supposition(sentence) or _about_a_session(sentence):
            continue
        told_finish = story.at_finish(sentence)
        for span in margin_spans(sentence):
            margin = _margin(sentence, span)
            won_by = _win_noun_from(sentence, span.end) is not None
            if margin is None or not (told_finish or won_by or _of_victory(sentence, margin)):
                continue
            if margin.ahead or margin.behind or margin.winning_margin:
                margins.setdefault(
                    (margin.race, margin.ahead, margin.behind, margin.seconds), margin
                )
    return list(margins.values())


def _margin(s: Sentence, span) -> Margin | None:  # noqa: ANN001 - a spaCy Span
    seconds = parse_seconds(span.text)
    if seconds is None:
        return None
    doc = s.doc
    k = span.start - 1
    while k >= s.span.start and (
        doc[k].lower_ in MARGIN_QUALIFIERS or doc[k].lower_ in s.vocab.margin_qualifiers
    ):
        k -= 1
    if _approximate(doc[k + 1 : span.start]) or _approximate_than(s, k):
        return None  # "by over four seconds", "più di 8 secondi": a bound, no margin stated
    if seconds >= LESS_EXACT_BELOW and _less_than(s, k, span.start):
        return None  # "less than 1 second ahead": a bound, not a margin of one second
    word_before = doc[k].lower_ if k >= s.span.start else ""
    word_after = doc[span.end].lower_ if span.end < s.span.end else ""
    ahead: Mention | None = None
    behind: Mention | None = None
    to_winner = winning_margin = False
    if (after := _deficit_words(s, span.end)) is not None:
        # "mit 2,3 Sekunden Rückstand auf X", "à 3 secondes de retard sur X": the subject trailed
        behind = _subject_before(s, span.start)
        ahead = s.mention_at(after) if after < s.span.end else None
        if ahead is None or behind is None:
            return None
    elif word_before == "by" or word_before in s.vocab.margin_words or _win_of(s, k):
        phrase = next(
            (
                p
                for p in reversed(s.spans("placings"))
                if p.end <= span.start and p.id_ in MARGIN_PHRASES
            ),
            None,
        )
        ahead = s.subject_before(phrase.start) if phrase else _led_at_the_line(s, span)
        if phrase is None and k - 1 >= s.span.start and doc[k - 1].lower_ in WIN_VERBS:
            ahead = s.subject_before(k - 1)  # "which Harrison nursed home to win by just 1.5s"
        if phrase is None:  # "Met 18 seconden voorsprong kwam hij over de finish"
            if ahead is None and (after := _lead_in_words(s, span.end)) is not None:
                # "X pakte met 4,3 seconden voorsprong op Y de zege": the margin splits the win
                ahead = s.subject_before(span.start)
                behind = s.mention_at(after) if after < s.span.end else None
                if ahead is None or behind is None:
                    return None
            if ahead is None:
                return None
        elif phrase.id_ == "beat":
            behind = s.mention_at(phrase.end, skip=2)
        elif phrase.id_ == "prevailed":  # "with Braun getting the verdict by a tenth"
            battle = next((p for p in s.spans("placings") if p.id_ == "battle"), None)
            rivals = battle_rivals(s, battle) if battle is not None and ahead else []
            others = [d for d in rivals if d != ahead.driver]
            if len(others) == 1:
                behind = next(m for m in s.mentions if m.driver == others[0])
            elif phrase.end < s.span.end and doc[phrase.end].lower_ == "over":
                behind = s.mention_at(phrase.end + 1)  # "got the nod over X by a tenth"
        else:
            later = [p.start for p in s.spans("placings") if p.start >= phrase.end]
            losers = s.introduced(
                phrase.end, min(later) if later else s.span.end, ("from", "ahead")
            ) or s.beaten_after(phrase)
            behind = losers[0] if losers else None
            if behind is None and (after := _lead_in_words(s, span.end)) is not None:
                behind = s.mention_at(after)  # "remportait avec 2'' d'avance sur X"
            if behind is None and phrase.id_ == "line" and _place_of(phrase) > 1:
                # "coming home second by 2.2 seconds": behind the driver a place ahead
                ahead, behind = None, ahead
                to_winner = _place_of(phrase) == 2
        if behind is None and ahead is not None and word_after == "over":
            behind = s.mention_at(span.end + 1)  # "to win by 11.4s over runner-up X"
    elif (after := _win_noun_from(s, span.end)) is not None:
        # "pulled clear for a 4 second win from X", "a 2.318-second victory over X": the win's,
        # over X when X is named there
        ahead = s.subject_before(span.start)
        behind = s.mention_at(after) if after < s.span.end else None
        if ahead is None:
            return None
    elif word_after in BEHIND_WORDS:
        behind = s.subject_before(span.start)
        ahead = _object_after(s, span.end + 1)
        if ahead is not None and word_before in CUMULATIVE_WORDS:
            return None
        to_winner = ahead is None and _names_the_winner(s, span.end + 1)
        after = doc[span.end + 1].lower_ if span.end + 1 < s.span.end else ""
        if ahead is None and not to_winner and after in UNNAMED_REFERENCE_WORDS:
            return None  # "8 seconds adrift of the leading pair": no one driver ahead
        if ahead is None and behind is not None and not to_winner:
            listed = s.coordinated(behind) if behind.kind == "name" else [behind]
            behind = listed[0]  # "X and Y, 9 seconds adrift": the crew, named by its first
            crew = {m.driver for m in listed}
            earlier = [  # "X and Y, 9 seconds adrift": not X ahead of Y, they share one car
                m
                for m in s.mentions
                if m.end <= behind.start and m.driver and m.driver not in crew | {behind.driver}
            ]
            ahead = earlier[-1] if earlier else None
            if ahead is not None and ahead.kind == "name":
                ahead = s.coordinated(ahead)[0]  # "beat A and B Vos ...": that crew by its first
    elif word_after in AHEAD_WORDS:
        ahead = s.subject_before(span.start)
        behind = _object_after(s, span.end + 1)
    elif word_before in ("was", "of") and any(t.lower_ == "margin" for t in doc[s.span.start : k]):
        # "O'Brien's margin at the flag was 3.4 seconds", "a winning margin of half a second"
        owner = [
            m
            for m in s.mentions
            if m.end < k and m.end < len(doc) and doc[m.end].text in ("’s", "'s")
        ]
        ahead = owner[-1] if owner else None
        to_winner = ahead is None
        winning_margin = True
    elif word_after in TO_WINNER_WORDS:
        behind = s.subject_before(span.start)
        to_winner = True
    elif (after := _lead_in_words(s, span.end)) is not None:
        # "2'' d'avance sur X", "2,3 segundos de ventaja sobre X"
        ahead = s.subject_before(span.start)
        behind = s.mention_at(after) if after < s.span.end else None
        if ahead is None or behind is None:
            return None
    elif (followed := _followed_at(s, k)) is not None:
        ahead, behind = followed
    elif (second := _second_at(s, k)) is not None:
        # "X (Honda), segundo a 2.364 segundos": second place, the margin to the winner
        behind, to_winner = second, True
    elif (after := _ahead_connector(s, span.end)) is not None:
        # "1,3 seconde devant X", "2 Sekunden vor X", "a 3 segundos por delante de X"
        ahead = s.subject_before(span.start)
        behind = s.mention_at(after, skip=1)
        if ahead is None or behind is None:
            return None
    elif (over := _lead_before(s, k, span.end)) is not None:
        # "z przewagą 17,8 sekundy nad X": the lead word before the margin, its driver after
        ahead = _subject_before(s, k)
        behind = s.mention_at(over, skip=1)
        if ahead is None or behind is None:
            return None
        if _declined(s, behind):
            behind = None  # "nad Jernejem Kowalem", never written in the nominative: unnamed
    else:
        return None
    ahead, behind = _crew_first(s, ahead), _crew_first(s, behind)
    involved = [m for m in (ahead, behind) if m is not None]
    if any(m.driver is None or _in_a_shared_name_crew(s, m) for m in involved) or (
        ahead and behind and ahead.driver == behind.driver
    ):
        return None
    start = min([span.start] + [m.start for m in involved])
    end = max([span.end] + [m.end for m in involved])
    return Margin(
        s.race_for(span.start),
        ahead.driver if ahead else None,
        behind.driver if behind else None,
        seconds,
        s.evidence(start, end),
        doc[k + 1 : span.end].text,
        to_winner,
        winning_margin,
    )


def _win_of(s: Sentence, k: int) -> bool:
    """'took a victory of twenty seconds over X', 'a win of 2.3s': an English win noun and 'of'
    right before the margin (at `k`), which then reads as 'by'."""
    return (
        s.vocab.code == ENGLISH
        and k - 1 >= s.span.start
        and s.doc[k].lower_ == "of"
        and s.doc[k - 1].lower_ in WIN_NOUNS
    )


def _win_noun_from(s: Sentence, end: int) -> int | None:
    """'a 4 second win from X', 'a 2.318-second victory over X': an English win noun right after
    the margin and 'from' or 'over' after it, which tells the finish by itself; the index of the
    word after 'from'/'over', where the driver beaten is named. Not 'a 3s margin over X', which
    may be a gap built in the race."""
    if s.vocab.code != ENGLISH or end + 1 >= s.span.end:
        return None
    noun, joiner = s.doc[end].lower_, s.doc[end + 1].lower_
    if noun not in WIN_NOUNS or joiner not in WIN_NOUN_JOINERS:
        return None
    return end + 2


def _approximate(qualifiers) -> bool:  # noqa: ANN001 - a spaCy Span
    """A margin's qualifiers that make it a bound or a round figure ('over', 'some'), not 'just
    over' (close to exact: 'just over half a second')."""
    words = [t.lower_ for t in qualifiers]
    return any(
        w in APPROXIMATE_WORDS and (k == 0 or words[k - 1] != "just") for k, w in enumerate(words)
    )


def _of_victory(s: Sentence, margin: Margin) -> bool:
    """'The margin of victory was 0.42 seconds': a winning margin the sentence names as the
    victory's, which tells the finish by itself."""
    words = {t.lower_ for t in s.span}
    return margin.winning_margin and "margin" in words and bool(words & VICTORY_WORDS)


def _crew_first(s: Sentence, who: Mention | None) -> Mention | None:
    """The first of a crew printed as a pair ('Ute Sand/Bo Kim beat ...': Ute Sand), which names
    the crew; any other mention as it is."""
    while who is not None and who.start - 1 > s.span.start and s.doc[who.start - 1].text == "/":
        before = next((m for m in s.mentions if m.end == who.start - 1), None)
        if before is None:
            break
        who = before
    return who


def _in_a_shared_name_crew(s: Sentence, who: Mention) -> bool:
    """'Ana and Eva Lund': a crew whose first is a given name written alone, sharing the second's
    family name; the crew's name (its first's, 'Ana Lund') is not printed, so neither of its
    mentions names it."""
    doc = s.doc
    joiners = PARTNER_JOINERS | (s.vocab.list_words - {","})
    if who.end - who.start == 1 and who.end + 2 < s.span.end and doc[who.end].lower_ in joiners:
        second = next((m for m in s.mentions if m.start == who.end + 1), None)
        return second is not None and second.end - second.start >= 2
    k = who.start - 2
    if k < s.span.start or doc[k + 1].lower_ not in joiners or who.end - who.start < 2:
        return False
    return (
        doc[k].is_alpha
        and doc[k].is_title
        and (k == s.span.start or doc[k - 1].is_punct or not doc[k - 1].is_title)
    )


def _less_than(s: Sentence, k: int, start: int) -> bool:
    """'less than', 'moins de', 'meno di': a word of 'less' among the margin's qualifiers (from
    `k` to `start`) or right before the language's 'than' at `k`."""
    doc = s.doc
    if any(t.lower_ in LESS_WORDS for t in doc[k + 1 : start]):
        return True
    return k - 1 >= s.span.start and doc[k].lower_ in THAN_WORDS and doc[k - 1].lower_ in LESS_WORDS


def _approximate_than(s: Sentence, k: int) -> bool:
    """'più di 8 secondi', 'plus de 3 secondes': an approximate word and the language's 'than'
    right before the margin (at `k` and the word before it)."""
    doc = s.doc
    return (
        k - 1 >= s.span.start
        and doc[k].lower_ in THAN_WORDS
        and doc[k - 1].lower_ in APPROXIMATE_WORDS
    )


def _subject_before(s: Sentence, index: int) -> Mention | None:
    """The subject before `index`, past a team's name after a team noun ('X, zamykający wyścig
    dla ekipy Apex Racing, minął linię mety': X, not Apex Racing)."""
    who = s.subject_before(index)
    nouns = TEAM_NOUNS | s.vocab.team_nouns
    while who is not None and who.start > s.span.start and s.doc[who.start - 1].lower_ in nouns:
        who = s.subject_before(who.start)
    return who


def _declined(s: Sentence, who: Mention) -> bool:
    """A name whose every word ends with a case ending of the language ('Jernejem Kowalem'): a
    declined form the article never writes in the nominative, so no name to publish."""
    endings = tuple(e for _, e in s.vocab.case_endings if len(e) >= DECLINED_ENDING_MIN)
    words = (who.driver or "").split()
    return bool(endings) and len(words) > 1 and all(w.lower().endswith(endings) for w in words)


def _about_a_session(s: Sentence) -> bool:
    """A sentence about qualifying or practice, in English or the sentence's language ('venció a
    X en la calificación por 0.028 segundos'), or about the order after a rally's first day ('po
    pierwszym dniu X miał 20 sekund przewagi'): its gaps are no finishing margins."""
    text = s.span.text
    if QUALIFIED_ON_POLE_RE.search(text) and not any(
        p.id_ in RESULT_PHRASES for p in s.spans("placings")
    ):
        return True
    return bool(SESSION_RE.search(text) or AFTER_A_DAY_RE.search(text)) or any(
        t.lower_ in s.vocab.session_words for t in s.span
    )


def _followed_at(s: Sentence, k: int) -> tuple[Mention, Mention] | None:
    """'X, talonné à 0,160'' par Y', 'X, seguito a 8 secondi di distacco da Y': a participle of
    following before the margin, the driver followed named right before it and the follower
    after the language's agent word ('par', 'da', 'por', 'von', 'door')."""
    doc, vocab = s.doc, s.vocab
    at = next(
        (
            p
            for p in range(k, max(s.span.start, k - 2) - 1, -1)
            if doc[p].lower_ in vocab.followed_at
        ),
        None,
    )
    if at is None:
        return None
    agent = next(
        (
            i
            for i in range(k + 1, min(k + AGENT_REACH, s.span.end))
            if doc[i].lower_ in vocab.agent_words
        ),
        None,
    )
    if agent is None:
        return None
    behind = s.mention_at(agent + 1, skip=1)
    before = [m for m in s.mentions if m.end <= at and m.kind == "name"]
    if behind is None or not before or at - before[-1].end > 1:
        return None  # "X, talonné": the one followed stands right before the participle
    return before[-1], behind


def _second_at(s: Sentence, k: int) -> Mention | None:
    """'X (Honda), segundo a 2.364 segundos', 'Y, secondo a 0,5': the driver a 'second'
    right before the language's 'at' word and the margin describes (not 'tercero a 5.452', a
    gap to the winner that is no margin between neighbours)."""
    doc = s.doc
    if s.vocab.code == ENGLISH or k <= s.span.start or doc[k + 1].lower_ not in AT_WORDS:
        return None  # ("a" is a qualifier too: `k` stands on the word before it)
    if ordinal(doc[k].text) != SECOND_PLACE:
        return _opened_by_second(s, k)
    who = s.subject_before(k)
    return who if who is not None and who.kind == "name" else None


def _opened_by_second(s: Sentence, k: int) -> Mention | None:
    """'Secondo X a 10 secondi', 'Segundo, X a 2 segundos': the driver ending at `k` after a
    'second' that opens the clause (the sentence's first word, or one after a stop or comma)."""
    doc = s.doc
    who = next((m for m in s.mentions if m.end == k + 1 and m.kind == "name"), None)
    if who is None:
        return None
    at = who.start - 1
    if at > s.span.start and doc[at].text == ",":
        at -= 1  # "Segundo, X a 2 segundos"
    if at < s.span.start or ordinal(doc[at].text) != SECOND_PLACE:
        return None
    return who if at == s.span.start or doc[at - 1].is_punct else None


def _ahead_connector(s: Sentence, index: int) -> int | None:
    """Where the driver led is named after a margin and the language's word of 'ahead of'
    ('devant', 'vor', 'por delante de'): None in English (read by `AHEAD_WORDS`) or when no such
    word follows."""
    doc, vocab = s.doc, s.vocab
    if vocab.code == ENGLISH:
        return None
    for phrase in vocab.ahead:
        if tuple(t.lower_ for t in doc[index : index + len(phrase)]) == phrase:
            return index + len(phrase)
    return None


def _lead_before(s: Sentence, k: int, end: int) -> int | None:
    """'z przewagą 17,8 sekundy nad X', 'con una ventaja de 2 segundos sobre X': the language's
    word of a lead right before the margin (past 'de'), and its word of 'over' right after it;
    where the driver led is named, else None."""
    doc, vocab = s.doc, s.vocab
    if vocab.code == ENGLISH or end >= s.span.end or doc[end].lower_ not in vocab.margin_over:
        return None
    nouns = {p[-1] for p in vocab.margin_lead if len(p[-1]) > LEAD_NOUN_MIN and p[-1].isalpha()}
    at = k - 1 if k > s.span.start and doc[k].lower_ in OF_WORDS else k
    if at < s.span.start or doc[at].lower_ not in nouns:
        return None
    return end + 1


def _place_of(phrase) -> int:  # noqa: ANN001 - a spaCy Span
    """The place a finishing phrase states ('crossed the line second' -> 2), 0 when none."""
    return next((n for t in phrase if (n := ordinal(t.text)) is not None), 0)


def _led_at_the_line(s: Sentence, span) -> Mention | None:  # noqa: ANN001 - a spaCy Span
    """'Met 18 seconden voorsprong kwam hij over de finish': a sentence opening with a margin and
    the language's lead word (no driver led after it), that tells the finish: the driver named
    (or the pronoun resolved) right after the lead word's verb leads at the line."""
    doc, vocab = s.doc, s.vocab
    if vocab.code == ENGLISH or span.start - 1 != s.span.start or not s.has_cue("finish"):
        return None
    for phrase in vocab.margin_lead:
        end = span.end + len(phrase)
        if tuple(t.lower_ for t in doc[span.end : end]) != phrase:
            continue
        if end < s.span.end and doc[end].lower_ in vocab.margin_over:
            return None  # "voorsprong op X": the lead reader's
        after = [m for m in s.mentions if m.start in (end + 1, end + 2) and m.driver]
        return after[0] if after else None
    return None


def _lead_in_words(s: Sentence, index: int) -> int | None:
    """Where the driver led is named after a margin in the sentence's language: past 'd'avance
    sur', 'de ventaja sobre', 'Vorsprung auf' (the file's `margin_lead` and `margin_over`);
    None when the words say no lead over a driver."""
    doc, vocab = s.doc, s.vocab
    for phrase in vocab.margin_lead:
        words = tuple(t.lower_ for t in doc[index : index + len(phrase)])
        if words == phrase:
            k = index + len(phrase)
            return k + 1 if k < s.span.end and doc[k].lower_ in vocab.margin_over else None
    return None


def _deficit_words(s: Sentence, index: int) -> int | None:
    """Where the driver ahead is named after a margin in the sentence's language: past
    'Rückstand auf', 'de retard sur', 'achterstand op' (the file's `margin_deficit` and
    `margin_over`); None when no such words follow."""
    doc, vocab = s.doc, s.vocab
    for phrase in vocab.margin_deficit:
        if tuple(t.lower_ for t in doc[index : index + len(phrase)]) == phrase:
            k = index + len(phrase)
            return k + 1 if k < s.span.end and doc[k].lower_ in vocab.margin_over else None
    return None


def _names_the_winner(s: Sentence, index: int) -> bool:
    """'behind the winner', 'adrift of the race winner'."""
    words = [t.lower_ for t in s.doc[index : min(index + 4, s.span.end)]]
    if words[:1] == ["of"]:
        words = words[1:]
    return words[:2] == ["the", "winner"] or words[:3] == ["the", "race", "winner"]


def _object_after(s: Sentence, index: int) -> Mention | None:
    """'behind Sofia Marquez', 'adrift of X', 'clear of X', 'in front of X'."""
    doc = s.doc
    while index < s.span.end and doc[index].lower_ in ("of", "in", "front"):
        index += 1
    if index < s.span.end and doc[index].lower_ in POSSESSIVES:
        # "ahead of his Penske teammate, Scott Hale": the name after the comma
        comma = next(
            (t.i for t in doc[index : min(index + APPOSITION_WORDS, s.span.end)] if t.text == ","),
            None,
        )
        if comma is not None:
            return s.mention_at(comma + 1, skip=0)
    return s.mention_at(index)


def printed_winning_margins(races: list[Race], stated: list[Interval]) -> list[Interval]:
    """The winner's margin over second place where a race's rows print second's gap to the winner
    ('2. X +1.870s', '2º - X, a 3s957'), unless that race's margin to second is already stated."""
    margins = []
    for race in races:
        if race.session == "qualifying":
            continue
        first = [row for row in race.results if row.position == 1]
        second = [row for row in race.results if row.position == 2]
        if len(first) != 1 or len(second) != 1:
            continue
        winner, runner_up = first[0], second[0]
        if winner.gap_text is not None and any(c in "123456789" for c in winner.gap_text):
            continue  # a "winner" printed with a gap is no winner: the real one was not read
        printed = runner_up.gap_text is not None  # a gap worked out from two times is no margin
        if not printed or not runner_up.gap_s or runner_up.status != "finished":
            continue
        if _cut_from_a_word(runner_up.gap_text or "", runner_up.evidence.text):
            continue  # "a 2s1523": a gap printed malformed, read in part
        if any(i.race == race.name and i.behind == runner_up.driver for i in stated):
            continue
        margins.append(
            Interval(
                race=race.name,
                race_key=race_key(race.session, race.label, race.parent),
                ahead=winner.driver,
                behind=runner_up.driver,
                seconds=runner_up.gap_s,
                seconds_text=runner_up.gap_text,
                evidence=runner_up.evidence,
            )
        )
    return margins


def _cut_from_a_word(gap: str, row: str) -> bool:
    """A gap read from part of a longer token of its row ('a 2' of 'a 2s1523'): each place the
    row prints it runs on into digits, or a unit glued to more digits (not '+1.870' of
    '+1.870s')."""
    ends = [m.end() for m in re.finditer(re.escape(gap), row)] if gap else []
    return bool(ends) and all(RUN_ON_RE.match(row, end) for end in ends)
