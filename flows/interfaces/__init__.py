"""Interfaces: the CLI and what it shows (rendering, queries, status, evidence, review)."""
