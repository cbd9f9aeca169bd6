"""Real QGIS for every test (pytest-qgis); the plugin loaded the way QGIS loads it."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = ROOT / "resources" / "sample"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

_EXIT_STATUS = []


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """End the process once pytest has reported, with pytest's own exit status.

    PyQt and QGIS objects destroyed in arbitrary order during interpreter shutdown can
    segfault (a known PyQGIS trait): the results are already printed, so skip that.
    """
    import os

    if _EXIT_STATUS:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS[-1])


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_processing, qgis_iface):
    """The InfoSegura plugin, created through classFactory with initGui, as QGIS does."""
    import infosegura_plugin

    instance = infosegura_plugin.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def run_algorithm(plugin):
    """``run_algorithm('infosegura:x', {...})``: processing.run with a fresh feedback."""
    import processing
    from qgis.core import QgsProcessingFeedback

    def _run(algorithm_id, parameters, feedback=None, context=None):
        return processing.run(
            algorithm_id, parameters, feedback=feedback or QgsProcessingFeedback(), context=context
        )

    return _run


_SAMPLE_COPY = []


def sample_gpkg_copy():
    """A private copy of the bundled sample GeoPackage.

    QGIS opens GeoPackages for update, which rewrites their header and leaves -wal
    files: tests never open the committed file itself.
    """
    import shutil
    import tempfile

    if not _SAMPLE_COPY:
        source = SAMPLE / "belmopan.gpkg"
        assert source.exists(), "run `make sample` to build the Belmopan sample"
        folder = Path(tempfile.mkdtemp(prefix="infosegura-sample-"))
        _SAMPLE_COPY.append(Path(shutil.copy(source, folder / "belmopan.gpkg")))
    return _SAMPLE_COPY[0]


@pytest.fixture(scope="session")
def sample_gpkg():
    return sample_gpkg_copy()


def sample_layer(name):
    """A layer of (a private copy of) the bundled sample GeoPackage."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{sample_gpkg_copy()}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


@pytest.fixture(scope="session")
def qgis_process(tmp_path_factory):
    """``qgis_process(args...)``: the real ``qgis_process.bin`` with the built plugin enabled.

    Documented set-up (README): QGIS_PLUGINPATH points at ``build/`` and a throw-away
    profile enables the plugin. Returns the CompletedProcess (text output).
    """
    import os
    import subprocess

    subprocess.run(["make", "-s", "plugin"], cwd=ROOT, check=True, capture_output=True)
    config = tmp_path_factory.mktemp("qgis-config")
    ini = config / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ninfosegura_plugin=true\n", encoding="utf-8")
    env = dict(os.environ, QGIS_PLUGINPATH=str(ROOT / "build"), QGIS_CUSTOM_CONFIG_PATH=str(config),
               QT_QPA_PLATFORM="offscreen")

    def _run(*args, timeout=600):
        return subprocess.run(["/usr/bin/qgis_process.bin", *args], env=env, capture_output=True,
                              text=True, timeout=timeout)

    return _run


@pytest.fixture(scope="session")
def spanish_qm(tmp_path_factory):
    """The Spanish catalogue compiled from i18n/infosegura_es.ts (lrelease)."""
    import shutil
    import subprocess

    assert shutil.which("lrelease"), "lrelease is missing: make setup installs qttools5-dev-tools"
    qm = tmp_path_factory.mktemp("i18n") / "infosegura_es.qm"
    result = subprocess.run(["lrelease", str(ROOT / "i18n" / "infosegura_es.ts"), "-qm", str(qm)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 unfinished" in result.stdout, result.stdout
    return qm


@pytest.fixture
def spanish(qgis_app, spanish_qm):
    """The Spanish catalogue installed on the running Qt application for one test, as
    QGIS installs it for a user whose locale is Spanish."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(spanish_qm)), f"Qt cannot load {spanish_qm}"
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
