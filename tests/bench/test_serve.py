"""The benchmark's loopback site: discovery documents, pages, and 304s for unchanged pages."""

from __future__ import annotations

import requests

from bench.serve import CorpusStore, LoopbackSite


def test_site_serves_the_corpus_and_answers_conditional_requests(tmp_path):
    store = CorpusStore(tmp_path, seed=7)
    with LoopbackSite(store, 3) as site:
        index = requests.get(site.sitemap_url, timeout=5).text
        sitemap = requests.get(index.split("<loc>")[1].split("</loc>")[0], timeout=5).text
        assert sitemap.count("<url>") == 3
        assert "Sitemap:" in requests.get(f"{site.base_url}/robots.txt", timeout=5).text

        url = f"{site.base_url}{site.entries[0].path}"
        first = requests.get(url, timeout=5)
        assert first.status_code == 200 and "text/html" in first.headers["Content-Type"]
        by_etag = requests.get(url, headers={"If-None-Match": first.headers["ETag"]}, timeout=5)
        since = {"If-Modified-Since": first.headers["Last-Modified"]}
        by_date = requests.get(url, headers=since, timeout=5)
        assert (by_etag.status_code, by_date.status_code) == (304, 304)
        assert requests.get(f"{site.base_url}/nope/", timeout=5).status_code == 404


def test_a_grown_store_keeps_the_pages_it_had(tmp_path):
    store = CorpusStore(tmp_path, seed=7)
    small = store.ensure(2)
    assert store.ensure(4)[:2] == small
    assert len(list(store.iter_texts(4))) == 4
