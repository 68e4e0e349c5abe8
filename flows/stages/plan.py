"""What needs a request: the targets discovery found, split into those to fetch and the stored
pages that need none (unchanged since last fetched, or failed for good in a recent run)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from extractors.discovery import parse_datetime
from flows.stages.fetch import PAGE_TYPES, FetchRequest
from flows.stages.ingest_report import IngestReport
from flows.stores.ledger import stored_page
from flows.stores.raw import CrawlState, FetchRecord

RECHECK_FAILED = timedelta(days=7)  # a URL that failed for good is not requested again before


@dataclass(frozen=True)
class Target:
    """A page to fetch (or a local file to read), as discovery found it."""

    url: str  # the clean URL to request, or a file: URI
    source: str
    series: str | None = None
    modified: datetime | None = None  # when the linking feed or sitemap says it last changed
    path: Path | None = None  # a local file


def held(
    state: CrawlState,
    targets: Sequence[Target],
    report: IngestReport,
    *,
    refetch: bool = True,
    recheck_failed: timedelta = RECHECK_FAILED,
) -> tuple[list[Target], list[FetchRecord]]:
    """Split targets into those to fetch and the stored pages needing no request: pages
    their sitemap or feed says are unchanged since we last fetched them and, without
    `refetch`, every URL whose page the raw zone holds. URLs that failed for good in a
    recent run are in neither (they are not requested again yet)."""
    to_fetch: list[Target] = []
    kept: list[FetchRecord] = []
    for target in targets:
        if failed_recently(state, target, recheck_failed):
            report.counts.skipped_failed += 1
        elif record := stored_unchanged(state, target, refetch=refetch):
            kept.append(record)
        else:
            to_fetch.append(target)
    report.counts.not_modified += len(kept)
    return to_fetch, kept


def failed_recently(state: CrawlState, target: Target, recheck_failed: timedelta) -> bool:
    """Whether the target's URL failed for good less than `recheck_failed` ago."""
    seen = state.urls.get(target.url)
    if seen is None or seen.failure is None:
        return False
    checked = parse_datetime(seen.checked_at)
    return checked is not None and datetime.now(UTC) - checked < recheck_failed


def stored_unchanged(
    state: CrawlState, target: Target, *, refetch: bool = True
) -> FetchRecord | None:
    """The stored page of a URL its feed or sitemap says is unchanged since we fetched it (any
    stored page of the URL without `refetch`); None for a local file or a page to request."""
    record = stored_page(state, target.url)
    if target.path or record is None:
        return None
    if not refetch:
        return record
    checked = parse_datetime(state.urls[target.url].checked_at)
    if target.modified and checked and target.modified <= checked:
        return record
    return None


def request(state: CrawlState, url: str, accept: frozenset[str] = PAGE_TYPES) -> FetchRequest:
    """The request for a URL: conditional (its validators) when the raw zone holds its page."""
    seen = state.urls.get(url)
    if seen is None or seen.record is None:
        return FetchRequest(url, accept=accept)
    return FetchRequest(url, seen.etag, seen.last_modified, accept)
