"""Ingestion end to end against the test site: discover -> fetch/store -> extract, incremental
reruns, crash safety, replay without network, and the `raceresults ingest|reextract` commands."""

from __future__ import annotations

import hashlib
import socket
import threading
from dataclasses import replace
from datetime import timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner

import extractors
from flows.interfaces.cli import main
from flows.stages.extract import reextract
from flows.stages.ingest import Crawl, ingest
from flows.stages.sources import Source, source_from_arg
from flows.stores.extracted import ExtractionStore
from flows.stores.ledger import newest_pages, version_order
from flows.stores.raw import RawZone

ARTICLES_IN_FEED = {
    "/reports/alpine-sprint",
    "/reports/harbour-final",
    "/reports/lakeside-cup",
    "/reports/flaky-round",
    "/reports/dune-classic.txt",
}
SITE = Path(__file__).parents[1] / "site"
NEVER_STORED = ("/reports/missing-round", "/reports/slow-round", "/reports/huge-round", "/media/")


def files(root: Path) -> dict[str, bytes]:
    """Every file under a folder, by relative path."""
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def stored_pages(data_dir: Path) -> dict[str, bytes]:
    return {k: v for k, v in files(data_dir / "raw").items() if k.startswith("pages/")}


def article_records(data_dir: Path):
    return [r for r in RawZone.at(data_dir).records() if r.role == "article"]


def test_a_feed_run_fetches_every_allowed_article_once_and_extracts_it(site, policy, tmp_path):
    report = ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)

    ok_paths = {h.path.split("?")[0] for h in site.hits if h.status == 200}
    assert ok_paths >= ARTICLES_IN_FEED
    for path in ARTICLES_IN_FEED:
        assert [h.status for h in site.hits_for(path)][-1] == 200
        assert [h.status for h in site.hits_for(path)].count(200) == 1
    finals = {r.final_url.removeprefix(site.base) for r in article_records(tmp_path)}
    assert finals == ARTICLES_IN_FEED
    served = {(SITE / p.lstrip("/")).with_suffix(".html") for p in ARTICLES_IN_FEED}
    served = {p if p.exists() else p.with_suffix(".txt") for p in served}
    assert {p.read_bytes() for p in served} <= set(stored_pages(tmp_path).values())
    extracted = ExtractionStore.at(tmp_path)
    assert {a.page_hash for a in extracted.all()} == {
        r.page_hash for r in article_records(tmp_path)
    }
    assert report.counts.fetched == 5
    assert report.counts.extracted == 5
    assert report.ok


def test_pages_are_named_by_the_hash_of_their_body(site, policy, tmp_path):
    ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    pages = stored_pages(tmp_path)
    assert pages
    for name, body in pages.items():
        digest = hashlib.sha256(body).hexdigest()
        assert Path(name).stem == digest
        assert name.startswith(f"pages/{digest[:2]}/")
    assert not any("alpine" in name or "127.0.0.1" in name for name in files(tmp_path / "raw"))


def test_each_fetch_has_a_record_with_urls_status_headers_and_hash(site, policy, tmp_path):
    ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    (record,) = [r for r in article_records(tmp_path) if r.requested_url.endswith("/go/lakeside")]
    assert record.final_url == site.url("/reports/lakeside-cup")
    assert record.status == 200
    assert record.headers["content-type"].startswith("text/html")
    assert "etag" in record.headers and "last-modified" in record.headers
    body = RawZone.at(tmp_path).read_page(record.page)
    assert hashlib.sha256(body).hexdigest() == record.page_hash
    assert record.fetched_at.endswith("+00:00")
    (harbour,) = [r for r in article_records(tmp_path) if "harbour" in r.requested_url]
    assert harbour.requested_url == site.url("/reports/harbour-final")  # tracking params dropped
    assert harbour.canonical_url == site.url("/reports/harbour-final")


def test_what_failed_or_was_disallowed_is_reported_and_not_stored(site, policy, tmp_path):
    report = ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    assert report.disallowed == [site.url("/private/secret-round")]
    assert site.hits_for("/private/secret-round") == []
    reasons = {f.item.removeprefix(site.base): f.reason for f in report.failures}
    assert reasons == {
        "/reports/missing-round": "HTTP 404",
        "/reports/slow-round": "timed out",
        "/reports/huge-round": f"body of {policy.max_bytes + 100_026} bytes exceeds the "
        f"{policy.max_bytes}-byte limit",
        "/media/podium.png": "refused content type image/png",
    }
    requested = {r.requested_url.removeprefix(site.base) for r in RawZone.at(tmp_path).records()}
    assert not any(url.startswith(NEVER_STORED) for url in requested)


def test_a_second_run_sends_only_conditional_requests_and_stores_nothing(site, policy, tmp_path):
    sources = [source_from_arg(site.url("/feed.xml"))]
    ingest(sources, tmp_path, policy=policy)
    before = files(tmp_path / "raw")
    extracted_before = files(tmp_path / "extracted")
    stored_urls = {h.path for h in site.hits if h.status == 200 and h.path != "/robots.txt"}
    site.hits.clear()

    report = ingest(sources, tmp_path, policy=policy)

    again = [h for h in site.hits if h.path in stored_urls or h.path == "/go/lakeside"]
    assert again, "the feed and its articles were asked for again"
    for hit in again:
        assert "if-none-match" in hit.headers or "if-modified-since" in hit.headers, hit.path
    assert {h.status for h in again} <= {304, 301}
    assert report.counts.not_modified == 5
    counts = report.counts
    assert (counts.fetched, counts.stored, counts.extracted, counts.reused) == (0, 0, 0, 5)
    after = files(tmp_path / "raw")
    assert {k: v for k, v in after.items() if not k.startswith("state/")} == {
        k: v for k, v in before.items() if not k.startswith("state/")
    }
    assert files(tmp_path / "extracted") == extracted_before


def test_pages_that_failed_for_good_are_not_requested_in_the_next_run(site, policy, tmp_path):
    sources = [source_from_arg(site.url("/feed.xml"))]
    ingest(sources, tmp_path, policy=policy)
    site.hits.clear()
    report = ingest(sources, tmp_path, policy=policy)
    assert site.hits_for("/reports/missing-round") == []
    assert site.hits_for("/media/podium.png") == []
    assert report.counts.skipped_failed == 3
    assert len(site.hits_for("/reports/slow-round")) == policy.retries + 1  # transient: retried


def test_pages_that_failed_for_good_are_checked_again_after_a_while(site, policy, tmp_path):
    sources = [Source(kind="urls", name="gone", urls=(site.url("/reports/missing-round"),))]
    ingest(sources, tmp_path, policy=policy)
    site.hits.clear()
    with Crawl(tmp_path, policy=policy, recheck_failed=timedelta(0)) as crawl:
        crawl.fetch(crawl.discover(sources))
    assert len(site.hits_for("/reports/missing-round")) == 1


def test_one_article_under_several_urls_is_fetched_once_and_keyed_once(site, policy, tmp_path):
    # the feed lists /reports/harbour-final?utm_source=rss… and /amp/reports/harbour-final
    report = ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    assert site.hits_for("/amp/reports/harbour-final") == []
    assert len(site.hits_for("/reports/harbour-final")) == 1
    assert report.counts.duplicates == 1


def test_a_locale_edition_with_a_canonical_link_shares_the_article_key(site, policy, tmp_path):
    ingest([source_from_arg(site.url("/sitemap_index.xml"))], tmp_path, policy=policy)
    keys = {r.final_url.removeprefix(site.base): r.article_key for r in article_records(tmp_path)}
    assert keys["/it/reports/harbour-final"] == keys["/reports/harbour-final"]
    assert len(set(keys.values())) == len(keys) - 1
    latest = newest_pages(ExtractionStore.at(tmp_path).all())
    assert len(latest) == len(keys) - 1


def test_a_sitemap_index_is_followed_into_both_sitemaps(site, policy, tmp_path):
    report = ingest([source_from_arg(site.url("/sitemap_index.xml"))], tmp_path, policy=policy)
    assert len(site.hits_for("/sitemaps/reports-2024.xml")) == 1
    assert len(site.hits_for("/sitemaps/reports-2025.xml")) == 1
    finals = {r.final_url.removeprefix(site.base) for r in article_records(tmp_path)}
    assert {"/reports/alpine-sprint", "/reports/canyon-heat", "/reports/forest-finale"} <= finals
    assert report.counts.seen == 7


def test_pages_a_sitemap_says_are_unchanged_are_not_requested_again(site, policy, tmp_path):
    sources = [source_from_arg(site.url("/sitemap_index.xml"))]
    ingest(sources, tmp_path, policy=policy)
    site.hits.clear()
    report = ingest(sources, tmp_path, policy=policy)
    assert site.hits_for("/reports/alpine-sprint") == []  # lastmod 2024-05-04, fetched since
    assert [h.status for h in site.hits_for("/reports/dune-classic.txt")] == [304]  # no lastmod
    assert report.counts.not_modified == 7


def test_a_listing_is_followed_through_its_pages_up_to_max_pages(site, policy, tmp_path):
    listing = Source(kind="listing", name="news", url=site.url("/news/"), max_pages=2)
    report = ingest([listing], tmp_path, policy=policy)
    assert len(site.hits_for("/news/page/2/")) == 1
    assert site.hits_for("/news/page/3/") == []
    assert site.hits_for("/reports/forest-finale") == []
    assert report.counts.seen == 5  # 3 cards on page 1, 2 list items on page 2
    furniture = (
        "/about",
        "/privacy",
        "/tag/",
        "/contact",
        "menu-link",
        "footer-linked",
        "popular-",
    )
    assert not any(furniture_part in h.path for h in site.hits for furniture_part in furniture)


def test_a_whole_listing_is_read_when_it_has_fewer_pages_than_max(site, policy, tmp_path):
    ingest([source_from_arg(site.url("/news/"))], tmp_path, policy=policy)
    assert len(site.hits_for("/news/page/3/")) == 1
    assert len(site.hits_for("/reports/forest-finale")) == 1
    assert site.hits_for("/private/secret-round") == []


def test_include_exclude_and_date_range_filter_the_links(site, policy, tmp_path):
    import re
    from datetime import date

    source = Source(
        kind="feed",
        name="feed",
        url=site.url("/feed.xml"),
        include=(re.compile(r"/reports/"),),
        exclude=(re.compile(r"dune"),),
        since=date(2024, 6, 1),
        until=date(2024, 7, 31),
    )
    report = ingest([source], tmp_path, policy=replace(policy, retries=0))
    fetched = {h.path.split("?")[0] for h in site.hits if h.path.startswith("/reports/")}
    # dated Jun/Jul: harbour-final; undated items are kept; /go/ and /media/ fail the include
    assert fetched == {
        "/reports/harbour-final",
        "/reports/missing-round",
        "/reports/slow-round",
        "/reports/huge-round",
    }
    assert report.counts.seen == 4


def test_the_per_host_delay_holds_during_a_run(site, policy, tmp_path):
    listing = Source(kind="listing", name="news", url=site.url("/news/"), max_pages=1)
    ingest([listing], tmp_path, policy=replace(policy, delay_s=0.2))
    starts = sorted(h.at for h in site.hits)
    assert len(starts) == 5  # robots.txt, the listing, its three articles
    assert min(b - a for a, b in pairwise(starts)) >= 0.15  # 0.2 s less arrival jitter


def test_a_changed_page_is_stored_anew_and_the_old_one_kept(site, policy, tmp_path):
    sources = [Source(kind="urls", name="one", urls=(site.url("/reports/canyon-heat"),))]
    ingest(sources, tmp_path, policy=policy)
    (old,) = article_records(tmp_path)
    site.overrides["/reports/canyon-heat"] = (
        b"<html><body><article><h1>Canyon Heat (corrected)</h1>"
        b"<ol><li>Arjun Rao - India - 8 laps</li><li>Leo Fischer - Austria +0.850</li></ol>"
        b"</article></body></html>"
    )
    report = ingest(sources, tmp_path, policy=policy)
    assert (report.counts.fetched, report.counts.stored, report.counts.extracted) == (1, 1, 1)
    records = article_records(tmp_path)
    assert len({r.page_hash for r in records}) == 2
    assert {r.article_key for r in records} == {old.article_key}
    assert RawZone.at(tmp_path).read_page(old.page)  # the first body is still there
    (latest,) = newest_pages(ExtractionStore.at(tmp_path).all())
    assert latest.page_hash != old.page_hash


class CrashAfter:
    """A progress hook that raises after `n` fetched pages, like a crash mid-run."""

    def __init__(self, n: int):
        self.n = n
        self.label = ""

    def start(self, label: str, total: int) -> None:
        self.label = label

    def advance(self, steps: int = 1) -> None:
        if self.label == "fetching":
            self.n -= steps
            if self.n <= 0:
                raise RuntimeError("simulated crash")


def test_a_crash_mid_run_leaves_no_partial_file_and_loses_nothing(site, policy, tmp_path):
    source = Source(kind="listing", name="news", url=site.url("/news/"))
    with pytest.raises(RuntimeError, match="simulated crash"):
        ingest(
            [source],
            tmp_path,
            policy=replace(policy, max_per_host=1),
            workers=1,
            progress=CrashAfter(3),
        )
    for name, body in stored_pages(tmp_path).items():
        assert Path(name).stem == hashlib.sha256(body).hexdigest()
    assert not [p for p in (tmp_path / "raw").rglob("*") if p.name.startswith(".")]
    kept = {r.final_url for r in article_records(tmp_path)}
    assert len(kept) >= 3
    state = RawZone.at(tmp_path).load_state()
    assert kept <= set(state.urls)
    assert state.last_run is None  # the run did not finish: no watermark
    fetched_before = {h.path for h in site.hits if h.status == 200}
    site.hits.clear()

    report = ingest([source], tmp_path, policy=policy)

    for url in kept:
        path = url.removeprefix(site.base)
        assert [h.status for h in site.hits_for(path)] == [304], path
        assert path in fetched_before
    assert report.counts.fetched + report.counts.not_modified == 6
    # pages kept before the crash are not stored again
    assert report.counts.stored == report.counts.fetched
    assert len({r.page_hash for r in article_records(tmp_path)}) == 6
    assert RawZone.at(tmp_path).load_state().last_run == report.started_at


def test_a_write_killed_half_way_leaves_no_page_behind(site, policy, tmp_path, monkeypatch):
    from fsspec.implementations.local import LocalFileOpener

    real_write = LocalFileOpener.write

    def half_then_die(self, data):
        real_write(self, data[: len(data) // 2])
        raise OSError("disk gone")

    sources = [Source(kind="urls", name="one", urls=(site.url("/reports/alpine-sprint"),))]
    monkeypatch.setattr(LocalFileOpener, "write", half_then_die)
    with pytest.raises(OSError, match="disk gone"):
        ingest(sources, tmp_path, policy=policy)
    monkeypatch.undo()
    assert not [p for p in (tmp_path / "raw").rglob("*") if p.is_file()]  # not even a .tmp

    report = ingest(sources, tmp_path, policy=policy)
    assert report.counts.fetched == 1
    ((name, body),) = stored_pages(tmp_path).items()
    assert Path(name).stem == hashlib.sha256(body).hexdigest()


def test_an_unreachable_source_fails_the_run(policy, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    report = ingest([source_from_arg(f"http://127.0.0.1:{port}/feed.xml")], tmp_path, policy=policy)
    assert not report.ok
    (failure,) = report.failures
    assert failure.stage == "discover"
    assert "connection refused" in failure.reason


def test_a_local_folder_is_read_into_the_raw_zone_and_extracted(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    site_dir = SITE / "reports"
    for name in ("alpine-sprint.html", "forest-finale.html", "dune-classic.txt"):
        (folder / name).write_bytes((site_dir / name).read_bytes())
    (folder / "notes.md").write_text("not an article")
    data = tmp_path / "data"

    first = ingest([source_from_arg(str(folder))], data)
    second = ingest([source_from_arg(str(folder))], data)

    assert (first.counts.seen, first.counts.fetched, first.counts.extracted) == (3, 3, 3)
    counts = second.counts
    assert (counts.fetched, counts.not_modified, counts.reused, counts.stored) == (0, 3, 3, 0)
    media = {Path(r.page).suffix: r.media_type for r in article_records(data)}
    assert media == {".html": "text/html", ".txt": "text/plain"}


def test_a_new_extractor_version_extracts_again_and_wins(site, policy, tmp_path, monkeypatch):
    sources = [Source(kind="urls", name="one", urls=(site.url("/reports/forest-finale"),))]
    ingest(sources, tmp_path, policy=policy)
    monkeypatch.setattr(extractors, "EXTRACTOR_VERSION", "999.0.0")
    report = ingest(sources, tmp_path, policy=policy)
    assert (report.counts.extracted, report.counts.reused) == (1, 0)
    store = ExtractionStore.at(tmp_path)
    assert max(store.versions(), key=version_order) == "999.0.0"
    assert [a.extractor_version for a in newest_pages(store.all())] == ["999.0.0"]


def test_reextract_rebuilds_from_the_raw_zone_without_network(site, policy, tmp_path, monkeypatch):
    ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    expected = files(tmp_path / "extracted")
    for path in (tmp_path / "extracted").rglob("*.json"):
        path.unlink()

    def no_network(*args, **kwargs):
        raise AssertionError("reextract opened a socket")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    report = reextract(tmp_path)

    assert (report.counts.seen, report.counts.extracted) == (5, 5)
    assert files(tmp_path / "extracted") == expected
    again = reextract(tmp_path)
    assert (again.counts.extracted, again.counts.reused) == (0, 5)


def test_extraction_failures_are_reported_and_the_page_kept(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "empty.html").write_text("<html><body></body></html>")
    report = ingest([source_from_arg(str(folder))], tmp_path / "data")
    (failure,) = report.failures
    assert failure.stage == "extract"
    assert len(stored_pages(tmp_path / "data")) == 1


# -- the commands --------------------------------------------------------------------------------


def cli(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def summary(output: str) -> dict[str, int]:
    """The counts of a run summary, by label (failure lines are indented)."""
    rows = [line.rsplit(None, 1) for line in output.splitlines() if line[:1] not in {" ", ""}]
    return {label: int(count) for label, count in rows if count.isdigit()}


@pytest.mark.slow  # runs the nightly-ingest flow
def test_cli_ingest_then_again_then_reextract(prefect_api, site, tmp_path):
    # slow and oversized pages are tested with small limits through the library; keep this quick
    site.missing |= {"/reports/slow-round", "/reports/huge-round"}
    args = ["--data-dir", str(tmp_path), "--delay", "0.01", "--silent"]
    first = cli("ingest", "--source", site.url("/feed.xml"), *args)
    assert first.exit_code == 0, first.output
    counts = summary(first.stdout)
    assert (counts["discovered"], counts["fetched"], counts["skipped by robots"]) == (10, 5, 1)
    assert "  robots.txt  " + site.url("/private/secret-round") in first.output
    assert "HTTP 404" in first.output

    site.hits.clear()
    second = cli("ingest", "--source", site.url("/feed.xml"), *args)
    assert second.exit_code == 0, second.output
    assert summary(second.stdout)["stored (new)"] == 0
    assert site.hits_for("/reports/alpine-sprint")[0].status == 304

    replay = cli("reextract", "--data-dir", str(tmp_path), "--force", "--silent")
    assert replay.exit_code == 0, replay.output
    assert summary(replay.stdout)["pages in raw zone"] == 5
    assert summary(replay.stdout)["extracted"] == 5


@pytest.mark.slow  # runs the nightly-ingest flow
def test_cli_reads_a_sources_file(prefect_api, site, tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(
        f'[[source]]\nkind = "listing"\nurl = "{site.url("/news/")}"\nmax_pages = 1\n'
    )
    result = cli("ingest", "--sources", str(sources), "--data-dir", str(tmp_path), "--delay", "0")
    assert result.exit_code == 0, result.output
    assert summary(result.stdout)["fetched"] == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sources", "no-such-file.toml"], "Error: cannot read sources file no-such-file.toml: "),
        (["--source", "no-such-dir/"], "Error: --source no-such-dir/: no such URL, file or folder"),
    ],
)
def test_cli_bad_sources_give_one_error_line(tmp_path, args, message):
    result = cli("ingest", *args, "--data-dir", str(tmp_path))
    assert result.exit_code == 1
    (line,) = result.output.strip().splitlines()
    assert line.startswith(message)


def test_cli_unknown_kind_gives_one_error_line(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nkind = "rss"\nurl = "https://example.org/feed"\n')
    result = cli("ingest", "--sources", str(sources), "--data-dir", str(tmp_path))
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"Error: {sources}: source 1: unknown kind 'rss'; "
        "expected one of feed, sitemap, listing, urls, file, folder, auto"
    )


@pytest.mark.slow  # runs the nightly-ingest flow
def test_cli_unreachable_url_fails_with_one_error_line(prefect_api, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed.xml"
    args = ["--data-dir", str(tmp_path), "--delay", "0", "--retries", "0", "--silent"]
    result = cli("ingest", "--source", url, *args)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: could not read source {url}: connection refused"]


def test_cli_needs_a_source(tmp_path):
    result = cli("ingest", "--data-dir", str(tmp_path))
    assert result.exit_code == 2
    assert "give --sources FILE or at least one --source URL|PATH" in result.output


@pytest.mark.slow  # runs the nightly-ingest flow twice
def test_cli_ingest_sends_the_contact_in_the_user_agent(prefect_api, site, tmp_path):
    url = site.url("/reports/alpine-sprint")
    args = ["--source", url, "--delay", "0", "--silent"]
    env = {"RACERESULTS_CONTACT": "env-team@example.org"}
    runner = CliRunner()
    by_env = runner.invoke(main, ["ingest", *args, "--data-dir", str(tmp_path / "a")], env=env)
    assert by_env.exit_code == 0, by_env.output
    agents = {h.headers["user-agent"] for h in site.hits}
    assert len(agents) == 1 and agents.pop().endswith(" (+env-team@example.org)")
    site.hits.clear()
    given = ["ingest", *args, "--data-dir", str(tmp_path / "b"), "--contact", "ops@example.org"]
    by_option = runner.invoke(main, given, env=env)
    assert by_option.exit_code == 0, by_option.output
    agents = {h.headers["user-agent"] for h in site.hits}
    assert len(agents) == 1 and agents.pop().endswith(" (+ops@example.org)")


def _in_thread(call) -> dict:
    """Run `call` on a thread the test waits for, so a run that never ends fails the test
    instead of hanging it."""
    outcome: dict = {}
    thread = threading.Thread(target=lambda: outcome.update(result=call()))
    thread.start()
    thread.join(timeout=60)  # far past the deadlines under test, before the drip stops
    outcome["ended"] = not thread.is_alive()
    return outcome


def test_an_ingest_ends_at_the_deadline_of_a_page_that_drips(site, policy, tmp_path):
    source = Source(
        kind="urls",
        name="drip",
        urls=(site.url("/reports/drip-round"), site.url("/reports/alpine-sprint")),
    )
    short = replace(policy, read_timeout_s=5, total_timeout_s=1)
    outcome = _in_thread(lambda: ingest([source], tmp_path, policy=short))
    assert outcome["ended"]
    report = outcome["result"]
    assert [(f.item, f.reason) for f in report.failures] == [
        (site.url("/reports/drip-round"), "no whole answer within 1 s")
    ]
    assert report.counts.extracted == 1  # the other page is not held up


@pytest.mark.slow
def test_cli_ingest_of_a_dripping_source_ends_with_one_error_line(prefect_api, site, tmp_path):
    url = site.url("/reports/drip-round")
    args = ["--data-dir", str(tmp_path), "--delay", "0", "--timeout", "1", "--silent"]
    outcome = _in_thread(lambda: cli("ingest", "--source", url, *args))
    assert outcome["ended"]
    result = outcome["result"]
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: could not read source {url}: no whole answer within 1 s"]


def _page_of(data_dir: Path, path: str) -> Path:
    (record,) = [r for r in article_records(data_dir) if r.final_url.endswith(path)]
    return data_dir / "raw" / record.page


def test_a_raw_page_edited_on_disk_is_reported_and_not_extracted(site, policy, tmp_path):
    ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    page = _page_of(tmp_path, "/reports/alpine-sprint")
    extraction = tmp_path / "extracted" / extractors.EXTRACTOR_VERSION / f"{page.stem}.json"
    before = extraction.read_bytes()
    page.write_bytes(page.read_bytes().replace(b"Chidi Okafor", b"Someone Else"))

    report = reextract(tmp_path, force=True)

    (failure,) = report.failures
    assert failure.stage == "extract"
    assert failure.reason.startswith("DamagedPageError: raw page pages/")
    assert failure.reason.endswith("does not match its sha256 name (damaged)")
    assert extraction.read_bytes() == before  # the edited text went nowhere
    assert report.counts.extracted == 4


def test_a_damaged_page_answered_304_is_fetched_whole_again(site, policy, tmp_path):
    ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    page = _page_of(tmp_path, "/reports/alpine-sprint")
    sound = page.read_bytes()
    page.write_bytes(sound[:100])  # truncated

    report = ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)

    last = site.hits_for("/reports/alpine-sprint")[-1]
    assert (last.status, "if-none-match" in last.headers) == (200, False)
    assert page.read_bytes() == sound
    assert report.ok


def test_garbage_in_the_crawl_state_is_named_once_and_the_run_goes_on(site, policy, tmp_path):
    ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    (tmp_path / "raw" / "state" / "crawl.json").write_bytes(b"\x00\x01 not a crawl state")

    report = ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)

    state_lines = [f for f in report.failures if f.stage == "state"]
    assert [f.item for f in state_lines] == ["state/crawl.json", "state/crawl.json"]
    assert state_lines[0].reason.startswith("damaged (")
    assert state_lines[1].reason.startswith("crawl state rebuilt from ")
    # validators rebuilt from the fetch records: conditional GETs
    assert report.counts.not_modified >= 4
    assert report.ok
    again = ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    assert not [f for f in again.failures if f.stage == "state"]


def test_a_run_whose_every_page_failed_is_not_ok(site, policy, tmp_path):
    site.overrides["/reports/canyon-heat"] = b"<html><body><nav>Home | News</nav></body></html>"
    source = Source(kind="urls", name="one", urls=(site.url("/reports/canyon-heat"),))
    report = ingest([source], tmp_path, policy=policy)
    assert report.counts.fetched == 1  # fetched, but nothing readable in it
    assert [f.stage for f in report.failures] == ["extract"]
    assert not report.ok


def test_a_relative_path_is_a_source(tmp_path, monkeypatch):
    (tmp_path / "articles").mkdir()
    page = tmp_path / "articles" / "alpine-sprint.html"
    page.write_bytes((SITE / "reports" / "alpine-sprint.html").read_bytes())
    monkeypatch.chdir(tmp_path)
    for relative in ("articles/alpine-sprint.html", "articles"):
        report = ingest([source_from_arg(relative)], tmp_path / relative.replace("/", "-"))
        assert (report.counts.extracted, report.failures) == (1, []), relative


def test_a_page_in_the_charset_its_header_names_is_read(site, policy, tmp_path):
    source = Source(kind="urls", name="one", urls=(site.url("/reports/utf16-round"),))
    report = ingest([source], tmp_path, policy=policy)
    assert report.counts.extracted == 1
    (extracted,) = ExtractionStore.at(tmp_path).all()
    drivers = {row.driver for race in extracted.extraction.races for row in race.results}
    assert "Chidi Okafor" in drivers


@pytest.mark.slow  # runs the nightly-ingest flow
def test_cli_ingest_exits_1_when_every_page_failed(prefect_api, site, tmp_path):
    site.overrides["/reports/canyon-heat"] = b"<html><body><nav>Home | News</nav></body></html>"
    url = site.url("/reports/canyon-heat")
    args = ["--data-dir", str(tmp_path), "--delay", "0", "--silent"]
    result = cli("ingest", "--source", url, *args)
    assert result.exit_code == 1
    assert "status                      failed" in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == [
        f"Error: every page failed; first {url}: NoArticleError: the page has no article text"
    ]


def test_each_extraction_keeps_the_text_its_evidence_offsets_point_into(site, policy, tmp_path):
    ingest([source_from_arg(site.url("/feed.xml"))], tmp_path, policy=policy)
    stored = list(ExtractionStore.at(tmp_path).all())
    rows = [(a.text, r) for a in stored for race in a.extraction.races for r in race.results]
    assert rows and all(a.text is not None for a in stored)
    for text, row in rows:
        assert text[row.evidence.start : row.evidence.end] == row.evidence.text
