"""How curated rows are laid out: each in its season's partition, each table in key order (so the
same rows always give the same file)."""

from __future__ import annotations

from schemas.rows import Row
from schemas.tables import UNKNOWN_SEASON


def partition(season: int | None) -> int:
    """The season partition a row is written to (UNKNOWN_SEASON when it has no season)."""
    return UNKNOWN_SEASON if season is None else season


def sorted_rows(rows: list[Row], keys: tuple[str, ...]) -> list[Row]:
    """Rows in key order, nulls last: written sorted, the same rows give the same file."""
    return sorted(rows, key=lambda row: tuple((row[k] is None, row[k]) for k in keys))
