"""Domain components of the narrative pipeline, registered the spaCy way.

`nation_mentions` marks countries, codes and demonyms (vocabulary from `extractors.nations`);
`name_candidates` turns the pretrained NER's entities, which often tag drivers as ORG or GPE and
glue two drivers into one entity, into clean person-name spans, and relabels `doc.ents` to match.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extractors import nations
from extractors.names import NOT_NAME_WORDS, PARTICLES, RACING_WORDS
from extractors.narrative.lang import ENGLISH, Vocabulary, all_numbers, all_ordinals, vocabulary
from extractors.narrative.quantities import count_word
from extractors.result_lists import CAR_MAKERS

# The ISO 639-1 code of the prose a Doc holds, set before the pipeline runs (None: English).
if not Doc.has_extension("language"):
    Doc.set_extension("language", default=None)

# Entity labels the pretrained NER gives drivers' names in race reports.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}
)
# Words that split one entity into several names: "Brandt and Vos", "Ibáñez, de Wit"
NAME_SEPARATORS = frozenset({"and", "&", ",", "/", "or", "(", ")", "with", "plus", ";"})
# Determiners and titles that may lead an entity without being part of the name: "Sir Lewis"
LEADING_TITLES = frozenset({"sir", "dr", "mr", "mrs", "ms", "the", "a", "an"})
# a word of a person's name: "Tomas", "McAllister", "O'Neill", "Ibáñez"
NAME_WORD_RE = re.compile(r"^[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)*$")
# a surname with its particle glued on: "deJong", "vanDyke", "diRosa"
GLUED_PARTICLE_RE = re.compile(r"^(?:de|van|von|da|di|du|del|della|le|la)[A-Z][a-z]+$")
# an initial standing for a given name: "T."
INITIAL_RE = re.compile(r"^[^\W\d_]\.$")
# "’s", "'s", "’": a possessive ending after a name
POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})
# Words of team names a driver's name is not extended over: "Albatec Racing"
TEAM_WORDS = frozenset(
    {"racing", "motorsport", "motorsports", "team", "esports", "sport", "competition", "gp"}
)
# Words of what drivers drive for or in, never of a driver's name: "Virtual Racing School", "Rayo
# Racing"; a span's words up to the last of these (or of the racing words) describe the driver
# named after them ("Sprint Car Champion Ivo Brant"), and a span ending in one names no driver.
ORGANISATION_WORDS = TEAM_WORDS | {
    "school",
    "academy",
    "eseries",
    "club",
    "league",
    "gaming",
    "engineering",
    "autosport",
    "motors",
    "feature",
}
# Nouns after a capitalised run that make it a class or a series: "the Cooper Am class"
CLASS_NOUNS = frozenset(
    {"class", "classes", "category", "categories", "series", "championship", "cup", "heats"}
)
# Words before "X races" that make X a series or a place, not a driver racing: "both X races"
RACES_DETERMINERS = frozenset(
    {"the", "both", "all", "two", "three", "four", "’s", "'s", "his", "her", "their", "its"}
)
# Suffixes of a name: "Dale Earnhardt Jr."
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii"})
# Label of a name the NER did not tag at all: two or more capitalised words in a row.
UNTAGGED_LABEL = "PROPN"
# Label of a lone word listed among names: as good a sign of a person as the NER's PERSON.
LISTED_LABEL = "LISTED"
# Words that join names in a list: "Jan Vos, Ruiz, and Piet Kok"
LIST_JOINERS = frozenset({",", "and", "&"})
# "Firstly", "Eventually": sentence-opening adverbs that are no given name
ADVERB_SUFFIX = "ly"
# "STEINER", "DI MEGLIO": a surname printed in capitals after its given name ("Anton STEINER"), the
# way French and German race reports print drivers; a vowel tells it from a maker's or a team's
# acronym ("KTM", "BMW"); how many given-name and surname words such a name takes
CAPS_SURNAME_RE = re.compile(r"^[^\W\d_a-z]{2,}$")
CAPS_VOWELS = frozenset("AEIOUYÄÖÜÉÈÊÀÂÎÔÛÁÍÓÚ")
CAPS_GIVEN_MAX = 2
CAPS_SURNAME_MAX = 2
# Longest nation name in words: "Saint Vincent and the Grenadines"
MAX_NATION_WORDS = 5
# A demonym's plural as prose writes it: "Brazilians", "Italians"
PLURAL_SUFFIX = "s"


@functools.lru_cache(maxsize=1 << 16)  # pure; asked of every word of every parsed paragraph
def is_name_word(text: str) -> bool:
    """A capitalised word of a name ('McAllister', 'Ibáñez'); no acronym, no number."""
    if GLUED_PARTICLE_RE.match(text):
        return True  # "deJong"
    return bool(NAME_WORD_RE.match(text)) and text[0].isupper() and any(c.islower() for c in text)


def doc_language(doc: Doc) -> str:
    """The language of a Doc's prose ('en' unless set)."""
    return doc._.language or ENGLISH


# The abbreviation a car number follows in English: "the No. 7 car"
NUMBER_ABBREVIATION = "no."
# The spans key of the placing phrases the language rulers found before the NER
PLACINGS_KEY = "placings"


@Language.factory("ordinal_sentences")
def make_ordinal_sentences(nlp: Language, name: str) -> OrdinalSentences:
    return OrdinalSentences()


class OrdinalSentences:
    """No sentence ends at the dot of an English car number's 'No.' ('the No. 7 car'), nor,
    outside English, at the dot of an ordinal written in digits: 'Er wurde 3. vor Lange',
    'na 2. miejscu', 'Im 1. Rennen', 'den 2. Platz' (a dot right after a number, then a
    lower-case word, a number, or a noun of races, laps or places of the language)."""

    def __call__(self, doc: Doc) -> Doc:
        if doc_language(doc) == ENGLISH:
            for token in doc[1:]:  # "the No. 7 car": a car number, no sentence end
                before = doc[token.i - 1]
                split = before.text == "." and token.i > 1 and not doc[token.i - 2].whitespace_
                word = (doc[token.i - 2].lower_ + ".") if split else before.lower_
                if token.is_digit and word == NUMBER_ABBREVIATION:
                    token.is_sent_start = False
            return doc
        vocab = vocabulary(doc_language(doc))
        nouns = vocab.race_nouns | vocab.not_position_nouns | vocab.place_nouns
        for token in doc[1:-1]:
            before, after = doc[token.i - 1], doc[token.i + 1]
            if (
                token.text == "."
                and before.is_digit
                and not before.whitespace_
                and len(before.text) <= 2
                and (
                    after.text[:1].islower()
                    or after.like_num
                    or after.text in ("(", ",")
                    or after.lower_ in nouns
                )
            ):
                after.is_sent_start = False
        return doc


# "All", "Both", "Then", "Again": English function words and adverbs a sentence opens with that
# the NER glues onto the name after them ('All Leclerc had to do', 'Again Orr was second'); none
# is a given name
LEADING_FUNCTION_WORDS = frozenset(
    {"all", "both", "each", "every", "only", "even", "then", "when", "while", "after", "before",
     "but", "and", "as", "so", "if", "though", "although", "once", "now", "still", "yet", "also",
     "just", "meanwhile", "despite", "with", "again", "finally", "eventually", "ultimately",
     "however", "unfortunately", "fortunately", "sadly", "luckily", "thankfully", "instead",
     "later", "earlier", "likewise", "similarly", "initially", "indeed", "elsewhere", "behind",
     "further", "today", "there", "here"}
)  # fmt: skip


@Language.factory("nation_mentions", default_config={"spans_key": "nations"})
def make_nation_mentions(nlp: Language, name: str, spans_key: str) -> NationMentions:
    return NationMentions(spans_key)


class NationMentions:
    """Spans for nations named in prose, labelled NATION (a name, or a code in brackets), DEMONYM
    ('Japanese', 'the Dutchman', 'all-Japanese') or DEMONYMS (a plural: 'Brazilians');
    `kb_id_` is the ISO alpha-3. Only capitalised words are looked up, as English prose writes
    nations and demonyms."""

    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        vocab = vocabulary(doc_language(doc))
        i = 0
        while i < len(doc):
            # "The Netherlands’": the article stays out of the span, as in "the Italian"
            token = doc[i]
            capitalised = token.text[:1].isupper() and token.lower_ != "the"
            found = _nation_at(doc, i) if capitalised else None
            listed = token.lower_ in vocab.demonyms  # "chiński": the file's lower-case forms
            if found is None and (capitalised or vocab.lowercase_demonyms or listed):
                found = _demonym_at(doc, i, vocab)
            if (
                found is not None
                and elided(found.text, vocab) == found.text  # "L'olandese X": an article
                and _is_given_name(doc, found, vocab.articles, vocab.demonyms)
            ):
                found = None  # "Jordan Clarke", "Finn Weber": a first name
            if found is None:
                i += 1
                continue
            spans.append(found)
            i = found.end
        doc.spans[self.spans_key] = spans
        return doc


def _nation_at(doc: Doc, i: int) -> Span | None:
    """The longest nation starting at token i: 'New Zealand’s', 'Italian', 'Brazilians', '(CHN)'."""
    for n in range(min(MAX_NATION_WORDS, len(doc) - i), 0, -1):
        last = doc[i + n - 1]
        if n > 1 and not last.text[:1].isupper():
            continue  # a nation's name ends with a capitalised word ("Bosnia and Herzegovina")
        text = doc[i : i + n].text
        found = nations.lookup(text)
        possessive = i + n < len(doc) and doc[i + n].text in POSSESSIVE_TOKENS
        if found is None or (
            found[1] == "code"
            and not _bracketed(doc.text, doc[i].idx, last.idx + len(last))
            and not (possessive and len(text) >= 2 and text.isupper())
        ):
            continue  # "GT Sport" is no Guatemala; "Li Wen (CHN)" is China; "UK's Tom Wood"
        end = i + n
        if found[1] == "name" and _first_name_of(doc, end):
            return None  # "Chad Deeley", "Jordan King": a given name, no nation
        if end < len(doc) and doc[end].text in POSSESSIVE_TOKENS:
            end += 1  # "Japan’s", "The Netherlands’"
        demonym = found[1] == "demonym" or nations.demonym_code(text)
        return Span(doc, i, end, label="DEMONYM" if demonym else "NATION", kb_id=found[0])
    token = doc[i]
    if token.text.endswith(PLURAL_SUFFIX):  # "Brazilians": a plural the vocabulary does not list
        found = nations.lookup(token.text[: -len(PLURAL_SUFFIX)])
        if found and found[1] == "demonym":
            return Span(doc, i, i + 1, label="DEMONYMS", kb_id=found[0])
    return None


def _first_name_of(doc: Doc, end: int) -> bool:
    """The token after a nation's name is a capitalised word that is no nation, joined by one
    space: the 'nation' is a given name ('Chad Deeley')."""
    if end >= len(doc) or doc[end - 1].whitespace_ != " ":
        return False
    after = doc[end].text
    return after[:1].isupper() and after.isalpha() and nations.lookup(after) is None


@functools.lru_cache(maxsize=65536)
def _lowercase_demonym(text: str) -> str | None:
    """The alpha-3 of a lower-case demonym ('chileno', 'chilenos'); looked up once per word."""
    found = nations.lookup(text) or (
        nations.lookup(text[: -len(PLURAL_SUFFIX)]) if text.endswith(PLURAL_SUFFIX) else None
    )
    return found[0] if found and found[1] == "demonym" else nations.demonym_code(text)


def count_of(word: str) -> int | None:
    """A count written in digits or in words of any language: '2', 'two', 'deux' -> 2."""
    return count_word(word) or all_numbers().get(word.lower())


def before_count(doc: Doc, start: int, floor: int = 0) -> int:
    """The index of the word before token `start`, past a count of two or more ('les deux
    Néerlandais': 'les'); below `floor` (the sentence's start) when there is none."""
    k = start - 1
    if k > floor and (count_of(doc[k].text) or 0) >= 2:
        k -= 1
    return k


def _is_given_name(
    doc: Doc, span: Span, articles: frozenset[str], own_demonyms: dict[str, str]
) -> bool:
    """A country right before a capitalised name word, with no article and no possessive, is a
    given name ('Jordan Clarke'); in languages that put an article before a demonym ('der
    Franzose X', 'o chileno X') so is a demonym ('Finn Weber'), unless written in lower case or
    listed in the language's own file."""
    if span.end >= len(doc) or doc[span.end - 1].text in POSSESSIVE_TOKENS:
        return False
    if not is_name_word(doc[span.end].text) or doc[span.end].lower_ in NOT_NAME_WORDS:
        return False
    if nations.lookup(doc[span.end].text) is not None:
        return False  # "Costa Rica" read word by word, "New Zealand"
    k = before_count(doc, span.start)  # "les deux Néerlandais X": the article, past the count
    before = doc[k].lower_ if k >= 0 else ""
    if before in ("the", "a", "an") or before in articles:
        return False
    if span.text[:1].islower() or span.text.lower() in own_demonyms:
        return False  # "compañero español Carlos Sainz", "Nederlander Robin Frijns": no name
    return span.label_ == "NATION" or doc_language(doc) != ENGLISH


def _demonym_at(doc: Doc, i: int, vocab: Vocabulary) -> Span | None:
    """A demonym of the Doc's language at token i: 'chileno', 'Franzose', 'Holendrem' (the
    language file's inflections), or a lower-case one ('o japonês', and 'l’olandese' with its
    article elided onto it) where the language writes them so."""
    text = elided(doc[i].text, vocab)
    code = vocab.demonyms.get(text.lower())
    if code is None and (vocab.lowercase_demonyms and text.islower() or text != doc[i].text):
        code = _lowercase_demonym(text)  # "o japonês", "l’olandese", "l’Italien"
    if code is None:
        return None
    if text.lower() in vocab.plural_demonyms:  # "de Nederlanders A en B": a group
        return Span(doc, i, i + 1, label="DEMONYMS", kb_id=code)
    return Span(doc, i, i + 1, label="DEMONYM", kb_id=code)


def elided(text: str, vocab: Vocabulary) -> str:
    """A word without the article or preposition elided onto it ('l’olandese' -> 'olandese',
    'dell’italiano' -> 'italiano'); the word itself when none is."""
    lower = text.lower()
    prefix = next((e for e in vocab.elisions if lower.startswith(e) and len(lower) > len(e)), "")
    return text[len(prefix) :]


def _bracketed(text: str, start: int, end: int) -> bool:
    return text[max(0, start - 1) : start] in ("(", "[") and text[end : end + 1] in (")", "]")


@Language.factory(
    "name_candidates",
    default_config={"spans_key": "names", "terms_key": "terms", "nations_key": "nations"},
)
def make_name_candidates(
    nlp: Language, name: str, spans_key: str, terms_key: str, nations_key: str
) -> NameCandidates:
    return NameCandidates(spans_key, terms_key, nations_key)


class NameCandidates:
    """Person-name spans cut from the NER's entities (label kept: PERSON, ORG, ...), minus racing
    vocabulary, nations, titles and possessives; `doc.ents` then calls them PERSON."""

    def __init__(self, spans_key: str, terms_key: str, nations_key: str) -> None:
        self.spans_key = spans_key
        self.terms_key = terms_key
        self.nations_key = nations_key

    def __call__(self, doc: Doc) -> Doc:
        blocked = {
            i for span in doc.spans.get(self.terms_key, []) for i in range(span.start, span.end)
        }
        nation_tokens = {
            i for span in doc.spans.get(self.nations_key, []) for i in range(span.start, span.end)
        }
        names: list[Span] = []
        for ent in doc.ents:
            if ent.label_ not in NAME_LABELS:
                continue
            for start, end in _pieces(doc, ent.start, ent.end, nation_tokens):
                start = _extend_left(doc, start, end, blocked | nation_tokens)
                end = _extend_hyphen(doc, end)
                end = _extend_right(doc, start, end, blocked | nation_tokens)
                if any(i in blocked for i in range(start, end)):
                    continue
                if _is_name(doc, start, end):
                    names.append(Span(doc, start, end, label=ent.label_))
        taken = {i for span in names for i in range(span.start, span.end)}
        for start, end in _capitalised_runs(doc, taken | blocked | nation_tokens):
            if _is_name(doc, start, end):  # "Spain’s Iker Ibáñez" the NER left untagged
                names.append(Span(doc, start, end, label=UNTAGGED_LABEL))
        names = _with_caps_surnames(doc, names, blocked | nation_tokens)
        names = _introduced_by_demonyms(doc, names, blocked | nation_tokens)
        names += _listed_with_names(doc, names, blocked | nation_tokens)
        names = _lone_names_listed(doc, names)
        names = _trimmed(doc, names, nation_tokens)
        names = [kept for span in names if (kept := _without_descriptors(doc, span)) is not None]
        doc.spans[self.spans_key] = sorted(names, key=lambda span: span.start)
        persons = [Span(doc, s.start, s.end, label="PERSON") for s in names]
        others = [e for e in doc.ents if e.label_ not in NAME_LABELS]
        doc.ents = filter_spans(persons + others)
        return doc


def _trimmed(doc: Doc, names: list[Span], nation_tokens: set[int]) -> list[Span]:
    """Names without the words the Doc's language lists as no name ('Sieger', 'Platz'), its
    ordinals ('Zweiter') or a leading article and nation ('de Belg Jan Peeters') at either end:
    German and Dutch capitalise nouns and nationality words."""
    vocab = vocabulary(doc_language(doc))
    if vocab.code == ENGLISH:
        names = [_without_function_word(doc, span) for span in names]
        trimmed = (_without_leading_non_names(doc, span) for span in names)
        return [span for span in trimmed if span is not None]
    ordinals = all_ordinals()
    # "Vitória de Rui Lemos", "Victoire de X": a placing phrase of the language is no name, but
    # the subject named inside one is ('wurde Paul Weber Dritter')
    placing = {
        i
        for span in doc.spans.get(PLACINGS_KEY, [])
        for i in range(span.start, span.end)
        if i in (span.start, span.end - 1) or not doc[i].is_title
    }

    def no_name(token: Token) -> bool:
        if token.i in nation_tokens or token.i in placing:
            return True
        if token.lower_ in vocab.articles and (
            token.i + 1 in nation_tokens
            or (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in vocab.not_name_words)
        ):
            return True  # "de Belg Jan Peeters", "Le Savoyard Luc Roux"
        return token.lower_ in vocab.not_name_words or token.lower_ in ordinals

    kept = []
    for span in names:
        start, end = span.start, span.end
        while start < end and no_name(doc[start]):
            start += 1
        while end > start and no_name(doc[end - 1]):
            end -= 1
        while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].lower_ in PARTICLES:
            end -= 1  # "de Rally van Zweden": a name never ends with its particle
        start = _past_preposition(doc, start, end, vocab)
        if end - start == 1 and doc[start].lower_ in PARTICLES | vocab.articles:
            continue  # "van" of "deel van de Nederlandse", "Van de Nederlander", "Il duello":
            # no name left
        if end > start:
            kept.append(Span(doc, start, end, label=span.label_))
    return kept


def _without_leading_non_names(doc: Doc, span: Span) -> Span | None:
    """'Fastest Gamer' ("World's Fastest Gamer competition") without the words opening it that no
    name holds ('Gamer'); None when none is left."""
    start = span.start
    while (
        start < span.end
        and doc[start].lower_ in NOT_NAME_WORDS
        and doc[start].lower_ not in ORGANISATION_WORDS  # 'Team Apex' is a team entry's name
    ):
        start += 1
    if start == span.end:
        return None
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def _without_function_word(doc: Doc, span: Span) -> Span:
    """An English name without the capitalised function word opening its sentence ('All Leclerc
    had to do', 'Both Ivo Brant and') or the end of a hyphenated word before it ('T-Boned Mikes'):
    no given name ('Will Price' keeps 'Will')."""
    first = doc[span.start]
    if span.end - span.start > 1 and first.is_sent_start and first.lower_ in LEADING_FUNCTION_WORDS:
        return Span(doc, span.start + 1, span.end, label=span.label_)
    if span.end - span.start > 1 and _after_glued_hyphen(doc, span.start):
        return Span(doc, span.start + 1, span.end, label=span.label_)  # "T-Boned Mikes"
    return span


def _after_glued_hyphen(doc: Doc, i: int) -> bool:
    """A word that ends a hyphenated word opened by a letter or a lower-case word ('Boned' of
    'T-Boned', 'Bombed' of 'dive-Bombed'): no name starts there ('Jean-Eric Vergne' is one)."""
    before = doc[i - 2] if i >= 2 else None
    return (
        before is not None
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not before.whitespace_
        and before.is_alpha
        and (len(before.text) == 1 or before.is_lower)
    )


def _past_preposition(doc: Doc, start: int, end: int, vocab: Vocabulary) -> int:
    """Where a name starts past the lower-case words the language uses as prepositions before
    it: 'de Rui Lemos', 'dos de Thomas Ronhaar' (before a given name and a surname), and 'da
    Cannistraci', 'de Lacoste' (one particle of the language's prepositions before a lone
    surname: 'pressato da X', 'la pénalité de X'); 'van der Linde' keeps its particles."""
    first = start
    while first < end and doc[first].text.islower():
        first += 1
    if first in (start, end):
        return start
    if end - first >= 2:
        return first
    if first - start == 1 and doc[start].lower_ in vocab.object_words:
        return first
    return start


def _without_descriptors(doc: Doc, span: Span) -> Span | None:
    """A name span without the words that describe its driver ('Sprint Car Champion Ivo Brant' ->
    'Ivo Brant') and with its suffix ('Dale Earnhardt Jr.'); None for a team ('Rayo Racing', 'Apex'
    of 'Apex Esports'), a series, or a car: a car maker opening it ('Suzuki Swift')."""
    words = [t.lower_ for t in span]
    cut = [
        k
        for k, w in enumerate(words)
        if (w in ORGANISATION_WORDS or w in RACING_WORDS) and (k, w) != (0, "team")
    ]  # "Team Apex" is an entrant's name
    start = span.start + (cut[-1] + 1 if cut else 0)
    if start >= span.end or nations.fold(doc[start].text) in CAR_MAKERS and span.end - start > 1:
        return None
    if start > 0 and nations.fold(f"{doc[start - 1].text} {doc[start].text}") in CAR_MAKERS:
        return None  # "Aston Martin Vantage", "Alfa Romeo Giulia": a car, its maker cut in two
    if span.end - start > 1 and nations.fold(doc[start : span.end].text) in CAR_MAKERS:
        return None  # "op een Tony Kart": a chassis, no driver ('Ford' may be a surname)
    if (
        span.label_ != "PERSON"
        and span.end - start > 1
        and nations.fold(span[-1].text) in CAR_MAKERS
    ):
        return None  # "Redline Fanatec Dallara": a team's car
    end = span.end
    after = doc[end] if end < len(doc) else None
    if after is not None and after.lower_ in ORGANISATION_WORDS and after.text[0].isupper():
        return None  # "Rahal Letterman Lanigan Esports"
    if after is not None and after.lower_ in CLASS_NOUNS:
        return None  # "the Cooper Am class", "both Mini Miglia races"
    before = doc[start - 1].lower_ if start > 0 else ""
    if after is not None and after.lower_ == "races" and before in RACES_DETERMINERS:
        return None  # "both Cheshire races" (but "Ivo Brant races to victory")
    if after is not None and after.lower_ in NAME_SUFFIXES and after.text[0].isupper():
        end += 1
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label_)


def _pieces(doc: Doc, start: int, end: int, nation_tokens: set[int]) -> list[tuple[int, int]]:
    """Split an entity at separators and trim what is not name: 'The Netherlands’ de Wit' ->
    'de Wit'; 'Brandt and Vos' -> 'Brandt', 'Vos'; "Ruiz’s" -> 'Ruiz'."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for i in range(start, end + 1):
        if i == end or doc[i].lower_ in NAME_SEPARATORS:
            pieces.append((piece_start, i))
            piece_start = i + 1
    trimmed = []
    for a, b in pieces:
        # a leading nation, possibly possessive ("Spain’s"), titles, lower-case words before a name
        while a < b and (
            a in nation_tokens
            or doc[a].text in POSSESSIVE_TOKENS
            or doc[a].lower_ in LEADING_TITLES
            or (
                doc[a].text[:1].islower()
                and not (doc[a].lower_ in PARTICLES and a + 1 < b and is_name_word(doc[a + 1].text))
            )
        ):
            a += 1
        while b > a and (doc[b - 1].text in POSSESSIVE_TOKENS or doc[b - 1].lower_ in PARTICLES):
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def _extend_left(doc: Doc, start: int, end: int, blocked: set[int]) -> int:
    """'from Ana Ribeiro' tagged as 'Ribeiro', 'van der Berg' as 'der Berg': take the particles and
    the given name in front (never a sentence's first word: 'Engineer Paul Whitfield')."""
    while start > 0 and doc[start - 1].lower_ in PARTICLES and doc[start - 1].text.islower():
        start -= 1
    k = start - 1
    single = start + 1 == end
    while k >= 0 and k not in blocked and _may_start_name(doc[k], allow_sentence_start=single):
        k -= 1
    return k + 1


def _may_start_name(token: Token, *, allow_sentence_start: bool) -> bool:
    """A name word that can begin a name: a sentence's first word only when it joins a lone
    surname ('Nina' + 'Weiss'), and never an adverb or function word ('Firstly', 'However')."""
    if not is_name_word(token.text) or token.lower_ in NOT_NAME_WORDS:
        return False
    if token.is_sent_start:
        return allow_sentence_start and not token.lower_.endswith(ADVERB_SUFFIX)
    return True


def _extend_right(doc: Doc, start: int, end: int, blocked: set[int]) -> int:
    """'Ricardo Cury' tagged as 'Ricardo': the name words right after a one-word name (at most
    two), never a team's word ('Albatec Racing', 'Apex Motorsport')."""
    vocab = vocabulary(doc_language(doc))
    if end - start != 1:
        return end
    limit = min(len(doc), end + 2)
    while (
        end < limit
        and end not in blocked
        and is_name_word(doc[end].text)
        and doc[end].lower_ not in NOT_NAME_WORDS
        and doc[end].lower_ not in vocab.not_name_words
        and doc[end].lower_ not in TEAM_WORDS
        and not doc[end].is_sent_start
    ):
        end += 1
    return end


def _extend_hyphen(doc: Doc, end: int) -> int:
    """'Kim Soo-jin' tagged as 'Kim Soo': a given name's hyphenated, lower-case second part."""
    while (
        end + 1 < len(doc)
        and _is_inner_hyphen(doc, end)
        and doc[end + 1].is_alpha
        and not doc[end + 1].is_stop  # "Rosenqvist-who"
    ):
        end += 2
    return end


def _is_inner_hyphen(doc: Doc, i: int) -> bool:
    return doc[i].text in ("-", "‑") and not doc[i].whitespace_ and not doc[i - 1].whitespace_


def _capitalised_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    """Runs of two or more name words (particles inside) outside `taken`: 'Iker Ibáñez', 'Pau
    Vidal', 'Sem de Wit'; a sentence's first word only if it may start a name ('Sofia Marquez
    of Argentina was fifth', not 'Firstly Vos')."""
    runs: list[tuple[int, int]] = []
    start = None
    for token in [*doc, None]:
        inside = token is not None and token.i not in taken
        if inside and start is None:
            inside = _may_start_name(token, allow_sentence_start=True)
        elif inside:
            inside = is_name_word(token.text) or token.lower_ in PARTICLES
        if inside:
            start = token.i if start is None else start
            continue
        if start is not None:
            end = token.i if token is not None else len(doc)
            while end > start and doc[end - 1].lower_ in PARTICLES:
                end -= 1
            if end - start >= 2:
                runs.append((start, end))
            start = None
    return runs


def _is_caps_surname(text: str) -> bool:
    """A surname printed in capitals: 'STEINER', 'SÄGEMEISTER' (no 'KTM', no 'GT3')."""
    return bool(CAPS_SURNAME_RE.match(text)) and any(ch in CAPS_VOWELS for ch in text)


def _with_caps_surnames(doc: Doc, names: list[Span], blocked: set[int]) -> list[Span]:
    """`names` with every 'Anton STEINER', 'Mike DI MEGLIO' (given names, then a surname in
    capitals) as one name, in place of the parts of it already found ('Anton'), where the text
    prints two such names or one before a bracket ('Anton STEINER (AUT)'): one alone is more
    often a class or a body ('Mini MAX', 'Promocional ANCAP')."""
    if not any(token.is_upper and _is_caps_surname(token.text) for token in doc):
        return names  # the cheap cue: no word in capitals
    vocab = vocabulary(doc_language(doc))
    found: list[Span] = []
    i = 0
    while i < len(doc):
        end = i
        while (
            end < len(doc)
            and end - i < CAPS_GIVEN_MAX
            and end not in blocked
            and is_name_word(doc[end].text)
            and doc[end].lower_ not in NOT_NAME_WORDS
            and doc[end].lower_ not in vocab.not_name_words
            and doc[end].lower_ not in ORGANISATION_WORDS
            and doc[end].lower_ not in RACING_WORDS
        ):
            end += 1
        given = end
        while (
            end < len(doc)
            and end - given < CAPS_SURNAME_MAX
            and end not in blocked
            and (
                _is_caps_surname(doc[end].text)
                or doc[end].lower_ in PARTICLES
                and end + 1 < len(doc)
                and _is_caps_surname(doc[end + 1].text)
            )
        ):
            end += 1
        if given == i or end == given or (end < len(doc) and is_name_word(doc[end].text)):
            i = max(i + 1, given)
            continue
        span = Span(doc, i, end, label=UNTAGGED_LABEL)
        if nations.lookup(span.text) is None:
            found.append(span)
        i = end
    surnames = {doc[span.end - 1].text for span in found}
    found = [  # the page's way of printing names: two such names, or one before its bracket
        span
        for span in found
        if len(surnames) > 1 or span.end < len(doc) and doc[span.end].text == "("
    ]
    if not found:
        return names
    inside = {k for span in found for k in range(span.start, span.end)}
    kept = [s for s in names if not any(k in inside for k in range(s.start, s.end))]
    return kept + found


def _listed_with_names(doc: Doc, names: list[Span], blocked: set[int]) -> list[Span]:
    """Lone capitalised words listed among names ('Jan Vos, Ruiz, and Piet Kok'): names too."""
    found: list[Span] = []
    taken = {i for span in names for i in range(span.start, span.end)}
    starts, ends = {span.start for span in names}, {span.end for span in names}
    joiners = LIST_JOINERS | vocabulary(doc_language(doc)).list_words  # "Jelmini e Tavano"
    changed = True
    while changed:
        changed = False
        for token in doc:
            i = token.i
            if i in taken or i in blocked or not _may_start_name(token, allow_sentence_start=False):
                continue
            joined_before = i >= 2 and doc[i - 1].lower_ in joiners and _ends_name(doc, i - 1, ends)
            joined_after = (
                i + 2 < len(doc)
                and doc[i + 1].lower_ in joiners
                and _starts_name(doc, i + 2, starts)
            )
            if joined_before or joined_after:
                found.append(Span(doc, i, i + 1, label=LISTED_LABEL))
                taken.add(i)
                starts.add(i)
                ends.add(i + 1)
                changed = True
    return found


def _lone_names_listed(doc: Doc, names: list[Span]) -> list[Span]:
    """Outside English, a one-word name the NER took for a thing ('Bellini' as NORP) listed
    with another name by a comma or the language's 'and' ('Bellini e Gino Sala'): a person."""
    vocab = vocabulary(doc_language(doc))
    if vocab.code == ENGLISH:
        return names
    joiners = LIST_JOINERS | vocab.list_words
    starts, ends = {span.start for span in names}, {span.end for span in names}

    def listed(span: Span) -> bool:
        before = span.start - 1
        after = span.end
        return (before >= 1 and doc[before].lower_ in joiners and before in ends) or (
            after + 1 < len(doc) and doc[after].lower_ in joiners and after + 1 in starts
        )

    return [
        Span(doc, span.start, span.end, label=LISTED_LABEL)
        if len(span) == 1 and span.label_ not in ("PERSON", LISTED_LABEL) and listed(span)
        else span
        for span in names
    ]


def _introduced_by_demonyms(doc: Doc, names: list[Span], blocked: set[int]) -> list[Span]:
    """The names, and outside English a name right after a demonym the language writes in lower
    case ('le canadien Laliberté', 'del finlandese Kauppi'): a person, also as a lone word the
    NER left out or took for a thing."""
    vocab = vocabulary(doc_language(doc))
    if vocab.code == ENGLISH or not vocab.lowercase_demonyms:
        return names
    taken = {i for span in names for i in range(span.start, span.end)}
    after = _role_demonym_ends(doc, vocab)
    found: list[Span] = []
    for i in sorted(k + 1 for k in after):
        if i >= len(doc):
            continue
        if i in taken or i in blocked or not _may_start_name(doc[i], allow_sentence_start=False):
            continue
        if doc[i].lower_ in vocab.not_name_words or not _is_name(doc, i, i + 1):
            continue
        if i + 1 < len(doc) and is_name_word(doc[i + 1].text):
            continue  # a longer name or a team ('le belge Apex Racing'): left to the NER
        found.append(Span(doc, i, i + 1, label=LISTED_LABEL))
    return [  # "le canadien Roy" tagged as an ORG: a person
        Span(doc, span.start, span.end, label=LISTED_LABEL)
        if span.label_ != "PERSON"
        and span.start - 1 in after
        and doc[span.start].lower_ not in PARTICLES
        else span
        for span in names
    ] + found


def _role_demonym_ends(doc: Doc, vocab: Vocabulary) -> set[int]:
    """The last tokens of the lower-case demonyms a role opens: after an article, a role noun or
    a preposition ('le canadien', 'du finlandais', 'o piloto chileno'), not after another noun
    ('le circuit italien de Sarno': a place)."""
    openers = vocab.articles | vocab.role_nouns | vocab.object_words
    return {
        span.end - 1
        for span in doc.spans.get("nations", [])
        if span.label_ == "DEMONYM"
        and span.text.islower()
        and span.start > 0
        and doc[span.start - 1].lower_ in openers
    }


def _ends_name(doc: Doc, joiner: int, ends: set[int]) -> bool:
    """A name ends before the joiner: 'Jan Vos, Ruiz' or 'Jan Vos, and Ruiz'."""
    if joiner in ends:
        return True
    return doc[joiner].lower_ == "and" and doc[joiner - 1].text == "," and joiner - 1 in ends


def _starts_name(doc: Doc, at: int, starts: set[int]) -> bool:
    """A name starts after the joiner: 'Ruiz, Piet Kok' or 'Ruiz, and Piet Kok'."""
    if at in starts:
        return True
    return doc[at].lower_ == "and" and at + 1 in starts


def _is_name(doc: Doc, start: int, end: int) -> bool:
    """A span is a name when every word is a name word, a particle, an initial or an inner hyphen,
    and it is no nation, no determiner-led thing ('a virtual X') and no lone sentence word."""
    if end - start > 5:
        return False
    words = doc[start:end]
    for k, token in enumerate(words):
        text = token.text
        if is_name_word(text) or (k == 0 and INITIAL_RE.match(text) and end - start > 1):
            continue
        if (
            text.lower() in PARTICLES
            and 0 < k < end - start - 1
            or (k == 0 and text.lower() in PARTICLES and end - start > 1)
        ):
            continue
        if 0 < k < end - start - 1 and _is_inner_hyphen(doc, token.i):
            continue  # "Jean-Pierre"
        if k > 0 and _is_inner_hyphen(doc, token.i - 1) and text.isalpha():
            continue  # "Soo-jin"
        return False
    if start > 0 and doc[start - 1].lower_ in ("a", "an", "the") and doc_language(doc) == ENGLISH:
        return False  # "a virtual Grand Prix"
    if end - start == 1 and words[0].lower_ in NOT_NAME_WORDS:
        return False
    return nations.lookup(words.text) is None
