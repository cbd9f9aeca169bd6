"""The vectorised geometry operations the risk code needs, on any stock QGIS.

Two implementations with the same results:

* shapely >= 2 when it can be imported (vectorised GEOS calls, ``STRtree``): the fast path;
* otherwise (no shapely, or shapely 1.8 as in Debian's and older QGIS builds) QGIS's own
  GEOS wrappers (``QgsGeometry``, prepared ``QgsGeometryEngine``, ``QgsSpatialIndex``)
  and numpy. Every predicate, distance, centroid and area still comes from GEOS, so the
  pairs, masks and values are the same (areas and distances up to float rounding).

Geometries are opaque: :func:`from_wkb` gives an object array of shapely geometries or of
``QgsGeometry``; the fallback also accepts shapely geometries of any version and WKB.
The choice is made on first use; :func:`use_shapely` forces the fallback (tests).
"""

from typing import Iterable, Optional, Sequence, Tuple

import numpy as np

from .point_pairs import point_pairs_within

_forced_off = False
_shapely_module = None  # None: not probed yet; False: no shapely >= 2


def _probe():
    global _shapely_module
    if _shapely_module is None:
        try:
            import shapely

            major = int(str(getattr(shapely, "__version__", "0")).split(".")[0])
            ok = major >= 2 and hasattr(shapely, "STRtree") and hasattr(shapely, "from_wkb")
        except (ImportError, ValueError):
            ok = False
        _shapely_module = shapely if ok else False
    return _shapely_module


def _shapely():
    """The shapely 2 module, or None when the fallback is in use."""
    if _forced_off:
        return None
    return _probe() or None


def shapely_available() -> bool:
    """shapely >= 2 can be imported (whether or not it is in use)."""
    return bool(_probe())


def using_shapely() -> bool:
    """The shapely 2 implementation is in use."""
    return _shapely() is not None


def use_shapely(enabled: bool) -> bool:
    """``False`` forces the QGIS + numpy fallback; ``True`` goes back to shapely 2 when it
    is importable. Returns the previous setting (for tests to restore)."""
    global _forced_off
    previous = not _forced_off
    _forced_off = not enabled
    return previous


# ---------------------------------------------------------------- helpers (fallback)


def _object_array(items: Iterable) -> np.ndarray:
    items = list(items)
    out = np.empty(len(items), dtype=object)
    for i, item in enumerate(items):
        out[i] = item
    return out


def _qgs(geometry):
    """A ``QgsGeometry`` (or None) from a QgsGeometry, WKB bytes or any shapely geometry."""
    from qgis.core import QgsGeometry

    if geometry is None or isinstance(geometry, QgsGeometry):
        return geometry
    if not isinstance(geometry, (bytes, bytearray, memoryview)):
        if getattr(geometry, "is_empty", False):
            return None
        geometry = geometry.wkb
    result = QgsGeometry()
    result.fromWkb(bytes(geometry))
    return result


def _qgs_array(geometries) -> np.ndarray:
    if isinstance(geometries, np.ndarray) and geometries.dtype == object and all(
            g is None or type(g).__name__ == "QgsGeometry" for g in geometries):
        return geometries
    return _object_array(_qgs(g) for g in geometries)


def _engine(geometry, prepare: bool = False):
    from qgis.core import QgsGeometry

    engine = QgsGeometry.createGeometryEngine(geometry.constGet())
    if prepare:
        engine.prepareGeometry()
    return engine


def _usable(geometry) -> bool:
    return geometry is not None and not geometry.isNull() and not geometry.isEmpty()


# ---------------------------------------------------------------- conversions, measures


def from_wkb(wkbs: Sequence[Optional[bytes]]) -> np.ndarray:
    """Object array of geometries from WKB (None stays None)."""
    shapely = _shapely()
    if shapely is not None:
        return shapely.from_wkb(list(wkbs))
    return _object_array(_qgs(w) if w is not None else None for w in wkbs)


def as_array(geometries) -> np.ndarray:
    """The geometries as a 1-d object array of the implementation in use."""
    shapely = _shapely()
    if shapely is not None:
        return np.asarray(geometries, dtype=object)
    return _qgs_array(geometries)


def make_valid(geometries) -> np.ndarray:
    """GEOS MakeValid (valid geometries come back unchanged)."""
    shapely = _shapely()
    if shapely is not None:
        return shapely.make_valid(geometries)
    out = []
    for g in _qgs_array(geometries):
        if not _usable(g) or g.isGeosValid():
            out.append(g)
        else:
            out.append(g.makeValid())
    return _object_array(out)


def centroids_xy(geometries) -> Tuple[np.ndarray, np.ndarray]:
    """``(x, y)`` of the GEOS centroids (NaN for missing or empty geometries)."""
    shapely = _shapely()
    if shapely is not None:
        centroids = shapely.centroid(geometries)
        return shapely.get_x(centroids), shapely.get_y(centroids)
    geometries = _qgs_array(geometries)
    x = np.full(len(geometries), np.nan)
    y = np.full(len(geometries), np.nan)
    for i, g in enumerate(geometries):
        if _usable(g):
            point = _engine(g).centroid()
            x[i], y[i] = point.x(), point.y()
    return x, y


def areas(geometries) -> np.ndarray:
    """GEOS areas (NaN for missing geometries, 0 for empty ones)."""
    shapely = _shapely()
    if shapely is not None:
        return shapely.area(geometries)
    geometries = _qgs_array(geometries)
    out = np.full(len(geometries), np.nan)
    for i, g in enumerate(geometries):
        if g is not None and not g.isNull():
            out[i] = _engine(g).area() if not g.isEmpty() else 0.0
    return out


# ---------------------------------------------------------------- predicates


def polygons_intersecting(rings: np.ndarray, area_wkb: bytes) -> np.ndarray:
    """Mask: which of the polygons with exterior ``rings`` (``(n, k, 2)`` closed) intersect
    the area (WKB), by a prepared GEOS ``intersects``."""
    shapely = _shapely()
    if shapely is not None:
        return polygons_intersecting_shapely(rings, area_wkb, shapely)
    return polygons_intersecting_qgis(rings, area_wkb)


def polygons_intersecting_shapely(rings: np.ndarray, area_wkb: bytes, shapely=None) -> np.ndarray:
    if shapely is None:
        import shapely
    area = shapely.from_wkb(area_wkb)
    shapely.prepare(area)
    return shapely.intersects(shapely.polygons(np.asarray(rings, dtype=np.float64)), area)


def polygons_intersecting_qgis(rings: np.ndarray, area_wkb: bytes) -> np.ndarray:
    from qgis.core import QgsLineString, QgsPolygon

    rings = np.asarray(rings, dtype=np.float64)
    result = np.zeros(len(rings), dtype=bool)
    if len(rings) == 0:
        return result
    engine = _engine(_qgs(area_wkb), prepare=True)
    xs, ys = rings[:, :, 0].tolist(), rings[:, :, 1].tolist()
    for i in range(len(rings)):
        result[i] = engine.intersects(QgsPolygon(QgsLineString(xs[i], ys[i])))
    return result


def polygons_overlapping(rings: np.ndarray, area_wkb: bytes) -> np.ndarray:
    """Mask: which of the polygons with exterior ``rings`` (``(n, k, 2)`` closed) share
    some area with the area (WKB): they intersect it and do not merely touch its boundary."""
    shapely = _shapely()
    if shapely is not None:
        return polygons_overlapping_shapely(rings, area_wkb, shapely)
    return polygons_overlapping_qgis(rings, area_wkb)


def polygons_overlapping_shapely(rings: np.ndarray, area_wkb: bytes, shapely=None) -> np.ndarray:
    if shapely is None:
        import shapely
    area = shapely.from_wkb(area_wkb)
    shapely.prepare(area)
    polygons = shapely.polygons(np.asarray(rings, dtype=np.float64))
    return shapely.intersects(polygons, area) & ~shapely.touches(polygons, area)


def polygons_overlapping_qgis(rings: np.ndarray, area_wkb: bytes) -> np.ndarray:
    from qgis.core import QgsLineString, QgsPolygon

    rings = np.asarray(rings, dtype=np.float64)
    result = np.zeros(len(rings), dtype=bool)
    if len(rings) == 0:
        return result
    engine = _engine(_qgs(area_wkb), prepare=True)
    xs, ys = rings[:, :, 0].tolist(), rings[:, :, 1].tolist()
    for i in range(len(rings)):
        polygon = QgsPolygon(QgsLineString(xs[i], ys[i]))
        result[i] = engine.intersects(polygon) and not engine.touches(polygon)
    return result


def points_in_polygons(x, y, polygons) -> Tuple[np.ndarray, np.ndarray]:
    """All pairs ``(point_index, polygon_index)`` with the point intersecting the polygon
    (boundary included), sorted by point then polygon."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    empty = np.zeros(0, dtype=np.int64)
    if len(x) == 0 or len(polygons) == 0:
        return empty, empty.copy()
    shapely = _shapely()
    if shapely is not None:
        tree = shapely.STRtree(np.asarray(polygons, dtype=object))
        point_index, polygon_index = tree.query(shapely.points(x, y), predicate="intersects")
    else:
        from qgis.core import QgsPoint

        parts_p, parts_g = [], []
        for k, g in enumerate(_qgs_array(polygons)):
            if not _usable(g):
                continue
            box = g.boundingBox()
            candidates = np.flatnonzero((x >= box.xMinimum()) & (x <= box.xMaximum())
                                        & (y >= box.yMinimum()) & (y <= box.yMaximum()))
            if len(candidates) == 0:
                continue
            engine = _engine(g, prepare=True)
            cx, cy = x[candidates].tolist(), y[candidates].tolist()
            hit = np.fromiter((engine.intersects(QgsPoint(a, b)) for a, b in zip(cx, cy)),
                              dtype=bool, count=len(candidates))
            parts_p.append(candidates[hit])
            parts_g.append(np.full(int(hit.sum()), k, dtype=np.int64))
        if not parts_p:
            return empty, empty.copy()
        point_index, polygon_index = np.concatenate(parts_p), np.concatenate(parts_g)
    point_index = np.asarray(point_index, dtype=np.int64)
    polygon_index = np.asarray(polygon_index, dtype=np.int64)
    order = np.lexsort((polygon_index, point_index))
    return point_index[order], polygon_index[order]


class PolygonIndex:
    """A spatial index of polygons for contiguity: :meth:`pairs` gives the pairs
    ``(i, j)`` (self pairs included, as GEOS finds them) for ``i`` in a range."""

    def __init__(self, geometries):
        self._shapely = _shapely()
        if self._shapely is not None:
            self.geometries = np.asarray(geometries, dtype=object)
            self._tree = self._shapely.STRtree(self.geometries)
            return
        from qgis.core import QgsSpatialIndex

        self.geometries = _qgs_array(geometries)
        self._boxes = [g.boundingBox() if _usable(g) else None for g in self.geometries]
        self._index = QgsSpatialIndex()
        for i, box in enumerate(self._boxes):
            if box is not None:
                self._index.addFeature(i, box)

    def __len__(self) -> int:
        return len(self.geometries)

    def pairs(self, start: int, stop: int, tolerance: float = 0.0) -> Tuple[np.ndarray, np.ndarray]:
        """``(i, j)``: polygon ``i`` in ``start:stop`` intersects ``j`` or, with
        ``tolerance`` > 0, lies within that distance of it. Sorted by ``i`` then ``j``."""
        shapely = self._shapely
        if shapely is not None:
            batch = self.geometries[start:stop]
            if tolerance > 0:
                left, right = self._tree.query(shapely.buffer(shapely.envelope(batch), tolerance))
                close = shapely.distance(batch[left], self.geometries[right]) <= tolerance
                left, right = left[close], right[close]
            else:
                left, right = self._tree.query(batch, predicate="intersects")
            left = np.asarray(left, dtype=np.int64) + start
            right = np.asarray(right, dtype=np.int64)
        else:
            left, right = self._fallback_pairs(start, stop, tolerance)
        order = np.lexsort((right, left))
        return left[order], right[order]

    def _fallback_pairs(self, start, stop, tolerance):
        margin = max(float(tolerance), 0.0) * (1.0 + 1e-9)
        parts_i, parts_j = [], []
        for i in range(start, stop):
            box = self._boxes[i]
            if box is None:
                continue
            pad = margin + 1e-9 * max(abs(box.xMinimum()), abs(box.xMaximum()), abs(box.yMinimum()),
                                      abs(box.yMaximum()), 1.0)
            search = box.buffered(pad)
            candidates = sorted(self._index.intersects(search))
            if not candidates:
                continue
            engine = _engine(self.geometries[i], prepare=tolerance <= 0)
            if tolerance > 0:
                keep = [j for j in candidates if engine.distance(self.geometries[j].constGet()) <= tolerance]
            else:
                keep = [j for j in candidates if engine.intersects(self.geometries[j].constGet())]
            parts_i.append(np.full(len(keep), i, dtype=np.int64))
            parts_j.append(np.asarray(keep, dtype=np.int64))
        if not parts_i:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(parts_i), np.concatenate(parts_j)


def touching_pairs(geometries, tolerance: float = 0.0) -> Tuple[np.ndarray, np.ndarray]:
    """All pairs ``(i, j)``, ``i != j``, of polygons that intersect (share an edge or a
    vertex, or overlap) or lie within ``tolerance`` of each other; sorted."""
    index = PolygonIndex(geometries)
    i, j = index.pairs(0, len(index), tolerance)
    keep = i != j
    return i[keep], j[keep]


# ---------------------------------------------------------------- points


def nearest_distances(x, y) -> np.ndarray:
    """For each point, the distance to the nearest point at another location (points at
    the same location are ignored, as shapely's ``exclusive=True``); inf when none."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n = len(x)
    nearest = np.full(n, np.inf)
    if n < 2:
        return nearest
    shapely = _shapely()
    if shapely is not None:
        points = shapely.points(x, y)
        tree = shapely.STRtree(points)
        (left, _right), dist = tree.query_nearest(points, return_distance=True, exclusive=True, all_matches=False)
        np.minimum.at(nearest, left, dist)
        return nearest
    return _nearest_numpy(x, y)


def _nearest_numpy(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Bucketed search with a growing radius: a point whose candidates within ``d`` include
    another location has its exact nearest distance (every pair within ``d`` is seen)."""
    nearest_all = np.full(len(x), np.inf)
    unique, inverse = np.unique(np.column_stack([x, y]), axis=0, return_inverse=True)
    inverse = np.asarray(inverse).reshape(-1)
    m = len(unique)
    if m < 2:
        return nearest_all
    ux, uy = unique[:, 0], unique[:, 1]
    span = max(float(np.ptp(ux)), float(np.ptp(uy)))
    nearest = np.full(m, np.inf)
    todo = np.arange(m)
    distance = span / m
    while len(todo):
        i, j, d = point_pairs_within(ux[todo], uy[todo], ux, uy, distance)
        other = todo[i] != j
        np.minimum.at(nearest, todo[i[other]], d[other])
        todo = todo[~np.isfinite(nearest[todo])]
        distance *= 2.0
    return nearest[inverse]

