"""Stores: where pages, extractions, curated tables, commits and run records are kept."""
