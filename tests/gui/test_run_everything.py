"""The dock's "Run everything" button: infosegura:runanalysis opened with the project
data (the register file, the reference layers and fields, a results folder beside the
project), and its results becoming the project data's latest outputs."""

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from infosegura_plugin.gui.dock import InfoSeguraDock
from infosegura_plugin.gui.project_data import ProjectData
from tests.conftest import SAMPLE, sample_layer


@pytest.fixture()
def sample_project(plugin, tmp_path):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    layers = {name: sample_layer(name) for name in ("streets", "neighbourhoods", "landmarks", "community_assets",
                                                    "city_boundary", "mile_markers")}
    project.addMapLayers(list(layers.values()))
    project.setFileName(str(tmp_path / "workshop.qgz"))
    ProjectData(streets=layers["streets"].id(), areas=layers["neighbourhoods"].id(),
                landmarks=layers["landmarks"].id(), assets=layers["community_assets"].id(),
                study_area=layers["city_boundary"].id(), mile_markers=layers["mile_markers"].id(),
                register_file=str(SAMPLE / "licence_register.xlsx"), use_memory=False) \
        .with_guessed_fields(project).save(project)
    yield project, layers, tmp_path
    ProjectData().save(project)
    project.removeAllMapLayers()
    project.setFileName("")


def test_run_everything_runs_the_analysis_with_the_project_data(sample_project, qgis_iface):
    import processing

    project, layers, folder = sample_project
    opened = []

    def dialog(algorithm_id, parameters):
        """What the algorithm dialog does: run with these parameters, load the results."""
        opened.append((algorithm_id, dict(parameters)))
        results = processing.run(algorithm_id, dict(parameters, REFERENCE_DATE="2026-01-01"))
        for table in ("community_profiles", "hot_spots", "proximity_conflicts", "licensed_premises"):
            project.addMapLayer(QgsVectorLayer(f"{results['RESULTS']}|layername={table}", table, "ogr"))
        return results

    dock = InfoSeguraDock(qgis_iface, open_dialog=dialog)
    try:
        assert "infosegura:runanalysis" in dock.step_buttons
        dock.step_buttons["infosegura:runanalysis"].click()
        algorithm_id, parameters = opened[0]
        assert algorithm_id == "infosegura:runanalysis"
        assert parameters["REGISTER"] == str(SAMPLE / "licence_register.xlsx")  # the file, not a layer
        assert parameters["STREETS"] == layers["streets"].id()
        assert parameters["STREET_NAME_FIELD"] == "name"
        assert parameters["AREAS"] == layers["neighbourhoods"].id()
        assert parameters["ASSETS"] == layers["community_assets"].id()
        assert parameters["STUDY_AREA"] == layers["city_boundary"].id()
        assert parameters["OUTPUT_FOLDER"] == str(folder / "infosegura_results")
        assert (folder / "infosegura_results" / "infosegura_results.gpkg").exists()
        # The results are the project data's latest outputs: the next steps start from them.
        data = ProjectData.load(project)
        premises = project.mapLayer(data.geocoded)
        assert premises is not None and premises.source().endswith("layername=licensed_premises")
        assert project.mapLayer(data.hot_spots).source().endswith("layername=hot_spots")
        # Rows the geocoder could not settle open the review panel.
        assert dock.review_dock is not None and dock.review_dock.layer is premises
        assert dock.review_dock.counts()["tied"] + dock.review_dock.counts()["unmatched"] > 0
    finally:
        dock.unload()
        dock.deleteLater()
