"""Discovery: the article pages the sources name (local files and folders, feeds, sitemaps and
their indexes, listings and their next pages, URL lists), filtered, one target per page.

The documents read on the way are fetched through the crawl's `Recorder`, so that they are kept
in the raw zone and fetched conditionally next time like any page."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from extractors.discovery import (
    DiscoveryError,
    Link,
    parse_feed,
    parse_listing,
    parse_sitemap,
    parse_url_list,
    sniff,
)
from extractors.urls import clean_url, is_amp_url, normalize_url
from flows.stages.fetch import GZIP_TYPES, PAGE_TYPES
from flows.stages.ingest_report import Progress
from flows.stages.plan import Target
from flows.stages.record import Recorder, local_media_type
from flows.stages.sources import ARTICLE_SUFFIXES, Source
from flows.stores.raw import Role

log = logging.getLogger(__name__)

MAX_SITEMAPS = 1000  # child sitemaps followed from one source (an index of indexes included)


class _SourceFailed(Exception):
    """A source that yields nothing: its feed unreachable, unparsable, disallowed…"""


def discover(sources: Sequence[Source], recorder: Recorder, progress: Progress) -> list[Target]:
    """Article pages named by the sources, filtered, one per page however many URLs reach it."""
    report = recorder.report
    progress.start("discovering", len(sources))
    by_key: dict[str, Target] = {}
    for source in sources:
        try:
            targets = _discover(recorder, source)
        except _SourceFailed as exc:
            report.fail("discover", source.name, str(exc).removeprefix(f"{source.name}: "))
            targets = []
        for target in targets:
            key = normalize_url(target.url)
            kept = by_key.get(key)
            if kept is None or (is_amp_url(kept.url) and not is_amp_url(target.url)):
                by_key[key] = target
            report.counts.duplicates += kept is not None
        progress.advance()
    report.counts.seen = len(by_key)
    log.info("discovered %d article pages", len(by_key))
    return list(by_key.values())


def _discover(recorder: Recorder, source: Source) -> list[Target]:
    if source.path is not None:
        return _discover_local(source, source.path)
    if source.kind == "urls":
        links = [Link(u) for u in source.urls]
    else:
        links = _discover_remote(recorder, source, source.url or "")
    return [
        Target(clean_url(link.url), source.name, source.series, link.modified)
        for link in links
        if source.accepts(link)
    ]


def _discover_local(source: Source, path: Path) -> list[Target]:
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
        kind = sniff(content, uri, local_media_type(path))
        if kind in {"feed", "sitemap", "urls"}:
            links = _parse(kind, content, uri)
            return [
                Target(clean_url(link.url), source.name, source.series, link.modified)
                for link in links
                if source.accepts(link)
            ]
        files = [path]
    targets = [Target(p.resolve().as_uri(), source.name, source.series, path=p) for p in files]
    return [t for t in targets if source.accepts(Link(t.url))]


def _document(
    recorder: Recorder, url: str, source: Source, role: Role | None
) -> tuple[bytes, str, str]:
    """A discovery document, fetched conditionally (a 304 reads the stored copy); with no
    role given, its kind is sniffed. Returns (body, final URL, kind)."""
    raw, fetcher = recorder.raw, recorder.fetcher
    url = clean_url(url)
    accept = PAGE_TYPES | GZIP_TYPES
    if url in recorder.done and raw.is_sound(recorder.done[url].page):
        record = recorder.done[url]
        return raw.read_page(record.page), record.final_url, record.role
    request = recorder.request(url)
    result = fetcher.fetch(
        url, etag=request.etag, last_modified=request.last_modified, accept=accept
    )
    if result.outcome == "not_modified":
        record = recorder.unchanged(url, result)
        if raw.is_sound(record.page):
            return raw.read_page(record.page), record.final_url, record.role
        result = fetcher.fetch(url, accept=accept)  # our copy is damaged: all of it again
    if result.outcome == "robots":
        raise _SourceFailed(f"{url} is disallowed by robots.txt")
    if result.outcome == "failed":
        raise _SourceFailed(f"{url}: {result.reason}")
    if result.body is None:  # a 304 to a request without validators
        raise _SourceFailed(f"{url}: HTTP {result.status} without a body")
    assert result.body is not None
    final_url = result.final_url or url
    kind = role or sniff(result.body, final_url, result.media_type)
    recorder.keep(url, result.body, result, Target(url, source.name, source.series), kind)
    if kind == "article":
        recorder.report.counts.fetched += 1
    return result.body, final_url, kind


def _discover_remote(recorder: Recorder, source: Source, url: str) -> list[Link]:
    role = None if source.kind == "auto" else source.kind
    body, final_url, kind = _document(recorder, url, source, role)
    if kind == "article":
        return [Link(url)]
    if kind == "listing":
        return _listing_pages(recorder, source, body, final_url)
    if kind == "sitemap":
        return _sitemap_tree(recorder, source, body, final_url)
    return _parse(kind, body, final_url)


def _parse(kind: str, body: bytes, url: str) -> list[Link]:
    try:
        if kind == "feed":
            return parse_feed(body, url)
        if kind == "sitemap":
            return list(parse_sitemap(body, url).pages)
        return parse_url_list(body)
    except DiscoveryError as exc:
        raise _SourceFailed(f"{url}: {exc}") from None


def _sitemap_tree(recorder: Recorder, source: Source, body: bytes, url: str) -> list[Link]:
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
                child_body, child_final, _ = _document(recorder, child_url, source, "sitemap")
            except _SourceFailed as exc:  # one missing child sitemap does not sink the rest
                reason = str(exc).removeprefix(f"{child_url}: ")
                recorder.report.fail("discover", child_url, reason)
                continue
            queue.append((child_body, child_final))
    return links


def _listing_pages(recorder: Recorder, source: Source, body: bytes, url: str) -> list[Link]:
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
            body, url, _ = _document(recorder, next_url, source, "listing")
        except _SourceFailed as exc:  # keep the pages read so far
            recorder.report.fail("discover", next_url, str(exc).removeprefix(f"{next_url}: "))
            break
    return links
