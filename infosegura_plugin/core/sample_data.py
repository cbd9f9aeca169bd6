"""The bundled synthetic Belmopan sample: which layers it has and how to copy them."""

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..i18n import tr
from ..paths import sample_path
from .atomic_files import AtomicWriteError, write_file_atomically
from .cancel import check_canceled
from .geopackage import GeoPackageWriteError, copy_geopackage, copy_layer_to_gpkg, is_geopackage
from .sensitive import sensitive_feature_ids

SAMPLE_GPKG = "belmopan.gpkg"
_OGR_TYPES = {
    ogr.OFTInteger: QVariant.Int,
    ogr.OFTInteger64: QVariant.LongLong,
    ogr.OFTReal: QVariant.Double,
    ogr.OFTString: QVariant.String,
    ogr.OFTDate: QVariant.Date,
    ogr.OFTDateTime: QVariant.DateTime,
}


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
    """One table of the bundled sample, read into memory.

    The plugin folder may be read-only, and QGIS opens GeoPackages for update (which
    rewrites their header and leaves -wal files): the file is only ever read, by OGR.
    """
    dataset = ogr.Open(str(sample_gpkg_path()), 0)
    source = dataset.GetLayerByName(table) if dataset is not None else None
    if source is None:
        raise FileNotFoundError(tr("The Belmopan sample has no layer {}").format(table))
    srs = source.GetSpatialRef()
    crs = QgsCoordinateReferenceSystem(f"{srs.GetAuthorityName(None)}:{srs.GetAuthorityCode(None)}")
    definition = source.GetLayerDefn()
    fields = QgsFields()
    for index in range(definition.GetFieldCount()):
        field = definition.GetFieldDefn(index)
        fields.append(QgsField(field.GetName(), _OGR_TYPES.get(field.GetType(), QVariant.String)))
    geometry_type = QgsWkbTypes.parseType(ogr.GeometryTypeToName(source.GetGeomType()).replace(" ", ""))
    layer = QgsVectorLayer(f"{QgsWkbTypes.displayString(geometry_type)}?crs={crs.authid()}", table, "memory")
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    features = []
    for row in source:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row.GetField(i) for i in range(definition.GetFieldCount())])
        geometry = row.GetGeometryRef()
        if geometry is not None:
            feature.setGeometry(QgsGeometry.fromWkt(geometry.ExportToIsoWkt()))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def copy_sample(
    destination: Path,
    include_sensitive: bool = False,
    tables: Optional[List[str]] = None,
    feedback: Optional[QgsFeedback] = None,
) -> List[str]:
    """Copy the sample layers, styled, into ``destination``; return their URIs.

    Sensitive places (:mod:`.sensitive`: the victim-support shelters) are left out
    unless asked for. The GeoPackage is written aside and moved into place when every
    layer is in it (other tables of an existing GeoPackage are kept); a cancel
    (:class:`.cancel.CanceledError`) or failure leaves the old file as it was.
    """
    destination = Path(destination)
    if destination.exists() and destination.stat().st_size and not is_geopackage(destination):
        raise GeoPackageWriteError(tr(
            "{} exists and is not a GeoPackage: choose another file name (.gpkg), or delete it first."
        ).format(destination))
    chosen = [s for s in SAMPLE_LAYERS if tables is None or s.table in tables]

    def write(temp: Path):
        if destination.exists() and destination.stat().st_size:
            copy_geopackage(destination, temp)
        for index, spec in enumerate(chosen):
            check_canceled(feedback)
            if feedback is not None:
                feedback.setProgress(100.0 * index / len(chosen))
            layer = sample_layer(spec.table)
            hidden = sensitive_feature_ids(layer) if spec.has_sensitive_rows and not include_sensitive else set()
            copy_layer_to_gpkg(layer, temp, spec.table, spec.style, exclude_ids=hidden)

    try:
        write_file_atomically(destination, write)
    except AtomicWriteError as error:
        raise GeoPackageWriteError(f"{error}") from error
    return [f"{destination}|layername={spec.table}" for spec in chosen]
