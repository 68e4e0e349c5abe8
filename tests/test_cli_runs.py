"""The run commands' own checks: bad options end in one line before any flow or server starts.
(The flows themselves, through these commands, are tested in
tests/flows/orchestration/test_pipeline.py.)"""

from __future__ import annotations

from click.testing import CliRunner

from flows.interfaces.cli import main


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def sources(tmp_path, name: str = "sources.toml"):
    path = tmp_path / name
    path.write_text(f'[[source]]\nkind = "folder"\npath = "{tmp_path}"\n')
    return str(path)


def test_serve_refuses_a_bad_cron_in_one_line(tmp_path):
    result = cli("serve", "--sources", sources(tmp_path), "--cron", "every night")
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith("Error: invalid cron schedule 'every night'")


def test_serve_refuses_an_unknown_timezone_in_one_line(tmp_path):
    result = cli("serve", "--sources", sources(tmp_path), "--timezone", "Mars/Base")
    assert result.exit_code == 1
    assert result.output.strip() == (
        "Error: unknown timezone 'Mars/Base' (use an IANA name, e.g. UTC)"
    )


def test_a_dask_address_needs_the_dask_task_runner(tmp_path):
    result = cli("ingest", "--sources", sources(tmp_path), "--dask-address", "tcp://10.0.0.1:8786")
    assert result.exit_code == 2
    assert "a Dask address needs the dask task runner" in result.output


def test_backfill_refuses_a_range_that_ends_before_it_starts(tmp_path):
    args = ["--since", "2024-06-01", "--until", "2024-01-01", "--data-dir", str(tmp_path)]
    result = cli("backfill", "--sources", sources(tmp_path), *args)
    assert result.exit_code == 2
    assert "--since is after --until" in result.output


def test_a_sources_file_must_be_toml(tmp_path):
    result = cli("backfill", "--sources", sources(tmp_path, "sources.txt"), "--season", "2024")
    assert result.exit_code == 2
    assert "a sources file is TOML, named *.toml" in result.output


def test_status_of_a_data_dir_with_only_run_records_says_there_are_no_tables_yet(tmp_path):
    (tmp_path / "runs").mkdir()
    result = cli("status", "--data-dir", str(tmp_path))
    assert result.exit_code == 0
    assert "no runs yet" in result.output
    assert "no curated tables yet" in result.output
