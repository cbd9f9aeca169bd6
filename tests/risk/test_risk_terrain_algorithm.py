"""infosegura:riskterrain end to end through processing.run, on small synthetic layers."""

import json
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
)

from infosegura_plugin.core.risk.grid import make_lattice

CRS = "EPSG:32616"
X0, Y0 = 312_000.0, 1_907_000.0


def polygon_layer(rings, crs=CRS, name="study_area"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=name:string", name, "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(float(x), float(y)) for x, y in ring] for ring in rings]))
    feature.setAttributes([name])
    layer.dataProvider().addFeatures([feature])
    return layer


def point_layer(points, categories=None, crs=CRS, name="points", field="category"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field={field}:string&field=licence_class:string", name, "memory")
    features = []
    for i, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feature.setAttributes([str(categories[i]) if categories is not None else None, None])
        features.append(feature)
    ok, _ = layer.dataProvider().addFeatures(features)
    assert ok and layer.featureCount() == len(features)
    return layer


def square_area(size=1000.0):
    return polygon_layer([[(X0, Y0), (X0 + size, Y0), (X0 + size, Y0 + size), (X0, Y0 + size), (X0, Y0)]])


def synthetic_outlets(n=60, seed=5):
    """Synthetic outlets clustered around a 'downtown' plus some just outside the area."""
    rng = np.random.default_rng(seed)
    pts = np.column_stack([rng.normal(X0 + 400, 150, n), rng.normal(Y0 + 600, 150, n)])
    pts = np.vstack([pts, [[X0 - 60, Y0 + 500], [X0 + 1040, Y0 + 210]]])
    cats = np.array(["on_premise", "off_premise", "occasional", "unknown"])[rng.integers(0, 4, len(pts))]
    return pts, list(cats)


def synthetic_assets():
    pts = [(X0 + 450, Y0 + 650), (X0 + 800, Y0 + 300), (X0 + 200, Y0 + 200), (X0 + 600, Y0 + 900)]
    return point_layer(pts, ["bus_terminal", "police", "school", "market"], name="assets")


@pytest.fixture()
def inputs():
    pts, cats = synthetic_outlets()
    return {
        "OUTLETS": point_layer(pts, cats, name="outlets"),
        "OUTLET_CATEGORY_FIELD": "category",
        "ASSETS": synthetic_assets(),
        "ASSET_CATEGORY_FIELD": "category",
        "STUDY_AREA": square_area(),
        "CELL_SIZE": 50,
        "GRID_TYPE": 1,
        "KDE_RADIUS": 200,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "REPORT": "TEMPORARY_OUTPUT",
    }


def read_grid(layer):
    rows = [f.attributes() for f in layer.getFeatures()]
    return layer.fields().names(), rows


def test_expert_model_square_grid(run_algorithm, inputs, tmp_path):
    inputs["OUTPUT"] = str(tmp_path / "risk.gpkg")
    inputs["REPORT"] = str(tmp_path / "risk.html")
    result = run_algorithm("infosegura:riskterrain", inputs)
    layer = QgsVectorLayer(result["OUTPUT"], "grid", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    for field in ("cell_id", "outlet_count", "outlet_kde", "dist_outlet", "on_premise_near", "police_near",
                  "risk_score", "risk_class"):
        assert field in names
    # A 1 km square on a 50 m grid aligned to its corner: the 20 x 20 cells inside it; the
    # ring of cells that only touch its boundary is not part of the grid.
    assert layer.featureCount() == 20 * 20
    scores = [f["risk_score"] for f in layer.getFeatures()]
    assert min(scores) == pytest.approx(1.0)
    assert {f["risk_class"] for f in layer.getFeatures()} <= {"very low", "low", "moderate", "high", "very high"}
    # Every outlet in a kept cell (the grid covers the square exactly) counts once.
    outlets = inputs["OUTLETS"]
    inside = sum(1 for f in outlets.getFeatures()
                 if X0 <= f.geometry().asPoint().x() < X0 + 1000 and Y0 < f.geometry().asPoint().y() <= Y0 + 1000)
    assert sum(f["outlet_count"] for f in layer.getFeatures()) == inside
    # Styled in the GeoPackage: another QGIS opens it with the risk classes.
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.renderer().classAttribute() == "risk_class"
    html = (tmp_path / "risk.html").read_text(encoding="utf-8")
    assert "expert-weighted" in html
    assert "http" not in html and "<script" not in html


def test_hexagon_grid_and_layer_name(run_algorithm, inputs, tmp_path):
    from qgis.core import QgsProcessingContext, QgsProcessingOutputLayerDefinition, QgsProject

    inputs["GRID_TYPE"] = 0
    # As the toolbox runs it: the output is to be loaded into the project, under a name.
    inputs["OUTPUT"] = QgsProcessingOutputLayerDefinition(str(tmp_path / "grid.gpkg"), QgsProject.instance())
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    result = run_algorithm("infosegura:riskterrain", inputs, context=context)
    assert context.layerToLoadOnCompletionDetails(result["OUTPUT"]).name == "Risk terrain (expert-weighted)"
    layer = QgsVectorLayer(result["OUTPUT"], "grid", "ogr")
    assert layer.featureCount() > 400
    geometry = next(layer.getFeatures()).geometry()
    assert len(geometry.asPolygon()[0]) == 7
    assert geometry.area() == pytest.approx(math.sqrt(3) / 2 * 50 * 50)


def test_fitted_and_validated(run_algorithm, inputs, tmp_path):
    rng = np.random.default_rng(11)
    outlets = [f.geometry().asPoint() for f in inputs["OUTLETS"].getFeatures()]
    # Incidents cluster near outlets (synthetic): two periods.
    def incidents(n):
        base = [outlets[i] for i in rng.integers(0, len(outlets), n)]
        return [(p.x() + rng.normal(0, 60), p.y() + rng.normal(0, 60)) for p in base]
    inputs["INCIDENTS"] = point_layer(incidents(300), name="incidents")
    inputs["VALIDATION_INCIDENTS"] = point_layer(incidents(150), name="later")
    inputs["REPORT"] = str(tmp_path / "fitted.html")
    result = run_algorithm("infosegura:riskterrain", inputs)
    html = (tmp_path / "fitted.html").read_text(encoding="utf-8")
    assert "fitted from" in html
    assert "BIC" in html and "PAI" in html
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "grid", "ogr")
    assert "incident_count" in layer.fields().names()
    assert "validation_count" in layer.fields().names()
    assert max(f["risk_score"] for f in layer.getFeatures()) > 1.0


def test_geographic_study_area_is_an_error(run_algorithm, inputs):
    inputs["STUDY_AREA"] = polygon_layer([[(-88.8, 17.2), (-88.7, 17.2), (-88.7, 17.3), (-88.8, 17.2)]], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_algorithm("infosegura:riskterrain", inputs)


def test_geographic_outlets_are_reprojected(run_algorithm, inputs):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    to_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem("EPSG:4326"),
                                      QgsProject.instance())
    utm = [f.geometry().asPoint() for f in inputs["OUTLETS"].getFeatures()]
    wgs = [to_wgs84.transform(p) for p in utm]
    cats = [f["category"] for f in inputs["OUTLETS"].getFeatures()]
    projected = run_algorithm("infosegura:riskterrain", dict(inputs))["OUTPUT"]
    inputs["OUTLETS"] = point_layer([(p.x(), p.y()) for p in wgs], cats, crs="EPSG:4326", name="outlets_wgs84")
    geographic = run_algorithm("infosegura:riskterrain", inputs)["OUTPUT"]
    a = [f["outlet_count"] for f in projected.getFeatures()]
    b = [f["outlet_count"] for f in geographic.getFeatures()]
    assert a == b


def test_empty_outlets_is_an_error(run_algorithm, inputs):
    inputs["OUTLETS"] = point_layer([], [], name="no_outlets")
    with pytest.raises(QgsProcessingException, match="no_outlets has no point"):
        run_algorithm("infosegura:riskterrain", inputs)


def test_study_area_without_outlets_gives_a_valid_grid_and_a_warning(run_algorithm, inputs):
    inputs["OUTLETS"] = point_layer([(X0 + 5000, Y0 + 5000)], ["on_premise"], name="far_outlets")
    warnings = []

    class Feedback(QgsProcessingFeedback):
        def pushWarning(self, warning):  # noqa: N802
            warnings.append(warning)

    layer = run_algorithm("infosegura:riskterrain", inputs, feedback=Feedback())["OUTPUT"]
    assert layer.featureCount() == 20 * 20
    assert sum(f["outlet_count"] for f in layer.getFeatures()) == 0
    assert all(f["outlet_kde"] == 0 for f in layer.getFeatures())
    assert any("No outlet lies in the study area" in w for w in warnings)


@pytest.mark.parametrize(
    "content, key",
    [
        ("{not json", "not a readable JSON"),
        (json.dumps({"label": "x", "factors": [{"id": "a", "layer": "bars"}]}), "'layer'"),
        (json.dumps({"label": "x", "factors": [{"id": "a", "layer": "outlets", "categories": ["on_premise"],
                                                 "operationalisation": "proximity", "distance_m": -5,
                                                 "relative_risk": 2}]}), "'distance_m'"),
    ],
)
def test_bad_model_file_names_file_and_key(run_algorithm, inputs, tmp_path, content, key):
    path = tmp_path / "bad_model.json"
    path.write_text(content, encoding="utf-8")
    inputs["MODEL"] = str(path)
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm("infosegura:riskterrain", inputs)
    assert "bad_model.json" in str(error.value)
    assert key in str(error.value)


class CancelAtFirstProgress(QgsProcessingFeedback):
    """Cancels at the first progress report past 0 and records every report after that."""

    def __init__(self):
        super().__init__()
        self.canceled_at = None
        self.after_cancel = []

    def setProgress(self, value):  # noqa: N802 (QGIS API)
        super().setProgress(value)
        if self.isCanceled():
            self.after_cancel.append(value)
        elif value > 0:
            self.canceled_at = value
            self.cancel()


def test_cancel_stops_at_the_next_step(run_algorithm, inputs, tmp_path):
    """A large grid (1 m cells over 2 km: 4 million cells), canceled at the first progress
    report: the run stops at its next step with a clear message and writes nothing.
    (How fast, in seconds, is measured by `make bench`: benchmarks/bench_cancel.py.)"""
    inputs["STUDY_AREA"] = polygon_layer([[(X0, Y0), (X0 + 2000, Y0), (X0 + 2000, Y0 + 2000), (X0, Y0)]])
    inputs["CELL_SIZE"] = 1
    inputs["OUTPUT"] = str(tmp_path / "grid.gpkg")
    feedback = CancelAtFirstProgress()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        run_algorithm("infosegura:riskterrain", inputs, feedback=feedback)
    assert feedback.canceled_at is not None and feedback.canceled_at < 50
    assert feedback.after_cancel == []  # no further step of work was reported
    assert list(tmp_path.iterdir()) == []


def test_lattice_matches_native_creategrid(plugin):
    import processing

    for kind, qgis_type in (("square", 2), ("hexagon", 4)):
        lattice = make_lattice((X0 + 0.3, Y0 + 0.7, X0 + 1000.1, Y0 + 1100.2), 50, kind)
        e = lattice.qgis_extent()
        layer = processing.run("native:creategrid", {
            "TYPE": qgis_type, "EXTENT": f"{e[0]},{e[2]},{e[1]},{e[3]} [{CRS}]", "HSPACING": 50, "VSPACING": 50,
            "CRS": CRS, "OUTPUT": "memory:"})["OUTPUT"]
        assert layer.featureCount() == lattice.size
        for feature in layer.getFeatures():
            col, row = lattice.from_flat(np.array([feature["id"] - 1]))
            ring = lattice.ring_coords(col, row)[0]
            vertices = np.array([(p.x(), p.y()) for p in feature.geometry().asPolygon()[0]])
            assert np.abs(vertices - ring).max() < 1e-6
