"""QgsGeocoderInterface implementation, with real QGIS objects (the locator filter: tests/gui)."""

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeocoderContext,
    QgsGeocoderInterface,
    QgsProject,
    QgsWkbTypes,
)

from infosegura_plugin.core.geocoding.layers import PointLayerFields, StreetFields, build_geocoder
from infosegura_plugin.core.geocoding.qgis_geocoder import InfoSeguraGeocoder

from . import synthetic_town as town


@pytest.fixture(scope="module")
def qgis_geocoder(qgis_app):
    bundle = build_geocoder(town.streets_layer(), StreetFields("name", "alt_names", "l_from", "l_to", "r_from", "r_to"),
                            town.areas_layer(), "name", town.landmarks_layer(), PointLayerFields("name", "alt_names", "kind"))
    return InfoSeguraGeocoder(bundle, address_field="Address")


def test_geocoder_interface_contract(qgis_geocoder):
    flags = qgis_geocoder.flags()
    assert flags & QgsGeocoderInterface.Flag.GeocodesStrings
    assert flags & QgsGeocoderInterface.Flag.GeocodesFeatures
    assert qgis_geocoder.wkbType() == QgsWkbTypes.Point
    assert "gc_status" in qgis_geocoder.appendedFields().names()


def test_geocode_string_matched(qgis_geocoder):
    results = qgis_geocoder.geocodeString("cnr Ring Rd & Mountain View Blvd", QgsGeocoderContext(QgsProject.instance().transformContext()))
    assert len(results) == 1
    point = results[0].geometry().asPoint()
    assert (round(point.x() - town.X0), round(point.y() - town.Y0)) == (700, 950)
    assert results[0].crs().authid() == "EPSG:32616"
    assert results[0].additionalAttributes()["gc_type"] == "intersection"


def test_geocode_string_tied_gives_every_candidate_and_unmatched_none(qgis_geocoder):
    context = QgsGeocoderContext(QgsProject.instance().transformContext())
    tied = qgis_geocoder.geocodeString("Church Street", context)
    assert len(tied) == 2 and {r.group() for r in tied} == {"tied"}
    assert qgis_geocoder.geocodeString("Regent Street, Belize City", context) == []


def test_geocode_feature_uses_the_address_field(qgis_geocoder):
    register = town.register_table(["frente al mercado"])
    feature = next(register.getFeatures())
    results = qgis_geocoder.geocodeFeature(feature, QgsGeocoderContext(QgsProject.instance().transformContext()))
    assert len(results) == 1 and results[0].additionalAttributes()["gc_type"] == "landmark"
    assert qgis_geocoder.geocodeFeature(QgsFeature(), QgsGeocoderContext(QgsProject.instance().transformContext())) == []
