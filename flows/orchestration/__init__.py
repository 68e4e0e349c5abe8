"""Orchestration: the Prefect flows, their settings, serving and process lifetimes."""
