"""The bundled synthetic Belmopan sample: which layers it has and how to copy them."""

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeedback,
    QgsFields,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..i18n import tr
from ..paths import sample_path
from .atomic_files import AtomicWriteError, write_file_atomically
from .cancel import check_canceled
from .fields import DATE, DATETIME, DOUBLE, INT, INT64, STRING, make_field
from .geopackage import GeoPackageWriteError, copy_geopackage, copy_layer_to_gpkg, is_geopackage
from .sensitive import sensitive_feature_ids

SAMPLE_GPKG = "belmopan.gpkg"
_OGR_TYPES = {
    ogr.OFTInteger: INT,
    ogr.OFTInteger64: INT64,
    ogr.OFTReal: DOUBLE,
    ogr.OFTString: STRING,
    ogr.OFTDate: DATE,
    ogr.OFTDateTime: DATETIME,
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


def sample_layer_title(table: str) -> str:
    """The name a sample table takes in the Layers panel and legends, in the user's language
    (the table keeps its English name)."""
    titles = {
        "city_boundary": tr("City boundary"),
        "neighbourhoods": tr("Neighbourhoods"),
        "streets": tr("Streets"),
        "mile_markers": tr("Mile markers"),
        "landmarks": tr("Landmarks"),
        "community_assets": tr("Community assets"),
        "incidents": tr("Incidents (simulated)"),
    }
    return titles.get(table, table)


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
        fields.append(make_field(field.GetName(), _OGR_TYPES.get(field.GetType(), STRING)))
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


SAMPLE_RANK = {spec.table: rank for rank, spec in enumerate(SAMPLE_LAYERS)}


def sample_table_of(layer) -> Optional[str]:
    """The sample table a layer was loaded from (``...gpkg|layername=streets``), or None."""
    source = layer.source() if layer is not None else ""
    for part in source.split("|")[1:]:
        if part.startswith("layername=") and part[len("layername="):] in SAMPLE_RANK:
            return part[len("layername="):]
    return None


def style_sample_layer(layer) -> bool:
    """Apply the sample table's own QML style (QGIS may load it without its default style)."""
    from .styling import apply_style

    table = sample_table_of(layer)
    spec = next((s for s in SAMPLE_LAYERS if s.table == table), None)
    return spec is not None and apply_style(layer, spec.style)


def order_sample_layers(root, layers) -> None:
    """Put sample ``layers`` in drawing order in the layer tree ``root``: points above
    lines above polygons (``SAMPLE_LAYERS``, bottom first), where the topmost of them is.

    Nodes are moved by inserting a clone before removing the original, so the layer
    never leaves the tree (QGIS would remove it from the project).
    """
    by_parent = {}
    for layer in layers:
        node = root.findLayer(layer.id())
        table = sample_table_of(layer)
        if node is not None and table is not None:
            by_parent.setdefault(id(node.parent()), (node.parent(), []))[1].append((SAMPLE_RANK[table], node))
    for parent, ranked in by_parent.values():
        anchor = min(parent.children().index(node) for _rank, node in ranked)
        for offset, (_rank, node) in enumerate(sorted(ranked, key=lambda item: -item[0])):
            if parent.children().index(node) == anchor + offset:
                continue
            parent.insertChildNode(anchor + offset, node.clone())
            parent.removeChildNode(node)
