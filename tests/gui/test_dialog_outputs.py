"""Outputs load cleanly in the desktop: one layer per output, no phantom 'memory:' layer.

The desktop's dialogs load results with Processing's handleAlgorithmResults; a second,
bogus entry in the layers to load made it report "not correctly generated" and the
dialog never finished (the dock could not chain the steps)."""

import processing
from qgis.core import QgsProject

from tests.conftest import SAMPLE
from tests.layers import RecordingFeedback


def test_a_temporary_output_loads_once_and_cleanly(plugin):
    project = QgsProject.instance()
    project.removeAllMapLayers()
    feedback = RecordingFeedback()
    results = processing.runAndLoadResults("infosegura:importregister", {
        "INPUT": str(SAMPLE / "licence_register.csv"), "OUTPUT": "TEMPORARY_OUTPUT"}, feedback=feedback)
    assert not [m for m in feedback.messages if "not correctly generated" in m]
    loaded = list(project.mapLayers().values())
    assert [layer.id() for layer in loaded] == [results["OUTPUT"]]
    assert loaded[0].featureCount() == 200
    project.removeAllMapLayers()
