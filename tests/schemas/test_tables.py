"""The curated table definitions: keys, partitioning, and the committed docs derived from them."""

from pathlib import Path

import pyarrow as pa

from schemas.tables import PARTITION_COLUMN, TABLES, tables_markdown

DOCS = Path(__file__).resolve().parents[2] / "schemas" / "TABLES.md"


def test_committed_docs_match_the_definitions():
    assert DOCS.read_text(encoding="utf-8") == tables_markdown(), (
        "schemas/TABLES.md is stale: run `python -m schemas.tables > schemas/TABLES.md`"
    )


def test_every_primary_key_column_exists_and_is_never_null():
    for table in TABLES.values():
        columns = {c.name: c for c in table.columns}
        for name in table.primary_key:
            assert name in columns, (table.name, name)
            assert not columns[name].nullable, (table.name, name)


def test_column_names_are_unique_snake_case_with_a_description():
    for table in TABLES.values():
        names = table.column_names
        assert len(names) == len(set(names)), table.name
        for column in table.columns:
            assert column.name == column.name.lower() and " " not in column.name
            assert column.description.strip(), (table.name, column.name)


def test_partitioned_files_leave_the_season_to_the_folder_name():
    results, drivers = TABLES["results"], TABLES["drivers"]
    assert PARTITION_COLUMN in results.schema().names
    assert PARTITION_COLUMN not in results.file_schema().names
    assert drivers.file_schema() == drivers.schema()


def test_schemas_carry_types_nullability_and_descriptions():
    field = TABLES["results"].schema().field("gap_s")
    assert field.type == pa.float64() and field.nullable
    assert field.metadata[b"description"].startswith(b"gap to the winner in seconds")
    assert not TABLES["results"].schema().field("position_order").nullable
