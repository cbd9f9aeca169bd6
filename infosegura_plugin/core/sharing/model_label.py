"""Which risk model made a grid ("expert-weighted" or "fitted"), read from the run records
of the risk terrain model (and of the hot spot analysis run on its grid)."""

import json
from typing import Optional

from qgis.core import QgsVectorLayer

from ...i18n import tr
from . import run_record

RISK_TERRAIN = "infosegura:riskterrain"
HOTSPOTS = "infosegura:hotspots"


def _source_of(value) -> Optional[str]:
    if isinstance(value, dict):
        return value.get("source")
    return value if isinstance(value, str) and value else None


def _label_of_model_file(path: str) -> Optional[str]:
    try:
        with open(path, encoding="utf-8") as handle:
            label = json.load(handle).get("label")
    except (OSError, ValueError, AttributeError):
        return None
    return str(label) if label else None


def recorded_model_label(grid: QgsVectorLayer, hops: int = 3) -> Optional[str]:
    """``fitted``, ``expert-weighted`` (or a model file's own label), translated; None when
    the grid carries no record that tells."""
    record = run_record.read(grid)
    while record is not None and record.algorithm == HOTSPOTS and hops > 0:
        source = _source_of(record.parameters.get("INPUT"))
        if not source:
            return None
        record = run_record.read(QgsVectorLayer(source, "grid", "ogr"))
        hops -= 1
    if record is None or record.algorithm != RISK_TERRAIN:
        return None
    if _source_of(record.parameters.get("INCIDENTS")):
        return tr("fitted")
    model = _source_of(record.parameters.get("MODEL"))
    label = _label_of_model_file(model) if model else None
    if label is None or label == "expert-weighted":
        return tr("expert-weighted")
    return label
