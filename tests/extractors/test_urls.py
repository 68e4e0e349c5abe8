"""URL clean-up for fetching and normalisation into dedup keys."""

from __future__ import annotations

import pytest

from extractors.urls import clean_url, is_amp_url, normalize_url, site_of


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/news/a?utm_source=rss&utm_medium=feed", "https://example.org/news/a"),
        ("https://example.org/a?id=7&fbclid=IwAR0x&gclid=Cj0", "https://example.org/a?id=7"),
        ("https://example.org/a?UTM_Campaign=x&mc_eid=1&page=2", "https://example.org/a?page=2"),
        ("HTTPS://Example.ORG:443/News/A#comments", "https://example.org/News/A"),
        ("http://example.org:80/a", "http://example.org/a"),
        ("https://example.org:8443/a", "https://example.org:8443/a"),
        ("https://example.org/amp/a?amp", "https://example.org/amp/a?amp"),
        ("https://example.org/caf%c3%a9/%7Euser", "https://example.org/caf%C3%A9/~user"),
        ("https://example.org/résultats", "https://example.org/r%C3%A9sultats"),
    ],
)
def test_clean_url_drops_only_what_never_changes_the_page(url, expected):
    assert clean_url(url) == expected


@pytest.mark.parametrize(
    "variant",
    [
        "https://example.org/news/final-report",
        "http://example.org/news/final-report",
        "https://www.example.org/news/final-report/",
        "https://example.org/news/final-report?utm_source=twitter&fbclid=abc",
        "https://example.org/news/final-report#results",
        "https://amp.example.org/news/final-report",
        "https://example.org/amp/news/final-report",
        "https://example.org/news/final-report/amp/",
        "https://example.org/news/final-report?amp",
        "https://example.org/news/final-report?amp=1",
        "https://example.org/news/final-report?outputType=amp",
        "https://m.example.org/news/final-report",
        "https://EXAMPLE.org./news/final-report",
    ],
)
def test_variants_of_one_page_share_a_key(variant):
    assert normalize_url(variant) == "https://example.org/news/final-report"


def test_amp_pages_with_an_amp_html_suffix_share_the_key_of_the_html_page():
    assert normalize_url("https://example.org/news/x.amp.html") == "https://example.org/news/x.html"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("https://example.org/news/a", "https://example.org/news/b"),
        ("https://example.org/news/a?id=1", "https://example.org/news/a?id=2"),
        ("https://example.org/it/news/a", "https://example.org/en/news/a"),  # locales: canonical
        ("https://example.org/News/A", "https://example.org/news/a"),  # paths are case-sensitive
        ("https://example.org/ampere-cup", "https://example.org/cup"),
        ("https://news.example.org/a", "https://example.org/a"),
    ],
)
def test_different_pages_keep_different_keys(a, b):
    assert normalize_url(a) != normalize_url(b)


def test_query_parameters_are_sorted_in_keys():
    assert normalize_url("https://example.org/a?b=2&a=1") == normalize_url(
        "https://example.org/a?a=1&b=2"
    )


def test_a_short_host_keeps_its_first_label():
    assert normalize_url("https://m.co/a") == "https://m.co/a"


def test_non_web_urls_are_left_alone():
    assert normalize_url("file:///data/a.html") == "file:///data/a.html"
    assert clean_url("mailto:desk@example.org") == "mailto:desk@example.org"


@pytest.mark.parametrize(
    ("url", "amp"),
    [
        ("https://amp.example.org/a", True),
        ("https://example.org/amp/a", True),
        ("https://example.org/a/amp", True),
        ("https://example.org/a?amp=1", True),
        ("https://example.org/a.amp.html", True),
        ("https://example.org/ampere-cup", False),
        ("https://example.org/a", False),
    ],
)
def test_amp_urls_are_recognised(url, amp):
    assert is_amp_url(url) is amp


def test_site_of_ignores_www_and_amp_hosts():
    assert site_of("https://www.example.org/a") == site_of("https://amp.example.org/b")
    assert site_of("https://www.example.org/a") == "example.org"
    assert site_of("https://other.org/a") != site_of("https://example.org/a")
