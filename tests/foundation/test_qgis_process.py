"""Automation users call the algorithms with qgis_process, set up as the README says."""

import json

from qgis.core import QgsVectorLayer


def test_qgis_process_lists_the_provider(qgis_process):
    completed = qgis_process("list")
    assert completed.returncode == 0, completed.stderr
    assert "infosegura:loadsample" in completed.stdout


def test_qgis_process_runs_loadsample_headless(qgis_process, tmp_path, sample_gpkg):
    target = tmp_path / "sample.gpkg"
    completed = qgis_process("run", "infosegura:loadsample", "--json", f"--OUTPUT={target}")
    assert completed.returncode == 0, completed.stderr + completed.stdout
    results = json.loads(completed.stdout[completed.stdout.index("{"):])["results"]
    assert results["OUTPUT"] == str(target)
    streets = QgsVectorLayer(f"{target}|layername=streets", "streets", "ogr")
    assert streets.isValid() and streets.featureCount() >= 250
