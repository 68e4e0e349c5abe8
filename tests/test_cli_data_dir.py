"""A wrong --data-dir is one line and exit 1 for the commands that read one; the commands that
write one create it."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from flows.interfaces.cli import main

READERS = [
    ["status"],
    ["sql", "SELECT count(*) FROM results"],
    ["reextract", "--silent"],
]


def one_line_error(result) -> str:
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.strip().splitlines()
    assert "Traceback" not in result.output
    return line


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_data_dir_that_does_not_exist_is_an_error(tmp_path, command):
    missing = tmp_path / "no-such-dir"
    result = CliRunner().invoke(main, [*command, "--data-dir", str(missing)])
    assert one_line_error(result) == f"Error: data dir {missing}: no such folder"
    assert not missing.exists()


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_folder_without_raceresults_data_is_an_error(tmp_path, command):
    (tmp_path / "notes.txt").write_text("not a data dir")
    result = CliRunner().invoke(main, [*command, "--data-dir", str(tmp_path)])
    line = one_line_error(result)
    assert line.startswith(f"Error: data dir {tmp_path} holds no raceresults data")


def test_the_environment_variable_names_the_data_dir_too(tmp_path, monkeypatch):
    monkeypatch.setenv("RACERESULTS_DATA_DIR", str(tmp_path / "typo"))
    result = CliRunner().invoke(main, ["status"])
    assert "no such folder" in one_line_error(result)
