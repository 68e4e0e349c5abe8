"""Compare an extraction with the truth the generator wrote: every disagreement, named."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from bench.articles import Article, TruthRace
from extractors.records import Extraction, Race
from extractors.text import strip_accents

# an initial and a surname, as name_key() leaves it: "a. ribeiro", "t. van der berg"
INITIAL_NAME_RE = re.compile(r"^(\w)\. (.+)$")


def name_key(name: str) -> str:
    """A driver name compared without accents, case or spacing: 'A.Ribeiro' == 'a. ribeiro'."""
    text = unicodedata.normalize("NFC", strip_accents(name)).casefold()
    return " ".join(text.replace(".", ". ").split())


def same_driver(printed: str, got: str) -> bool:
    """Whether an extracted name is the printed one or expands it ('A. Ribeiro', 'Ribeiro' ->
    'Ana Ribeiro')."""
    want, have = name_key(printed), name_key(got)
    if want == have:
        return True
    initial = INITIAL_NAME_RE.match(want)
    if initial:
        return have.startswith(initial[1]) and have.endswith(" " + initial[2])
    # a surname alone, resolved to the full name: "Berg" -> "Tomas Berg", "Li" -> "Li Wen"
    return have.endswith(" " + want) or have.startswith(want + " ")


def _same_drivers(truth: TruthRace, race: Race) -> bool:
    return len(truth.rows) == len(race.results) and all(
        same_driver(t.driver, r.driver) for t, r in zip(truth.rows, race.results, strict=True)
    )


def matching_race(truth: TruthRace, races: Sequence[Race]) -> Race | None:
    """The extracted race for `truth`: the one with its drivers in its order, else the one with
    its name, else the one whose drivers overlap most."""
    exact = [race for race in races if _same_drivers(truth, race)]
    named = [race for race in exact if name_key(truth.name) in name_key(race.name)]
    if named or exact:
        return (named or exact)[0]
    wanted = {name_key(row.driver) for row in truth.rows}
    best, best_overlap = None, 0
    for race in races:
        overlap = len(wanted & {name_key(r.driver) for r in race.results})
        if overlap > best_overlap:
            best, best_overlap = race, overlap
    return best


def race_mismatches(truth: TruthRace, races: Sequence[Race]) -> list[str]:
    """How the extracted race for `truth` (a list or table race) differs from it."""
    race = matching_race(truth, races)
    where = f"{truth.shape} {truth.name!r}"
    if race is None:
        return [f"{where}: race not found"]
    if not _same_drivers(truth, race):
        got_names = [r.driver for r in race.results]
        return [f"{where}: drivers {got_names} != {[t.driver for t in truth.rows]}"]
    out = []
    for want, row in zip(truth.rows, race.results, strict=True):
        at = f"{where} {want.driver}"
        position = None if want.status in ("dnf", "dsq") else want.position
        checks = [("status", row.status, want.status), ("position", row.position, position)]
        if want.gap_s is None:
            checks.append(("gap_s", row.gap_s, None))
        elif row.gap_s is None or abs(row.gap_s - want.gap_s) > 1e-6:
            checks.append(("gap_s", row.gap_s, want.gap_s))
        if want.laps is not None:
            checks.append(("laps", row.laps, want.laps))
        if want.nation_in_row or row.nation is not None:
            checks.append(("nation", row.nation, want.nation))
        out += [f"{at}: {field} {got!r} != {exp!r}" for field, got, exp in checks if got != exp]
    return out


def standings_mismatches(article: Article, extraction: Extraction) -> list[str]:
    """Stated standings lines the extraction misses, and standings taken for a race result."""
    out = [
        f"standings {s.driver} {s.points}: missing"
        for s in article.standings
        if not any(
            same_driver(s.driver, got.driver) and got.points == s.points
            for got in extraction.standings
        )
    ]
    lines = {s.line for s in article.standings if s.line}
    for race in extraction.races:
        if any(r.evidence.text.strip() in lines for r in race.results):
            out.append(f"standings taken for race {race.name!r}")
    return out


def mismatches(article: Article, extraction: Extraction) -> list[str]:
    """Every way the extraction disagrees with the article's lists, tables and standings."""
    out = []
    for truth in article.races:
        if truth.method != "narrative":
            out += race_mismatches(truth, extraction.races)
    return out + standings_mismatches(article, extraction)
