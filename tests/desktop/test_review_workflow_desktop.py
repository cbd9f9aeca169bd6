"""The sample workflow through the dock in the real QGIS desktop (Xvfb), with screenshots.

The plugin zip is installed into a throw-away profile (as Install from ZIP does); a
startup script drives the dock: sample, import, geocode, review every tied and unmatched
row with the keyboard and the map, save to the address memory, geocode again. The
screenshots go to a temporary folder; with INFOSEGURA_UPDATE_SCREENSHOTS=1 they replace the
guides' own in docs/images/ (so a test run never leaves the checkout changed).
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.desktop.test_qgis_desktop import _profile_with_plugin, plugin_zip  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
GUIDE_IMAGES = ROOT / "docs" / "images"
IMAGES = GUIDE_IMAGES if os.environ.get("INFOSEGURA_UPDATE_SCREENSHOTS") == "1" else None

pytestmark = pytest.mark.desktop


@pytest.fixture(scope="module")
def workflow_report(tmp_path_factory, plugin_zip):  # noqa: F811 (fixture)
    assert shutil.which("xvfb-run"), "xvfb-run is missing: make setup installs it"
    global IMAGES
    tmp = tmp_path_factory.mktemp("desktop-workflow")
    config = tmp / "qgis-config"
    _profile_with_plugin(config, plugin_zip)
    IMAGES = IMAGES or tmp / "images"
    IMAGES.mkdir(parents=True, exist_ok=True)
    report = tmp / "report.json"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb)
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        PYQGIS_STARTUP=str(Path(__file__).with_name("qgis_review_workflow.py")),
        INFOSEGURA_PROBE_REPORT=str(report),
        INFOSEGURA_SCREENSHOT_DIR=str(IMAGES),
    )
    completed = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "/usr/bin/qgis", "--nologo", "--noversioncheck"],
        env=env, capture_output=True, text=True, timeout=900,
    )
    assert report.exists(), completed.stderr[-3000:]
    return json.loads(report.read_text(encoding="utf-8"))


def test_the_sample_workflow_runs_through_the_dock(workflow_report):
    result = workflow_report
    assert "probe_error" not in result, result.get("probe_error")
    assert result["python_errors"] == []
    assert result["steps"] == ["sample", "import", "geocode", "memory", "geocode_again"]
    assert result["project_data"] == {"streets": "streets", "areas": "neighbourhoods", "landmarks": "landmarks",
                                      "assets": "community_assets", "study_area": "city_boundary",
                                      "mile_markers": "mile_markers"}
    sample_order = [name for name in result["layer_order"] if name in (
        "incidents", "community_assets", "landmarks", "mile_markers", "streets", "neighbourhoods", "city_boundary")]
    assert sample_order == ["incidents", "community_assets", "landmarks", "mile_markers", "streets",
                            "neighbourhoods", "city_boundary"]
    assert result["import"]["rows"] == 200
    opened = dict(result["opened"])
    assert {"INPUT", "ADDRESS_FIELD", "STREETS", "STREET_NAME_FIELD", "AREAS", "LANDMARKS",
            "MILE_MARKERS"} <= set(opened["infosegura:geocodeaddresses"])


def test_every_tied_and_unmatched_row_is_settled_and_remembered(workflow_report):
    result = workflow_report
    first = result["geocode"]
    assert first["TIED"] + first["UNMATCHED"] > 0
    assert result["review_opened"]  # opened by itself after the geocoding run
    before = result["review_counts_before"]
    assert (before["tied"], before["unmatched"]) == (first["TIED"], first["UNMATCHED"])
    after = result["review_counts_after"]
    assert after["tied"] == 0 and after["unmatched"] == 0 and after["low"] == 0
    assert result["left_to_review"] == 0
    assert result["settled"]["click"] == 1 and result["settled"]["candidate"] >= first["TIED"]
    # Exactly the reviewed rows that have a point reach the memory ...
    assert result["remembered"] == result["to_remember"] > 0
    # ... and next year they are placed at once.
    again = result["geocode_again"]
    assert again["TIED"] == 0
    assert result["memory_rows_again"] == result["to_remember"]
    assert again["MATCHED"] >= first["MATCHED"] + first["TIED"]


def test_screenshots_for_the_guides(workflow_report):
    for name in ("dock.png", "geocode_dialog.png", "review_panel.png"):
        assert workflow_report["screenshots"][name], name
        assert (IMAGES / name).stat().st_size > 10_000, name
