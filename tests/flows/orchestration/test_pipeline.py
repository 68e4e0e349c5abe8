"""The Prefect flows end to end, on the loopback test site and on the seeds: what they publish, what
a second run redoes (nothing), resuming a killed backfill, Dask, replay, fsspec data dirs."""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from uuid import UUID

import pytest
from click.testing import CliRunner
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
from prefect.client.schemas.sorting import TaskRunSort
from prefect.settings import PREFECT_API_URL

import extractors
from flows.interfaces.cli import main
from flows.interfaces.query import query
from flows.orchestration.pipeline import backfill, make_task_runner, nightly_ingest, reextract
from flows.stores.extracted import ExtractionStore
from flows.stores.runs import last_runs
from schemas.tables import TABLES

SITE = Path(__file__).parents[1] / "site"
# a page of a sitemap: "<loc>{base}/reports/alpine-sprint</loc>"
SITEMAP_LOC = re.compile(r"<loc>([^<]+)</loc>")
# Columns that say when or by which run a row was written, not what it holds.
RUN_COLUMNS = {"fetched_at", "run_id"}
SEASON_2024 = ["/reports/alpine-sprint", "/reports/harbour-final", "/it/reports/harbour-final"]
SEASON_2024 += ["/reports/lakeside-cup", "/reports/dune-classic.txt"]  # undated: kept


def tables(data_dir: str) -> dict[str, list[tuple]]:
    """Every curated table's rows, without run-dependent columns, in a stable order."""
    contents = {}
    for name in TABLES:
        columns, rows = query(data_dir, f'SELECT * FROM "{name}"')
        keep = [i for i, column in enumerate(columns) if column not in RUN_COLUMNS]
        contents[name] = sorted((tuple(row[i] for i in keep) for row in rows), key=repr)
    return contents


def sources_file(tmp_path: Path, url: str) -> str:
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nkind = "sitemap"\nurl = "{url}"\n')
    return str(path)


def sitemap_pages(folder: Path) -> list[str]:
    """The page URLs the test site's sitemaps list."""
    return [m for p in folder.glob("*.xml") for m in SITEMAP_LOC.findall(p.read_text())]


def extracted_pages(data_dir: str) -> set[str]:
    return {a.page_hash for a in ExtractionStore.at(data_dir).all(extractors.EXTRACTOR_VERSION)}


def curated_files(data_dir: Path) -> dict[str, tuple[bytes, int]]:
    return {
        str(p.relative_to(data_dir)): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in (data_dir / "curated").rglob("*.parquet")
    }


def task_run_names(flow_run_id: str, expected: list[str], wait_s: float = 20) -> list[str]:
    """The task runs of a flow run, by task name, in the order they were created: read until
    they are `expected` or `wait_s` passes (the API records a task run shortly after it ends)."""
    deadline = time.monotonic() + wait_s
    while True:
        with get_client(sync_client=True) as client:
            runs = client.read_task_runs(
                flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[UUID(flow_run_id)])),
                sort=TaskRunSort.EXPECTED_START_TIME_ASC,
            )
        names = [run.name.rsplit("-", 1)[0] for run in runs]
        if names == expected or time.monotonic() > deadline:
            return names
        time.sleep(0.25)


@pytest.mark.slow
def test_nightly_ingest_publishes_the_site_and_the_next_night_redoes_nothing(
    prefect_api, site, tmp_path
):
    site.missing |= {"/reports/canyon-heat", "/reports/forest-finale"}  # keep it small
    data_dir = tmp_path / "data"
    sources = sources_file(tmp_path, site.url("/sitemap_index.xml"))

    first = nightly_ingest(sources, str(data_dir), delay_s=0, batch_size=2)

    assert first.status == "completed"
    pages = sitemap_pages(SITE / "sitemaps")
    assert first.counts.seen == len(pages)
    assert first.counts.fetched == first.counts.extracted == len(pages) - 2
    assert sorted(f.item for f in first.failures) == [
        site.url("/reports/canyon-heat"),
        site.url("/reports/forest-finale"),
    ]
    assert first.counts.rows_published > 0 and tables(str(data_dir))["results"]
    published = curated_files(data_dir)

    second = nightly_ingest(sources, str(data_dir), delay_s=0, batch_size=2)

    assert second.status == "completed"
    assert (second.counts.fetched, second.counts.extracted) == (0, 0)
    assert second.counts.reused == first.counts.extracted
    assert second.counts.rows_published == 0
    assert curated_files(data_dir) == published  # not one file rewritten
    assert [r.run_id for r in last_runs(str(data_dir))] == [second.run_id, first.run_id]
    # no task runs for pages with nothing to do: the pages their sitemap dates before the last
    # fetch and the two that failed for good; the undated page alone is requested again
    expected = ["discover", "fetch", "extract", "publish"]
    assert task_run_names(second.run_id, expected) == expected
    assert second.counts.skipped_failed == 2


@pytest.mark.slow
def test_the_seeds_flow_into_a_memory_data_dir_and_status_reports_them(prefect_api, seeds_dir):
    data_dir = f"memory://seeds-{uuid.uuid4().hex}"
    seeds = sorted(seeds_dir.glob("*.txt"))

    record = nightly_ingest([str(seeds_dir)], data_dir, batch_size=1)

    assert record.status == "completed"
    assert (record.counts.seen, record.counts.extracted) == (len(seeds), len(seeds))
    _, rows = query(data_dir, "SELECT page_hash, season FROM articles ORDER BY season")
    assert {page for page, _ in rows} == {hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds}
    assert [season for _, season in rows] == [2021, 2024]  # the seeds report those seasons
    result = CliRunner().invoke(main, ["status", "--data-dir", data_dir])
    assert result.exit_code == 0, result.output
    assert "nightly-ingest  completed" in result.output
    header = next(line for line in result.output.splitlines() if line.startswith("table"))
    assert header.split() == ["table", "2021", "2024", "total"]


@pytest.mark.slow
def test_a_backfill_killed_midway_resumes_to_the_same_tables_without_redoing_work(
    prefect_api, site, tmp_path
):
    sources = sources_file(tmp_path, site.url("/sitemap_index.xml"))
    stalled = "/reports/lakeside-cup"  # the 4th page of season 2024
    site.held[stalled] = threading.Event()
    killed = tmp_path / "killed"
    command = [sys.executable, "-c", "from flows.interfaces.cli import main; main()", "backfill"]
    command += ["--sources", sources, "--season", "2024", "--data-dir", str(killed)]
    command += ["--delay", "0", "--batch-size", "1", "--silent"]
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 120
        while not (site.hits_for(stalled) and len(extracted_pages(str(killed))) == 3):
            assert process.poll() is None, process.stdout.read().decode()
            assert time.monotonic() < deadline, "the backfill never reached the stalled page"
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
        site.held[stalled].set()
    done_before = extracted_pages(str(killed))
    mtimes = {p: p.stat().st_mtime_ns for p in (killed / "extracted").rglob("*.json")}
    assert not (killed / "curated").exists()  # killed before publishing anything
    site.hits.clear()

    resumed = backfill(sources, str(killed), seasons=[2024], delay_s=0, batch_size=1)

    assert resumed.status == "completed"
    assert (resumed.counts.reused, resumed.counts.extracted) == (3, 2)
    assert {p: p.stat().st_mtime_ns for p in mtimes} == mtimes  # done work was not redone
    assert extracted_pages(str(killed)) > done_before
    refetched = {h.path for h in site.hits if h.path in SEASON_2024}
    assert refetched == {stalled, "/reports/dune-classic.txt"}  # only what was not fetched yet
    runs = last_runs(str(killed))
    assert [r.status for r in runs] == ["completed", "crashed"]  # the killed run never finished

    whole = tmp_path / "whole"
    uninterrupted = backfill(sources, str(whole), seasons=[2024], delay_s=0, batch_size=1)

    assert uninterrupted.counts.extracted == len(SEASON_2024)
    assert tables(str(killed)) == tables(str(whole))


@pytest.mark.slow
def test_a_dask_local_cluster_publishes_the_same_tables_as_the_default_runner(
    prefect_api, site, tmp_path
):
    sources = sources_file(tmp_path, site.url("/sitemaps/reports-2024.xml"))
    on_dask = backfill.with_options(
        task_runner=make_task_runner("dask", n_workers=2, processes=False)
    )

    by_dask = on_dask(sources, str(tmp_path / "dask"), delay_s=0, batch_size=1)
    by_threads = backfill(sources, str(tmp_path / "threads"), delay_s=0, batch_size=1)

    assert by_dask.status == by_threads.status == "completed"
    assert by_dask.counts.extracted == by_threads.counts.extracted == 4
    assert tables(str(tmp_path / "dask")) == tables(str(tmp_path / "threads"))
    assert tables(str(tmp_path / "dask"))["results"]


@pytest.mark.slow
def test_reextract_redoes_exactly_the_pages_a_new_extractor_version_has_not_seen(
    prefect_api, seeds_dir, tmp_path, monkeypatch
):
    data_dir = str(tmp_path)
    nightly_ingest([str(seeds_dir)], data_dir, batch_size=1)

    same = reextract(data_dir)
    assert (same.counts.seen, same.counts.extracted, same.counts.reused) == (2, 0, 2)
    assert same.counts.rows_published == 0

    monkeypatch.setattr(extractors, "EXTRACTOR_VERSION", "999.0.0")
    newer = reextract(data_dir, extractor_version="999.0.0")

    assert (newer.counts.extracted, newer.counts.reused) == (2, 0)
    _, versions = query(data_dir, "SELECT DISTINCT extractor_version FROM articles")
    assert versions == [("999.0.0",)]


@pytest.mark.slow
def test_one_politeness_state_per_host_holds_across_the_batches_of_a_run(
    prefect_api, site, tmp_path
):
    pages = ["/reports/busy-round", "/reports/alpine-sprint", "/reports/canyon-heat"]
    sources = tmp_path / "sources.toml"
    sources.write_text(f"[[source]]\nkind = 'urls'\nurls = {[site.url(p) for p in pages]!r}\n")

    # three fetch batches of one page; busy-round answers 429 with Retry-After: 1, not retried
    nightly_ingest(str(sources), str(tmp_path / "data"), delay_s=0, retries=0, batch_size=1)

    assert len(site.hits_for("/robots.txt")) == 1  # once per host per run, not per batch
    (busy,) = site.hits_for("/reports/busy-round")
    (next_one,) = site.hits_for("/reports/alpine-sprint")
    assert busy.status == 429
    assert next_one.at - busy.at >= 0.9  # the next batch kept the host's Retry-After
