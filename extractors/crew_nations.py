"""Nations of rally, sidecar and nations' cup crews printed 'driver/co-driver, country': 'Ana
Lima/Rui Reis, Portugal (Apex GT)' and 'Ana Lima/Rui Reis – Portugal – Apex GT3' give both PRT;
'Tom Kay/Ian Roe, Ireland/Great Britain' one nation each."""

from __future__ import annotations

import re

from extractors.document import Block
from extractors.names import clean_name, looks_like_name
from extractors.nations import lookup
from extractors.records import DriverNation, Evidence

# "Ana Lima/Rui Reis, Portugal (", "Ana Lima/Rui Reis – Portugal – Apex": two names joined by a
# slash, then a comma or a spaced dash and the country's name (one, or one per crew member joined
# by a slash), ending the item
CREW_RE = re.compile(
    r"(?P<first>[^\W\d_][^,;:()/\d]*?)\s*/\s*(?P<second>[^\W\d_][^,;:()/\d]*?)(?:,|\s[–—-])\s*"
    r"(?P<nations>[^\W\d_][^,;:()/\d]*?(?:\s*/\s*[^\W\d_][^,;:()/\d]*?)?)\s*"
    r"(?=[(,;]|\s[–—-]\s|$)",
    re.MULTILINE,
)
NATION_SPLIT_RE = re.compile(r"\s*/\s*")
# A crew's row is a short line: longer blocks are prose, never searched (the lazy pattern would
# take quadratic time on a long paragraph with no comma)
MAX_ROW_CHARS = 400


def _country(text: str) -> str | None:
    """The nation a country's name states ('Portugal', 'Grã-Bretanha'); no demonym, no code."""
    found = lookup(text)
    return found[0] if found is not None and found[1] == "name" else None


def crew_nations(block: Block) -> list[DriverNation]:
    """The driver–nation pairs of the crews `block` prints as 'A/B, country' (both members of
    the one country's crew; with 'country/country', one each)."""
    pairs: list[DriverNation] = []
    if len(block.text) > MAX_ROW_CHARS or "/" not in block.text:
        return pairs  # no crew's slash: the pattern cannot match, and is not tried
    for found in CREW_RE.finditer(block.text):
        names = [clean_name(found[part].strip(" .–-")) for part in ("first", "second")]
        if not all(looks_like_name(name) for name in names):
            continue
        nations = [_country(part) for part in NATION_SPLIT_RE.split(found["nations"])]
        if None in nations:
            continue
        if len(nations) == 1:
            nations *= 2
        start = block.start + found.start("first") + found["first"].index(names[0][0])
        evidence = Evidence(
            text=block.text[start - block.start : found.end()],
            start=start,
            end=block.start + found.end(),
        )
        pairs += [
            DriverNation(driver=name, nation=nation, evidence=evidence)  # type: ignore[arg-type]
            for name, nation in zip(names, nations, strict=True)
        ]
    return pairs
