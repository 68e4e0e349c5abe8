"""Curated tables on a Zone: Hive-partitioned parquet files
(`<table>/season=<n>/part-<hash>.parquet`, named by the sha256 of their bytes), never rewritten:
a publish writes new files and a commit naming them (flows/stores/commits.py), one publisher at a
time.

The lock is an `fcntl.flock` on `<zone>/.publish.lock`, so it holds between processes and threads
of one machine (local data dirs); on an object store it is a lock object created only when absent
(flows/stores/object_lock.py). Object stores have no rename: there each file still appears whole (an
object is written in one PUT).
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import logging
import posixpath
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from fsspec.implementations.local import LocalFileSystem

from flows.stores.commits import curated_zone, read_commit
from flows.stores.object_lock import ObjectLockTimeout, object_lock
from flows.stores.storage import DamagedFile, Zone
from schemas.tables import PARTITION_COLUMN, TABLES, Table

logger = logging.getLogger(__name__)

LOCK_FILE = ".publish.lock"
# a partition folder: "season=2024"
PARTITION_DIR = re.compile(rf"^{PARTITION_COLUMN}=(-?\d+)$")

# pyarrow's opening words for a buffer it cannot read: "Could not open Parquet input source
# '<Buffer>': Parquet magic bytes not found in footer. Either the file is corrupted or ..."
UNREADABLE_SOURCE = re.compile(r"^Could not open Parquet input source '[^']*': |\. Either .*$")

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
    """The tables of one area of a curated zone (the curated tables, or their candidates in
    `_candidates/`), as a commit names their files: `files` maps each partition folder to its
    file, is shared by the stores of one publish and updated by their writes, and becomes the
    next commit's file list (flows/stores/commits.py)."""

    zone: Zone
    files: dict[str, str] = field(default_factory=dict)
    area: str = ""

    def _folder(self, table: Table, season: int | None) -> str:
        parts = [self.area] if self.area else []
        parts.append(table.name)
        if table.partitioned:
            parts.append(f"{PARTITION_COLUMN}={season}")
        return posixpath.join(*parts)

    def seasons(self, table: Table) -> list[int]:
        """Partitions of a partitioned table that hold a file."""
        prefix = self._folder(table, 0).rsplit("/", 1)[0] + "/"
        seasons = []
        for folder in self.files:
            match = PARTITION_DIR.match(folder.removeprefix(prefix))
            if folder.startswith(prefix) and match:
                seasons.append(int(match.group(1)))
        return sorted(seasons)

    def read(
        self, table: Table, season: int | None = None, columns: list[str] | None = None
    ) -> pa.Table:
        """One partition (or the unpartitioned table) in the file schema; empty when absent.
        Raises DamagedFile naming the file when it is missing or unreadable."""
        schema = table.file_schema()
        if columns is not None:
            schema = pa.schema([schema.field(name) for name in columns])
        path = self.files.get(self._folder(table, season))
        if path is None:
            return schema.empty_table()
        return conform(read_parquet(self.zone, path, columns), schema)

    def write(self, table: Table, season: int | None, data: pa.Table) -> str | None:
        """Write one partition as a new file named by its bytes (the file it replaces stays until
        the commit naming the new one is written); no rows remove a partition (an unpartitioned
        table keeps an empty file, so it can always be read). Returns the path written or
        removed, None when the partition already held exactly these rows."""
        folder = self._folder(table, season)
        if data.num_rows == 0 and table.partitioned:
            removed = self.files.pop(folder, None)
            return None if removed is None else self.zone.path(removed)
        payload = to_parquet(conform(data, table.file_schema()))
        path = posixpath.join(folder, f"part-{hashlib.sha256(payload).hexdigest()[:16]}.parquet")
        if self.files.get(folder) == path:
            return None
        self.files[folder] = path
        return self.zone.write_atomic(payload, path)


def read_parquet(zone: Zone, path: str, columns: list[str] | None = None) -> pa.Table:
    """A data file of the zone (`path` relative to it); DamagedFile when it cannot be read."""
    try:
        return pq.read_table(pa.BufferReader(zone.read_bytes(path)), columns=columns)
    except FileNotFoundError:
        raise DamagedFile(zone.path(path), "missing") from None
    except (pa.ArrowException, OSError) as exc:
        reason = UNREADABLE_SOURCE.sub("", str(exc).splitlines()[0])
        raise DamagedFile(zone.path(path), f"not a whole parquet file ({reason})") from None


def committed_tables(data_dir: str) -> TableStore:
    """The curated tables of a data dir as its last commit names them (read-only use)."""
    zone = curated_zone(data_dir)
    return TableStore(zone, read_commit(zone).partitions())


def read_table(data_dir: str, table: str) -> pa.Table:
    """One curated table as committed, with its `season` column (for pandas: `.to_pandas()`)."""
    definition = TABLES[table]
    zone = curated_zone(data_dir)
    paths = [zone.path(p) for p in read_commit(zone).table_files(table)]
    if not paths:
        return definition.schema().empty_table()
    partitioning = None
    if definition.partitioned:
        season = definition.schema().field(PARTITION_COLUMN)
        partitioning = ds.partitioning(pa.schema([season]), flavor="hive")
    dataset = ds.dataset(
        paths,
        format="parquet",
        filesystem=zone.fs,
        partitioning=partitioning,
        partition_base_dir=zone.path(table),
    )
    return dataset.to_table(columns=list(definition.column_names)).cast(definition.schema())
