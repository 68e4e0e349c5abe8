"""SQL over the curated tables with DuckDB: one view per table, read straight from the parquet
files (Hive partitions give the `season` column).

`query` reads the curated tables and nothing else: it takes one reading statement (SELECT, WITH,
FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN) and runs it on a connection that, once the views are
set up, may open no file outside `curated/`, load no extension and change no setting."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

import duckdb
import pyarrow as pa
from fsspec.implementations.local import LocalFileSystem

from flows.interfaces.render import aligned_columns
from flows.stores.commits import curated_zone, read_commit
from schemas.tables import PARTITION_COLUMN, TABLES

# names are SQL identifiers and the paths are ours, but quote them anyway
_QUOTE = str.maketrans({"'": "''"})

NULL_CELL = "NULL"
# DuckDB's name of each arrow type of schemas.tables, for a column older files lack
_SQL_TYPES = {
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
    pa.list_(pa.string()): "VARCHAR[]",
}


READING_STATEMENTS = frozenset({duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN})
"""DuckDB's types of the statements that only read (DESCRIBE, SHOW and SUMMARIZE are SELECTs)."""


class QueryError(RuntimeError):
    """The SQL could not be run (syntax, unknown column, ...)."""


class RefusedStatement(QueryError):
    """A statement that would do more than read the curated tables: COPY, ATTACH, INSTALL, LOAD,
    SET, EXPORT, PRAGMA, CREATE, …, or more than one statement."""


def reading_statement(sql: str) -> str:
    """The one reading statement `sql` holds; RefusedStatement for none, several, or one that
    would write, attach, load or set anything."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as error:
        raise QueryError(str(error).splitlines()[0]) from None
    if len(statements) != 1:
        raise RefusedStatement(f"give one SQL statement, not {len(statements)}")
    (statement,) = statements
    if statement.type not in READING_STATEMENTS:
        keyword = statement.query.split(None, 1)[0].upper()
        raise RefusedStatement(
            f"{keyword} is refused: SQL here only reads the curated tables "
            "(SELECT, WITH, DESCRIBE, SHOW, EXPLAIN); export with --format csv|json --output FILE"
        )
    return statement.query


def read_only(con: duckdb.DuckDBPyConnection, data_dir: str) -> None:
    """Let `con` read files under the data dir's `curated/` and nothing else: no other file
    (read_csv('/etc/passwd'), COPY … TO, ATTACH), no extension, and no setting changed after."""
    zone = curated_zone(data_dir)
    local = isinstance(zone.fs, LocalFileSystem)
    root = (zone.root if local else zone.fs.unstrip_protocol(zone.root)).rstrip("/") + "/"
    con.sql(f"SET allowed_directories = ['{root.translate(_QUOTE)}']")
    con.sql("SET autoinstall_known_extensions = false")
    con.sql("SET autoload_known_extensions = false")
    con.sql("SET enable_external_access = false")
    con.sql("SET lock_configuration = true")


def connect(data_dir: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with a view per curated table of `data_dir`; a table not
    published yet is an empty view with its documented columns."""
    zone = curated_zone(data_dir)
    local = isinstance(zone.fs, LocalFileSystem)
    con = duckdb.connect()
    if not local:
        con.register_filesystem(zone.fs)
    commit = read_commit(zone)  # the files of the last commit, none other (flows/stores/commits.py)
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
        source = f"read_parquet([{files}]{options}, union_by_name = true)"
        present = {name for name, *_ in con.sql(f"DESCRIBE SELECT * FROM {source}").fetchall()}
        # files written before a column existed read as NULL in it (a column added later)
        columns = ", ".join(
            f'"{c.name}"'
            if c.name in present
            else f'CAST(NULL AS {_SQL_TYPES[c.type]}) AS "{c.name}"'
            for c in table.columns
        )
        con.sql(f'CREATE VIEW "{table.name}" AS SELECT {columns} FROM {source}')
    return con


def query(data_dir: str, sql: str) -> tuple[list[str], list[tuple]]:
    """Run one reading SQL statement over the curated tables, and nothing else: column names and
    rows. RefusedStatement for anything else (see `reading_statement`)."""
    statement = reading_statement(sql)
    con = connect(data_dir)
    try:
        read_only(con, data_dir)
        relation = con.sql(statement)
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
    return aligned_columns(columns, [[_cell(value) for value in row] for row in rows])
