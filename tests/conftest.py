"""Real QGIS for every test (pytest-qgis); the plugin loaded the way QGIS loads it."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
SAMPLE = ROOT / "resources" / "sample"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


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


@pytest.fixture(scope="session")
def sample_gpkg():
    path = SAMPLE / "belmopan.gpkg"
    assert path.exists(), "run `make sample` to build the Belmopan sample"
    return path


def sample_layer(name):
    """A layer of the bundled sample GeoPackage (read-only use)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{SAMPLE / 'belmopan.gpkg'}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer
