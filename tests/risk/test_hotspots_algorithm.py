"""infosegura:hotspots end to end on small synthetic grids: results against brute force,
attributes and CRS kept, FDR, permutations, styles, and every bad input."""

import math

import numpy as np
import pytest
from qgis.core import (
    NULL,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from tests.layers import RecordingFeedback

CRS = "EPSG:32616"
X0, Y0 = 312_000.0, 1_907_000.0
SIZE = 100.0


def grid_layer(values, ncols=10, crs=CRS, extra=(), name="grid"):
    """Square cells in rows of ``ncols``; ``extra``: more (x, y, value) squares anywhere."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=cell_id:integer&field=outlet_count:double"
                           "&field=risk_class:string", name, "memory")
    features = []
    cells = [(X0 + (k % ncols) * SIZE, Y0 - (k // ncols) * SIZE, v) for k, v in enumerate(values)] + list(extra)
    for k, (x, y, v) in enumerate(cells):
        feature = QgsFeature(layer.fields())
        ring = [QgsPointXY(x, y), QgsPointXY(x + SIZE, y), QgsPointXY(x + SIZE, y - SIZE), QgsPointXY(x, y - SIZE),
                QgsPointXY(x, y)]
        feature.setGeometry(QgsGeometry.fromPolygonXY([ring]))
        feature.setAttributes([k + 1, None if v is None else float(v), "low"])
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok and layer.featureCount() == len(features)
    return layer, cells


def hot_corner_values(n=100, seed=2):
    rng = np.random.default_rng(seed)
    values = rng.poisson(1.0, n).astype(float)
    for k in range(n):
        if k % 10 < 3 and k // 10 < 3:
            values[k] += 6.0
        if k % 10 > 6 and k // 10 > 6:
            values[k] = 0.0
    return values


def brute_z(cells, queen=True, band=None):
    n = len(cells)
    values = [c[2] for c in cells]
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / n)
    z = []
    for _i, (xi, yi, _v) in enumerate(cells):
        hood = []
        for j, (xj, yj, _w) in enumerate(cells):
            if band is None:
                near = abs(xi - xj) <= SIZE + 1e-6 and abs(yi - yj) <= SIZE + 1e-6
            else:
                near = math.hypot(xi - xj, yi - yj) <= band
            if near:
                hood.append(j)
        k = len(hood)
        if k == 1:
            z.append(float("nan"))
            continue
        z.append((sum(values[j] for j in hood) - mean * k) / (sd * math.sqrt((n * k - k * k) / (n - 1))))
    return np.array(z)


def run(run_algorithm, layer, feedback=None, **overrides):
    parameters = {"INPUT": layer, "FIELD": "outlet_count", "NEIGHBOURHOOD": 0, "DISTANCE": 0,
                  "PERMUTATIONS": 0, "FDR": False, "SEED": 1, "OUTPUT": "TEMPORARY_OUTPUT"}
    parameters.update(overrides)
    return run_algorithm("infosegura:hotspots", parameters, feedback=feedback)["OUTPUT"]


def results(layer):
    rows = sorted(layer.getFeatures(), key=lambda f: f["cell_id"])
    z = np.array([np.nan if f["gi_z"] == NULL else f["gi_z"] for f in rows], dtype=float)
    p = np.array([np.nan if f["gi_p"] == NULL else f["gi_p"] for f in rows], dtype=float)
    return rows, z, p, np.array([f["gi_class"] for f in rows])


def expected_classes(z, p):
    level = np.select([p < 0.01, p < 0.05, p < 0.10], [3, 2, 1], 0)
    return np.where(np.isnan(z), 0, np.sign(z) * level)


def test_contiguity_keeps_attributes_crs_and_matches_brute_force(run_algorithm):
    layer, cells = grid_layer(hot_corner_values())
    out = run(run_algorithm, layer)
    assert out.crs().authid() == CRS
    assert out.featureCount() == layer.featureCount()
    assert [f.name() for f in out.fields()] == ["cell_id", "outlet_count", "risk_class", "gi_z", "gi_p", "gi_class"]
    rows, z, p, classes = results(out)
    np.testing.assert_allclose(z, brute_z(cells), atol=1e-9)
    np.testing.assert_allclose(p, [math.erfc(abs(v) / math.sqrt(2)) for v in z], atol=1e-12)
    assert classes.tolist() == expected_classes(z, p).tolist()
    assert classes[0] == 3 and classes.min() < 0  # the hot corner, some cold
    for feature, (x, _y, v) in zip(rows, cells):
        assert feature["outlet_count"] == v and feature["risk_class"] == "low"
        assert feature.geometry().boundingBox().xMinimum() == pytest.approx(x)


def test_distance_band_and_automatic_band(run_algorithm):
    layer, cells = grid_layer(hot_corner_values())
    out = run(run_algorithm, layer, NEIGHBOURHOOD=1, DISTANCE=250)
    _rows, z, _p, _c = results(out)
    np.testing.assert_allclose(z, brute_z(cells, band=250), atol=1e-9)
    # 0: the smallest band giving every cell a neighbour = the cell spacing
    out = run(run_algorithm, layer, NEIGHBOURHOOD=1, DISTANCE=0)
    _rows, z, _p, _c = results(out)
    np.testing.assert_allclose(z, brute_z(cells, band=SIZE + 1e-6), atol=1e-9)


def test_fdr_uses_benjamini_hochberg_at_each_level(run_algorithm):
    layer, _cells = grid_layer(hot_corner_values())
    _rows, z, p, plain = results(run(run_algorithm, layer))
    _rows, z2, p2, fdr = results(run(run_algorithm, layer, FDR=True))
    np.testing.assert_allclose(z, z2)
    # Expected rejections from an independent implementation (statsmodels), not ours.
    from statsmodels.stats.multitest import multipletests

    level = np.zeros(len(p), dtype=int)
    for value, alpha in ((1, 0.10), (2, 0.05), (3, 0.01)):
        level[multipletests(p, alpha=alpha, method="fdr_bh")[0]] = value
    assert fdr.tolist() == (np.sign(z) * level).astype(int).tolist()
    assert (np.abs(fdr) <= np.abs(plain)).all() and np.abs(fdr).sum() < np.abs(plain).sum()


def test_permutations_pseudo_p_seeded(run_algorithm):
    layer, _cells = grid_layer(hot_corner_values())
    _r, z, p1, c1 = results(run(run_algorithm, layer, PERMUTATIONS=199, SEED=7))
    _r, _z, p2, _c = results(run(run_algorithm, layer, PERMUTATIONS=199, SEED=7))
    _r, _z, p3, _c = results(run(run_algorithm, layer, PERMUTATIONS=199, SEED=8))
    assert np.array_equal(p1, p2) and not np.array_equal(p1, p3)
    assert np.allclose(np.round(p1 * 100), p1 * 100)  # min(1, 2 (extreme + 1) / (199 + 1))
    assert c1.tolist() == expected_classes(z, p1).tolist()


def test_null_values_and_an_isolated_polygon_are_reported(run_algorithm):
    values = list(hot_corner_values())
    values[5] = None
    feedback = RecordingFeedback()
    layer, _cells = grid_layer(values, extra=[(X0 + 5000, Y0, 3.0)])
    rows, z, _p, classes = results(run(run_algorithm, layer, feedback))
    assert np.isnan(z[5]) and classes[5] == 0 and rows[5]["outlet_count"] == NULL
    assert np.isfinite(np.delete(z, [5, 100])).all()
    assert np.isnan(z[-1]) and classes[-1] == 0
    text = " ".join(feedback.messages)
    assert "no value" in text and "no neighbour" in text and "101" in text  # feature id of the isolate


def test_geopackage_output_carries_its_style(run_algorithm, tmp_path):
    layer, _cells = grid_layer(hot_corner_values())
    path = tmp_path / "hot.gpkg"
    out = run_algorithm("infosegura:hotspots", {"INPUT": layer, "FIELD": "outlet_count", "OUTPUT": str(path)})["OUTPUT"]
    reopened = QgsVectorLayer(out, "hot", "ogr")
    assert reopened.isValid() and reopened.featureCount() == 100
    assert reopened.listStylesInDatabase()[0] >= 1
    assert reopened.renderer().type() == "categorizedSymbol"
    assert reopened.renderer().classAttribute() == "gi_class"


@pytest.mark.parametrize("case, message", [
    ("geographic", "geographic"),
    ("empty", "no features"),
    ("few", "at least 30"),
    ("constant", "same"),
    ("all_isolated", "no polygon .* has a neighbour"),
])
def test_bad_inputs_give_clear_messages(run_algorithm, case, message):
    if case == "geographic":
        layer, _ = grid_layer(hot_corner_values(), crs="EPSG:4326")
        overrides = {}
    elif case == "empty":
        layer, _ = grid_layer([])
        overrides = {}
    elif case == "few":
        layer, _ = grid_layer(hot_corner_values(29))
        overrides = {}
    elif case == "constant":
        layer, _ = grid_layer([2.0] * 100)
        overrides = {}
    else:
        layer, _ = grid_layer(hot_corner_values())
        overrides = {"NEIGHBOURHOOD": 1, "DISTANCE": 50}
    with pytest.raises(QgsProcessingException, match=f"(?i){message}"):
        run(run_algorithm, layer, **overrides)


def test_cancel_writes_nothing(run_algorithm, tmp_path):
    layer, _cells = grid_layer(hot_corner_values())
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        run(run_algorithm, layer, feedback, OUTPUT=str(tmp_path / "hot_spots.gpkg"))
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_the_previous_result_as_it_was(run_algorithm, tmp_path):
    layer, _cells = grid_layer(hot_corner_values())
    output = tmp_path / "hot_spots.gpkg"
    run(run_algorithm, layer, OUTPUT=str(output))
    before = output.read_bytes()
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        run(run_algorithm, layer, feedback, OUTPUT=str(output))
    assert output.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hot_spots.gpkg"]


class CancelAt(QgsProcessingFeedback):
    """Cancels itself once progress passes ``at`` percent (mid-run, not before the start)."""

    def __init__(self, at):
        super().__init__()
        self.at = at

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if progress >= self.at:
            self.cancel()


@pytest.mark.parametrize("at, overrides", [
    (30, {}),                                        # while building the neighbours
    (50, {"PERMUTATIONS": 999}),                     # during the permutations
    (60, {}),                                        # while writing
])
def test_cancel_mid_run_stops_with_a_message(run_algorithm, at, overrides):
    layer, _cells = grid_layer(hot_corner_values(400), ncols=20)
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        run(run_algorithm, layer, CancelAt(at), **overrides)


def test_running_on_its_own_output_replaces_the_gi_fields(run_algorithm):
    layer, cells = grid_layer(hot_corner_values())
    first = run(run_algorithm, layer)
    second = run(run_algorithm, first, NEIGHBOURHOOD=1, DISTANCE=250)
    assert second.fields().names() == first.fields().names()
    _rows, z, _p, _c = results(second)
    np.testing.assert_allclose(z, brute_z(cells, band=250), atol=1e-9)
