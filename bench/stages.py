"""Split the run record's coarse stages (extract, publish) into the finer ones the benchmark
reports (HTML, lists, NLP; validation, publishing), by timing the same code here, in the
benchmark's process: extraction on a sample of the same pages, publishing on the run's own
extractions (written to a scratch folder).

Nothing in the pipeline is changed: the spaCy pipeline's `pipe` and the validator are wrapped
here, in the benchmark's own process, for the sample pass only.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.serve import CorpusStore, PageEntry


@dataclass(frozen=True, slots=True)
class StageSplit:
    """Seconds per fine stage over a sample of pages, and the fractions they make of the coarse
    stage each belongs to."""

    pages: int  # pages extracted for the HTML / lists / NLP split
    html_s: float
    lists_s: float
    nlp_s: float
    validation_s: float
    publishing_s: float

    def extract_fractions(self) -> dict[str, float]:
        total = self.html_s + self.lists_s + self.nlp_s
        return {name: s / total for name, s in self._extract().items()} if total else {}

    def publish_fractions(self) -> dict[str, float]:
        total = self.validation_s + self.publishing_s
        return {name: s / total for name, s in self._publish().items()} if total else {}

    def _extract(self) -> dict[str, float]:
        return {"html": self.html_s, "lists": self.lists_s, "nlp": self.nlp_s}

    def _publish(self) -> dict[str, float]:
        return {"validation": self.validation_s, "publishing": self.publishing_s}


class _Clock:
    """Seconds spent inside calls made through it."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def timed_iter(self, items: Iterable[Any]) -> Iterator[Any]:
        """Iterate `items`, counting the time spent producing each item."""
        iterator = iter(items)
        while True:
            started = time.perf_counter()
            try:
                item = next(iterator)
            except StopIteration:
                self.seconds += time.perf_counter() - started
                return
            self.seconds += time.perf_counter() - started
            yield item


@contextmanager
def _timed_spacy(clock: _Clock) -> Iterator[None]:
    """Count the time spaCy's `nlp.pipe` spends on its own work (not pulling its input)."""
    from extractors.narrative.pipeline import get_nlp

    nlp = get_nlp()
    original: Callable[..., Iterator[Any]] = nlp.pipe

    depth = [0]

    def pipe(texts: Iterable[Any], *args: Any, **kwargs: Any) -> Iterator[Any]:
        if depth[0]:  # `as_tuples` makes spaCy call `self.pipe` again: count the outer call only
            yield from original(texts, *args, **kwargs)
            return
        depth[0] += 1
        feeding = _Clock()
        inner = _Clock()
        try:
            yield from inner.timed_iter(original(feeding.timed_iter(texts), *args, **kwargs))
        finally:
            depth[0] -= 1
        clock.seconds += inner.seconds - feeding.seconds

    nlp.pipe = pipe  # an instance attribute: shadows the method for this pass only
    try:
        yield
    finally:
        del nlp.pipe


@contextmanager
def _timed_validation(clock: _Clock) -> Iterator[None]:
    from flows.stages.validate import Validator

    original = Validator.validate

    def validate(self: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(self, *args, **kwargs)
        finally:
            clock.seconds += time.perf_counter() - started

    Validator.validate = validate
    try:
        yield
    finally:
        Validator.validate = original


def measure_split(store: CorpusStore, sample: list[PageEntry], data_dir: Path) -> StageSplit:
    """Time HTML, lists and NLP by extracting the `sample` pages here, and validation and
    publishing by publishing every extraction the run stored in `data_dir` again, aside."""
    from extractors.article import document_for, extract_documents
    from flows.stages.publish import publish
    from flows.stores.extracted import ExtractionStore

    pages = [(e, (store.pages / f"{e.index}.html").read_bytes()) for e in sample]
    started = time.perf_counter()
    docs = [document_for(body, url=f"http://127.0.0.1{e.path}", media_type="text/html")
            for e, body in pages]  # fmt: skip
    html_s = time.perf_counter() - started
    nlp = _Clock()
    with _timed_spacy(nlp):
        started = time.perf_counter()
        extract_documents(docs)
        extract_s = time.perf_counter() - started

    validation = _Clock()
    articles = ExtractionStore.at(str(data_dir)).all()  # publish takes the newest per article
    with tempfile.TemporaryDirectory() as aside, _timed_validation(validation):
        started = time.perf_counter()
        publish(articles, aside, run_id="bench-split")
        publish_s = time.perf_counter() - started
    return StageSplit(
        pages=len(pages),
        html_s=html_s,
        lists_s=max(0.0, extract_s - nlp.seconds),
        nlp_s=nlp.seconds,
        validation_s=validation.seconds,
        publishing_s=max(0.0, publish_s - validation.seconds),
    )
