"""SQL over the curated tables with DuckDB: one view per table, read straight from the parquet
files (Hive partitions give the `season` column)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

import duckdb
from fsspec.implementations.local import LocalFileSystem

from flows.commits import curated_zone, read_commit
from schemas.tables import PARTITION_COLUMN, TABLES

# names are SQL identifiers and the paths are ours, but quote them anyway
_QUOTE = str.maketrans({"'": "''"})

NULL_CELL = "NULL"


class QueryError(RuntimeError):
    """The SQL could not be run (syntax, unknown column, ...)."""


def connect(data_dir: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with a view per curated table of `data_dir`; a table not
    published yet is an empty view with its documented columns."""
    zone = curated_zone(data_dir)
    local = isinstance(zone.fs, LocalFileSystem)
    con = duckdb.connect()
    if not local:
        con.register_filesystem(zone.fs)
    commit = read_commit(zone)  # the files of the last commit, none other (flows/commits.py)
    for table in TABLES.values():
        if table.partitioned:
            options = f", hive_partitioning = true, hive_types = {{'{PARTITION_COLUMN}': INTEGER}}"
        else:
            options = ""
        paths = [zone.path(path) for path in commit.table_files(table.name)]
        if not paths:
            con.register(table.name, table.schema().empty_table())
            continue
        urls = paths if local else [zone.fs.unstrip_protocol(path) for path in paths]
        files = ", ".join(f"'{url.translate(_QUOTE)}'" for url in urls)
        columns = ", ".join(f'"{c}"' for c in table.column_names)
        con.sql(
            f'CREATE VIEW "{table.name}" AS SELECT {columns} FROM read_parquet([{files}]{options})'
        )
    return con


def query(data_dir: str, sql: str) -> tuple[list[str], list[tuple]]:
    """Run one SQL statement over the curated tables: column names and rows."""
    con = connect(data_dir)
    try:
        relation = con.sql(sql)
        if relation is None:
            return [], []
        return list(relation.columns), relation.fetchall()
    except duckdb.Error as error:
        raise QueryError(str(error).splitlines()[0]) from error
    finally:
        con.close()


def _cell(value: object) -> str:
    if value is None:
        return NULL_CELL
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def format_result(columns: Sequence[str], rows: Sequence[tuple], output: str) -> str:
    """Rows as an aligned text table (every row, NULL shown), CSV, or a JSON list of objects."""
    if output == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str)
    if output == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if v is None else _cell(v) for v in row] for row in rows])
        return buffer.getvalue().rstrip("\n")
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [max([len(name), *(len(row[i]) for row in cells)]) for i, name in enumerate(columns)]
    lines = ["  ".join(n.ljust(w) for n, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    return "\n".join(lines)
