"""Curated tables on a Zone: Hive-partitioned parquet files (`<table>/season=<n>/part-0.parquet`),
each replaced atomically (written aside, then renamed over the old one), one publisher at a time.

The lock is an `fcntl.flock` on `<zone>/.publish.lock`, so it holds between processes and threads
of one machine (local data dirs); on an object store it is a lock object created only when absent
(flows/object_lock.py). Object stores have no rename: there each file still appears whole (an
object is written in one PUT).
"""

from __future__ import annotations

import fcntl
import io
import logging
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from flows.object_lock import ObjectLockTimeout, object_lock
from flows.storage import Zone
from schemas.tables import PARTITION_COLUMN, Table

logger = logging.getLogger(__name__)

PART_FILE = "part-0.parquet"
LOCK_FILE = ".publish.lock"
# a partition folder: "season=2024"
PARTITION_DIR = re.compile(rf"^{PARTITION_COLUMN}=(-?\d+)$")
# a file being written aside by Zone.write_atomic: ".part-0.parquet.3f2a….tmp"
TEMPORARY_FILE = re.compile(r"^\..+\.tmp$")

PARQUET_OPTIONS: dict[str, Any] = {
    "compression": "zstd",
    "compression_level": 3,
    "version": "2.6",
    "data_page_version": "1.0",
    "use_dictionary": True,
    "write_statistics": True,
}
"""Fixed writer options: the same rows always give the same bytes."""


class PublishLockTimeout(RuntimeError):
    """Another publisher held the data dir's lock for longer than we were willing to wait."""


@contextmanager
def publish_lock(zone: Zone, timeout_s: float = 600.0) -> Iterator[None]:
    """Hold the zone's publish lock (local zones; see the module docstring for object stores)."""
    if not isinstance(zone.fs, LocalFileSystem):  # an object store: a conditional PUT
        try:
            with object_lock(zone, LOCK_FILE, timeout_s):
                yield
        except ObjectLockTimeout as exc:
            raise PublishLockTimeout(str(exc)) from None
        return
    zone.fs.makedirs(zone.root, exist_ok=True)
    with open(zone.path(LOCK_FILE), "a") as handle:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise PublishLockTimeout(
                        f"{zone.path(LOCK_FILE)} held for more than {timeout_s:.0f} s"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def conform(data: pa.Table, schema: pa.Schema) -> pa.Table:
    """`data` with exactly the columns of `schema`: missing ones null, extra ones dropped (files
    written before a column was added stay readable)."""
    columns = [
        data[f.name].cast(f.type) if f.name in data.column_names else pa.nulls(len(data), f.type)
        for f in schema
    ]
    return pa.Table.from_arrays(columns, schema=schema)


def rows_of(data: pa.Table) -> list[dict[str, Any]]:
    """The table's rows as dicts (`to_pylist`), each distinct string one object shared by every
    row holding it: a season's rows repeat their article, race, series and run keys, and
    publishing holds whole seasons of rows at once."""
    columns: dict[str, list[Any]] = {}
    for name in data.column_names:
        column = data.column(name)
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            encoded = column.combine_chunks().dictionary_encode()
            values = encoded.dictionary.to_pylist()
            indices = encoded.indices.to_pylist()
            columns[name] = [None if i is None else values[i] for i in indices]
        else:
            columns[name] = column.to_pylist()
    return [dict(zip(columns, row, strict=True)) for row in zip(*columns.values(), strict=True)]


def to_parquet(data: pa.Table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(data, buffer, **PARQUET_OPTIONS)
    return buffer.getvalue()


@dataclass(frozen=True)
class TableStore:
    """The tables below one folder (`curated/`, or its candidates area)."""

    zone: Zone

    def _parts(self, table: Table, season: int | None) -> tuple[str, ...]:
        if table.partitioned:
            return (table.name, f"{PARTITION_COLUMN}={season}")
        return (table.name,)

    def seasons(self, table: Table) -> list[int]:
        """Partitions of a partitioned table that hold a file."""
        seasons = []
        for name in self.zone.listdir(table.name):
            match = PARTITION_DIR.match(name)
            if match and self.zone.exists(table.name, name, PART_FILE):
                seasons.append(int(match.group(1)))
        return sorted(seasons)

    def read(
        self, table: Table, season: int | None = None, columns: list[str] | None = None
    ) -> pa.Table:
        """One partition (or the unpartitioned table) in the file schema; empty when absent."""
        schema = table.file_schema()
        if columns is not None:
            schema = pa.schema([schema.field(name) for name in columns])
        parts = (*self._parts(table, season), PART_FILE)
        if not self.zone.exists(*parts):
            return schema.empty_table()
        data = pq.read_table(pa.BufferReader(self.zone.read_bytes(*parts)), columns=columns)
        return conform(data, schema)

    def write(self, table: Table, season: int | None, data: pa.Table) -> str | None:
        """Replace one partition atomically; remove it when `data` is empty (an unpartitioned
        table keeps an empty file, so it can always be read). Returns the path written or
        removed, None when the file already held exactly these rows."""
        parts = self._parts(table, season)
        path = self.zone.path(*parts, PART_FILE)
        exists = self.zone.exists(*parts, PART_FILE)
        if data.num_rows == 0 and table.partitioned:
            if not exists:
                return None
            self.zone.fs.rm(self.zone.path(*parts), recursive=True)
            return path
        payload = to_parquet(conform(data, table.file_schema()))
        if exists and self.zone.read_bytes(*parts, PART_FILE) == payload:
            return None
        return self.zone.write_atomic(payload, *parts, PART_FILE)

    def remove_temporary_files(self) -> list[str]:
        """Delete files left aside by a writer that died before its rename."""
        if not self.zone.fs.exists(self.zone.root):
            return []
        leftovers = [
            path
            for path in self.zone.fs.find(self.zone.root)
            if TEMPORARY_FILE.match(path.rsplit("/", 1)[-1])
        ]
        for path in leftovers:
            logger.warning("removing %s left by an interrupted publish", path)
            self.zone.fs.rm(path)
        return leftovers
