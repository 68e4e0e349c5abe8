"""The ledger: one answer to fetched? extracted at this version? published? newest page?"""

from __future__ import annotations

import pytest
from invented_articles import FIELD, article, classification, race, stored_extraction

from flows.stages.publish import publish
from flows.stores.extracted import ExtractionStore
from flows.stores.ledger import (
    PageRef,
    is_extracted,
    newest_pages,
    published_pages,
    stored_page,
    version_order,
)
from flows.stores.raw import CrawlState, FetchRecord, UrlState

JUNE_16 = "2024-06-16T20:15:00.000+00:00"
JUNE_18 = "2024-06-18T09:00:00.000+00:00"


def fetch_record(url: str, role: str = "article") -> FetchRecord:
    return FetchRecord(
        requested_url=url,
        final_url=url,
        fetched_at=JUNE_16,
        page_hash="a" * 64,
        page="pages/aa/aaaa.html",
        size_bytes=10,
        role=role,
        article_key="site/report",
    )


def test_versions_order_by_number():
    assert sorted(["0.10.0", "0.9.3", "1.0.0", "0.9.12"], key=version_order) == [
        "0.9.3",
        "0.9.12",
        "0.10.0",
        "1.0.0",
    ]


def test_a_release_candidate_comes_before_its_release():
    assert version_order("0.2.0rc1") < version_order("0.2.0") < version_order("0.2.1")


def test_a_name_that_is_no_version_sorts_before_every_version():
    assert sorted(["1.0.0", "scratch", "0.1.0"], key=version_order) == ["scratch", "0.1.0", "1.0.0"]


def test_a_url_is_fetched_when_the_raw_zone_holds_its_article_page():
    record = fetch_record("https://example.org/report")
    feed = fetch_record("https://example.org/feed.xml", role="feed")
    state = CrawlState(
        urls={
            record.final_url: UrlState(checked_at=JUNE_16, record=record),
            feed.final_url: UrlState(checked_at=JUNE_16, record=feed),
            "https://example.org/gone": UrlState(checked_at=JUNE_16, failure="404"),
        }
    )
    assert stored_page(state, "https://example.org/report") == record
    assert stored_page(state, "https://example.org/feed.xml") is None  # no article
    assert stored_page(state, "https://example.org/gone") is None
    assert stored_page(state, "https://example.org/never") is None


def test_a_page_is_extracted_at_one_version_only(tmp_path, monkeypatch):
    store = ExtractionStore.at(tmp_path)
    store.write(stored_extraction("k1", "abc", "0.1.0", JUNE_16))
    assert is_extracted(store, "abc", "0.1.0")
    assert not is_extracted(store, "abc", "0.2.0")
    monkeypatch.setattr("extractors.EXTRACTOR_VERSION", "0.1.0")
    assert is_extracted(store, "abc") and not is_extracted(store, "other")


def test_a_page_is_published_at_the_version_its_rows_came_from(tmp_path):
    report = article(races=[race("Final", classification(FIELD[:3], [None, 1.0, 2.0]))])
    assert published_pages(str(tmp_path), "1.0.0") == set()
    publish([report], str(tmp_path), run_id="run-1")
    assert published_pages(str(tmp_path), "1.0.0") == {report.page_hash}
    assert published_pages(str(tmp_path), "2.0.0") == set()


def test_the_newest_page_is_the_newest_version_then_the_latest_fetch_then_the_page_hash():
    pages = [
        stored_extraction("k1", "p1", "0.9.0", JUNE_18),
        stored_extraction("k1", "p2", "0.10.0", JUNE_16),
        stored_extraction("k1", "p3", "0.10.0", JUNE_18),  # fetched later
        stored_extraction("k2", "p4", "0.2.0rc1", JUNE_18),
        stored_extraction("k2", "p5", "0.2.0", JUNE_16),  # the release beats its candidate
        stored_extraction("k3", "p6", "1.0.0", JUNE_16),
        stored_extraction("k3", "p7", "1.0.0", JUNE_16),  # same fetch: the greater hash
    ]
    expected = [("k1", "p3"), ("k2", "p5"), ("k3", "p7")]
    assert [(p.article_key, p.page_hash) for p in newest_pages(pages)] == expected
    assert newest_pages(reversed(pages)) == newest_pages(pages)


def test_page_references_and_extractions_pick_the_same_page():
    pages = [
        stored_extraction("k1", "p1", "1.0.0", JUNE_18),
        stored_extraction("k1", "p2", "1.0.0", JUNE_16),
    ]
    refs = [PageRef(p.article_key, p.fetched_at, p.page_hash, p.extractor_version) for p in pages]
    assert newest_pages(refs)[0].page_hash == newest_pages(pages)[0].page_hash == "p1"


@pytest.mark.parametrize("fetched_at", [None, ""])
def test_an_extraction_without_a_fetch_time_is_the_oldest_fetch(fetched_at):
    undated = stored_extraction("k1", "p9", "1.0.0", fetched_at)
    dated = stored_extraction("k1", "p1", "1.0.0", JUNE_16)
    assert newest_pages([undated, dated]) == [dated]
