"""Fetching into the raw zone: each page stored once by its hash with its fetch record, and the
crawl state told what each URL answered (validators, failures), once per URL in a run."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from extractors.discovery import page_links
from flows.stages.fetch import PAGE_TYPES, Fetcher, FetchRequest, FetchResult
from flows.stages.ingest_report import IngestReport, Progress
from flows.stages.plan import RECHECK_FAILED, Target, failed_recently, request, stored_unchanged
from flows.stores.raw import CrawlState, FetchRecord, RawZone, Role, UrlState, sha256, utc_now

log = logging.getLogger(__name__)

_LOCAL_TYPES = {".txt": "text/plain"}


def local_media_type(path: Path) -> str:
    """The media type a local file is read as."""
    return _LOCAL_TYPES.get(path.suffix.lower(), "text/html")


class Recorder:
    """The record-keeping of one crawl: stores what it fetches in the raw zone, remembers each
    URL's validators and failures in the crawl state and the URLs fetched in this run."""

    def __init__(self, raw: RawZone, state: CrawlState, report: IngestReport, fetcher: Fetcher):
        self.raw = raw
        self.state = state
        self.report = report
        self.fetcher = fetcher
        self.done: dict[str, FetchRecord] = {}  # URLs fetched in this run

    def request(self, url: str, accept: frozenset[str] = PAGE_TYPES) -> FetchRequest:
        """The request for a URL, conditional when its page is stored."""
        return request(self.state, url, accept)

    def keep(
        self, url: str, body: bytes, result: FetchResult | None, target: Target, role: Role
    ) -> FetchRecord:
        """Store a body and its fetch record, and remember the URL's validators."""
        media_type = result.media_type if result else local_media_type(target.path or Path(url))
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
        self.done[url] = record
        return record

    def unchanged(self, url: str, result: FetchResult) -> FetchRecord:
        """A 304: the body is the one stored last time; only the check time moves."""
        seen = self.state.urls[url]
        seen.checked_at = result.fetched_at
        seen.etag = result.headers.get("etag", seen.etag)
        seen.last_modified = result.headers.get("last-modified", seen.last_modified)
        assert seen.record is not None  # validators are only sent for URLs with a stored body
        self.done[url] = seen.record
        return seen.record

    def fetch(
        self,
        targets: Sequence[Target],
        progress: Progress,
        *,
        workers: int = 4,
        recheck_failed: timedelta = RECHECK_FAILED,
    ) -> list[FetchRecord]:
        """Fetch (or read) each target into the raw zone; the records of every page now stored."""
        progress.start("fetching", len(targets))
        records: list[FetchRecord] = []
        remote: dict[str, Target] = {}
        for target in targets:
            if failed_recently(self.state, target, recheck_failed):
                self.report.counts.skipped_failed += 1
                progress.advance()
                continue
            record = self._without_request(target)
            if record is not None:
                records.append(record)
                progress.advance()
            elif target.path is None:
                remote[target.url] = target
        requests_ = [self.request(url) for url in remote]
        with closing(self.fetcher.fetch_all(requests_, workers=workers)) as results:
            for fetch_request, result in results:
                record = self._fetched(remote[fetch_request.url], result)
                if record is not None:
                    records.append(record)
                progress.advance()
        return records

    def _without_request(self, target: Target) -> FetchRecord | None:
        """A target needing no request: a local file, a URL already fetched in this run, or a
        page its sitemap says is unchanged since we last fetched it."""
        if target.path is not None:
            return self._read_local(target)
        if target.url in self.done:
            return self.done[target.url]
        record = stored_unchanged(self.state, target)
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
        return self.keep(target.url, body, None, target, "article")

    def _fetched(self, target: Target, result: FetchResult) -> FetchRecord | None:
        if result.outcome == "fetched":
            assert result.body is not None
            self.report.counts.fetched += 1
            return self.keep(target.url, result.body, result, target, "article")
        if result.outcome == "not_modified":
            record = self.unchanged(target.url, result)
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
