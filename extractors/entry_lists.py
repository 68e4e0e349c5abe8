"""Entry lists and rosters: drivers printed with their nation and no place, 'L. Berg (Berg_77 /
SWEDEN); P. Novak (PN_cz / CZE)'. They give driver–nation pairs, never result rows."""

from __future__ import annotations

import re

from extractors.document import Block
from extractors.names import clean_name, looks_like_name
from extractors.nations import nation_code
from extractors.records import DriverNation, Evidence

# "(Berg_77 / SWEDEN)", "(POR, ana_l)": the brackets after an entry's name, nation and online ID
ENTRY_BRACKETS_RE = re.compile(r"\((?P<inner>[^()]*[/,][^()]*)\)")
# "; ", ": ", ") ": where the name before an entry's brackets starts
NAME_START_RE = re.compile(r"[;:()\d]")
# the parts inside the brackets: "Berg_77 / SWEDEN"
INNER_SPLIT_RE = re.compile(r"\s*[/,]\s*")
MIN_ENTRIES = 2


def entry_nations(block: Block) -> list[DriverNation]:
    """The driver–nation pairs of an entry list printed in one block (two entries or more)."""
    pairs = []
    previous_end = 0
    for found in ENTRY_BRACKETS_RE.finditer(block.text):
        before = block.text[previous_end : found.start()]
        previous_end = found.end()
        cut = max((m.end() for m in NAME_START_RE.finditer(before)), default=0)
        raw = before[cut:]
        name = clean_name(raw.strip(" ,;:-–"))
        parts = INNER_SPLIT_RE.split(found["inner"].strip())
        nations = [code for part in parts if (code := nation_code(part))]
        if not name or len(nations) != 1 or not looks_like_name(name):
            continue
        start = block.start + found.start() - len(raw) + raw.index(name[0])
        end = block.start + found.end()
        text = block.text[start - block.start : end - block.start]
        pairs.append(
            DriverNation(
                driver=name, nation=nations[0], evidence=Evidence(text=text, start=start, end=end)
            )
        )
    return pairs if len(pairs) >= MIN_ENTRIES else []
