"""`raceresults ingest` of local files, as cron or CI runs it: the data dir is created, no
progress lines go to a log that is no terminal, and each article keeps the file:// URL it was
read from."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import raceresults
from flows.interfaces.cli import main

REPORT = (
    "Berg wins the Dune Cup at Zandvoort\n\nRace results\n"
    "1. Tomas Berg (SWE) 12 laps\n2. Ana Ribeiro (POR) +1.2s\n"
)


@pytest.mark.slow
def test_ingest_of_a_folder_into_a_new_data_dir_logs_no_progress_and_keeps_file_urls(tmp_path):
    article = tmp_path / "articles" / "dune cup.txt"
    article.parent.mkdir()
    article.write_text(REPORT, encoding="utf-8")
    data_dir = tmp_path / "new" / "data"

    args = ["ingest", "--source", str(article.parent), "--data-dir", str(data_dir)]
    result = CliRunner().invoke(main, args)  # stderr is no terminal here: no --silent needed

    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # no "discovering" / "articles" progress lines
    assert "status                   completed" in result.stdout
    articles = raceresults.read_table("articles", data_dir)
    assert articles["url"].tolist() == [article.as_uri()]
