"""Fitted context weights: a candidate's clause features scored by logistic weights kept in a data file."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from footprint.detect.base import load_data


@dataclass(frozen=True)
class Weights:
    """A logistic model over named binary features, with the threshold at which a candidate is reported."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def score(self, features: Iterable[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, features: Iterable[str]) -> bool:
        return self.score(features) >= self.threshold


@cache
def weights(name: str) -> Weights:
    """The weights in footprint/data/NAME.json, as tools/fit_weights.py writes them."""
    data = load_data(f"{name}.json")
    return Weights(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                   float(data["threshold"]))


def fit(rows: Sequence[tuple[Sequence[str], int]], l2: float = 1.0, epochs: int = 200,
        rate: float = 0.5, prior: Mapping[str, float] | None = None) -> Weights:
    """Fit L2-regularised logistic weights to (features, label) rows by damped diagonal Newton steps.

    The L2 term pulls each weight towards its PRIOR (hand-set from what words mean; 0 where none is given),
    so a feature the corpora seldom show (a holiday word beside a place) keeps the sign common sense gives
    it, and one they show often goes where the data takes it. A prior feature no row holds keeps its prior.
    Kept here, small and dependency-free, so that the fitter the data files come from is tested with the
    code that reads them. The threshold is left at 0.5; tools/fit_weights.py chooses it by cross-validation.
    """
    prior = {f: float(v) for f, v in (prior or {}).items() if not f.startswith("_")}  # "_about" notes
    rows = [(sorted(set(f)), int(y)) for f, y in rows]
    count: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            count[f] = count.get(f, 0) + 1
    for f in prior:
        count.setdefault(f, 0)
    w = {f: prior.get(f, 0.0) for f in sorted(count)}
    b = 0.0
    for _ in range(epochs):
        gw = dict.fromkeys(w, 0.0)
        gb = 0.0
        for feats, y in rows:
            z = b + sum(w[f] for f in feats)
            err = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            gb += err
            for f in feats:
                gw[f] += err
        # A damped diagonal Newton step: a rare feature learns as fast as a common one.
        b -= rate * gb / (len(rows) / 4 + 1.0)
        for f in w:
            w[f] -= rate * (gw[f] + l2 * (w[f] - prior.get(f, 0.0))) / ((count[f] / 4 + l2) or 1.0)
    return Weights(b, w, 0.5)
