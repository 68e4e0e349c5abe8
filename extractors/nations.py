"""Nations to ISO 3166-1 alpha-3: country names (English and localized), demonyms and codes.

Official names and their Italian, Spanish, Portuguese, French and German translations come from
pycountry; common names, demonyms and non-ISO sports codes come from `data/nations.json`. Lookups
are case- and accent-insensitive except codes, which must be written in capitals ('GER', not 'ger').
"""

from __future__ import annotations

import gettext
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import pycountry

from extractors.text import strip_accents

NationKind = Literal["name", "demonym", "code"]

DATA_FILE = Path(__file__).parent / "data" / "nations.json"
_DATA = json.loads(DATA_FILE.read_text(encoding="utf-8"))
TRANSLATED_LANGUAGES = ("it", "es", "pt", "fr", "de")

# "’", "`", "´": apostrophes folded to "'"
APOSTROPHES_RE = re.compile(r"[’`´‘]")
# "Japan's", "Spain’s", "Netherlands'": a possessive ending
POSSESSIVE_RE = re.compile(r"(?:'s|(?<=s)')$", re.IGNORECASE)
# "The Netherlands", "the United States": a leading article dropped before lookup
LEADING_ARTICLE_RE = re.compile(
    r"^(?:the|la|le|les|el|los|las|il|lo|gli|i|o|os|a|as|die|der|das)\s+"
)
# "Pays-Bas", "U.S.A.", "Hong Kong, China": punctuation that does not change a nation's name
NAME_PUNCTUATION_RE = re.compile(r"[.\-,()\[\]/]+")
# a word of prose, possibly with inner dots or apostrophes: "Japan’s", "U.S.", "Pays-Bas"
WORD_RE = re.compile(r"[^\W\d_](?:[\w'’.-]*[^\W_])?\.?")
# "🇯🇵": a flag emoji, two regional indicator letters spelling the ISO alpha-2 code
FLAG_RE = re.compile(r"[\U0001F1E6-\U0001F1FF]{2}")
# "GER", "NED", "HK": a code as written in brackets or a table cell
CODE_RE = re.compile(r"^[A-Z]{2,3}$")


@lru_cache(maxsize=16384)  # pure; the readers fold the same names again and again
def plain_lower(text: str) -> str:
    """Lower case without accents, apostrophes unified: 'López’s' -> "lopez's"."""
    return strip_accents(APOSTROPHES_RE.sub("'", text)).lower()


def fold(text: str) -> str:
    """Matching key: lower-case, no accents, light punctuation ('Pays-Bas' -> 'pays bas')."""
    text = NAME_PUNCTUATION_RE.sub(lambda m: "" if m.group(0) == "." else " ", plain_lower(text))
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class NationMention:
    """A nation named in a text: where, as what (name, demonym, code) and which ISO alpha-3."""

    start: int
    end: int
    text: str
    code: str
    kind: NationKind
    possessive: bool = False  # "Japan's"


def _build_index() -> tuple[dict[str, tuple[str, NationKind]], dict[str, str]]:
    """(folded name or demonym -> (alpha-3, kind), code -> alpha-3), curated data winning."""
    words: dict[str, tuple[str, NationKind]] = {}
    codes: dict[str, str] = {}
    translations = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in TRANSLATED_LANGUAGES
    ]
    for country in pycountry.countries:
        alpha3 = country.alpha_3
        codes[country.alpha_2] = alpha3
        codes[alpha3] = alpha3
        names = {country.name, getattr(country, "common_name", country.name)}
        names |= {t.gettext(name) for t in translations for name in set(names)}
        for name in names:
            words.setdefault(fold(name), (alpha3, "name"))
    for alpha3, entry in _DATA["nations"].items():
        for name in entry["names"]:
            words[fold(name)] = (alpha3, "name")
        for demonym in entry["demonyms"]:
            words.setdefault(fold(demonym), (alpha3, "demonym"))
        for code in entry["codes"]:
            codes[code] = alpha3
    return words, codes


_WORDS, _CODES = _build_index()
# the non-ISO and two-letter codes race reports are seen to use for nations ('UK', 'HK', 'US')
_CURATED_CODES = frozenset(code for entry in _DATA["nations"].values() for code in entry["codes"])
# two-letter codes of states and provinces ('SP', 'CA'): see data/nations.json
_STATE_CODES = frozenset(_DATA["state_codes"]["codes"]) - _CURATED_CODES
# two-letter codes that abbreviate a club ('MC'): see data/nations.json
_CLUB_CODES = frozenset(_DATA["club_codes"]["codes"]) - _CURATED_CODES
# folded demonym -> alpha-3, also for words that are foreign names too ("Argentine"), but not for
# English country names that are foreign demonyms ("Argentina", "China": Spanish feminines)
_ENGLISH_NAMES = {
    fold(getattr(c, attr))
    for c in pycountry.countries
    for attr in ("name", "common_name")
    if hasattr(c, attr)
}
_DEMONYMS = {
    fold(demonym): alpha3
    for alpha3, entry in _DATA["nations"].items()
    for demonym in entry["demonyms"]
    if fold(demonym) not in _ENGLISH_NAMES
}
_MAX_WORDS = max(len(key.split()) for key in _WORDS)


def _key(text: str) -> str:
    key = fold(POSSESSIVE_RE.sub("", APOSTROPHES_RE.sub("'", text.strip())))
    return LEADING_ARTICLE_RE.sub("", key)


def _is_nation_code(code: str) -> bool:
    """A code that names a nation: never a two-letter code that states and provinces use too
    ('SP', 'PR', 'CA', 'ES' after a driver are states far more often than nations), nor one that
    abbreviates a club ('MC': a moto club, 'Ann LEE Vela MC')."""
    return code in _CURATED_CODES or code not in _STATE_CODES | _CLUB_CODES


def is_club_code(word: str) -> bool:
    """'MC': a club's abbreviation as printed (capitals), which race lists glue to a name."""
    return word in _CLUB_CODES


def flag_code(flag: str) -> str | None:
    """ISO alpha-3 of a flag emoji: '🇯🇵' -> 'JPN'."""
    alpha2 = "".join(chr(ord(ch) - 0x1F1E6 + ord("A")) for ch in flag)
    return _CODES.get(alpha2)


@lru_cache(maxsize=1 << 16)  # pure; asked of every capitalised word and every row field
def lookup(text: str) -> tuple[str, NationKind] | None:
    """What `text` names as a whole: ('JPN', 'name') for 'Japan', 'Giappone' or "Japan's",
    ('JPN', 'demonym') for 'Japanese', ('DEU', 'code') for 'GER'; None when it is no nation."""
    stripped = text.strip().strip("()[]").strip()
    if FLAG_RE.fullmatch(stripped):
        code = flag_code(stripped)
        return (code, "code") if code else None
    if CODE_RE.match(stripped) and stripped in _CODES and _is_nation_code(stripped):
        return _CODES[stripped], "code"
    key = _key(stripped)
    if key in _WORDS:
        return _WORDS[key]
    dotless = stripped.replace(".", "")
    if CODE_RE.match(dotless) and dotless in _CODES and _is_nation_code(dotless):  # "U.S."
        return _CODES[dotless], "code"
    return None


def demonym_code(text: str) -> str | None:
    """ISO alpha-3 when `text` is a demonym ('Italian', 'the Argentine', 'Dutchman'); else None."""
    key = _key(text)
    found = _WORDS.get(key)
    if found and found[1] == "demonym":
        return found[0]
    return _DEMONYMS.get(key)


def nation_code(text: str) -> str | None:
    """ISO 3166-1 alpha-3 of a nation written as a name, demonym or code; None otherwise."""
    found = lookup(text)
    return found[0] if found else None


def find_nations(text: str) -> list[NationMention]:
    """Every nation named in running text, longest match first: "Norway's Tomas Berg" ->
    [NationMention('Norway's', 'NOR', 'name', possessive=True)]. Names and codes must be
    capitalised in prose; demonyms may be lower-case ('il pilota giapponese')."""
    words = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
    mentions: list[NationMention] = []
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            span = text[start:end].rstrip(".")
            if LEADING_ARTICLE_RE.match(span.lower() + " " if n == 1 else span.lower()):
                continue  # "the Italian" is the demonym "Italian"
            found = lookup(span)
            if not found or (found[1] != "demonym" and not span[0].isupper()):
                continue
            end = start + len(span)
            if span.endswith("s") and APOSTROPHES_RE.sub("'", text[end : end + 1]) == "'":
                end += 1  # "The Netherlands’ de Bruin"
            span = text[start:end]
            possessive = bool(POSSESSIVE_RE.search(APOSTROPHES_RE.sub("'", span)))
            mentions.append(NationMention(start, end, span, found[0], found[1], possessive))
            i += n - 1
            break
        i += 1
    return mentions


# "(MUS)", "(DOU)": a three-letter code in brackets, a nation's or a team's
BRACKETED_CODE_RE = re.compile(r"\(([A-Z]{3})\)")
# Distinct bracketed codes that name no nation before the text's codes are teams' ('DOU', 'QOS')
MIN_TEAM_CODES = 2


def team_codes(text: str) -> frozenset[str]:
    """The three-letter codes the text prints in brackets when they are teams', not nations':
    two or more of them name no nation ('Ann Roy (DOU)', 'Tom Kay (QOS)'), so a code among them
    that is a nation's too ('Ivo Lenz (MUS)') is a team's like the others. Empty otherwise."""
    if "(" not in text:
        return frozenset()
    codes = set(BRACKETED_CODE_RE.findall(text))
    if sum(nation_code(code) is None for code in codes) < MIN_TEAM_CODES:
        return frozenset()
    return frozenset(codes)


# language -> abbreviation -> alpha-3: what a language's press prints in brackets after a driver
# ('ALL', 'ANG' in French; '(Ger)', '(It)' in English): see data/nations.json
_LANGUAGE_CODES: dict[str, dict[str, str]] = {
    language: codes
    for language, codes in _DATA["language_codes"].items()
    if not language.startswith("_")
}

# the abbreviations read in a text whose language is not told
UNTOLD_LANGUAGE_CODES = "en"


def language_code(code: str, language: str | None) -> str | None:
    """ISO alpha-3 of a bracketed abbreviation as the press of `language` prints it after a
    driver ('ANG' -> 'GBR' in French, where elsewhere it is Angola's; 'Ger' -> 'DEU' in English);
    None when the language has no such abbreviation. A text whose language is not told (a page of
    result lines) reads the English ones, which are all title case ('Ger'), no code's capitals."""
    return _LANGUAGE_CODES.get(language or UNTOLD_LANGUAGE_CODES, {}).get(code)
