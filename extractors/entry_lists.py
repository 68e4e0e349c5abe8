"""Entry lists and rosters: drivers printed with their nation and no place, 'L. Berg (Berg_77 /
SWEDEN); P. Novak (PN_cz / CZE)'. They give driver–nation pairs, never result rows."""

from __future__ import annotations

import re

from extractors.document import Block
from extractors.names import clean_name, looks_like_name
from extractors.nations import nation_code
from extractors.records import DriverNation, Evidence

# "L. Berg (Berg_77 / SWEDEN)", "Ana Leal (POR, ana_l)": a name, then its nation and online ID
ENTRY_RE = re.compile(r"(?P<name>[^\W\d_][^;:()\d]*?)\s*\((?P<inner>[^()]*[/,][^()]*)\)")
# the parts inside the brackets: "Berg_77 / SWEDEN"
INNER_SPLIT_RE = re.compile(r"\s*[/,]\s*")
MIN_ENTRIES = 2


def entry_nations(block: Block) -> list[DriverNation]:
    """The driver–nation pairs of an entry list printed in one block (two entries or more)."""
    pairs = []
    for found in ENTRY_RE.finditer(block.text):
        name = clean_name(found["name"].strip(" ,;:-–"))
        parts = INNER_SPLIT_RE.split(found["inner"].strip())
        nations = [code for part in parts if (code := nation_code(part))]
        if len(nations) != 1 or not looks_like_name(name):
            continue
        start = block.start + found.start("name") + found["name"].index(name[0])
        end = block.start + found.end()
        text = block.text[start - block.start : end - block.start]
        pairs.append(
            DriverNation(
                driver=name, nation=nations[0], evidence=Evidence(text=text, start=start, end=end)
            )
        )
    return pairs if len(pairs) >= MIN_ENTRIES else []
