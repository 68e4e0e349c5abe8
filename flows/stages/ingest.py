"""Ingestion: discover article links from sources, fetch them politely into the raw zone, extract
every stored page once per extractor version; and replay, which re-extracts from the raw zone alone.

Each step takes and returns a batch (`Crawl.discover` -> targets, `Crawl.fetch` -> fetch records,
`Crawl.extract`), so flows can run them as separate tasks; `ingest` runs them in order.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import extractors
from extractors.discovery import (
    DiscoveryError,
    Link,
    page_links,
    parse_datetime,
    parse_feed,
    parse_listing,
    parse_sitemap,
    parse_url_list,
    sniff,
)
from extractors.document import Document
from extractors.records import ExtractedArticle, Extraction
from extractors.urls import clean_url, is_amp_url, normalize_url
from flows.stages.fetch import (
    GZIP_TYPES,
    PAGE_TYPES,
    Fetcher,
    FetchPolicy,
    FetchRequest,
    FetchResult,
    charset_of,
)
from flows.stages.sources import ARTICLE_SUFFIXES, Source
from flows.stores.extracted import ExtractionStore
from flows.stores.ledger import PageRef, is_extracted, stored_page
from flows.stores.raw import FetchRecord, RawZone, Role, UrlState, sha256, utc_now
from flows.stores.runs import Failure, RunCounts

log = logging.getLogger(__name__)

MAX_SITEMAPS = 1000  # child sitemaps followed from one source (an index of indexes included)
EXTRACT_CHUNK_PAGES = 64  # pages whose prose spaCy parses together (nlp.pipe batches)
RECHECK_FAILED = timedelta(days=7)  # a URL that failed for good is not requested again before
_LOCAL_TYPES = {".txt": "text/plain"}


class Progress(Protocol):
    """Receives progress of a long step (a progress bar in the CLI)."""

    def start(self, label: str, total: int) -> None: ...

    def advance(self, steps: int = 1) -> None: ...


class _Quiet:
    def start(self, label: str, total: int) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        pass


@dataclass(frozen=True)
class Target:
    """A page to fetch (or a local file to read), as discovery found it."""

    url: str  # the clean URL to request, or a file: URI
    source: str
    series: str | None = None
    modified: datetime | None = None  # when the linking feed or sitemap says it last changed
    path: Path | None = None  # a local file


@dataclass
class IngestReport:
    """What a run (or one batch of it) did: its counts, the record runs keep (`seen`: article
    pages to fetch after filters and dedup, or pages found by a replay), the URLs robots.txt
    disallows and every failure with its reason."""

    started_at: str = field(default_factory=utc_now)
    finished_at: str | None = None
    counts: RunCounts = field(default_factory=RunCounts)
    disallowed: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def fail(self, stage: str, item: str, reason: str) -> None:
        log.info("%s failed for %s: %s", stage, item, reason)
        self.failures.append(Failure(stage=stage, item=item, reason=reason))
        self.counts.failed += 1

    def disallow(self, url: str) -> None:
        """A URL robots.txt keeps us from."""
        self.disallowed.append(url)
        self.counts.skipped_robots += 1

    def add(self, part: IngestReport) -> None:
        """Add a batch's report to this one: counts add up, lists are joined."""
        self.counts.add(part.counts)
        self.disallowed.extend(part.disallowed)
        self.failures.extend(part.failures)

    @property
    def ok(self) -> bool:
        """False when a source could not be read, or when every page tried failed: pages failed
        and none has an extraction (a page fetched but not extractable is no success)."""
        if any(f.stage == "discover" for f in self.failures):
            return False
        pages_failed = any(f.stage in {"fetch", "extract"} for f in self.failures)
        return not (pages_failed and self.counts.extracted + self.counts.reused == 0)


class _SourceFailed(Exception):
    """A source that yields nothing: its feed unreachable, unparsable, disallowed…"""


def _local_media_type(path: Path) -> str:
    return _LOCAL_TYPES.get(path.suffix.lower(), "text/html")


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
    extract_batch(RawZone.at(data_dir), store, records, report, _Quiet(), force=force)
    pages = {r.page_hash: PageRef.of(r) for r in records if r.role == "article"}
    done = [ref for page, ref in sorted(pages.items()) if is_extracted(store, page)]
    return done, report, time.perf_counter() - started


def exit_with_parent(parent_pid: int, every_s: float = 1.0) -> None:
    """In a worker process: exit as soon as `parent_pid` is no longer its parent (the parent was
    killed), instead of waiting for work that will never come."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(every_s)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


class Crawl:
    """One ingestion run over a data dir: fetcher, raw zone, crawl state and report together.

    Use as a context manager: the crawl state is saved on the way out whatever happened, so a
    crash keeps everything fetched so far; the run watermark moves only when the run finished.
    Give it the run's `fetcher` when one run makes several crawls (batches), so that each host's
    robots.txt, delay and Retry-After hold for the whole run; else it has one of its own.
    """

    def __init__(
        self,
        data_dir: str | Path,
        *,
        policy: FetchPolicy | None = None,
        fetcher: Fetcher | None = None,
        workers: int = 4,
        progress: Progress | None = None,
        recheck_failed: timedelta = RECHECK_FAILED,
    ):
        self.raw = RawZone.at(data_dir)
        self.store = ExtractionStore.at(data_dir)
        self.state = self.raw.load_state()
        self.report = IngestReport()
        for damage in self.raw.repaired:  # named once, in the summary of the run that repaired it
            self.report.fail("state", damage.path, damage.reason)
        self._own_fetcher = fetcher is None
        self.fetcher = fetcher if fetcher is not None else Fetcher(policy)
        self.workers = workers
        self.recheck_failed = recheck_failed
        self.progress = progress or _Quiet()
        self._done: dict[str, FetchRecord] = {}  # URLs fetched in this run

    def __enter__(self) -> Crawl:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self._own_fetcher:
            self.fetcher.close()
        self.report.finished_at = utc_now()
        if exc_type is None:
            self.state.last_run = self.report.started_at
        self.raw.save_state(self.state)

    # -- keeping what was fetched --------------------------------------------------------------

    def _keep(
        self, url: str, body: bytes, result: FetchResult | None, target: Target, role: Role
    ) -> FetchRecord:
        """Store a body and its fetch record, and remember the URL's validators."""
        media_type = result.media_type if result else _local_media_type(target.path or Path(url))
        page_hash, page, new = self.raw.put_page(body, media_type)
        self.report.counts.stored += new
        final_url = (result.final_url if result else None) or url
        canonical = None
        key = None
        if role == "article":
            if media_type in {"text/html", "application/xhtml+xml"}:
                canonical = page_links(body, final_url).canonical
            key = self.state.article_key(
                page_hash=page_hash, urls=[url, final_url], canonical=canonical
            )
        record = FetchRecord(
            requested_url=url,
            final_url=final_url,
            canonical_url=canonical,
            status=result.status if result else None,
            headers=result.headers if result else {},
            fetched_at=result.fetched_at if result else utc_now(),
            page_hash=page_hash,
            page=page,
            media_type=media_type,
            size_bytes=len(body),
            role=role,
            article_key=key,
            source=target.source,
            series=target.series,
        )
        self.raw.put_record(record)
        headers = result.headers if result else {}
        self.state.urls[url] = UrlState(
            checked_at=record.fetched_at,
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
            record=record,
        )
        self._done[url] = record
        return record

    def _unchanged(self, url: str, result: FetchResult) -> FetchRecord:
        """A 304: the body is the one stored last time; only the check time moves."""
        seen = self.state.urls[url]
        seen.checked_at = result.fetched_at
        seen.etag = result.headers.get("etag", seen.etag)
        seen.last_modified = result.headers.get("last-modified", seen.last_modified)
        assert seen.record is not None  # validators are only sent for URLs with a stored body
        self._done[url] = seen.record
        return seen.record

    def _request(self, url: str, accept: frozenset[str] = PAGE_TYPES) -> FetchRequest:
        seen = self.state.urls.get(url)
        if seen is None or seen.record is None:
            return FetchRequest(url, accept=accept)
        return FetchRequest(url, seen.etag, seen.last_modified, accept)

    # -- discover ------------------------------------------------------------------------------

    def discover(self, sources: Sequence[Source]) -> list[Target]:
        """Article pages named by the sources, filtered, one per page however many URLs reach it."""
        self.progress.start("discovering", len(sources))
        by_key: dict[str, Target] = {}
        for source in sources:
            try:
                targets = self._discover(source)
            except _SourceFailed as exc:
                self.report.fail("discover", source.name, str(exc).removeprefix(f"{source.name}: "))
                targets = []
            for target in targets:
                key = normalize_url(target.url)
                kept = by_key.get(key)
                if kept is None or (is_amp_url(kept.url) and not is_amp_url(target.url)):
                    by_key[key] = target
                self.report.counts.duplicates += kept is not None
            self.progress.advance()
        self.report.counts.seen = len(by_key)
        log.info("discovered %d article pages", len(by_key))
        return list(by_key.values())

    def _discover(self, source: Source) -> list[Target]:
        if source.path is not None:
            return self._discover_local(source, source.path)
        if source.kind == "urls":
            links = [Link(u) for u in source.urls]
        else:
            links = self._discover_remote(source, source.url or "")
        return [
            Target(clean_url(link.url), source.name, source.series, link.modified)
            for link in links
            if source.accepts(link)
        ]

    def _discover_local(self, source: Source, path: Path) -> list[Target]:
        if source.kind == "folder" or path.is_dir():
            if not path.is_dir():
                raise _SourceFailed(f"no such folder: {path}")
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES)
        else:
            try:
                content = path.read_bytes()
            except OSError as exc:
                raise _SourceFailed(f"cannot read {path}: {exc.strerror or exc}") from None
            uri = path.resolve().as_uri()  # a relative path has no file: URI of its own
            kind = sniff(content, uri, _local_media_type(path))
            if kind in {"feed", "sitemap", "urls"}:
                links = self._parse(kind, content, uri, source)
                return [
                    Target(clean_url(link.url), source.name, source.series, link.modified)
                    for link in links
                    if source.accepts(link)
                ]
            files = [path]
        targets = [Target(p.resolve().as_uri(), source.name, source.series, path=p) for p in files]
        return [t for t in targets if source.accepts(Link(t.url))]

    def _document(self, url: str, source: Source, role: Role | None) -> tuple[bytes, str, str]:
        """A discovery document, fetched conditionally (a 304 reads the stored copy); with no
        role given, its kind is sniffed. Returns (body, final URL, kind)."""
        url = clean_url(url)
        accept = PAGE_TYPES | GZIP_TYPES
        if url in self._done and self.raw.is_sound(self._done[url].page):
            record = self._done[url]
            return self.raw.read_page(record.page), record.final_url, record.role
        result = self.fetcher.fetch(url, **self._validators(url), accept=accept)
        if result.outcome == "not_modified":
            record = self._unchanged(url, result)
            if self.raw.is_sound(record.page):
                return self.raw.read_page(record.page), record.final_url, record.role
            result = self.fetcher.fetch(url, accept=accept)  # our copy is damaged: all of it again
        if result.outcome == "robots":
            raise _SourceFailed(f"{url} is disallowed by robots.txt")
        if result.outcome == "failed":
            raise _SourceFailed(f"{url}: {result.reason}")
        if result.body is None:  # a 304 to a request without validators
            raise _SourceFailed(f"{url}: HTTP {result.status} without a body")
        assert result.body is not None
        final_url = result.final_url or url
        kind = role or sniff(result.body, final_url, result.media_type)
        target = Target(url, source.name, source.series)
        self._keep(url, result.body, result, target, kind)
        if kind == "article":
            self.report.counts.fetched += 1
        return result.body, final_url, kind

    def _validators(self, url: str) -> dict[str, str | None]:
        request = self._request(url)
        return {"etag": request.etag, "last_modified": request.last_modified}

    def _discover_remote(self, source: Source, url: str) -> list[Link]:
        role = None if source.kind == "auto" else source.kind
        body, final_url, kind = self._document(url, source, role)
        if kind == "article":
            return [Link(url)]
        if kind == "listing":
            return self._listing_pages(source, body, final_url)
        if kind == "sitemap":
            return self._sitemap_tree(source, body, final_url)
        return self._parse(kind, body, final_url, source)

    def _parse(self, kind: str, body: bytes, url: str, source: Source) -> list[Link]:
        try:
            if kind == "feed":
                return parse_feed(body, url)
            if kind == "sitemap":
                return list(parse_sitemap(body, url).pages)
            return parse_url_list(body)
        except DiscoveryError as exc:
            raise _SourceFailed(f"{url}: {exc}") from None

    def _sitemap_tree(self, source: Source, body: bytes, url: str) -> list[Link]:
        """Page links of a sitemap and, for an index, of every sitemap it lists (depth first)."""
        links: list[Link] = []
        queue = [(body, url)]
        visited = {clean_url(url)}
        while queue:
            body, url = queue.pop(0)
            try:
                sitemap = parse_sitemap(body, url)
            except DiscoveryError as exc:
                raise _SourceFailed(f"{url}: {exc}") from None
            links.extend(sitemap.pages)
            for child in sitemap.sitemaps:
                child_url = clean_url(child.url)
                if child_url in visited or len(visited) > MAX_SITEMAPS:
                    continue
                visited.add(child_url)
                try:
                    child_body, child_final, _ = self._document(child_url, source, "sitemap")
                except _SourceFailed as exc:  # one missing child sitemap does not sink the rest
                    self.report.fail("discover", child_url, str(exc).removeprefix(f"{child_url}: "))
                    continue
                queue.append((child_body, child_final))
        return links

    def _listing_pages(self, source: Source, body: bytes, url: str) -> list[Link]:
        """Article links of a listing and of the pages its "next" links lead to, up to max_pages."""
        links: list[Link] = []
        visited = {clean_url(url)}
        for number in range(1, source.max_pages + 1):
            try:
                listing = parse_listing(body, url)
            except DiscoveryError as exc:
                raise _SourceFailed(f"{url}: {exc}") from None
            links.extend(listing.articles)
            next_url = clean_url(listing.next_url) if listing.next_url else None
            if next_url is None or next_url in visited or number == source.max_pages:
                break
            visited.add(next_url)
            try:
                body, url, _ = self._document(next_url, source, "listing")
            except _SourceFailed as exc:  # keep the pages read so far
                self.report.fail("discover", next_url, str(exc).removeprefix(f"{next_url}: "))
                break
        return links

    # -- fetch ---------------------------------------------------------------------------------

    def fetch(self, targets: Sequence[Target]) -> list[FetchRecord]:
        """Fetch (or read) each target into the raw zone; the records of every page now stored."""
        self.progress.start("fetching", len(targets))
        records: list[FetchRecord] = []
        remote: dict[str, Target] = {}
        for target in targets:
            if self._failed_recently(target):
                self.report.counts.skipped_failed += 1
                self.progress.advance()
                continue
            record = self._without_request(target)
            if record is not None:
                records.append(record)
                self.progress.advance()
            elif target.path is None:
                remote[target.url] = target
        requests_ = [self._request(url) for url in remote]
        with closing(self.fetcher.fetch_all(requests_, workers=self.workers)) as results:
            for request, result in results:
                record = self._fetched(remote[request.url], result)
                if record is not None:
                    records.append(record)
                self.progress.advance()
        return records

    def _failed_recently(self, target: Target) -> bool:
        seen = self.state.urls.get(target.url)
        if seen is None or seen.failure is None:
            return False
        checked = parse_datetime(seen.checked_at)
        return checked is not None and datetime.now(UTC) - checked < self.recheck_failed

    def held(
        self, targets: Sequence[Target], *, refetch: bool = True
    ) -> tuple[list[Target], list[FetchRecord]]:
        """Split targets into those to fetch and the stored pages needing no request: pages
        their sitemap or feed says are unchanged since we last fetched them and, without
        `refetch`, every URL whose page the raw zone holds. URLs that failed for good in a
        recent run are in neither (they are not requested again yet)."""
        to_fetch: list[Target] = []
        held: list[FetchRecord] = []
        for target in targets:
            if self._failed_recently(target):
                self.report.counts.skipped_failed += 1
            elif record := self._stored_unchanged(target, refetch=refetch):
                held.append(record)
            else:
                to_fetch.append(target)
        self.report.counts.not_modified += len(held)
        return to_fetch, held

    def _stored_unchanged(self, target: Target, *, refetch: bool = True) -> FetchRecord | None:
        record = stored_page(self.state, target.url)
        if target.path or record is None:
            return None
        if not refetch:
            return record
        checked = parse_datetime(self.state.urls[target.url].checked_at)
        if target.modified and checked and target.modified <= checked:
            return record
        return None

    def _without_request(self, target: Target) -> FetchRecord | None:
        """A target needing no request: a local file, a URL already fetched in this run, or a
        page its sitemap says is unchanged since we last fetched it."""
        if target.path is not None:
            return self._read_local(target)
        if target.url in self._done:
            return self._done[target.url]
        record = self._stored_unchanged(target)
        if record is not None:
            self.report.counts.not_modified += 1
        return record

    def _read_local(self, target: Target) -> FetchRecord | None:
        assert target.path is not None
        try:
            body = target.path.read_bytes()
        except OSError as exc:
            self.report.fail("fetch", str(target.path), exc.strerror or str(exc))
            return None
        limit = self.fetcher.policy.max_bytes
        if len(body) > limit:
            self.report.fail("fetch", str(target.path), f"file exceeds the {limit}-byte limit")
            return None
        seen = self.state.urls.get(target.url)
        if seen and seen.record and seen.record.page_hash == sha256(body):
            self.report.counts.not_modified += 1
            return seen.record
        self.report.counts.fetched += 1
        return self._keep(target.url, body, None, target, "article")

    def _fetched(self, target: Target, result: FetchResult) -> FetchRecord | None:
        if result.outcome == "fetched":
            assert result.body is not None
            self.report.counts.fetched += 1
            return self._keep(target.url, result.body, result, target, "article")
        if result.outcome == "not_modified":
            record = self._unchanged(target.url, result)
            if self.raw.is_sound(record.page):
                self.report.counts.not_modified += 1
                return record
            # our copy is damaged (flows.stores.raw): ask for the whole page again, which repairs it
            result = self.fetcher.fetch(target.url, accept=PAGE_TYPES)
            if result.outcome == "fetched":
                return self._fetched(target, result)
        if result.outcome == "robots":
            log.info("skipped (robots.txt): %s", target.url)
            self.report.disallow(target.url)
        else:
            self.report.fail("fetch", target.url, result.reason or "failed")
            if result.permanent:
                self.state.urls[target.url] = UrlState(
                    checked_at=result.fetched_at, failure=result.reason
                )
        return None

    # -- extract -------------------------------------------------------------------------------

    def extract(self, records: Sequence[FetchRecord]) -> None:
        """Extract the stored article pages not yet extracted by this extractor version."""
        extract_batch(self.raw, self.store, records, self.report, self.progress)


def ingest(
    sources: Sequence[Source],
    data_dir: str | Path,
    *,
    policy: FetchPolicy | None = None,
    workers: int = 4,
    progress: Progress | None = None,
) -> IngestReport:
    """Discover, fetch and extract: one incremental run over the sources into `data_dir`."""
    with Crawl(data_dir, policy=policy, workers=workers, progress=progress) as crawl:
        targets = crawl.discover(sources)
        records = crawl.fetch(targets)
        crawl.extract(records)
    return crawl.report


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
        progress or _Quiet(),
        force=force,
    )
    report.finished_at = utc_now()
    return report
