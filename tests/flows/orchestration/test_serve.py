"""Deployments served by `raceresults serve`, and prefect.yaml for teams with a Prefect server."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from flows.orchestration.serve import ServeError, build_deployments

ROOT = Path(__file__).resolve().parents[3]


def _by_name(deployments):
    return {d.name: d for d in deployments}


def test_the_nightly_deployment_runs_at_two_in_the_morning_utc_by_default(tmp_path):
    deployments = _by_name(build_deployments("sources.toml", str(tmp_path)))

    (schedule,) = deployments["nightly"].schedules
    assert schedule.schedule.cron == "0 2 * * *"
    assert schedule.schedule.timezone == "UTC"
    assert schedule.active


def test_cron_and_timezone_of_the_nightly_deployment_are_configurable(tmp_path):
    deployments = _by_name(
        build_deployments(
            "sources.toml", str(tmp_path), cron="30 4 * * 1-5", timezone="Europe/Rome"
        )
    )

    (schedule,) = deployments["nightly"].schedules
    assert (schedule.schedule.cron, schedule.schedule.timezone) == ("30 4 * * 1-5", "Europe/Rome")


def test_backfill_and_reextract_are_ad_hoc_deployments_with_the_same_data_dir(tmp_path):
    deployments = _by_name(build_deployments("sources.toml", str(tmp_path)))

    assert set(deployments) == {"nightly", "backfill", "reextract"}
    assert not deployments["backfill"].schedules and not deployments["reextract"].schedules
    assert deployments["backfill"].parameters == {
        "sources": "sources.toml",
        "data_dir": str(tmp_path),
    }
    assert deployments["reextract"].parameters == {"data_dir": str(tmp_path)}
    assert deployments["nightly"].concurrency_limit == 1


@pytest.mark.parametrize(
    ("cron", "timezone"),
    [("every night", "UTC"), ("0 25 * * *", "UTC"), ("0 2 * * *", "Mars/Base")],
)
def test_a_bad_schedule_is_refused_before_serving(tmp_path, cron, timezone):
    with pytest.raises(ServeError):
        build_deployments("sources.toml", str(tmp_path), cron=cron, timezone=timezone)


def test_prefect_yaml_deploys_the_same_flows_on_the_same_nightly_schedule(tmp_path):
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    served = _by_name(build_deployments("sources.toml", str(tmp_path)))

    declared = {d["name"]: d for d in config["deployments"]}
    assert set(declared) == set(served)
    for name, deployment in declared.items():
        path, function = deployment["entrypoint"].split(":")
        module = importlib.import_module(path.removesuffix(".py").replace("/", "."))
        assert getattr(module, function).name == served[name].flow_name
    (nightly,) = declared["nightly"]["schedules"]
    (schedule,) = served["nightly"].schedules
    assert (nightly["cron"], nightly["timezone"]) == (
        schedule.schedule.cron,
        schedule.schedule.timezone,
    )


def test_serve_options_become_the_parameters_of_the_served_runs(tmp_path):
    run_parameters = {"delay_s": 0.5, "retries": 1, "quarantine_threshold": 0.25}
    deployments = _by_name(
        build_deployments("sources.toml", str(tmp_path), run_parameters=run_parameters)
    )

    for name in ("nightly", "backfill"):
        assert deployments[name].parameters == {
            "sources": "sources.toml",
            "data_dir": str(tmp_path),
            **run_parameters,
        }
    assert deployments["reextract"].parameters == {
        "data_dir": str(tmp_path),
        "quarantine_threshold": 0.25,
    }
