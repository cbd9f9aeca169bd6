"""The shipped analysis model opens in the real QGIS Graphical Modeler (under Xvfb), with
the plugin installed from its zip as a user would, every step a box; a screenshot is
saved for the user guide (out/screenshots/analysis_model.png)."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.desktop.test_qgis_desktop import ROOT, SCREENSHOTS, _profile_with_plugin, plugin_zip  # noqa: F401

pytestmark = pytest.mark.desktop

STEPS = ["1. Import the licence register", "2. Geocode the addresses", "3. Take the matched premises",
         "4. Outlets near community assets", "5. Risk terrain grid", "6. Hot spots (Gi*)",
         "7. Communities at highest risk"]


def test_analysis_model_opens_in_the_graphical_modeler(tmp_path, plugin_zip):  # noqa: F811
    assert shutil.which("xvfb-run"), "xvfb-run is missing: make setup installs it"
    config = tmp_path / "qgis-config"
    _profile_with_plugin(config, plugin_zip)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    report = tmp_path / "probe.json"
    screenshot = SCREENSHOTS / "analysis_model.png"
    model = config / "profiles" / "default" / "python" / "plugins" / "infosegura_plugin" / "resources" / \
        "models" / "infosegura_analysis.model3"
    assert model.exists()  # shipped in the zip
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(config), PYQGIS_STARTUP=str(Path(__file__).with_name("modeler_probe.py")),
               INFOSEGURA_PROBE_REPORT=str(report), INFOSEGURA_PROBE_SCREENSHOT=str(screenshot),
               INFOSEGURA_PROBE_MODEL=str(model))
    completed = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "/usr/bin/qgis", "--nologo", "--noversioncheck"],
        env=env, capture_output=True, text=True, timeout=240)
    assert report.exists(), completed.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert "probe_error" not in result, result
    assert result["python_errors"] == []
    assert result["model_name"] == "infosegura_analysis"
    assert result["valid"], result["problems"]
    assert result["boxes"] == STEPS
    assert {"register", "streets", "neighbourhoods", "community_assets", "study_area"} <= set(result["inputs"])
    assert result["screenshot"] and screenshot.stat().st_size > 20_000
