"""Facts stated in prose (placings, standings, margins, penalties, drivers' nations), read with
spaCy."""

from extractors.narrative.extract import (
    NarrativeFacts,
    ParsedProse,
    extract_narrative,
    extract_narratives,
    iter_narratives,
    parse_prose,
    read_facts,
)
from extractors.narrative.merge import add_prose_facts, merge_narrative, row_blocks

__all__ = [
    "NarrativeFacts",
    "ParsedProse",
    "add_prose_facts",
    "extract_narrative",
    "extract_narratives",
    "iter_narratives",
    "merge_narrative",
    "parse_prose",
    "read_facts",
    "row_blocks",
]
