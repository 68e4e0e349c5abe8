"""Readers of one kind of fact each, over an article's sentences (extractors.narrative.prose)."""
