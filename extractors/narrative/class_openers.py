"""Classes told one after another in prose, each opened by the language's 'in the' and the
class's name: 'Nella Shifter Over, ...', 'En F200, el primer lugar fue para X', 'Entre los
Master, ...', 'Dans la Minime, ...'. The name opens its sentence and is closed by a comma, a
word in lower case or a bracketed count ('Nella Entry Level (8 piloti) ...'); a country, a
circuit or a place the NER tags is no class ('En Argentina,')."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.narrative.prose import Mention, Sentence
from extractors.nations import lookup
from extractors.race_facts import find_circuit

# Words of a class name at most: "100 Jr. Vortex", "Infantil Mini 60"
MAX_CLASS_WORDS = 4
# A word of a class name: a capitalised word ('Shifter', 'Jr.'), a code ('F200', 'KZ2', 'OK-J'),
# or a number ('125', '6.5')
CLASS_WORD_RE = re.compile(r"^(?:[A-ZÀ-Ý][\w-]*\.?|[A-Z0-9][A-Z0-9-]+|\d{1,3}(?:[.,]\d)?)$")
# Entities that name a place, not a class
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _counted(doc: Doc, k: int, end: int) -> bool:
    """A bracketed count after the name closes it too: 'Nella 60 Mini (41 piloti) ...'."""
    return k + 2 < end and doc[k].text == "(" and doc[k + 1].like_num


def _after_lead_word(sentence: Sentence) -> int:
    """The token after a sentence's leading word and its comma ('Finally, in the Senior class,
    ...', 'Rossi, nella Junior, ...'): one word of letters, whatever the NER took it for, so the
    opener after it still opens the sentence; the sentence's start otherwise."""
    doc, start, end = sentence.doc, sentence.span.start, sentence.span.end
    if start + 2 >= end or not doc[start].is_alpha or doc[start + 1].text != ",":
        return start
    return start + 2


def opened_class(sentence: Sentence) -> list[tuple[int, str]]:
    """[(token index, class name)] when the sentence opens with the language's 'in the' and a
    class name ('Nella Shifter Over, invece, ...'); [] otherwise. A mention inside the name is no
    driver: it leaves the sentence."""
    doc, start, end = sentence.doc, sentence.span.start, sentence.span.end
    openers = sorted(sentence.vocab.class_openers, key=len, reverse=True)
    opener = None
    for lead in (start, _after_lead_word(sentence)):
        opener = next(
            (o for o in openers if tuple(t.lower_ for t in doc[lead : lead + len(o)]) == o), None
        )
        if opener is not None:
            start = lead
            break
    if opener is None:
        return []
    first = k = start + len(opener)
    while k < end and k - first < MAX_CLASS_WORDS and CLASS_WORD_RE.match(doc[k].text):
        k += 1
    words = [t.text for t in doc[first:k]]
    closed = k < end and (doc[k].text == "," or doc[k].text[:1].islower() or _counted(doc, k, end))
    if not words or not closed or not any(c.isalpha() for w in words for c in w):
        return []
    name = " ".join(words)
    if lookup(name) is not None or find_circuit([name]) is not None:
        return []
    if any(e.label_ in PLACE_LABELS and e.start < k and e.end > first for e in doc.ents):
        return []
    if any(m.start < k and m.end > k for m in sentence.mentions if m.start >= first):
        return []  # a driver's name runs past the words: 'Nella Rossi Corse ...'
    sentence.mentions = [m for m in sentence.mentions if not (first <= m.start and m.end <= k)]
    return [(first, name)]


# Words of a class named in a list of class winners at most: 'nella mista 125 Super Rok'
MAX_LISTED_CLASS_WORDS = 6
# Fewest pairs of a list of class winners: one pair is a win like any other
MIN_LISTED_CLASSES = 2


def _class_preposition(sentence: Sentence, k: int) -> int:
    """How many words of the language's 'in the' of a class stand at token `k` ('nella', 'en
    la', 'in'); 0 for none."""
    doc, end = sentence.doc, sentence.span.end
    openers = sorted(sentence.vocab.class_openers, key=len, reverse=True)
    for opener in openers:
        if tuple(t.lower_ for t in doc[k : min(k + len(opener), end)]) == opener:
            return len(opener)
    return 1 if k < end and doc[k].lower_ in sentence.vocab.class_prepositions else 0


def _bracketed_class(sentence: Sentence, k: int) -> tuple[str, int] | None:
    """(class, index after the closing bracket) of a class named in brackets at token `k`
    ('(Light 75kg)', '(en Baby 6.5)'): at most the class's words, each a class word; None
    otherwise (a team or a car in brackets is read as such only where the list is of classes)."""
    doc, end = sentence.doc, sentence.span.end
    if k >= end or doc[k].text != "(":
        return None
    first = k + 1 + _class_preposition(sentence, k + 1)
    j = first
    while j < end and doc[j].text != ")" and j - first < MAX_CLASS_WORDS:
        j += 1
    if j >= end or doc[j].text != ")" or j == first:
        return None
    words = doc[first:j]
    lower_after = _class_word(words[0].text) and all(t.is_alpha for t in words[1:])
    if not lower_after and not all(_class_word(t.text) or t.lower_ in ("kg", "cc") for t in words):
        return None  # 'Mini light': a word in lower case may follow a class word
    return words.text, j + 1


def _class_word(word: str) -> bool:
    """A word that makes words a class's name: a number ('125') or a capitalised word or code
    ('Minikart', 'KZ2'); lower-case words may stand with one ('mista 125 Super Rok')."""
    return word[:1].isdigit() or (word[:1].isupper() and CLASS_WORD_RE.match(word) is not None)


def listed_classes(
    sentence: Sentence, start: int, until: int | None = None
) -> list[tuple[Mention, str, int]]:
    """[(driver, class, end of the class's words)] of a list of class winners from token
    `start` on, each a name and the class it won ('successi per A nella 60 Mini, B nella 125
    Junior e C in KZ2'): the pairs follow one another after a comma or the language's 'and',
    each class ending at the next comma, 'and' or the sentence end. [] for fewer than two
    pairs (which classes the words name is not settled by one). A mention inside a class's
    words is no driver: it leaves the sentence. `until`, the token of a phrase told after the
    list ('A (C1) und B (C2) als Tagessieger'), closes it like the sentence's end."""
    doc, end = sentence.doc, sentence.span.end
    joiners = sentence.vocab.list_words | {","}
    pairs: list[tuple[Mention, str, int]] = []
    k = start
    while k < end:
        who = sentence.mention_at(k, skip=0)
        if who is None or who.kind != "name" or who.driver is None:
            break
        bracketed = _bracketed_class(sentence, who.end)
        if bracketed is not None:  # 'A (Light 75kg), B (Medium 85kg) e C (Heavy 95kg)'
            name, j = bracketed
            if j == until:
                pairs.append((who, name, j))
                break
            if j < end and doc[j].lower_ not in joiners and not (doc[j].is_punct and j == end - 1):
                break
            pairs.append((who, name, j))
            k = j + 1
            continue
        opener = _class_preposition(sentence, who.end)
        if not opener:
            break
        first = j = who.end + opener
        while j < end and j - first < MAX_LISTED_CLASS_WORDS and doc[j].lower_ not in joiners:
            if doc[j].is_punct:
                break
            j += 1
        words = doc[first:j]
        if not any(_class_word(t.text) for t in words):
            break
        if j < end and doc[j].lower_ not in joiners and not (doc[j].is_punct and j == end - 1):
            break
        pairs.append((who, words.text, j))
        k = j + 1
    if len(pairs) < MIN_LISTED_CLASSES:
        return []
    # a class's words the NER took for a name ('Entry Level') are no driver
    classes = [(who.end, j) for who, _, j in pairs]
    sentence.mentions = [
        m for m in sentence.mentions if not any(a <= m.start and m.end <= b for a, b in classes)
    ]
    return pairs
