"""Trainees load the synthetic Belmopan sample from the toolbox or the dock, styled."""

import sqlite3
from contextlib import closing

from qgis.core import QgsVectorLayer


def test_loadsample_writes_every_layer_styled_without_shelters(run_algorithm, tmp_path, sample_gpkg):
    target = tmp_path / "belmopan.gpkg"
    result = run_algorithm("infosegura:loadsample", {"OUTPUT": str(target)})
    assert result["OUTPUT"] == str(target)
    tables = {uri.split("layername=")[-1] for uri in result["LAYERS"]}
    assert {"streets", "neighbourhoods", "city_boundary", "community_assets", "landmarks"} <= tables

    assets = QgsVectorLayer(f"{target}|layername=community_assets", "a", "ogr")
    categories = {f["category"] for f in assets.getFeatures()}
    assert "school" in categories and "shelter" not in categories
    assert assets.crs().authid() == "EPSG:32616"

    with closing(sqlite3.connect(target)) as db:
        styled = {row[0] for row in db.execute("SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    assert tables <= styled


def test_loadsample_keeps_shelters_only_when_asked(run_algorithm, tmp_path, sample_gpkg):
    target = tmp_path / "with_shelters.gpkg"
    run_algorithm("infosegura:loadsample", {"OUTPUT": str(target), "INCLUDE_SENSITIVE": True})
    assets = QgsVectorLayer(f"{target}|layername=community_assets", "a", "ogr")
    assert "shelter" in {f["category"] for f in assets.getFeatures()}


def test_sample_layer_opens_with_its_stored_style(run_algorithm, tmp_path, sample_gpkg):
    target = tmp_path / "styled.gpkg"
    run_algorithm("infosegura:loadsample", {"OUTPUT": str(target)})
    # Another agency's QGIS opening the file: the default style comes from the GeoPackage.
    streets = QgsVectorLayer(f"{target}|layername=streets", "streets", "ogr")
    assert streets.renderer().type() == "categorizedSymbol"
    assert streets.renderer().classAttribute() == "street_class"
