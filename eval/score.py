"""Precision, recall and F1 of the narrative extractor, per fact type, on the dev set and the seeds.

Three sets, each article with hand-written expectations (*.expected.json): the dev set
(eval/devset/, invented articles in the shapes of docs/formats.md §4 and the prose standings of §3,
tuned against), the held-out set (eval/heldout/, invented articles whose expectations were written
before the extractor ever ran on them: the honest estimate) and the seeds (expectations in
eval/seeds/, text read from ../shared/seeds/ at run time). The extractor never sees these
expectations.

    python -m eval.score [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from extractors.article import document_for
from extractors.document import Document
from extractors.names import fold_name
from extractors.narrative import NarrativeFacts, extract_narratives

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT.parent / "shared" / "seeds"
# split name -> (folder of expectations, folder of article texts)
SPLITS = {
    "dev": (ROOT / "eval" / "devset", ROOT / "eval" / "devset"),
    "held-out": (ROOT / "eval" / "heldout", ROOT / "eval" / "heldout"),
    "seeds": (ROOT / "eval" / "seeds", SEEDS_DIR),
}
FACT_TYPES = ("placings", "nations", "intervals", "penalties", "standings")
QUALIFYING = " qualifying"
# Two driver names this similar in one article's output are one driver under two spellings.
SAME_DRIVER_SIMILARITY = 85

Fact = tuple


@dataclass
class Case:
    """One article and what a careful reader extracts from it."""

    split: str
    name: str
    doc: Document
    expected: dict


def load_cases() -> list[Case]:
    """Every split's articles (the seeds skipped when ../shared/seeds is absent)."""
    cases = []
    for split, (expectations, texts) in SPLITS.items():
        for path in sorted(expectations.glob("*.expected.json")):
            expected = json.loads(path.read_text(encoding="utf-8"))
            source = texts / expected["source"]
            if not source.exists():
                print(f"skipped {expected['source']}: not found", file=sys.stderr)
                continue
            doc = document_for(source.read_text(encoding="utf-8"))
            cases.append(Case(split, expected["source"], doc, expected))
    return cases


class RaceNames:
    """Maps a race name (predicted or expected) to the expectation's canonical name."""

    def __init__(self, aliases: dict[str, list[str | None]]) -> None:
        self.canonical: dict[str | None, str] = {}
        for name, names in aliases.items():
            for alias in [name, *names]:
                self.canonical[alias.casefold() if alias else None] = name

    def __call__(self, race: str | None) -> str | None:
        if race and race.endswith(QUALIFYING):
            base = self(race[: -len(QUALIFYING)])
            return f"{base}{QUALIFYING}"
        key = race.casefold() if race else None
        return self.canonical.get(key, race)


def _driver(name: str | None) -> str | None:
    return fold_name(name) if name else None


def expected_facts(case: Case) -> dict[str, set[Fact]]:
    race = RaceNames(case.expected.get("races", {}))
    e = case.expected
    return {
        "placings": {
            (race(p["race"]), _driver(p["driver"]), p.get("position") or "Q") for p in e["placings"]
        },
        "nations": {(_driver(n["driver"]), n["nation"]) for n in e["nations"]},
        "intervals": {
            (race(i["race"]), _driver(i["ahead"]), _driver(i["behind"]), round(i["seconds"], 3))
            for i in e["intervals"]
        },
        "penalties": {
            (race(p["race"]), _driver(p["driver"]), p["seconds"], p["kind"], p["reason"])
            for p in e["penalties"]
        },
        # expectations written before standings were scored state none: their articles tell none
        "standings": {
            (_driver(s["driver"]), float(s["points"]), s["position"])
            for s in e.get("standings", [])
        },
    }


def predicted_facts(case: Case, facts: NarrativeFacts) -> dict[str, set[Fact]]:
    race = RaceNames(case.expected.get("races", {}))
    return {
        "placings": {
            (race(r.name), _driver(row.driver), row.position or "Q")
            for r in facts.races
            for row in r.results
            if row.position is not None or row.qualified
        },  # fmt: skip
        "nations": {(_driver(n.driver), n.nation) for n in facts.driver_nations},
        "intervals": {
            (race(i.race), _driver(i.ahead), _driver(i.behind), round(i.seconds, 3))
            for i in facts.intervals
        },
        "penalties": {
            (race(p.race), _driver(p.driver), p.seconds, p.kind, p.reason) for p in facts.penalties
        },
        "standings": {(_driver(s.driver), s.points, s.position) for s in facts.standings},
    }


def evidence_problems(case: Case, facts: NarrativeFacts) -> list[str]:
    """Evidence whose offsets do not point at its text, and nations whose evidence misses the
    phrase the expectation names."""
    problems = []
    text = case.doc.text
    evidences = [row.evidence for r in facts.races for row in r.results]
    evidences += [
        f.evidence
        for f in (*facts.standings, *facts.penalties, *facts.intervals, *facts.driver_nations)
    ]
    for ev in evidences:
        if text[ev.start : ev.end] != ev.text:
            problems.append(f"offsets {ev.start}-{ev.end} do not hold {ev.text!r}")
    wanted = {
        (_driver(n["driver"]), n["nation"]): n.get("evidence") for n in case.expected["nations"]
    }
    for fact in facts.driver_nations:
        snippet = wanted.get((_driver(fact.driver), fact.nation))
        if snippet and not _overlaps(text, snippet, fact.evidence.start, fact.evidence.end):
            problems.append(
                f"{fact.driver} {fact.nation}: evidence {fact.evidence.text!r} misses {snippet!r}"
            )
    return problems


def _overlaps(text: str, snippet: str, start: int, end: int) -> bool:
    at = text.find(snippet)
    while at != -1:
        if at < end and start < at + len(snippet):
            return True
        at = text.find(snippet, at + 1)
    return False


def duplicate_spellings(facts: NarrativeFacts) -> list[tuple[str, str]]:
    """Pairs of output driver names that look like one driver spelled two ways."""
    names = sorted(
        {row.driver for r in facts.races for row in r.results}
        | {n.driver for n in facts.driver_nations}
        | {s.driver for s in facts.standings}
        | {p.driver for p in facts.penalties if p.driver}
        | {d for i in facts.intervals for d in (i.ahead, i.behind) if d}
    )
    pairs = []
    for k, a in enumerate(names):
        for b in names[k + 1 :]:
            sa, sb = fold_name(a).split()[-1], fold_name(b).split()[-1]
            if (
                fold_name(a) == fold_name(b)
                or (sa == sb or fuzz.ratio(sa, sb) >= SAME_DRIVER_SIMILARITY)
                and (
                    len(a.split()) == 1
                    or len(b.split()) == 1
                    or fold_name(a).split()[0] == fold_name(b).split()[0]
                )
            ):
                pairs.append((a, b))
    return pairs


def _table(title: str, counts: dict[str, Counter]) -> None:
    print(f"\n{title}")
    print(f"{'fact type':<12}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}{'F1':>7}")
    for fact_type in FACT_TYPES:
        c = counts[fact_type]
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        row = f"{c['tp']:>5}{c['fp']:>5}{c['fn']:>5}{precision:>11.2f}{recall:>8.2f}{f1:>7.2f}"
        print(f"{fact_type:<12}{row}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--verbose", "-v", action="store_true", help="list every missed and spurious fact"
    )
    args = parser.parse_args(argv)
    cases = load_cases()
    outputs = extract_narratives([case.doc for case in cases])
    totals: dict[str, dict[str, Counter]] = {}
    problems = duplicates = 0
    for case, facts in zip(cases, outputs, strict=True):
        counts = totals.setdefault(case.split, {t: Counter() for t in FACT_TYPES})
        want, got = expected_facts(case), predicted_facts(case, facts)
        for fact_type in FACT_TYPES:
            tp = want[fact_type] & got[fact_type]
            fp, fn = got[fact_type] - want[fact_type], want[fact_type] - got[fact_type]
            counts[fact_type].update(tp=len(tp), fp=len(fp), fn=len(fn))
            if args.verbose:
                for fact in sorted(fn, key=str):
                    print(f"{case.name}  missed    {fact_type}: {fact}")
                for fact in sorted(fp, key=str):
                    print(f"{case.name}  spurious  {fact_type}: {fact}")
        for problem in evidence_problems(case, facts):
            problems += 1
            print(f"{case.name}  evidence  {problem}")
        for a, b in duplicate_spellings(facts):
            duplicates += 1
            print(f"{case.name}  two spellings  {a!r} / {b!r}")
    for split, counts in totals.items():
        names = [c.name for c in cases if c.split == split]
        _table(f"{split}: {len(names)} articles", counts)
    print(f"\nevidence problems: {problems}   drivers under two spellings: {duplicates}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
