"""The bundled synthetic Belmopan sample: which layers it has and how to copy them."""

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from qgis.core import QgsFeedback, QgsVectorLayer

from ..i18n import tr
from ..paths import sample_path
from .geopackage import copy_layer_to_gpkg

SAMPLE_GPKG = "belmopan.gpkg"
SENSITIVE_FILTER = '"sensitive" = 0 OR "sensitive" IS NULL'


@dataclass(frozen=True)
class SampleLayer:
    table: str
    style: str
    has_sensitive_rows: bool = False


# Drawing order, bottom first.
SAMPLE_LAYERS = [
    SampleLayer("city_boundary", "city_boundary"),
    SampleLayer("neighbourhoods", "neighbourhoods"),
    SampleLayer("streets", "streets"),
    SampleLayer("mile_markers", "mile_markers"),
    SampleLayer("landmarks", "landmarks"),
    SampleLayer("community_assets", "community_assets", has_sensitive_rows=True),
    SampleLayer("incidents", "incidents"),
]


def sample_gpkg_path() -> Path:
    return sample_path(SAMPLE_GPKG)


def sample_layer(table: str) -> QgsVectorLayer:
    """One table of the bundled sample as a read-only layer."""
    layer = QgsVectorLayer(f"{sample_gpkg_path()}|layername={table}", table, "ogr")
    if not layer.isValid():
        raise FileNotFoundError(tr("The Belmopan sample has no layer {}").format(table))
    return layer


def copy_sample(
    destination: Path,
    include_sensitive: bool = False,
    tables: Optional[List[str]] = None,
    feedback: Optional[QgsFeedback] = None,
) -> List[str]:
    """Copy the sample layers, styled, into ``destination``; return their URIs.

    Sensitive assets (victim-support shelters) are left out unless asked for.
    """
    chosen = [s for s in SAMPLE_LAYERS if tables is None or s.table in tables]
    uris = []
    for index, spec in enumerate(chosen):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * index / len(chosen))
        expression = SENSITIVE_FILTER if spec.has_sensitive_rows and not include_sensitive else None
        uris.append(
            copy_layer_to_gpkg(sample_layer(spec.table), destination, spec.table, spec.style, expression)
        )
    return uris
