"""Checks over groups of rows that one row cannot state, added to each row as boolean columns
before validation (the expectation suites test them): a race's classification is whole and in
order, a standings entrant is a driver."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from extractors.nations import nation_code


def race_checks(rows: Sequence[dict[str, Any]]) -> list[dict[str, bool]]:
    """Per-race checks of result rows, the same on every row of a race: the classified positions
    of a printed classification (a list or table) are exactly 1..n, and gaps of classified rows
    never shrink down the order. Prose states placings piecemeal ('won', 'crossed the line
    fourth'), so a race told only in prose may skip positions; their uniqueness is checked apart."""
    races: dict[tuple[Any, Any], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        races[row.get("article_key"), row.get("race_ref")].append(row)
    verdicts: dict[tuple[Any, Any], dict[str, bool]] = {}
    for key, race in races.items():
        positions = sorted(r["position"] for r in race if r.get("position") is not None)
        ordered = sorted(race, key=lambda r: r.get("position_order") or 0)
        gaps = [
            r["gap_s"]
            for r in ordered
            if r.get("position") is not None and r.get("gap_s") is not None
        ]
        verdicts[key] = {
            "race_positions_contiguous": positions == list(range(1, len(positions) + 1))
            or all(r.get("method") == "narrative" for r in race),
            "race_gaps_non_decreasing": all(a <= b for a, b in zip(gaps, gaps[1:], strict=False)),
        }
    return [verdicts[row.get("article_key"), row.get("race_ref")] for row in rows]


def standings_checks(rows: Sequence[dict[str, Any]]) -> list[dict[str, bool]]:
    """Per standings line: the entrant is a driver, not a nation ('Japan – 64 points' of a
    Nations Cup table), so no nation is ever published as a driver."""
    return [
        {"entrant_is_a_driver": nation_code(row.get("driver_name") or "") is None} for row in rows
    ]


DERIVED_CHECKS = {"results": race_checks, "standings": standings_checks}
"""Tables whose rows get derived check columns before validation."""
