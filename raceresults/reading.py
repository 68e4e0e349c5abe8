"""Reading the curated tables: a table as a pandas DataFrame with nullable dtypes, or SQL."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pyarrow as pa

from raceresults.data_dir import require_data, resolve_data_dir
from schemas.tables import PARTITION_COLUMN, TABLES

if TYPE_CHECKING:
    import pandas as pd


class TableError(ValueError):
    """No curated table has that name."""


def _nullable_dtypes() -> dict[pa.DataType, object]:
    import pandas as pd

    ints = {t: pd.Int64Dtype() for t in (pa.int8(), pa.int16(), pa.int32(), pa.int64())}
    return ints | {pa.bool_(): pd.BooleanDtype()}


def read_table(name: str, data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """One curated table (`results`, `races`, `drivers`, ...) of `data_dir` (default:
    $RACERESULTS_DATA_DIR, else the current folder) as a DataFrame: integers as nullable Int64
    (a position or lap count stays an integer beside its nulls), booleans as `boolean`; rows in
    key order; a table not published yet is empty with its documented columns."""
    from flows.interfaces.query import connect

    table = TABLES.get(name)
    if table is None:
        raise TableError(f"no table {name!r}: one of {', '.join(TABLES)}")
    data_dir = resolve_data_dir(data_dir)
    require_data(data_dir)
    order = table.sort_keys
    if table.partitioned:
        order = (PARTITION_COLUMN, *order)
    con = connect(data_dir)
    try:
        keys = ", ".join(f'"{c}"' for c in order)
        arrow = con.sql(f'SELECT * FROM "{name}" ORDER BY {keys}').to_arrow_table()
    finally:
        con.close()
    return arrow.to_pandas(types_mapper=_nullable_dtypes().get)


def sql(statement: str, data_dir: str | os.PathLike[str] | None = None) -> tuple[list, list]:
    """Run one SQL statement over the curated tables (a DuckDB view per table): column names
    and rows. Raises flows.interfaces.query.QueryError for SQL that cannot run."""
    from flows.interfaces.query import query

    data_dir = resolve_data_dir(data_dir)
    require_data(data_dir)
    return query(data_dir, statement)
