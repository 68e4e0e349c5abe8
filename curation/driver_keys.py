"""One key per driver across every season: a name printed short in one season ('M. Kurz') takes
the key of its full name in another, when the race lists and nations say it is the same driver."""

from __future__ import annotations

from collections import defaultdict

from schemas.driver_names import driver_names, resolve_driver_refs, with_driver_refs
from schemas.rows import Rows
from schemas.tables import CONFLICTS, DRIVER_NATIONS, INTERVALS, PENALTIES, RESULTS, STANDINGS

DRIVER_TABLES = (RESULTS, STANDINGS, PENALTIES, INTERVALS, DRIVER_NATIONS, CONFLICTS)
"""Curated tables whose rows name drivers by key (re-keyed when a short name finds its driver)."""


def driver_keyed(everything: dict[int, Rows]) -> dict[int, Rows]:
    """Every season's rows naming drivers, keyed by `resolve_driver_refs` over all seasons'
    names: a name printed short in one season takes the key of its full name in another."""
    all_rows: Rows = defaultdict(list)
    lists: dict[tuple[str, str], list[str]] = defaultdict(list)
    nations: dict[str, set[str]] = defaultdict(set)
    for rows in everything.values():
        for table in DRIVER_TABLES:
            all_rows[table.name] += rows[table.name]
        for row in rows["results"]:
            lists["race", row["race_ref"]].append(row["driver_name"])
        for row in rows["standings"]:
            lists["standings", row["standings_ref"]].append(row["driver_name"])
        for row in rows["results"] + rows["standings"] + rows["driver_nations"]:
            if row["nation"]:
                nations[row["driver_name"]].add(row["nation"])
    resolved = resolve_driver_refs(driver_names(all_rows), lists=lists.values(), nations=nations)
    return {
        season: {
            **rows,
            **{t.name: with_driver_refs(rows[t.name], t.name, resolved) for t in DRIVER_TABLES},
        }
        for season, rows in everything.items()
    }
