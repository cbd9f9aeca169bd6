"""Proximity conflicts: core pairs against a double loop, category matching, shelters,
and infosegura:proximityconflicts end to end (synthetic layers)."""

import math

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
    QgsWkbTypes,
)

from infosegura_plugin.core.categories import fold_category
from infosegura_plugin.core.risk.conflicts import category_mask, find_conflicts, parse_categories, without_sensitive
from tests.layers import RecordingFeedback

CRS = "EPSG:32616"
X0, Y0 = 312_000.0, 1_907_000.0


def outlet_layer(points, crs=CRS, name="outlets"):
    layer = QgsVectorLayer(
        f"Point?crs={crs}&field=licence_id:string&field=premises:string&field=category:string"
        "&field=licence_class:string", name, "memory")
    features = []
    for k, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([f"L-{k:03d}", f"Bar {k}", ["on_premise", "off_premise"][k % 2], "A"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def asset_layer(rows, crs=CRS, name="assets"):
    """rows: (x, y, category, name, sensitive)."""
    layer = QgsVectorLayer(
        f"Point?crs={crs}&field=asset_id:string&field=name:string&field=category:string&field=sensitive:integer",
        name, "memory")
    features = []
    for k, (x, y, category, label, sensitive) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes([f"A-{k:03d}", label, category, sensitive])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def brute_pairs(outlets, assets, categories, distance):
    wanted = {fold_category(c) for c in categories}
    pairs = []
    for i, (ox, oy) in enumerate(outlets):
        for j, (ax, ay, category, _name, _s) in enumerate(assets):
            d = math.hypot(ox - ax, oy - ay)
            if fold_category(category) in wanted and d < distance:
                pairs.append((i, j, d))
    return sorted(pairs, key=lambda t: (t[0], t[2], t[1]))


def random_case(seed=3, n_outlets=150, n_assets=80):
    rng = np.random.default_rng(seed)
    outlets = [(X0 + x, Y0 + y) for x, y in rng.uniform(0, 2000, (n_outlets, 2))]
    categories = ["school", "School ", "preschool", "church", "park", "shelter", "schools"]
    assets = [(X0 + x, Y0 + y, categories[k % len(categories)], f"Asset {k}", int(categories[k % 7] == "shelter"))
              for k, (x, y) in enumerate(rng.uniform(0, 2000, (n_assets, 2)))]
    # pairs exactly at the distance and just inside it
    assets.append((outlets[0][0] + 60.0, outlets[0][1] + 80.0, "school", "Exactly 100", 0))
    assets.append((outlets[1][0] + 99.99, outlets[1][1], "church", "Just inside", 0))
    return outlets, assets


def test_categories_parse_and_match_whole_categories():
    assert parse_categories(" School, church ,,school ") == ["school", "church"]
    assert parse_categories("") == []
    mask = category_mask(["school", " SCHOOL ", "preschool", "Schools", None, "church"], ["school"])
    assert mask.tolist() == [True, True, False, True, False, False]


def test_pairs_with_sensitive_assets_are_dropped_and_counted():
    pairs = find_conflicts(np.array([0.0, 500.0]), np.array([0.0, 0.0]), np.array([10.0, 20.0, 510.0]),
                           np.zeros(3), [True, True, True], 100.0)
    kept, outlets = without_sensitive(pairs, np.array([False, True, True]))
    assert kept.asset.tolist() == [0] and outlets == 2


@pytest.mark.parametrize("distance", [100.0, 250.0])
def test_pairs_equal_double_loop(distance):
    outlets, assets = random_case()
    categories = ["school", "church", "shelter"]
    ox, oy = np.array(outlets).T
    ax, ay = np.array([a[:2] for a in assets]).T
    selected = category_mask([a[2] for a in assets], categories)
    pairs = find_conflicts(ox, oy, ax, ay, selected, distance)
    expected = brute_pairs(outlets, assets, categories, distance)
    assert list(zip(pairs.outlet.tolist(), pairs.asset.tolist())) == [(i, j) for i, j, _d in expected]
    np.testing.assert_allclose(pairs.distance, [d for _i, _j, d in expected], atol=1e-9)
    found = set(zip(pairs.outlet.tolist(), pairs.asset.tolist()))
    assert ((0, len(assets) - 2) in found) == (distance > 100)  # exactly 100 m away
    assert (1, len(assets) - 1) in found  # 99.99 m away


def test_exactly_at_the_distance_is_not_a_conflict():
    ox, oy = np.array([0.0]), np.array([0.0])
    pairs = find_conflicts(ox, oy, np.array([60.0, 99.999]), np.array([80.0, 0.0]), [True, True], 100.0)
    assert pairs.asset.tolist() == [1]


def run(run_algorithm, **overrides):
    outlets, assets = random_case()
    parameters = {
        "OUTLETS": outlet_layer(outlets),
        "ASSETS": asset_layer(assets),
        "ASSET_CATEGORY_FIELD": "category",
        "CATEGORIES": "School, church, shelter",
        "DISTANCE": 100,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    parameters.update(overrides)
    feedback = RecordingFeedback()
    result = run_algorithm("infosegura:proximityconflicts", parameters, feedback=feedback)
    return result, feedback, outlets, assets


def test_algorithm_lines_identities_and_no_shelter(run_algorithm):
    result, feedback, outlets, assets = run(run_algorithm)
    layer = result["OUTPUT"]
    every_pair = brute_pairs(outlets, assets, ["school", "church", "shelter"], 100.0)
    expected = [(i, j, d) for i, j, d in every_pair if assets[j][2] != "shelter"]
    assert len(expected) < len(every_pair)  # the case has pairs with shelters
    assert result["CONFLICT_COUNT"] == len(expected) == layer.featureCount()
    assert layer.geometryType() == QgsWkbTypes.LineGeometry
    assert layer.crs().authid() == CRS
    assert [f.name() for f in layer.fields()] == [
        "outlet_id", "outlet_name", "outlet_category", "asset_id", "asset_name", "asset_category", "distance_m"]
    for feature, (i, j, d) in zip(layer.getFeatures(), expected):
        assert feature["outlet_id"] == f"L-{i:03d}"
        assert feature["outlet_name"] == f"Bar {i}"
        assert feature["asset_id"] == f"A-{j:03d}"
        assert feature["asset_name"] == assets[j][3]
        assert feature["asset_category"] == assets[j][2].strip().lower()  # the asset's own category, tidied
        assert feature["distance_m"] == pytest.approx(d, abs=0.01)
        line = feature.geometry().asPolyline()
        assert (line[0].x(), line[0].y()) == pytest.approx(outlets[i])
        assert (line[-1].x(), line[-1].y()) == pytest.approx(assets[j][:2])
    near_shelters = len({i for i, j, _d in every_pair if assets[j][2] == "shelter"})
    assert any(m.startswith(f"{near_shelters} outlets") and "never exposed" in m for m in feedback.messages)


def test_no_shelter_location_or_name_anywhere_in_output(run_algorithm):
    result, _feedback, _outlets, assets = run(run_algorithm, CATEGORIES="shelter, school", DISTANCE=400)
    layer = result["OUTPUT"]
    assert layer.featureCount() > 0
    shelters = [a for a in assets if a[2] == "shelter"]
    names = {a[3] for a in shelters}
    for feature in layer.getFeatures():
        assert not set(map(str, feature.attributes())) & names
        end = feature.geometry().asPolyline()[-1]
        assert all((end.x(), end.y()) != pytest.approx(a[:2]) for a in shelters)


def test_output_in_geopackage_is_styled(run_algorithm, tmp_path):
    path = tmp_path / "conflicts.gpkg"
    result, *_ = run(run_algorithm, OUTPUT=str(path))
    layer = QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    assert layer.isValid() and layer.featureCount() > 0
    assert layer.listStylesInDatabase()[0] >= 1


@pytest.mark.parametrize("case, message", [
    ("geographic", "geographic"),
    ("empty_outlets", "no point"),
    ("empty_assets", "no point"),
    ("no_categories", "category"),
    ("missing_field", "no field"),
])
def test_bad_inputs_give_clear_messages(run_algorithm, case, message):
    outlets, assets = random_case()
    overrides = {
        "geographic": {"OUTLETS": outlet_layer([(-88.77, 17.25)], crs="EPSG:4326")},
        "empty_outlets": {"OUTLETS": outlet_layer([])},
        "empty_assets": {"ASSETS": asset_layer([])},
        "no_categories": {"CATEGORIES": " , "},
        "missing_field": {"OUTLET_ID_FIELD": "no_such_field"},
    }[case]
    with pytest.raises(QgsProcessingException, match=f"(?i){message}"):
        run(run_algorithm, **overrides)


def test_cancel_before_start_writes_nothing(run_algorithm, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    outlets, assets = random_case()
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        run_algorithm("infosegura:proximityconflicts", {
            "OUTLETS": outlet_layer(outlets), "ASSETS": asset_layer(assets), "ASSET_CATEGORY_FIELD": "category",
            "CATEGORIES": "school", "DISTANCE": 100, "OUTPUT": str(tmp_path / "conflicts.gpkg")}, feedback=feedback)
    assert list(tmp_path.iterdir()) == []
