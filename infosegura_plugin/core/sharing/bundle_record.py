"""The run record of a bundle: what went in, how each layer was made, what came out.

One machine-readable table, ``infosegura_run_record`` (section, item, key, value: all
text), and the same facts as an HTML report. Sections:

* ``bundle``   title, classification, created (ISO 8601), include_sensitive
* ``software`` infosegura, qgis, gdal, python
* ``layer``    per bundled layer: table, source, rows_in_source, rows_written,
               sensitive_rows_left_out, sha256 (of the source file), role
* ``run``      per bundled layer made by InfoSegura, and per table those runs read
               (``risk_terrain`` behind ``hot_spots``): algorithm, run_at, plugin_version,
               and one key per parameter (JSON value)
* ``file``     per input file named in a run's parameters: sha256, bytes
* ``count``    per layer: matched, tied, unmatched (geocoded premises), conflicts, cells,
               neighbourhoods; and sensitive_rows_left_out for the whole bundle
"""

import hashlib
import json
import platform
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from osgeo import gdal
from qgis.core import Qgis

from ..cancel import check_canceled
from . import layer_roles
from .run_record import RunRecord, plugin_version, safe_source

RECORD_TABLE = "infosegura_run_record"
RESTRICTED = "RESTRICTED"
PUBLIC = "PUBLIC"
CLASSIFICATION_KEY = "INFOSEGURA_CLASSIFICATION"


@dataclass
class LayerEntry:
    name: str
    table: str
    source: str
    role: Optional[str]
    rows_in_source: int
    rows_written: int
    sensitive_left_out: int
    sha256: str = ""
    run: Optional[RunRecord] = None
    counts: Dict[str, int] = field(default_factory=dict)


@dataclass
class BundleRecord:
    title: str
    classification: str
    created: str
    include_sensitive: bool
    layers: List[LayerEntry] = field(default_factory=list)
    files: Dict[str, Tuple[str, int]] = field(default_factory=dict)  # path -> (sha256, bytes)
    upstream: Dict[str, RunRecord] = field(default_factory=dict)      # input table -> its run

    def software(self) -> Dict[str, str]:
        return {"infosegura": plugin_version(), "qgis": Qgis.QGIS_VERSION,
                "gdal": gdal.VersionInfo("RELEASE_NAME"), "python": platform.python_version()}

    def sensitive_left_out(self) -> int:
        return sum(e.sensitive_left_out for e in self.layers)

    def rows(self) -> List[Tuple[str, str, str, str]]:
        """The record as (section, item, key, value) rows."""
        out = [("bundle", "", "title", self.title), ("bundle", "", "classification", self.classification),
               ("bundle", "", "created", self.created),
               ("bundle", "", "include_sensitive", "true" if self.include_sensitive else "false")]
        out += [("software", "", key, value) for key, value in self.software().items()]
        for e in self.layers:
            out += [("layer", e.name, "table", e.table), ("layer", e.name, "source", safe_source(e.source)),
                    ("layer", e.name, "role", e.role or ""),
                    ("layer", e.name, "rows_in_source", str(e.rows_in_source)),
                    ("layer", e.name, "rows_written", str(e.rows_written)),
                    ("layer", e.name, "sensitive_rows_left_out", str(e.sensitive_left_out)),
                    ("layer", e.name, "sha256", e.sha256)]
        runs = [(e.name, e.run) for e in self.layers if e.run is not None] + list(self.upstream.items())
        for name, run in runs:
            out += [("run", name, "algorithm", run.algorithm), ("run", name, "run_at", run.run_at),
                    ("run", name, "plugin_version", run.plugin_version)]
            out += [("run", name, key, json.dumps(value, ensure_ascii=False))
                    for key, value in sorted(run.parameters.items())]
        for path, (digest, size) in sorted(self.files.items()):
            out += [("file", path, "sha256", digest), ("file", path, "bytes", str(size))]
        for e in self.layers:
            out += [("count", e.name, key, str(value)) for key, value in e.counts.items()]
        out.append(("count", "", "sensitive_rows_left_out", str(self.sensitive_left_out())))
        return out


def sha256_of(path: Path, feedback=None) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            check_canceled(feedback)
            digest.update(block)
    return digest.hexdigest()


def source_file(source: str) -> Optional[Path]:
    """The file behind a layer source or a parameter value, when it is one."""
    if not isinstance(source, str) or not source:
        return None
    path = source.split("|", 1)[0]
    if path.startswith("ogr:dbname="):
        path = path[len("ogr:dbname="):].split(" table=")[0].strip("'\"")
    candidate = Path(path)
    try:
        return candidate if candidate.is_file() else None
    except OSError:
        return None


def files_named_in(record: RunRecord) -> List[Path]:
    """Input files a run's parameters name (register workbooks, model files, layers)."""
    found = []

    def visit(value):
        if isinstance(value, dict):
            visit(value.get("source"))
        elif isinstance(value, list):
            for item in value:
                visit(item)
        else:
            path = source_file(value) if isinstance(value, str) else None
            if path is not None:
                found.append(path)

    for name, value in record.parameters.items():
        if name not in ("OUTPUT", "REPORT"):
            visit(value)
    return found


def role_counts(role: Optional[str], layer, skip_ids) -> Dict[str, int]:
    """The counts a reader of the record wants for a layer of this role."""
    if role == layer_roles.PREMISES and layer.fields().lookupField("gc_status") >= 0:
        counts = {"matched": 0, "tied": 0, "unmatched": 0}
        for feature in layer.getFeatures():
            if feature.id() in skip_ids:
                continue
            status = str(feature["gc_status"] or "").lower()
            if status in counts:
                counts[status] += 1
        return counts
    written = layer.featureCount() - len(skip_ids)
    return {layer_roles.CONFLICTS: {"conflicts": written}, layer_roles.GRID: {"cells": written},
            layer_roles.PROFILES: {"neighbourhoods": written}}.get(role, {})
