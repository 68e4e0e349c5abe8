"""The sources file (TOML) and `--source URL|PATH`."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from extractors.discovery import Link
from flows.stages.sources import Source, SourcesError, load_sources, source_from_arg

SAMPLES = Path(__file__).resolve().parents[3] / "samples"

ALL_KINDS = """
[defaults]
series = "Summit Series"
exclude = ['/video/']

[[source]]
name = "news-feed"
kind = "feed"
url = "https://news.example.org/feed.xml"
include = '/reports/'
since = 2024-01-01
until = "2024-12-31"

[[source]]
kind = "sitemap"
url = "https://news.example.org/sitemap_index.xml"
series = "Coastal Cup"

[[source]]
kind = "listing"
url = "https://news.example.org/news/"
max_pages = 3

[[source]]
kind = "urls"
urls = ["https://news.example.org/reports/a", "https://news.example.org/reports/b"]

[[source]]
kind = "folder"
path = "articles"

[[source]]
kind = "file"
path = "/srv/reports/final.html"

[[source]]
url = "https://other.example.org/whatever"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_bundled_sample_names_the_sample_articles_folder():
    (source,) = load_sources(SAMPLES / "sources.toml")
    assert source.kind == "folder"
    assert source.path == SAMPLES / "articles"
    assert source.path.is_dir()


def test_every_kind_and_option_is_read(tmp_path):
    feed, sitemap, listing, urls, folder, file, auto = load_sources(write(tmp_path, ALL_KINDS))
    assert (feed.name, feed.kind, feed.url) == (
        "news-feed",
        "feed",
        "https://news.example.org/feed.xml",
    )
    assert [p.pattern for p in feed.include] == ["/reports/"]
    assert (feed.since, feed.until) == (date(2024, 1, 1), date(2024, 12, 31))
    assert sitemap.name == "https://news.example.org/sitemap_index.xml"
    assert listing.max_pages == 3
    assert urls.urls == ("https://news.example.org/reports/a", "https://news.example.org/reports/b")
    assert folder.path == tmp_path / "articles"  # relative to the sources file
    assert file.path == Path("/srv/reports/final.html")
    assert auto.kind == "auto"


def test_defaults_apply_unless_a_source_says_otherwise(tmp_path):
    feed, sitemap, *_ = load_sources(write(tmp_path, ALL_KINDS))
    assert feed.series == "Summit Series"
    assert sitemap.series == "Coastal Cup"
    assert [p.pattern for p in sitemap.exclude] == ["/video/"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[source]]\nkind = "rss"\nurl = "https://x.org/f"\n', "source 1: unknown kind 'rss'"),
        (
            '[[source]]\nkind = "feed"\nurl = "https://x.org/f"\nexlude = "a"\n',
            "unknown option exlude",
        ),
        ('[[source]]\nkind = "feed"\n', 'a feed source needs url = "https://…"'),
        ('[[source]]\nkind = "folder"\n', 'a folder source needs path = "…"'),
        ('[[source]]\nkind = "urls"\nurls = []\n', "a urls source needs urls = "),
        ('[[source]]\nname = "x"\n', "a source needs a url or a path"),
        (
            '[[source]]\nurl = "https://x.org/f"\ninclude = "(unclosed"\n',
            "bad include regex '(unclosed'",
        ),
        ('[[source]]\nurl = "https://x.org/f"\nsince = "last year"\n', "since must be a date"),
        (
            '[[source]]\nurl = "https://x.org/f"\nmax_pages = 0\n',
            "max_pages must be a positive integer",
        ),
        (
            '[[source]]\nurl = "https://x.org/f"\n[[source]]\nurl = "https://x.org/f"\n',
            "two sources named",
        ),
        ("[defaults]\nseries = 'x'\n", "no [[source]] entries"),
        ("[defaults]\ndelay = 3\n[[source]]\nurl = 'https://x.org'\n", "[defaults] may only set"),
        ("[[sources]]\nurl = 'https://x.org'\n", "unknown table sources"),
        ("[[source]\nurl = 'https://x.org'\n", "is not valid TOML"),
    ],
)
def test_mistakes_in_the_file_are_named(tmp_path, text, message):
    with pytest.raises(SourcesError, match=re.escape(message)):
        load_sources(write(tmp_path, text))


def test_an_unreadable_file_is_a_sources_error(tmp_path):
    with pytest.raises(SourcesError, match="cannot read sources file"):
        load_sources(tmp_path / "missing.toml")
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(SourcesError, match="not UTF-8"):
        load_sources(tmp_path / "binary.toml")


def test_include_and_exclude_patterns_filter_links():
    source = Source(
        kind="feed",
        name="f",
        url="https://x.org/feed",
        include=(re.compile("/reports/"),),
        exclude=(re.compile("/reports/video-"),),
    )
    assert source.accepts(Link("https://x.org/reports/final"))
    assert not source.accepts(Link("https://x.org/shop/final"))
    assert not source.accepts(Link("https://x.org/reports/video-final"))


def test_the_date_range_keeps_dated_links_inside_it_and_undated_ones():
    source = Source(kind="feed", name="f", since=date(2024, 3, 1), until=date(2024, 3, 31))
    assert source.accepts(Link("https://x.org/a", published=date(2024, 3, 1)))
    assert source.accepts(Link("https://x.org/a", published=date(2024, 3, 31)))
    assert not source.accepts(Link("https://x.org/a", published=date(2024, 2, 29)))
    assert not source.accepts(Link("https://x.org/a", published=date(2024, 4, 1)))
    assert source.accepts(Link("https://x.org/a"))
    modified = datetime(2024, 5, 2, 10, tzinfo=UTC)
    assert not source.accepts(Link("https://x.org/a", modified=modified))


def test_a_command_line_url_is_sniffed_later(tmp_path):
    source = source_from_arg("https://news.example.org/anything")
    assert (source.kind, source.url, source.name) == (
        "auto",
        "https://news.example.org/anything",
        "https://news.example.org/anything",
    )


def test_a_command_line_path_is_a_folder_or_a_file(tmp_path):
    (tmp_path / "a.html").write_text("<p>x</p>")
    assert source_from_arg(str(tmp_path)).kind == "folder"
    by_path = source_from_arg(str(tmp_path / "a.html"))
    assert (by_path.kind, by_path.path) == ("auto", tmp_path / "a.html")
    assert source_from_arg((tmp_path / "a.html").as_uri()).path == tmp_path / "a.html"


def test_a_command_line_path_that_does_not_exist_is_an_error(tmp_path):
    with pytest.raises(SourcesError, match="no such URL, file or folder"):
        source_from_arg(str(tmp_path / "nope"))
