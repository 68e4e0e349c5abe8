"""Trained linear scorers: logistic models over hashed string features, stored as data.

A trained component describes a candidate fact by string features ('between=took',
'distance=2', 'lang=de') and asks its model how likely the fact is. Features are hashed (crc32)
into a fixed number of buckets, so a model file holds numbers only, never words of the reports it
was trained on. Training (`fit`) is plain stochastic gradient descent on the log loss with an L2
penalty: deterministic for a seed, no numerical library needed.
"""

from __future__ import annotations

import json
import math
import random
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

BUCKETS = 1 << 18
MODELS = Path(__file__).parent / "data" / "models"
# Weights smaller than this are left out of a saved model (they barely move a score).
PRUNE_BELOW = 1e-3


def bucket(feature: str) -> int:
    """The bucket a feature string hashes to (stable across processes, unlike `hash`)."""
    return zlib.crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@dataclass(frozen=True, slots=True)
class LinearModel:
    """A logistic model: bias plus the weights of a candidate's feature buckets."""

    name: str
    bias: float
    weights: dict[int, float]
    threshold: float = 0.5
    about: dict = field(default_factory=dict)  # how it was trained: reports, samples, settings

    def probability(self, features: Iterable[str]) -> float:
        """How likely the candidate described by `features` is true (each feature counted once)."""
        z = self.bias + sum(self.weights.get(b, 0.0) for b in {bucket(f) for f in features})
        return _sigmoid(z)

    def accepts(self, features: Iterable[str]) -> bool:
        """Whether the candidate's probability reaches the model's threshold."""
        return self.probability(features) >= self.threshold

    def to_json(self) -> dict:
        """The model as stored: weights keyed by bucket, small ones pruned."""
        kept = {
            str(b): round(w, 4) for b, w in sorted(self.weights.items()) if abs(w) >= PRUNE_BELOW
        }
        return {
            "name": self.name,
            "buckets": BUCKETS,
            "bias": round(self.bias, 4),
            "threshold": self.threshold,
            "about": self.about,
            "weights": kept,
        }

    @classmethod
    def from_json(cls, data: dict) -> LinearModel:
        """A model from its stored form; its bucket count must be this module's."""
        if data["buckets"] != BUCKETS:
            raise ValueError(
                f"model {data['name']!r} hashes into {data['buckets']} buckets, not {BUCKETS}"
            )
        weights = {int(b): float(w) for b, w in data["weights"].items()}
        return cls(
            data["name"], float(data["bias"]), weights, float(data["threshold"]), data["about"]
        )


@cache
def load_model(name: str) -> LinearModel:
    """The trained model `name` shipped with the package (extractors/data/models/<name>.json)."""
    return LinearModel.from_json(json.loads((MODELS / f"{name}.json").read_text(encoding="utf-8")))


def save_model(model: LinearModel, directory: Path = MODELS) -> Path:
    """Write `model` to <directory>/<name>.json (one line per weight keeps diffs readable)."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{model.name}.json"
    path.write_text(json.dumps(model.to_json(), indent=0, sort_keys=True) + "\n", encoding="utf-8")
    return path


def fit(
    samples: Sequence[tuple[Sequence[str], bool]],
    *,
    epochs: int = 15,
    rate: float = 0.1,
    l2: float = 1e-5,
    seed: int = 0,
) -> tuple[float, dict[int, float]]:
    """Bias and bucket weights of a logistic model fitted to (features, label) samples.

    AdaGrad steps per sample, samples shuffled each epoch with `seed`; the L2 penalty is applied
    to the weights a sample touches (lazily), which keeps an epoch linear in the features read.
    """
    rows = [
        (sorted({bucket(f) for f in features}), 1.0 if label else 0.0)
        for features, label in samples
    ]
    order = list(range(len(rows)))
    shuffle = random.Random(seed).shuffle
    weights: dict[int, float] = {}
    squares: dict[int, float] = {}
    bias, bias_square = 0.0, 0.0
    for _ in range(epochs):
        shuffle(order)
        for i in order:
            buckets, label = rows[i]
            p = _sigmoid(bias + sum(weights.get(b, 0.0) for b in buckets))
            error = p - label
            bias_square += error * error
            bias -= rate * error / math.sqrt(bias_square + 1e-8)
            for b in buckets:
                w = weights.get(b, 0.0)
                g = error + l2 * w
                squares[b] = squares.get(b, 0.0) + g * g
                weights[b] = w - rate * g / math.sqrt(squares[b] + 1e-8)
    return bias, weights
