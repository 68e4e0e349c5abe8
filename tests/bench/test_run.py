"""The benchmark's report: the summary line keeps its trackable form."""

from __future__ import annotations

from bench.run import summary_line


def test_summary_line_has_the_form_runs_are_tracked_by():
    result = {
        "articles": 1000,
        "ratios": {
            "pipeline_over_floor": 0.8467,
            "orchestration_share": 0.0612,
            "noop_over_empty_flow": 1.43,
        },
        "ingest": {"peak_rss_mb": 611.6},
    }
    assert summary_line(result) == (
        "bench: 1000 articles, pipeline/floor 0.85, orchestration 6.1 %, "
        "nightly no-op/empty flow 1.4, peak RSS 612 MB"
    )
