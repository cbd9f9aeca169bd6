"""Community risk profiles: a hand-made two-neighbourhood case worked out on paper,
point location against a loop, ranking, bad inputs (synthetic layers)."""

import numpy as np
import pytest
import shapely
from qgis.core import (
    NULL,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from infosegura_plugin.core.risk.community_profiles import locate, outlet_category, rank_areas
from tests.layers import RecordingFeedback, memory_layer

CRS = "EPSG:32616"
X0, Y0 = 312_000.0, 1_907_000.0



def box_ring(x0, y0, x1, y1):
    return [QgsPointXY(x0, y0), QgsPointXY(x1, y0), QgsPointXY(x1, y1), QgsPointXY(x0, y1), QgsPointXY(x0, y0)]


def areas_layer(crs=CRS):
    """West: 1 km², 2,000 residents. East: 2 km², population unknown."""
    return memory_layer(f"Polygon?crs={crs}&field=name:string&field=population:integer", [
        (QgsGeometry.fromPolygonXY([box_ring(X0, Y0, X0 + 1000, Y0 + 1000)]), ["West", 2000]),
        (QgsGeometry.fromPolygonXY([box_ring(X0 + 1000, Y0, X0 + 3000, Y0 + 1000)]), ["East", None]),
    ], "neighbourhoods")


def outlets_layer(crs=CRS, points=None):
    if points is None:
        points = [
            (X0 + 100, Y0 + 100, "on_premise"), (X0 + 200, Y0 + 800, "On Premise"), (X0 + 900, Y0 + 900, "on-premise"),
            (X0 + 500, Y0 + 500, "off_premise"), (X0 + 300, Y0 + 300, " Occasional "),
            (X0 + 1000, Y0 + 500, "on_premise"),  # on the shared boundary: the first area (West)
            (X0 + 2500, Y0 + 500, "nightclub"), (X0 + 1500, Y0 + 100, None),  # East, both unknown
            (X0 + 9000, Y0 + 500, "on_premise"),  # in no area
        ]
    return memory_layer(f"Point?crs={crs}&field=licence_id:string&field=category:string", [
        (QgsGeometry.fromPointXY(QgsPointXY(x, y)), [f"L{k}", c]) for k, (x, y, c) in enumerate(points)
    ], "outlets")


def grid_layer(with_gi=True, with_risk=True):
    """500 m cells: 2x2 in West, 4x2 in East."""
    west = [(1.0, "low", 0), (2.0, "moderate", 2), (3.0, "very high", 3), (4.0, "very high", 1)]
    east = [(5.0, "very high", 2), (5.0, "Very High", -2)] + [(1.0, "very low", 0)] * 6
    cells = []
    for k, (risk, klass, gi) in enumerate(west):
        x, y = X0 + (k % 2) * 500, Y0 + (k // 2) * 500
        cells.append((x, y, risk, klass, gi))
    for k, (risk, klass, gi) in enumerate(east):
        x, y = X0 + 1000 + (k % 4) * 500, Y0 + (k // 4) * 500
        cells.append((x, y, risk, klass, gi))
    fields = "field=cell_id:integer"
    if with_risk:
        fields += "&field=risk_score:double&field=risk_class:string"
    if with_gi:
        fields += "&field=gi_class:integer"
    rows = []
    for k, (x, y, risk, klass, gi) in enumerate(cells):
        attributes = [k + 1] + ([risk, klass] if with_risk else []) + ([gi] if with_gi else [])
        rows.append((QgsGeometry.fromPolygonXY([box_ring(x, y, x + 500, y + 500)]), attributes))
    return memory_layer(f"Polygon?crs={CRS}&{fields}", rows, "risk_grid")


def conflicts_layer():
    lines = [((X0 + 100, Y0 + 100), (X0 + 150, Y0 + 150)), ((X0 + 200, Y0 + 800), (X0 + 1100, Y0 + 800)),
             ((X0 + 2500, Y0 + 500), (X0 + 2550, Y0 + 500))]
    return memory_layer(f"LineString?crs={CRS}&field=outlet_id:string", [
        (QgsGeometry.fromPolylineXY([QgsPointXY(*a), QgsPointXY(*b)]), ["x"]) for a, b in lines], "conflicts")


def run(run_algorithm, feedback=None, **overrides):
    parameters = {"AREAS": areas_layer(), "AREA_NAME_FIELD": "name", "OUTLETS": outlets_layer(),
                  "OUTLET_CATEGORY_FIELD": "category", "RISK_GRID": grid_layer(), "CONFLICTS": conflicts_layer(),
                  "OUTPUT": "TEMPORARY_OUTPUT"}
    parameters.update(overrides)
    return run_algorithm("infosegura:communityprofiles", parameters, feedback=feedback)["OUTPUT"]


def by_name(layer):
    return {f["name"]: f for f in layer.getFeatures()}


def test_two_neighbourhoods_worked_by_hand(run_algorithm):
    layer = run(run_algorithm)
    assert layer.crs().authid() == CRS
    rows = by_name(layer)
    west, east = rows["West"], rows["East"]
    assert (west["outlets"], west["outlets_on_premise"], west["outlets_off_premise"], west["outlets_occasional"],
            west["outlets_unknown"]) == (6, 4, 1, 1, 0)
    assert (east["outlets"], east["outlets_unknown"], east["outlets_on_premise"]) == (2, 2, 0)
    assert west["area_km2"] == pytest.approx(1.0) and east["area_km2"] == pytest.approx(2.0)
    assert west["outlets_per_km2"] == pytest.approx(6.0) and east["outlets_per_km2"] == pytest.approx(1.0)
    assert west["outlets_per_1000"] == pytest.approx(3.0) and east["outlets_per_1000"] == NULL
    assert (west["conflicts"], east["conflicts"]) == (2, 1)
    assert west["risk_mean"] == pytest.approx(2.5) and east["risk_mean"] == pytest.approx(2.0)
    assert (west["risk_max"], east["risk_max"]) == (4.0, 5.0)
    assert west["top_risk_share"] == pytest.approx(0.5) and east["top_risk_share"] == pytest.approx(0.25)
    assert (west["hotspot_cells"], east["hotspot_cells"]) == (2, 1)
    assert (west["risk_level"], east["risk_level"]) == ("high", "low")  # mean class steps 2.75 and 1.0
    assert (west["rank"], east["rank"]) == (1, 2)
    assert west.geometry().area() == pytest.approx(1e6)


def test_without_gi_class_conflicts_or_population(run_algorithm):
    layer = run(run_algorithm, RISK_GRID=grid_layer(with_gi=False), CONFLICTS=None,
                AREAS=memory_layer(f"Polygon?crs={CRS}&field=name:string", [
                    (QgsGeometry.fromPolygonXY([box_ring(X0, Y0, X0 + 1000, Y0 + 1000)]), ["West"]),
                    (QgsGeometry.fromPolygonXY([box_ring(X0 + 1000, Y0, X0 + 3000, Y0 + 1000)]), ["East"])],
                    "areas"))
    for feature in layer.getFeatures():
        assert feature["hotspot_cells"] == NULL and feature["conflicts"] == NULL
        assert feature["outlets_per_1000"] == NULL and feature["population"] == NULL
        assert feature["risk_mean"] != NULL


def test_locate_equals_a_loop_and_first_area_wins_on_boundaries():
    rng = np.random.default_rng(3)
    areas = [shapely.box(0, 0, 10, 10), shapely.box(10, 0, 20, 10), shapely.Polygon([(0, 10), (20, 10), (10, 20)])]
    x, y = rng.uniform(-2, 22, 500), rng.uniform(-2, 22, 500)
    x[:5], y[:5] = 10.0, [0, 5, 10, 15, 30]  # on shared edges and corners, and outside
    expected = []
    for px, py in zip(x, y):
        hits = [k for k, a in enumerate(areas) if a.intersects(shapely.Point(px, py))]
        expected.append(hits[0] if hits else -1)
    assert locate(np.array(areas, dtype=object), x, y).tolist() == expected


def test_outlet_categories_and_ranking_rule():
    assert [outlet_category(v) for v in ["On Premise", "off-premise", " occasional", "bar", None, ""]] == [
        "on_premise", "off_premise", "occasional", "unknown", "unknown", "unknown"]
    names = ["b", "a", "c", "d", "e"]
    risk = np.array([2.0, 2.0, 3.0, np.nan, 2.0])
    per_1000 = np.array([1.0, 1.0, 0.0, 9.0, 5.0])
    per_km2 = np.array([1.0, 1.0, 0.0, 9.0, 0.0])
    # c: highest risk; e: tie on risk, more per 1000; a/b: full tie, by name; d: no risk, last
    assert rank_areas(names, risk, per_1000, per_km2).tolist() == [4, 3, 1, 5, 2]


def test_geopackage_output_is_styled(run_algorithm, tmp_path):
    path = tmp_path / "profiles.gpkg"
    out = run(run_algorithm, OUTPUT=str(path))
    layer = QgsVectorLayer(out if isinstance(out, str) else out.source(), "p", "ogr")
    assert layer.isValid() and layer.featureCount() == 2
    assert layer.listStylesInDatabase()[0] >= 1
    assert layer.renderer().classAttribute() == "risk_level"


@pytest.mark.parametrize("case, message", [
    ("geographic", "geographic"),
    ("no_risk", "risk_score"),
    ("empty_areas", "no polygon"),
    ("empty_grid", "no cell"),
    ("bad_name", "no field"),
])
def test_bad_inputs_give_clear_messages(run_algorithm, case, message):
    overrides = {
        "geographic": {"AREAS": areas_layer(crs="EPSG:4326")},
        "no_risk": {"RISK_GRID": grid_layer(with_risk=False)},
        "empty_areas": {"AREAS": memory_layer(f"Polygon?crs={CRS}&field=name:string", [], "areas")},
        "empty_grid": {"RISK_GRID": memory_layer(f"Polygon?crs={CRS}&field=risk_score:double", [], "grid")},
        "bad_name": {"AREA_NAME_FIELD": "nombre"},
    }[case]
    with pytest.raises(QgsProcessingException, match=f"(?i){message}"):
        run(run_algorithm, **overrides)


def test_empty_outlets_give_zero_counts_with_a_warning(run_algorithm):
    feedback = RecordingFeedback()
    layer = run(run_algorithm, feedback, OUTLETS=outlets_layer(points=[]))
    assert all(f["outlets"] == 0 and f["outlets_per_km2"] == 0 for f in layer.getFeatures())
    assert layer.featureCount() == 2
    assert "The outlets layer outlets has no point: every count is 0." in feedback.messages


def test_cancel_writes_nothing(run_algorithm, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="(?i)cancel"):
        run(run_algorithm, feedback, OUTPUT=str(tmp_path / "profiles.gpkg"))
    assert list(tmp_path.iterdir()) == []


def test_outlet_at_the_asset_itself_counts_as_a_conflict(run_algorithm, tmp_path):
    # A premises geocoded onto the school's own point gives a zero-length conflict line;
    # from a GeoPackage (as in make demo) it must count, not stop the run as invalid.
    at_school = (X0 + 400, Y0 + 400)
    conflicts = memory_layer(f"LineString?crs={CRS}&field=outlet_id:string", [
        (QgsGeometry.fromPolylineXY([QgsPointXY(*at_school), QgsPointXY(*at_school)]), ["L-at-school"]),
    ], "conflicts")
    path = tmp_path / "conflicts.gpkg"
    run_algorithm("native:savefeatures", {"INPUT": conflicts, "OUTPUT": str(path)})
    layer = run(run_algorithm, CONFLICTS=str(path))
    assert by_name(layer)["West"]["conflicts"] == 1
