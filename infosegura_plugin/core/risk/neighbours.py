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
from ..point_pairs import point_pairs_within
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

