"""Which data dir a call reads, and whether it holds raceresults data at all: a mistyped
`--data-dir` is an error, not an empty answer."""

from __future__ import annotations

import os

from flows.stores.storage import Zone

DATA_DIR_ENV = "RACERESULTS_DATA_DIR"
DEFAULT_DATA_DIR = "."
# What a data dir holds once anything ran in it: the raw zone, extractions, tables, run records.
DATA_ZONES = ("raw", "extracted", "curated", "runs")


class DataDirError(ValueError):
    """The data dir does not exist, or holds no raceresults data; the message is one line."""


def resolve_data_dir(data_dir: str | os.PathLike[str] | None = None) -> str:
    """The data dir to use: the one given, else $RACERESULTS_DATA_DIR, else the current folder."""
    if data_dir is None:
        data_dir = os.environ.get(DATA_DIR_ENV) or DEFAULT_DATA_DIR
    return os.fspath(data_dir)


def require_data(data_dir: str) -> None:
    """Raise DataDirError unless `data_dir` exists and holds a zone of raceresults data."""
    zone = Zone.at(data_dir)
    if not zone.fs.isdir(zone.root):
        raise DataDirError(f"data dir {data_dir}: no such folder")
    if not any(zone.fs.isdir(zone.path(name)) for name in DATA_ZONES):
        zones = ", ".join(f"{name}/" for name in DATA_ZONES)
        raise DataDirError(
            f"data dir {data_dir} holds no raceresults data (none of {zones}); "
            "give --data-dir or set RACERESULTS_DATA_DIR, or run `raceresults ingest` first"
        )
