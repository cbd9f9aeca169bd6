"""resources/models/infosegura_analysis.model3: the analysis as a Graphical Modeler model
loads, is valid, and run on the synthetic Belmopan sample gives the same results as
infosegura:runanalysis with the same settings."""

import pytest
from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

from infosegura_plugin.paths import resource
from tests.test_run_analysis import sample_parameters

STEPS = ["import_register", "geocode", "matched", "conflicts", "risk_terrain", "hot_spots", "community_profiles"]
# What the model dialog fills in from the model's defaults (Processing itself does not,
# when a script leaves them out).
DIALOG_DEFAULTS = {"cell_size": 50.0, "grid_type": 0, "kernel_radius": 400.0, "conflict_distance": 150.0,
                   "conflict_categories": "school, church, health_centre, playground, youth_centre",
                   "hotspot_field": "outlet_kde", "fdr": True, "street_name_field": "name",
                   "neighbourhood_name_field": "name", "asset_category_field": "category"}


@pytest.fixture(scope="module")
def model(plugin):
    algorithm = QgsProcessingModelAlgorithm()
    assert algorithm.fromFile(str(resource("models", "infosegura_analysis.model3")))
    return algorithm


def test_model_loads_and_is_valid(model):
    ok, problems = model.validate()
    assert ok, problems
    assert sorted(model.childAlgorithms()) == sorted(STEPS)
    assert {c.algorithmId() for c in model.childAlgorithms().values()} >= {
        "infosegura:importregister", "infosegura:geocodeaddresses", "infosegura:riskterrain",
        "infosegura:hotspots", "infosegura:communityprofiles", "infosegura:proximityconflicts"}
    defaults = {p.name(): p.defaultValue() for p in model.parameterDefinitions()}
    assert {k: defaults[k] for k in DIALOG_DEFAULTS} == DIALOG_DEFAULTS


def test_model_gives_the_results_of_runanalysis(model, run_algorithm, tmp_path):
    pipeline = run_algorithm("infosegura:runanalysis", sample_parameters(tmp_path / "pipeline"))
    analysis = sample_parameters(tmp_path)
    parameters = dict(DIALOG_DEFAULTS, register=analysis["REGISTER"], reference_date=analysis["REFERENCE_DATE"],
                      streets=analysis["STREETS"], neighbourhoods=analysis["AREAS"], landmarks=analysis["LANDMARKS"],
                      community_assets=analysis["ASSETS"], study_area=analysis["STUDY_AREA"])
    for definition in model.destinationParameterDefinitions():
        parameters[definition.name()] = str(tmp_path / (definition.name().split(":")[1] + ".gpkg"))
    results = run_algorithm(model, parameters)
    children = results["CHILD_RESULTS"]
    assert children["import_register"]["ROWS_READ"] == pipeline["ROWS"]
    assert (children["geocode"]["MATCHED"], children["geocode"]["TIED"], children["geocode"]["UNMATCHED"]) == (
        pipeline["MATCHED"], pipeline["TIED"], pipeline["UNMATCHED"])
    assert children["conflicts"]["CONFLICT_COUNT"] == pipeline["CONFLICTS"]
    profiles = QgsVectorLayer(results["community_profiles:community_profiles"], "profiles", "ogr")
    ranked = [f["name"] for f in sorted(profiles.getFeatures(), key=lambda f: f["rank"])[:5]]
    assert ranked == [line.split(". ", 1)[1].split(" (")[0] for line in pipeline["TOP_COMMUNITIES"].split("; ")]
    hot = QgsVectorLayer(results["hot_spots:hot_spots"], "hot", "ogr")
    assert hot.featureCount() > 1000 and "gi_class" in hot.fields().names()
