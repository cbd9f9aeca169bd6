"""Counting points (or line starts) per polygon, reprojected, with progress and cancel."""

from typing import Dict, List, Optional, Set

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ..cancel import check_canceled


class PolygonIndex:
    """The polygons of a layer, found by point."""

    def __init__(self, layer, feedback=None):
        self.crs = layer.crs()
        self.geometries: Dict[int, QgsGeometry] = {}
        self.index = QgsSpatialIndex()
        for count, feature in enumerate(layer.getFeatures(QgsFeatureRequest().setNoAttributes())):
            if count % 2000 == 0:
                check_canceled(feedback)
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            self.geometries[feature.id()] = geometry
            self.index.addFeature(feature)

    def find(self, point: QgsPointXY) -> Optional[int]:
        for fid in self.index.intersects(QgsGeometry.fromPointXY(point).boundingBox()):
            if self.geometries[fid].contains(point):
                return fid
        return None


def _anchor(geometry: QgsGeometry) -> Optional[QgsPointXY]:
    """A point's position; a line's first vertex (a conflict line starts at the outlet)."""
    if geometry is None or geometry.isEmpty():
        return None
    if geometry.type() == QgsWkbTypes.PointGeometry:
        return geometry.asPoint() if not geometry.isMultipart() else QgsPointXY(geometry.vertexAt(0))
    return QgsPointXY(geometry.vertexAt(0))


def count_in(polygons: PolygonIndex, layer, skip_ids: Set[int] = frozenset(), feedback=None):
    """``(counts per polygon id, ids of features outside every polygon)``."""
    transform = QgsCoordinateTransform(layer.crs(), polygons.crs, QgsProject.instance().transformContext())
    counts: Dict[int, int] = {fid: 0 for fid in polygons.geometries}
    outside: List[int] = []
    for count, feature in enumerate(layer.getFeatures(QgsFeatureRequest().setNoAttributes())):
        if count % 2000 == 0:
            check_canceled(feedback)
        if feature.id() in skip_ids:
            continue
        point = _anchor(feature.geometry())
        if point is None:
            outside.append(feature.id())
            continue
        if layer.crs() != polygons.crs:
            point = transform.transform(point)
        fid = polygons.find(point)
        if fid is None:
            outside.append(feature.id())
        else:
            counts[fid] += 1
    return counts, outside
