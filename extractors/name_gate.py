"""Is a string printed where a driver's name stands a person's name (or a crew of them)? One answer
for every reader (lists, tables, run-together rows, prose), asked at one gate before a result row,
standing or driver–nation pair is published.

Read from the string's shape and racing vocabulary (`data/not_drivers.json`, `data/racing.json`,
the circuits' gazetteer), never from a list of drivers: a car number or entrant code ('Y121',
'NS443'), a class or category ('Baby Rok', 'BATERIA'), a region ('Lazio'), a circuit ('Sepang'),
a make ('Seat'), a team or sponsor ('Promotie Team', 'SpeedMax Pneus'), a placeholder ('Unknown')
is no driver; a name with a place word or an ordinal before it ('Victorian Amos Orr') is repaired.
Online IDs ('hio_91', 'TSR_Tomsoft') are drivers.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from extractors.names import (
    PARTICLES,
    RACING_WORDS,
    clean_name,
    looks_like_name,
    name_candidates,
)
from extractors.nations import demonym_code, fold, is_club_code, nation_code
from extractors.race_facts import circuit_name, circuits

_DATA = Path(__file__).parent / "data"
_VOCABULARY = json.loads((_DATA / "not_drivers.json").read_text(encoding="utf-8"))
_RACING = json.loads((_DATA / "racing.json").read_text(encoding="utf-8"))

# 'baby', 'rok', 'gt3', 'categoria': words of classes and categories ('Baby Rok', 'Senior Rok')
CLASS_WORDS = frozenset(fold(w) for w in _VOCABULARY["class_words"])
# 'team', 'racing', 'pneus', 'gmbh': words that make a string a team or a company
TEAM_WORDS = frozenset(fold(w) for w in _VOCABULARY["team_words"])
# 'competicion', 'sport': team words that also end a car model's name ('Leon Competición', 'Swift
# Sport'), a team's only right after the maker itself ('Audi Sport')
MODEL_TEAM_WORDS = frozenset(fold(w) for w in _VOCABULARY["model_team_words"])
# 'lazio', 'queensland': regions and states that enter results as a team's name, never a driver's
PLACES = frozenset(fold(w) for w in _VOCABULARY["places"])
# 'metropole', 'hauptstadt': a noun of a town that makes the name after it a place ('Metropole
# Sydney'), never a driver's
PLACE_NOUNS = frozenset(fold(w) for w in _VOCABULARY["place_nouns"])
# 'real madrid': a football club prose names beside a driver (a player's club), never a driver
CLUBS = frozenset(fold(w) for w in _VOCABULARY["clubs"])
# 'de', 'di', 'do': a particle after which a circuit's name makes a string a circuit's full name
# ('José Carlos Pace de Interlagos'), not a person's
CIRCUIT_PARTICLES = frozenset({"de", "di", "do", "da", "del", "of"})
# 'victorian', 'glarner', 'local': a word before a name that says where the driver is from
PLACE_ADJECTIVES = frozenset(fold(w) for w in _VOCABULARY["place_adjectives"])
# 'Messinese', 'Torontois', 'Goesenaar', 'Vlissinger', 'Wilhelmsburger': a town's demonym (its
# endings in the editions' languages) before a name says where the driver is from; long enough to
# be no given name ('François', 'Hortense')
TOWN_DEMONYM_ENDINGS = ("ese", "ois", "oise", "aise", "burger", "inger", "enaar", "eño", "eña")
TOWN_DEMONYM_MIN = 9
# 'ien', 'ano': the endings of a town's demonym a lower-case article may put before ('le
# Courtraisien', 'il Messinese'): a noun for the driver, no name
ARTICLE_DEMONYM_ENDINGS = tuple(_VOCABULARY["town_demonym_endings"])
# how far before a mention the lower-case article before a town's demonym may start ('il ', 'las ')
ARTICLE_REACH = 6
# 'le', 'il': a lower-case article before such a demonym
LOWER_ARTICLES = frozenset(w.lower() for w in _VOCABULARY["name_articles"]["words"])
# 'quarto', 'champion', 'polesitter': a word a line may put before a name, no part of it
LEADING_WORDS = frozenset(fold(w) for w in _VOCABULARY["leading_words"])
# 'ute', 'stock', 'champion': racing words that are also given names or surnames
NAME_LIKE_RACING_WORDS = frozenset(fold(w) for w in _VOCABULARY["racing_words_in_names"])
# 'senior max', 'micro max': classes named with a word that is also a given name ('Max')
CLASS_PHRASES = frozenset(fold(w) for w in _VOCABULARY["class_phrases"])
# 'challenge', 'cup', 'campeonato': a word that makes a string a competition ('Nordic World
# Challenge'), whatever else it holds
COMPETITION_WORDS = frozenset(fold(w) for w in _VOCABULARY["competition_words"])
# the letters a compound's first part has at least ('Berg' of 'Bergcup')
COMPOUND_STEM_MIN = 4
# 'sieger', 'winnaar': a role noun ending a compound ('Gesamtsieger', 'Klassewinnaar'), no one
ROLE_COMPOUNDS = tuple(fold(w) for w in _VOCABULARY["role_compound_endings"])
DRIVER_ROLES = frozenset(fold(w) for w in _VOCABULARY["driver_role_words"])
# 'leider', 'kampioen': a title noun ending a compound ('Kampioenschapsleider', 'Clubkampioen');
# such a compound before a name is the driver's title, no part of his name ('-meister' ends
# surnames: 'Feldmeister')
TITLE_COMPOUNDS = tuple(fold(w) for w in _VOCABULARY["title_compound_endings"])
# 'champ', 'leader': a title noun that ends a title after a scope ('Nordic Champ')
TITLE_NOUNS = frozenset(fold(w) for w in _VOCABULARY["title_nouns"])
# 'european', 'international', 'reigning': what a title's scope is ('Continental Champ'); a
# nation's demonym is one too ('Dutch Champion')
SCOPE_ADJECTIVES = frozenset(fold(w) for w in _VOCABULARY["scope_adjectives"])
# 'mente', 'ment': the ending of an adverb a sentence opens with ('Finalmente Ugo Sala'); a word
# of `ADVERB_MIN` letters or more so ending is no given name ('Clemente', 'Clément' are shorter)
ADVERB_ENDINGS = tuple(_VOCABULARY["adverb_endings"]["endings"])
ADVERB_MIN = 9
# 'IV LO', 'XII': a Roman numeral opening a string names a school, a class or an edition, not a
# person (a single 'V' or 'X' may be an initial)
ROMAN_HEAD_RE = re.compile(r"^(?=[IVX]{2,5}\b)X{0,3}(?:IX|IV|V?I{0,3})$")
# 'ZST', 'GKS', 'MKS': capitals with no vowel in a string, a school's, club's or entrant's
# initials ('ZST Tarnów'), never a driver's name (two letters may be his initials: 'TJ Hale')
VOWELLESS_ACRONYM_RE = re.compile(r"^[B-DF-HJ-NP-TV-XZ]{3,5}$")
# 'unknown', 'tba': what a results table prints where it knows no driver
PLACEHOLDERS = frozenset(fold(w) for w in _VOCABULARY["placeholders"])
# 'seat', 'aston martin', 'red bull': makes (a make alone is a car, not its driver)
MAKES = frozenset(fold(w) for w in _RACING["car_makers"])
# every word a name made only of is a class, a category, a make or a place: 'Baby Rok'
NOT_NAME_WORDS = CLASS_WORDS | RACING_WORDS | MAKES | PLACES
# 'Y121', 'NS443', 'S70D', 'C7E', '#27', '12': a car number or an entrant code (capitals, digits)
CODE_RE = re.compile(r"^#?(?=[A-Z]{0,4}\d)[A-Z]{0,4}\d{1,4}[A-Z]{0,2}$")
# 'KRT', 'GSR': a team's initials (a driver's capitals, 'ARAI', are his surname, not beside a make)
ACRONYM_RE = re.compile(r"^[A-Z]{2,4}$")
# ' / ', ' & ', ' + ' between the drivers of a crew: 'Ann Lee / Bo Kim'
CREW_SEPARATOR_RE = re.compile(r"\s*(?:/|&|\+)\s*")

# the text before a bracket searched for the name a code belongs to: 'Ann Lee (KX12)'
MAX_OWNER_CHARS = 60

NameKind = Literal["person", "team", "other"]


def _words(text: str) -> list[str]:
    return [w for w in fold(text).split() if w]


@cache
def _circuit_names() -> frozenset[str]:
    return frozenset(c.name for c in circuits())


def _is_circuit(text: str) -> bool:
    """A circuit the gazetteer knows, by its name or one of its aliases ('Sepang', 'Monza')."""
    name = text.strip()
    return circuit_name(name) != name or name in _circuit_names()


def _ends_with_circuit(text: str) -> bool:
    """A string ending with a particle and a circuit's name: 'José Carlos Pace de Interlagos'
    (the circuit's full name), no person."""
    words = text.split()
    return any(
        words[k].lower() in CIRCUIT_PARTICLES and _is_circuit(" ".join(words[k + 1 :]))
        for k in range(1, len(words) - 1)
    )


def _compound_of(word: str, ends: Iterable[str]) -> bool:
    """A folded word that is one of `ends` or a compound ending with one ('bergrallyecup',
    'vizemeisterschaft': competition words end compound nouns, which name no person)."""
    return any(
        word == end or (word.endswith(end) and len(word) - len(end) >= COMPOUND_STEM_MIN)
        for end in ends
    )


def _is_title_compound(word: str) -> bool:
    """A compound ending with a role or title noun ('Kampioenschapsleider', 'Gesamtsieger'),
    its first part long enough to be no name's ('Leider' alone may be a surname)."""
    folded = fold(word)
    return any(
        folded.endswith(end) and len(folded) - len(end) >= COMPOUND_STEM_MIN
        for end in ROLE_COMPOUNDS + TITLE_COMPOUNDS
    )


def _is_title(words: list[str]) -> bool:
    """Folded words that make a title: scopes ('european', a demonym) before a title noun
    ('Nordic Champ', 'Dutch Champion'), no person ('Ivo Champion' has a given name)."""
    return (
        len(words) >= 2
        and words[-1] in TITLE_NOUNS
        and all(w in SCOPE_ADJECTIVES or demonym_code(w) is not None for w in words[:-1])
    )


def _is_article_demonym(words: list[str]) -> bool:
    """A lower-case article and a town's demonym ('le Courtraisien'): prose's noun for a driver,
    long enough to be no surname after a particle ('le Roux')."""
    return (
        len(words) == 2
        and words[0] in LOWER_ARTICLES
        and len(words[1]) >= TOWN_DEMONYM_MIN
        and words[1].lower().endswith(ARTICLE_DEMONYM_ENDINGS)
    )


def _is_adverb(word: str) -> bool:
    """A sentence's opening adverb by its ending ('Finalmente', 'Normalerweise'), no name."""
    return len(word) >= ADVERB_MIN and word.lower().endswith(ADVERB_ENDINGS)


def _part_kind(text: str) -> NameKind:
    """What one name (no crew separator) is."""
    words = _words(text)
    if not words:
        return "other"
    if CODE_RE.match(text.replace(" ", "")) or " ".join(words) in PLACEHOLDERS:
        return "other"
    joined = " ".join(words)
    if any(w in TEAM_WORDS for w in words) or joined in MAKES or all(w in MAKES for w in words):
        return "team"  # 'Gowin Racing', 'Mazda' (a manufacturers' cup), 'Ford Mazda'
    if any(w in MAKES for w in words) and any(ACRONYM_RE.match(w) for w in text.split()):
        return "team"  # 'KRT Nissan': a make with a team's initials
    if joined in CLASS_PHRASES:
        return "other"  # 'Senior Max'
    head = text.split()[0]
    if any(w in COMPETITION_WORDS for w in words) or ROMAN_HEAD_RE.match(head):
        return "other"  # 'Nordic World Challenge', 'IV LO Tarnów'
    if any(_compound_of(w, COMPETITION_WORDS) for w in words):
        return "other"  # 'Vizemeisterschaft', 'Bergrallyecup': a competition's compound
    named = _without_leading_words(text).split()
    if any(_compound_of(fold(w), ROLE_COMPOUNDS) or _is_title_compound(w) for w in named):
        return "other"  # 'Gesamtsieger', 'Klassensieger': a role, no name (before one: a title)
    if _is_title(words):
        return "other"  # 'Nordic Champ', 'Dutch Champion'
    if len(words) > 1 and any(is_club_code(w) for w in text.split()):
        return "other"  # 'Ann Lee MC Vela': a name and its moto club run together, no name alone
    if any(VOWELLESS_ACRONYM_RE.match(w) and nation_code(w) is None for w in text.split()):
        return "other"  # 'ZST Tarnów': a school's or club's initials
    if any(w in RACING_WORDS and w not in NAME_LIKE_RACING_WORDS for w in words):
        return "other"  # 'Race Control', 'Pole Position', 'Fastest Lap'
    if joined in PLACES or joined in CLUBS or _is_circuit(text):
        return "other"  # 'Lazio', 'Sepang', 'Real Madrid'
    if _is_article_demonym(text.split()):
        return "other"  # 'le Courtraisien': the driver told by his town
    if any(w in PLACE_NOUNS for w in words) or _ends_with_circuit(text):
        return "other"  # 'Metropole Sydney', 'José Carlos Pace de Interlagos'
    if all(w in LEADING_WORDS and w not in NAME_LIKE_RACING_WORDS for w in words):
        return "other"  # 'Zwycięzca', 'Vencedor': a title with no name after it
    if all(w in NOT_NAME_WORDS or w.isdigit() for w in words):
        return "other"  # 'Baby Rok', 'Senior Max', 'Trofeo Endurance', 'GT3 Pro'
    if nation_code(text) is not None and len(words) > 1:
        return "other"  # 'Great Britain' (a single word may be a given name: 'Jordan')
    return "person"


@lru_cache(maxsize=8192)  # pure, and asked again for each name by every reader and the gate
def name_kind(text: str) -> NameKind:
    """'person' for a driver's name or a crew of them ('Ann Lee / Bo Kim', 'hio_91'), 'team' for
    a team's, sponsor's or company's name, 'other' for anything else (a code, a class, a region,
    a make, a placeholder)."""
    parts = [p for p in CREW_SEPARATOR_RE.split(clean_name(text)) if p.strip()]
    if not parts:
        return "other"
    kinds = {_part_kind(p) for p in parts}
    if kinds == {"person"}:
        return "person"
    return "team" if "team" in kinds else "other"


def is_region(text: str) -> bool:
    """A region, province or state ('Lazio', 'SICILIA', 'Queensland'): a team's name in a
    championship of regional teams, never a driver's."""
    return " ".join(_words(clean_name(text))) in PLACES


def _is_leading_word(word: str) -> bool:
    """A word before a name that is no part of it: where the driver is from ('Victorian',
    'Torontois'), an ordinal or a title ('Quarto', 'polesitter'), a lower-case word of prose
    ('dos de')."""
    folded = fold(word)
    if folded in PLACE_ADJECTIVES or folded in LEADING_WORDS or word[:1].islower():
        return True
    if _is_adverb(word):
        return True  # 'Finalmente Ugo Sala'
    if _is_title_compound(word):
        return True  # 'Kampioenschapsleider Ugo Sala'
    if "-" in word.strip("-") and fold(word.rsplit("-", 1)[1]) in LEADING_WORDS:
        return True  # 'Wüsten-Pilot Ugo Sala': a hyphened compound ending with a role word
    if len(word) >= TOWN_DEMONYM_MIN and word.lower().endswith(TOWN_DEMONYM_ENDINGS):
        return True  # 'Messinese Rosario Sofia'

    return demonym_code(word) is not None


# 'ICARKevin': capitals glued before a capitalised word, a heading's word run into a name
GLUED_HEAD_RE = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]+$)")


def _without_leading_words(name: str) -> str:
    """'Victorian Amos Orr' -> 'Amos Orr', 'Quarto Ugo Sala' -> 'Ugo Sala', 'dos de Tom Hale' ->
    'Tom Hale', 'GTAAnn Lee' -> 'Ann Lee': words before a capitalised name of two
    words or more are no part of it ('van der Berg', a surname of one word after its particles,
    stays), nor capitals glued before its first word (a heading run into the paragraph); an
    adverb is no part of a name of one word either ('Finalmente Sala' -> 'Sala')."""
    words = name.split()
    glued = GLUED_HEAD_RE.match(words[0]) if len(words) >= 2 and words[0][1:2].isupper() else None
    if glued is not None:  # 'GTAAnn Lee': a heading's word glued to the name after it
        words = [words[0][glued.end() :], *words[1:]]
        name = " ".join(words)
    start = 0
    while start < len(words) and _is_leading_word(words[start]):
        start += 1
    rest = words[start:]
    named = [w for w in rest if w.lower() not in PARTICLES]
    adverbs = all(_is_adverb(w) for w in words[:start])  # 'Finalmente Sala': no given name
    if (
        start > 0
        and len(named) >= (1 if adverbs else 2)
        and rest[0][:1].isupper()
        and looks_like_name(" ".join(rest))
    ):
        return " ".join(rest)
    return name


def driver_name(text: str) -> str | None:
    """The driver's name (or crew) a row or fact gives, repaired where its shape says how
    ('Victorian Amos Orr' -> 'Amos Orr'); None when the string names no person (`name_kind`)."""
    if name_kind(text) != "person" or _role_before_one_word(text):
        return None
    return _without_leading_words(text)


def _role_before_one_word(text: str) -> bool:
    """'Pilote Ugo', 'Wüsten-Pilot Ugo': a capitalised driver's role word before one word
    alone, the driver's given name or the sentence's next word, which settles no person."""
    words = text.split()
    if len(words) != 2 or not words[0][:1].isupper():
        return False
    head = fold(words[0]).split()
    return bool(head) and head[-1] in DRIVER_ROLES


def published_name(text: str, *, entry: bool = False, printed: bool = True) -> str | None:
    """The name a result row is published under, or None when the row names no driver: a team
    entry (`entry`: a crew, an entrant column) as printed; a team's or make's name as printed in a
    printed row (a manufacturers' or teams' race) but not in prose, where it is the driver's team
    or car ('Seat termine quatrième'); a code, a class, a region or a placeholder never."""
    if entry:
        return text
    kind = name_kind(text)
    if kind == "team":
        return text if printed else None
    return driver_name(text) if kind == "person" else None


def code_owner(code: str, text: str) -> str | None:
    """The driver a car number or entrant code stands for, where the text prints it in brackets
    after one full name and no other ('… Ann Lee (KX12) …' -> 'Ann Lee' for 'KX12'); else None."""
    if not CODE_RE.match(code) or code.lstrip("#").isdigit():
        return None  # a bare number may be a position, a score or any car's
    bracket = re.compile(rf"\(\s*#?{re.escape(code.lstrip('#'))}\s*\)")
    owners = set()
    for found in bracket.finditer(text):
        before = text[max(0, found.start() - MAX_OWNER_CHARS) : found.start()]
        names = name_candidates(before)
        if names and before.rstrip().endswith(names[-1]):
            owners.add(names[-1])
        else:
            return None  # printed after something that is no full name
    if not owners:  # '1st 96M Ann Lee', later '2nd 96M': the code printed before its driver
        before = re.compile(rf"(?<![\w#])#?{re.escape(code.lstrip('#'))}[ \t]+(?=[A-Z])")
        for found in before.finditer(text):
            after = text[found.end() : found.end() + MAX_OWNER_CHARS]
            names = name_candidates(after)
            if names and after.startswith(names[0]):
                owners.add(names[0])
    return owners.pop() if len(owners) == 1 else None


# --- names prose gives: what the rest of the article settles about them ----------------------

# 'der', 'einem': articles after which a capitalised word is a noun, per language that
# capitalises its nouns
NOUN_ARTICLES = {
    lang: frozenset(words)
    for lang, words in _VOCABULARY["noun_articles"].items()
    if not lang.startswith("_")
}
# the quotes a word may open with ('einem "Schaltfehler"', 'einem „Fehler“')
OPENING_QUOTES = "\"'„“‚‘«»"
# 'Kowalską', 'Annę': a word no name ends with in the nominative (a declined Polish form)
DECLINED_END_RE = re.compile(r"[ąę]$", re.IGNORECASE)
# ' GER', ' BRA': a nation's code printed after a name, no part of it
NATION_CODE_TAIL_RE = re.compile(r"\s+[A-Z]{3}$")
# 'pilote de ', 'piloto da ', 'pilota della ': a driver's noun and the preposition of what he
# drives for or comes from, in the languages that put it after the noun; the name after it is a
# team's or a town's ('le pilote de Varades', 'o piloto da Williams'), never the driver's
# ('lo scudiero di casa Williams', 'il pilota della scuderia Rossa': a team's noun between)
DRIVER_OF_RE = re.compile(
    rf"\b(?:{'|'.join(_VOCABULARY['driver_of']['nouns'])})\s+"
    rf"(?:{'|'.join(_VOCABULARY['driver_of']['prepositions'])})\s+"
    rf"(?:(?:{'|'.join(_VOCABULARY['driver_of']['houses'])})\s+)?$",
    re.IGNORECASE,
)
# how far before a name its driver's noun and preposition may start
DRIVER_OF_REACH = 36
# 'il siracusano di ', 'el cordobés de ': a town's demonym in lower case and 'of': the
# capitalised word after it is the driver's town, the name after that his ('il ragusano di
# Pontano Ugo Sala')
TOWN_OF_RE = re.compile(
    rf"(?<!\w)[a-zà-ÿ]{{3,}}(?:{'|'.join(_VOCABULARY['town_demonym_endings'])})\s+"
    rf"(?:{'|'.join(_VOCABULARY['driver_of']['prepositions'])})\s+$"
)
# 'em', 'en', 'in': per language, the preposition after which a place or a car is named
PLACE_PREPOSITIONS = {
    lang: frozenset(words)
    for lang, words in _VOCABULARY["place_prepositions"].items()
    if not lang.startswith("_")
}
# 'MSC ', 'ADAC ': a motor club's initials right before a mention, which names the club's town
# or region ('des MSC Bergdorf'), not a driver
CLUB_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, _VOCABULARY['club_initials']['words']))})\s+$"
)
# how far before a mention a club's initials may start
CLUB_REACH = 8
# "’s", "'s": a possessive after a mention ('in Lee's wake' names the driver's wake, not him)
POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")
# a one-word name prose may give: capitalised letters, hyphens and apostrophes ('Sami-Matti')
ONE_WORD_RE = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")
# 'sisters', 'hermanos', 'Brüder': a noun of siblings, before 'Ann and Bea Lee' who share the
# surname
SIBLING_NOUNS = "|".join(re.escape(w) for w in _VOCABULARY["sibling_nouns"])
# 'and', 'y', 'et', '&': the conjunction between two siblings' given names
SIBLING_CONJUNCTIONS = (
    "(?:" + "|".join(re.escape(w) for w in _VOCABULARY["sibling_conjunctions"]["words"]) + ")"
)
# 'Le', 'La', 'Il', 'El': an article a sentence may open with before a surname ('Le Brant
# de Team Nord'), or a particle of one ('Jean Le Roux')
NAME_ARTICLES = frozenset(_VOCABULARY["name_articles"]["words"])
# 'Le ': one of them right before a mention of a name
ARTICLE_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(sorted(NAME_ARTICLES))})\s+$")


def _without_code_tail(name: str) -> str:
    """A name without a nation's code printed after it ('Ivo Sabo GER' -> 'Ivo Sabo')."""
    tail = NATION_CODE_TAIL_RE.search(name)
    return name[: tail.start()] if tail and nation_code(tail.group().strip()) else name


def _one_person(names: set[str]) -> str | None:
    """The shortest of `names` when every other ends with it ('Aku-Pekka Lehto' of 'Finne
    Aku-Pekka Lehto'): one person, written with or without a word before; else None."""
    shortest = min(names, key=len)
    return shortest if all(n.endswith(shortest) for n in names) else None


class ProseNames:
    """What the article's own text settles about a name its prose gives: a one-word name that
    is the given name of one full name the text prints is that driver ('Gabriel' -> 'Gabriel
    Maurício'), of several is no one; a surname is the full name the text establishes (prints
    twice); a one-word name the text also writes in lower case ('community'), or only ever
    after an article of a language that capitalises nouns ('einem Zwischenfall') is a word, not a
    driver; a noun before a full name after such an article is cut ('der Hamburger Jan
    Berger' -> 'Jan Berger'); a declined form ('Franciszkiem Nowakiem') is no name to publish,
    nor a name written after a preposition of place ('em Ribeira de Pena': a place or a car);
    a sentence's opening adverb is no part of a name ('Finalmente Sala')."""

    def __init__(self, text: str, language: str | None = None) -> None:
        self.text = text
        code = (language or "").split("-")[0].lower()
        self.articles = NOUN_ARTICLES.get(code, frozenset())
        self.place_prepositions = PLACE_PREPOSITIONS.get(code, frozenset())
        self._fulls: list[list[str]] | None = None
        self._found: dict[str, list[int]] = {}  # name -> where the text writes it

    @property
    def fulls(self) -> list[list[str]]:
        """The full names the text prints (word lists), read once when first asked."""
        if self._fulls is None:
            names = name_candidates(self.text)
            names = [_without_code_tail(n) for n in names]  # 'Sabo GER' -> 'Sabo'
            people = [
                _without_leading_words(n)
                for n in names
                if len(n.split()) > 1 and name_kind(n) == "person"
            ]
            # 'Finne Aku-Pekka Lehto' -> 'Aku-…'; 'Finalmente Sala' -> 'Sala', no full name
            self._fulls = [n.split() for n in people if " " in n]

        return self._fulls

    def __call__(self, name: str) -> str | None:
        """The name to publish for `name`, or None when it names no driver the text settles."""
        words = name.split()
        if len(words) >= 2 and _is_adverb(words[0]):  # 'Finalmente Sala': a sentence's adverb
            words = words[1:]
            name = " ".join(words)
        if not words or any(DECLINED_END_RE.search(w) for w in words):
            return None
        if self._cut_off(name) or self._of_a_driver(name) or self._in_a_place(name):
            return None
        if self._after_club(name):  # 'des MSC Bergdorf': the club's town
            return None
        if len(words) >= 3 and (self._after_town_of(name) or self._demonym_head(name)):
            words = words[1:]
            name = " ".join(words)
        if name_kind(name) == "person" and self._after_article(name):
            rest = words[1:]  # 'Leistung von Jan Oberle' -> 'Jan Oberle'; 'Gegensatz zu
            while rest and rest[0] in PARTICLES:  # Power': no full name after the noun
                rest = rest[1:]
            return " ".join(rest) if len(rest) >= 2 else None
        name = self._without_article(name)
        words = name.split()
        if len(words) == 1 and ONE_WORD_RE.match(name) and not name.isupper():
            return self._one_word(name) if name_kind(name) == "person" else name
        return self._uncut(name)

    def _uncut(self, name: str) -> str:
        """A full name the prose cut at a hyphen ('Willem van Engelenhoven' of 'Jan-Willem van
        Engelenhoven'): the whole name when the text never writes the cut form alone."""
        if self._mentions(name):
            return name
        whole = {
            " ".join(f)
            for f in self.fulls
            if f[0].endswith("-" + name.split()[0]) and f[0].count("-") == 1
            and " ".join(f[1:]) == " ".join(name.split()[1:])
        }  # fmt: skip
        return whole.pop() if len(whole) == 1 else name

    def _cut_off(self, name: str) -> bool:
        """A name the text gives only as its last words, with no stop after them: the excerpt
        ends mid-sentence, so the name may be cut in half ('… ahead of the American Tom')."""
        end = len(self.text.rstrip())
        mentions = self._mentions(name)
        return bool(mentions) and all(at + len(name) == end for at in mentions)

    def _of_a_driver(self, name: str) -> bool:
        """A name the text gives only right after a driver's noun and 'de', 'da' or 'di'
        (`DRIVER_OF_RE`): the team he drives for or the town he comes from."""
        mentions = self._mentions(name)
        return bool(mentions) and all(
            DRIVER_OF_RE.search(self.text[max(0, at - DRIVER_OF_REACH) : at]) for at in mentions
        )

    def _after_club(self, name: str) -> bool:
        """A name the text writes only right after a motor club's initials (`CLUB_BEFORE_RE`):
        the club's town or region ('des MSC Bergdorf', 'im ADAC Nordgau'), no driver."""
        mentions = self._mentions(name)
        return bool(mentions) and all(
            CLUB_BEFORE_RE.search(self.text[max(0, at - CLUB_REACH) : at]) for at in mentions
        )

    def _demonym_head(self, name: str) -> bool:
        """A name whose first word ends as a town's demonym does ('Pontanese', 'Pontano') and
        which the text writes only right after a lower-case article ('il Pontano Ugo Sala'): the
        first word is the driver told by his town, the name after it his."""
        mentions = self._mentions(name)
        return (
            name.split()[0].lower().endswith(ARTICLE_DEMONYM_ENDINGS)
            and bool(mentions)
            and all(
                (self.text[max(0, at - ARTICLE_REACH) : at].split() or [""])[-1] in LOWER_ARTICLES
                for at in mentions
            )
        )

    def _after_town_of(self, name: str) -> bool:
        """A name the text writes only right after a town's demonym and 'of' (`TOWN_OF_RE`): its
        first word is the driver's town ('il siracusano di Pontano Ugo Sala')."""
        mentions = self._mentions(name)
        return bool(mentions) and all(
            TOWN_OF_RE.search(self.text[max(0, at - DRIVER_OF_REACH) : at]) for at in mentions
        )

    def _in_a_place(self, name: str) -> bool:
        """A name the text writes right after a preposition of place of its language ('em
        Ribeira de Pena venceu', 'em Austin Mini'): a place or the car driven, not a driver."""
        if not self.place_prepositions:
            return False
        for at in self._mentions(name):
            before = self.text[max(0, at - 12) : at].split()[-1:]
            after = self.text[at + len(name) : at + len(name) + 2]
            if (
                before
                and before[0].lower() in self.place_prepositions
                and not POSSESSIVE_AFTER_RE.match(after)
            ):
                return True
        return False

    def _mentions(self, name: str) -> list[int]:
        """Where the text writes `name` as whole words (read once per name: every check asks)."""
        if name not in self._found:
            pattern = rf"(?<![\w'’-]){re.escape(name)}(?![\w-])"
            self._found[name] = [m.start() for m in re.finditer(pattern, self.text)]
        return self._found[name]

    def _established(self, full: str) -> bool:
        """A full name the text prints twice, or, in a language that writes its nouns in lower
        case, once inside a sentence after a word in lower case ('a vitória de Rogério Cebola'),
        not opening one ('Depois Ribeiro': a word, then a surname)."""
        mentions = self._mentions(full)
        if len(mentions) >= 2:
            return True
        if self.articles:  # nouns are capitalised: 'des britischen Traditionsrennstalls Williams'
            return False
        before = [self.text[max(0, at - 12) : at].split()[-1:] for at in mentions]
        return any(
            b and b[0].isalpha() and b[0].islower() and b[0] not in self.articles for b in before
        )

    def _after_article(self, name: str) -> bool:
        """Every mention of `name` follows an article of a language that capitalises nouns."""
        if not self.articles:
            return False
        mentions = self._mentions(name)
        # a quote opened between the article and the word ('wegen einem "Schaltfehler"')
        before = [
            self.text[max(0, at - 12) : at].rstrip(OPENING_QUOTES).split()[-1:] for at in mentions
        ]
        return bool(mentions) and all(b and b[0].lower() in self.articles for b in before)

    def _one_word(self, name: str) -> str | None:
        key = fold(name)
        tails = {
            " ".join(full[k:])
            for full in self.fulls
            for k, word in enumerate(full[:-1])
            if fold(word) == key
        }
        owners = {" ".join(f) for f in self.fulls if fold(f[-1]) == key and f[-2] not in PARTICLES}
        if owners:  # a surname: the one full name it ends that the text establishes, else as
            whole = _one_person(owners)  # written (the roster's say)
            return whole if whole is not None and self._established(whole) else name
        if tails:  # the given name of one full name, or of several (no one)
            return _one_person(tails)
        lower = name.lower()
        if lower != name and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", self.text):
            return None  # 'mesmo', 'community': a word of the language
        return self._sibling(name) or name

    def _sibling(self, name: str) -> str | None:
        """'Ann' of 'the sisters Ann and Bea Lee': a given name written before a conjunction and
        a sibling's full name of two words, after a noun of siblings, with the surname they
        share."""
        pattern = re.compile(
            rf"(?i:\b(?:{SIBLING_NOUNS}))\s+{re.escape(name)}\s+(?i:{SIBLING_CONJUNCTIONS})\s+"
            r"(\w[\w'’-]*)\s+(\w[\w'’-]*)(?:\s+(\w+))?"
        )
        surnames = {
            m.group(2)
            for m in pattern.finditer(self.text)
            if m.group(1)[:1].isupper()
            and m.group(2)[:1].isupper()
            and not (m.group(3) or "")[:1].isupper()  # 'Bea Lee Moss': a longer name
        }
        return f"{name} {surnames.pop()}" if len(surnames) == 1 else None

    def _without_article(self, name: str) -> str:
        """'Ivo Le Brant' -> 'Ivo Brant', 'Le Brant' -> 'Brant': a capitalised
        article in a name (`NAME_ARTICLES`) the text also gives without it, nowhere right after
        the article; a particle of the surname ('Jean Le Roux') the text never leaves out."""
        words = name.split()
        kept = [w for w in words if w not in NAME_ARTICLES]
        if len(kept) == len(words) or not kept:
            return name
        bare = " ".join(kept)
        alone = [
            at
            for at in self._mentions(bare)
            if not ARTICLE_BEFORE_RE.search(self.text[max(0, at - 4) : at])
        ]
        return bare if alone else name
