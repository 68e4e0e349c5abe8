"""What a sentence is about as a race is told: the finish or the running, fact or supposition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from extractors.narrative.lang import english_words
from extractors.narrative.prose import Sentence

# Placing phrases that state a race's winner.
WIN_PHRASES = frozenset({"win", "win_for", "won"})
# The verb "win" in its forms: it closes an in-race cue's clause before a margin ("in the lead to
# win by 11s") and tells a win right before "by" ("won by two seconds")
WIN_VERBS = english_words("heats", "win_verbs")
# Placing phrases that say the race has been run to its end.
RESULT_PHRASES = WIN_PHRASES | {"line", "prevailed", "win_after"}
# Placing phrases whose place may continue a finishing order told before it: "took fifth place",
# "finished eighth", "rounded out the top 10" (not "was sixth", "in seventh" or "seventh place",
# which tell the running as often)
ORDER_PHRASES = frozenset({"took", "line", "top"})
# The fewest places told at the finish before "rounded out the top 10" continues them
TOP_AFTER_PLACES = 2
# Qualifiers a margin may carry between "by" and the quantity: "by less than a tenth", "just 0.12s"
MARGIN_QUALIFIERS = frozenset(
    {
        "just",
        "only",
        "less",
        "more",
        "than",
        "a",
        "mere",
        "around",
        "about",
        "some",
        "nearly",
        "almost",
        "barely",
        "over",
        "under",
        "roughly",
        "merely",
        "precisely",
        "exactly",
    }
)
# Nouns after a quantity that make it an in-race gap: "a 15-second lead", "a 1.2s advantage"
IN_RACE_NOUNS = frozenset(
    {
        "lead",
        "gap",
        "advantage",
        "cushion",
        "buffer",
        "deficit",
        "penalty",
        "time",
        "stop",
        "stint",
        "lap",
        "laps",
    }
)


# Words after a gap that say which way it runs: "0.3s adrift", "1.2 seconds clear"
GAP_DIRECTION_WORDS = frozenset({"behind", "adrift", "back", "off", "short", "ahead", "clear"})


@dataclass
class Story:
    """Where each sentence stands in its race's story: whether the finish has been reached."""

    finish_sentences: set[int] = field(default_factory=set)

    @classmethod
    def of(
        cls, sentences: list[Sentence], place_of: Callable[[object], int | None] = lambda _: None
    ) -> Story:
        """A sentence tells the finish when it has a finishing cue ('final lap', 'at the line') or a
        finishing margin, states a win, opens a paragraph continuing the places told at its race's
        finish ('took sixth' after fifth; `place_of` reads a phrase's place), or follows such a
        sentence in its paragraph; or when it is in its race's last paragraph after the win."""
        story = cls()
        last_paragraph: dict[str | None, int] = {}
        for s in sentences:
            last_paragraph[s.race] = max(last_paragraph.get(s.race, -1), s.paragraph)
        won: dict[str | None, int] = {}  # race -> paragraph of its first win statement
        told: dict[str | None, set[int]] = {}  # race -> places told at its finish so far
        reached: tuple[int, int] | None = None  # (paragraph, sentence) where the finish was reached
        paragraph: int | None = None
        for s in sentences:
            states_win = any(p.id_ in RESULT_PHRASES for p in s.spans("placings"))
            opens_paragraph, paragraph = s.paragraph != paragraph, s.paragraph
            if (
                s.has_cue("finish")
                or states_win
                or has_margin(s)
                or (opens_paragraph and _continues_order(s, told.get(s.race, set()), place_of))
            ):
                story.finish_sentences.add(s.index)
                reached = (s.paragraph, s.index)
            elif (
                reached is not None
                and reached[0] == s.paragraph
                or (
                    s.race in won
                    and s.paragraph == last_paragraph[s.race]
                    and s.paragraph > won[s.race]
                )
            ):
                story.finish_sentences.add(s.index)
            if states_win:
                won.setdefault(s.race, s.paragraph)
            if s.index in story.finish_sentences:
                places = told.setdefault(s.race, set())
                for p in s.spans("placings"):
                    if p.id_ in WIN_PHRASES:
                        places.add(1)
                    elif p.id_ in ORDER_PHRASES and (place := place_of(p)) is not None:
                        places.add(place)
        return story

    def at_finish(self, sentence: Sentence) -> bool:
        return sentence.index in self.finish_sentences


def _continues_order(
    sentence: Sentence, told: set[int], place_of: Callable[[object], int | None]
) -> bool:
    """'Y took sixth' after a finish told down to fifth, 'Z rounded out the top 10' after one told
    down to seventh: a place that takes up the race's finishing order where it stopped."""
    if not told or sentence.has_cue("in_race") or is_supposition(sentence):
        return False
    for p in sentence.spans("placings"):
        if p.id_ not in ORDER_PHRASES or (place := place_of(p)) is None:
            continue
        if p.id_ == "top" and place > max(told) >= TOP_AFTER_PLACES or place - 1 in told:
            return True
    return False


def is_supposition(sentence: Sentence) -> bool:
    """'Vos could come home in fourth and still take the title if ...': nothing here happened."""
    return bool(hypothetical_cues(sentence))


def hypothetical_cues(sentence: Sentence) -> list:
    """The sentence's cues of a supposition ('if', 'could', 'zou'), but not a cue word inside a
    placing phrase, which is that phrase's ('eindigde als tweede': Dutch 'als' is 'as' there)."""
    cues = [c for c in sentence.spans("cues", "CUE") if c.id_ == "hypothetical"]
    if not cues:  # most sentences: no placing phrase to look into
        return cues
    placed = {i for p in sentence.spans("placings") for i in range(p.start, p.end)}
    return [c for c in cues if not placed.issuperset(range(c.start, c.end))]


def margin_spans(sentence: Sentence) -> list:
    """Time quantities in the sentence that can be finishing margins: not a penalty's length, not
    an in-race lead or gap, not next to a pit stop."""
    times = sentence.spans("times")
    if not times:  # most sentences, asked several times each: no tokens to look through
        return []
    doc = sentence.doc
    found = []
    in_race = [c for c in sentence.spans("cues", "CUE") if c.id_ == "in_race"]
    wins = []  # read only to tell where an in-race cue's clause ends
    if in_race:
        wins = [p for p in sentence.spans("placings") if p.id_ in WIN_PHRASES]
        wins += [doc[t.i : t.i + 1] for t in sentence.span if t.lower_ in WIN_VERBS]
    for span in times:
        after = [t.lower_ for t in doc[span.end : min(span.end + 2, sentence.span.end)]]
        if any(word in IN_RACE_NOUNS for word in after):
            continue
        if any(
            span.start - 6 <= c.end <= span.start
            and not any(c.end <= w.start and w.end <= span.start for w in wins)
            or span.end <= c.start <= span.end + 1
            for c in in_race
        ):  # "emerged in the lead to win by 11.4s": the win between ends the lead's clause
            continue
        found.append(span)
    return found


def has_margin(sentence: Sentence) -> bool:
    """A finishing margin is stated: 'by 0.004s', 'by less than a tenth'."""
    doc = sentence.doc
    for span in margin_spans(sentence):
        k = span.start - 1
        while k >= sentence.span.start and (
            doc[k].lower_ in MARGIN_QUALIFIERS or doc[k].lower_ in sentence.vocab.margin_qualifiers
        ):
            k -= 1
        if k >= sentence.span.start and (
            doc[k].lower_ == "by" or doc[k].lower_ in sentence.vocab.margin_words
        ):
            return True
        if _gap_to_a_result(sentence, span):
            return True
    return False


def _gap_to_a_result(sentence: Sentence, span) -> bool:  # noqa: ANN001 - a spaCy Span
    """'0.3s adrift in second', '2.1 seconds back in third', '3.5 seconds behind the winner':
    a gap whose other end is a finishing position or the winner."""
    doc = sentence.doc
    k = span.end
    if k >= sentence.span.end or doc[k].lower_ not in GAP_DIRECTION_WORDS:
        return False
    k += 1
    if k < sentence.span.end and doc[k].lower_ == "of":
        k += 1
    words = [t.lower_ for t in doc[k : min(k + 3, sentence.span.end)]]
    in_position = any(p.id_ == "in" and p.start == k for p in sentence.spans("placings"))
    return in_position or words[:2] == ["the", "winner"] or words == ["the", "race", "winner"]
