"""The indexed span ruler finds what spaCy's SpanRuler finds, trying fewer patterns."""

import spacy
from spacy.pipeline import SpanRuler

from extractors.narrative.rulers import IndexedSpanRuler

PATTERNS = [
    {"label": "P", "id": "line", "pattern": [
        {"LOWER": {"IN": ["crossed", "crosses"]}}, {"LOWER": {"IN": ["the"]}},
        {"LOWER": {"IN": ["finish"]}, "OP": "?"}, {"LOWER": "line"},
        {"LOWER": {"IN": ["first", "second", "third"]}},
    ]},
    {"label": "P", "id": "home", "pattern": [
        {"LOWER": {"IN": ["came", "brought"]}}, {"OP": "{0,4}"}, {"LOWER": "home"},
        {"LOWER": {"IN": ["second", "third"]}},
    ]},
    {"label": "T", "id": "gap", "pattern": [
        {"TEXT": {"REGEX": r"^\d+[.,]\d{3}$"}}, {"LOWER": {"IN": ["seconds", "s"]}, "OP": "?"},
    ]},
    {"label": "P", "id": "podium", "pattern": [
        {"TEXT": "P"}, {"IS_DIGIT": True, "OP": "+"}, {"LOWER": "finish"},
    ]},
    {"label": "P", "id": "won", "pattern": "won the race"},
]  # fmt: skip
TEXTS = [
    "Berg crossed the line first, Ota crossed the finish line second by 1.204 seconds.",
    "Kurz came home third; Lee brought the damaged car home second after a P 4 finish.",
    "No placings here: the LINE was wet and nobody came home.",
    "Vos won the race by 0.512 from Ek, who Crossed The Line Third.",
    "",
]


def found(ruler, nlp, text: str) -> list[tuple[str, str, int, int]]:
    return [(s.label_, s.id_, s.start, s.end) for s in ruler.match(nlp.make_doc(text))]


def test_finds_exactly_what_the_span_ruler_finds():
    nlp = spacy.blank("en")
    plain = SpanRuler(nlp, spans_key="x", phrase_matcher_attr="LOWER")
    indexed = IndexedSpanRuler(nlp, spans_key="x", phrase_matcher_attr="LOWER")
    plain.add_patterns(PATTERNS)
    indexed.add_patterns(PATTERNS)
    results = [found(indexed, nlp, text) for text in TEXTS]
    assert results == [found(plain, nlp, text) for text in TEXTS]
    # "1.204" and "1.204 seconds" are both gaps
    assert [id_ for _, id_, _, _ in results[0]] == ["line", "line", "gap", "gap"]
    assert [id_ for _, id_, _, _ in results[1]] == ["home", "home", "podium"]
    assert results[2] == [] and results[4] == []
    assert [id_ for _, id_, _, _ in results[3]] == ["won", "gap", "line"]


def test_a_pattern_is_tried_only_where_its_required_words_are():
    nlp = spacy.blank("en")
    indexed = IndexedSpanRuler(nlp, spans_key="x", phrase_matcher_attr="LOWER")
    indexed.add_patterns(PATTERNS)
    required = sorted(len(words) for words in indexed._groups)
    # 'crossed/crosses' 'the' 'line' 'first..third'; 'came/brought' 'home' 'second/third';
    # the gap its regex; 'P' and 'finish'
    assert required == [1, 2, 3, 4]
