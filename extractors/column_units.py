"""Units printed on a list's first row only: '1. (9) Ann Lee, Kite, 100 laps, 58 points.', then
'2. (28) Bo Kim, Kite, 100, 0.': the rows below print the same comma-separated columns as bare
numbers, their units said once above. Pure text functions; the list reader re-reads a row with
the units written in."""

from __future__ import annotations

import re

# ", ": the separator of a row's columns (a comma then a space: '1:23,456' is one time)
COLUMN_SEPARATOR_RE = re.compile(r"(,\s+)")
# "100 laps", "58 points.": a number and one word, the unit of its column
UNIT_FIELD_RE = re.compile(r"\s*\d{1,4}(?:[.,]\d{1,3})?\s+(?P<unit>[^\W\d_]{2,12})\.?\s*")
# "100", "0.": a bare number where a unit field stood on the row above
BARE_FIELD_RE = re.compile(r"\s*(?P<number>\d{1,4}(?:[.,]\d{1,3})?)(?P<tail>\.?\s*)")
# A row with fewer columns than this (counting the place and name) states no column of units.
MIN_UNIT_COLUMNS = 3


def unit_columns(text: str) -> dict[int, str]:
    """The units of `text`'s number columns, by column counted from the row's end (1: the last);
    {} when the row is not comma-separated into enough columns. The first column (the place and
    the name) is never one."""
    fields = COLUMN_SEPARATOR_RE.split(text)[::2]
    if len(fields) < MIN_UNIT_COLUMNS:
        return {}
    units: dict[int, str] = {}
    for back in range(1, len(fields)):
        found = UNIT_FIELD_RE.fullmatch(fields[-back])
        if found:
            units[back] = found["unit"]
    return units


def with_units(text: str, units: dict[int, str]) -> str | None:
    """`text` with `units` written after the bare numbers of the same columns (counted from the
    end), or None when no column of it took a unit."""
    parts = COLUMN_SEPARATOR_RE.split(text)
    fields = len(parts[::2])
    changed = False
    for back, unit in units.items():
        if back >= fields:  # the first column holds the place and the name
            continue
        at = 2 * (fields - back)
        bare = BARE_FIELD_RE.fullmatch(parts[at])
        if bare:
            parts[at] = f"{bare['number']} {unit}{bare['tail']}"
            changed = True
    return "".join(parts) if changed else None
