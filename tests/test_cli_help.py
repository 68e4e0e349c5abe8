"""The command's help: every command listed with its whole summary, examples in each
subcommand's help, and the environment variables it reads."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from flows.interfaces.cli import main

COMMANDS = ["extract", "ingest", "backfill", "reextract", "serve", "status", "sql"]
ENVIRONMENT = [
    "RACERESULTS_DATA_DIR",
    "RACERESULTS_QUARANTINE_THRESHOLD",
    "RACERESULTS_CONTACT",
    "PREFECT_API_URL",
    "PREFECT_HOME",
]


def help_of(*command: str) -> str:
    result = CliRunner().invoke(main, [*command, "--help"], terminal_width=100)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())  # the words, however the lines wrap


def test_the_command_list_gives_whole_summaries():
    text = help_of()
    backfill = "backfill Backfill whole seasons or a date range; stop it any time, run it again"
    reextract = "reextract Rebuild the extractions and the tables from the raw zone alone, without"
    assert f"{backfill} to resume." in text
    assert f"{reextract} the network." in text
    assert "(the nightly-ingest flow)." in text


def test_the_main_help_lists_the_environment_variables():
    text = help_of()
    for name in ENVIRONMENT:
        assert name in text


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_shows_examples(command):
    text = help_of(command)
    assert "Examples:" in text
    assert f"raceresults {command}" in text or "prefect deployment run" in text


def test_options_read_from_the_environment_say_so():
    assert "env var: RACERESULTS_DATA_DIR" in help_of("status")
    assert "env var: RACERESULTS_QUARANTINE_THRESHOLD" in help_of("ingest")


def test_serve_takes_the_run_options_of_ingest():
    text = help_of("serve")
    for option in ("--delay", "--retries", "--quarantine-threshold"):
        assert option in text
