"""Drivers' nations as prose states them, and the drivers that nation-bearing roles refer to.

Explicit statements first: "Norway's Tomas Berg", "the American Chris Dalton", "Ana Ribeiro of
Portugal", "Li Wen (China)", "A and B from Australia", "an all-Japanese front row as A ... B",
"the two Japanese drivers ..., A and B". Then references, in text order: "the Italian" is the one
driver of the current or previous sentence who can be Italian (known Italian, else the only one
of unknown nation), else the article's only known Italian; "his compatriots" share the nation of
the drivers just named; "his rival" is the one other driver just named. Anything less certain
stays unresolved.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator

from extractors.name_gate import NOUN_ARTICLES
from extractors.narrative.components import before_count, count_of, elided
from extractors.narrative.lang import ENGLISH
from extractors.narrative.prose import (
    CLAUSE_BREAKS,
    LIST_WORDS,
    OBJECT_WORDS,
    OWNING_DETERMINERS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    Mention,
    Sentence,
    previous_subject,
)
from extractors.nations import lookup, nation_code
from extractors.records import Conflict, DriverNation, Evidence

logger = logging.getLogger(__name__)

POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
# Words that may stand between a possessive nation and its driver: "Poland's other finalist, X"
FILLER_MAX = 5
# How far back "from Australia" may look for its driver: "Ruiz — the first ever qualifier from"
FROM_WINDOW = 8
# Words between a plural demonym phrase and the list of its drivers: "drivers in second and third,"
APPOSITION_MAX = 7
# International vehicle registration codes that open a driver's bracket: "(F – Apex/Vortex)"
VEHICLE_CODES = {
    "A": "AUT", "B": "BEL", "CH": "CHE", "CZ": "CZE", "D": "DEU", "DK": "DNK", "E": "ESP",
    "F": "FRA", "FIN": "FIN", "GB": "GBR", "H": "HUN", "I": "ITA", "L": "LUX", "N": "NOR",
    "NL": "NLD", "P": "PRT", "PL": "POL", "S": "SWE", "USA": "USA",
}  # fmt: skip
# "H880", "NZ971", "#27": a car's number printed right before its driver's name (bare digits
# are a year or a number of anything: "France 2023 Live Stream")
CAR_CODE_RE = re.compile(r"^(?:#\d{1,4}|[A-Z]{1,3}\d{1,4})$")
# A title a national championship gives, right after its demonym ('the eightfold German champion
# X', 'achtfacher Deutscher Meister X', 'campeão brasileiro' aside): the title's country, not
# the driver's nation, which the text does not settle
TITLE_NOUNS = frozenset(
    {"champion", "champions", "championne", "meister", "meisterin", "vizemeister", "campeão",
     "campeã", "campeón", "campeona", "campione", "campionessa", "kampioen", "mistrz",
     "mistrzyni", "wicemistrz", "mistrzowie", "mistrzem", "mistrza", "campioni", "campeones",
     "campeões", "kampioenen", "championnes"}
)  # fmt: skip
# ... or before its country, with the preposition of a genitive ('mistrzowie Polski X',
# 'campione d'Italia X', 'champion of France X', 'kampioen van Nederland X')
TITLE_OF_WORDS = frozenset({"of", "di", "d'", "d’", "de", "do", "da", "van", "von", "du"})
# 'licenza', 'licence': a demonym beside it is the nation of a racing licence ('il tailandese con
# licenza italiana X', 'with a British licence'), not the driver's
LICENCE_NOUNS = frozenset(
    {"licence", "license", "licenza", "licencia", "licença", "lizenz", "licentie", "licencja",
     "licencją"}
)  # fmt: skip
# "our", "onze", "notre": a compatriot of the writer's, not of a driver's
FIRST_PERSON_POSSESSIVES = frozenset(
    {"our", "onze", "ons", "notre", "nos", "nostro", "nostra", "nostri", "unser", "unsere",
     "unseren", "unserem", "nuestro", "nuestra", "nuestros", "nosso", "nossa", "nossos", "nasz",
     "nasza", "naszego", "naszym"}
)  # fmt: skip
# Quotes around a nickname between a demonym and its driver: 'de Nederlandse “Zandkoning” X'
QUOTES = frozenset({"“", "”", '"', "„", "«", "»"})
# Languages that write a driver's noun as a compound ('strandcrossspecialist'), and the endings
# of such nouns besides the language's own role nouns
COMPOUNDING_LANGUAGES = frozenset({"nl", "de"})
COMPOUND_ROLE_ENDINGS = frozenset({"specialist", "spezialist", "fahrer", "pilot", "piloot"})
# Prepositions that make the name after them a place: "in Uithuizen", "w Poznaniu", "te Assen"
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "en", "em", "te", "w", "nach"})
# How many tokens a bracket after a name may hold: "(16, Frankreich, R-ace GP)"
BRACKET_MAX = 10
# Length of a no-name word that, ending a capitalised compound, makes it no name ("...sieger")
COMPOUND_SUFFIX = 5
# What follows such a code inside the bracket: "(F – Apex)", "(USA/Team Nord)"
CODE_SEPARATORS = frozenset({"–", "-", "—", "/"})
# Verbs before "for <country>" that make it the driver's nation: "Conti, racing for Italy"
RACING_FOR_VERBS = frozenset(
    {"racing", "driving", "competing", "races", "drives", "raced", "drove"}
)
# An apposition after a name: "Lirim Berg, 24enne tedesco di Apex", "Tom Vos – the only Dutch
# finalist –"; how many words may stand between its opening and the demonym, and what may close it
APPOSITION_OPENERS = frozenset({",", "–", "—"})
APPOSITION_FILLER = 3
# "than", "que", "di": the word that opens what the subject is compared with, and the
# comparatives before it ("mieux placé que l'Espagnol", "faster than the Dane"), in the languages
COMPARISON_WORDS = frozenset({"than", "que", "che", "als", "dan", "niż"})
COMPARATIVES = frozenset(
    {"better", "faster", "quicker", "more", "less", "ahead", "mieux", "plus", "moins", "mejor",
     "más", "menos", "melhor", "mais", "meglio", "più", "meno", "besser", "schneller",
     "mehr", "beter", "sneller", "meer", "lepiej", "szybciej"}
)  # fmt: skip
# "represented", "representado": the verb that makes a country the nation of the drivers who
# represent it ('A represented Brazil', 'Brazil was represented by A and B'), in the languages;
# the words that introduce its agents; how far the verb and its agent word may stand
REPRESENTED_WORDS = frozenset(
    {"represented", "represents", "representado", "representada", "representados", "representou",
     "representó", "rappresentato", "rappresentata", "rappresentati", "rappresentò",
     "représenté", "représentée", "représentés", "représenta", "vertreten", "vertrat",
     "vertegenwoordigd", "vertegenwoordigde", "reprezentowana", "reprezentowali", "reprezentował"}
)  # fmt: skip
AGENT_WORDS = frozenset({"by", "por", "da", "dai", "par", "durch", "door", "przez"})
REPRESENTED_REACH = 4
# "was", "war", "fut": the verb 'to be' that equates a role with a name ('Best Dutchman was X')
COPULAS = frozenset(
    {"was", "is", "werd", "war", "ist", "wurde", "était", "est", "fut", "fue", "era", "es", "fu",
     "è", "foi", "é", "był", "była", "jest"}
)  # fmt: skip
# "a", "een", "un": the indefinite article between the verb 'to be' and a demonym that says what
# the sentence's subject is ('X is een Hongaar', 'X is a Hungarian driver')
INDEFINITE_ARTICLES = frozenset(
    {"a", "an", "een", "ein", "eine", "un", "une", "uno", "una", "um", "uma"}
)
# How many words a comparative may stand before its "than" ("placé plus haut que")
COMPARATIVE_REACH = 4
APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", ")", "–", "—", "in", "at", "en", "em", "im"})
ELISION_MARKS = ("’", "'")
# Nouns of a team that make a demonym role no driver: "the Australian squad"
TEAM_NOUNS = frozenset({"team", "squad", "outfit", "crew", "formation", "side", "quartet", "trio"})
# Words of a team named between a demonym and its driver: "l’indiano della Apex Racing X"
TEAM_MAX_WORDS = 4
# ... and with no preposition, right after a driver's noun and demonym (its organisation word
# ending it: 'le pilote australien Kite Red Bull Racing Esports X')
BARE_TEAM_MAX_WORDS = 6
# Endings of a demonym written as a plural in the Romance languages: "chilenos", "italiani"
PLURAL_DEMONYM_ENDINGS = ("s", "i")
# A place printed right after a name in a list: "8°", "10º", "P6", "12." (a degree sign alone
# when the number is cut from it)
PLACE_MARK_RE = re.compile(r"^(?:P?\d{1,3}[°º.]?|[°º])$")
# Nouns of two drivers sharing a car or a result: "the Welsh pairing"
PAIR_NOUNS = frozenset({"pairing", "pair", "duo"})
# Tokens before a demonym that make it a group: "an all-Japanese front row"
GROUP_PREFIX = ("all", "-")
# English nouns of several drivers: "Japanese drivers", "three drivers from Italy"
PLURAL_ROLE_NOUNS = frozenset({"drivers", "racers", "riders"})


class NationBook:
    """Nations known so far in one article, and the facts stating them (first statement kept)."""

    def __init__(self, known: dict[str, str] | None = None) -> None:
        self.nation_of: dict[str, str] = dict(known or {})
        self.facts: list[DriverNation] = []
        self.conflicts: list[Conflict] = []
        self.places: set[str] = set()
        self.team_brackets = False  # one-word brackets after names hold teams (`_team_brackets`)

    def state(self, driver: str | None, nation: str, evidence: Evidence) -> None:
        if driver is None or driver in self.places:
            return
        known = self.nation_of.get(driver)
        if known is None:
            self.nation_of[driver] = nation
        elif known != nation:
            self.conflicts.append(
                Conflict(driver=driver, field="nation", kept=known, other=nation, evidence=evidence)
            )
            return
        if not any(f.driver == driver for f in self.facts):
            self.facts.append(DriverNation(driver=driver, nation=nation, evidence=evidence))


def read_nations(sentences: list[Sentence], known: dict[str, str] | None = None) -> NationBook:
    """Nations the prose states, resolving demonym, compatriot and rival roles on the way
    (each resolved role's `driver` is set, for the other fact readers)."""
    book = NationBook(known)
    book.places = _places(sentences)
    regional = _regional_codes(sentences)
    book.team_brackets = _team_brackets(sentences)
    for sentence in sentences:
        _explicit(sentence, book, regional)
        _vehicle_code(sentence, book)
        _bracket_country(sentence, book)
        _both_bracket(sentence, book)
    previous: Sentence | None = None
    given = _given_names(sentences) if any(_has_demonym(s) for s in sentences) else {}
    for sentence in sentences:
        for mention in sentence.mentions:
            if mention.kind == "demonym":
                _resolve_demonym(sentence, previous, mention, book, given)
            elif mention.kind == "compatriot":
                _resolve_compatriot(sentence, previous, mention, book)
            elif mention.kind == "rival":
                _resolve_rival(sentence, previous, mention)
        previous = sentence
    return book


def _names(sentence: Sentence) -> list[Mention]:
    return [m for m in sentence.mentions if m.kind == "name"]


def _places(sentences: list[Sentence]) -> set[str]:
    """Names the article writes as places somewhere: right after a preposition of place ('in
    Uithuizen (NL)', 'en San José'), not owning what follows ('in Berg's wake'), not joining a
    list in the sentence's language (Dutch 'A en B')."""
    places = set()
    for sentence in sentences:
        doc = sentence.doc
        articles = {"the"} | sentence.vocab.articles
        nation_tokens = sentence.nation_tokens()
        for m in _names(sentence):
            k = m.start - 1  # "in het Finse Alahärmä", "in the Italian Varano": past the article
            while k > sentence.span.start and (doc[k].lower_ in articles or k in nation_tokens):
                k -= 1
            before = doc[k].lower_ if k >= sentence.span.start else ""
            owned = m.end < len(doc) and doc[m.end].text in POSSESSIVE_ENDINGS
            joins = before in LIST_WORDS or before in sentence.vocab.list_words  # nl "A en B"
            if before in PLACE_PREPOSITIONS and not joins and not owned and m.driver:
                places.add(m.driver)
    return places


def _bracket_words(sentences: list[Sentence]) -> Iterator[str]:
    """The one word of each bracket right after a driver's name ('Ana Lima (SP)': 'SP')."""
    for sentence in sentences:
        doc = sentence.doc
        for m in _names(sentence):
            k = m.end
            if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                yield doc[k + 1].text


def _regional_codes(sentences: list[Sentence]) -> bool:
    """Whether the article's two-letter codes in brackets after names are states, cantons or
    makes, not nations: one of them is no nation code ('Ana Lima (SP)', 'Rui Reis (RJ)'), or
    there is only one ('Enzo Kay (KR)' names a chassis as often as Korea), or the same brackets
    hold makes or teams after other names ('Ivo Lenz (KR)', 'Tom Roux (Kosmic)')."""
    codes, words = [], []
    for code in _bracket_words(sentences):
        if len(code) == 2 and code.isupper():
            codes.append(code)
        elif code[:1].isupper() and not code.isupper() and lookup(code) is None:
            words.append(code)  # "(Kosmic)": a make or a team where codes stand
    return len(codes) < 2 or any(nation_code(code) is None for code in codes) or len(words) >= 2


def _vehicle_code(sentence: Sentence, book: NationBook) -> None:
    """'Luc Morel (F – Apex/Vortex)', 'Jan Peeters (B/Team Nord)': the international vehicle
    code that opens a bracket after a name, before the team."""
    doc = sentence.doc
    for m in _names(sentence):
        k = m.end
        if k + 3 >= len(doc) or doc[k].text != "(" or doc[k + 2].text not in CODE_SEPARATORS:
            continue
        code = VEHICLE_CODES.get(doc[k + 1].text)
        if code is not None and not _initials_bracket(doc, k):
            book.state(m.driver, code, sentence.evidence(m.start, k + 2))


def _initials_bracket(doc, k: int) -> bool:  # noqa: ANN001
    """'(P-B)', '(G-B)': a bracket of two single letters joined, a country's two-word name
    abbreviated ('Pays-Bas'), not a vehicle code and a team; which country is not settled."""
    after = doc[k + 3 : k + 5]
    if len(after) < 2 or after[1].text != ")":
        return False
    return len(after[0].text) == 1 and after[0].is_upper


def _bracket_country(sentence: Sentence, book: NationBook) -> None:
    """'Luc Morel (16, Frankreich, Apex GP)': a country's name as one comma-separated item of
    the bracket right after a name (age, nation, team); not a code, not a demonym."""
    doc = sentence.doc
    countries = {s.start: s for s in sentence.spans("nations") if s.label_ == "NATION"}
    suffixes = [w for w in sentence.vocab.not_name_words if len(w) >= COMPOUND_SUFFIX]
    for m in _names(sentence):
        k = m.end
        if k >= len(doc) or doc[k].text != "(":
            continue
        if any(doc[m.start].lower_.endswith(w) for w in suffixes):
            continue  # "Samstagssieger Edgar (...)": a word glued to the name, no name to trust
        close = next(
            (t.i for t in doc[k + 1 : min(k + BRACKET_MAX, sentence.span.end)] if t.text == ")"),
            None,
        )
        if close is None:
            continue
        for start, span in countries.items():
            item_start = k < start - 1 and doc[start - 1].text == ","
            item_end = span.end < close and doc[span.end].text == ","
            last = span.end == close
            if last and _region_before(doc, k, start):
                break  # "Lonato del Garda (Brescia, Italia)": a town, its province, its country
            if k < start < close and item_start and (item_end or last):
                book.state(m.driver, span.kb_id_, sentence.evidence(m.start, close + 1))
                break
        else:
            code = _bracket_code(doc, k, close)
            if code is not None:  # "Pascal Brandt (GER, Apex)", "Jak Ortiz (15, USA)"
                book.state(m.driver, code, sentence.evidence(m.start, close + 1))


def _region_before(doc, opening: int, start: int) -> bool:  # noqa: ANN001 - a spaCy Doc
    """A bracket whose only item before the country ending it is one capitalised word, a
    province or region ('(Brescia, Italia)'): a place's bracket, not a driver's ('(16, Italia)')."""
    item = doc[opening + 1 : start - 1]
    return len(item) == 1 and item[0].is_alpha and item[0].text[:1].isupper()


def _bracket_code(doc, opening: int, close: int) -> str | None:  # noqa: ANN001 - a spaCy Doc
    """The nation of a three-letter sports or ISO code that is one comma-separated item of a
    bracket holding several ('(GER, Apex)', '(15, USA)'); a code alone in its bracket is read
    where codes are, and two letters are states as often as nations ('(SP)')."""
    items: list[list] = [[]]
    for t in doc[opening + 1 : close]:
        if t.text == ",":
            items.append([])
        else:
            items[-1].append(t)
    if len(items) < 2:
        return None
    codes = [
        found[0]
        for item in items
        if len(item) == 1
        and len(item[0].text) == 3
        and item[0].text.isupper()
        and (found := lookup(item[0].text)) is not None
        and found[1] == "code"
    ]
    return codes[0] if len(codes) == 1 else None


def _inside_a_proper_name(sentence: Sentence, span) -> bool:  # noqa: ANN001 - a spaCy Span
    """A demonym written after a capitalised word of the same run ('Class B American Legion',
    'the Wayne American Legion post'), in a language that capitalises demonyms: a word of an
    organisation's or event's name, no driver's nation ('the American Chris Dalton', 'Brazilian
    Rafael Lima' opening a sentence, 'Penske's American X' stay)."""
    if sentence.vocab.lowercase_demonyms or span.start - 1 <= sentence.span.start:
        return False
    before = sentence.doc[span.start - 1]
    if before.lower_ in sentence.vocab.articles:
        return False  # "Heute: De Nederlander X": an article capitalised after a colon
    return before.is_alpha and before.text[:1].isupper() and before.lower_ not in ("the", "a", "an")


def _noun_after_adjective(sentence: Sentence, span, target: Mention) -> bool:  # noqa: ANN001
    """In a language that capitalises its nouns, one capitalised word right after an article
    and a lower-case demonym ('die italienische Wildsau', 'der deutsche Meister'): the noun the
    adjective describes, not a driver (whose nation comes as a noun: 'der Italiener Rossi')."""
    articles = NOUN_ARTICLES.get(sentence.vocab.code)
    doc = sentence.doc
    if not articles or not span.text[:1].islower() or span.start <= sentence.span.start:
        return False
    one_word = target.end - target.start == 1 and " " not in (target.driver or " ")
    return one_word and target.start == span.end and doc[span.start - 1].lower_ in articles


def _ends_a_team_name(sentence: Sentence, span) -> bool:  # noqa: ANN001 - a spaCy Span
    """A country's possessive after a capitalised word of the same run ('Force India's X',
    'Kite Brasil's X'): the end of a team's name, no driver's nation (a first word of the
    sentence counts when it is no common word: 'Then Norway's X' stays)."""
    if span.start <= sentence.span.start:
        return False
    before = sentence.doc[span.start - 1]
    if not (before.is_alpha and before.text[:1].isupper()) or before.is_stop:
        return False
    return before.lower_ not in sentence.vocab.articles


def _named_by_copula(sentence: Sentence, span) -> Mention | None:  # noqa: ANN001 - a Span
    """'Best Dutchman was Kees Boer', 'le meilleur Français fut X': a demonym role that the
    verb 'to be' equates with the name right after it (not 'was Boer's team-mate')."""
    doc = sentence.doc
    if span.label_ == "NATION" or span.end + 1 >= sentence.span.end:
        return None
    if doc[span.end].lower_ not in COPULAS:
        return None
    named = next((m for m in _names(sentence) if m.start == span.end + 1), None)
    if named is None or (named.end < len(doc) and doc[named.end].text in ("’s", "'s")):
        return None
    return named


def _given_name(sentence: Sentence, span) -> bool:  # noqa: ANN001 - a spaCy Span
    """A country or demonym written right before a name with no article is its given name
    ('Jordan Clarke', 'Finn Weber', 'Mauricio Rossi'): in English for a country's name, in
    other languages (which write 'o chileno X', 'der Franzose X') for any nation word."""
    doc = sentence.doc
    if span.end >= len(doc) or not any(m.start == span.end for m in _names(sentence)):
        return False
    k = before_count(doc, span.start, sentence.span.start)  # "les deux Néerlandais X"
    before = doc[k].lower_ if k >= sentence.span.start else ""
    if before in ("the", "a", "an") or before in sentence.vocab.articles:
        return False
    if span.text.endswith(POSSESSIVE_ENDINGS) or elided(span.text, sentence.vocab) != span.text:
        return False  # "L'olandese Tim Vos": the article elided onto the demonym
    if span.text[:1].islower() or span.text.lower() in sentence.vocab.demonyms:
        return False  # "compañero español Carlos Sainz", "Nederlander Robin Frijns": no name
    return span.label_ == "NATION" or sentence.vocab.code != "en"


def _title_of(sentence: Sentence, start: int) -> bool:
    """A national title right before the country at `start` ('mistrzowie Polski', 'champion of
    France', 'campione d'Italia')."""
    doc = sentence.doc
    k = start - 1
    if k > sentence.span.start and doc[k].lower_ in TITLE_OF_WORDS:
        k -= 1
    return k >= sentence.span.start and doc[k].lower_ in TITLE_NOUNS


def _of_a_licence(sentence: Sentence, span) -> bool:  # noqa: ANN001 - a spaCy Span
    """A demonym right after or before a licence's noun ('licenza italiana', 'British licence')."""
    doc = sentence.doc
    before = doc[span.start - 1].lower_ if span.start > sentence.span.start else ""
    after = doc[span.end].lower_ if span.end < sentence.span.end else ""
    return before in LICENCE_NOUNS or after in LICENCE_NOUNS


def _explicit(sentence: Sentence, book: NationBook, regional: bool = False) -> None:
    doc = sentence.doc
    names = _names(sentence)
    for span in sentence.spans("nations"):
        nation = span.kb_id_
        if regional and len(span.text.strip("()[]")) == 2 and span.text.isupper():
            continue  # "(SC)" is a state
        if _given_name(sentence, span):
            continue
        lead = (
            span.start - 1
            if span.start > sentence.span.start and doc[span.start - 1].lower_ in ("the", "a", "an")
            else span.start
        )
        if _is_group_demonym(sentence, span.start):
            _group(sentence, span, book)
            continue
        if _pair_before(sentence, span, book):
            continue
        plural_nouns = PLURAL_ROLE_NOUNS | sentence.vocab.plural_role_nouns
        article = before_count(doc, span.start, sentence.span.start)  # "les deux Néerlandais"
        plural_article = (  # "los argentinos A y B", "os brasileiros A e B"
            article >= sentence.span.start and doc[article].lower_ in sentence.vocab.plural_articles
        ) or _plural_article_before_word(sentence, article, span)
        if span.label_ == "DEMONYMS" or (  # "Japanese drivers", "Polscy simracerzy"
            span.end < len(doc) and doc[span.end].lower_ in plural_nouns
        ):
            _plural(sentence, span, book)
            continue
        if plural_article and _plural(sentence, span, book):
            continue  # else "les Français A, pilote de F1, et B": A as one driver's
        if span.text.endswith(
            POSSESSIVE_ENDINGS
        ):  # "Norway's Tomas Berg", "Poland's other finalist, X"
            if _ends_a_team_name(sentence, span):
                continue  # "Force India's Kiefer": a team's name ends with the country
            target = _name_after(sentence, span.end, FILLER_MAX)
            if target:
                # "Chile's Reyes and Ortiz": the drivers listed right after the possessive
                group = [m for m in sentence.coordinated(target) if m.start >= target.start]
                if target.start != span.end or any(
                    m.end - m.start > 1 or m.start - 1 in sentence.nation_tokens()
                    for m in group[1:]
                ):
                    group = [target]  # "Scotland's Callum Reid and Tom Baker": Reid only
                for member in group:
                    book.state(member.driver, nation, sentence.evidence(lead, member.end))
            continue
        if span.end < sentence.span.end and doc[span.end].lower_ in TITLE_NOUNS:
            continue  # "der achtfache Deutsche Meister X": a title's country, not X's nation
        if _title_of(sentence, span.start):
            continue  # "rajdowi mistrzowie Polski X": the title's country again
        if _of_a_licence(sentence, span):
            continue  # "con licenza italiana X": the licence's nation, not X's
        target = (
            _name_after(sentence, span.end, 3, role_words_only=True)
            or _name_after_team(sentence, span.end, _after_role_noun(sentence, span.start))
            or _named_by_copula(sentence, span)
        )
        if target and _inside_a_proper_name(sentence, span):
            continue  # "the Class B American Legion Seniors": an organisation's name
        if target and _noun_after_adjective(sentence, span, target):
            continue  # "die italienische Wildsau": a capitalised noun, no driver's name
        if target:  # "the American Chris Dalton", "Brazilian Rafael Lima"
            book.state(target.driver, nation, sentence.evidence(lead, target.end))
            fellow = _fellow_of(sentence, span.start)
            if fellow is not None:  # "Nilsson's fellow Swede Anton Berg": Nilsson too
                book.state(fellow.driver, nation, sentence.evidence(fellow.start, target.end))
            continue
        if span.label_ != "NATION":
            owner = _apposition_owner(sentence, span) or _copula_subject(sentence, span)
            if owner is not None:  # "Lirim Berg, 24enne tedesco di Apex", "X – the only Dutchman –"
                book.state(owner.driver, nation, sentence.evidence(owner.start, span.end))
            continue
        before = doc[span.start - 1].lower_ if span.start > sentence.span.start else ""
        owner = next((m for m in names if m.end == span.start - 1), None)
        if (
            before == "("
            and owner
            and (_several_countries(sentence, span) or _pair_of(sentence, owner))
        ):
            continue  # "A (Zwitserland/Oostenrijk)", "A en B (Frankrijk)": no one driver's nation
        if before == "(" and owner and book.team_brackets and _country_name(span.text):
            continue  # "A (Apex), B (Vortex), C (Italia)": C's club, as likely as C's nation
        if before in ("of", "(") and owner:  # "Ana Ribeiro of Portugal", "Li Wen (China)"
            end = (
                span.end + 1
                if before == "(" and span.end < len(doc) and doc[span.end].text == ")"
                else span.end
            )
            book.state(owner.driver, nation, sentence.evidence(owner.start, end))
            continue
        of_owner = _country_of_owner(sentence, span, names)
        if of_owner is not None:  # "Iker Solano de Nueva Zelanda", "X de los Países Bajos"
            book.state(of_owner.driver, nation, sentence.evidence(of_owner.start, span.end))
            continue
        if before == "the" and span.start - 2 >= sentence.span.start:
            before = doc[span.start - 2].lower_
            lead = span.start - 2
        else:
            lead = span.start - 1
        if _represented(sentence, span, book):
            continue
        racing_for = (
            before == "for"
            and lead - 1 >= sentence.span.start
            and doc[lead - 1].lower_ in RACING_FOR_VERBS
        )
        if racing_for:
            lead -= 1  # "Conti, racing for Italy"
            while lead > sentence.span.start and doc[lead - 1].text == ",":
                lead -= 1
        from_word = before in ("from", "representing") or before in sentence.vocab.from_words
        if from_word or racing_for:  # "A and B from Australia", "X aus Finnland"
            preceding = [m for m in names if m.end <= lead and lead - m.end <= FROM_WINDOW]
            if preceding and _from_of_a_role(sentence, preceding[-1], lead):
                continue  # "X schickt mehrere Fahrer aus Österreich": those drivers'
            if preceding and _in_a_bracket_before(sentence, preceding[-1], lead):
                owner = next(
                    (m for m in names if m.end == _bracket_opening(sentence, preceding[-1])), None
                )
                if owner is not None:  # "A (Kite/Vortex) from Brazil": A's nation, not Vortex's
                    book.state(owner.driver, nation, sentence.evidence(owner.start, span.end))
                continue
            if preceding:
                members = sentence.coordinated(preceding[-1])
                own = sentence.nation_tokens() - set(range(span.start, span.end))
                if any(members[0].start <= i < members[-1].end for i in own):
                    members = [preceding[-1]]  # "A, the Dutchman B and C from Italy": C only
                for member in members:
                    book.state(member.driver, nation, sentence.evidence(members[0].start, span.end))


def _both_bracket(sentence: Sentence, book: NationBook) -> None:
    """'A und B (beide GER)', 'A and B (both NZL)': a bracket of 'both' and one nation (a code or
    a country's name) right after two or more names listed together gives each that nation; a
    bracket after one name, or of a town ('(beide Altheim)'), gives none."""
    doc = sentence.doc
    for m in _names(sentence):
        k = m.end
        if k + 3 >= sentence.span.end or doc[k].text != "(" or doc[k + 3].text != ")":
            continue
        if doc[k + 1].lower_ not in sentence.vocab.both_words:
            continue
        found = lookup(doc[k + 2].text)
        if found is None or found[1] not in ("code", "name"):
            continue
        if found[1] == "code" and len(doc[k + 2].text) != 3:
            continue  # "(beide SC)": two letters are states as often as nations
        listed = sentence.coordinated(m)
        if len(listed) < 2 or listed[-1].start != m.start:
            continue
        for member in listed:
            book.state(member.driver, found[0], sentence.evidence(listed[0].start, k + 4))


def _bracket_opening(sentence: Sentence, mention: Mention) -> int:
    """Index of the '(' the mention stands in, or -1 when none opens right before it."""
    doc = sentence.doc
    for i in range(mention.start - 1, sentence.span.start - 1, -1):
        if doc[i].text in "()":
            return i if doc[i].text == "(" else -1
    return -1


def _in_a_bracket_before(sentence: Sentence, mention: Mention, lead: int) -> bool:
    """Whether the mention stands inside a bracket that closes before `lead`: 'A (Kite/Vortex)
    from Brazil', where 'Vortex' is a chassis's or engine's make, not the driver from Brazil."""
    doc = sentence.doc
    closes = any(doc[i].text == ")" for i in range(mention.end, lead))
    return closes and _bracket_opening(sentence, mention) >= 0


def _country_of_owner(sentence: Sentence, span, names: list[Mention]) -> Mention | None:  # noqa: ANN001
    """The driver whose name comes right before the language's 'of' and a country written out
    ('Iker Solano de Nueva Zelanda', 'X de los Países Bajos'): None for a code, a demonym, any
    other word between, or a name that is no driver's."""
    doc = sentence.doc
    at = span.start - 1
    if at > sentence.span.start and doc[at].lower_ in sentence.vocab.articles:
        at -= 1  # "de los Países Bajos"
    if at <= sentence.span.start or doc[at].lower_ not in sentence.vocab.country_of_words:
        return None
    if not _country_name(span.text):
        return None
    owner = next((m for m in names if m.end == at), None)
    return owner if owner is not None and owner.driver else None


def _from_of_a_role(sentence: Sentence, named: Mention, lead: int) -> bool:
    """'X beat three drivers from Italy', 'X a devancé trois pilotes d'Italie': a plural role
    noun right before the preposition, with more than a comma and an article between it and the
    name, is whose nation the phrase tells; a singular one describes the name ('X, the reigning
    champion from Spain' is X's)."""
    doc = sentence.doc
    roles = PLURAL_ROLE_NOUNS | sentence.vocab.plural_role_nouns
    if lead - 1 <= named.end or doc[lead - 1].lower_ not in roles:
        return False
    joining = {",", "the"} | INDEFINITE_ARTICLES | sentence.vocab.articles
    return any(t.lower_ not in joining for t in doc[named.end : lead - 1])


def _team_brackets(sentences: list[Sentence]) -> bool:
    """Whether the one-word brackets after the article's names hold teams, clubs or towns more
    often than nations ('Ivo Lenz (Apex)', 'Tom Roux (Vortex)'): a country's name alone in such
    a bracket is a club named after it, as likely as the driver's nation (a code, '(USA)',
    stays a nation)."""
    nations = teams = 0
    for word in _bracket_words(sentences):
        if lookup(word) is not None:
            nations += 1
        elif word[:1].isupper():
            teams += 1
    return teams >= 2 and teams > nations


def _country_name(text: str) -> bool:
    """A country written as its name ('Italia'), which a club may carry, not as a code ('ITA')."""
    found = lookup(text)
    return found is not None and found[1] == "name"


def _several_countries(sentence: Sentence, span) -> bool:  # noqa: ANN001 - a spaCy Span
    """A bracket naming another country after this one ('(Zwitserland/Oostenrijk)', '(Spain
    and Portugal)'): a group's countries, no one driver's nation."""
    doc = sentence.doc
    close = next(
        (
            t.i
            for t in doc[span.end : min(span.end + BRACKET_MAX, sentence.span.end)]
            if t.text == ")"
        ),
        sentence.span.end,
    )
    return any(
        span.end <= other.start < close
        for other in sentence.spans("nations")
        if other.label_ == "NATION"
    )


def _pair_of(sentence: Sentence, owner: Mention) -> bool:
    """A name joined by a list word to one before it that has no bracket of its own ('René Vos en
    Franck Kok (Frankrijk)'): the bracket may be the pair's, and whose nation it is, unsettled."""
    doc = sentence.doc
    members = sentence.coordinated(owner)
    index = members.index(owner)
    if index == 0:
        return False
    before = members[index - 1]
    joiners = LIST_WORDS | sentence.vocab.list_words
    between = doc[before.end : owner.start]
    return doc[before.end].text != "(" and any(t.lower_ in joiners - {","} for t in between)


def _represented(sentence: Sentence, span, book: NationBook) -> bool:  # noqa: ANN001
    """'Brazil was represented by A, B and C', 'O Brasil foi representado por A e B': the drivers
    listed after the agent word; 'A represented Brazil', 'A representou o Brasil': the driver
    (and those listed with him) right before the verb."""
    doc = sentence.doc
    end = min(span.end + REPRESENTED_REACH, sentence.span.end - 1)
    verb = next((t.i for t in doc[span.end : end] if t.lower_ in REPRESENTED_WORDS), None)
    if verb is not None and all(t.is_lower for t in doc[span.end : verb] if t.is_alpha):
        k = verb + 1
        while k < sentence.span.end - 1 and doc[k].is_lower and doc[k].lower_ not in AGENT_WORDS:
            k += 1  # "representado mais uma vez por"
        first = sentence.mention_at(k + 1, skip=0) if doc[k].lower_ in AGENT_WORDS else None
        if first is None or first.kind != "name" or k - verb > REPRESENTED_REACH:
            return False
        members = sentence.coordinated(first)
        for member in members:
            book.state(member.driver, span.kb_id_, sentence.evidence(span.start, members[-1].end))
        return True
    lead = span.start - 1  # past an article, Spanish's 'a' ("representó a Chile")
    while lead > sentence.span.start and doc[lead].lower_ in {"the", "a"} | sentence.vocab.articles:
        lead -= 1
    if lead < sentence.span.start or doc[lead].lower_ not in REPRESENTED_WORDS:
        return False
    owner = next((m for m in _names(sentence) if m.end == lead), None)
    if owner is None or owner.driver is None:
        return False
    members = sentence.coordinated(owner)
    for member in members:
        book.state(member.driver, span.kb_id_, sentence.evidence(members[0].start, span.end))
    return True


def _apposition_owner(sentence: Sentence, span) -> Mention | None:  # noqa: ANN001 - a Span
    """The driver a demonym is an apposition to: named right before a comma or dash that opens
    it ('Lirim Berg, 24enne tedesco di Apex', 'Tom Vos – the only Dutch finalist –', 'Ruiz,
    único venezolano en ganar'), with at most a few lower-case words or numbers between; the
    demonym ends the apposition (punctuation, a preposition or a role noun follows), so that
    'Kok, the German took third' is no apposition."""
    doc = sentence.doc
    k = span.start - 1
    vocab = sentence.vocab
    joiners = LIST_WORDS | vocab.list_words | OBJECT_WORDS | vocab.object_words
    while (
        k > sentence.span.start
        and span.start - k <= APPOSITION_FILLER
        and _filler(doc[k])
        and doc[k].lower_ not in joiners  # "X, e sul francese Y": a new item, no apposition
    ):
        k -= 1
    if k <= sentence.span.start or doc[k].text not in APPOSITION_OPENERS:
        return None
    if any(t.lower_ in TEAM_NOUNS | vocab.team_nouns for t in doc[k + 1 : span.start]):
        return None  # "X, permettono alla scuderia britannica": the team's nation, not X's
    owner = next((m for m in _names(sentence) if m.end == k), None)
    if owner is None or owner.driver is None or sentence.in_brackets(owner):
        return None
    closing = APPOSITION_CLOSERS | OBJECT_WORDS | vocab.object_words | vocab.role_nouns
    end = span.end
    if end < sentence.span.end and doc[end].lower_ in ROLE_NOUNS | vocab.role_nouns:
        end += 1  # "the Dutch driver,"
    if end >= sentence.span.end or doc[end].is_punct or doc[end].lower_ in closing:
        return owner
    if doc[end].lower_.endswith(ELISION_MARKS) and doc[end].lower_[:-1] in closing:
        return owner  # "primo italiano all’arrivo"
    return None


def _copula_subject(sentence: Sentence, span) -> Mention | None:  # noqa: ANN001 - a Span
    """The name opening a sentence that the verb 'to be' and an indefinite article make a
    demonym ('Kees Boer is een Hongaar die …', 'Boer is a Hungarian driver.'): the demonym, or it
    and a driver's noun, end the clause (punctuation or a relative pronoun follows), so that
    'Boer is a Hungarian team's driver' says nothing of Boer."""
    doc = sentence.doc
    k = span.start - 2
    if k <= sentence.span.start or doc[k + 1].lower_ not in INDEFINITE_ARTICLES:
        return None
    if doc[k].lower_ not in COPULAS:
        return None
    owner = next((m for m in _names(sentence) if m.start == sentence.span.start), None)
    if owner is None or owner.end != k or owner.driver is None:
        return None
    end = span.end
    if end < sentence.span.end and doc[end].lower_ in ROLE_NOUNS | sentence.vocab.role_nouns:
        end += 1  # "a Hungarian driver"
    relatives = RELATIVE_PRONOUNS | sentence.vocab.relative_pronouns
    if end >= sentence.span.end or doc[end].text in {",", ".", ";"} or doc[end].lower_ in relatives:
        return owner
    return None


def _filler(token) -> bool:  # noqa: ANN001 - a spaCy Token
    """A word that may stand between an apposition's comma and its demonym: an article, an age
    ('24enne', '26-year-old'), a lower-case adjective ('the only', 'único', 'primo')."""
    return (
        token.like_num
        or token.text == "-"
        or (token.is_alpha and token.is_lower)
        or (token.text[:1].isdigit() and token.text[-1:].isalpha())
    )


def _fellow_of(sentence: Sentence, start: int) -> Mention | None:
    """The possessor X of "X's fellow <demonym>"."""
    doc = sentence.doc
    k = start - 1
    if (
        k - 1 <= sentence.span.start
        or doc[k].lower_ != "fellow"
        or doc[k - 1].text not in POSSESSIVE_ENDINGS
    ):
        return None
    return next((m for m in _names(sentence) if m.end == k - 1), None)


def _name_after(
    sentence: Sentence, index: int, skip: int, *, role_words_only: bool = False
) -> Mention | None:
    """A name mention starting at `index` after at most `skip` filler tokens (lower-case words,
    numbers, commas; with `role_words_only`, only words like 'driver', in English or the
    sentence's language)."""
    for m in _names(sentence):
        if m.start < index:
            continue
        between = sentence.doc[index : m.start]
        if len(between) > skip:
            return None
        if role_words_only:
            roles = ROLE_NOUNS | sentence.vocab.role_nouns  # "chiński kolega X"
            words = between[:-1] if len(between) > 1 and between[-1].text == "," else between
            if len(words) and CAR_CODE_RE.match(words[-1].text):
                words = words[:-1]  # "fellow Dutchman H880 Niels Tesselaar": his car's number
            words = _without_nickname(list(words))  # "de Nederlandse “Zandkoning” X"
            ok = all(_role_word(t.lower_, roles, sentence) for t in words)  # "the Greek
            # simracer, X": apposition
        else:
            ok = all(t.text[:1].islower() or t.like_num or t.text in (",", "-") for t in between)
        return m if ok else None
    return None


def _without_nickname(words: list) -> list:
    """The words between a demonym and a name without one quoted nickname ('“Zandkoning”')."""
    if len(words) >= 3 and words[0].text in QUOTES and words[-1].text in QUOTES:
        return []
    return words


def _role_word(word: str, roles: frozenset[str] | set[str], sentence: Sentence) -> bool:
    """A driver's noun, or, in a language that writes compounds, a word ending with one of its
    own ('strandcrossspecialist', 'Motocrosspilot')."""
    if word in roles:
        return True
    own = sentence.vocab.role_nouns | COMPOUND_ROLE_ENDINGS
    return sentence.vocab.code in COMPOUNDING_LANGUAGES and any(
        word.endswith(r) and len(word) > len(r) + 2 for r in own if len(r) >= COMPOUND_SUFFIX
    )


def _after_role_noun(sentence: Sentence, start: int) -> bool:
    """'le pilote danois': the demonym describes a driver's noun (not 'le circuit italien')."""
    roles = ROLE_NOUNS | sentence.vocab.role_nouns
    return start > sentence.span.start and sentence.doc[start - 1].lower_ in roles


def _name_after_team(sentence: Sentence, index: int, of_a_driver: bool = False) -> Mention | None:
    """The driver named right after a team that a preposition of the language introduces
    ('l’indiano della Apex Racing Raj Patel', 'le pilote danois de Red Bull, Rik Lund'): the
    team's words end with an organisation word, or with a comma when the demonym describes a
    driver's noun (`of_a_driver`; not 'le circuit italien de Sarno, X'); else where the team
    ends and the name begins is not settled."""
    from extractors.narrative.components import ORGANISATION_WORDS

    doc = sentence.doc
    if sentence.vocab.code == ENGLISH or index >= sentence.span.end:
        return None
    # "le pilote australien Apex Racing Esports X": a driver's team may follow with none
    bare = of_a_driver and doc[index].text[:1].isupper()
    if doc[index].lower_ not in sentence.vocab.object_words and not bare:
        return None
    for m in _names(sentence):
        if m.start <= index:
            continue
        team = doc[index if bare else index + 1 : m.start]
        if bare and (not team or team[-1].text == ","):
            return None  # the team's words and the name run on, with no comma between
        comma = of_a_driver and len(team) > 1 and team[-1].text == ","  # "pilote danois de X, Y"
        words = team[:-1] if comma else team
        if not 0 < len(words) <= (BARE_TEAM_MAX_WORDS if bare else TEAM_MAX_WORDS):
            return None
        if comma or words[-1].lower_ in ORGANISATION_WORDS:
            return m if all(t.text[:1].isupper() for t in words) else None
        return None
    return None


def _is_group_demonym(sentence: Sentence, start: int) -> bool:
    doc = sentence.doc
    if (
        start - 2 >= sentence.span.start
        and tuple(t.lower_ for t in doc[start - 2 : start]) == GROUP_PREFIX
    ):
        return True
    return (
        start - 1 >= sentence.span.start
        and doc[start - 1].lower_ in ("a", "an")
        and _group_span(sentence, start + 1) is not None
    )


def _pair_before(sentence: Sentence, span, book: NationBook) -> bool:  # noqa: ANN001 - a Span
    """'X and Y led until a fuel pump failure sidelined the Welsh pairing': 'the <demonym>
    pairing' (or pair, duo) is the two drivers named together before it in the sentence, and
    no one when the sentence names others since."""
    doc = sentence.doc
    if span.end >= sentence.span.end or doc[span.end].lower_ not in PAIR_NOUNS:
        return False
    if span.start - 1 < sentence.span.start or doc[span.start - 1].lower_ != "the":
        return False
    before = [m for m in _names(sentence) if m.end <= span.start]
    if not before:
        return True
    members = [m for m in sentence.coordinated(before[-1]) if m.end <= span.start]
    drivers = list(dict.fromkeys(m.driver for m in members if m.driver))
    if len(drivers) == 2 and len({m.driver for m in before}) == 2:
        for driver in drivers:
            book.state(driver, span.kb_id_, sentence.evidence(members[0].start, span.end + 1))
    return True


def _group_span(sentence: Sentence, index: int):  # noqa: ANN202 - a spaCy Span or None
    return next(
        (g for g in sentence.spans("cues", "GROUP") if g.start == index and g.id_ in ("2", "3")),
        None,
    )


def _group(sentence: Sentence, span, book: NationBook) -> None:  # noqa: ANN001
    """'an all-Japanese front row as A took pole ahead of B': every driver of the sentence, when
    their number fits the group; 'a Japanese duo of A and B': the drivers listed after 'of'."""
    group = _group_span(sentence, span.end)
    if group is None:
        group = next((g for g in sentence.spans("cues", "GROUP") if g.start == span.end), None)
    size = int(group.id_) if group is not None and group.id_.isdigit() else None
    doc = sentence.doc
    end = group.end if group is not None else span.end
    if end < len(doc) and doc[end].lower_ == "of":
        first = sentence.mention_at(end + 1, skip=0)
        members = sentence.coordinated(first) if first and first.kind == "name" else []
    else:
        members = _names(sentence)
    drivers = {m.driver for m in members}
    if len(drivers) >= 2 and (size is None or len(drivers) <= size):
        start = span.start - 2 if doc[span.start - 1].text == "-" else span.start - 1
        for driver in sorted(
            drivers, key=lambda d: next(m.start for m in members if m.driver == d)
        ):
            book.state(driver, span.kb_id_, sentence.evidence(start, end))


def _listed_with_places(sentence: Sentence, first: Mention) -> list[Mention]:
    """'A 8°, B 10° y C 12°': the drivers of a list that prints each one's place right after
    the name, which the plain list does not join; [first] when no such marks join them."""
    doc = sentence.doc
    joiners = LIST_WORDS | sentence.vocab.list_words
    members, k = [first], first.end
    while True:
        j = k
        while j < sentence.span.end and PLACE_MARK_RE.match(doc[j].text):
            j += 1
        if j == k or j >= sentence.span.end or doc[j].lower_ not in joiners:
            break
        while j < sentence.span.end and doc[j].lower_ in joiners:
            j += 1
        after = next((m for m in _names(sentence) if m.start == j), None)
        if after is None:
            break
        members.append(after)
        k = after.end
    return members


def _plural_article_before_word(sentence: Sentence, k: int, span) -> bool:  # noqa: ANN001
    """'los otros chilenos', 'les jeunes Français', 'os pilotos brasileiros': one lower-case
    word (an adjective, a driver's noun) between a plural article and a demonym written as a
    plural, which the article makes a group as when it stands right before it ('les vétérans
    espagnol A et brésilien B': singulars, one driver's each)."""
    doc = sentence.doc
    return (
        span.text.lower().endswith(PLURAL_DEMONYM_ENDINGS)
        and k - 1 >= sentence.span.start
        and doc[k].is_alpha
        and doc[k].is_lower
        and doc[k - 1].lower_ in sentence.vocab.plural_articles
    )


def _plural(sentence: Sentence, span, book: NationBook) -> bool:  # noqa: ANN001
    """'The two Japanese drivers in second and third, Ueda and Ota': the drivers listed
    after the phrase, as many as it says; 'Brazilians Rafael Lima and Bruno Paz'. Whether it
    stated any."""
    doc = sentence.doc
    count = None
    start = span.start
    if start - 1 >= sentence.span.start and (count_of(doc[start - 1].text) or 0) >= 2:
        count = count_of(doc[start - 1].text)  # "the two Japanese", "les deux Néerlandais"
        start -= 1
    if start - 1 >= sentence.span.start and doc[start - 1].lower_ in ("the", "both"):
        start -= 1
    later = [m for m in _names(sentence) if m.start >= span.end]
    if not later:
        return False
    members = sentence.coordinated(later[0])
    if len(members) == 1:  # "Los otros chilenos fueron: A 8°, B 10° y C 12°"
        members = _listed_with_places(sentence, later[0])
    # the list must be the phrase's apposition: 'the two Japanese drivers in second and third, A
    # and B' or 'Brazilians A and B', not the object of a verb ('... drivers were chased by A')
    between = doc[span.end : members[0].start]
    roles = ROLE_NOUNS | sentence.vocab.role_nouns | sentence.vocab.plural_role_nouns
    roles |= {"drivers", "racers", "riders"}  # "the Welsh riders A and B"
    if len(between) > APPOSITION_MAX or (
        len(between)
        and between[-1].text not in (",", ":", "(", "–", "—")
        and not all(t.lower_ in roles for t in between)  # "Polscy simracerzy A i B"
    ):
        return False
    own = sentence.nation_tokens() - set(range(span.start, span.end))
    if any(members[0].start <= i < members[-1].end for i in own):
        return False  # "les pilotes suédois A et l’Américain B": B's own nation, not a group
    drivers = list(dict.fromkeys(m.driver for m in members))
    if len(drivers) >= 2 and (count is None or count == len(drivers)):
        end = (
            span.end + 1
            if span.end < len(doc) and doc[span.end].lower_ in ("drivers", "racers", "riders")
            else span.end
        )
        for driver in drivers:
            book.state(driver, span.kb_id_, sentence.evidence(start, end))
        return True
    return False


def _candidates(
    sentence: Sentence, before: int | None = None, after: int | None = None
) -> list[str]:
    """Distinct drivers named in the sentence (before token `before`, after token `after`); a
    name in brackets is a team or an ID ('Ivo Brant (Germany/Team Nord)'), no candidate."""
    return list(
        dict.fromkeys(
            m.driver
            for m in sentence.mentions
            if m.driver
            and m.kind == "name"
            and not sentence.in_brackets(m)
            and not _owned(sentence, m)
            and (before is None or m.end <= before)
            and (after is None or m.start > after)
        )
    )


def _owned(sentence: Sentence, mention: Mention) -> bool:
    """A name after a possessive, with at most one lower-case word of no person between ('aux
    commandes de sa fidèle X', 'in his trusty X'): a car or a thing the driver owns, no
    driver a role can point back to."""
    doc, vocab, k = sentence.doc, sentence.vocab, mention.start - 1
    persons = ROLE_NOUNS | vocab.role_nouns | vocab.not_name_words
    if (
        k > sentence.span.start
        and doc[k].is_lower
        and doc[k].is_alpha
        and doc[k].lower_ not in persons
    ):
        k -= 1
    return k >= sentence.span.start and doc[k].lower_ in OWNING_DETERMINERS | vocab.own_words


# How many lower-case words a role may stand before the name it is an apposition to
APPOSITION_REACH = 2


def _has_demonym(sentence: Sentence) -> bool:
    return any(m.kind == "demonym" for m in sentence.mentions)


def _given_names(sentences: list[Sentence]) -> dict[str, str]:
    """Each first name of one driver the text names in full ('Bo' of 'Bo Kim')."""
    drivers = {m.driver for s in sentences for m in s.mentions if m.driver and m.kind == "name"}
    firsts: dict[str, set[str]] = {}
    for driver in drivers:
        words = driver.split()
        if len(words) in (2, 3) and words[0][:1].isupper():
            firsts.setdefault(words[0], set()).add(driver)
    return {first: next(iter(named)) for first, named in firsts.items() if len(named) == 1}


def _named_by_first_name(sentence: Sentence, given: dict[str, str], before: int | None) -> list:
    """The drivers a sentence names by their first name alone ('il povero Pascal,', 'Pascal si
    è fermato'), outside the spans of its mentions (before token `before`): a lower-case word
    before it (or, opening the sentence, after it), none capitalised after it ('Haas' of 'the
    Haas Store' is no one)."""
    if not given:
        return []
    covered = {i for m in sentence.mentions for i in range(m.start, m.end)}
    doc, start = sentence.doc, sentence.span.start
    end = sentence.span.end if before is None else before
    return [
        given[t.text]
        for t in doc[start:end]
        if t.text in given
        and t.i not in covered
        and (doc[t.i - 1].is_lower if t.i > start else t.i + 1 < end and doc[t.i + 1].is_lower)
        and not (t.i + 1 < len(doc) and doc[t.i + 1].text[:1].isupper())
    ]


def _resolve_demonym(
    sentence: Sentence,
    previous: Sentence | None,
    mention: Mention,
    book: NationBook,
    given: dict[str, str] | None = None,
) -> None:
    nation = mention.nation
    assert nation is not None
    if _of_a_team(sentence, mention) or _of_a_thing(sentence, mention):
        return  # "the Australian squad", "de Australische formatie": a team, no one driver
    if _of_a_title(sentence, mention):
        return  # "the reigning Dutch champion", "der Deutsche Meister": a title's country
    if _name_after(sentence, mention.end, APPOSITION_REACH) is not None:
        return  # "the German iRacing legend Maximilian Benecke": an apposition, no one earlier
    breaks = [
        t.i for t in sentence.doc[sentence.span.start : mention.start] if t.lower_ in CLAUSE_BREAKS
    ]
    # "Conti crossed the line third, while the Finn ...": the Finn is someone else
    here = _candidates(sentence, mention.start, after=breaks[-1] if breaks else None)
    alone = _named_by_first_name(sentence, given or {}, mention.start)  # 'il povero Pascal':
    here += [d for d in dict.fromkeys(alone) if d not in here]  # a candidate as well
    subject = sentence.subject_before(mention.start) if _governed(sentence, mention) else None
    if subject is not None and subject.kind == "name" and len(sentence.coordinated(subject)) > 1:
        subject = None  # "the duel between A and B ended in tears for the Spaniard": no subject
    # the subject left out, of no nation known: maybe the role's after all ('Carlo passed Orr,
    # holding off the Thai driver': Orr read as the subject, Carlo named by first name alone)
    unsure = False
    if subject is not None:  # "Lima resistiu à pressão do holandês": someone other than Lima
        unsure = subject.driver in here and subject.driver not in book.nation_of
        here = [d for d in here if d != subject.driver]
    windows = [here]
    if previous is not None:  # "… l'Espagnol prend le meilleur pendant que Meat est secoué":
        later = set(_candidates(sentence, after=mention.end))  # Meat is someone else
        windows.append(
            [
                d
                for d in dict.fromkeys(
                    _candidates(previous) + _named_by_first_name(previous, given or {}, None)
                )
                if (subject is None or d != subject.driver) and d not in later
            ]
        )
    driver = _named_before_colon(sentence, mention, book)
    paired = _paired_role(sentence, mention)
    if paired:  # "contact between the wheel of the Briton and the Italian's wing": whose is whose
        windows = [_candidates(sentence, mention.start)]  # is not told by who acts
    for drivers in [] if driver else windows:
        if not drivers:
            continue
        matching = [d for d in drivers if book.nation_of.get(d) == nation]
        unknown = [d for d in drivers if d not in book.nation_of]
        if len(matching) == 1:
            driver = matching[0]
        elif paired:
            break  # only a nation known before settles which of the pair it is
        elif not matching and len(unknown) == 1:
            driver = unknown[0]
        elif not matching and not unknown and (drivers is not here or not unsure):
            continue  # everyone here is of another nation: look further back
        break
    if driver is None:
        known = [d for d, n in book.nation_of.items() if n == nation]
        driver = known[0] if len(known) == 1 else None
    if driver is None:
        logger.debug("unresolved %s", sentence.evidence(mention.start, mention.end).text)
        return
    mention.driver = driver
    book.state(driver, nation, sentence.evidence(mention.start, mention.end))


def _of_a_title(sentence: Sentence, mention: Mention) -> bool:
    """A demonym role that is a national title ('the reigning Dutch champion', 'der Deutsche
    Meister', 'il campione italiano'): the title's country, which a driver of another nation
    may hold, no nation of the driver it points back to."""
    doc = sentence.doc
    end = min(mention.end + 1, sentence.span.end)
    return any(t.lower_ in TITLE_NOUNS for t in doc[mention.start : end])


def _paired_role(sentence: Sentence, mention: Mention) -> bool:
    """A demonym role listed with another of another nation ('the Briton and the Italian'):
    two roles told together, which leaving out the one who acts does not tell apart."""
    joiners = LIST_WORDS | sentence.vocab.list_words | sentence.vocab.articles
    for other in sentence.mentions:
        if other is mention or other.kind != "demonym" or other.nation == mention.nation:
            continue
        a, b = sorted((mention, other), key=lambda m: m.start)
        between = sentence.doc[a.end : b.start]
        if len(between) and all(t.lower_ in joiners for t in between):
            return True
    return False


def _of_a_thing(sentence: Sentence, mention: Mention) -> bool:
    """A lower-case demonym after a lower-case noun that is no driver's, in a language that puts
    adjectives after nouns: 'del karting uruguayo', 'del motorsport italiano' (the sport's nation,
    no one driver; 'le jeune Français' writes the driver's demonym capitalised)."""
    if sentence.vocab.code == ENGLISH:
        return False
    doc = sentence.doc
    demonym = next(
        (s for s in sentence.spans("nations") if mention.start < s.start < mention.end), None
    )
    if demonym is None or not doc[demonym.start].text[:1].islower():
        return False
    roles = ROLE_NOUNS | sentence.vocab.role_nouns
    between = doc[mention.start + 1 : demonym.start]
    return any(t.is_alpha and t.is_lower and t.lower_ not in roles for t in between)


def _of_a_team(sentence: Sentence, mention: Mention) -> bool:
    """A demonym role whose noun is a team's ('the Australian squad', 'de Australische
    formatie', 'la squadra italiana'): in English or the sentence's language."""
    doc = sentence.doc
    nouns = TEAM_NOUNS | sentence.vocab.team_nouns
    words = [t.lower_ for t in doc[mention.start : min(mention.end + 1, len(doc))]]
    return any(word in nouns for word in words)


def _named_before_colon(sentence: Sentence, mention: Mention, book: NationBook) -> str | None:
    """'... behind Ivo Brant: the Macedonian crossed the line 11th': a role opening what a
    colon adds about the driver named right before it (of no other known nation)."""
    doc = sentence.doc
    k = mention.start - 1
    if k <= sentence.span.start or doc[k].text not in (":", ";"):
        return None
    named = next((m for m in sentence.mentions if m.end == k and m.kind == "name"), None)
    if named is None or book.nation_of.get(named.driver, mention.nation) != mention.nation:
        return None
    return named.driver


def _governed(sentence: Sentence, mention: Mention) -> bool:
    """A role that is the object of a preposition: 'the pressure from the Dutchman', 'la
    pression du Néerlandais' (an article that holds its preposition)."""

    doc = sentence.doc
    objects = OBJECT_WORDS | sentence.vocab.object_words
    before = doc[mention.start - 1].lower_ if mention.start > sentence.span.start else ""
    if before in COMPARISON_WORDS:  # "qualified better than the Spaniard": someone else
        lead = doc[max(sentence.span.start, mention.start - 1 - COMPARATIVE_REACH) : mention.start]
        return any(t.lower_ in COMPARATIVES for t in lead)
    return doc[mention.start].lower_ in sentence.vocab.object_words or before in objects


def _role_evidence_start(sentence: Sentence, mention: Mention) -> int:
    doc = sentence.doc
    return (
        mention.start - 1
        if mention.start > sentence.span.start
        and doc[mention.start - 1].lower_ in ("his", "her", "their")
        else mention.start
    )


def _resolve_compatriot(
    sentence: Sentence, previous: Sentence | None, mention: Mention, book: NationBook
) -> None:
    """'A ... his compatriot B': A and B share a nation; 'A joining his compatriots': A has the
    nation all the drivers just named share."""
    start = _role_evidence_start(sentence, mention)
    doc = sentence.doc
    if any(
        doc[k].lower_ in FIRST_PERSON_POSSESSIVES
        for k in range(max(sentence.span.start, mention.start - 1), mention.end)
    ):
        return  # "onze landgenoot X", "our compatriot": the writer's, no driver's
    partner = sentence.mention_at(mention.end, skip=0)
    named = partner is not None and partner.driver is not None
    owner_driver = _owner(sentence, previous, start, named)
    evidence = sentence.evidence(start, mention.end)
    if owner_driver is None:
        return
    if partner is not None and partner.driver:
        mention.driver = partner.driver
        for a, b in ((owner_driver, partner.driver), (partner.driver, owner_driver)):
            if a in book.nation_of and b not in book.nation_of:
                book.state(b, book.nation_of[a], evidence)
        return
    if owner_driver in book.nation_of:
        return
    referents = set(_candidates(sentence, start)) | (
        set(_candidates(previous)) if previous else set()
    )
    referents.discard(owner_driver)
    nations = {book.nation_of.get(d) for d in referents}
    if referents and len(nations) == 1 and None not in nations:
        book.state(owner_driver, nations.pop(), evidence)


def _owner(
    sentence: Sentence, previous: Sentence | None, start: int, partner: bool = False
) -> str | None:
    """Whose compatriot: the sentence's subject before the role, or, for a sentence opening with
    'His compatriot', the previous sentence's subject; so too when the role names its driver and
    no one is named before it ('Best was his compatriot X'), not for a role alone ('our
    compatriot fell back': the writer's)."""
    doc = sentence.doc
    if start > sentence.span.start and doc[start - 1].text in POSSESSIVE_ENDINGS:
        possessor = next((m for m in sentence.mentions if m.end == start - 1), None)
        if possessor is not None:  # "Alves's compatriot Caio Moura"
            return possessor.driver
    owner = sentence.subject_before(start)
    if owner is not None:
        return owner.driver
    if start == sentence.span.start and previous is not None:
        return previous_subject(previous)
    named_before = any(m.kind == "name" and m.end <= start for m in sentence.mentions)
    if partner and previous is not None and not named_before:  # "Best was his compatriot X"
        return previous_subject(previous)
    return None


def _resolve_rival(sentence: Sentence, previous: Sentence | None, mention: Mention) -> None:
    """'his rival' is the one driver other than its owner named in this or the previous sentence."""
    partner = sentence.mention_at(mention.end, skip=0)
    if partner is not None and partner.driver:
        mention.driver = partner.driver
        return
    owner = sentence.subject_before(_role_evidence_start(sentence, mention))
    if owner is None or owner.driver is None:
        return
    if any(
        m.end == _role_evidence_start(sentence, mention) for m in sentence.mentions if m is owner
    ):
        mention.driver = owner.driver  # "Vos his nearest rival": an apposition
        return
    others = [d for d in _candidates(sentence, mention.start) if d != owner.driver]
    if not others and previous is not None:
        others = [d for d in _candidates(previous) if d != owner.driver]
    if len(others) == 1:
        mention.driver = others[0]
