"""Driver names: cleaning, accent-free matching keys, and resolving short forms within one article
('T. Berg', 'Berg' -> 'Tomas Berg' when the article names him in full anywhere, prose included).

Display names keep the article's own spelling (accents included); only matching is folded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from extractors.nations import demonym_code, plain_lower

# "de Bruin", "van der Berg", "Dos Santos": lower-case particles inside a surname
PARTICLES = frozenset(
    {"de", "der", "den", "van", "von", "da", "das", "do", "dos", "di", "du", "del", "della", "des",
     "la", "le", "bin", "al", "el", "te", "ten", "ter", "zu", "st", "het"}
)  # fmt: skip
# Capitalised words that start sentences or name things, not people: "Behind Berg", "Race Control"
_VOCABULARY = json.loads(
    (Path(__file__).parent / "data" / "racing.json").read_text(encoding="utf-8")
)
# Capitalised words that start sentences, not names: "Behind Berg", "After Ribeiro"
NOT_NAME_WORDS = frozenset(_VOCABULARY["not_name_words"])
# Racing words no driver's name contains: "Semi-Final A", "Race Control", "Grand Final"
RACING_WORDS = frozenset(_VOCABULARY["racing_words"])
# "August", "agosto", "Juni": a month's full name (every language), never a driver's name alone
# ('13 AUGUST', a date line in a list, is no thirteenth place); abbreviations ('Jan', 'May') are
# given names too and stay names, as do the short ones ('May', 'Mai') and those only a lost accent
# makes a name ('março' is no 'Marco')
_MONTHS = json.loads(
    (Path(__file__).parent / "data" / "race_facts.json").read_text(encoding="utf-8")
)["months"]
MONTH_NAMES = frozenset(
    name.casefold()
    for names in _MONTHS.values()
    for name, number in names.items()
    if len(name) > 3
    and not any(
        other != name and other.startswith(name) and n == number for other, n in names.items()
    )
)
# "T. Berg", "T Berg", "T.Berg", "J.-P. Dubois": a given name reduced to its initial(s)
INITIAL_RE = re.compile(r"^(?P<initials>(?:[^\W\d_]\.\s?-?){1,3}|[^\W\d_](?=\s))\s*(?=[^\W\d_]{2})")
# "A.J.", "J.-P.", "L." (of "L.Williams"): a word of initials, each letter with its dot
INITIALS_WORD_RE = re.compile(r"(?:[^\W\d_]\.-?){1,3}")
# "Tomas Berg (TB_Racer77)", "Ana Ribeiro [PRT]": a trailing bracketed alias or code
TRAILING_BRACKET_RE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
# a capitalised word of a name: "Tomas", "López", "McEwen", "O'Neill", "Jean-Luc", "BERG"
NAME_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*\.?")
# "Spain’s", "Berg's": a possessive ending a name sequence
POSSESSIVE_END_RE = re.compile(r"['’]s?$")
# "Jr", "jr", "Sr", "Snr", "Jnr": the suffixes a name may end with (kept as printed)
NAME_SUFFIXES = r"(?:[Jj]r|Sr|Snr|Jnr)"
# "Ruben Garcia Jr.": a suffix with its dot ending a text (the dot is the name's, not a sentence's)
DOTTED_SUFFIX_END_RE = re.compile(rf"(?<=\s){NAME_SUFFIXES}\.$")
# "Jr.", "Sr", "III": one word that is a name's suffix
SUFFIX_WORD_RE = re.compile(rf"^(?:{NAME_SUFFIXES}|II|III|IV)\.?$")
# ", Jr.", " Sr": a suffix (and the comma before it) ending a name
SUFFIX_TAIL_RE = re.compile(rf",?\s+{NAME_SUFFIXES}\.?$")
# "RIBEIRO", "O'HARA", "LEFÈVRE": a surname printed in capitals (3+ letters: "JP" is initials)
CAPS_SURNAME_RE = re.compile(r"^(?=(?:[^\W\d_]['’-]?){3})[^\W\d_'’-]+(?:['’-][^\W\d_]+)*$")


def _is_caps(word: str) -> bool:
    return word.isupper() and bool(CAPS_SURNAME_RE.match(word))


def _title_word(word: str) -> str:
    return word.lower() if word.lower() in PARTICLES else word.title()


def natural_name(name: str) -> str:
    """A name with its capitalised surname written as prose writes it, given name first:
    'RIBEIRO Ana' -> 'Ana Ribeiro', 'Pieter VAN DIJK' -> 'Pieter van Dijk'; others unchanged."""
    words = name.split()
    caps = [_is_caps(w) for w in words]
    for i in range(len(words) - 2, -1, -1):  # 'de BRUIN', 'VAN DIJK': particles join the surname
        caps[i] = caps[i] or (words[i].lower() in PARTICLES and caps[i + 1])
    if len(words) < 2 or not any(_is_caps(w) for w in words):
        return name
    if all(caps) or all(w.isupper() for w in words):
        return " ".join(_title_word(w) for w in words)
    first_lower = caps.index(False)
    if first_lower > 0 and all(caps[:first_lower]) and not any(caps[first_lower:]):
        words = words[first_lower:] + words[:first_lower]  # surname first: 'VARMA Rahul'
        caps = caps[first_lower:] + caps[:first_lower]
    return " ".join(_title_word(w) if c else w for w, c in zip(words, caps, strict=True))


@lru_cache(maxsize=16384)  # pure; a roster matches every name against every other
def fold_name(name: str) -> str:
    """Matching key of a name: no accents, lower case ('Coque López' -> 'coque lopez')."""
    return " ".join(plain_lower(name).replace(".", ". ").split())


def clean_name(text: str) -> str:
    """A name as displayed: trimmed, single-spaced, without a trailing alias in brackets."""
    text = TRAILING_BRACKET_RE.sub("", text)
    return " ".join(text.strip(" \t-–—:|,;").split())


def _is_name_word(word: str) -> bool:
    return word[:1].isupper() or word.lower() in PARTICLES or bool(SUFFIX_WORD_RE.match(word))


def _name_words(text: str) -> list[str]:
    """A name's words, initials glued to the surname apart: 'L.Williams' -> 'L.', 'Williams'."""
    words = []
    for word in text.split():
        initials = INITIALS_WORD_RE.match(word)
        if initials and initials.end() < len(word) and word[initials.end()].isupper():
            words += [initials.group(0), word[initials.end() :]]
        else:
            words.append(word)
    return words


def looks_like_name(text: str) -> bool:
    """A person's name by its shape: 1-6 words, capitalised (particles aside), no digits;
    initials ('A.J. Bender', 'L.Williams') before a surname."""
    words = _name_words(text)
    if not 0 < len(words) <= 6 or any(ch.isdigit() for ch in text):
        return False
    last = words[-1][:1].isupper() or SUFFIX_WORD_RE.match(words[-1])  # 'Ann Lee jr.'
    if not (words[0][:1].isupper() or words[0] in PARTICLES) or not last:
        return False
    initials = [bool(INITIALS_WORD_RE.fullmatch(w)) for w in words]
    if all(initials):
        return False  # 'U.S.' is no name
    if not all(
        i or NAME_WORD_RE.fullmatch(w) and _is_name_word(w)
        for w, i in zip(words, initials, strict=True)
    ):
        return False
    if words[0].lower() in NOT_NAME_WORDS:
        return False
    if len(words) == 1 and words[0].casefold() in MONTH_NAMES:
        return False  # '13 AUGUST': a date line's month
    return not any(w.lower().strip(".") in RACING_WORDS for w in words)


def _leading_role(word: str, rest: list[str], leading: frozenset[str]) -> bool:
    """A word before a name of two words or more that says who the driver is, no part of the
    name: a demonym ('Franzose Xavier Boog', 'Frenchman Luc Morel') or a role word of the
    article's language ('Landgenoot Kees Boer')."""
    named = [w for w in rest if w.lower() not in PARTICLES]
    if len(named) < 2:
        return False  # 'Finn Weber': a given name
    if word.lower() in leading:
        return True
    plain = plain_lower(word) == word.lower()  # 'Germán Ruiz Vega': a given name, no 'German'
    return plain and demonym_code(word) is not None


def name_candidates(text: str, leading: frozenset[str] = frozenset()) -> list[str]:
    """Full names (two or more capitalised words) in running text: 'Kaj de Bruin', 'Tomas Berg';
    without a demonym or a word of `leading` (lower case) written before one ('Franzose Xavier
    Boog' -> 'Xavier Boog')."""
    found: list[str] = []
    run: list[str] = []

    def close() -> None:
        if not run:
            return
        while run and (
            run[0].lower() in NOT_NAME_WORDS
            or run[0].lower() in PARTICLES
            or _leading_role(run[0], run[1:], leading)
        ):
            run.pop(0)
        while run and (run[-1].lower() in PARTICLES or run[-1].lower() in NOT_NAME_WORDS):
            run.pop()  # "Alexander das Podest": 'Podest' and 'das' end no name
        for i in range(1, len(run) - 2):  # "Leistung von Jan Oberle": a preposition, then a
            tail = run[i + 1 :]  # full name ('de Bruin', 'van der Steen' take one word after)
            if run[i] in PARTICLES and all(w[:1].isupper() and w not in PARTICLES for w in tail):
                del run[: i + 1]
                break
        racing = any(w.lower() in RACING_WORDS for w in run)
        if len(run) >= 2 and not racing and not any(w.endswith(".") for w in run):
            found.append(" ".join(run))
        run.clear()

    prev_end = 0
    for m in NAME_WORD_RE.finditer(text):
        word = m.group(0)
        if run and text[prev_end : m.start()] != " ":  # a comma, a dash, a line break ends a name
            close()
        prev_end = m.end()
        if POSSESSIVE_END_RE.search(word) or text[m.end() : m.end() + 1].isdigit():
            close()  # "Spain’s", "F50"
            continue
        sentence_end = word.endswith(".") and len(word) > 2  # "Bruin." ends a sentence; "T." not
        if sentence_end:
            word = word[:-1]
        if _is_name_word(word) and (word[:1].isupper() or run):
            run.append(word)
        else:
            close()
        if sentence_end:
            close()
    close()
    return found


def _short_form(name: str) -> tuple[list[str], list[str]] | None:
    """(initials, surname words) of 'T. Berg' or 'de Bruin'; None for a full name."""
    initial = INITIAL_RE.match(name)
    initials = fold_name(initial.group("initials")).replace(".", "").split() if initial else []
    surname = fold_name(name[initial.end() :] if initial else name).split()
    if not surname or (not initial and len(surname) > 1 and surname[0] not in PARTICLES):
        return None
    return initials, surname


def is_short_name(name: str) -> bool:
    """True for names a resolver may rewrite: an initial and surname, a surname alone, or a
    surname in capitals ('RIBEIRO Ana')."""
    name = clean_name(name)
    return _short_form(name) is not None or natural_name(name) != name


# Given names a short form may gain: 'Berg' -> 'Ana Maria Berg', not a capitalised run before
# the name ('Team Q8 Hi Perform Keagan Masters' in a sentence) standing for its owner
MAX_GIVEN_WORDS = 2


class NameResolver:
    """Expands short driver names to the full name the article gives elsewhere.

    Names seen in result rows are trusted first; full names found in prose break ties.
    """

    def __init__(self, row_names: Iterable[str] = (), prose_names: Iterable[str] = ()) -> None:
        self._tiers: list[dict[tuple[str, ...], str]] = [{}, {}]
        self._from_caps: set[str] = set()  # displays derived from 'RIBEIRO Ana', not printed
        for tier, names in enumerate((row_names, prose_names)):
            for name in names:
                self.add(name, tier=tier)

    @classmethod
    def from_text(
        cls, text: str, row_names: Iterable[str] = (), leading: frozenset[str] = frozenset()
    ) -> NameResolver:
        """A resolver knowing the full names in `row_names` and in the article's `text` (without
        the words of `leading` the text writes before a name: 'Landgenoot Kees Boer')."""
        return cls(row_names, name_candidates(text, leading))

    def add(self, name: str, *, tier: int = 0) -> None:
        """Register a full name (two or more words, no initial) as a resolution target."""
        display = clean_name(name)
        natural = natural_name(display)
        words = tuple(fold_name(natural).split())
        if len(words) < 2 or INITIAL_RE.match(name.strip()):
            return
        known = self._tiers[tier].get(words)
        if known is None or (known in self._from_caps and natural == display):
            self._tiers[tier][words] = natural
            if natural != display:
                self._from_caps.add(natural)

    def resolve(self, name: str) -> str:
        """The full name for 'T. Berg' or 'Berg' when exactly one known name fits, the prose
        spelling of 'BERG Tomas', else `name`."""
        printed = clean_name(name)
        name = natural_name(printed)
        short = _short_form(name)
        if short is None and name != printed:  # 'ARAI Kenji': as the article writes it elsewhere
            words = tuple(fold_name(name).split())
            known = [tier[words] for tier in self._tiers if words in tier]
            return known[0] if known else name
        if short is None:
            return name  # already a full name
        initials, surname = short
        for tier in self._tiers:
            fits = {
                display
                for words, display in tier.items()
                if len(surname) < len(words) <= len(surname) + MAX_GIVEN_WORDS
                and words[-len(surname) :] == tuple(surname)
                and words[0] not in PARTICLES
                and (not initials or words[0].startswith("".join(initials)[:1]))
            }
            if len(fits) == 1:
                return fits.pop()
            if fits:
                return name
        return name
