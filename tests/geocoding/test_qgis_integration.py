"""QgsGeocoderInterface implementation and the locator filter, with real QGIS objects."""

import pytest
from qgis.core import (
    QgsFeature,
    QgsFeedback,
    QgsGeocoderContext,
    QgsGeocoderInterface,
    QgsLocatorContext,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)

from infosegura_plugin.core.geocoding.layers import PointLayerFields, StreetFields, build_geocoder
from infosegura_plugin.core.geocoding.qgis_geocoder import InfoSeguraGeocoder
from infosegura_plugin.gui.locator_filter import AddressLocatorFilter, SharedGeocoder, find_street_layer

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


@pytest.fixture()
def project_with_town(qgis_app):
    project = QgsProject.instance()
    layers = [town.streets_layer(), town.areas_layer(), town.landmarks_layer()]
    project.addMapLayers(layers)
    yield project
    project.removeMapLayers([layer.id() for layer in layers])


def test_locator_finds_a_corner_and_pans_the_canvas(project_with_town, qgis_iface):
    assert find_street_layer(project_with_town).name() == "streets"
    locator_filter = AddressLocatorFilter(qgis_iface, SharedGeocoder(project_with_town))
    clone = locator_filter.clone()
    context = QgsLocatorContext()
    found = []
    clone.resultFetched.connect(found.append)
    clone.prepare("corner of Ring Road and Mountain View Boulevard", context)
    clone.fetchResults("corner of Ring Road and Mountain View Boulevard", context, QgsFeedback())
    assert len(found) == 1
    assert "Ring Road" in found[0].displayString

    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(project_with_town.mapLayersByName("streets")[0].crs())
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    locator_filter.triggerResult(found[0])
    centre = canvas.center()
    assert centre.distance(QgsPointXY(town.X0 + 700, town.Y0 + 950)) < 1.0


def test_locator_tie_gives_candidates_and_short_text_nothing(project_with_town, qgis_iface):
    locator_filter = AddressLocatorFilter(qgis_iface, SharedGeocoder(project_with_town))
    found = []
    locator_filter.resultFetched.connect(found.append)
    for text in ("Church Street", "ab"):
        locator_filter.prepare(text, QgsLocatorContext())
        locator_filter.fetchResults(text, QgsLocatorContext(), QgsFeedback())
    assert len(found) == 2
    assert all(r.group for r in found)
