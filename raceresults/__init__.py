"""raceresults: turn race reports into clean, validated, analysis-ready tables.

The library's front door; the `raceresults` command is a thin layer over it:

    import raceresults
    results = raceresults.read_table("results")          # a DataFrame, Int64 positions and laps
    extraction = raceresults.extract("report.html")      # one article: path, URL or its text
    record = raceresults.ingest("samples/sources.toml")  # discover, fetch, extract, publish

The internal packages stay importable: `extractors` (pure extraction), `schemas` (the data
contracts), `flows` (I/O, Prefect flows, storage).
"""

from raceresults.articles import extract
from raceresults.data_dir import DataDirError, resolve_data_dir
from raceresults.reading import TableError, read_table, sql
from raceresults.running import RunFailed, backfill, ingest, reextract

__all__ = [
    "DataDirError",
    "RunFailed",
    "TableError",
    "backfill",
    "extract",
    "ingest",
    "read_table",
    "reextract",
    "resolve_data_dir",
    "sql",
]
