"""Score the extractor on the real-report corpus: precision, recall and F1 per fact type, per
language and per format, for one split (eval/real/README.md says what is gold).

    python -m eval.real.score [-v] [--split dev|holdout] [--batch g,h]

It scores `dev` unless `--split holdout` is asked for by name, which is for recording a holdout's
first run, not for tuning: a plain run never shows holdout numbers. `-v` lists every miss and wrong
fact of the split scored. `--batch` keeps the reports whose id starts with one of the given
prefixes: a holdout is scored once per batch, and the next batch can be labelled meanwhile.

Facts are matched within one article. A driver is the same when the prediction's name equals
(accent- and case-folded) the gold's `driver`, `full` or one of its aliases. Races are aligned by
their rows, not their names: each predicted race scores against the gold race it shares most rows
with. Optional gold facts are neither required nor wrong. Qualifying sessions (a stated pole, a
printed qualifying order) are not scored: the gold labels finishing results only (README: "Pole,
grid, qualifying times ... are not results"); their rows are counted and printed as unscored.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.real.gold import TEXTS_DIR, Gold, load_corpus, read_text
from extractors.names import fold_name
from extractors.records import Extraction

FACT_TYPES = ("results", "standings", "penalties", "nations", "margins")
# fields of a result row checked on the rows both sides agree on (gold name -> prediction name)
ROW_FIELDS = {
    "nation": "nation",
    "team": "team",
    "car_number": "car_number",
    "gap_s": "gap_s",
    "time_s": "time_s",
    "laps": "laps",
    "points": "points",
    "status": "status",
}
SECONDS_TOLERANCE = 0.0015  # printed to the thousandth; 0.001 apart is rounding
POINTS_TOLERANCE = 0.01


@dataclass(frozen=True)
class Fact:
    """One fact on either side: the names it is about, its key values, and its other fields."""

    names: frozenset[str]  # folded; a prediction has one, gold has every form
    key: tuple
    label: str  # for people: what -v prints
    optional: bool = False
    other_names: frozenset[str] | None = None  # a margin's driver behind
    fields: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass
class Tally:
    """Counts of one fact type (or one field) over some articles."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Tally) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    """What one article scored: a tally per fact type, field checks, and the lines -v prints."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {t: Tally() for t in FACT_TYPES})
    fields: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    lines: list[str] = field(default_factory=list)
    unscored_qualifying: int = 0  # rows of predicted qualifying sessions: gold never labels them


def _fold(name: str | None) -> str:
    return fold_name(name) if name else ""


def gold_names(gold: Gold, driver: str, full: str | None = None) -> frozenset[str]:
    """Every folded form a gold driver goes by in its article."""
    forms = {driver, *([full] if full else [])}
    for fact in _named_facts(gold):  # 'Pagenaud' of a margin is the row's 'Simon Pagenaud'
        if fact.full and forms & {fact.driver, fact.full}:
            forms.update((fact.driver, fact.full))
    for name in list(forms):
        forms.update(gold.aliases.get(name, ()))
    forms.update(crew_driver(f) for f in list(forms) if f)
    forms.update(given_first(f) for f in list(forms) if f)
    return frozenset(_fold(f) for f in forms if f)


def crew_driver(name: str) -> str:
    """A two-person crew printed as a pair ('Lee, A. / Kim, B.', 'Ann Lee/Bo Kim') goes by its
    driver alone too, the first named (README: the pair as printed or the driver alone, either
    reading matches); any other name as it is."""
    first, slash, second = name.partition("/")
    return first.strip() if slash and first.strip() and second.strip() else name


def given_first(name: str) -> str:
    """A name printed family name first ('LASSALLE Bertrand', 'SPATARO, EMILIANO') in the order
    the tables show it ('Bertrand Lassalle'); any other name as it is."""
    family, comma, given = name.partition(",")
    if comma and family.strip() and given.strip():
        return f"{given.strip()} {family.strip()}"
    words = name.split()
    caps = [w for w in words if w.isupper() and len(w) > 1]
    if 0 < len(caps) < len(words) and words[: len(caps)] == caps:
        return " ".join([*words[len(caps) :], *caps])
    return name


def _named_facts(gold: Gold) -> list:
    """Every gold fact that names a driver and may give their fuller form."""
    rows = [row for race in gold.races for row in race.results]
    return [*rows, *gold.standings, *gold.penalties]


def _same_seconds(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= SECONDS_TOLERANCE


def _matches(g: Fact, p: Fact) -> bool:
    if not p.names <= g.names or not p.names:
        return False
    if g.other_names and p.other_names and not p.other_names <= g.other_names:
        return False
    if len(g.key) != len(p.key):
        return False
    return all(
        _same_seconds(a, b) if isinstance(a, float) or isinstance(b, float) else a == b
        for a, b in zip(g.key, p.key, strict=True)
    )


def _match(gold: Sequence[Fact], pred: Sequence[Fact]) -> dict[int, int]:
    """A maximum one-to-one matching, gold index -> prediction index; required gold first."""
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(g: int, seen: set[int]) -> bool:
        for p, fact in enumerate(pred):
            if p in seen or not _matches(gold[g], fact):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    order = [i for i, g in enumerate(gold) if not g.optional]
    order += [i for i, g in enumerate(gold) if g.optional]
    for g in order:
        augment(g, set())
    return {g: p for p, g in owner.items()}


def score_facts(
    gold: Sequence[Fact], pred: Sequence[Fact], what: str, out: ArticleScore, *, repeats_ok=False
) -> dict[int, int]:
    """Tally one fact type of one article; returns the matching (gold index -> prediction)."""
    pairs = _match(gold, pred)
    tally = out.tallies[what]
    for g, fact in enumerate(gold):
        if g in pairs:
            tally.tp += not fact.optional
        elif not fact.optional:
            tally.fn += 1
            out.lines.append(f"missed    {what}: {fact.label}")
    matched = set(pairs.values())
    for p, fact in enumerate(pred):
        if p in matched:
            continue
        if repeats_ok and any(_matches(g, fact) for g in gold):
            continue  # the same pair stated again (a nation in prose and in the table)
        tally.fp += 1
        out.lines.append(f"wrong     {what}: {fact.label}")
    return pairs


# --- gold and predictions as facts ---------------------------------------------------------


def _position_key(position: int | None) -> tuple:
    return (position if position is not None else "unclassified",)


def _row_label(race: str, driver: str, position: int | None) -> str:
    return f"{race}: {'P' + str(position) if position is not None else 'unclassified'} {driver}"


def gold_races(gold: Gold) -> list[list[Fact]]:
    """Each gold race's rows as facts."""
    return [
        [
            Fact(
                gold_names(gold, r.driver, r.full),
                _position_key(r.position),
                _row_label(race.name, r.full or r.driver, r.position),
                r.optional,
                fields={k: getattr(r, k) for k in ROW_FIELDS},
            )
            for r in race.results
        ]
        for race in gold.races
    ]


def predicted_races(extraction: Extraction) -> list[list[Fact]]:
    """Each predicted race's rows as facts, qualifying sessions left out."""
    return [
        [
            Fact(
                frozenset({_fold(row.driver)}),
                _position_key(row.position),
                _row_label(race.name, row.driver, row.position),
                fields={k: getattr(row, v, None) for k, v in ROW_FIELDS.items()},
            )
            for row in race.results
        ]
        for race in extraction.races
        if race.session != "qualifying"
    ]


def gold_facts(gold: Gold) -> dict[str, list[Fact]]:
    """The gold's standings, penalties, nations and margins as facts."""
    nations: dict[tuple[frozenset[str], str], Fact] = {}
    stated = [(n.driver, n.full, n.nation, n.optional) for n in gold.driver_nations]
    stated += [
        (r.driver, r.full, r.nation, r.optional) for race in gold.races for r in race.results
    ]
    for driver, full, nation, optional in stated:  # one pair per driver and nation, all forms
        if nation:
            names = gold_names(gold, driver, full)
            key = next((k for k in nations if k[1] == nation and k[0] & names), (names, nation))
            was = nations.pop(key, None)
            names |= was.names if was else frozenset()
            optional = optional and (was.optional if was else True)
            nations[names, nation] = Fact(names, (nation,), f"{full or driver} {nation}", optional)
    return {
        "standings": [
            Fact(
                gold_names(gold, s.driver, s.full),
                (float(s.points),),
                f"{s.full or s.driver} {s.points:g} pts",
                s.optional,
            )
            for s in gold.standings
        ],
        "penalties": [
            Fact(
                gold_names(gold, p.driver, p.full),
                (p.seconds,),
                f"{p.full or p.driver} {p.seconds if p.seconds is not None else '?'}s {p.kind}",
                p.optional,
            )
            for p in gold.penalties
        ],
        "nations": list(nations.values()),
        "margins": [
            Fact(
                gold_names(gold, m.ahead),
                (m.seconds,),
                f"{m.ahead} ahead of {m.behind or '?'} by {m.seconds}s",
                m.optional,
                other_names=gold_names(gold, m.behind) if m.behind else None,
            )
            for m in gold.margins
        ],
    }


def predicted_facts(extraction: Extraction) -> dict[str, list[Fact]]:
    """An extraction's standings, penalties, nations and margins as facts; nations wherever the
    extraction states one (prose pairs, result rows, standings lines)."""
    pairs = {(n.driver, n.nation) for n in extraction.driver_nations}
    pairs |= {(row.driver, row.nation) for r in extraction.races for row in r.results if row.nation}
    pairs |= {(s.driver, s.nation) for s in extraction.standings if s.nation}
    return {
        "standings": [
            Fact(frozenset({_fold(s.driver)}), (float(s.points),), f"{s.driver} {s.points:g} pts")
            for s in extraction.standings
        ],
        "penalties": [
            Fact(
                frozenset({_fold(p.driver)}) if p.driver else frozenset(),
                (p.seconds,),
                f"{p.driver or '?'} {p.seconds if p.seconds is not None else '?'}s {p.kind}",
            )
            for p in extraction.penalties
        ],
        "nations": [
            Fact(frozenset({_fold(d)}), (n,), f"{d} {n}") for d, n in sorted(pairs, key=str)
        ],
        "margins": [
            Fact(
                frozenset({_fold(i.ahead)}) if i.ahead else frozenset(),
                (i.seconds,),
                f"{i.ahead or '?'} ahead of {i.behind or '?'} by {i.seconds}s",
                other_names=frozenset({_fold(i.behind)}) if i.behind else None,
            )
            for i in extraction.intervals
        ],
    }


# --- one article -----------------------------------------------------------------------------


def _align(gold: list[list[Fact]], pred: list[list[Fact]]) -> dict[int, list[int]]:
    """Gold race index -> the predicted races scored against it: races paired one to one by most
    rows in common (on a tie, the race at the same place in the article), then any predicted race
    left over joins the gold race it shares most rows with (a race split in two)."""
    overlap = {(g, p): len(_match(g_rows, p_rows)) for g, g_rows in enumerate(gold)
               for p, p_rows in enumerate(pred)}  # fmt: skip
    aligned: dict[int, list[int]] = defaultdict(list)
    paired_gold: set[int] = set()
    paired_pred: set[int] = set()
    for (g, p), n in sorted(overlap.items(), key=lambda kv: (-kv[1], abs(kv[0][0] - kv[0][1]))):
        if n and g not in paired_gold and p not in paired_pred:
            aligned[g].append(p)
            paired_gold.add(g)
            paired_pred.add(p)
    for p in range(len(pred)):
        best = max(range(len(gold)), key=lambda g: overlap[g, p], default=None)
        if p not in paired_pred and best is not None and overlap[best, p]:
            aligned[best].append(p)
    return aligned


def _same_field(name: str, want: Any, got: Any) -> bool:
    if name in ("gap_s", "time_s"):
        return _same_seconds(float(want), float(got))
    if name == "points":
        return abs(float(want) - float(got)) <= POINTS_TOLERANCE
    if name == "car_number":
        return str(want).lstrip("#") == str(got).lstrip("#")
    if name == "team":
        return _fold(want) == _fold(got)
    return want == got


def score_article(gold: Gold, extraction: Extraction) -> ArticleScore:
    """Compare one extraction with its gold."""
    out = ArticleScore()
    out.unscored_qualifying = sum(
        len(race.results) for race in extraction.races if race.session == "qualifying"
    )
    g_races, p_races = gold_races(gold), predicted_races(extraction)
    aligned = _align(g_races, p_races)
    used = {p for ps in aligned.values() for p in ps}
    for g, g_rows in enumerate(g_races):
        p_rows = [row for p in aligned.get(g, []) for row in p_races[p]]
        pairs = score_facts(g_rows, p_rows, "results", out)
        for gi, pi in pairs.items():
            _check_fields(g_rows[gi], p_rows[pi], out)
    for p, rows in enumerate(p_races):
        if p not in used:
            score_facts([], rows, "results", out)
    want, got = gold_facts(gold), predicted_facts(extraction)
    for what in ("standings", "penalties", "nations", "margins"):
        score_facts(want[what], got[what], what, out, repeats_ok=what == "nations")
    return out


def _check_fields(want: Fact, got: Fact, out: ArticleScore) -> None:
    for name in ROW_FIELDS:
        expected, found = want.fields.get(name), got.fields.get(name)
        if expected is None or want.optional:
            continue
        if name == "status" and expected == "finished":
            continue  # every row's default: counting it would reward rows for saying nothing
        counts = out.fields[name]
        counts["stated"] += 1
        if found is None:
            counts["missing"] += 1
        elif _same_field(name, expected, found):
            counts["right"] += 1
        else:
            counts["wrong"] += 1
            out.lines.append(f"wrong     {name} of {want.label}: {found!r} (gold {expected!r})")


# --- the corpus ------------------------------------------------------------------------------


def extract_texts(texts: Sequence[str]) -> list[Extraction]:
    """The product's extraction of plain texts, as `raceresults extract report.txt` does it."""
    from extractors.article import document_for, extract_documents
    from extractors.html import NoArticleError

    docs, empty = [], []
    for i, text in enumerate(texts):
        try:
            docs.append(document_for(text, media_type="text/plain"))
        except NoArticleError:
            empty.append(i)
    extractions = iter(extract_documents(docs))
    blank = Extraction.model_validate({"article": {}})
    return [blank if i in empty else next(extractions) for i in range(len(texts))]


def _table(title: str, rows: Iterable[tuple[str, dict[str, Tally], int]]) -> None:
    print(f"\n{title}")
    head = "".join(f"{t:>11}" for t in FACT_TYPES)
    print(f"{'':<12}{'reports':>8}{head}")
    for name, tallies, n in rows:
        cells = "".join(
            f"{tallies[t].f1:>11.2f}"
            if tallies[t].tp + tallies[t].fn + tallies[t].fp
            else f"{'-':>11}"
            for t in FACT_TYPES
        )
        print(f"{name:<12}{n:>8}{cells}")


def report(golds: Sequence[Gold], scores: Sequence[ArticleScore], split: str) -> None:
    """Print one split's tables: per fact type, per language, per format, and row fields."""
    total = {t: Tally() for t in FACT_TYPES}
    by: dict[str, dict[str, dict[str, Tally]]] = {"language": {}, "format": {}, "kind": {}}
    counts: dict[str, Counter] = {"language": Counter(), "format": Counter(), "kind": Counter()}
    fields: dict[str, Counter] = defaultdict(Counter)
    for gold, score in zip(golds, scores, strict=True):
        for facet in by:
            value = getattr(gold, facet)
            counts[facet][value] += 1
            group = by[facet].setdefault(value, {t: Tally() for t in FACT_TYPES})
            for t in FACT_TYPES:
                group[t].add(score.tallies[t])
        for t in FACT_TYPES:
            total[t].add(score.tallies[t])
        for name, c in score.fields.items():
            fields[name].update(c)
    print(f"\n{split}: {len(golds)} reports")
    print(f"{'fact type':<12}{'TP':>6}{'FP':>6}{'FN':>6}{'precision':>11}{'recall':>8}{'F1':>7}")
    for t in FACT_TYPES:
        c = total[t]
        print(f"{t:<12}{c.tp:>6}{c.fp:>6}{c.fn:>6}{c.precision:>11.2f}{c.recall:>8.2f}{c.f1:>7.2f}")
    for facet in ("language", "format", "kind"):
        rows = [(v, by[facet][v], counts[facet][v]) for v in sorted(by[facet])]
        _table(f"{split}, F1 by {facet}", rows)
    unscored = sum(score.unscored_qualifying for score in scores)
    print(f"(rows of qualifying sessions, not labelled in the gold, left unscored: {unscored})")
    print(f"\n{split}, fields of the result rows found (of those the gold states)")
    print(f"{'field':<12}{'stated':>8}{'right':>7}{'wrong':>7}{'missing':>9}{'accuracy':>10}")
    for name in ROW_FIELDS:
        c = fields.get(name, Counter())
        accuracy = f"{c['right'] / c['stated']:.2f}" if c["stated"] else "-"
        print(
            f"{name:<12}{c['stated']:>8}{c['right']:>7}{c['wrong']:>7}{c['missing']:>9}"
            f"{accuracy:>10}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every miss and wrong fact of the split scored",
    )
    parser.add_argument(
        "--split",
        choices=("dev", "holdout"),
        default="dev",
        help="the split to score (default dev; holdout only to record its first run)",
    )
    parser.add_argument(
        "--batch",
        type=lambda value: tuple(p.strip() for p in value.split(",") if p.strip()),
        default=(),
        help="score only reports whose id starts with one of these comma-separated prefixes",
    )
    parser.add_argument("--texts", type=Path, default=TEXTS_DIR, help="folder of the texts")
    args = parser.parse_args(argv)
    corpus = [
        g
        for g in load_corpus()
        if g.split == args.split and (not args.batch or g.id.startswith(args.batch))
    ]
    present = [(g, t) for g in corpus if (t := read_text(g, args.texts)) is not None]
    print(f"real corpus: {len(corpus)} reports, {len(present)} with their text")
    if len(present) < len(corpus):
        print(
            f"{len(corpus) - len(present)} texts are absent or differ from their hash in "
            f"{args.texts} (eval/real/README.md says how to obtain them): scoring the rest"
        )
    if not present:
        return 0
    extractions = extract_texts([t for _, t in present])
    scores = [score_article(g, e) for (g, _), e in zip(present, extractions, strict=True)]
    if args.verbose:
        for (gold, _), score in zip(present, scores, strict=True):
            for line in score.lines:
                print(f"{gold.id}  {line}")
    report([g for g, _ in present], scores, args.split)
    return 0


if __name__ == "__main__":
    sys.exit(main())
