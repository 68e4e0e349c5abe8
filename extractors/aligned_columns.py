"""Rows printed in fixed-width columns ('2 Ann Lee    Vel Kite GT  1:36:00'): where a name fills
its column, one space parts it from the next ('2 Annabel de Lee Vel Kite GT'), and the fields run
together. The columns the other rows open after two spaces or more tell where each field begins;
a row opening a field there after one space gets a second, so its fields part as on the other
rows. Pure text functions."""

from __future__ import annotations

import re
from collections import Counter

# "   Kite": a field opening after two spaces or more inside a line
FIELD_GAP_RE = re.compile(r"(?<=\S)\s{2,}(?=\S)")
# The rows that must open a field at one column for it to be the table's.
MIN_COLUMN_ROWS = 2


def column_starts(lines: list[tuple[int, str]]) -> set[int]:
    """The columns (counted from each line's start; `lines` are (indent, text) pairs) where at
    least half of the lines, and two or more, open a field after two spaces or more."""
    counts: Counter[int] = Counter()
    for indent, text in lines:
        counts.update({indent + gap.end() for gap in FIELD_GAP_RE.finditer(text)})
    least = max(MIN_COLUMN_ROWS, (len(lines) + 1) // 2)
    return {column for column, n in counts.items() if n >= least}


def with_columns_parted(indent: int, text: str, starts: set[int]) -> str | None:
    """`text` with a second space before each field that opens at one of `starts` after a single
    space; None when it opens none so."""
    cuts = [
        at
        for column in starts
        if 1 < (at := column - indent) < len(text)
        and text[at - 1] == " "
        and text[at - 2] != " "
        and text[at] != " "
    ]
    if not cuts:
        return None
    for at in sorted(cuts, reverse=True):
        text = f"{text[:at]} {text[at:]}"
    return text
