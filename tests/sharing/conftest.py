"""Shared fixtures for the sharing tests: the demo analysis of the synthetic sample, run
once, and layers with planted sensitive places and personal data."""

import importlib.util
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]


def _demo_module():
    spec = importlib.util.spec_from_file_location("infosegura_demo", ROOT / "scripts" / "demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def analysis(plugin, tmp_path_factory):
    """The demo's results GeoPackage (synthetic Belmopan sample, whole pipeline)."""
    out = tmp_path_factory.mktemp("analysis")
    gpkg = out / "belmopan_results.gpkg"
    _demo_module().pipeline(gpkg, out)
    return gpkg


def table(gpkg, name, title=None) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", title or name, "ogr")
    assert layer.isValid(), name
    return layer
