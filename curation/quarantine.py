"""Decide, from the validation failures, which rows are published and which are held back in
quarantine, so that a race (or a standings list) is published whole or not at all.

- An article whose own row fails holds back everything it reports (scope `article`).
- A race whose result rows fail in a share above the threshold, or whose race row fails, is held
  back whole with its penalties, margins and conflicts (scope `race`); so is a standings list
  (`standings`).
- Other failing rows are held back alone (scope `row`); the rest of their race is published.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from curation.tabulation import sorted_rows
from schemas.rows import Row, Rows
from schemas.tables import QUARANTINE

Failures = dict[str, dict[int, tuple[str, ...]]]
"""table -> index of a failing row in that table's rows -> failed expectation names."""

RACE_TABLES = ("races", "results", "penalties", "intervals", "conflicts")
"""Tables whose rows belong to a race (by race_ref) and are held back with it."""


@dataclass(frozen=True)
class Held:
    """A row held back from publishing, with the expectations that sent it to quarantine."""

    table: str
    row_no: int
    row: Row
    scope: str
    group_ref: str | None
    expectations: tuple[str, ...]


def _row_numbers(rows: list[Row]) -> list[int]:
    """Each row's rank among its article's rows of the same table."""
    seen: Counter[str] = Counter()
    numbers = []
    for row in rows:
        numbers.append(seen[row["article_key"]])
        seen[row["article_key"]] += 1
    return numbers


def _held_groups(
    rows: list[Row], failures: dict[int, tuple[str, ...]], key: str, threshold: float
) -> dict[tuple[str, str], set[str]]:
    """Groups (article, key) whose failing rows are more than `threshold` of their rows."""
    sizes: Counter[tuple[str, str]] = Counter((r["article_key"], r[key]) for r in rows)
    failing: dict[tuple[str, str], set[str]] = defaultdict(set)
    counts: Counter[tuple[str, str]] = Counter()
    for index, names in failures.items():
        group = (rows[index]["article_key"], rows[index][key])
        failing[group].update(names)
        counts[group] += 1
    return {g: names for g, names in failing.items() if counts[g] / sizes[g] > threshold}


def split(rows: Rows, failures: Failures, threshold: float) -> tuple[Rows, list[Held]]:
    """Rows to publish, and rows held back (in table order, then row order)."""
    no_failures: dict[int, tuple[str, ...]] = {}
    articles: dict[str, set[str]] = {
        rows["articles"][i]["article_key"]: set(names)
        for i, names in failures.get("articles", no_failures).items()
    }
    races = _held_groups(
        rows["results"], failures.get("results", no_failures), "race_ref", threshold
    )
    for index, names in failures.get("races", no_failures).items():
        race = rows["races"][index]
        races.setdefault((race["article_key"], race["race_ref"]), set()).update(names)
    standings = _held_groups(
        rows["standings"], failures.get("standings", no_failures), "standings_ref", threshold
    )

    def verdict(
        table: str, row: Row, own: tuple[str, ...]
    ) -> tuple[str, str | None, set[str]] | None:
        article = row["article_key"]
        if article in articles:
            return "article", article, articles[article] | set(own)
        race = (article, row.get("race_ref"))
        if table in RACE_TABLES and race in races:
            return "race", race[1], races[race] | set(own)
        group = (article, row.get("standings_ref"))
        if table == "standings" and group in standings:
            return "standings", group[1], standings[group] | set(own)
        return ("row", None, set(own)) if own else None

    published: Rows = {}
    held: list[Held] = []
    for table, table_rows in rows.items():
        published[table] = []
        table_failures = failures.get(table, no_failures)
        for index, (row, number) in enumerate(
            zip(table_rows, _row_numbers(table_rows), strict=True)
        ):
            outcome = verdict(table, row, table_failures.get(index, ()))
            if outcome is None:
                published[table].append(row)
            else:
                scope, group_ref, names = outcome
                held.append(Held(table, number, row, scope, group_ref, tuple(sorted(names))))
    return published, held


def quarantine_record(entry: Held, **context: Any) -> Row:
    """The quarantine table's row for a held-back row (`context`: run_id, page_hash, ...)."""
    return {
        "article_key": entry.row["article_key"],
        "table_name": entry.table,
        "row_no": entry.row_no,
        "season": entry.row.get("season"),
        "scope": entry.scope,
        "group_ref": entry.group_ref,
        "expectations": list(entry.expectations),
        "evidence_text": entry.row.get("evidence_text"),
        "record": json.dumps(entry.row, sort_keys=True, default=str, ensure_ascii=False),
        "extractor_version": entry.row["extractor_version"],
        **context,
    }


def quarantine_rows(
    before: list[Row], held: list[Held], page_hashes: dict[str, str], run_id: str
) -> list[Row]:
    """The quarantine table after this run: the entries of the articles published now
    (`page_hashes`: article key -> its page) swapped for the new ones; an entry identical to an
    earlier one keeps the earlier run id."""
    earlier = {
        (q["article_key"], q["table_name"], q["row_no"]): q
        for q in before
        if q["article_key"] in page_hashes
    }
    rows = [q for q in before if q["article_key"] not in page_hashes]
    for entry in held:
        page_hash = page_hashes[entry.row["article_key"]]
        row = quarantine_record(entry, run_id=run_id, page_hash=page_hash)
        previous = earlier.get((row["article_key"], row["table_name"], row["row_no"]))
        if previous is not None and {**previous, "run_id": run_id} == row:
            row["run_id"] = previous["run_id"]
        rows.append(row)
    return sorted_rows(rows, QUARANTINE.sort_keys)
