"""Load the sample from the dock: in a task, styled, in drawing order, as the project data."""

from qgis.core import QgsProject

from infosegura_plugin.gui.dock import InfoSeguraDock
from infosegura_plugin.gui.project_data import ProjectData
from tests.gui.review_fixtures import wait_until


def test_dock_loads_the_sample_in_a_task_and_fills_the_project_data(plugin, qgis_iface, tmp_path, sample_gpkg):
    project = QgsProject.instance()
    project.clear()
    dock = InfoSeguraDock(qgis_iface, open_dialog=lambda *args: {})
    loaded = []
    task = dock.load_sample(tmp_path / "belmopan.gpkg")
    task.on_done = lambda layers, error: (dock._sample_loaded(layers, error), loaded.append((layers, error)))
    assert wait_until(lambda: loaded)
    layers, error = loaded[0]
    assert error is None and len(layers) == 7

    group = project.layerTreeRoot().children()[0]
    assert group.name() == "Belmopan sample (synthetic)"
    assert [node.layer().name() for node in group.findLayers()] == [
        "incidents", "community_assets", "landmarks", "mile_markers", "streets", "neighbourhoods", "city_boundary"]
    neighbourhoods = project.mapLayersByName("neighbourhoods")[0]
    assert neighbourhoods.renderer().symbol().color().alpha() == 0  # outlines: points stay visible

    data = ProjectData.load(project)
    assert project.mapLayer(data.streets).name() == "streets"
    assert (data.street_name_field, data.street_alias_field, data.left_from_field, data.right_to_field) == (
        "name", "alt_names", "l_from", "r_to")
    assert project.mapLayer(data.areas).name() == "neighbourhoods" and data.area_name_field == "name"
    assert data.population_field == "population"
    assert project.mapLayer(data.assets).name() == "community_assets" and data.asset_category_field == "category"
    assert project.mapLayer(data.study_area).name() == "city_boundary"
    assert (data.mile_highway_field, data.mile_field) == ("highway", "mile")
    assert data.register_file.endswith("licence_register.xlsx")
    # The panel shows it and the import step is pre-filled with the sample register.
    assert dock.project_panel.layer_combos["streets"].currentLayer().name() == "streets"
    assert data.parameters_for("infosegura:importregister", project)["INPUT"] == data.register_file
    assert "shelter" not in {f["category"] for f in project.mapLayer(data.assets).getFeatures()}
    dock.unload()
    dock.deleteLater()
    project.clear()
