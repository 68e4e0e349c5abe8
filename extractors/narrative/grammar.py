"""Sentences read by their grammar: the dependency parse of the pretrained English pipeline.

The narrative pipeline runs only the pretrained `ner` (`pipeline.py` excludes `tok2vec`, `tagger`
and `parser`); this module loads the excluded `tok2vec`, `tagger` and `parser` once, and `parse`
reads, in one batch per article, only the sentences a reader asks for: English sentences with a
cue (`placings._wants_tree`: a driver, a position word and a verb of finishing, or a win told by
a verb and its race). A `Tree` answers by the grammar what the patterns answer by word order:
which verb a position phrase belongs to, and who the subject of that verb is ('X, who spots for
Y, was fourth'; 'X led the way as he placed fourth'; 'passed Y to claim third place').
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from extractors.narrative.pipeline import MODEL
from extractors.narrative.prose import Mention, Sentence

# Everything of the pretrained pipeline but the parser and the tagger it shares its layer with.
EXCLUDED = ["ner", "senter", "attribute_ruler", "lemmatizer"]
# Dependencies through which a clause without a subject of its own takes its head's subject:
# 'passed Y to claim third' (advcl), 'dominated to win' (xcomp), 'started ... and finished' (conj)
SUBJECT_SHARING = frozenset({"xcomp", "advcl", "conj", "pcomp"})
# Dependencies of a clause that describes the noun it hangs on: 'X, who was fourth' (relcl),
# 'X, finishing third' (acl)
DESCRIBING = frozenset({"relcl", "acl"})
# Pronouns that stand for a driver named earlier in the same sentence
PRONOUNS = frozenset({"he", "she"})
RELATIVES = frozenset({"who", "that", "which"})
# Words of a verb's modal that make its clause no fact: 'could finish fifth'
MODALS = frozenset({"could", "might", "may", "would've", "should", "must"})


@functools.cache
def get_parser() -> Language:
    """The pretrained `tok2vec`, `tagger` and `parser`, loaded once per process."""
    return spacy.load(MODEL, exclude=EXCLUDED)


def parse(sentences: Sequence[Sentence]) -> dict[int, Tree]:
    """The trees of some sentences (by sentence index), parsed in one batch."""
    parser = get_parser()
    docs = [
        Doc(
            parser.vocab,
            words=[t.text for t in s.span],
            spaces=[bool(t.whitespace_) for t in s.span],
        )
        for s in sentences
    ]
    return {
        s.index: Tree(s, parsed) for s, parsed in zip(sentences, parser.pipe(docs), strict=True)
    }


class Tree:
    """The dependency parse of one sentence, its tokens indexed as in the sentence's own doc."""

    def __init__(self, sentence: Sentence, parsed: Doc) -> None:
        self.parsed = parsed
        self.offset = sentence.span.start
        self.sentence = sentence

    def token(self, index: int) -> Token:
        """The parsed token at `index` of the sentence's doc."""
        return self.parsed[index - self.offset]

    def index(self, token: Token) -> int:
        """The index in the sentence's doc of a parsed token."""
        return token.i + self.offset

    def verb_of(self, token: Token, *, through: frozenset[str], reach: int = 4) -> Token | None:
        """The verb a word belongs to, climbing through at most `reach` heads whose dependency is
        one of `through`; None when another kind of link or no verb comes first."""
        for _ in range(reach):
            if token.dep_ not in through or token.head.i == token.i:
                return None
            token = token.head
            if token.tag_.startswith("VB"):
                return token
        return None

    def subject(self, verb: Token) -> Mention | None:
        """The driver doing what `verb` says: its own subject, else the subject of the clause it
        hangs on ('passed Y to claim third'), else the noun a relative clause describes; a
        pronoun is the driver of the clause above it. None when the subject is no one driver
        (a group, 'A and B', a noun the sentence does not resolve)."""
        seen: set[int] = set()
        while verb.i not in seen:
            seen.add(verb.i)
            if any(c.dep_ == "neg" or c.lower_ in MODALS for c in verb.children):
                return None
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
            if subjects:
                return self._driver(subjects[0], verb)
            if any(c.dep_ == "nsubjpass" for c in verb.children):
                return None  # 'was won by X': the subject did not do it
            if verb.dep_ in DESCRIBING:
                return self._driver(verb.head, verb)
            if verb.dep_ not in SUBJECT_SHARING or verb.head.i == verb.i:
                return None
            verb = verb.head
        return None

    def _driver(self, noun: Token, verb: Token) -> Mention | None:
        if noun.lower_ in RELATIVES and verb.dep_ == "relcl":
            return self._driver(verb.head, verb.head)
        if noun.lower_ in PRONOUNS:
            return self._pronoun(noun, verb)
        if any(c.dep_ == "conj" for c in noun.children):
            return None  # 'A and B finished ...': the group, read elsewhere
        found = self.mention_at(noun)
        if found is None:  # 'the Latino driver, Dennis Lind': the apposition names him
            apposed = [c for c in noun.children if c.dep_ == "appos"]
            found = self.mention_at(apposed[0]) if len(apposed) == 1 else None
        return found

    def _pronoun(self, pronoun: Token, verb: Token) -> Mention | None:
        """'X led the way as he placed fourth': the subject of the clause above; a pronoun that
        opens the sentence is the one `resolve_pronouns` gave the previous sentence's subject."""
        index = self.index(pronoun)
        opening = next((m for m in self.sentence.mentions if m.start == index), None)
        if opening is not None and opening.kind == "pronoun":
            return opening if opening.driver else None
        if verb.head.i == verb.i or verb.dep_ not in ("advcl", "conj", "ccomp"):
            return None
        above = verb.head
        while not above.tag_.startswith("VB") and above.head.i != above.i:
            above = above.head
        found = self.subject(above) if above.i != verb.i else None
        return found if found is not None and found.start < index else None

    def mention_at(self, token: Token) -> Mention | None:
        """The driver mention the word is part of (a name's head is its last word)."""
        index = self.index(token)
        return next(
            (m for m in self.sentence.mentions if m.driver and m.start <= index < m.end), None
        )
