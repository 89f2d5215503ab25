"""Fitted context weights: the scorer and the fitter the data files come from."""

import math
import random

import pytest

from footprint.detect.weigh import Weights, fit


def test_score_is_the_logistic_of_bias_plus_present_weights():
    w = Weights(-1.0, {"first_person": 2.0, "past": -3.0}, 0.5)
    assert w.score(["first_person"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert w.score(["first_person", "first_person", "unknown"]) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert w.score(["first_person", "past"]) == pytest.approx(1 / (1 + math.exp(2.0)))
    assert (w.accepts(["first_person"]), w.accepts([]), w.accepts(["past"])) == (True, False, False)


def test_fit_recovers_the_weights_that_made_the_labels():
    rng = random.Random(7)
    truth = {"a": 2.0, "b": -3.0, "c": 1.5}
    rows = []
    for _ in range(4000):
        feats = [f for f, p in (("a", 0.5), ("b", 0.3), ("c", 0.2)) if rng.random() < p]
        z = -1.0 + sum(truth[f] for f in feats)
        rows.append((feats, int(rng.random() < 1 / (1 + math.exp(-z)))))
    model = fit(rows, l2=0.1)
    assert model.bias == pytest.approx(-1.0, abs=0.25)
    assert sorted(model.weights) == ["a", "b", "c"]
    assert all(abs(model.weights[f] - v) < 0.35 for f, v in truth.items())


def test_fit_keeps_a_feature_seen_only_with_one_label_finite():
    model = fit([(["only_yes"], 1)] * 5 + [([], 0)] * 5, l2=1.0)
    assert 0 < model.weights["only_yes"] < 10
    assert model.accepts(["only_yes"]) and not model.accepts([])


def test_fit_pulls_towards_a_prior_where_the_data_is_silent_and_follows_the_data_where_it_speaks():
    rng = random.Random(3)
    rows = []
    for _ in range(2000):
        common = rng.random() < 0.5
        rows.append((["common"] if common else [], int(rng.random() < (0.8 if common else 0.2))))
    rows.append((["rare"], 1))  # one example only, against the prior
    model = fit(rows, l2=2.0, prior={"rare": -1.5, "unseen": -2.0, "common": -1.0, "_about": "ignored"})
    assert model.weights["common"] > 2.0       # the data outweighs a wrong prior
    assert -1.5 < model.weights["rare"] < 0.0  # one example moves it only part of the way
    assert model.weights["unseen"] == -2.0     # no row holds it: the prior stands
    assert "_about" not in model.weights
