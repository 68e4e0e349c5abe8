"""A span ruler that tries a token pattern only on a paragraph holding the words it requires.

spaCy's `Matcher` tries every token pattern at every token, and a word list (`{"LOWER": {"IN":
[...]}}`) is a Python predicate it calls per token: with a few dozen patterns per language that
was a seventh of the extractor's time. Most patterns require a word of a short list somewhere
('crossed' … 'line'), absent from most paragraphs. `IndexedSpanRuler` groups the token patterns
by the word lists they require, keeps one `Matcher` per group, and runs a group only where the
paragraph has a word of each of its lists. It finds exactly the spans `SpanRuler` finds.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span
from spacy.util import make_first_longest_spans_filter

# A token pattern's attribute compared with a word (list), and the Doc attribute holding it
WORD_ATTRS = {"LOWER": LOWER, "ORTH": ORTH, "TEXT": ORTH}
# Operators under which a token must be there: none, or one or more
REQUIRED_OPS = (None, "+")

# Per required token: the Doc attribute compared, and the hashes of its words or its regex
Required = tuple[tuple[int, frozenset[int] | re.Pattern[str]], ...]
# A required word list, or a required regex, with the Doc attribute it is compared with
WordList = tuple[int, frozenset[int]]
Regex = tuple[int, re.Pattern[str]]


class IndexedSpanRuler(SpanRuler):
    """`SpanRuler` whose token patterns run per group of required words (see module doc).
    Patterns are only ever added: `remove` would leave them in their groups."""

    def clear(self) -> None:
        super().clear()
        self._groups: dict[Required, Matcher] = {}
        # Each group's required word lists and regexes, beside its Matcher
        self._needs: list[tuple[frozenset[WordList], tuple[Regex, ...], Matcher]] = []
        # Per Doc attribute, each word of a required list and the lists holding it
        self._lists_of: dict[int, dict[int, set[WordList]]] = {LOWER: {}, ORTH: {}}

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        super().add_patterns(patterns)
        strings = self.nlp.vocab.strings
        for entry in patterns:
            if isinstance(entry["pattern"], str):
                continue
            key = strings.add(repr((entry["label"], entry.get("id", ""))))
            pattern = [_plain(token) for token in entry["pattern"]]
            required = _required(pattern, strings.add)
            if required not in self._groups:
                self._add_group(required)
            self._groups[required].add(key, [pattern])

    def _add_group(self, required: Required) -> None:
        """A new group of patterns requiring `required`, its word lists indexed by word."""
        matcher = self._groups[required] = Matcher(self.nlp.vocab)
        lists = frozenset((a, w) for a, w in required if not isinstance(w, re.Pattern))
        regexes = tuple((a, w) for a, w in required if isinstance(w, re.Pattern))
        self._needs.append((lists, regexes, matcher))
        for attr, words in lists:
            for word in words:
                self._lists_of[attr].setdefault(word, set()).add((attr, words))

    def match(self, doc: Doc) -> list[Span]:
        """The spans of every pattern in `doc`, each once, in order (as `SpanRuler.match`)."""
        words = {attr: set(doc.to_array(attr).tolist()) for attr in (LOWER, ORTH)}
        strings = self.nlp.vocab.strings
        matches = list(self.phrase_matcher(doc)) if len(self.phrase_matcher) else []
        present: set[WordList] = set()  # the required word lists with a word in `doc`
        for attr, lists_of in self._lists_of.items():
            for word in words[attr].intersection(lists_of):
                present.update(lists_of[word])
        found: dict[tuple[int, re.Pattern[str]], bool] = {}  # groups share regexes: ask each once

        def has(attr: int, wanted: re.Pattern[str]) -> bool:
            if (attr, wanted) not in found:
                found[attr, wanted] = any(wanted.search(strings[h]) for h in words[attr])
            return found[attr, wanted]

        for lists, regexes, matcher in self._needs:
            if lists <= present and all(has(attr, wanted) for attr, wanted in regexes):
                matches.extend(matcher(doc))
        labels = self._match_label_id_map
        spans = {
            Span(doc, start, end, label=labels[key]["label"], span_id=labels[key]["id"])
            for key, start, end in matches
            if start != end
        }
        return sorted(spans)


def _plain(token: dict[str, Any]) -> dict[str, Any]:
    """A token spec with a one-word list as the word itself: compared in the Matcher's C code,
    where a list is a Python predicate."""
    plain = dict(token)
    for attr in WORD_ATTRS:
        value = token.get(attr)
        if isinstance(value, dict) and set(value) == {"IN"} and len(value["IN"]) == 1:
            plain[attr] = value["IN"][0]
    return plain


def _required(pattern: list[dict[str, Any]], hashed: Any) -> Required:
    """What a match of `pattern` needs the Doc to have, one per required token: a word of its
    list, or a word its regex finds (searched as spaCy's Matcher does)."""
    required = set()
    for token in pattern:
        attrs = set(token) - {"OP"}
        if token.get("OP") not in REQUIRED_OPS or len(attrs) != 1 or not attrs <= set(WORD_ATTRS):
            continue
        (attr,) = attrs
        value = token[attr]
        if isinstance(value, dict) and set(value) == {"REGEX"}:
            required.add((WORD_ATTRS[attr], re.compile(value["REGEX"])))
            continue
        words = value.get("IN") if isinstance(value, dict) and set(value) == {"IN"} else value
        if isinstance(words, str):
            words = [words]
        if isinstance(words, list) and words:
            required.add((WORD_ATTRS[attr], frozenset(hashed(w) for w in words)))
    return tuple(sorted(required, key=_order))


def _order(requirement: tuple[int, frozenset[int] | re.Pattern[str]]) -> tuple[int, str, list[int]]:
    attr, wanted = requirement
    if isinstance(wanted, re.Pattern):
        return attr, wanted.pattern, []
    return attr, "", sorted(wanted)


@Language.factory("indexed_span_ruler", default_config={"spans_key": None})
def make_indexed_span_ruler(nlp: Language, name: str, spans_key: str) -> IndexedSpanRuler:
    """A ruler of phrases compared in lower case, keeping the first longest of overlapping spans."""
    return IndexedSpanRuler(
        nlp,
        name,
        spans_key=spans_key,
        spans_filter=make_first_longest_spans_filter(),
        phrase_matcher_attr="LOWER",
    )
