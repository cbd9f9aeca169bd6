"""Every user of community assets hides sensitive places the same way: conflicts, the
risk model (named categories refused, a wildcard leaves them out and says so), community
profiles, the sample loader and printed maps."""

import json

import pytest
from qgis.core import (
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from infosegura_plugin.core.risk.risk_model import ModelError, model_from_dict
from tests.layers import RecordingFeedback, memory_layer

CRS = "EPSG:32616"
X0, Y0 = 312_000.0, 1_907_000.0
# (dx, dy, category, name, flag): five hidden places under different spellings and flags
ASSETS = [
    (100, 100, "school", "Primary School", None),
    (300, 100, "Victim_Services", "Hope Centre", None),
    (500, 100, "school", "Quiet Annex", "yes"),
    (700, 100, "Casas de Acogida", "Casa Luz", None),
    (900, 100, "community_centre", "Belmopan Women's Refuge", None),
    (1100, 100, "church", "St Ann", "Sí"),
    (1300, 100, "church", "Chapel", "no"),
]
HIDDEN_NAMES = {"Hope Centre", "Quiet Annex", "Casa Luz", "Belmopan Women's Refuge", "St Ann"}


def assets_layer():
    return memory_layer(
        f"Point?crs={CRS}&field=asset_id:string&field=name:string&field=category:string&field=is_sensitive:string",
        [(QgsGeometry.fromPointXY(QgsPointXY(X0 + dx, Y0 + dy)), [f"A{k}", name, cat, flag])
         for k, (dx, dy, cat, name, flag) in enumerate(ASSETS)], "assets")


def outlets_layer():
    rows = [(QgsGeometry.fromPointXY(QgsPointXY(X0 + dx, Y0 + 90)), [f"L{k}", f"Bar {k}", "on_premise"])
            for k, (dx, *_rest) in enumerate(ASSETS)]
    rows += [(QgsGeometry.fromPointXY(QgsPointXY(X0 + 50 * k, Y0 + 1500)), [f"M{k}", "Shop", "off_premise"])
             for k in range(30)]
    return memory_layer(f"Point?crs={CRS}&field=licence_id:string&field=premises:string&field=category:string",
                        rows, "outlets")


def square(x0, y0, size):
    return QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + size, y0 + size))


def test_conflicts_never_write_a_hidden_place(run_algorithm):
    feedback = RecordingFeedback()
    result = run_algorithm("infosegura:proximityconflicts", {
        "OUTLETS": outlets_layer(), "ASSETS": assets_layer(), "ASSET_CATEGORY_FIELD": "category",
        "CATEGORIES": "school, church, victim services, casa de acogida, community centre", "DISTANCE": 50,
        "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    names = {f["asset_name"] for f in result["OUTPUT"].getFeatures()}
    assert names == {"Primary School", "Chapel"}
    assert any(m.startswith("5 outlets") and "never exposed" in m for m in feedback.messages)
    assert any("victim_services, casa_de_acogida" in m and "never written" in m for m in feedback.messages)


@pytest.mark.parametrize("categories", [["shelter"], ["school", "Women's Shelters"], ["albergue"],
                                        ["Centro de Atención a Víctimas"], ["safe-house"]])
def test_a_model_factor_may_not_name_sensitive_places(categories):
    factor = {"id": "f", "layer": "assets", "categories": categories, "operationalisation": "proximity",
              "distance_m": 100, "relative_risk": 2}
    with pytest.raises(ModelError, match="factor 1: 'categories' names sensitive places"):
        model_from_dict({"label": "m", "factors": [factor]}, "m.json")


def test_a_model_factor_may_not_select_by_a_flag_field():
    factor = {"id": "f", "layer": "assets", "categories": ["1"], "field": "Is_Sensitive",
              "operationalisation": "proximity", "distance_m": 100, "relative_risk": 2}
    with pytest.raises(ModelError, match="'field' is a sensitive-flag field"):
        model_from_dict({"label": "m", "factors": [factor]}, "m.json")


def test_a_wildcard_factor_leaves_sensitive_places_out_and_says_so(run_algorithm, tmp_path):
    model = tmp_path / "star.json"
    model.write_text(json.dumps({"label": "star", "factors": [
        {"id": "near_asset", "layer": "assets", "categories": ["*"], "operationalisation": "proximity",
         "distance_m": 30, "relative_risk": 2}]}), encoding="utf-8")
    area = memory_layer(f"Polygon?crs={CRS}", [(square(X0, Y0 - 200, 1600), [])], "area")
    feedback = RecordingFeedback()
    result = run_algorithm("infosegura:riskterrain", {
        "OUTLETS": outlets_layer(), "ASSETS": assets_layer(), "STUDY_AREA": area, "CELL_SIZE": 20,
        "GRID_TYPE": 1, "MODEL": str(model), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    grid = result["OUTPUT"]
    near = [f.geometry().centroid().asPoint() for f in grid.getFeatures() if f["near_asset"] == 1]
    for dx, dy, _cat, name, _flag in ASSETS:
        close = any(abs(p.x() - X0 - dx) < 30 and abs(p.y() - Y0 - dy) < 30 for p in near)
        assert close == (name not in HIDDEN_NAMES), name
    assert any(m.startswith("5 sensitive places") and "left out of every factor" in m for m in feedback.messages)


def test_profiles_do_not_count_conflicts_with_sensitive_places(run_algorithm):
    areas = memory_layer(f"Polygon?crs={CRS}&field=name:string", [(square(X0, Y0 - 500, 2000), ["All"])], "areas")
    grid = memory_layer(f"Polygon?crs={CRS}&field=risk_score:double&field=risk_class:string",
                        [(square(X0, Y0 - 500, 2000), [1.0, "very low"])], "grid")
    lines = memory_layer(f"LineString?crs={CRS}&field=asset_name:string&field=asset_category:string", [
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 10, Y0), QgsPointXY(X0 + 20, Y0)]), ["School", "school"]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 30, Y0), QgsPointXY(X0 + 40, Y0)]), ["X", "Refugio"]),
        (QgsGeometry.fromPolylineXY([QgsPointXY(X0 + 50, Y0), QgsPointXY(X0 + 60, Y0)]), ["Safe House 2", "other"]),
    ], "conflicts")
    feedback = RecordingFeedback()
    result = run_algorithm("infosegura:communityprofiles", {
        "AREAS": areas, "AREA_NAME_FIELD": "name", "OUTLETS": outlets_layer(), "RISK_GRID": grid,
        "CONFLICTS": lines, "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert [f["conflicts"] for f in result["OUTPUT"].getFeatures()] == [1]
    assert any(m.startswith("2 conflict lines") for m in feedback.messages)


def test_loadsample_leaves_the_shelters_out_by_the_shared_rule(run_algorithm, tmp_path):
    target = tmp_path / "s.gpkg"
    run_algorithm("infosegura:loadsample", {"OUTPUT": str(target)})
    layer = QgsVectorLayer(f"{target}|layername=community_assets", "a", "ogr")
    assert layer.featureCount() > 0
    assert not [f["name"] for f in layer.getFeatures() if f["category"] == "shelter" or f["sensitive"]]


def test_a_printed_map_never_draws_a_sensitive_place(qgis_app):
    from qgis.core import QgsLayoutItemMap

    from infosegura_plugin.core.print_map import build_layout

    layer = assets_layer()
    layout = build_layout(QgsProject.instance(), [layer], "t", "n")
    maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    drawn = maps[0].layers()[0]
    assert drawn is not layer
    assert {f["name"] for f in drawn.getFeatures()} == {"Primary School", "Chapel"}
    assert drawn.renderer().type() == layer.renderer().type()
    places = memory_layer(f"Polygon?crs={CRS}&field=name:string", [(square(X0, Y0, 100), ["El Refugio"])], "areas")
    layout = build_layout(QgsProject.instance(), [places], "t", "n")
    maps = [item for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    assert maps[0].layers()[0] is places  # a neighbourhood called El Refugio is a place name, not a shelter
