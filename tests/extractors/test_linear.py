"""The trained linear scorer: fitting, scoring, storing."""

import json

import pytest

from extractors.linear import BUCKETS, LinearModel, bucket, fit, save_model


def _samples() -> list[tuple[list[str], bool]]:
    # a cue word decides the label; a noise feature is shared by both classes
    yes = [(["cue=won", f"noise={i % 3}"], True) for i in range(40)]
    no = [(["cue=grid", f"noise={i % 3}"], False) for i in range(40)]
    return yes + no


def test_bucket_is_stable_and_in_range() -> None:
    assert bucket("between=took") == bucket("between=took")
    assert 0 <= bucket("between=took") < BUCKETS


def test_fit_learns_the_deciding_feature() -> None:
    bias, weights = fit(_samples())
    model = LinearModel("toy", bias, weights)
    assert model.probability(["cue=won", "noise=1"]) > 0.9
    assert model.probability(["cue=grid", "noise=1"]) < 0.1
    assert model.accepts(["cue=won"]) and not model.accepts(["cue=grid"])


def test_fit_is_deterministic_for_a_seed() -> None:
    assert fit(_samples(), seed=3) == fit(_samples(), seed=3)


def test_a_feature_counts_once() -> None:
    model = LinearModel("toy", 0.0, {bucket("cue=won"): 1.0})
    assert model.probability(["cue=won", "cue=won"]) == model.probability(["cue=won"])


def test_saved_model_loads_back(tmp_path) -> None:
    bias, weights = fit(_samples())
    model = LinearModel("toy", bias, weights, threshold=0.7, about={"samples": 80})
    path = save_model(model, tmp_path)
    loaded = LinearModel.from_json(json.loads(path.read_text()))
    assert loaded.threshold == 0.7 and loaded.about == {"samples": 80}
    assert loaded.probability(["cue=won"]) == pytest.approx(
        model.probability(["cue=won"]), abs=1e-3
    )


def test_a_model_of_another_bucket_count_is_refused() -> None:
    data = LinearModel("toy", 0.0, {}).to_json() | {"buckets": 1024}
    with pytest.raises(ValueError, match="1024 buckets"):
        LinearModel.from_json(data)
