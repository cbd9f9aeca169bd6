"""'Mile 47 Hummingbird Highway': placed by the mile markers, between them, or not at all."""

import math

import pytest
from qgis.core import QgsFeature, QgsVectorLayer

from tests.conftest import sample_layer

CASES = [
    # address, status, type, the marker(s) the point must sit at or between
    ("Mile 48 George Price Highway", "matched", "range", (48, 48)),
    ("mile 2 Hummingbird Hwy", "matched", "range", (2, 2)),
    ("Mile 48 1/2 Western Hwy", "matched", "range", (48, 49)),  # an alias of the highway
    ("Mile 49.5 Carretera George Price", "matched", "range", (49, 50)),
    ("Mile 90 George Price Highway", "unmatched", None, None),  # far beyond this map's markers
]


@pytest.fixture(scope="module")
def geocoded(run_algorithm):
    register = QgsVectorLayer("None?field=Address:string", "register", "memory")
    features = []
    for address, *_ in CASES:
        feature = QgsFeature(register.fields())
        feature.setAttributes([address])
        features.append(feature)
    register.dataProvider().addFeatures(features)
    result = run_algorithm("infosegura:geocodeaddresses", {
        "INPUT": register, "ADDRESS_FIELD": "Address",
        "STREETS": sample_layer("streets"), "STREET_NAME_FIELD": "name", "STREET_ALIAS_FIELD": "alt_names",
        "MILE_MARKERS": sample_layer("mile_markers"), "OUTPUT": "TEMPORARY_OUTPUT"})
    return {f["Address"]: f for f in result["OUTPUT"].getFeatures()}


def _marker(highway, mile):
    for feature in sample_layer("mile_markers").getFeatures():
        if feature["mile"] == mile and feature["highway"] == highway:
            return feature.geometry().asPoint()
    raise AssertionError(f"no marker {mile} on {highway}")


@pytest.mark.parametrize("address, status, kind, between", CASES)
def test_mile_addresses(geocoded, address, status, kind, between):
    feature = geocoded[address]
    assert feature["gc_status"] == status, feature["gc_note"]
    assert (feature["gc_type"] or None) == kind
    if between is None:
        assert not feature.hasGeometry()
        assert "beyond the mile markers" in feature["gc_note"]
        return
    highway = feature["gc_street"]
    point = feature.geometry().asPoint()
    a, b = _marker(highway, between[0]), _marker(highway, between[1])
    # On the segment joining the two markers (the same point when they are one marker).
    leg = math.dist((a.x(), a.y()), (b.x(), b.y()))
    via = math.dist((a.x(), a.y()), (point.x(), point.y())) + math.dist((point.x(), point.y()), (b.x(), b.y()))
    assert via == pytest.approx(leg, abs=1.0)
