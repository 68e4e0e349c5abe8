"""What the quarantine holds back, in words: its entries grouped by race (or standings list, or
article, or row), each failed expectation said as a person would ("two drivers in P3: Okafor and
Zielinska"), for the run summary, `raceresults status` and `raceresults review`."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from flows.stages.validate import SUITES_DIR, expectation_parameters, load_suite
from flows.stores.curated_store import committed_tables, rows_of
from schemas.rows import Row
from schemas.tables import QUARANTINE

REVIEW_HINT = "see `raceresults review` for the marked text"
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


@dataclass
class HeldGroup:
    """Rows held back together: a race, a standings list, an article, or one row on its own."""

    article_key: str
    scope: str
    ref: str | None
    run_ids: set[str] = field(default_factory=set)
    page_hash: str | None = None
    entries: list[Row] = field(default_factory=list)
    """Quarantine rows, each with its decoded `record` (the row as it would have been published)."""

    @property
    def label(self) -> str:
        """What was held back, in a few words: 'race nations_cup-2025-final'."""
        if self.scope == "article":
            return f"article {self.article_key}"
        if self.scope == "row":
            return f"{self.entries[0]['table_name']} row of article {self.article_key}"
        return f"{self.scope} {self.ref}"

    def expectations(self) -> list[str]:
        """The failed expectations' names, in order of first appearance."""
        names = [n for e in self.entries for n in e["expectations"]]
        return list(dict.fromkeys(names))

    def records(self, table: str) -> list[Row]:
        return [e["record"] for e in self.entries if e["table_name"] == table]

    def reasons(self) -> list[str]:
        """Each failed expectation in words (a generic sentence where the rows do not say)."""
        reasons = []
        for name in self.expectations():
            said = [
                sentence
                for table in dict.fromkeys(e["table_name"] for e in self.entries)
                if name in suite_expectations(table)
                for sentence in explain(name, table, self.records(table))
            ]
            reasons += said or [f"failed {name.replace('_', ' ')}"]
        return list(dict.fromkeys(reasons))

    def line(self) -> str:
        """One line: what was held back and why."""
        rows = Counter(e["table_name"] for e in self.entries)
        counted = ", ".join(f"{t} {n}" for t, n in sorted(rows.items()))
        return f"{self.label} (rows held: {counted}): {'; '.join(self.reasons())}"


@cache
def suite_expectations(table: str) -> dict[str, dict[str, Any]]:
    """A table's expectations by name (`meta.name`): type and kwargs."""
    if not (SUITES_DIR / f"{table}.json").exists():
        return {}
    return {e["meta"]["name"]: e for e in load_suite(table)["expectations"]}


def row_label(row: Row) -> str:
    """A row as a person names it: 'P3 Okafor' for a result, a driver, else its evidence."""
    name = row.get("driver_name") or row.get("race_name") or row.get("evidence_text") or "a row"
    if row.get("position") is not None:
        return f"P{row['position']} {name}"
    return str(name)


def _names(rows: Sequence[Row]) -> str:
    names = [str(r.get("driver_name") or r.get("evidence_text") or "?") for r in rows]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _count(n: int, noun: str) -> str:
    return f"{NUMBER_WORDS.get(n, str(n))} {noun}{'s' if n != 1 else ''}"


def _parameter(value: Any) -> Any:
    if isinstance(value, dict) and "$PARAMETER" in value:
        return expectation_parameters()[value["$PARAMETER"]]
    return value


def _duplicates(rows: Sequence[Row], columns: Sequence[str]) -> dict[tuple, list[Row]]:
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for row in rows:
        key = tuple(row.get(c) for c in columns)
        if all(v is not None for v in key):
            groups[key].append(row)
    return {k: v for k, v in groups.items() if len(v) > 1}


def _positions_unique(rows: Sequence[Row]) -> list[str]:
    by_race = _duplicates(rows, ["race_ref", "position"])
    return [
        f"{_count(len(same), 'driver')} in P{key[1]}: {_names(same)}"
        for key, same in sorted(by_race.items(), key=lambda item: item[0][1])
    ]


def _positions_contiguous(rows: Sequence[Row]) -> list[str]:
    positions = [r["position"] for r in rows if r.get("position") is not None]
    expected = range(1, len(positions) + 1)
    if sorted(positions) == list(expected):
        return []
    missing = [f"P{p} missing" for p in expected if p not in positions]
    counts = Counter(positions)
    repeated = [f"P{p} {'twice' if n == 2 else f'{n} times'}" for p, n in counts.items() if n > 1]
    extra = [
        f"P{p} beyond the {len(positions)} listed" for p in sorted(counts) if p > len(positions)
    ]
    return [
        f"the classification does not run P1 to P{len(positions)}: "
        + ", ".join(missing + repeated + extra)
    ]


def _gaps_non_decreasing(rows: Sequence[Row]) -> list[str]:
    ordered = sorted(
        (r for r in rows if r.get("position") is not None and r.get("gap_s") is not None),
        key=lambda r: r.get("position_order") or 0,
    )
    return [
        f"{row_label(b)} is {b['gap_s']:g} s behind the winner, less than "
        f"{row_label(a)} ahead of them ({a['gap_s']:g} s)"
        for a, b in zip(ordered, ordered[1:], strict=False)
        if b["gap_s"] < a["gap_s"]
    ]


def _not_a_nation(rows: Sequence[Row]) -> list[str]:
    from extractors.nations import nation_code

    nations = [r for r in rows if nation_code(r.get("driver_name") or "")]
    if not nations:
        return []
    return [f"{_names(nations)}: a nation, not a driver (a table of nations is not standings)"]


SPECIFIC = {
    "positions_unique_in_race": _positions_unique,
    "positions_contiguous_from_1": _positions_contiguous,
    "gaps_non_decreasing": _gaps_non_decreasing,
    "driver_not_a_nation": _not_a_nation,
}
"""Expectations over a whole race or list, said from its rows."""


def explain(name: str, table: str, rows: Sequence[Row]) -> list[str]:
    """The rows' failures of one expectation of `table`'s suite, in words (none found: [])."""
    if name in SPECIFIC:
        return SPECIFIC[name](rows)
    expectation = suite_expectations(table).get(name)
    if expectation is None:
        return []
    kind, kwargs = expectation["type"], expectation["kwargs"]
    column = kwargs.get("column")
    said = []
    if kind == "expect_column_values_to_not_be_null":
        said = [f"{row_label(r)} has no {column}" for r in rows if r.get(column) is None]
    elif kind == "expect_column_values_to_be_between":
        low, high = _parameter(kwargs.get("min_value")), _parameter(kwargs.get("max_value"))
        bounds = f"at least {low}" if high is None else f"within {low}..{high}"
        if low is None:
            bounds = f"at most {high}"
        said = [
            f"{row_label(r)}: {column} {r[column]!r} is not {bounds}"
            for r in rows
            if r.get(column) is not None
            and ((low is not None and r[column] < low) or (high is not None and r[column] > high))
        ]
    elif kind == "expect_column_values_to_be_in_set":
        allowed = _parameter(kwargs.get("value_set"))
        said = [
            f"{row_label(r)}: {column} {r[column]!r} is not one of the allowed values"
            + (" (ISO 3166-1 alpha-3)" if column == "nation" else "")
            for r in rows
            if r.get(column) is not None and r[column] not in allowed
        ]
    elif kind == "expect_column_values_to_match_regex":
        said = [
            f"{row_label(r)}: {column} {r[column]!r} is not of the form {kwargs['regex']}"
            for r in rows
            if r.get(column) is not None and not re.search(kwargs["regex"], str(r[column]))
        ]
    elif kind == "expect_column_value_lengths_to_be_between":
        said = [f"{row_label(r)}: empty {column}" for r in rows if r.get(column) == ""]
    elif kind in ("expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"):
        columns = kwargs.get("column_list") or [column]
        said = [
            f"{_count(len(same), 'row')} share {', '.join(columns)}: {_names(same)}"
            for same in _duplicates(rows, columns).values()
        ]
    elif kind == "expect_column_pair_values_a_to_be_greater_than_b":
        a, b = kwargs["column_A"], kwargs["column_B"]
        said = [
            f"{row_label(r)}: {a} {r[a]} is before {b} {r[b]}"
            for r in rows
            if r.get(a) is not None and r.get(b) is not None and r[a] < r[b]
        ]
    return said


def held_groups(data_dir: str) -> list[HeldGroup]:
    """The quarantine of a data dir, grouped: a race (or list, or article) held back whole is one
    group; a row held back alone is one group with the other rows of its race."""
    store = committed_tables(data_dir)
    groups: dict[tuple, HeldGroup] = {}
    for entry in rows_of(store.read(QUARANTINE)):
        record = json.loads(entry["record"])
        scope, ref = entry["scope"], entry["group_ref"]
        if scope == "row" and record.get("race_ref"):
            scope, ref = "race", record["race_ref"]
        key = (entry["article_key"], scope, ref if scope != "row" else entry["row_no"])
        group = groups.setdefault(key, HeldGroup(entry["article_key"], scope, ref))
        group.run_ids.add(entry["run_id"])
        group.page_hash = entry["page_hash"]
        group.entries.append({**entry, "record": record})
    return sorted(groups.values(), key=lambda g: (g.article_key, g.scope, str(g.ref)))


def format_held(groups: Sequence[HeldGroup], run_id: str | None = None) -> str:
    """One line per group held back (of one run, when `run_id` is given), and where to look."""
    if run_id is not None:
        groups = [g for g in groups if run_id in g.run_ids]
    if not groups:
        return "nothing held back"
    return "\n".join([*(f"  {g.line()}" for g in groups), f"  ({REVIEW_HINT})"])
