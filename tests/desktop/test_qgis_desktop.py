"""The packaged plugin installs and loads in the real QGIS desktop (under Xvfb).

The zip from `make package` is unpacked into a throw-away profile, exactly what
Plugins > Install from ZIP does, and enabled; QGIS starts; a probe checks the plugin
loaded without Python errors, that its provider and dock exist, and saves a screenshot.
"""

import json
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "out" / "screenshots"

pytestmark = pytest.mark.desktop


def _version():
    for line in (ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("version="):
            return line.split("=", 1)[1].strip()
    raise AssertionError("metadata.txt has no version")


@pytest.fixture(scope="module")
def plugin_zip():
    subprocess.run(["make", "-s", "package"], cwd=ROOT, check=True, capture_output=True)
    path = ROOT / "dist" / f"infosegura_plugin-{_version()}.zip"
    assert path.exists()
    return path


def _profile_with_plugin(config_dir: Path, plugin_zip: Path) -> None:
    profile = config_dir / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    with zipfile.ZipFile(plugin_zip) as archive:
        archive.extractall(plugins)
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text(
        "[PythonPlugins]\ninfosegura_plugin=true\n\n"
        "[qgis]\ncheckVersion=false\nshowTips322=false\n"
        "[core]\nfirstRunVersionFlag=32216\n",
        encoding="utf-8",
    )


def test_zip_has_an_installable_plugin_folder(plugin_zip):
    with zipfile.ZipFile(plugin_zip) as archive:
        names = set(archive.namelist())
    for required in ("infosegura_plugin/__init__.py", "infosegura_plugin/metadata.txt",
                     "infosegura_plugin/resources/icons/infosegura.svg",
                     "infosegura_plugin/i18n/infosegura_es.qm",
                     "infosegura_plugin/resources/sample/belmopan.gpkg"):
        assert required in names, required
    assert not any("__pycache__" in name for name in names)


def test_plugin_loads_in_qgis_desktop(tmp_path, plugin_zip):
    assert shutil.which("xvfb-run"), "xvfb-run is missing: make setup installs it"
    config = tmp_path / "qgis-config"
    _profile_with_plugin(config, plugin_zip)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    report = tmp_path / "probe.json"
    screenshot = SCREENSHOTS / "qgis_desktop_with_infosegura.png"
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb)
    env.update(
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        PYQGIS_STARTUP=str(Path(__file__).with_name("qgis_startup_probe.py")),
        INFOSEGURA_PROBE_REPORT=str(report),
        INFOSEGURA_PROBE_SCREENSHOT=str(screenshot),
    )
    completed = subprocess.run(
        ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "/usr/bin/qgis", "--nologo", "--noversioncheck"],
        env=env, capture_output=True, text=True, timeout=240,
    )
    assert report.exists(), completed.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert "probe_error" not in result, result
    assert result["python_errors"] == []
    assert result["plugin_loaded"], result
    assert result["provider"] == "InfoSegura"
    assert "infosegura:loadsample" in result["algorithms"]
    assert result["dock"] and result["dock_visible"], result.get("dock_debug")
    assert "infosegura:loadsample" in result["dock_steps"]
    assert result["screenshot"] and screenshot.stat().st_size > 10_000
