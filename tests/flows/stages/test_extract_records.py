"""Stored pages extracted a chunk at a time (their prose through spaCy together): the same
extractions as one page at a time, in order, and a page that cannot be read fails alone."""

from __future__ import annotations

from pathlib import Path

from flows.stages.extract import extract_record, extract_records, stored_articles
from flows.stages.ingest import ingest
from flows.stages.sources import source_from_arg
from flows.stores.raw import RawZone

SAMPLES = Path(__file__).resolve().parents[3] / "samples" / "articles"


def stored(tmp_path: Path) -> tuple[RawZone, list]:
    ingest([source_from_arg(str(SAMPLES))], tmp_path)
    raw = RawZone.at(tmp_path)
    return raw, stored_articles(raw)


def test_a_chunk_extracts_what_one_page_at_a_time_extracts_in_order(tmp_path):
    raw, records = stored(tmp_path)
    assert len(records) == 6
    together = list(extract_records(raw, records))
    assert [record for record, _ in together] == records
    assert [outcome for _, outcome in together] == [extract_record(raw, r) for r in records]


def test_a_page_that_cannot_be_read_fails_alone(tmp_path):
    raw, records = stored(tmp_path)
    broken = records[2].model_copy(update={"page": "pages/00/missing.html"})
    outcomes = [
        outcome for _, outcome in extract_records(raw, [*records[:2], broken, *records[3:]])
    ]
    assert isinstance(outcomes[2], Exception)
    assert all(not isinstance(o, Exception) for i, o in enumerate(outcomes) if i != 2)
    assert outcomes[3] == extract_record(raw, records[3])


def test_a_page_failing_inside_the_chunk_fails_alone_and_the_others_are_extracted(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("nations-cup-world-final.html", "taca-sim-lusitana-estoril.html"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    # one paragraph over the 100,000 characters read as prose: spaCy refuses the whole chunk
    (folder / "endless.txt").write_text("Endless report\n\n" + "The race went on. " * 6000)
    report = ingest([source_from_arg(str(folder))], tmp_path / "data")
    assert [(f.stage, f.item.rsplit("/", 1)[-1]) for f in report.failures] == [
        ("extract", "endless.txt")
    ]
    assert "ProseTooLongError" in report.failures[0].reason
    assert report.counts.extracted == 2
