"""Any output written as CSV or a spreadsheet never carries a runnable formula; other
formats keep the text verbatim."""

import csv

import pytest
from qgis.core import QgsFeature, QgsVectorLayer

from tests.conftest import sample_layer

FORMULA = '=HYPERLINK("http://example.invalid","open")'


def _register():
    layer = QgsVectorLayer("None?field=Address:string&field=Remarks:string&field=Phone:string", "r", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Constitution Drive", FORMULA, "+501 822-2222"])
    layer.dataProvider().addFeatures([feature])
    return layer


def _geocode(run_algorithm, output):
    return run_algorithm("infosegura:geocodeaddresses", {
        "INPUT": _register(), "ADDRESS_FIELD": "Address",
        "STREETS": sample_layer("streets"), "STREET_NAME_FIELD": "name", "OUTPUT": output})


def test_geocoded_csv_escapes_formulas(run_algorithm, tmp_path):
    path = tmp_path / "geocoded.csv"
    _geocode(run_algorithm, str(path))
    with open(path, encoding="utf-8", newline="") as handle:
        row = next(csv.DictReader(handle))
    assert row["Remarks"] == "'" + FORMULA
    assert row["Phone"] == "'+501 822-2222"
    assert row["gc_status"] == "matched"


@pytest.mark.parametrize("suffix", [".gpkg", ".geojson"])
def test_other_formats_keep_the_text_verbatim(run_algorithm, tmp_path, suffix):
    path = tmp_path / f"geocoded{suffix}"
    result = _geocode(run_algorithm, str(path))
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert next(layer.getFeatures())["Remarks"] == FORMULA
