"""Finding article links in feeds, sitemaps, URL lists and listing pages; telling them apart."""

from __future__ import annotations

import gzip
from datetime import UTC, date, datetime

import pytest

from extractors.discovery import (
    DiscoveryError,
    page_links,
    parse_datetime,
    parse_feed,
    parse_listing,
    parse_sitemap,
    parse_url_list,
    sniff,
)

BASE = "https://news.example.org"

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Race reports</title>
  <item><title>Grand Final report</title><link>https://news.example.org/reports/grand-final</link>
        <pubDate>Sun, 16 Jun 2024 20:15:00 +0200</pubDate></item>
  <item><title>Only a guid</title><guid>https://news.example.org/reports/round-2</guid></item>
  <item><title>A guid, no link</title><guid isPermaLink="false">tag:example,2024:9</guid></item>
  <item><title>Relative</title><link>/reports/round-3</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example.org/en/">
  <title>Reports</title>
  <entry><title>Sprint race</title>
    <link rel="edit" href="/api/entries/1"/>
    <link rel="alternate" type="text/html" href="reports/sprint-race"/>
    <published>2024-03-02T10:00:00Z</published><updated>2024-03-05T08:30:00+01:00</updated>
  </entry>
  <entry><title>No rel</title><link href="https://news.example.org/en/reports/heat-b"/>
    <updated>2024-03-09T12:00:00Z</updated></entry>
</feed>"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example.org/"><title>Old feed</title></channel>
  <item rdf:about="https://news.example.org/reports/a"><title>A</title>
    <link>https://news.example.org/reports/a</link><dc:date>2023-11-04</dc:date></item>
</rdf:RDF>"""

URLSET = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example.org/reports/final</loc><lastmod>2024-06-16</lastmod>
    <news:news><news:publication_date>2024-06-15T21:00:00Z</news:publication_date>
      <news:title>The final</news:title></news:news></url>
  <url><loc> https://news.example.org/reports/heat-a </loc></url>
</urlset>"""

INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example.org/sitemap-2023.xml</loc><lastmod>2023-12-31</lastmod></sitemap>
  <sitemap><loc>https://news.example.org/sitemap-2024.xml.gz</loc></sitemap>
</sitemapindex>"""


def test_rss_items_give_links_titles_and_dates():
    links = parse_feed(RSS, BASE + "/feed.xml")
    assert [link.url for link in links] == [
        BASE + "/reports/grand-final",
        BASE + "/reports/round-2",
        BASE + "/reports/round-3",
    ]
    assert links[0].title == "Grand Final report"
    assert links[0].published == date(2024, 6, 16)
    assert links[0].modified is None  # an RSS date says when it was published, not changed


def test_atom_entries_use_their_alternate_link_resolved_against_xml_base():
    links = parse_feed(ATOM, BASE + "/atom.xml")
    assert [link.url for link in links] == [
        BASE + "/en/reports/sprint-race",
        BASE + "/en/reports/heat-b",
    ]
    assert links[0].published == date(2024, 3, 2)
    assert links[0].modified == datetime(2024, 3, 5, 7, 30, tzinfo=UTC)


def test_rss_1_rdf_feeds_are_read():
    (link,) = parse_feed(RDF, BASE + "/index.rdf")
    assert (link.url, link.published) == (BASE + "/reports/a", date(2023, 11, 4))


def test_a_document_that_is_not_a_feed_is_refused():
    with pytest.raises(DiscoveryError):
        parse_feed(URLSET, BASE)
    with pytest.raises(DiscoveryError):
        parse_feed(b"<html><body>hello</body></html>", BASE)


def test_a_sitemap_gives_its_pages_with_lastmod_and_news_dates():
    sitemap = parse_sitemap(URLSET, BASE + "/sitemap.xml")
    assert sitemap.sitemaps == ()
    final, heat = sitemap.pages
    assert heat.url == BASE + "/reports/heat-a"
    assert final.title == "The final"
    assert final.published == date(2024, 6, 15)
    # a bare lastmod date counts to the end of that day: a change that day is not missed
    assert final.modified == datetime(2024, 6, 16, 23, 59, 59, 999999, tzinfo=UTC)


def test_a_sitemap_index_gives_its_sitemaps():
    sitemap = parse_sitemap(INDEX, BASE + "/sitemap_index.xml")
    assert sitemap.pages == ()
    assert [s.url for s in sitemap.sitemaps] == [
        BASE + "/sitemap-2023.xml",
        BASE + "/sitemap-2024.xml.gz",
    ]


def test_a_gzipped_sitemap_is_read():
    sitemap = parse_sitemap(gzip.compress(URLSET), BASE + "/sitemap.xml.gz")
    assert len(sitemap.pages) == 2


def test_broken_gzip_is_a_discovery_error():
    with pytest.raises(DiscoveryError, match="gzip"):
        parse_sitemap(b"\x1f\x8b" + b"not really gzip", BASE)


def test_xml_entities_are_not_expanded():
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&x;</loc></url>'
        b"<url><loc>https://news.example.org/ok</loc></url></urlset>"
    )
    pages = parse_sitemap(bomb, BASE).pages
    assert [p.url for p in pages] == [BASE + "/ok"]


def test_a_url_list_keeps_http_lines_only():
    text = b"# to backfill\nhttps://news.example.org/a\n\n  http://news.example.org/b \nnot a url\n"
    assert [link.url for link in parse_url_list(text)] == [BASE + "/a", "http://news.example.org/b"]


LISTING = """<!DOCTYPE html><html><head><title>News</title></head><body>
<header><nav class="menu"><a href="/">Home</a>
  <a href="/reports/menu-highlight-of-the-year">Highlight of the year</a></nav></header>
<div class="cookie-consent"><a href="/privacy">Privacy</a></div>
<main>
  <article class="card"><header class="entry-header">
    <h2><a href="/reports/world-final">World Final</a></h2></header>
    <time datetime="2024-11-30T18:00:00Z">30 Nov</time>
    <a href="/tag/finals">finals</a> <a href="https://social.example/share?u=1">Share</a></article>
  <article class="card"><a href="/reports/round-7"><img src="/img/r7.jpg" alt=""></a>
    <h2><a href="/reports/round-7">Round 7 in the rain</a></h2></article>
  <ul class="archive">
    <li><a href="/2024/10/12/semi-finals-recap">Semi-finals recap: who made it through</a></li>
    <li><a href="/news">News</a></li>
  </ul>
  <h3><a href="/esports">Esports</a></h3>
</main>
<aside class="sidebar"><h3>Most read</h3>
  <a href="/reports/old-favourite-story-here">An old favourite story here</a></aside>
<nav class="pagination"><a href="/news/page/1/">1</a> <a href="/news/page/3/">3</a>
  <a class="next" href="/news/page/3/">Next ›</a></nav>
<footer><a href="/reports/footer-story-with-slug">Footer story with a slug</a></footer>
</body></html>"""


def test_a_listing_gives_article_links_without_its_furniture():
    listing = parse_listing(LISTING, BASE + "/news/page/2/")
    assert [link.url for link in listing.articles] == [
        BASE + "/reports/world-final",
        BASE + "/reports/round-7",
        BASE + "/2024/10/12/semi-finals-recap",
    ]
    assert listing.articles[0].published == date(2024, 11, 30)
    assert listing.articles[0].title == "World Final"


def test_a_listing_gives_its_next_page():
    assert parse_listing(LISTING, BASE + "/news/page/2/").next_url == BASE + "/news/page/3/"


@pytest.mark.parametrize(
    ("pager", "url", "expected"),
    [
        ('<link rel="next" href="?page=3">', "/archive?page=2", "/archive?page=3"),
        ('<a href="/archive/older" rel="next">more</a>', "/archive", "/archive/older"),
        ('<a href="/archive/p/older">Older posts</a>', "/archive", "/archive/p/older"),
        ('<a href="/archive?page=2" aria-label="Next page">»</a>', "/archive", "/archive?page=2"),
        (
            '<a href="/news/page/5/">5</a> <a href="/news/page/3/">3</a>',
            "/news/page/2/",
            "/news/page/3/",
        ),
        ('<a href="/news/page/2/">2</a>', "/news/", "/news/page/2/"),
        ('<a href="/news/page/1/">« Newer posts</a>', "/news/page/2/", None),
    ],
)
def test_next_page_links_in_their_common_forms(pager, url, expected):
    page = f"<html><head>{pager}</head><body><p>{pager}</p></body></html>"
    listing = parse_listing(page, BASE + url)
    assert listing.next_url == (BASE + expected if expected else None)


def test_canonical_and_amp_links_of_a_page():
    page = (
        '<html><head><link rel="canonical" href="/reports/final">'
        '<link rel="amphtml" href="https://news.example.org/amp/reports/final"></head></html>'
    )
    links = page_links(page, BASE + "/reports/final?utm_source=x")
    assert (links.canonical, links.amphtml) == (
        BASE + "/reports/final",
        BASE + "/amp/reports/final",
    )


def test_og_url_stands_in_for_a_missing_canonical_link():
    page = (
        '<html><head><meta property="og:url" content="https://news.example.org/r/1"></head></html>'
    )
    assert page_links(page, BASE + "/x").canonical == BASE + "/r/1"
    assert page_links("<html><body>no links</body></html>", BASE).canonical is None


@pytest.mark.parametrize(
    ("content", "media_type", "kind"),
    [
        (RSS, "application/rss+xml", "feed"),
        (ATOM, None, "feed"),
        (RDF, "application/xml", "feed"),
        (URLSET, "text/xml", "sitemap"),
        (gzip.compress(INDEX), "application/gzip", "sitemap"),
        (b"https://news.example.org/a\nhttps://news.example.org/b\n", "text/plain", "urls"),
        (LISTING.encode(), "text/html", "listing"),
        (b"Race 1 results\nAna Ribeiro - Portugal - 24 laps\n", "text/plain", "article"),
        (
            b'<html><head><meta property="og:type" content="article"></head><body>'
            + LISTING.encode()
            + b"</body></html>",
            "text/html",
            "article",
        ),
        (
            b'<html><head><script type="application/ld+json">{"@graph": [{"@type": "WebPage"},'
            b' {"@type": "NewsArticle"}]}</script></head><body>'
            + LISTING.encode()
            + b"</body></html>",
            "text/html",
            "article",
        ),
        (b"<html><body><h1>Final</h1><p>One report.</p></body></html>", "text/html", "article"),
    ],
)
def test_sniff_tells_what_a_document_is(content, media_type, kind):
    assert sniff(content, BASE + "/x", media_type) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sun, 16 Jun 2024 20:15:00 GMT", datetime(2024, 6, 16, 20, 15, tzinfo=UTC)),
        ("2024-06-16T22:15:00+02:00", datetime(2024, 6, 16, 20, 15, tzinfo=UTC)),
        ("2024-06-16T20:15:00Z", datetime(2024, 6, 16, 20, 15, tzinfo=UTC)),
        ("2024-06-16", datetime(2024, 6, 16, tzinfo=UTC)),
        ("16/06/2024", None),
        ("", None),
    ],
)
def test_dates_in_feeds_and_sitemaps(text, expected):
    assert parse_datetime(text) == expected
