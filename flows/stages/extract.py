"""Extraction of stored pages: each article page in the raw zone extracted once per extractor
version into the extraction store, in spaCy batches; and the raw zone's article pages to replay."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import extractors
from extractors.document import Document
from extractors.records import ExtractedArticle, Extraction
from flows.stages.fetch import charset_of
from flows.stages.ingest_report import IngestReport, Progress, Quiet
from flows.stores.extracted import ExtractionStore
from flows.stores.ledger import PageRef, is_extracted
from flows.stores.raw import FetchRecord, RawZone, utc_now

EXTRACT_CHUNK_PAGES = 64  # pages whose prose spaCy parses together (nlp.pipe batches)


def _document(raw: RawZone, record: FetchRecord) -> Document:
    """The Document of one stored page, read as it was served."""
    from extractors.article import document_for  # spaCy comes with extractors.article

    body = raw.read_page(record.page)
    web_url = record.final_url if urlsplit(record.final_url).scheme in {"http", "https"} else None
    charset = charset_of(record.headers.get("content-type"))
    return document_for(body, url=web_url, media_type=record.media_type, charset=charset)


def _extracted(record: FetchRecord, doc: Document, extraction: Extraction) -> ExtractedArticle:
    """One page's extraction, keyed for the extraction store."""
    if record.series and not extraction.article.series:
        extraction.article.series = record.series
    return ExtractedArticle(
        article_key=record.article_id,
        page_hash=record.page_hash,
        url=record.final_url,  # a local file's file:// URL too: where the article was read
        canonical_url=record.canonical_url,
        fetched_at=record.fetched_at,
        extractor_version=extractors.EXTRACTOR_VERSION,
        extraction=extraction,
        text=doc.text,
    )


def extract_record(raw: RawZone, record: FetchRecord) -> ExtractedArticle:
    """Extract one stored page, keyed for the extraction store."""
    from extractors.article import extract_document

    doc = _document(raw, record)
    return _extracted(record, doc, extract_document(doc))


def extract_records(
    raw: RawZone, records: Sequence[FetchRecord]
) -> Iterator[tuple[FetchRecord, ExtractedArticle | Exception]]:
    """Each stored page's extraction, or the exception it raised, in order: the prose of
    EXTRACT_CHUNK_PAGES pages at a time goes through spaCy together (`extract_documents`, so
    `nlp.pipe` sees batches); should a chunk fail, its pages are extracted again one by one, so
    that one bad page fails alone."""
    from extractors.article import extract_documents

    for start in range(0, len(records), EXTRACT_CHUNK_PAGES):
        chunk = records[start : start + EXTRACT_CHUNK_PAGES]
        docs: list[Document | Exception] = []
        for record in chunk:
            try:
                docs.append(_document(raw, record))
            except Exception as exc:  # one unreadable page must not stop the chunk
                docs.append(exc)
        readable = [doc for doc in docs if not isinstance(doc, Exception)]
        try:
            extractions = iter(extract_documents(readable))
        except Exception:  # some page of the chunk: find it by extracting them one at a time
            extractions = None
        for record, doc in zip(chunk, docs, strict=True):
            if isinstance(doc, Exception):
                yield record, doc
            elif extractions is not None:
                yield record, _extracted(record, doc, next(extractions))
            else:
                try:
                    yield record, extract_record(raw, record)
                except Exception as exc:
                    yield record, exc


def extract_batch(
    raw: RawZone,
    store: ExtractionStore,
    records: Sequence[FetchRecord],
    report: IngestReport,
    progress: Progress,
    *,
    force: bool = False,
) -> None:
    """Extract each article page once per extractor version; a failure is reported, page kept."""
    pages = {r.page_hash: r for r in records if r.role == "article"}
    progress.start("extracting", len(pages))
    todo = []
    for record in pages.values():
        if not force and is_extracted(store, record.page_hash):
            report.counts.reused += 1
            progress.advance()
        else:
            todo.append(record)
    for record, outcome in extract_records(raw, todo):
        try:
            if isinstance(outcome, Exception):
                raise outcome
            store.write(outcome)
        except Exception as exc:  # one bad page must not stop the batch; it stays in raw
            report.fail("extract", record.final_url, f"{type(exc).__name__}: {exc}")
        else:
            report.counts.extracted += 1
        progress.advance()


def extract_pages(
    records: Sequence[FetchRecord], data_dir: str, *, force: bool = False
) -> tuple[list[PageRef], IngestReport, float]:
    """extract_batch into the data dir's extraction store: the article pages that now have an
    extraction at this extractor version, the batch's report and the seconds it took."""
    started = time.perf_counter()
    report = IngestReport()
    store = ExtractionStore.at(data_dir)
    extract_batch(RawZone.at(data_dir), store, records, report, Quiet(), force=force)
    pages = {r.page_hash: PageRef.of(r) for r in records if r.role == "article"}
    done = [ref for page, ref in sorted(pages.items()) if is_extracted(store, page)]
    return done, report, time.perf_counter() - started


def stored_articles(raw: RawZone) -> list[FetchRecord]:
    """The latest fetch record of every article page in the raw zone, ordered by page hash."""
    latest: dict[str, FetchRecord] = {}
    for record in raw.records():
        kept = latest.get(record.page_hash)
        if record.role == "article" and (kept is None or record.fetched_at > kept.fetched_at):
            latest[record.page_hash] = record
    return [latest[page] for page in sorted(latest)]


def reextract(
    data_dir: str | Path, *, force: bool = False, progress: Progress | None = None
) -> IngestReport:
    """Rebuild extractions from the raw zone alone (no network): pages not yet extracted by this
    extractor version, or all of them with `force`."""
    raw = RawZone.at(data_dir)
    report = IngestReport()
    records = stored_articles(raw)
    report.counts.seen = len(records)
    extract_batch(
        raw,
        ExtractionStore.at(data_dir),
        records,
        report,
        progress or Quiet(),
        force=force,
    )
    report.finished_at = utc_now()
    return report
