"""`--data-dir s3://…` end to end against a local S3-compatible server on loopback (moto's server
mode, as s3fs's own tests use it): ingest, publish (under the object-store publish lock), sql and
status, through the command line."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from flows.interfaces.cli import main
from flows.stores.curated_store import LOCK_FILE, PublishLockTimeout, publish_lock
from flows.stores.storage import Zone

REPORT = (
    "Berg wins the Dune Cup 2024 at Zandvoort\n\nRace results\n"
    "1. Tomas Berg (SWE) 12 laps\n2. Ana Ribeiro (POR) +1.2s\n3. Leo Kurz (AUT) +1 lap\n"
)


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """A moto S3 server on 127.0.0.1 for this module."""
    server_module = pytest.importorskip("moto.server", reason="moto[server] is a dev dependency")
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(s3_endpoint, monkeypatch) -> str:
    """A fresh bucket; credentials and endpoint as fsspec, s3fs and botocore find them."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_ENDPOINT_URL", s3_endpoint)
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    name = f"raceresults-{uuid.uuid4().hex[:12]}"
    s3fs.S3FileSystem().mkdir(name)
    return name


@pytest.mark.slow
def test_an_s3_data_dir_ingests_publishes_and_answers_sql_and_status(bucket, tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "dune-cup.txt").write_text(REPORT, encoding="utf-8")
    data_dir = f"s3://{bucket}/raceresults"
    runner = CliRunner()

    ingest = runner.invoke(
        main, ["ingest", "--source", str(articles), "--data-dir", data_dir, "--silent"]
    )
    assert ingest.exit_code == 0, ingest.output
    assert "status                   completed" in ingest.output

    sql = runner.invoke(
        main,
        ["sql", "SELECT driver_name, position, laps FROM results ORDER BY position_order",
         "--data-dir", data_dir, "--format", "csv"],
    )  # fmt: skip
    assert sql.exit_code == 0, sql.output
    assert sql.output.splitlines() == [
        "driver_name,position,laps",
        "Tomas Berg,1,12",
        "Ana Ribeiro,2,",
        "Leo Kurz,3,11",
    ]

    status = runner.invoke(main, ["status", "--data-dir", data_dir])
    assert status.exit_code == 0, status.output
    assert "nightly-ingest  completed" in status.output
    assert "results         3" in status.output

    import s3fs

    fs = s3fs.S3FileSystem()
    assert fs.glob(f"{bucket}/raceresults/curated/results/season=2024/part-*.parquet")
    assert fs.exists(f"{bucket}/raceresults/curated/_commit.json")
    assert not fs.exists(f"{bucket}/raceresults/curated/.publish.lock")  # released


@pytest.mark.slow
def test_a_missing_s3_data_dir_is_one_line(bucket):
    result = CliRunner().invoke(main, ["status", "--data-dir", f"s3://{bucket}/nothing-here"])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: data dir s3://{bucket}/nothing-here: no such folder"


@pytest.mark.slow
def test_the_s3_publish_lock_keeps_a_second_publisher_out_until_released(bucket):
    zone = Zone.at(f"s3://{bucket}/curated")
    with publish_lock(zone):
        assert zone.exists(LOCK_FILE)
        with (
            pytest.raises(PublishLockTimeout, match="held for more than 1 s"),
            publish_lock(zone, timeout_s=1),
        ):
            pass
    assert not zone.exists(LOCK_FILE)
    with publish_lock(zone, timeout_s=1):  # free again
        pass


@pytest.mark.slow
def test_a_lock_left_by_a_killed_publisher_is_taken_over_once_stale(bucket):
    zone = Zone.at(f"s3://{bucket}/curated")
    left = {"owner": "gone:1", "token": "x", "taken_at": time.time() - 7200}
    zone.fs.pipe_file(zone.path(LOCK_FILE), json.dumps(left).encode())
    with publish_lock(zone, timeout_s=1):
        assert json.loads(zone.read_bytes(LOCK_FILE))["owner"] != "gone:1"
    assert not zone.exists(LOCK_FILE)
