"""Facts stated in prose (placings, margins, penalties, drivers' nations), read with spaCy."""

from extractors.narrative.extract import (
    NarrativeFacts,
    extract_narrative,
    extract_narratives,
    iter_narratives,
)

__all__ = ["NarrativeFacts", "extract_narrative", "extract_narratives", "iter_narratives"]
