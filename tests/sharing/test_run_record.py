"""Every InfoSegura algorithm records its parameters with its output; no password is kept."""

import json

import pytest
from osgeo import gdal

from infosegura_plugin.core.sharing import run_record

from .conftest import table


def test_a_geopackage_output_carries_the_run_in_its_metadata(analysis):
    dataset = gdal.OpenEx(str(analysis))  # kept: GDAL layers die with their dataset
    item = dataset.GetLayerByName("risk_terrain").GetMetadataItem("INFOSEGURA_RUN")
    record = json.loads(item)
    assert record["algorithm"] == "infosegura:riskterrain"
    assert record["parameters"]["CELL_SIZE"] == 50 and record["parameters"]["KDE_RADIUS"] == 400
    assert record["plugin_version"] and record["run_at"]
    assert run_record.read(table(analysis, "risk_terrain")).parameters["GRID_TYPE"] == 0


def test_a_temporary_output_carries_the_run_as_a_layer_property(analysis, run_algorithm):
    result = run_algorithm("infosegura:proximityconflicts", {
        "OUTLETS": table(analysis, "licensed_premises"), "ASSETS": table(analysis, "community_assets"),
        "ASSET_CATEGORY_FIELD": "category", "CATEGORIES": "school", "DISTANCE": 120, "OUTPUT": "TEMPORARY_OUTPUT"})
    record = run_record.read(result["OUTPUT"])
    assert record.algorithm == "infosegura:proximityconflicts"
    assert record.parameters["DISTANCE"] == 120
    assert record.parameters["OUTLETS"]["layer"] == "licensed_premises"


@pytest.mark.parametrize("source, kept", [
    ("dbname='d' host=h user='u' password='p w' sslmode=disable", "dbname='d' host=h user='u' sslmode=disable"),
    ("PG:host=x password=abc dbname=y", "PG:host=x dbname=y"),
    ("password=\"a b\" key='id'", "key='id'"),
    ("/data/a.gpkg|layername=t", "/data/a.gpkg|layername=t"),
])
def test_sources_lose_their_password(source, kept):
    assert run_record.safe_source(source) == kept
