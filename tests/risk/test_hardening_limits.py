"""Bounded resources and clear refusals for the risk tools: distance bands (§8), kernels
and grid sizes (§9), relative risks and factor ids (§10), layers without a CRS (§11),
late failures checked first and messages instead of tracebacks (§13, §14)."""

import json
import tracemalloc

import numpy as np
import pytest
import shapely
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from infosegura_plugin.core.risk.grid import HEXAGON, SQUARE, estimate_grid, make_lattice, select_cells
from infosegura_plugin.core.risk.hotspot_inputs import HotspotInputError, band_pairs, check_band
from infosegura_plugin.core.risk.kernels import KernelTooLargeError, check_kde, quartic_kde
from infosegura_plugin.core.risk.risk_classes import score_classes
from infosegura_plugin.core.risk.risk_model import ModelError, model_from_dict, risk_score
from tests.conftest import ROOT, sample_layer
from tests.layers import RecordingFeedback

from .test_hotspots_algorithm import grid_layer, hot_corner_values
from .test_risk_terrain_algorithm import point_layer, square_area, synthetic_outlets


def terrain_inputs(**overrides):
    pts, cats = synthetic_outlets()
    inputs = {"OUTLETS": point_layer(pts, cats, name="outlets"), "STUDY_AREA": square_area(), "CELL_SIZE": 50,
              "GRID_TYPE": 1, "KDE_RADIUS": 200, "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"}
    inputs.update(overrides)
    return inputs


class Stages(RecordingFeedback):
    """Remembers the furthest progress a run reached."""

    def __init__(self):
        super().__init__()
        self.furthest = 0.0

    def setProgress(self, progress):  # noqa: N802 (QGIS API)
        self.furthest = max(self.furthest, progress)
        super().setProgress(progress)


# ---------------------------------------------------------------- §8 distance bands


def test_band_pair_estimate_bounds_the_true_count():
    rng = np.random.default_rng(4)
    x, y = rng.uniform(0, 1000, 400), rng.uniform(0, 1000, 400)
    for distance in (20.0, 75.0, 300.0):
        d = np.hypot(x[:, None] - x[None, :], y[:, None] - y[None, :])
        true_pairs = int((d <= distance).sum())
        assert true_pairs <= band_pairs(x, y, distance) <= 3 * true_pairs + len(x)


def test_a_band_that_links_every_polygon_is_refused(run_algorithm):
    layer, _cells = grid_layer(hot_corner_values())
    with pytest.raises(QgsProcessingException, match="links every polygon of grid with every other"):
        run_algorithm("infosegura:hotspots", {"INPUT": layer, "FIELD": "outlet_count", "NEIGHBOURHOOD": 1,
                                              "DISTANCE": 1e7, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_a_band_with_more_pairs_than_memory_holds_is_refused_before_any_pair_is_made(monkeypatch):
    from infosegura_plugin.core.risk import hotspot_inputs

    monkeypatch.setattr(hotspot_inputs, "MAX_BAND_PAIRS", 50_000)
    rng = np.random.default_rng(1)
    x, y = rng.uniform(0, 10_000, 3000), rng.uniform(0, 10_000, 3000)
    with pytest.raises(HotspotInputError, match="about .* neighbours each"):
        check_band(x, y, 2000.0, "cells")
    assert check_band(x, y, 200.0, "cells") < 50_000


# ---------------------------------------------------------------- §9 kernels and grid sizes


@pytest.mark.parametrize("kind", [SQUARE, HEXAGON])
def test_a_huge_kernel_radius_runs_in_bounded_memory_and_matches_brute_force(kind):
    lattice = make_lattice((0, 0, 3000, 2000), 50, kind)
    flat = np.arange(lattice.size)
    rng = np.random.default_rng(9)
    x, y = rng.uniform(-500, 3500, 300), rng.uniform(-500, 2500, 300)
    radius = 1e6
    tracemalloc.start()
    try:
        got = quartic_kde(lattice, flat, x, y, radius)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    cx, cy = lattice.centres(*lattice.from_flat(flat))
    d2 = (cx[:, None] - x[None, :]) ** 2 + (cy[:, None] - y[None, :]) ** 2
    expected = np.where(d2 < radius ** 2, (1 - d2 / radius ** 2) ** 2, 0).sum(axis=1)
    np.testing.assert_allclose(got, expected, rtol=1e-9)
    assert peak < 200e6


def test_a_kernel_beyond_the_work_limit_is_refused():
    lattice = make_lattice((0, 0, 300_000, 200_000), 100, SQUARE)
    with pytest.raises(KernelTooLargeError, match="kernel radius of 1e\\+06 m over 100,000 points"):
        check_kde(lattice, 100_000, 5_000_000, 1e6)
    check_kde(lattice, 100_000, 5_000_000, 400)


@pytest.mark.parametrize("kind", [SQUARE, HEXAGON])
def test_the_grid_estimate_is_close_to_the_cells_made(kind):
    area = shapely.Polygon([(0, 0), (9000, 1500), (8000, 9000), (2500, 7000), (800, 4000)],
                           holes=[[(3000, 3000), (5000, 3000), (4000, 5000)]])
    rings = [np.array(r.coords) for r in [area.exterior, *area.interiors]]
    for cell_size in (50.0, 137.0):
        estimate = estimate_grid(rings, shapely.to_wkb(area), area.bounds, cell_size, kind)
        made = len(select_cells(make_lattice(area.bounds, cell_size, kind), rings, shapely.to_wkb(area)))
        assert made <= estimate.cells <= 1.1 * made
        assert estimate.disk_bytes > 0 and estimate.seconds > 0


def test_a_grid_beyond_max_cells_is_refused_before_any_work(run_algorithm):
    feedback = Stages()
    with pytest.raises(QgsProcessingException, match=r"A 2 m grid over study_area would have about [\d,]+ cells "
                                                     r"\(the limit is 100,000\): about .* minutes and .* MB"):
        run_algorithm("infosegura:riskterrain", terrain_inputs(CELL_SIZE=2, MAX_CELLS=100_000), feedback=feedback)
    assert feedback.furthest == 0
    with pytest.raises(QgsProcessingException, match="the limit is 5,000,000"):
        run_algorithm("infosegura:riskterrain", terrain_inputs(CELL_SIZE=1, STUDY_AREA=square_area(3000)))
    result = run_algorithm("infosegura:riskterrain", terrain_inputs(), feedback=(ok := RecordingFeedback()))
    assert result["OUTPUT"].featureCount() == 400
    assert any(m.startswith("About 4") and "MB on disk" in m for m in ok.messages)


def test_a_huge_kernel_radius_in_the_algorithm_runs(run_algorithm):
    result = run_algorithm("infosegura:riskterrain", terrain_inputs(KDE_RADIUS=1e6))
    values = [f["outlet_kde"] for f in result["OUTPUT"].getFeatures()]
    assert len(values) == 400 and all(np.isfinite(values)) and min(values) > 0


# ---------------------------------------------------------------- §10 relative risks, factor ids


def factor(**overrides):
    base = {"id": "near", "layer": "outlets", "categories": ["*"], "operationalisation": "proximity",
            "distance_m": 100, "relative_risk": 2.0}
    base.update(overrides)
    return base


@pytest.mark.parametrize("value, message", [
    (1e308, "'relative_risk' must lie between 0.001 and 1000 .it is 1e\\+308."),
    (float("inf"), "'relative_risk' must be a positive number"),
    (float("nan"), "'relative_risk' must be a positive number"),
])
def test_relative_risks_must_be_finite_and_sane(value, message):
    with pytest.raises(ModelError, match=message):
        model_from_dict({"label": "m", "factors": [factor(relative_risk=value)]}, "m.json")


def test_the_largest_allowed_risks_keep_scores_finite():
    factors = [factor(id=f"f{k}", relative_risk=1000) for k in range(100)]  # 1000**100 = 1e300
    model = model_from_dict({"label": "m", "factors": factors}, "m.json")
    presence = np.tril(np.ones((101, 100)), -1)
    score = risk_score(presence, [f.relative_risk for f in model.factors])
    assert np.isfinite(score).all() and score.max() > 1e200
    assert score_classes(score).tolist()[-1] == 4
    with pytest.raises(ModelError, match="multiply to more than 1e300"):
        model_from_dict({"label": "m", "factors": factors + [factor(id="one_more", relative_risk=1000)]}, "m.json")


@pytest.mark.parametrize("reserved", ["gi_z", "gi_p", "gi_class", "risk_score", "cell_id", "geom", "fid"])
def test_a_factor_id_may_not_be_an_output_field(reserved):
    with pytest.raises(ModelError, match=f"'id' is the name of a grid field .{reserved}."):
        model_from_dict({"label": "m", "factors": [factor(id=reserved)]}, "m.json")


# ---------------------------------------------------------------- §11 layers without a CRS


def shapefile_without_prj(layer, path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    path.with_suffix(".prj").unlink()
    result = QgsVectorLayer(str(path), path.stem, "ogr")
    assert result.isValid() and not result.crs().isValid()
    return result


def test_community_profiles_refuse_outlets_without_a_crs(run_algorithm, tmp_path):
    outlets = shapefile_without_prj(sample_layer("incidents"), tmp_path / "outlets.shp")
    grid = run_algorithm("infosegura:riskterrain", {
        "OUTLETS": sample_layer("incidents"), "STUDY_AREA": sample_layer("city_boundary"), "CELL_SIZE": 200,
        "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    with pytest.raises(QgsProcessingException, match=r"The layer outlets \(Licensed outlets\) has no coordinate "
                                                     r"reference system"):
        run_algorithm("infosegura:communityprofiles", {
            "AREAS": sample_layer("neighbourhoods"), "AREA_NAME_FIELD": "name", "OUTLETS": outlets,
            "RISK_GRID": grid, "OUTPUT": "TEMPORARY_OUTPUT"})


def test_risk_terrain_refuses_points_without_a_crs(run_algorithm, tmp_path):
    outlets = shapefile_without_prj(sample_layer("incidents"), tmp_path / "points.shp")
    with pytest.raises(QgsProcessingException, match=r"The layer points \(Licensed outlets\) has no coordinate"):
        run_algorithm("infosegura:riskterrain", {"OUTLETS": outlets, "STUDY_AREA": sample_layer("city_boundary"),
                                                 "OUTPUT": "TEMPORARY_OUTPUT"})


# ---------------------------------------------------------------- §13, §14 messages, not tracebacks


def test_an_unwritable_report_folder_is_refused_before_the_grid_is_computed(run_algorithm, tmp_path):
    feedback = Stages()
    output = tmp_path / "grid.gpkg"
    with pytest.raises(QgsProcessingException, match=r"Report: the folder .*nodir does not exist. Choose an existing "
                                                     r"folder for r.html"):
        run_algorithm("infosegura:riskterrain", terrain_inputs(OUTPUT=str(output),
                                                               REPORT=str(tmp_path / "nodir" / "r.html")),
                      feedback=feedback)
    assert feedback.furthest == 0 and not output.exists()


def test_a_model_nested_too_deeply_is_a_clear_error(run_algorithm, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text('{"label":"d","factors":' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="Risk model deep.json: the JSON is nested too deeply"):
        run_algorithm("infosegura:riskterrain", terrain_inputs(MODEL=str(deep)))


def test_a_binary_category_map_is_a_clear_error(run_algorithm, tmp_path):
    garbage = tmp_path / "map.csv"
    garbage.write_bytes(np.random.default_rng(3).integers(0, 256, 100_000, dtype=np.uint8).tobytes())
    with pytest.raises(QgsProcessingException, match="map.csv: the category map (is not a text file|cannot be read as CSV)"):
        run_algorithm("infosegura:importregister", {
            "INPUT": str(ROOT / "resources" / "sample" / "licence_register.csv"), "CATEGORY_MAP": str(garbage),
            "OUTPUT": "TEMPORARY_OUTPUT"})


def test_loadsample_onto_a_file_that_is_not_a_geopackage(run_algorithm, tmp_path):
    target = tmp_path / "notes.gpkg"
    target.write_text("text", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="notes.gpkg exists and is not a GeoPackage"):
        run_algorithm("infosegura:loadsample", {"OUTPUT": str(target)}, feedback=QgsProcessingFeedback())
    assert target.read_text(encoding="utf-8") == "text"


def test_a_model_file_written_by_hand_with_a_sensitive_factor_names_the_key(run_algorithm, tmp_path):
    model = tmp_path / "m.json"
    model.write_text(json.dumps({"label": "m", "factors": [factor(layer="assets", categories=["Refugio"])]}),
                     encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="m.json: factor 1: 'categories' names sensitive places"):
        run_algorithm("infosegura:riskterrain", terrain_inputs(MODEL=str(model)))

