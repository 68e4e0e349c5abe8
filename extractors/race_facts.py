"""The facts an article states about the races it reports, besides their results: the series, the
season, the circuit (from a gazetteer of circuits with their names in every language) and the
race date when the text gives one. Pure: text in, facts out.

The vocabulary lives in data files: `data/circuits.json` (circuits and their aliases) and
`data/race_facts.json` (month names per language, series and circuit words, generic race names).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from extractors.records import DateSource
from extractors.text import strip_accents

DATA_DIR = Path(__file__).parent / "data"

# The name of a race whose heading names none ("RACE RESULTS", "Top 5").
GENERIC_RACE_NAME = "Race"
# Seasons outside this range are no race seasons ("founded in 1907", "by 2100").
MIN_SEASON, MAX_SEASON = 1990, 2100
# "2025": a four-digit year on its own, not part of a longer number, a time or a date
YEAR_RE = re.compile(r"(?<![\d.,:/-])(?:19|20)\d{2}(?![\d.,:/-]\d)")
# "2024-06-12": an ISO date
ISO_DATE_RE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)")
# "12.06.2024", "12/06/2024": day first (the order of every language here but American English)
NUMERIC_DATE_RE = re.compile(
    r"(?<![\d.])(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>(?:19|20)\d{2})(?!\d)"
)
# all-capital words of three letters or more: "RACE RESULTS" -> "Race Results"
SHOUTED_WORD_RE = re.compile(r"\b[A-ZÀ-ÖØ-Þ]{3,}\b")
# "Top 5", "Top-10", "top ten": a list heading, not a race
TOP_N_RE = re.compile(r"^top[\s-]*(?:\d+|three|five|ten|twenty)$", re.I)
# a capitalised word of a name: "Kinsella", "Ibérica", "O'Reilly"
CAP_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.&+-]*"


@cache
def _vocabulary() -> dict:
    return json.loads((DATA_DIR / "race_facts.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Circuit:
    """A circuit: the name the tables use, and what articles call it."""

    name: str
    country: str | None
    kind: str
    aliases: tuple[str, ...]


@cache
def circuits() -> tuple[Circuit, ...]:
    """The gazetteer of circuits (`data/circuits.json`)."""
    data = json.loads((DATA_DIR / "circuits.json").read_text(encoding="utf-8"))
    return tuple(
        Circuit(c["name"], c["country"], c["kind"], tuple(c["aliases"])) for c in data["circuits"]
    )


@cache
def _circuit_index() -> tuple[re.Pattern[str], dict[str, Circuit]]:
    """One pattern over every alias (longest first, so 'Spa-Francorchamps' beats 'Spa'), and the
    circuit of each folded alias."""
    by_alias: dict[str, Circuit] = {}
    for circuit in circuits():
        for alias in (*circuit.aliases, circuit.name):
            by_alias.setdefault(strip_accents(alias, keep_length=True), circuit)
    after = "|".join(re.escape(w) for w in _vocabulary()["series_words_after"] + ["Virtual"])
    alternatives = "|".join(re.escape(a) for a in sorted(by_alias, key=len, reverse=True))
    # an alias as a whole word, not the start of a series name ("Le Mans Virtual Series")
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])(?!\s+(?:{after})\b)")
    return pattern, by_alias


@cache
def _circuit_pattern() -> re.Pattern[str]:
    """A circuit the gazetteer does not know, named with a circuit word: 'the Kinsella Motor
    Park', 'a virtual Serra Verde circuit', 'Autodromo di Pergusa', 'Circuito de Navarra'."""
    vocab = _vocabulary()
    after = "|".join(re.escape(w) for w in sorted(vocab["circuit_words_after"], key=len)[::-1])
    before = "|".join(re.escape(w) for w in sorted(vocab["circuit_words_before"], key=len)[::-1])
    name = rf"{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}"
    return re.compile(
        rf"(?P<named>{name})\s+(?P<word>(?i:{after}))\b|\b(?P<prefixed>(?:{before})\s+(?:la\s+)?{name})"
    )


def _pattern_circuit(text: str) -> str | None:
    not_names = set(_vocabulary()["not_circuit_names"])
    for found in _circuit_pattern().finditer(text):
        if found["prefixed"]:
            return found["prefixed"].strip()
        words = found["named"].split()
        while words and words[0] in not_names:  # "The Kinsella Motor Park" -> "Kinsella Motor Park"
            words.pop(0)
        if words and not all(w in not_names for w in words):
            if found["word"].islower():  # "a virtual Serra Verde circuit": the name is before it
                return " ".join(words)
            return found[0][found[0].index(words[0]) :].strip()
    return None


def find_circuit(texts: Iterable[str]) -> str | None:
    """The circuit the first of `texts` naming one names: the gazetteer's name for a circuit it
    knows (Montmeló -> Circuit de Barcelona-Catalunya), else a name with a circuit word."""
    pattern, by_alias = _circuit_index()
    for text in texts:
        found = pattern.search(strip_accents(text, keep_length=True))
        if found:
            return by_alias[found[0]].name
        name = _pattern_circuit(text)
        if name:
            return name
    return None


def circuit_name(printed: str) -> str:
    """The gazetteer's name of a circuit a heading prints by one of its names ('Sprint: Spa' ->
    'Circuit de Spa-Francorchamps'), else the name as printed ('Suzuka East': a layout)."""
    pattern, by_alias = _circuit_index()
    found = pattern.fullmatch(strip_accents(printed.strip(), keep_length=True))
    return by_alias[found[0]].name if found else printed


@cache
def _month_numbers() -> dict[str, int]:
    """Month name (folded, every language) -> month number; a name two languages give two
    different months is left out ('mar' is March in most languages)."""
    numbers: dict[str, int] = {}
    ambiguous: set[str] = set()
    for names in _vocabulary()["months"].values():
        for name, number in names.items():
            key = strip_accents(name.casefold(), keep_length=True)
            if numbers.get(key, number) != number:
                ambiguous.add(key)
            numbers.setdefault(key, number)
    return {k: v for k, v in numbers.items() if k not in ambiguous}


@cache
def _written_date_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    months = "|".join(re.escape(m) for m in sorted(_month_numbers(), key=len, reverse=True))
    month = rf"(?P<month>{months})\.?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|º|°|er|\.)?"
    year = r"(?P<year>(?:19|20)\d{2})(?!\d)"
    # "12 June 2024", "12. Juni 2024", "12 de junho de 2024", "1er juin 2024", "12 czerwca 2024"
    day_first = rf"(?<!\d){day}\s+(?:de\s+)?{month}(?:\s+de|,)?\s+{year}"
    # "June 12, 2024", "June 12th 2024"
    month_first = rf"\b{month}\s+{day},?\s+{year}"
    return re.compile(day_first, re.I), re.compile(month_first, re.I)


def _valid_date(year: str, month: int, day: str) -> date | None:
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def is_date_only(text: str) -> bool:
    """A line that is one written date and nothing else: '5 April 2020', 'June 12, 2024'."""
    folded = strip_accents(text.strip(" \t.,"), keep_length=True)
    return any(pattern.fullmatch(folded) for pattern in _written_date_res())


def dates_in(text: str) -> list[tuple[int, date]]:
    """Every full date written in `text` (day, month and year), with its offset, in text order:
    '12 June 2024', 'June 12, 2024', '12 giugno 2024', '12. Juni 2024', '2024-06-12'."""
    folded = strip_accents(text, keep_length=True)
    found: list[tuple[int, date]] = []
    for pattern in _written_date_res():
        for m in pattern.finditer(folded):
            month = _month_numbers().get(m["month"].casefold())
            stated = _valid_date(m["year"], month, m["day"]) if month else None
            if stated:
                found.append((m.start(), stated))
    for pattern in (ISO_DATE_RE, NUMERIC_DATE_RE):
        for m in pattern.finditer(text):
            stated = _valid_date(m["y"], int(m["m"]), m["d"])
            if stated:
                found.append((m.start(), stated))
    return sorted(found, key=lambda item: item[0])


def stated_date(texts: Iterable[str], published: date | None = None) -> date | None:
    """The first date the texts state that can be a race's: not after the publication date (a
    report does not tell a race before it is run; 'the next round on 3 August' is not it)."""
    for text in texts:
        for _, stated in dates_in(text):
            if published is None or stated <= published:
                return stated
    return None


def year_in(texts: Iterable[str]) -> int | None:
    """The first plausible season year written in the texts."""
    for text in texts:
        for found in YEAR_RE.finditer(text):
            if MIN_SEASON <= int(found[0]) <= MAX_SEASON:
                return int(found[0])
    return None


@cache
def _series_re() -> re.Pattern[str]:
    vocab = _vocabulary()
    after = "|".join(re.escape(w) for w in sorted(vocab["series_words_after"], key=len)[::-1])
    before = "|".join(re.escape(w) for w in sorted(vocab["series_words_before"], key=len)[::-1])
    connectors = "|".join(vocab["series_connectors"])
    cap = CAP_WORD
    word = rf"(?:{cap}|\d+)"
    # "Manufacturers Cup", "Gran Turismo World Series", "ADAC GT Masters"
    named_first = rf"(?P<first>(?:{cap}\s+){{0,5}}{cap}\s+(?:{after}))(?![\w-])"
    # "Copa Sim Ibérica", "Coppa Simracing Italia", "Taça Sim Lusitana", "Trofeo di Primavera"
    word_first = rf"(?P<word>(?<![\w-])(?:{before})(?:\s+(?:{connectors}))?(?:\s+{word}){{1,4}})"
    return re.compile(f"{named_first}|{word_first}")


def find_series(texts: Iterable[str]) -> str | None:
    """The series the first of `texts` naming one names: a capitalised name ending in a series
    word ('Manufacturers Cup') or opening with one ('Copa Sim Ibérica')."""
    not_series = set(_vocabulary()["not_series_words"])
    for text in texts:
        for found in _series_re().finditer(text):
            words = (found["first"] or found["word"]).split()
            while len(words) > 2 and words[0] in not_series:  # "The Nations Cup" -> "Nations Cup"
                words.pop(0)
            if found["first"] and words[0] in not_series:
                continue  # "This Cup", "Our League": no name
            return " ".join(words)
    return None


def season_of(stated: int | None, published: date | None, texts: Sequence[str] = ()) -> int | None:
    """The season: as the article states it with its series ('World Sim Series 2025'), else the
    publication year, else the first year written in the text."""
    if stated is not None:
        return stated
    if published is not None:
        return published.year
    return year_in(texts)


def race_date(
    texts: Iterable[str], published: date | None
) -> tuple[date | None, DateSource | None]:
    """The race date and where it comes from: a date the text states, else the publication date."""
    stated = stated_date(texts, published)
    if stated is not None and stated != published:  # a byline repeating the publication date
        return stated, "text"
    return (published, "published") if published is not None else (None, None)


def is_generic_race_name(name: str) -> bool:
    """True for a heading that names no race: 'RACE RESULTS' ('RACE'), 'Results', 'Top 5'."""
    words = " ".join(name.casefold().split()).strip(" :.-–—!")
    return words in _vocabulary()["generic_race_words"] or bool(TOP_N_RE.match(words))


def race_name(printed: str) -> str:
    """A race's name from its heading: 'Race' for a heading that names no race ('RACE RESULTS',
    'Top 5'), an all-capital one in title case ('SEMI-FINAL B' -> 'Semi-Final B'; 'GT3' stays)."""
    if is_generic_race_name(printed):
        return GENERIC_RACE_NAME
    if printed.isupper():
        return SHOUTED_WORD_RE.sub(lambda m: m[0].capitalize(), printed)
    return printed


def parse_published(text: str | None) -> date | None:
    """The publication date of ArticleMeta ('2025-05-18' or a full ISO timestamp)."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
