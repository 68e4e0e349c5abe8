"""The polite fetcher against a real HTTP server on 127.0.0.1 (the `site` fixture, conftest.py)."""

from __future__ import annotations

import socket
import threading
from dataclasses import replace
from itertools import pairwise

from flows.stages.fetch import Fetcher, FetchPolicy, FetchRequest, user_agent


def test_fetches_a_page_with_its_validators(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/reports/alpine-sprint"))
    assert result.outcome == "fetched"
    assert result.status == 200
    assert b"Chidi Okafor" in result.body
    assert result.headers["etag"].startswith('"')
    assert result.headers["last-modified"] == "Mon, 01 Jul 2024 00:00:00 GMT"
    assert result.media_type == "text/html"


def test_redirect_is_followed_and_the_final_url_recorded(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/go/lakeside"))
    assert result.outcome == "fetched"
    assert result.url == site.url("/go/lakeside")
    assert result.final_url == site.url("/reports/lakeside-cup")
    assert b"Lucia Ferreira" in result.body


def test_a_503_is_retried_until_the_page_comes(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/reports/flaky-round"))
    assert result.outcome == "fetched"
    assert result.attempts == 3
    assert [h.status for h in site.hits_for("/reports/flaky-round")] == [503, 503, 200]


def test_retries_run_out_with_the_last_status_as_reason(site, policy):
    with Fetcher(replace(policy, retries=1)) as fetcher:
        result = fetcher.fetch(site.url("/reports/flaky-round"))
    assert result.outcome == "failed"
    assert result.reason == "HTTP 503"
    assert len(site.hits_for("/reports/flaky-round")) == 2


def test_backoff_grows_between_retries(site, policy):
    with Fetcher(replace(policy, backoff_base_s=0.2)) as fetcher:
        fetcher.fetch(site.url("/reports/flaky-round"))
    first, second, third = (h.at for h in site.hits_for("/reports/flaky-round"))
    # jittered waits lie in [base/2, base] then [base, 2 base]
    assert second - first >= 0.1
    assert third - second >= 0.2


def test_a_429_waits_at_least_its_retry_after(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/reports/busy-round"))
    assert result.outcome == "fetched"
    first, second = site.hits_for("/reports/busy-round")
    assert (first.status, second.status) == (429, 200)
    assert second.at - first.at >= 0.95  # Retry-After: 1


def test_a_retry_after_beyond_the_limit_gives_up(site, policy):
    with Fetcher(replace(policy, retry_after_max_s=0.5)) as fetcher:
        result = fetcher.fetch(site.url("/reports/busy-round"))
    assert result.outcome == "failed"
    assert "Retry-After" in result.reason
    assert len(site.hits_for("/reports/busy-round")) == 1


def test_a_404_is_not_retried(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/reports/missing-round"))
    assert (result.outcome, result.reason) == ("failed", "HTTP 404")
    assert len(site.hits_for("/reports/missing-round")) == 1


def test_a_slow_page_times_out_after_its_retries(site, policy):
    with Fetcher(replace(policy, retries=1)) as fetcher:
        result = fetcher.fetch(site.url("/reports/slow-round"))
    assert (result.outcome, result.reason) == ("failed", "timed out")
    assert result.attempts == 2


def test_a_body_declared_too_large_is_refused(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/reports/huge-round"))
    assert result.outcome == "failed"
    assert "exceeds" in result.reason
    assert result.body is None
    assert len(site.hits_for("/reports/huge-round")) == 1


def test_a_streamed_body_is_cut_off_past_the_limit(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/reports/endless-round"))
    assert result.outcome == "failed"
    assert f"{policy.max_bytes}-byte limit" in result.reason
    assert len(site.hits_for("/reports/endless-round")) == 1


def test_content_that_is_not_html_xml_or_text_is_refused(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/media/podium.png"))
    assert (result.outcome, result.reason) == ("failed", "refused content type image/png")


def test_a_url_disallowed_by_robots_is_never_requested(site, policy):
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/private/secret-round"))
    assert result.outcome == "robots"
    assert site.hits_for("/private/secret-round") == []


def test_robots_txt_is_read_once_per_host(site, policy):
    with Fetcher(policy) as fetcher:
        for path in ("/reports/alpine-sprint", "/reports/canyon-heat", "/private/secret-round"):
            fetcher.fetch(site.url(path))
    assert len(site.hits_for("/robots.txt")) == 1


def test_robots_txt_wildcards_and_the_longest_rule_decide(site, policy):
    site.overrides["/robots.txt"] = (
        b"User-agent: *\nDisallow: /*-heat$\nDisallow: /*?session=\n"
        b"Allow: /private/secret-round$\nDisallow: /private/\n"
    )
    with Fetcher(policy) as fetcher:
        outcomes = {
            path: fetcher.fetch(site.url(path)).outcome
            for path in (
                "/reports/canyon-heat",  # "*" then "$": the whole path ends in "-heat"
                "/reports/alpine-sprint?session=7",  # "*" inside the query
                "/reports/alpine-sprint",
                "/private/secret-round",  # the longer Allow wins over Disallow: /private/
            )
        }
    assert outcomes == {
        "/reports/canyon-heat": "robots",
        "/reports/alpine-sprint?session=7": "robots",
        "/reports/alpine-sprint": "fetched",
        "/private/secret-round": "fetched",
    }
    assert site.hits_for("/reports/canyon-heat") == []


def test_robots_txt_that_cannot_be_read_blocks_the_host(site, policy):
    site.broken.add("/robots.txt")
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(site.url("/reports/alpine-sprint"))
    assert result.outcome == "failed"
    assert result.reason.startswith("robots.txt unavailable")
    assert site.hits_for("/reports/alpine-sprint") == []


def test_a_missing_robots_txt_allows_everything(site, policy):
    with Fetcher(policy) as fetcher:
        # this host has a robots.txt; ignoring it is the same as a host answering 404 for it
        result = Fetcher(replace(policy, obey_robots=False)).fetch(
            site.url("/private/secret-round")
        )
    assert result.outcome == "fetched"
    del fetcher


def test_an_unchanged_page_costs_a_304_with_its_etag(site, policy):
    with Fetcher(policy) as fetcher:
        first = fetcher.fetch(site.url("/reports/alpine-sprint"))
        again = fetcher.fetch(site.url("/reports/alpine-sprint"), etag=first.headers["etag"])
    assert again.outcome == "not_modified"
    assert again.body is None
    assert (
        site.hits_for("/reports/alpine-sprint")[-1].headers["if-none-match"]
        == first.headers["etag"]
    )


def test_an_unchanged_page_costs_a_304_with_its_last_modified(site, policy):
    with Fetcher(policy) as fetcher:
        first = fetcher.fetch(site.url("/reports/dune-classic.txt"))
        again = fetcher.fetch(
            site.url("/reports/dune-classic.txt"), last_modified=first.headers["last-modified"]
        )
    assert "etag" not in first.headers
    assert again.outcome == "not_modified"


def test_a_changed_page_comes_back_whole_despite_old_validators(site, policy):
    with Fetcher(policy) as fetcher:
        first = fetcher.fetch(site.url("/reports/canyon-heat"))
        site.overrides["/reports/canyon-heat"] = (
            b"<html><body><p>Corrected report</p></body></html>"
        )
        again = fetcher.fetch(site.url("/reports/canyon-heat"), etag=first.headers["etag"])
    assert again.outcome == "fetched"
    assert again.body == b"<html><body><p>Corrected report</p></body></html>"


def test_requests_to_one_host_keep_the_minimum_delay(site, policy):
    paths = ["/reports/alpine-sprint", "/reports/canyon-heat", "/reports/forest-finale", "/news/"]
    with Fetcher(replace(policy, delay_s=0.2, max_per_host=4)) as fetcher:
        results = list(fetcher.fetch_all([FetchRequest(site.url(p)) for p in paths], workers=4))
    assert {r.outcome for _, r in results} == {"fetched"}
    starts = sorted(h.at for h in site.hits)  # robots.txt included: it is a request too
    assert len(starts) == 5
    # arrivals, not sends, are seen: one late arrival shortens the gap after it, never the whole
    # run (without the delay, four workers arrive together: gaps near 0, a span near 0)
    assert min(b - a for a, b in pairwise(starts)) >= 0.1
    assert starts[-1] - starts[0] >= 4 * 0.2 - 0.1


def test_concurrent_requests_to_one_host_are_capped(site, policy):
    requests_ = [FetchRequest(site.url(f"/pause/{n}")) for n in range(4)]
    # a read timeout longer than the pause: no retry may add a request of its own
    with Fetcher(replace(policy, delay_s=0, max_per_host=1, read_timeout_s=5)) as fetcher:
        list(fetcher.fetch_all(requests_, workers=4))
    assert site.max_in_flight == 1


def test_the_cap_allows_that_many_requests_at_once(site, policy):
    requests_ = [FetchRequest(site.url(f"/pause/{n}")) for n in range(4)]
    with Fetcher(replace(policy, delay_s=0, max_per_host=2, read_timeout_s=5)) as fetcher:
        list(fetcher.fetch_all(requests_, workers=4))
    assert site.max_in_flight == 2


def test_the_user_agent_names_the_project_and_a_contact(site, policy):
    assert user_agent().startswith("raceresults/")
    assert "contact: set --contact" in user_agent()
    agent = user_agent("data-team@example.org")
    assert agent.endswith("(+data-team@example.org)")
    with Fetcher(replace(policy, user_agent=agent)) as fetcher:
        fetcher.fetch(site.url("/reports/alpine-sprint"))
    assert {h.headers["user-agent"] for h in site.hits} == {agent}


def test_an_unreachable_host_fails_with_a_reason():
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    policy = FetchPolicy(delay_s=0.01, retries=1, backoff_base_s=0.01, connect_timeout_s=0.5)
    with Fetcher(policy) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{port}/feed.xml")
    assert result.outcome == "failed"
    assert result.reason == "connection refused"


def test_a_crawl_delay_in_robots_txt_slows_the_host_down(site, policy):
    site.overrides["/robots.txt"] = b"User-agent: *\nCrawl-delay: 1\nDisallow: /private/\n"
    with Fetcher(policy) as fetcher:
        fetcher.fetch(site.url("/reports/alpine-sprint"))
        fetcher.fetch(site.url("/reports/canyon-heat"))
    first, second = (h.at for h in site.hits if h.path != "/robots.txt")
    assert second - first >= 0.9  # 1 s, less the jitter of arrival times


def _fetch_in_thread(fetcher: Fetcher, url: str) -> dict:
    """Fetch on a thread the test can wait for, so a fetch that never ends fails the test
    instead of hanging it."""
    outcome: dict = {}
    thread = threading.Thread(target=lambda: outcome.update(result=fetcher.fetch(url)))
    thread.start()
    thread.join(timeout=15)  # far past the deadlines under test, well before the drip stops
    outcome["ended"] = not thread.is_alive()
    return outcome


def test_a_body_dripping_one_byte_at_a_time_is_cut_at_the_deadline(site, policy):
    # a byte every 0.2 s never leaves the read timeout (5 s) silent: only the deadline ends it
    with Fetcher(replace(policy, read_timeout_s=5, total_timeout_s=1)) as fetcher:
        outcome = _fetch_in_thread(fetcher, site.url("/reports/drip-round"))
    assert outcome["ended"]
    result = outcome["result"]
    assert (result.outcome, result.reason) == ("failed", "no whole answer within 1 s")
    assert not result.permanent  # the next run tries again
    assert len(site.hits_for("/reports/drip-round")) == 1  # a deadline is not retried


def test_headers_that_never_end_are_cut_at_the_deadline(site, policy):
    with Fetcher(replace(policy, read_timeout_s=5, total_timeout_s=1)) as fetcher:
        outcome = _fetch_in_thread(fetcher, site.url("/reports/drip-headers"))
    assert outcome["ended"]
    assert outcome["result"].reason == "no whole answer within 1 s"


def test_retries_stop_at_the_page_deadline(site, policy):
    site.broken.add("/reports/alpine-sprint")
    slow_backoff = replace(policy, retries=5, backoff_base_s=2, page_timeout_s=1, total_timeout_s=1)
    with Fetcher(slow_backoff) as fetcher:
        result = fetcher.fetch(site.url("/reports/alpine-sprint"))
    assert (result.outcome, result.reason) == ("failed", "HTTP 500")
    assert len(site.hits_for("/reports/alpine-sprint")) == 1  # no 2 s wait fits in 1 s


def test_a_host_that_does_not_exist_is_named_as_such():
    policy = FetchPolicy(delay_s=0.01, retries=0, connect_timeout_s=0.5)
    with Fetcher(policy) as fetcher:  # .invalid never resolves (RFC 2606)
        result = fetcher.fetch("http://no-such-host.invalid/feed.xml")
    assert (result.outcome, result.reason) == ("failed", "host not found")
