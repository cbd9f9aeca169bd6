"""Hexagon and square grids as numpy lattices, laid out exactly like ``native:creategrid``.

A :class:`Lattice` is the full rectangle of cells over an extent; the analysis keeps the
cells that share area with the study area (whole cells, never clipped; a cell that only
touches the boundary is not kept). Everything here is
index arithmetic on arrays: no per-cell geometry objects except for the exact
"intersects" test on the thin band of cells the study-area boundary passes through.

Layout (the same as QGIS ``native:creategrid`` given :meth:`Lattice.qgis_extent`):

* square: side ``cell_size``; column ``c`` spans ``x0 + c*s .. x0 + (c+1)*s``, row ``r``
  spans ``y0 - (r+1)*s .. y0 - r*s`` (rows count downwards from the top edge ``y0``).
* hexagon: flat-topped, ``cell_size`` is the flat-to-flat width (QGIS ``VSPACING``, the
  distance between neighbouring centres); circumradius ``R = s/sqrt(3)``; columns step
  ``1.5 R``; odd columns are shifted down by half a cell.

``cell_id = col * nrows + row + 1``: the feature id QGIS gives the same cell.

Points on a shared edge belong to exactly one cell, so counts add up: a square's west
and north edges are its own (a point on a vertical edge goes to the cell east of it, on
a horizontal edge to the cell south of it); a point equidistant from two hexagon centres
goes to the eastern column, or within a column to the southern row.
"""

import math
from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

import numpy as np

from .. import geometry_backend
from ..cancel import CanceledError, check_canceled  # noqa: F401 (re-exported for older imports)

SQRT3 = math.sqrt(3.0)
HEXAGON = "hexagon"
SQUARE = "square"
MAX_LATTICE_CELLS = 60_000_000  # the rectangle of cells over the study area's box (dense arrays)
# Cells a grid may have unless the user raises it: national Belize at 100 m is ~2.3 million.
DEFAULT_MAX_CELLS = 5_000_000
# Rough costs per cell, from benchmarks/bench_risk.py (national run, 100 m squares):
# GeoPackage bytes (polygon, attributes, spatial index) and seconds end to end.
BYTES_PER_CELL = 300
SECONDS_PER_CELL = 50e-6


@dataclass(frozen=True)
class Lattice:
    kind: str
    cell_size: float
    x0: float
    y0: float
    ncols: int
    nrows: int

    @property
    def hex_radius(self) -> float:
        return self.cell_size / SQRT3

    @property
    def col_step(self) -> float:
        return self.cell_size if self.kind == SQUARE else 1.5 * self.hex_radius

    @property
    def circumradius(self) -> float:
        """Largest distance from a cell's centre to its boundary."""
        return self.cell_size / math.sqrt(2.0) if self.kind == SQUARE else self.hex_radius

    @property
    def cell_area(self) -> float:
        s = self.cell_size
        return s * s if self.kind == SQUARE else SQRT3 / 2.0 * s * s

    @property
    def size(self) -> int:
        return self.ncols * self.nrows

    def centres(self, col: np.ndarray, row: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        s = self.cell_size
        col = np.asarray(col)
        row = np.asarray(row)
        if self.kind == SQUARE:
            return self.x0 + (col + 0.5) * s, self.y0 - (row + 0.5) * s
        x = self.x0 + self.hex_radius + col * self.col_step
        y = self.y0 - 0.5 * s - row * s - (col & 1) * (0.5 * s)
        return x, y

    def cell_ids(self, col: np.ndarray, row: np.ndarray) -> np.ndarray:
        return np.asarray(col, dtype=np.int64) * self.nrows + np.asarray(row, dtype=np.int64) + 1

    def flat_index(self, col: np.ndarray, row: np.ndarray) -> np.ndarray:
        return np.asarray(col, dtype=np.int64) * self.nrows + np.asarray(row, dtype=np.int64)

    def from_flat(self, index: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
        index = np.asarray(index, dtype=np.int64)
        return index // self.nrows, index % self.nrows

    def contains_index(self, col: np.ndarray, row: np.ndarray) -> np.ndarray:
        return (col >= 0) & (col < self.ncols) & (row >= 0) & (row < self.nrows)

    def locate(self, x: np.ndarray, y: np.ndarray) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(col, row, inside)`` of the cell holding each point (tie rule in the module doc)."""
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        s = self.cell_size
        if self.kind == SQUARE:
            col = np.floor((x - self.x0) / s).astype(np.int64)
            row = np.floor((self.y0 - y) / s).astype(np.int64)
        else:
            c0 = np.floor((x - self.x0 - self.hex_radius) / self.col_step).astype(np.int64)
            c1 = c0 + 1
            r0 = np.floor((self.y0 - (c0 & 1) * 0.5 * s - y) / s).astype(np.int64)
            r1 = np.floor((self.y0 - (c1 & 1) * 0.5 * s - y) / s).astype(np.int64)
            x0c, y0c = self.centres(c0, r0)
            x1c, y1c = self.centres(c1, r1)
            east = (x1c - x) ** 2 + (y1c - y) ** 2 <= (x0c - x) ** 2 + (y0c - y) ** 2
            col = np.where(east, c1, c0)
            row = np.where(east, r1, r0)
        return col, row, self.contains_index(col, row)

    def ring_coords(self, col: np.ndarray, row: np.ndarray) -> np.ndarray:
        """Closed rings ``(n, 5, 2)`` (square) or ``(n, 7, 2)`` (hexagon), QGIS vertex order."""
        cx, cy = self.centres(col, row)
        h = 0.5 * self.cell_size
        if self.kind == SQUARE:
            dx = np.array([-h, h, h, -h, -h])
            dy = np.array([h, h, -h, -h, h])
        else:
            r = self.hex_radius
            dx = np.array([-r, -0.5 * r, 0.5 * r, r, 0.5 * r, -0.5 * r, -r])
            dy = np.array([0.0, h, h, 0.0, -h, -h, 0.0])
        return np.stack([cx[:, None] + dx[None, :], cy[:, None] + dy[None, :]], axis=-1)

    def qgis_extent(self) -> Tuple[float, float, float, float]:
        """``(xmin, ymin, xmax, ymax)`` for which ``native:creategrid`` builds this lattice.

        Widths end half a step short of the last column/row so QGIS's ``ceil`` gives the
        same counts whatever the rounding."""
        s = self.cell_size
        xmax = self.x0 + (self.ncols - 0.5) * self.col_step
        ymin = self.y0 - (self.nrows - 0.5) * s
        return self.x0, ymin, xmax, self.y0


def make_lattice(bbox: Sequence[float], cell_size: float, kind: str) -> Lattice:
    """The lattice over ``bbox`` (xmin, ymin, xmax, ymax) padded so every cell that can
    touch the box exists (QGIS's hexagon grid leaves gaps along its own border)."""
    if kind not in (HEXAGON, SQUARE):
        raise ValueError(kind)
    if not cell_size > 0:
        raise ValueError("cell_size must be positive")
    xmin, ymin, xmax, ymax = (float(v) for v in bbox)
    s = float(cell_size)
    if kind == SQUARE:
        pad_x, col_step = s, s
    else:
        pad_x, col_step = 2.0 * s / SQRT3, 1.5 * s / SQRT3
    pad_y = s
    x0, y0 = xmin - pad_x, ymax + pad_y
    ncols = int(math.ceil((xmax - xmin + 2 * pad_x) / col_step))
    nrows = int(math.ceil((ymax - ymin + 2 * pad_y) / s))
    return Lattice(kind, s, x0, y0, max(ncols, 1), max(nrows, 1))


# ---------------------------------------------------------------- size estimate


@dataclass(frozen=True)
class GridEstimate:
    """What a grid would cost, known before any cell is made."""

    lattice_cells: int  # the rectangle over the study area's box
    cells: int          # about this many cells share area with the study area
    disk_bytes: int
    seconds: float


class GridTooLargeError(ValueError):
    """A grid beyond the limits; the message says how large and what to do."""


def estimate_grid(rings: List[np.ndarray], area_wkb: bytes, bbox: Sequence[float], cell_size: float,
                  kind: str) -> GridEstimate:
    """Cells of a ``kind`` grid of ``cell_size`` over the study area (its ``rings`` and
    WKB): its area over a cell's, plus a band of cells along the boundary."""
    lattice = make_lattice(bbox, cell_size, kind)
    area = float(geometry_backend.areas(geometry_backend.from_wkb([area_wkb]))[0])
    perimeter = sum(float(np.hypot(*np.diff(np.asarray(r, dtype=np.float64), axis=0).T).sum())
                    for r in rings if len(r) > 1)
    cells = int(min(lattice.size, max(area, 0.0) / lattice.cell_area + perimeter / cell_size + 1))
    return GridEstimate(lattice.size, cells, cells * BYTES_PER_CELL, cells * SECONDS_PER_CELL)


def check_grid_size(estimate: GridEstimate, max_cells: int, cell_size: float, area_name: str) -> None:
    """Refuse a grid beyond ``max_cells`` cells or the lattice memory limit, with the
    estimate in the message."""
    from ...i18n import tr

    if estimate.cells > max_cells or estimate.lattice_cells > MAX_LATTICE_CELLS:
        raise GridTooLargeError(tr(
            "A {} m grid over {} would have about {} cells (the limit is {}): about {} minutes and {} MB on disk. "
            "Use a larger cell size or a smaller study area, or raise 'Maximum number of cells' (advanced) if "
            "this machine can take it.").format(
            f"{cell_size:g}", area_name, f"{estimate.cells:,}",
            f"{min(max_cells, MAX_LATTICE_CELLS):,}" if estimate.cells > max_cells else f"{MAX_LATTICE_CELLS:,}",
            f"{max(estimate.seconds / 60.0, 0.1):.1f}", f"{estimate.disk_bytes / 1e6:,.0f}"))


def describe_estimate(estimate: GridEstimate) -> str:
    from ...i18n import tr

    return tr("About {} cells, {} MB on disk, {} minutes").format(
        f"{estimate.cells:,}", f"{estimate.disk_bytes / 1e6:,.0f}", f"{max(estimate.seconds / 60.0, 0.1):.1f}")


# ---------------------------------------------------------------- cell selection


def _edges(rings: List[np.ndarray]) -> np.ndarray:
    """All ring edges as an ``(m, 4)`` array x1, y1, x2, y2."""
    parts = []
    for ring in rings:
        ring = np.asarray(ring, dtype=np.float64)
        if len(ring) < 2:
            continue
        parts.append(np.hstack([ring[:-1], ring[1:]]))
    if not parts:
        return np.zeros((0, 4))
    return np.vstack(parts)


def _centre_inside(lattice: Lattice, edges: np.ndarray, feedback=None) -> np.ndarray:
    """Dense ``(ncols, nrows)`` mask: cell centre strictly inside the rings (even-odd rule),
    by scanlines through the rows of centres."""
    inside = np.zeros((lattice.ncols, lattice.nrows), dtype=bool)
    if len(edges) == 0:
        return inside
    parities = (0,) if lattice.kind == SQUARE else (0, 1)
    x1, y1, x2, y2 = edges.T
    ylo, yhi = np.minimum(y1, y2), np.maximum(y1, y2)
    order = np.argsort(ylo)
    x1, y1, x2, y2, ylo, yhi = (a[order] for a in (x1, y1, x2, y2, ylo, yhi))
    # Cumulative max of yhi over the sorted edges lets each row take only edges that can
    # reach it: a prefix by ylo <= y, then a filter on yhi > y.
    for parity in parities:
        cols = np.arange(parity, lattice.ncols, 1 if lattice.kind == SQUARE else 2)
        if len(cols) == 0:
            continue
        xs = lattice.centres(cols, np.zeros_like(cols))[0]
        for row in range(lattice.nrows):
            if row % 256 == 0:
                check_canceled(feedback)
            y = lattice.centres(np.array([parity]), np.array([row]))[1][0]
            stop = np.searchsorted(ylo, y, side="right")
            if stop == 0:
                continue
            sel = yhi[:stop] > y
            if not sel.any():
                continue
            ax1, ay1, ax2, ay2 = x1[:stop][sel], y1[:stop][sel], x2[:stop][sel], y2[:stop][sel]
            crossing = (ay1 > y) != (ay2 > y)
            if not crossing.any():
                continue
            ax1, ay1, ax2, ay2 = ax1[crossing], ay1[crossing], ax2[crossing], ay2[crossing]
            xc = np.sort(ax1 + (y - ay1) * (ax2 - ax1) / (ay2 - ay1))
            count = np.searchsorted(xc, xs, side="left")
            on_edge = np.isin(xs, xc)
            inside[cols, row] = (count % 2 == 1) & ~on_edge
    return inside


def _boundary_band(lattice: Lattice, edges: np.ndarray) -> np.ndarray:
    """Flat indices of every cell the boundary can touch: cells of points sampled along
    the edges every quarter cell, and their neighbours (a superset)."""
    if len(edges) == 0:
        return np.zeros(0, dtype=np.int64)
    step = lattice.cell_size / 4.0
    length = np.hypot(edges[:, 2] - edges[:, 0], edges[:, 3] - edges[:, 1])
    nseg = np.maximum(np.ceil(length / step).astype(np.int64), 1)
    edge_of = np.repeat(np.arange(len(edges)), nseg + 1)
    starts = np.cumsum(nseg + 1) - (nseg + 1)
    t = (np.arange(len(edge_of)) - starts[edge_of]) / nseg[edge_of]
    e = edges[edge_of]
    px = e[:, 0] + t * (e[:, 2] - e[:, 0])
    py = e[:, 1] + t * (e[:, 3] - e[:, 1])
    col, row, _ = lattice.locate(px, py)
    cells = np.unique(np.stack([col, row], axis=1), axis=0)
    nb = []
    for dc in (-1, 0, 1):
        for dr in (-1, 0, 1):
            c, r = cells[:, 0] + dc, cells[:, 1] + dr
            ok = lattice.contains_index(c, r)
            nb.append(lattice.flat_index(c[ok], r[ok]))
    return np.unique(np.concatenate(nb))


def _exact_overlaps_shapely(lattice: Lattice, flat: np.ndarray, area_wkb: bytes) -> np.ndarray:
    col, row = lattice.from_flat(flat)
    return geometry_backend.polygons_overlapping_shapely(lattice.ring_coords(col, row), area_wkb)


def _exact_overlaps_qgis(lattice: Lattice, flat: np.ndarray, area_wkb: bytes) -> np.ndarray:
    col, row = lattice.from_flat(flat)
    return geometry_backend.polygons_overlapping_qgis(lattice.ring_coords(col, row), area_wkb)


def exact_overlaps(lattice: Lattice, flat: np.ndarray, area_wkb: bytes) -> np.ndarray:
    """Exact "cell shares area with the study area" for the given cells (used only on the
    boundary band; a cell that only touches the boundary is not in the grid): shapely 2
    when QGIS ships it, else QGIS's prepared GEOS engine (see :mod:`..geometry_backend`)."""
    col, row = lattice.from_flat(flat)
    return geometry_backend.polygons_overlapping(lattice.ring_coords(col, row), area_wkb)


def select_cells(
    lattice: Lattice,
    rings: List[np.ndarray],
    area_wkb: bytes,
    feedback=None,
    exact: Optional[Callable[[Lattice, np.ndarray, bytes], np.ndarray]] = None,
) -> np.ndarray:
    """Flat lattice indices (sorted = cell_id order) of the cells sharing area with the
    study area (a cell that only touches its boundary is left out).

    ``rings``: every exterior and interior ring of the area as ``(k, 2)`` closed arrays.
    Cells whose centre is inside are kept outright; only cells in the boundary band get
    the exact polygon test.
    """
    edges = _edges(rings)
    inside = _centre_inside(lattice, edges, feedback).ravel()
    band = _boundary_band(lattice, edges)
    band = band[~inside[band]]
    check_canceled(feedback)
    if len(band):
        keep = (exact or exact_overlaps)(lattice, band, area_wkb)
        inside[band[keep]] = True
    return np.flatnonzero(inside)


def count_points(lattice: Lattice, flat_cells: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Points in each selected cell (points outside the lattice count nowhere)."""
    col, row, ok = lattice.locate(x, y)
    dense = np.bincount(lattice.flat_index(col[ok], row[ok]), minlength=lattice.size)
    return dense[flat_cells].astype(np.int64)
