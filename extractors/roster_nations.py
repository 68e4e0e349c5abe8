"""Nations of drivers listed one a line as 'name country': 'Ana Lima Portugal', 'Tom Kay
Grande-Bretagne' (finalists, entry lists). Only a run of such lines counts: one line alone may be
a heading or a sentence's fragment."""

from __future__ import annotations

from collections.abc import Sequence

from extractors.document import Block
from extractors.names import looks_like_name
from extractors.nations import lookup
from extractors.records import DriverNation, Evidence

# A roster's line is short; longer blocks are prose, never tried
MAX_LINE_CHARS = 80
# Lines in a row that make a roster
MIN_RUN = 3
# Words a country's name may take at the end of a line ('Puerto Rico', 'Costa Rica')
MAX_NATION_WORDS = 3
# Words of the name before it ('Ana Maria Lima Costa')
MAX_NAME_WORDS = 4


def _line_nation(block: Block) -> DriverNation | None:
    """The pair a line prints as 'name country', or None."""
    text = block.text.rstrip()
    if len(text) > MAX_LINE_CHARS or not text[-1:].isalpha():
        return None
    words = text.split()
    if len(words) < 3 or not words[-1][:1].isupper():
        return None  # the cheap cue: a country's name is capitalised, after two name words
    for n in range(min(MAX_NATION_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-n:])
        found = lookup(tail)
        if found is None or found[1] != "name" or not tail[0].isupper():
            continue
        name_words = words[:-n]
        name = " ".join(name_words)
        if len(name_words) > MAX_NAME_WORDS or not looks_like_name(name):
            return None
        if any(lookup(word) is not None for word in name_words):
            return None  # 'Hong Kong China', 'Team Japan Italy': nations, no driver
        start = block.start + block.text.index(name)
        evidence = Evidence(
            text=text[start - block.start :], start=start, end=block.start + len(text)
        )
        return DriverNation(driver=name, nation=found[0], evidence=evidence)  # type: ignore[arg-type]
    return None


def roster_nations(blocks: Sequence[Block]) -> list[DriverNation]:
    """The driver–nation pairs of every run of `MIN_RUN` or more lines printed 'name country'."""
    pairs: list[DriverNation] = []
    run: list[DriverNation] = []
    for block in [*blocks, None]:
        pair = _line_nation(block) if block is not None else None
        if pair is not None:
            run.append(pair)
            continue
        if len(run) >= MIN_RUN:
            pairs += run
        run = []
    return pairs
