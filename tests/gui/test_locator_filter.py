"""The locator bar (Ctrl+K, ``adr``) searches the project data's layers, fields and settings."""

import pytest
from qgis.core import QgsFeedback, QgsLocatorContext, QgsPointXY, QgsProject, QgsRectangle

from infosegura_plugin.gui.geocoder_task import GeocoderCache
from infosegura_plugin.gui.locator_filter import AddressLocatorFilter, SharedGeocoder
from infosegura_plugin.gui.project_data import ProjectData
from tests.geocoding import synthetic_town as town
from tests.gui.review_fixtures import wait_until


@pytest.fixture()
def town_project(plugin):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    streets, areas, landmarks = town.streets_layer(), town.areas_layer(), town.landmarks_layer()
    streets.setName("roads of the new town")  # no "streets" layer: found through the project data
    project.addMapLayers([streets, areas, landmarks])
    ProjectData(streets=streets.id(), areas=areas.id(), landmarks=landmarks.id(),
                use_memory=False).with_guessed_fields(project).save(project)
    yield project
    ProjectData().save(project)
    project.removeAllMapLayers()


def _search(locator_filter, text):
    found = []
    locator_filter.resultFetched.connect(found.append)
    locator_filter.prepare(text, QgsLocatorContext())
    locator_filter.fetchResults(text, QgsLocatorContext(), QgsFeedback())
    return found


def _ready(shared, cache):
    shared.refresh()  # starts the build in a task
    assert wait_until(lambda: cache.current() is not None)


def test_locator_finds_a_corner_on_the_project_street_layer_and_pans(town_project, qgis_iface):
    cache = GeocoderCache(town_project)
    shared = SharedGeocoder(town_project, cache)
    locator_filter = AddressLocatorFilter(qgis_iface, shared)
    _ready(shared, cache)
    found = _search(locator_filter.clone(), "corner of Ring Road and Mountain View Boulevard")
    assert len(found) == 1 and "Ring Road" in found[0].displayString

    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(town_project.mapLayers()[ProjectData.load(town_project).streets].crs())
    canvas.setExtent(QgsRectangle(0, 0, 10, 10))
    locator_filter.triggerResult(found[0])
    assert canvas.center().distance(QgsPointXY(town.X0 + 700, town.Y0 + 950)) < 1.0


def test_locator_tie_gives_candidates_and_short_text_nothing(town_project, qgis_iface):
    cache = GeocoderCache(town_project)
    shared = SharedGeocoder(town_project, cache)
    _ready(shared, cache)
    locator_filter = AddressLocatorFilter(qgis_iface, shared)
    found = _search(locator_filter, "Church Street") + _search(locator_filter, "ab")
    assert len(found) == 2 and all(result.group for result in found)


def test_locator_uses_the_minimum_score_of_the_project_data(town_project, qgis_iface):
    cache = GeocoderCache(town_project)
    shared = SharedGeocoder(town_project, cache)
    _ready(shared, cache)
    assert _search(AddressLocatorFilter(qgis_iface, shared), "Churh Stret")  # a typo still matches at 80
    data = ProjectData.load(town_project)
    data.min_score = 100.0
    data.save(town_project)
    _ready(shared, cache)  # the project data changed: a new geocoder
    assert _search(AddressLocatorFilter(qgis_iface, shared), "Churh Stret") == []


def test_without_project_data_the_locator_finds_nothing(plugin, qgis_iface):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    project.addMapLayer(town.streets_layer())  # named "streets", but not chosen as project data
    ProjectData().save(project)
    cache = GeocoderCache(project)
    shared = SharedGeocoder(project, cache)
    assert shared.refresh() is None
    assert _search(AddressLocatorFilter(qgis_iface, shared), "Church Street") == []
    project.removeAllMapLayers()
