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
from extractors.nations import demonym_code, fold, nation_code
from extractors.race_facts import circuit_name, circuits

_DATA = Path(__file__).parent / "data"
_VOCABULARY = json.loads((_DATA / "not_drivers.json").read_text(encoding="utf-8"))
_RACING = json.loads((_DATA / "racing.json").read_text(encoding="utf-8"))

# 'baby', 'rok', 'gt3', 'categoria': words of classes and categories ('Baby Rok', 'Senior Rok')
CLASS_WORDS = frozenset(fold(w) for w in _VOCABULARY["class_words"])
# 'team', 'racing', 'pneus', 'gmbh': words that make a string a team or a company
TEAM_WORDS = frozenset(fold(w) for w in _VOCABULARY["team_words"])
# 'lazio', 'queensland': regions and states that enter results as a team's name, never a driver's
PLACES = frozenset(fold(w) for w in _VOCABULARY["places"])
# 'victorian', 'glarner', 'local': a word before a name that says where the driver is from
PLACE_ADJECTIVES = frozenset(fold(w) for w in _VOCABULARY["place_adjectives"])
# 'quarto', 'champion', 'polesitter': a word a line may put before a name, no part of it
LEADING_WORDS = frozenset(fold(w) for w in _VOCABULARY["leading_words"])
# 'ute', 'stock', 'champion': racing words that are also given names or surnames
NAME_LIKE_RACING_WORDS = frozenset(fold(w) for w in _VOCABULARY["racing_words_in_names"])
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
    if any(w in RACING_WORDS and w not in NAME_LIKE_RACING_WORDS for w in words):
        return "other"  # 'Race Control', 'Pole Position', 'Fastest Lap'
    if joined in PLACES or _is_circuit(text):
        return "other"  # 'Lazio', 'Sepang'
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


def _is_leading_word(word: str) -> bool:
    """A word before a name that is no part of it: where the driver is from ('Victorian'), an
    ordinal or a title ('Quarto', 'polesitter'), a lower-case word of prose ('dos de')."""
    folded = fold(word)
    if folded in PLACE_ADJECTIVES or folded in LEADING_WORDS or word[:1].islower():
        return True
    return demonym_code(word) is not None


def _without_leading_words(name: str) -> str:
    """'Victorian Amos Orr' -> 'Amos Orr', 'Quarto Ugo Sala' -> 'Ugo Sala', 'dos de Tom Hale' ->
    'Tom Hale': words before a capitalised name of two words or more are no part of it ('van der
    Berg', a surname of one word after its particles, stays)."""
    words = name.split()
    start = 0
    while start < len(words) and _is_leading_word(words[start]):
        start += 1
    rest = words[start:]
    named = [w for w in rest if w.lower() not in PARTICLES]
    if start > 0 and len(named) >= 2 and rest[0][:1].isupper() and looks_like_name(" ".join(rest)):
        return " ".join(rest)
    return name


def driver_name(text: str) -> str | None:
    """The driver's name (or crew) a row or fact gives, repaired where its shape says how
    ('Victorian Amos Orr' -> 'Amos Orr'); None when the string names no person (`name_kind`)."""
    if name_kind(text) != "person":
        return None
    return _without_leading_words(text)


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
