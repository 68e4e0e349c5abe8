"""The language of an article: what the page declares, else what its text reads as.

It decides which language's rules read the prose, so English rules never run over Portuguese.
Detection uses py3langid (langid.py's model, shipped inside the package: nothing downloaded).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from extractors.document import Document

# Below this normalised probability the text does not settle its language: say nothing.
MIN_PROBABILITY = 0.5
# Enough characters of prose to tell a language; a page's first ones are the article's lead.
SAMPLE_CHARS = 4000


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is written in; None when the text does not tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 2:
        return None
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_PROBABILITY else None


def with_language(doc: Document) -> Document:
    """The Document with its language: as the page declares it, else detected from its prose
    (headings and paragraphs: result lines are mostly names), else from all of its text."""
    if doc.language:
        return doc
    prose = "\n".join(b.text for b in doc.blocks if b.kind in ("heading", "paragraph"))
    language = detect_language(prose) or detect_language(doc.text)
    return replace(doc, language=language) if language else doc
