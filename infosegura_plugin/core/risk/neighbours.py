"""Spatial weights as sparse neighbour lists (CSR) and point pairs within a distance.

A :class:`Neighbours` holds, for each of ``n`` features, the indices of its neighbours in
compressed sparse row form: the neighbours of ``i`` are
``indices[indptr[i]:indptr[i + 1]]``, sorted, symmetric, never ``i`` itself (Gi* adds the
feature to its own neighbourhood). Weights are binary, so no weight array is kept.

Polygon contiguity goes through :mod:`..geometry_backend` (shapely 2 ``STRtree`` queries
when QGIS ships shapely 2, else QGIS's spatial index and GEOS engine); distances between
points use a numpy bucket grid (no per-feature geometry calls in Python loops).
"""

from dataclasses import dataclass
from typing import Sequence, Tuple

import numpy as np

from .. import geometry_backend
from ..cancel import check_canceled
from .grid import HEXAGON, SQUARE


@dataclass(frozen=True)
class Neighbours:
    indptr: np.ndarray
    indices: np.ndarray

    @property
    def n(self) -> int:
        return len(self.indptr) - 1

    @property
    def cardinality(self) -> np.ndarray:
        """Number of neighbours of each feature (itself not included)."""
        return np.diff(self.indptr)

    @property
    def isolates(self) -> np.ndarray:
        """Indices of the features without any neighbour."""
        return np.flatnonzero(self.cardinality == 0)

    def of(self, i: int) -> np.ndarray:
        return self.indices[self.indptr[i]:self.indptr[i + 1]]


def from_pairs(i: np.ndarray, j: np.ndarray, n: int) -> Neighbours:
    """Symmetric CSR from index pairs (either order, duplicates and self pairs dropped)."""
    i = np.asarray(i, dtype=np.int64)
    j = np.asarray(j, dtype=np.int64)
    keep = i != j
    a = np.concatenate([i[keep], j[keep]])
    b = np.concatenate([j[keep], i[keep]])
    key = np.unique(a * n + b)
    rows, cols = key // n, key % n
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=n), out=indptr[1:])
    return Neighbours(indptr, cols.astype(np.int64))


# ---------------------------------------------------------------- polygons


def contiguity(geometries: Sequence, tolerance: float = 0.0, feedback=None, chunk: int = 50_000) -> Neighbours:
    """Queen contiguity: polygons that share an edge or a vertex (or overlap).

    ``geometries``: from :func:`..geometry_backend.from_wkb` (shapely 2 geometries or
    QgsGeometry). With ``tolerance`` > 0, polygons closer than that (e.g. digitising
    slivers) count as touching too.
    """
    index = geometry_backend.PolygonIndex(geometries)
    n = len(index)
    if n == 0:
        return from_pairs(np.zeros(0), np.zeros(0), 0)
    parts_i, parts_j = [], []
    for start in range(0, n, chunk):
        check_canceled(feedback)
        stop = min(start + chunk, n)
        left, right = index.pairs(start, stop, tolerance)
        parts_i.append(left)
        parts_j.append(right)
        if feedback is not None:
            feedback.setProgress(100.0 * stop / n)
    return from_pairs(np.concatenate(parts_i), np.concatenate(parts_j), n)


# ---------------------------------------------------------------- points


def point_pairs_within(
    ax: np.ndarray, ay: np.ndarray, bx: np.ndarray, by: np.ndarray, distance: float,
    strict: bool = False, feedback=None, max_pairs: int = 5_000_000,
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """All pairs ``(i, j, d)`` with point ``a[i]`` within ``distance`` of ``b[j]``.

    ``strict``: ``d < distance`` (else ``d <= distance``). Points are bucketed into square
    cells of side ``distance``; each point of ``a`` is compared with the points of ``b``
    in its own and the eight surrounding buckets, all in numpy, in chunks that keep the
    candidate arrays under ``max_pairs``. Pairs come sorted by ``i`` then ``j``.
    """
    ax, ay, bx, by = (np.asarray(v, dtype=np.float64) for v in (ax, ay, bx, by))
    empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0))
    if len(ax) == 0 or len(bx) == 0 or not distance > 0:
        return empty
    size = float(distance)
    ox, oy = min(ax.min(), bx.min()), min(ay.min(), by.min())
    bcx = np.floor((bx - ox) / size).astype(np.int64)
    bcy = np.floor((by - oy) / size).astype(np.int64)
    height = int(max(bcy.max(), np.floor((ay.max() - oy) / size))) + 3
    bkey = (bcx + 1) * height + (bcy + 1)
    order = np.argsort(bkey, kind="stable")
    sorted_keys = bkey[order]
    acx = np.floor((ax - ox) / size).astype(np.int64) + 1
    acy = np.floor((ay - oy) / size).astype(np.int64) + 1
    offsets = [(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]

    # Ranges of b (in bucket order) for every a point and every offset.
    lo = np.empty((len(ax), 9), dtype=np.int64)
    hi = np.empty((len(ax), 9), dtype=np.int64)
    for k, (dx, dy) in enumerate(offsets):
        key = (acx + dx) * height + (acy + dy)
        lo[:, k] = np.searchsorted(sorted_keys, key, side="left")
        hi[:, k] = np.searchsorted(sorted_keys, key, side="right")
    counts = (hi - lo).sum(axis=1)
    out_i, out_j, out_d = [], [], []
    start = 0
    cumulative = np.cumsum(counts)
    while start < len(ax):
        check_canceled(feedback)
        base = cumulative[start - 1] if start else 0
        stop = int(np.searchsorted(cumulative, base + max_pairs, side="right"))
        stop = max(stop, start + 1)
        sl = slice(start, stop)
        lengths = (hi[sl] - lo[sl]).ravel()
        total = int(lengths.sum())
        if total:
            owner = np.repeat(np.repeat(np.arange(start, stop), 9), lengths)
            first = np.repeat(lo[sl].ravel(), lengths)
            within = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
            j = order[first + within]
            d = np.hypot(ax[owner] - bx[j], ay[owner] - by[j])
            keep = d < distance if strict else d <= distance
            out_i.append(owner[keep])
            out_j.append(j[keep])
            out_d.append(d[keep])
        if feedback is not None:
            feedback.setProgress(100.0 * stop / len(ax))
        start = stop
    if not out_i:
        return empty
    i, j, d = np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_d)
    order = np.lexsort((j, i))
    return i[order], j[order], d[order]


def distance_band(x: np.ndarray, y: np.ndarray, distance: float, feedback=None) -> Neighbours:
    """Binary distance band: points (e.g. polygon centroids) within ``distance`` (<=)."""
    i, j, _d = point_pairs_within(x, y, x, y, distance, strict=False, feedback=feedback)
    return from_pairs(i, j, len(x))


def min_band_distance(x: np.ndarray, y: np.ndarray) -> float:
    """The smallest distance band that gives every point at least one neighbour (the
    largest nearest-neighbour distance); 0 for fewer than two distinct points."""
    nearest = geometry_backend.nearest_distances(x, y)
    if len(nearest) < 2 or not np.isfinite(nearest).all():
        return 0.0
    return float(nearest.max())


# ---------------------------------------------------------------- regular grids


def lattice_offsets(kind: str, parity: int) -> Tuple[Tuple[int, int], ...]:
    """``(dcol, drow)`` of the cells sharing an edge or a vertex with a cell.

    Squares: the eight around it. Flat-topped hexagons laid out as in
    :mod:`.grid` (rows count downwards, odd columns shifted down half a cell): six.
    """
    if kind == SQUARE:
        return tuple((dc, dr) for dc in (-1, 0, 1) for dr in (-1, 0, 1) if dc or dr)
    if kind == HEXAGON:
        side = (-1, 0) if parity == 0 else (0, 1)
        return ((0, -1), (0, 1)) + tuple((dc, dr) for dc in (-1, 1) for dr in side)
    raise ValueError(kind)


def lattice_neighbours(col: np.ndarray, row: np.ndarray, kind: str) -> Neighbours:
    """Queen contiguity of the cells ``(col, row)`` of a regular square or hexagon grid,
    by index arithmetic (cells absent from the arrays are not neighbours)."""
    col = np.asarray(col, dtype=np.int64)
    row = np.asarray(row, dtype=np.int64)
    n = len(col)
    if n == 0:
        return from_pairs(np.zeros(0), np.zeros(0), 0)
    c0, r0 = col.min() - 1, row.min() - 1
    height = int(row.max() - r0 + 2)
    key = (col - c0) * height + (row - r0)
    order = np.argsort(key)
    sorted_key = key[order]
    parts_i, parts_j = [], []
    for parity in (0, 1) if kind == HEXAGON else (0,):
        which = np.flatnonzero((col & 1) == parity) if kind == HEXAGON else np.arange(n)
        for dc, dr in lattice_offsets(kind, parity):
            target = (col[which] + dc - c0) * height + (row[which] + dr - r0)
            pos = np.minimum(np.searchsorted(sorted_key, target), n - 1)
            found = sorted_key[pos] == target
            parts_i.append(which[found])
            parts_j.append(order[pos[found]])
    return from_pairs(np.concatenate(parts_i), np.concatenate(parts_j), n)

