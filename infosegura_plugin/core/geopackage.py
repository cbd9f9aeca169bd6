"""Writing layers into a GeoPackage, one table at a time, with their style."""

import os
import sqlite3
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..i18n import tr
from .styling import style_gpkg_layer


class GeoPackageWriteError(RuntimeError):
    pass


SQLITE_HEADER = b"SQLite format 3\x00"


def is_geopackage(path) -> bool:
    """True when ``path`` is a GeoPackage (an SQLite file with the GeoPackage tables)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != SQLITE_HEADER:
                return False
        connection = _reader(path)
        try:
            found = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'gpkg_contents'").fetchone()[0]
        finally:
            connection.close()
        return bool(found)
    except (OSError, sqlite3.Error):
        return False


def _reader(path) -> sqlite3.Connection:
    """A connection to read ``path``: read-write when allowed, so that closing it folds and
    removes the write-ahead log files a read-only connection would leave beside the file."""
    if os.access(path, os.W_OK) and os.access(Path(path).resolve().parent, os.W_OK):
        return sqlite3.connect(str(path))
    return sqlite3.connect(f"file:{Path(path).resolve().as_posix()}?mode=ro", uri=True)


def copy_geopackage(source, target) -> None:
    """A consistent copy of a GeoPackage (its write-ahead log included), by SQLite's backup."""
    source_db = _reader(source)
    target_db = sqlite3.connect(str(target))
    try:
        source_db.backup(target_db)
        # The copy is written by other connections next: a plain rollback journal, not the
        # source's write-ahead log (a copied WAL flag makes QGIS's writers wait on each other).
        target_db.execute("PRAGMA journal_mode=DELETE")
    finally:
        target_db.close()
        source_db.close()


def copy_layer_to_gpkg(
    layer: QgsVectorLayer,
    gpkg_path: Path,
    table: str,
    style_name: Optional[str] = None,
    filter_expression: Optional[str] = None,
    exclude_ids: Optional[set] = None,
) -> str:
    """Write ``layer`` (optionally filtered) as ``table`` in ``gpkg_path``; return its URI.

    The file is created when missing; an existing table of that name is replaced, other
    tables are kept. With ``style_name`` the QML style is stored as the table's default.
    Features whose id is in ``exclude_ids`` are never copied.
    """
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    if Path(gpkg_path).exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    if exclude_ids:
        keep = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes()) if f.id() not in exclude_ids]
        layer = layer.materialize(QgsFeatureRequest().setFilterFids(keep))
    if filter_expression:
        # Filtered rows are never copied. (Not a subset string: on QGIS 3.22 with GDAL
        # 3.6 a GeoPackage subset string can break other layers open on the same file.)
        layer = layer.materialize(QgsFeatureRequest().setFilterExpression(filter_expression))
    result = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(gpkg_path), QgsCoordinateTransformContext(), options
    )
    error, message = result[0], result[1]
    if error != QgsVectorFileWriter.NoError:
        raise GeoPackageWriteError(tr("Could not write {} to {}: {}").format(table, gpkg_path, message))
    uri = f"{gpkg_path}|layername={table}"
    if style_name:
        style_gpkg_layer(uri, style_name)
    return uri


def feature_count(layer: QgsVectorLayer, expression: Optional[str] = None) -> int:
    if not expression:
        return layer.featureCount()
    request = QgsFeatureRequest().setFilterExpression(expression).setNoAttributes()
    request.setFlags(QgsFeatureRequest.NoGeometry)
    return sum(1 for _ in layer.getFeatures(request))
