"""Stages: the pipeline's steps in order (sources, fetch, ingest, validate, quarantine, publish)."""
