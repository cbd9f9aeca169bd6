"""The record of one algorithm run, kept with the layer it wrote.

Every InfoSegura algorithm records which algorithm made an output, with which parameters,
when, and with which plugin version (see ``InfoSeguraAlgorithm.postProcessAlgorithm``):

* in a GeoPackage output, as the table's metadata item ``INFOSEGURA_RUN`` (JSON in the
  ``gpkg_metadata`` table; ``ogrinfo -so file.gpkg table`` shows it);
* in a layer loaded into the project (temporary outputs too), as the layer's custom
  property ``infosegura/run``, which the project file keeps.

The analysis bundle reads these records back to list every algorithm's parameters.
Layer sources are stored without passwords; a credential never enters a record.
"""

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsMapLayer,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
)

from .gpkg_metadata import read_items, table_of, write_items

METADATA_KEY = "INFOSEGURA_RUN"
PROPERTY_KEY = "infosegura/run"


@dataclass
class RunRecord:
    algorithm: str
    parameters: Dict[str, object]
    plugin_version: str = ""
    run_at: str = ""
    outputs: List[str] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({"algorithm": self.algorithm, "parameters": self.parameters,
                           "plugin_version": self.plugin_version, "run_at": self.run_at},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Optional["RunRecord"]:
        try:
            data = json.loads(text)
            return cls(str(data["algorithm"]), dict(data.get("parameters") or {}),
                       str(data.get("plugin_version", "")), str(data.get("run_at", "")))
        except (TypeError, ValueError, KeyError, AttributeError):
            return None


def plugin_version() -> str:
    from ...paths import PLUGIN_DIR

    for metadata in (PLUGIN_DIR / "metadata.txt", PLUGIN_DIR.parent / "metadata.txt"):
        if metadata.exists():
            for line in metadata.read_text(encoding="utf-8").splitlines():
                if line.startswith("version="):
                    return line.split("=", 1)[1].strip()
    return ""


# password='it''s secret' / password="x y" / password=plain, in QGIS, libpq and GDAL forms.
# (QgsDataSourceUri.removePassword leaves the tail of a quoted password with a space.)
_PASSWORD = re.compile(r"""(?i)\bpassword\s*=\s*('(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*"|[^\s|&;]+)""")


def safe_source(source: str) -> str:
    """A layer source without its password (user names and authcfg ids are not secrets)."""
    return _PASSWORD.sub("", source).replace("  ", " ").strip() if source else source


def _plain(value, context):
    """A parameter value as JSON-ready data: layers as name + source, never an object."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, QgsMapLayer):
        return {"layer": value.name(), "source": safe_source(value.source())}
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        return _plain(value.source, context)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        return _plain(value.sink, context)
    if isinstance(value, QgsProperty):
        return value.staticValue() if value.propertyType() == QgsProperty.StaticProperty else value.expressionString()
    if isinstance(value, QgsCoordinateReferenceSystem):
        return value.authid()
    if isinstance(value, (list, tuple)):
        return [_plain(v, context) for v in value]
    if isinstance(value, str):
        if context is not None and context.project() is not None:
            layer = context.project().mapLayer(value)
            if layer is not None:
                return _plain(layer, context)
        return safe_source(value)
    try:
        return json.loads(json.dumps(value))
    except (TypeError, ValueError):
        return str(value)


def begin(algorithm, parameters: dict, context) -> RunRecord:
    """The record of a run that is about to start (called from prepareAlgorithm)."""
    values = {}
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if name in parameters:
            values[name] = _plain(parameters[name], context)
    return RunRecord(algorithm.id(), values, plugin_version(),
                     datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds"))


def attach(record: RunRecord, context) -> List[str]:
    """Store ``record`` with every output it names; return the outputs it reached."""
    reached = []
    for dest_id in record.outputs:
        text = record.to_json()
        gpkg = table_of(dest_id)
        if gpkg is not None and write_items(gpkg[0], {METADATA_KEY: text}, gpkg[1]):
            reached.append(dest_id)
        layer = QgsProcessingUtils.mapLayerFromString(dest_id, context, False) if context is not None else None
        if layer is not None:
            layer.setCustomProperty(PROPERTY_KEY, text)
            if dest_id not in reached:
                reached.append(dest_id)
    return reached


def read(layer: QgsMapLayer) -> Optional[RunRecord]:
    """The run that made ``layer``: its custom property, else its GeoPackage metadata."""
    text = layer.customProperty(PROPERTY_KEY)
    if text:
        return RunRecord.from_json(str(text))
    return read_source(layer.source())


def read_source(source: str) -> Optional[RunRecord]:
    """The run recorded in a GeoPackage table, from its source string."""
    gpkg = table_of(source) if source else None
    if gpkg is not None:
        text = read_items(gpkg[0], gpkg[1]).get(METADATA_KEY)
        if text:
            return RunRecord.from_json(text)
    return None


def input_sources(record: RunRecord) -> List[str]:
    """The layer sources a run read (its layer parameters), outputs excluded."""
    found = []

    def visit(value):
        if isinstance(value, dict):
            visit(value.get("source"))
        elif isinstance(value, list):
            for item in value:
                visit(item)
        elif isinstance(value, str) and ("|layername=" in value or value.startswith("ogr:")):
            found.append(value)

    for name, value in record.parameters.items():
        if name not in ("OUTPUT", "REPORT"):
            visit(value)
    return found
