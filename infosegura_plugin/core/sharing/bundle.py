"""The analysis bundle: one GeoPackage another agency opens from the QGIS Browser with
nothing else — every layer with its style as the default, a QGIS project stored inside,
and the run record (a table in the file, and an HTML report beside it)."""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsLayerTreeLayer,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QUrl

from ...i18n import tr
from ..atomic_files import replacing
from ..cancel import check_canceled
from ..fields import STRING, make_field
from ..sensitive import load_policy
from . import layer_roles, run_record
from .bundle_record import (
    CLASSIFICATION_KEY,
    PUBLIC,
    RECORD_TABLE,
    RESTRICTED,
    BundleRecord,
    LayerEntry,
    files_named_in,
    role_counts,
    sha256_of,
    source_file,
)
from .gpkg_metadata import read_items, table_of, write_items
from .layer_copy import store_style, style_document, table_name, write_table
from .record_report import build_record_report
from .sensitive_rows import hidden_rows

PROJECT_NAME = "infosegura_bundle"
_SHA256_CACHE = {}
_DRAW_ORDER = {QgsWkbTypes.PointGeometry: 0, QgsWkbTypes.LineGeometry: 1, QgsWkbTypes.PolygonGeometry: 2}


class BundleError(RuntimeError):
    pass


@dataclass
class BundleResult:
    path: Path
    report: Optional[Path]
    record: BundleRecord
    project_uri: str


def project_uri(gpkg: Path, name: str = PROJECT_NAME) -> str:
    """The URI QGIS opens a project stored in a GeoPackage with."""
    return f"geopackage:{gpkg}?projectName={QUrl.toPercentEncoding(name).data().decode()}"


def is_public_layer(layer: QgsVectorLayer) -> bool:
    """Made by the public export (its tables carry the PUBLIC classification)."""
    gpkg = table_of(layer.source())
    return gpkg is not None and read_items(gpkg[0], gpkg[1]).get(CLASSIFICATION_KEY) == PUBLIC


def classification_of(layers: List[QgsVectorLayer], include_sensitive: bool) -> str:
    """PUBLIC only when every layer came out of the public export; else RESTRICTED."""
    if layers and not include_sensitive and all(is_public_layer(layer) for layer in layers):
        return PUBLIC
    return RESTRICTED


def drawing_order(layers: List[QgsVectorLayer]) -> List[QgsVectorLayer]:
    """Points over lines over polygons, keeping the given order within each."""
    return sorted(layers, key=lambda layer: _DRAW_ORDER.get(layer.geometryType(), 3))


def write_bundle(layers: List[QgsVectorLayer], output: Path, title: str, include_sensitive: bool = False,
                 report: Optional[Path] = None, feedback=None, policy=None) -> BundleResult:
    """Write the bundle to ``output`` (replaced whole, only when complete)."""
    output = Path(output)
    if not layers:
        raise BundleError(tr("No layer to bundle: choose the analysis layers."))
    for layer in layers:
        if source_file(layer.source()) is not None and source_file(layer.source()).resolve() == output.resolve():
            raise BundleError(tr("The bundle {} would replace the file the layer {} is read from: choose another "
                                 "file name.").format(output, layer.name()))
    policy = policy or load_policy()
    record = BundleRecord(title, classification_of(layers, include_sensitive),
                          datetime.now().astimezone().isoformat(timespec="seconds"), include_sensitive)
    ordered = drawing_order(layers)
    hidden = {} if include_sensitive else hidden_rows(ordered, policy, feedback)
    with replacing(output, make_folder=True) as work:
        styled = []
        for index, layer in enumerate(ordered):
            check_canceled(feedback)
            if feedback is not None:
                feedback.pushInfo(tr("Bundling {}").format(layer.name()))
            part = (80.0 * index / len(ordered), 80.0 * (index + 1) / len(ordered))
            entry, written = _bundle_layer(layer, work, [e.table for e in record.layers],
                                           hidden.get(layer.id(), set()), include_sensitive, policy, feedback, part)
            record.layers.append(entry)
            styled.append(written)
        _trace_upstream(record)
        _hash_inputs(record, feedback)
        _write_record_table(work, record)
        _write_project(work, title, styled)
        del styled
        # After the project: on QGIS 3.40 (GDAL 3.10) storing the project copies metadata
        # already in the file into a side file (bundle.gpkg.aux.xml) that would travel
        # beside the bundle.
        write_items(work, {CLASSIFICATION_KEY: record.classification, "INFOSEGURA_TITLE": title})
    report_path = None
    if report:
        report_path = Path(report)
        with replacing(report_path, make_folder=True) as work_report:
            work_report.write_text(build_record_report(record), encoding="utf-8")
    return BundleResult(output, report_path, record, project_uri(output))


def _bundle_layer(layer, work, taken, skip, include_sensitive, policy, feedback, part):
    gpkg = table_of(layer.source())
    table = table_name(gpkg[1] if gpkg else layer.name(), taken)
    rows = write_table(layer, work, table, skip, feedback=feedback, progress=part)
    without = None if include_sensitive else policy.is_sensitive_category
    written = store_style(f"{work}|layername={table}", style_document(layer), layer.name(), "InfoSegura", without)
    role = layer_roles.role_of(layer)
    path = source_file(layer.source())
    entry = LayerEntry(layer.name(), table, run_record.safe_source(layer.source()), role, layer.featureCount(), rows, len(skip),
                       _cached_sha256(path, feedback) if path is not None else "", run_record.read(layer),
                       role_counts(role, layer, skip))
    return entry, written


def _cached_sha256(path: Path, feedback) -> str:
    """One hash per file state: layers of one GeoPackage share it."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _SHA256_CACHE:
        _SHA256_CACHE[key] = sha256_of(path, feedback)
    return _SHA256_CACHE[key]


def _trace_upstream(record: BundleRecord, depth: int = 6) -> None:
    """The runs behind the bundled layers' inputs (risk terrain behind hot spots, ...)."""
    bundled = {entry.name for entry in record.layers} | {entry.table for entry in record.layers}
    pending = [entry.run for entry in record.layers if entry.run is not None]
    for _ in range(depth):
        found = []
        for run in pending:
            for source in run_record.input_sources(run):
                parts = table_of(source)
                if parts is None or parts[1] in bundled or parts[1] in record.upstream:
                    continue
                upstream = run_record.read_source(source)
                if upstream is not None:
                    record.upstream[parts[1]] = upstream
                    found.append(upstream)
        pending = found
        if not pending:
            break


def _hash_inputs(record: BundleRecord, feedback) -> None:
    runs = [entry.run for entry in record.layers if entry.run is not None] + list(record.upstream.values())
    for run in runs:
        for path in files_named_in(run):
            key = str(path)
            if key not in record.files:
                record.files[key] = (_cached_sha256(path, feedback), path.stat().st_size)


def _write_record_table(work: Path, record: BundleRecord) -> None:
    fields = QgsFields()
    for name in ("section", "item", "key", "value"):
        fields.append(make_field(name, STRING))
    table = QgsVectorLayer("None", RECORD_TABLE, "memory")
    table.dataProvider().addAttributes(fields.toList())
    table.updateFields()
    features = []
    for row in record.rows():
        feature = QgsFeature(table.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    table.dataProvider().addFeatures(features)
    write_table(table, work, RECORD_TABLE)


def _write_project(work: Path, title: str, styled: List[QgsVectorLayer]) -> None:
    project = QgsProject()
    project.setTitle(title)
    root = project.layerTreeRoot()
    extent = QgsRectangle()
    crs = next((layer.crs() for layer in reversed(styled) if layer.crs().isValid()), None)
    for layer in styled:
        project.addMapLayer(layer, False)
        root.addChildNode(QgsLayerTreeLayer(layer))
    record = QgsVectorLayer(f"{work}|layername={RECORD_TABLE}", tr("Run record"), "ogr")
    project.addMapLayer(record, False)
    root.addChildNode(QgsLayerTreeLayer(record))
    if crs is not None:
        project.setCrs(crs)
        for layer in styled:
            if layer.crs() == crs and not layer.extent().isEmpty():
                extent.combineExtentWith(layer.extent())
        if not extent.isEmpty():
            extent.scale(1.05)
            project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, crs))
    if not project.write(project_uri(work)):
        raise BundleError(tr("Could not store the QGIS project in {}: {}").format(work, project.error()))
    project.clear()
