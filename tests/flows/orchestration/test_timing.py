"""Stage timing for run records: accumulated per stage, across repeats and threads."""

from __future__ import annotations

import threading
import time

import pytest

from flows.orchestration.timing import StageTimes


def test_a_stage_that_runs_twice_adds_up():
    timings = StageTimes()
    for _ in range(2):
        with timings.stage("nlp"):
            time.sleep(0.01)
    assert timings.as_dict()["nlp"] >= 0.02


def test_a_stage_that_raises_is_still_counted():
    timings = StageTimes()
    with pytest.raises(ValueError), timings.stage("html"):
        raise ValueError("bad page")
    assert "html" in timings.as_dict()


def test_stages_keep_the_order_they_first_ran_in_and_merge_from_elsewhere():
    timings = StageTimes()
    with timings.stage("fetch"):
        pass
    timings.merge({"html": 1.5, "fetch": 0.5})
    assert list(timings.as_dict()) == ["fetch", "html"]
    assert timings.as_dict()["html"] == 1.5 and timings.as_dict()["fetch"] >= 0.5


def test_threads_add_to_one_total():
    timings = StageTimes()
    threads = [threading.Thread(target=timings.add, args=("lists", 0.25)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert timings.as_dict()["lists"] == 2.0
