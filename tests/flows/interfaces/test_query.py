"""SQL over the curated tables: a view per table, through the library and `raceresults sql`."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from invented_articles import FIELD, article, classification, race, stated_nation

from flows.interfaces.cli import main
from flows.interfaces.query import QueryError, format_result, query
from flows.stages.publish import publish
from schemas.tables import TABLES

WINNERS = (
    "SELECT r.season, r.race_name, s.driver_name, s.nation FROM results s "
    "JOIN races r USING (race_ref) WHERE s.position = 1 ORDER BY r.race_name"
)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("data")
    report = article(
        races=[
            race("Race 1", classification(FIELD[:3], [None, 0.5, 1.25]), "race"),
            race("Race 2", classification(FIELD[3:], [None, 2.0, 3.5]), "race"),
        ],
        driver_nations=[stated_nation("Luca Ferrand", "ITA", "the Italian Luca Ferrand", 700)],
    )
    publish([report], str(path), run_id="run-1")
    return path


def test_a_season_s_winners_come_from_a_join_of_the_views(data_dir):
    columns, rows = query(str(data_dir), WINNERS)
    assert columns == ["season", "race_name", "driver_name", "nation"]
    assert rows == [
        (2024, "Race 1", "Mira Castell", "ESP"),
        (2024, "Race 2", "Luca Ferrand", "ITA"),
    ]


def test_tables_not_published_yet_are_empty_views_with_their_columns(data_dir):
    assert query(str(data_dir), "SELECT count(*) FROM penalties")[1] == [(0,)]
    columns, _ = query(str(data_dir), "SELECT * FROM intervals")
    assert columns[:3] == ["article_key", "interval_no", "season"]


def test_every_table_is_a_view_with_its_documented_columns(data_dir):
    for name, table in TABLES.items():
        columns, _ = query(str(data_dir), f'SELECT * FROM "{name}"')
        assert columns == list(table.column_names), name


def test_a_stated_nation_joins_back_to_the_result_it_explains(data_dir):
    sql = (
        "SELECT s.driver_name, s.position, n.nation, n.evidence_text FROM results s "
        "JOIN driver_nations n USING (driver_ref) ORDER BY s.driver_name"
    )
    assert query(str(data_dir), sql)[1] == [("Luca Ferrand", 1, "ITA", "the Italian Luca Ferrand")]
    assert query(str(data_dir), "SELECT count(*) FROM conflicts")[1] == [(0,)]


def test_a_bad_statement_is_one_line_error(data_dir):
    with pytest.raises(QueryError) as error:
        query(str(data_dir), "SELECT nope FROM results")
    assert "nope" in str(error.value) and "\n" not in str(error.value)


def test_table_output_keeps_every_row_and_shows_nulls():
    text = format_result(
        ["driver", "gap_s"], [("Mira Castell", None), ("Jonas Aalto", 0.5)], "table"
    )
    assert text.splitlines() == [
        "driver        gap_s",
        "------------  -----",
        "Mira Castell  NULL",
        "Jonas Aalto   0.5",
    ]


def test_table_output_aligns_wide_characters_by_their_width_on_screen():
    text = format_result(["driver", "nation"], [("宮園 拓真", "JPN"), ("Ana Leal", "PRT")], "table")
    assert text.splitlines() == [
        "driver     nation",
        "---------  ------",
        "宮園 拓真  JPN",  # four wide characters and a space fill nine cells
        "Ana Leal   PRT",
    ]


def test_raceresults_sql_answers_in_each_format(data_dir):
    runner = CliRunner()
    table = runner.invoke(main, ["sql", WINNERS, "--data-dir", str(data_dir)])
    assert table.exit_code == 0, table.output
    assert table.output.splitlines()[2].split() == ["2024", "Race", "1", "Mira", "Castell", "ESP"]

    as_csv = runner.invoke(main, ["sql", WINNERS, "--data-dir", str(data_dir), "--format", "csv"])
    assert list(csv.reader(io.StringIO(as_csv.output)))[1] == [
        "2024",
        "Race 1",
        "Mira Castell",
        "ESP",
    ]

    as_json = runner.invoke(main, ["sql", WINNERS, "--data-dir", str(data_dir), "--format", "json"])
    assert json.loads(as_json.output)[1] == {
        "season": 2024,
        "race_name": "Race 2",
        "driver_name": "Luca Ferrand",
        "nation": "ITA",
    }


def test_raceresults_sql_reports_a_bad_statement_in_one_line(data_dir):
    result = CliRunner().invoke(main, ["sql", "SELEC 1", "--data-dir", str(data_dir)])
    assert result.exit_code == 1
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_a_file_outside_the_curated_tables_cannot_be_read(data_dir):
    with pytest.raises(QueryError) as error:
        query(str(data_dir), "SELECT * FROM read_csv('/etc/passwd')")
    assert "/etc/passwd" in str(error.value) and "disabled" in str(error.value)


def test_a_file_beside_the_curated_tables_cannot_be_read(data_dir):
    beside = data_dir / "notes.csv"
    beside.write_text("a,b\n1,2\n")
    with pytest.raises(QueryError):
        query(str(data_dir), f"SELECT * FROM read_csv('{beside}')")


@pytest.mark.parametrize(
    "statement, keyword",
    [
        ("COPY results TO '{out}'", "COPY"),
        ("COPY (SELECT 1 AS a) TO '{partition}'", "COPY"),
        ("ATTACH '{out}' AS other", "ATTACH"),
        ("INSTALL httpfs", "INSTALL"),
        ("LOAD httpfs", "LOAD"),
        ("SET enable_external_access = true", "SET"),
        ("EXPORT DATABASE '{out}'", "EXPORT"),
        ("PRAGMA enable_profiling", "PRAGMA"),
        ("CREATE TABLE copied AS SELECT * FROM results", "CREATE"),
    ],
)
def test_statements_that_do_more_than_read_are_refused(data_dir, tmp_path, statement, keyword):
    (partition,) = (data_dir / "curated/results/season=2024").glob("part-*.parquet")
    before = partition.read_bytes()
    sql = statement.format(out=tmp_path / "out", partition=partition)
    with pytest.raises(QueryError) as error:
        query(str(data_dir), sql)
    assert str(error.value).startswith(f"{keyword} is refused: ")
    assert not (tmp_path / "out").exists()
    assert partition.read_bytes() == before


def test_one_statement_per_call(data_dir):
    with pytest.raises(QueryError, match="give one SQL statement, not 2"):
        query(str(data_dir), "SELECT 1; COPY results TO 'out.csv'")


def test_describe_show_and_explain_still_read(data_dir):
    columns, rows = query(str(data_dir), "DESCRIBE results")
    assert "column_name" in columns and any(row[0] == "driver_ref" for row in rows)
    assert ("results",) in query(str(data_dir), "SHOW TABLES")[1]
    assert query(str(data_dir), "EXPLAIN SELECT count(*) FROM results")[1]


def test_raceresults_sql_refuses_copy_in_one_line(data_dir, tmp_path):
    out = tmp_path / "leak.csv"
    result = CliRunner().invoke(
        main, ["sql", f"COPY results TO '{out}'", "--data-dir", str(data_dir)]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: COPY is refused: ") and result.output.count("\n") == 1
    assert not out.exists()


def test_raceresults_sql_exports_to_a_file(data_dir, tmp_path):
    out = tmp_path / "winners.csv"
    result = CliRunner().invoke(
        main, ["sql", WINNERS, "--data-dir", str(data_dir), "--format", "csv", "--output", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr == f"2 rows written to {out}\n"
    assert list(csv.reader(io.StringIO(out.read_text())))[2] == [
        "2024",
        "Race 2",
        "Luca Ferrand",
        "ITA",
    ]
