"""infosegura:exportbundle on the demo analysis: the bundle opens styled anywhere, records
how it was made, and keeps sensitive places out unless asked."""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsProcessingException, QgsProcessingFeedback, QgsProject

from tests.layers import RecordingFeedback

from .conftest import table
from .planted import MARK, SENSITIVE_ASSETS, planted_assets

PROBE = Path(__file__).with_name("open_bundle_probe.py")
ANALYSIS_TABLES = ["licence_register", "licensed_premises", "proximity_conflicts", "hot_spots", "community_profiles",
                   "neighbourhoods"]


def _layers(analysis):
    layers = [table(analysis, name) for name in ANALYSIS_TABLES]
    layers.append(planted_assets(table(analysis, "community_assets"), layers[1]))
    return layers


def _record(gpkg):
    with closing(sqlite3.connect(gpkg)) as db:
        return db.execute("SELECT section, item, key, value FROM infosegura_run_record").fetchall()


def project_xml(gpkg) -> str:
    """The QGIS project stored in a bundle, unzipped: the .qgs as text, any other member
    (QGIS 3.40 adds the project's style database, an SQLite file) byte for byte as
    Latin-1 text, so a search still finds a name or a password in it."""
    import io
    import zipfile

    with closing(sqlite3.connect(gpkg)) as db:
        content = db.execute("SELECT content FROM qgis_projects").fetchone()[0]
    data = bytes.fromhex(content) if isinstance(content, str) else bytes(content)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "".join(archive.read(name).decode("utf-8" if name.endswith(".qgs") else "latin-1")
                       for name in archive.namelist())


def _value(rows, section, item, key):
    found = [v for s, i, k, v in rows if (s, i, k) == (section, item, key)]
    assert len(found) == 1, (section, item, key)
    return found[0]


@pytest.fixture(scope="module")
def bundle(analysis, run_algorithm, tmp_path_factory):
    folder = tmp_path_factory.mktemp("bundle")
    feedback = RecordingFeedback()
    layers = _layers(analysis)
    result = run_algorithm("infosegura:exportbundle", {
        "LAYERS": layers, "TITLE": "Belmopan – análisis (synthetic)",
        "OUTPUT": str(folder / "belmopan_bundle.gpkg"), "REPORT": str(folder / "belmopan_bundle.html"),
    }, feedback=feedback)
    result["renderers"] = {layer.name(): layer.renderer().type() for layer in layers}
    return result, feedback


def test_bundle_opens_styled_in_a_fresh_profile_from_another_folder(bundle, tmp_path):
    result, _feedback = bundle
    moved = tmp_path / "received from the police"
    moved.mkdir()
    copy = Path(shutil.copy(result["OUTPUT"], moved / "belmopan_bundle.gpkg"))
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(tmp_path / "fresh-profile"), QT_QPA_PLATFORM="offscreen")
    uri = result["PROJECT"].replace(str(result["OUTPUT"]), str(copy))
    completed = subprocess.run([sys.executable, str(PROBE), uri], env=env, capture_output=True, text=True,
                               timeout=300)
    assert completed.returncode == 0, completed.stderr[-2000:]
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert report["read"] is True
    names = [layer["name"] for layer in report["layers"]]
    assert set(ANALYSIS_TABLES + ["community_assets"]) <= set(names)
    for layer in report["layers"]:
        assert layer["valid"], layer
        assert layer["source_file"] == str(copy), layer  # the bundle itself, wherever it is
    styled = [layer for layer in report["layers"] if layer["name"] in result["renderers"]]
    assert len(styled) == len(result["renderers"])
    for layer in styled:
        # In the project and as the table's default style: the style the analyst saw.
        assert layer["renderer"] == layer["default_renderer"] == result["renderers"][layer["name"]], layer
    assert {r for r in result["renderers"].values()} != {"singleSymbol"}  # real styles, not QGIS defaults


def test_run_record_lists_inputs_parameters_counts_and_versions(bundle, analysis):
    result, _feedback = bundle
    rows = _record(result["OUTPUT"])
    assert _value(rows, "bundle", "", "classification") == "RESTRICTED" == result["CLASSIFICATION"]
    assert _value(rows, "bundle", "", "title") == "Belmopan – análisis (synthetic)"
    assert _value(rows, "software", "", "qgis") == Qgis.QGIS_VERSION
    assert _value(rows, "software", "", "gdal")
    # Inputs: row counts and the SHA-256 of the file each layer was read from.
    digest = hashlib.sha256(Path(analysis).read_bytes()).hexdigest()
    assert _value(rows, "layer", "hot_spots", "sha256") == digest
    assert _value(rows, "layer", "hot_spots", "rows_written") == str(table(analysis, "hot_spots").featureCount())
    # Every algorithm's parameters, from the run records the algorithms left in their outputs.
    assert _value(rows, "run", "hot_spots", "algorithm") == "infosegura:hotspots"
    assert json.loads(_value(rows, "run", "proximity_conflicts", "DISTANCE")) == 150
    assert _value(rows, "run", "licence_register", "algorithm") == "infosegura:importregister"
    workbook = [item for section, item, key, _ in rows if section == "file" and item.endswith("licence_register.xlsx")]
    assert workbook, "the register workbook read by importregister is listed with its hash"
    assert _value(rows, "file", workbook[0], "sha256") == hashlib.sha256(Path(workbook[0]).read_bytes()).hexdigest()
    # Counts a reader checks against the analysis.
    with closing(sqlite3.connect(analysis)) as db:
        statuses = dict(db.execute("SELECT gc_status, count(*) FROM licensed_premises GROUP BY 1").fetchall())
        conflicts = db.execute("SELECT count(*) FROM proximity_conflicts").fetchone()[0]
    for status in ("matched", "tied", "unmatched"):
        assert int(_value(rows, "count", "licensed_premises", status)) == statuses[status]
    assert int(_value(rows, "count", "proximity_conflicts", "conflicts")) == conflicts
    assert int(_value(rows, "count", "hot_spots", "cells")) == table(analysis, "hot_spots").featureCount()
    report = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert _value(rows, "run", "risk_terrain", "algorithm") == "infosegura:riskterrain"  # behind hot_spots
    assert json.loads(_value(rows, "run", "risk_terrain", "CELL_SIZE")) == 50
    assert "RESTRICTED" in report and "infosegura:riskterrain" in report and digest in report


def test_sensitive_places_are_left_out_of_file_legend_and_record(bundle):
    result, feedback = bundle
    data = Path(result["OUTPUT"]).read_bytes()
    assert MARK.encode() not in data
    for asset_id, *_ in SENSITIVE_ASSETS:
        assert asset_id.encode() not in data
    assert b"Shelter (sensitive)" not in data  # the legend class is gone from the stored style too
    project = project_xml(result["OUTPUT"])
    assert MARK not in project and "Shelter (sensitive)" not in project
    rows = _record(result["OUTPUT"])
    assert _value(rows, "layer", "community_assets", "sensitive_rows_left_out") == str(len(SENSITIVE_ASSETS))
    assert any("6 sensitive rows were left out" in m for m in feedback.messages)


def test_include_sensitive_keeps_them_and_says_so(analysis, run_algorithm, tmp_path):
    premises = table(analysis, "licensed_premises")
    feedback = RecordingFeedback()
    result = run_algorithm("infosegura:exportbundle", {
        "LAYERS": [planted_assets(table(analysis, "community_assets"), premises)], "INCLUDE_SENSITIVE": True,
        "OUTPUT": str(tmp_path / "restricted.gpkg")}, feedback=feedback)
    data = Path(result["OUTPUT"]).read_bytes()
    assert all(asset_id.encode() in data for asset_id, *_ in SENSITIVE_ASSETS)
    assert result["CLASSIFICATION"] == "RESTRICTED"
    assert any("RESTRICTED" in m and "shelters" in m for m in feedback.messages)


def test_a_failed_run_leaves_the_previous_bundle_intact(analysis, run_algorithm, tmp_path):
    output = tmp_path / "bundle.gpkg"
    run_algorithm("infosegura:exportbundle", {"LAYERS": [table(analysis, "neighbourhoods")], "OUTPUT": str(output)})
    before = output.read_bytes()
    canceled = QgsProcessingFeedback()
    canceled.cancel()
    with pytest.raises(QgsProcessingException, match="Canceled: no bundle was written"):
        run_algorithm("infosegura:exportbundle", {"LAYERS": [table(analysis, "hot_spots")], "OUTPUT": str(output)},
                      feedback=canceled)
    assert output.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bundle.gpkg", "bundle.html"]


def test_the_bundle_never_overwrites_its_own_source(analysis, run_algorithm):
    with pytest.raises(QgsProcessingException, match="would replace the file the layer"):
        run_algorithm("infosegura:exportbundle", {"LAYERS": [table(analysis, "neighbourhoods")],
                                                  "OUTPUT": str(analysis)})


def test_without_layers_the_project_outputs_are_bundled(analysis, run_algorithm, tmp_path):
    project = QgsProject.instance()
    layers = [table(analysis, "community_profiles"), table(analysis, "streets")]
    project.addMapLayers(layers)
    try:
        feedback = RecordingFeedback()
        result = run_algorithm("infosegura:exportbundle", {"OUTPUT": str(tmp_path / "b.gpkg")}, feedback=feedback)
    finally:
        project.removeAllMapLayers()
    with closing(sqlite3.connect(result["OUTPUT"])) as db:
        tables = {r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")}
    assert "community_profiles" in tables  # an InfoSegura output
    assert "streets" not in tables         # reference data, not an output
