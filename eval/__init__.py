"""Evaluation of the narrative extractor against hand-written expectations."""
