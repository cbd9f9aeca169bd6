"""The risk model file, factor conditions, RTM score and fixed-rule classes."""

import json
import math

import numpy as np
import pytest

from infosegura_plugin.core.risk.grid import SQUARE, make_lattice
from infosegura_plugin.core.risk.risk_classes import score_classes
from infosegura_plugin.core.risk.risk_model import (
    ModelError,
    factor_points,
    factor_presence,
    high_density,
    load_model,
    model_from_dict,
    point_set,
    risk_class_labels,
    risk_score,
)
from infosegura_plugin.paths import resource


def factor(**overrides):
    base = {"id": "bars", "layer": "outlets", "categories": ["on_premise"], "operationalisation": "proximity",
            "distance_m": 200, "relative_risk": 2.0}
    base.update(overrides)
    return base


def test_default_model_is_expert_weighted_and_valid():
    model = load_model(resource("models", "belmopan_expert.json"))
    assert model.label == "expert-weighted"
    assert len(model.factors) >= 4
    assert any(f.protective and f.relative_risk < 1 for f in model.factors)
    assert {f.layer for f in model.factors} == {"outlets", "assets"}


BAD = [
    ({"factors": [factor()]}, "'label'"),
    ({"label": "x", "factors": []}, "'factors'"),
    ({"label": "x", "factors": [factor(id="Bad Id")]}, "'id'"),
    ({"label": "x", "factors": [factor(id="risk_score")]}, "'id'"),
    ({"label": "x", "factors": [factor(), factor()]}, "used twice"),
    ({"label": "x", "factors": [factor(layer="bars")]}, "'layer'"),
    ({"label": "x", "factors": [factor(categories=[])]}, "'categories'"),
    ({"label": "x", "factors": [factor(operationalisation="near")]}, "'operationalisation'"),
    ({"label": "x", "factors": [factor(distance_m=0)]}, "'distance_m'"),
    ({"label": "x", "factors": [factor(operationalisation="density")]}, "'bandwidth_m'"),
    ({"label": "x", "factors": [factor(relative_risk="high")]}, "'relative_risk'"),
    ({"label": "x", "factors": [factor(relative_risk=0.5)]}, "'relative_risk'"),
    ({"label": "x", "factors": [factor(protective=True)]}, "'relative_risk'"),
    ({"label": "x", "factors": [factor(protective="yes")]}, "'protective'"),
    ({"label": "x", "factors": [factor(colour="red")]}, "'colour'"),
    ({"label": "x", "factors": [factor(threshold_sd=-1)]}, "'threshold_sd'"),
]


@pytest.mark.parametrize("data, key", BAD)
def test_bad_model_names_file_and_key(tmp_path, data, key):
    path = tmp_path / "agency_model.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ModelError) as error:
        load_model(path)
    assert "agency_model.json" in str(error.value)
    assert key in str(error.value)


def test_missing_and_broken_files(tmp_path):
    with pytest.raises(ModelError, match="not found"):
        load_model(tmp_path / "nothing.json")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(ModelError, match="broken.json: not a readable JSON"):
        load_model(tmp_path / "broken.json")


def test_category_matching_is_forgiving():
    model = model_from_dict({"label": "x", "factors": [factor(categories=["On Premises"])]})
    assert model.factors[0].categories == ("on_premises",)  # as the user wrote it, tidied
    points = point_set(np.array([0.0, 1.0, 2.0]), np.zeros(3),
                       {"category": [" On-Premise ", "off premise", "ON_PREMISE"]})
    x, _ = factor_points(model.factors[0], points, "category")
    assert x.tolist() == [0.0, 2.0]
    star = model_from_dict({"label": "x", "factors": [factor(categories=["*"])]}).factors[0]
    assert len(factor_points(star, points, "category")[0]) == 3
    other = model_from_dict({"label": "x", "factors": [factor(field="licence_class", categories=["night club"])]})
    assert len(factor_points(other.factors[0], points, "category")[0]) == 0  # field absent: no feature


def test_proximity_and_density_conditions():
    f = model_from_dict({"label": "x", "factors": [factor(distance_m=100)]}).factors[0]
    assert factor_presence(f, np.array([0.0, 99.9, 100.0, 100.1, np.inf])).tolist() == [1, 1, 1, 0, 0]
    values = np.array([0.0] * 18 + [1.0, 10.0])
    # mean 0.55, sd ~2.18: only 10 is above mean + 2 sd.
    assert high_density(values, 2.0).tolist() == [0] * 19 + [1]
    assert high_density(np.zeros(5), 2.0).tolist() == [0] * 5


def test_risk_score_is_product_of_relative_risks_lowest_one():
    presence = np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0], [1, 1, 1], [0, 0, 1]])
    score = risk_score(presence, [2.0, 3.0, 0.5])
    # raw products 1, 2, 6, 3, 0.5 -> divided by the lowest (0.5)
    np.testing.assert_allclose(score, [2.0, 4.0, 12.0, 6.0, 1.0])
    assert risk_score(np.zeros((3, 0)), []).tolist() == [1.0, 1.0, 1.0]


def test_risk_class_fixed_rules():
    top = 32.0  # ln 32 split into fifths: 2, 4, 8, 16 are the class edges
    score = np.array([1.0, 1.9, 2.0, 3.9, 4.0, 8.0, 15.9, 16.0, top])
    assert score_classes(score).tolist() == [0, 0, 1, 1, 2, 3, 3, 4, 4]
    assert risk_class_labels(score_classes(score))[-1] == "very high"
    assert set(risk_class_labels(score_classes(np.ones(4)))) == {"very low"}


def test_factor_columns_on_a_grid():
    from infosegura_plugin.core.risk.risk_model import factor_raw

    lattice = make_lattice((0, 0, 200, 200), 50, SQUARE)
    cells = np.arange(lattice.size)
    centres = lattice.centres(*lattice.from_flat(cells))
    f = model_from_dict({"label": "x", "factors": [factor(distance_m=60)]}).factors[0]
    raw = factor_raw(f, lattice, cells, centres, np.array([100.0]), np.array([100.0]))
    expected = np.hypot(centres[0] - 100, centres[1] - 100)
    np.testing.assert_allclose(raw, expected)
    assert factor_presence(f, raw).sum() == int((expected <= 60).sum())
    assert math.isclose(raw.min(), math.hypot(25, 25))
