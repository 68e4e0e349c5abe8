"""The library's front door: `import raceresults`, read_table, extract, and the checks on the
data dir they share with the command line."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import raceresults
from extractors import EXTRACTOR_VERSION
from extractors.records import ExtractedArticle
from flows.stages.publish import publish

REPORT = (
    "Berg wins the Dune Cup at Zandvoort\n\nRace results\n"
    "1. Tomas Berg (SWE) 12 laps\n2. Ana Ribeiro (POR) +1.2s\n3. Leo Kurz (AUT) +1 lap\n"
    "4. Mia Grant (GBR) DNF\n"
)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    """A data dir with one published article, read by the library."""
    path = tmp_path_factory.mktemp("data")
    article = ExtractedArticle(
        article_key="dune-cup-report",
        page_hash="0" * 64,
        extractor_version=EXTRACTOR_VERSION,
        extraction=raceresults.extract(REPORT),
    )
    publish([article], str(path), run_id="test")
    return path


def test_importing_raceresults_starts_neither_prefect_nor_spacy():
    code = "import sys, raceresults; print('prefect' in sys.modules, 'spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_read_table_gives_nullable_integers(data_dir):
    results = raceresults.read_table("results", data_dir)
    assert str(results["position"].dtype) == "Int64"
    assert str(results["laps"].dtype) == "Int64"
    assert str(results["season"].dtype) == "Int64"
    assert results["driver_name"].tolist() == ["Tomas Berg", "Ana Ribeiro", "Leo Kurz", "Mia Grant"]
    assert results["position"].tolist() == [1, 2, 3, 4]
    assert results["laps"].isna().tolist() == [False, True, False, True]
    assert results["laps"].dropna().tolist() == [12, 11]  # integers, not 12.0


def test_read_table_takes_the_data_dir_from_the_environment(data_dir, monkeypatch):
    monkeypatch.setenv("RACERESULTS_DATA_DIR", str(data_dir))
    races = raceresults.read_table("races")
    assert races["track"].tolist() == ["Circuit Zandvoort"]


def test_a_table_not_published_yet_is_empty_with_its_columns(data_dir):
    penalties = raceresults.read_table("penalties", data_dir)
    assert penalties.empty and "penalty_s" in penalties.columns


def test_an_unknown_table_is_an_error(data_dir):
    with pytest.raises(raceresults.TableError, match="no table 'result': one of articles"):
        raceresults.read_table("result", data_dir)


def test_a_data_dir_without_data_is_an_error(tmp_path):
    with pytest.raises(raceresults.DataDirError, match="no such folder"):
        raceresults.read_table("results", tmp_path / "typo")
    with pytest.raises(raceresults.DataDirError, match="holds no raceresults data"):
        raceresults.sql("SELECT 1", tmp_path)


def test_sql_runs_over_the_tables(data_dir):
    columns, rows = raceresults.sql("SELECT count(*) AS n FROM results", data_dir)
    assert (columns, rows) == (["n"], [(4,)])


def test_extract_reads_a_path_or_the_text_itself(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    from_path = raceresults.extract(path)
    from_text = raceresults.extract(REPORT)
    assert from_path == from_text
    assert [row.driver for row in from_text.races[0].results][:2] == ["Tomas Berg", "Ana Ribeiro"]


def test_extract_of_a_missing_file_name_is_a_load_error_not_text(tmp_path):
    from flows.interfaces.article_reader import MissingInputError

    with pytest.raises(MissingInputError, match="no such file"):
        raceresults.extract(str(tmp_path / "report.html"))


@pytest.mark.slow  # runs the nightly-ingest flow
def test_ingest_takes_the_timeout_of_one_request(prefect_api, tmp_path):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def drip() -> None:  # a page that sends one byte a second, never whole
        connection, _ = server.accept()
        connection.recv(65536)
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 999\r\n\r\n"
        )
        while not stop.wait(1):
            try:
                connection.sendall(b"<")
            except OSError:
                return

    threading.Thread(target=drip, daemon=True).start()
    url = f"http://127.0.0.1:{server.getsockname()[1]}/report"
    try:
        with pytest.raises(raceresults.RunFailed) as failed:
            raceresults.ingest([url], tmp_path / "data", delay_s=0, retries=0, timeout_s=1)
    finally:
        stop.set()
        server.close()
    assert "no whole answer within 1 s" in str(failed.value)
