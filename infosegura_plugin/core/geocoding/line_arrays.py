"""Whole-layer geometry steps of the geocoder's build, one call per layer instead of one
per feature.

Two implementations with the same results, as in ``core.geometry_backend`` (whose switch
they share, ``geometry_backend.use_shapely``):

* shapely >= 2: vectorised GEOS calls (``from_wkb``, ``bounds``, ``line_interpolate_point``,
  ``STRtree`` candidates, ``intersects`` and ``distance`` on arrays);
* otherwise (shapely 1.8, as stock QGIS on Debian 12 ships it): the same GEOS operations
  called geometry by geometry.

Each function makes the same GEOS call on the same coordinates either way (a prepared
polygon's ``intersects``, ``distance``, normalised interpolation, envelopes), so the
results are identical, not merely close.
"""

from typing import List, Optional, Sequence, Tuple

from ..geometry_backend import _shapely

Box = Tuple[float, float, float, float]


def _vectorised():
    """The shapely 2 module, or None for the geometry-by-geometry path."""
    return _shapely()


def shapes_from_wkb(wkbs: Sequence[bytes]) -> list:
    """Shapely geometries from WKB."""
    shapely = _vectorised()
    if shapely is not None:
        return list(shapely.from_wkb(list(wkbs))) if len(wkbs) else []
    from shapely import wkb

    return [wkb.loads(w) for w in wkbs]


def bounds_of(geometries: Sequence) -> List[Box]:
    """(xmin, ymin, xmax, ymax) of each geometry."""
    shapely = _vectorised()
    if shapely is not None:
        if not len(geometries):
            return []
        return [tuple(row) for row in shapely.bounds(_array(geometries)).tolist()]
    from shapely.geometry import LineString

    # shapely 1.8 reads a line's envelope slowly: the same minima and maxima of its
    # vertices, read from them (other geometries as they are).
    return [_line_bounds(g) if g.__class__ is LineString else tuple(g.bounds) for g in geometries]


def _line_bounds(line) -> Box:
    xs, ys = [], []
    for vertex in line.coords:
        xs.append(vertex[0])
        ys.append(vertex[1])
    return (min(xs), min(ys), max(xs), max(ys)) if xs else tuple(line.bounds)


def midpoints_of(lines: Sequence) -> List[Tuple[float, float]]:
    """The point half-way along each line (GEOS normalised interpolation)."""
    shapely = _vectorised()
    if shapely is not None:
        if not len(lines):
            return []
        coords = shapely.get_coordinates(shapely.line_interpolate_point(_array(lines), 0.5, normalized=True))
        return [tuple(row) for row in coords.tolist()]
    points = [line.interpolate(0.5, normalized=True) for line in lines]
    return [xy_of(p) for p in points]


def xy_of(point) -> Tuple[float, float]:
    """A point's (x, y): on shapely 1.8 one read of its coordinates, not one for x and one for y."""
    x, y = point.coords[0][:2]
    return x, y


def coordinates_xy(line) -> List[Tuple[float, float]]:
    """The (x, y) of each vertex of a line, Z and M left out."""
    shapely = _vectorised()
    if shapely is not None:
        return list(map(tuple, shapely.get_coordinates(line).tolist()))
    return [tuple(c[:2]) for c in line.coords]


def middle_points(geometries: Sequence) -> List[Tuple[float, float]]:
    """``street_index.middle_point`` of each (multi)line: half-way along its longest
    continuous part (parts merged first; the first of equally long ones)."""
    shapely = _vectorised()
    if shapely is None:
        from .street_index import middle_point

        return [middle_point(geometry) for geometry in geometries]
    if not len(geometries):
        return []
    import numpy as np

    merged = _array(geometries).copy()
    multi = shapely.get_type_id(merged) == 5  # MultiLineString
    if multi.any():
        merged[multi] = shapely.line_merge(merged[multi])
    parts, owner = shapely.get_parts(merged, return_index=True)
    lengths = shapely.length(parts)
    # Each geometry's longest part: by owner, longest first, the earlier part of equals first.
    order = np.lexsort((np.arange(len(parts)), -lengths, owner))
    first = np.ones(len(order), dtype=bool)
    first[1:] = owner[order][1:] != owner[order][:-1]
    longest = parts[order[first]]
    points = shapely.line_interpolate_point(longest, 0.5, normalized=True)
    return [tuple(row) for row in shapely.get_coordinates(points).tolist()]


def lengths_of(lines: Sequence) -> List[float]:
    shapely = _vectorised()
    if shapely is not None:
        return shapely.length(_array(lines)).tolist() if len(lines) else []
    return [line.length for line in lines]


def type_names_of(geometries: Sequence) -> List[str]:
    """``geom_type`` of each geometry."""
    shapely = _vectorised()
    if shapely is not None:
        if not len(geometries):
            return []
        names = {0: "Point", 1: "LineString", 2: "LinearRing", 3: "Polygon", 4: "MultiPoint",
                 5: "MultiLineString", 6: "MultiPolygon", 7: "GeometryCollection"}
        return [names.get(t, "Unknown") for t in shapely.get_type_id(_array(geometries)).tolist()]
    return [g.geom_type for g in geometries]


def distances(first: Sequence, second: Sequence) -> List[float]:
    """``first[k].distance(second[k])`` for every k."""
    shapely = _vectorised()
    if shapely is not None:
        if not len(first):
            return []
        return shapely.distance(_array(first), _array(second)).tolist()
    return [a.distance(b) for a, b in zip(first, second)]


def distances_to(geometry, others: Sequence) -> List[float]:
    """``geometry.distance(other)`` for each of ``others``."""
    shapely = _vectorised()
    if shapely is not None:
        return shapely.distance(geometry, _array(others)).tolist() if len(others) else []
    return [geometry.distance(other) for other in others]


def multi_line(lines: Sequence):
    """A MultiLineString of the lines (the same geometry as ``MultiLineString(lines)``)."""
    shapely = _vectorised()
    if shapely is not None:
        return shapely.multilinestrings(_array(lines))
    from shapely.geometry import MultiLineString

    return MultiLineString(list(lines))


class PolygonHits:
    """Which polygons hold points: ``prepared.intersects(point)``, as ``AreaIndex`` and
    ``TownIndex`` ask it one point at a time, for many points at once."""

    def __init__(self, polygons: Sequence, prepared: Sequence, boxes: Sequence[Box]):
        """``prepared[i]`` is ``shapely.prepared.prep(polygons[i])``; ``boxes[i]`` its bounds."""
        self.polygons = list(polygons)
        self.prepared = list(prepared)
        self.boxes = list(boxes)
        self._tree = None

    def at_points(self, xy: Sequence[Tuple[float, float]], box_index=None) -> List[List[int]]:
        """For each point, the polygon indices that hold it, in increasing order.

        ``box_index`` (a ``BoxIndex`` of the same boxes) serves the per-point path."""
        if not len(xy):
            return []
        if not self.polygons:
            return [[] for _ in xy]
        shapely = _vectorised()
        if shapely is None:
            return [self._at_point(x, y, box_index) for x, y in xy]
        import numpy as np

        if self._tree is None:
            self._tree = shapely.STRtree(_array(self.polygons))
            for polygon in self.polygons:
                shapely.prepare(polygon)
        coords = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
        points = shapely.points(coords)
        point_index, polygon_index = self._tree.query(points)
        found: List[List[int]] = [[] for _ in range(len(coords))]
        if len(point_index):
            polygons = _array(self.polygons)[polygon_index]
            hit = shapely.intersects(polygons, points[point_index])
            for p, g in zip(point_index[hit].tolist(), polygon_index[hit].tolist()):
                found[p].append(g)
        for ids in found:
            ids.sort()
        return found

    def _at_point(self, x: float, y: float, box_index) -> List[int]:
        from shapely.geometry import Point

        candidates = box_index.at(x, y) if box_index is not None else [
            i for i, (x0, y0, x1, y1) in enumerate(self.boxes) if x0 <= x <= x1 and y0 <= y <= y1]
        if not candidates:
            return []  # in no polygon's box: no point to make
        point = Point(x, y)
        return sorted(i for i in candidates if self.prepared[i].intersects(point))


def near_pairs(boxes: Sequence[Box], gap: float) -> Tuple[List[int], List[int]]:
    """Pairs (a, b), a < b, of boxes at most ``gap`` apart along both axes, tested as
    ``not (bx0 > ax1 + gap or ax0 > bx1 + gap or by0 > ay1 + gap or ay0 > by1 + gap)``,
    in the order of a, then b."""
    n = len(boxes)
    if n < 2:
        return [], []
    if n < 8:
        first, second = [], []
        for a in range(n):
            ax0, ay0, ax1, ay1 = boxes[a]
            for b in range(a + 1, n):
                bx0, by0, bx1, by1 = boxes[b]
                if bx0 > ax1 + gap or ax0 > bx1 + gap or by0 > ay1 + gap or ay0 > by1 + gap:
                    continue
                first.append(a)
                second.append(b)
        return first, second
    shapely = _vectorised()
    if shapely is None or n < 64:
        return _near_pairs_by_rows(boxes, gap)
    import numpy as np

    box = np.asarray(boxes, dtype=np.float64)
    # Candidates from a tree of the boxes grown a little more than the gap, then the exact test.
    reach = gap + 1e-6 * (1.0 + float(np.abs(box).max()))
    grown = shapely.box(box[:, 0] - reach, box[:, 1] - reach, box[:, 2] + reach, box[:, 3] + reach)
    tree = shapely.STRtree(shapely.box(box[:, 0], box[:, 1], box[:, 2], box[:, 3]))
    a, b = tree.query(grown)
    keep = a < b
    a, b = a[keep], b[keep]
    far = ((box[b, 0] > box[a, 2] + gap) | (box[a, 0] > box[b, 2] + gap)
           | (box[b, 1] > box[a, 3] + gap) | (box[a, 1] > box[b, 3] + gap))
    a, b = a[~far], b[~far]
    order = np.lexsort((b, a))
    return a[order].tolist(), b[order].tolist()


def _near_pairs_by_rows(boxes: Sequence[Box], gap: float) -> Tuple[List[int], List[int]]:
    """``near_pairs`` as numpy comparisons of a few rows of boxes against all at a time."""
    import numpy as np

    box = np.asarray(boxes, dtype=np.float64)
    n = len(box)
    x0, y0, x1, y1 = box[:, 0], box[:, 1], box[:, 2], box[:, 3]
    columns = np.arange(n)
    rows_at_once = max(1, 1_000_000 // n)
    first, second = [], []
    for start in range(0, n, rows_at_once):
        rows = slice(start, min(n, start + rows_at_once))
        far = ((x0[None, :] > x1[rows, None] + gap) | (x0[rows, None] > x1[None, :] + gap)
               | (y0[None, :] > y1[rows, None] + gap) | (y0[rows, None] > y1[None, :] + gap))
        far |= columns[None, :] <= columns[rows, None]
        a, b = np.nonzero(~far)
        first.extend((a + start).tolist())
        second.extend(b.tolist())
    return first, second


def _array(geometries):
    import numpy as np

    if isinstance(geometries, np.ndarray):
        return geometries
    return np.fromiter(geometries, dtype=object, count=len(geometries))


def vectorised_module():
    """The shapely 2 module when its path is in use, else None."""
    return _vectorised()


def vectorised() -> bool:
    """True when the shapely 2 path is in use."""
    return _vectorised() is not None


def first_minimum(values: Sequence[float]) -> Optional[int]:
    """Index of the first smallest value (as ``min(range(n), key=values.__getitem__)``)."""
    best = None
    for i, value in enumerate(values):
        if best is None or value < values[best]:
            best = i
    return best
