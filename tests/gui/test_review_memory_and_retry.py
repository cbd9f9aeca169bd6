"""The panel saves exactly the reviewed rows to the address memory, and re-geocodes an edited address."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle, QgsSettings

from infosegura_plugin.core.geocoding.address_memory import AddressMemory, memory_key
from infosegura_plugin.gui.geocoder_task import GeocoderCache
from infosegura_plugin.gui.project_data import ProjectData
from infosegura_plugin.gui.review.review_dock import ReviewDock
from tests.conftest import sample_layer
from tests.gui.review_fixtures import fid_of, review_layer, wait_until


@pytest.fixture()
def memory_file(tmp_path):
    settings = QgsSettings()
    before = settings.value("infosegura/address_memory_path", "")
    path = tmp_path / "memory.gpkg"
    settings.setValue("infosegura/address_memory_path", str(path))
    yield path
    settings.setValue("infosegura/address_memory_path", before)


@pytest.fixture()
def canvas(qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:32616"))
    canvas.setExtent(QgsRectangle(0, 0, 4000, 4000))
    QgsProject.instance().removeAllMapLayers()
    yield canvas
    QgsProject.instance().removeAllMapLayers()


def test_save_sends_exactly_the_reviewed_rows_to_the_memory(plugin, qgis_iface, canvas, memory_file):
    layer = review_layer()
    dock = ReviewDock(qgis_iface)
    dock.ui.min_score.setValue(80)
    dock.set_layer(layer)
    dock.select_fid(fid_of(layer, "across from Shell gas station"))
    dock.take_candidate(2)
    dock.select_fid(fid_of(layer, "Tel 822-2345"))
    dock.leave_current("not a premises")  # reviewed, but no point: nothing to remember
    done = []
    dock._remembered = lambda ok, results, error: done.append((ok, results, error))
    run = dock.save_to_memory()
    assert run is not None and run.count == 2  # the Shell row and the row reviewed before
    assert wait_until(lambda: done)
    ok, results, error = done[0]
    assert ok, error
    assert results["REMEMBERED"] == 2
    remembered = {key: placement for (_town, key), placement in AddressMemory(str(memory_file)).load().items()}
    assert set(remembered) == {memory_key("across from Shell gas station"), memory_key("5 Forest Drive")}
    shell = remembered[memory_key("across from Shell gas station")]
    assert (shell.x, shell.y, shell.crs) == (2600.0, 2400.0, "EPSG:32616")
    assert shell.source == "licensed_premises"
    dock.close()
    layer.rollBack()


def test_a_layer_without_a_known_crs_is_refused(plugin, qgis_iface, canvas, memory_file):
    layer = review_layer(crs=None, name="no_crs")
    assert not layer.crs().isValid()
    dock = ReviewDock(qgis_iface)
    dock.set_layer(layer)
    assert dock.save_to_memory() is None
    assert "no known coordinate reference system" in dock.last_message
    assert not memory_file.exists()
    dock.close()


def test_edit_the_address_and_geocode_again_with_the_project_data(plugin, qgis_iface, canvas, sample_gpkg):
    streets = sample_layer("streets")
    areas = sample_layer("neighbourhoods")
    QgsProject.instance().addMapLayers([streets, areas])
    data = ProjectData(streets=streets.id(), areas=areas.id(), use_memory=False).with_guessed_fields()
    assert (data.street_name_field, data.left_from_field, data.area_name_field) == ("name", "l_from", "name")
    data.save()
    layer = review_layer()
    cache = GeocoderCache()
    dock = ReviewDock(qgis_iface, cache=cache)
    dock.set_layer(layer)
    phone = fid_of(layer, "Tel 822-2345")
    dock.select_fid(phone)
    assert dock.retry_current("235 Forest Drive")
    # The geocoder is built once, in a task; the row is updated when it is ready.
    assert wait_until(lambda: layer.getFeature(phone)["address"] == "235 Forest Drive")
    feature = layer.getFeature(phone)
    assert feature["gc_status"] == "matched" and feature["gc_type"] == "range"
    assert not feature.geometry().isNull()
    assert "geocoded again" in feature["gc_note"]
    assert dock.candidates_model.rowCount() >= 1
    assert "Forest Drive" in dock.candidates_model.index(0, 1).data()
    bundle = cache.bundle
    # A second retry uses the cached geocoder: no new build.
    assert dock.retry_current("236 Forest Drive")
    assert cache.bundle is bundle and cache.task is None
    assert layer.getFeature(phone)["address"] == "236 Forest Drive"
    layer.undoStack().undo()
    layer.undoStack().undo()
    assert layer.getFeature(phone)["address"] == "Tel 822-2345"
    assert layer.getFeature(phone).geometry().isNull()
    dock.close()
    layer.rollBack()
