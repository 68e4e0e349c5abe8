"""A run killed at any instant (SIGKILL to its whole process group) is completed by the next run:
the tables end row for row as an uninterrupted run leaves them, and no reader ever sees one table
of an article without the others.

The ingest runs in a process of its own with a few functions wrapped (no hook in the pipeline's
code, no environment variable): at the named moment the wrapper leaves a marker file and waits;
the test, seeing the marker, kills the process group."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from prefect.settings import PREFECT_API_URL

from flows.interfaces.query import query
from flows.orchestration.pipeline import nightly_ingest
from flows.stores.commits import read_commit
from flows.stores.runs import last_runs
from flows.stores.storage import Zone
from schemas.tables import TABLES

SITE = Path(__file__).parents[1] / "site" / "reports"
FIRST = ["alpine-sprint.html", "harbour-final.html", "lakeside-cup.html"]
LATER = ["canyon-heat.html", "forest-finale.html"]
# a race whose two drivers share third place: it goes to quarantine, the other race is published
HELD_BACK = """Vela Cup 2024, Round 5: results

Heat 1
1. Ana Ribeiro 10 laps
2. Jonas Aalto +1.200
3. Keiko Tanabe +2.400

Heat 2
1. Mira Castell 10 laps
2. Luca Ferrand +0.800
2. Oskar Lindqvist +0.900
"""
# Columns that say when or by which run a row was written, not what it holds.
RUN_COLUMNS = {"fetched_at", "run_id"}

STALL = textwrap.dedent(
    """
    import random, sys, time
    from pathlib import Path

    import flows.stages.publish
    from flows.interfaces.cli import main
    from flows.stores.curated_store import TableStore
    from flows.stores.extracted import ExtractionStore
    from flows.stores.storage import Zone

    marker, moment = Path(sys.argv[1]), sys.argv[2]
    calls = []

    def stall_after(owner, name, when):
        real = getattr(owner, name)

        def wrapped(*args, **kwargs):
            result = real(*args, **kwargs)
            calls.append(name)
            if when(args):
                marker.write_text(moment)
                time.sleep(600)
            return result

        setattr(owner, name, wrapped)

    if moment == "extraction":  # the second page extracted, the others not
        stall_after(ExtractionStore, "write", lambda args: calls.count("write") == 2)
    elif moment == "staging":  # two candidate partitions written, the rest not
        staged = lambda args: args[0].area == "_candidates"
        stall_after(TableStore, "write", lambda args: staged(args) and calls.count("write") == 3)
    elif moment == "between-tables":  # the articles table written, its races and results not
        curated = lambda args: args[0].area == "" and args[1].name == "articles"
        stall_after(TableStore, "write", curated)
    elif moment == "after-commit":  # the commit written, the files it replaced not swept
        stall_after(flows.stages.publish, "write_commit", lambda args: True)
    else:  # any file write of the run (raw pages, crawl state, extractions, tables, records)
        nth = random.Random(moment).randint(1, 30)
        stall_after(Zone, "write_atomic", lambda args: len(calls) == nth)
    sys.argv = ["raceresults", *sys.argv[3:]]
    main()
    """
)


def tables(data_dir: Path) -> dict[str, list[tuple]]:
    """Every curated table's rows, without run-dependent columns, in a stable order."""
    contents = {}
    for name in TABLES:
        columns, rows = query(str(data_dir), f'SELECT * FROM "{name}"')
        keep = [i for i, column in enumerate(columns) if column not in RUN_COLUMNS]
        contents[name] = sorted((tuple(row[i] for i in keep) for row in rows), key=repr)
    return contents


def whole_articles(data_dir: Path) -> bool:
    """Each article a reader sees is in every table its rows belong in, or in none."""
    seen = {}
    for table in ("articles", "races", "results", "quarantine"):
        _, rows = query(str(data_dir), f"SELECT DISTINCT article_key FROM {table}")
        seen[table] = {key for (key,) in rows}
    return seen["races"] <= seen["articles"] | seen["quarantine"] and seen["results"] <= (
        seen["articles"] | seen["quarantine"]
    )


@pytest.fixture(scope="module")
def scenario(tmp_path_factory, prefect_api):
    """A data dir after a first ingest of three pages (kept as a template), the articles folder
    for the second ingest (two more pages, one with a race held back, and one page changed), and
    the tables an uninterrupted second ingest leaves."""
    root = tmp_path_factory.mktemp("crash")
    articles = root / "articles"
    articles.mkdir()
    for name in FIRST:
        shutil.copy(SITE / name, articles / name)
    template = root / "template"
    assert nightly_ingest([str(articles)], str(template)).status == "completed"
    for name in LATER:
        shutil.copy(SITE / name, articles / name)
    (articles / "vela-round-5.txt").write_text(HELD_BACK)
    changed = articles / FIRST[0]
    changed.write_text(changed.read_text().replace("+3.905", "+3.950"))
    whole = root / "whole"
    shutil.copytree(template, whole)
    assert nightly_ingest([str(articles)], str(whole)).status == "completed"
    expected = tables(whole)
    assert expected["quarantine"] and len({row[0] for row in expected["articles"]}) == 6
    return articles, template, expected


@pytest.mark.slow
@pytest.mark.parametrize(
    "moment", ["extraction", "staging", "between-tables", "after-commit", "random-7"]
)
def test_an_ingest_killed_at_any_moment_is_completed_by_one_more_run(scenario, tmp_path, moment):
    articles, template, expected = scenario
    data_dir = tmp_path / "data"
    shutil.copytree(template, data_dir)
    marker = tmp_path / "stalled"
    command = [sys.executable, "-c", STALL, str(marker), moment, "ingest"]
    command += ["--source", str(articles), "--data-dir", str(data_dir), "--silent"]
    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}
    run = subprocess.Popen(command, env=env, start_new_session=True, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert run.poll() is None, f"the ingest ended before the moment {moment}"
            assert time.monotonic() < deadline, f"the ingest never reached the moment {moment}"
            time.sleep(0.05)
    finally:
        os.killpg(run.pid, signal.SIGKILL)  # the whole process group, at once
        run.wait()
    assert whole_articles(data_dir)

    rerun = nightly_ingest([str(articles)], str(data_dir))

    assert rerun.status == "completed"
    assert tables(data_dir) == expected
    curated = Zone.at(str(data_dir / "curated"))
    on_disk = {str(p.relative_to(data_dir / "curated")) for p in curated_files(data_dir)}
    assert on_disk == set(read_commit(curated).files)  # the killed run's garbage is swept
    assert [r.status for r in last_runs(str(data_dir))][:2] == ["completed", "crashed"]


def curated_files(data_dir: Path) -> list[Path]:
    return list((data_dir / "curated").rglob("*.parquet"))
