"""The issue-5 chain on the synthetic Belmopan sample: risk terrain -> hot spots ->
proximity conflicts -> community profiles. Outlets are the synthetic register's true
positions (tests/data ground truth), so the chain does not depend on the geocoder.
"""

import csv

import pytest
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from tests.conftest import DATA, sample_layer

CATEGORIES = {"Publican's General": "on_premise", "Publican's Restricted": "on_premise", "Restaurant": "on_premise",
              "Hotel": "on_premise", "Night Club": "on_premise", "Beer": "on_premise", "Shop": "off_premise",
              "Occasional": "occasional"}


def truth_outlets():
    layer = QgsVectorLayer("Point?crs=EPSG:32616&field=licence_id:string&field=premises:string"
                           "&field=category:string&field=licence_class:string", "outlets", "memory")
    features = []
    with open(DATA / "belmopan_register_truth.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["answerable"] != "1" or not row["true_x"]:
                continue
            klass = row.get("premises_class", "")
            feature = QgsFeature(layer.fields())
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(row["true_x"]), float(row["true_y"]))))
            feature.setAttributes([row["licence_id"], f"Premises {row['source_row']}",
                                   CATEGORIES.get(klass, "unknown"), klass])
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    assert layer.featureCount() > 50
    return layer


@pytest.fixture(scope="module")
def chain(run_algorithm, tmp_path_factory):
    folder = tmp_path_factory.mktemp("chain")
    outlets = truth_outlets()
    assets = sample_layer("community_assets")
    grid = run_algorithm("infosegura:riskterrain", {
        "OUTLETS": outlets, "OUTLET_CATEGORY_FIELD": "category", "ASSETS": assets,
        "ASSET_CATEGORY_FIELD": "category", "STUDY_AREA": sample_layer("city_boundary"), "CELL_SIZE": 100,
        "GRID_TYPE": 0, "KDE_RADIUS": 400, "OUTPUT": str(folder / "risk.gpkg"), "REPORT": None,
    })["OUTPUT"]
    hot = run_algorithm("infosegura:hotspots", {
        "INPUT": grid, "FIELD": "outlet_kde", "NEIGHBOURHOOD": 0, "FDR": True, "OUTPUT": str(folder / "hot.gpkg"),
    })["OUTPUT"]
    conflicts = run_algorithm("infosegura:proximityconflicts", {
        "OUTLETS": outlets, "ASSETS": assets, "ASSET_CATEGORY_FIELD": "category",
        "CATEGORIES": "school, church, shelter", "DISTANCE": 150, "OUTPUT": str(folder / "conflicts.gpkg"),
    })["OUTPUT"]
    profiles = run_algorithm("infosegura:communityprofiles", {
        "AREAS": sample_layer("neighbourhoods"), "AREA_NAME_FIELD": "name", "OUTLETS": outlets,
        "OUTLET_CATEGORY_FIELD": "category", "RISK_GRID": hot, "CONFLICTS": conflicts,
        "OUTPUT": str(folder / "profiles.gpkg"),
    })["OUTPUT"]
    return {"grid": grid, "hot": hot, "conflicts": conflicts, "profiles": profiles}


def opened(chain, name):
    layer = QgsVectorLayer(chain[name], name, "ogr")
    assert layer.isValid(), chain[name]
    return layer


def test_hot_spots_keep_the_grid(chain):
    grid, hot = opened(chain, "grid"), opened(chain, "hot")
    assert hot.featureCount() == grid.featureCount() > 30
    assert hot.crs() == grid.crs()
    names = hot.fields().names()
    assert {"cell_id", "outlet_kde", "risk_score", "risk_class", "gi_z", "gi_p", "gi_class"} <= set(names)
    classes = [f["gi_class"] for f in hot.getFeatures()]
    assert max(classes) == 3  # the synthetic outlets cluster in the centre
    assert hot.renderer().classAttribute() == "gi_class"


def test_conflicts_never_name_a_shelter(chain):
    conflicts = opened(chain, "conflicts")
    shelters = {f["name"] for f in sample_layer("community_assets").getFeatures() if f["category"] == "shelter"}
    assert conflicts.featureCount() > 0
    for feature in conflicts.getFeatures():
        assert feature["distance_m"] < 150
        assert not {str(v) for v in feature.attributes()} & shelters
        if feature["asset_category"] == "shelter":
            assert feature["asset_name"] == NULL


def test_profiles_rank_every_neighbourhood(chain):
    profiles = opened(chain, "profiles")
    areas = sample_layer("neighbourhoods")
    assert profiles.featureCount() == areas.featureCount()
    rows = list(profiles.getFeatures())
    assert sorted(f["rank"] for f in rows) == list(range(1, len(rows) + 1))
    assert sum(f["conflicts"] for f in rows) <= opened(chain, "conflicts").featureCount()
    assert all(f["outlets"] == sum(f[f"outlets_{c}"] for c in ("on_premise", "off_premise", "occasional", "unknown"))
               for f in rows)
    first = min(rows, key=lambda f: f["rank"])
    assert first["risk_mean"] == max(f["risk_mean"] for f in rows if f["risk_mean"] != NULL)
    assert profiles.renderer().classAttribute() == "risk_level"
