"""The ledger: one answer to each "is this done already?" question, which every stage asks.

- fetched?                       `stored_page(state, url)`: the crawl state of the raw zone
- extracted at this version?     `is_extracted(store, page_hash)`: the extraction store
- published?                     `published_pages(data_dir, version)`: the commit record
- newest page of this article?   `newest_pages(pages)`: newest extractor version, latest fetch,
                                 greatest page hash
- which extractor version is newer? `version_order(version)`: PEP 440 (`0.2.0rc1` < `0.2.0`)

The stores keep the records; the ledger reads them and nothing else decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from packaging.version import InvalidVersion, Version

import extractors
from flows.stores.commits import curated_zone, read_commit
from flows.stores.extracted import ExtractionStore
from flows.stores.raw import CrawlState, FetchRecord


def version_order(version: str) -> tuple[int, Version | str]:
    """Sort key of an extractor version: 0.10.0 after 0.9.3, 0.2.0rc1 before 0.2.0 (PEP 440);
    a name that is no version sorts before every version, by its text."""
    try:
        return 1, Version(version)
    except InvalidVersion:
        return 0, version


class Page(Protocol):
    """A stored page as the ledger orders an article's pages: an extraction or a PageRef."""

    @property
    def article_key(self) -> str: ...
    @property
    def page_hash(self) -> str: ...
    @property
    def fetched_at(self) -> str | None: ...
    @property
    def extractor_version(self) -> str: ...


P = TypeVar("P", bound=Page)


@dataclass(frozen=True, slots=True, order=True)
class PageRef:
    """A page extracted at one extractor version, by what picks the newest edition of an
    article without reading its extraction: the article, when the page was fetched, its hash."""

    article_key: str
    fetched_at: str
    page_hash: str
    extractor_version: str

    @classmethod
    def of(cls, record: FetchRecord, version: str | None = None) -> PageRef:
        """The page of a fetch record, extracted at `version` (default: the current extractor)."""
        version = version or extractors.EXTRACTOR_VERSION
        return cls(record.article_id, record.fetched_at, record.page_hash, version)


def stored_page(state: CrawlState, url: str) -> FetchRecord | None:
    """Fetched? The article page the raw zone holds for `url` (its last fetch with a body),
    None when the URL was never fetched or gave no article."""
    seen = state.urls.get(url)
    if seen is None or seen.record is None or seen.record.role != "article":
        return None
    return seen.record


def is_extracted(store: ExtractionStore, page_hash: str, version: str | None = None) -> bool:
    """Extracted at this version? Whether the store holds the page's extraction by `version`
    (default: the current extractor)."""
    return store.has(page_hash, version or extractors.EXTRACTOR_VERSION)


def published_pages(data_dir: str, version: str) -> set[str]:
    """Published? The pages whose extraction at `version` the tables hold (its rows published
    or quarantined), from the commit record alone."""
    pages = read_commit(curated_zone(data_dir)).pages.values()
    return {page.page_hash for page in pages if page.extractor_version == version}


def recency(page: Page) -> tuple[tuple[int, Version | str], str, str]:
    """How new a page of an article is: its extractor version, then its fetch, then its hash."""
    return version_order(page.extractor_version), page.fetched_at or "", page.page_hash


def newest_pages(pages: Iterable[P]) -> list[P]:
    """Newest page of this article? One page per article, the newest by `recency`, in article
    key order: what publishing takes, whether pages are extractions or references."""
    newest: dict[str, P] = {}
    for page in pages:
        kept = newest.get(page.article_key)
        if kept is None or recency(page) > recency(kept):
            newest[page.article_key] = page
    return [newest[key] for key in sorted(newest)]
