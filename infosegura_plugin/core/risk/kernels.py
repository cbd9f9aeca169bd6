"""Kernel density and nearest distance from points to grid cell centres, in numpy.

* :func:`quartic_kde` is QGIS Heatmap's "raw" quartic kernel, ``sum (1 - (d/r)^2)^2``
  over points within ``r`` of the cell centre, evaluated exactly at the centre. It is
  scattered from the points: each point visits the small window of lattice cells within
  ``r`` (array arithmetic over chunks of points), so the cost grows with the number of
  points times ``(r / cell_size)^2``, not with the number of cells.
* :func:`nearest_distance` is the exact Euclidean distance from each query point to the
  nearest of a set of points: queries are grouped into blocks, each block keeps only the
  points that can be nearest for some query in it (lower bound <= the block's upper
  bound), crowded blocks are split in four, and the remaining small problems are solved
  by brute force with numpy.
"""

from typing import Optional, Tuple

import numpy as np

from ..cancel import check_canceled
from .grid import Lattice

PAIR_CHUNK = 2_000_000


# Point-to-cell evaluations a kernel may take (with a radius the size of Belize at 100 m
# and 10,000 outlets that is minutes, not hours); beyond it the radius is refused.
MAX_KDE_PAIRS = 3_000_000_000


class KernelTooLargeError(ValueError):
    """A kernel radius whose cost is beyond :data:`MAX_KDE_PAIRS`; the message says so."""


def kde_window(lattice: Lattice, radius: float) -> Tuple[int, int]:
    """Half-widths ``(columns, rows)`` of the lattice window around a point that its
    kernel can reach (plus one cell for the hexagon offset)."""
    return int(np.ceil(radius / lattice.col_step)) + 1, int(np.ceil(radius / lattice.cell_size)) + 1


def kde_pairs(lattice: Lattice, n_points: int, n_cells: int, radius: float) -> int:
    """Point-to-cell evaluations :func:`quartic_kde` makes: by windows around the points,
    or point by cell when the radius is so large that that is less."""
    kc, kr = kde_window(lattice, radius)
    return min(int(n_points) * (2 * kc + 1) * (2 * kr + 1), int(n_points) * int(n_cells))


def check_kde(lattice: Lattice, n_points: int, n_cells: int, radius: float, limit: int = MAX_KDE_PAIRS) -> None:
    """Refuse (:class:`KernelTooLargeError`) a kernel beyond ``limit`` evaluations."""
    from ...i18n import tr

    pairs = kde_pairs(lattice, n_points, n_cells, radius)
    if pairs > limit:
        raise KernelTooLargeError(tr(
            "A kernel radius of {} m over {} points and {} cells would take about {} billion evaluations: use a "
            "radius of a few hundred metres (the kernel's meaning is local), or fewer, larger cells.").format(
            f"{radius:g}", f"{n_points:,}", f"{n_cells:,}", f"{pairs / 1e9:,.1f}"))


def quartic_kde(
    lattice: Lattice,
    flat_cells: np.ndarray,
    x: np.ndarray,
    y: np.ndarray,
    radius: float,
    weights: Optional[np.ndarray] = None,
    feedback=None,
) -> np.ndarray:
    """Raw quartic kernel sum at the centre of each selected cell (all points count,
    also those outside the lattice). Work goes in chunks of at most ~PAIR_CHUNK
    point-cell pairs whatever the radius; a radius whose work is beyond
    :data:`MAX_KDE_PAIRS` is refused (:class:`KernelTooLargeError`)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n_cells = len(flat_cells)
    if len(x) == 0 or n_cells == 0 or not radius > 0:
        return np.zeros(n_cells)
    check_kde(lattice, len(x), n_cells, radius)
    w = None if weights is None else np.asarray(weights, dtype=np.float64)
    kc, kr = kde_window(lattice, radius)
    if len(x) * n_cells <= len(x) * (2 * kc + 1) * (2 * kr + 1):
        return _kde_cell_by_cell(lattice, flat_cells, x, y, float(radius) ** 2, w, feedback)
    return _kde_windows(lattice, flat_cells, x, y, radius, w, feedback)


def _kde_cell_by_cell(lattice, flat_cells, x, y, r2, weights, feedback) -> np.ndarray:
    """Every point against every selected cell, in blocks (a radius as large as the grid)."""
    cx, cy = lattice.centres(*lattice.from_flat(flat_cells))
    out = np.zeros(len(flat_cells))
    cells_per_block = max(1, min(len(cx), PAIR_CHUNK))
    points_per_block = max(1, PAIR_CHUNK // cells_per_block)
    for c0 in range(0, len(cx), cells_per_block):
        bx, by = cx[c0:c0 + cells_per_block, None], cy[c0:c0 + cells_per_block, None]
        for p0 in range(0, len(x), points_per_block):
            check_canceled(feedback)
            d2 = (bx - x[None, p0:p0 + points_per_block]) ** 2 + (by - y[None, p0:p0 + points_per_block]) ** 2
            value = np.where(d2 < r2, (1.0 - d2 / r2) ** 2, 0.0)
            if weights is not None:
                value = value * weights[None, p0:p0 + points_per_block]
            out[c0:c0 + cells_per_block] += value.sum(axis=1)
    return out


def _kde_windows(lattice, flat_cells, x, y, radius, weights, feedback) -> np.ndarray:
    """Each point scatters into the window of cells within the radius, in blocks of
    points and of window columns."""
    s = lattice.cell_size
    r2 = float(radius) ** 2
    # The point's own (approximate) lattice position, then a window wide enough for the
    # radius plus one cell for the hexagon offset.
    c0 = np.floor((x - lattice.x0) / lattice.col_step).astype(np.int64)
    r0 = np.floor((lattice.y0 - y) / s).astype(np.int64)
    kc, kr = kde_window(lattice, radius)
    # Skip points whose window misses the lattice entirely.
    near = (c0 + kc >= 0) & (c0 - kc < lattice.ncols) & (r0 + kr >= 0) & (r0 - kr < lattice.nrows)
    idx = np.flatnonzero(near)
    dense = np.zeros(lattice.size)
    dr_all = np.arange(-kr, kr + 1)
    columns_per_block = max(1, PAIR_CHUNK // len(dr_all))
    for first in range(-kc, kc + 1, columns_per_block):
        dc, dr = np.meshgrid(np.arange(first, min(first + columns_per_block, kc + 1)), dr_all, indexing="ij")
        dc, dr = dc.ravel(), dr.ravel()
        per_chunk = max(1, PAIR_CHUNK // len(dc))
        for start in range(0, len(idx), per_chunk):
            check_canceled(feedback)
            pick = idx[start:start + per_chunk]
            col = c0[pick, None] + dc[None, :]
            row = r0[pick, None] + dr[None, :]
            ok = lattice.contains_index(col, row)
            col, row = col[ok], row[ok]
            px = np.broadcast_to(x[pick, None], ok.shape)[ok]
            py = np.broadcast_to(y[pick, None], ok.shape)[ok]
            cx, cy = lattice.centres(col, row)
            d2 = (cx - px) ** 2 + (cy - py) ** 2
            within = d2 < r2
            value = (1.0 - d2[within] / r2) ** 2
            if weights is not None:
                value = value * np.broadcast_to(weights[pick, None], ok.shape)[ok][within]
            dense += np.bincount(lattice.flat_index(col[within], row[within]), weights=value, minlength=lattice.size)
    return dense[flat_cells]


def nearest_distance(
    qx: np.ndarray,
    qy: np.ndarray,
    px: np.ndarray,
    py: np.ndarray,
    block_size: float,
    feedback=None,
    max_work: int = 32768,
) -> np.ndarray:
    """Distance from each query point to the nearest point (``inf`` when there are none)."""
    qx = np.asarray(qx, dtype=np.float64)
    qy = np.asarray(qy, dtype=np.float64)
    px = np.asarray(px, dtype=np.float64)
    py = np.asarray(py, dtype=np.float64)
    result = np.full(len(qx), np.inf)
    if len(qx) == 0 or len(px) == 0:
        return result
    bx = np.floor((qx - qx.min()) / block_size).astype(np.int64)
    by = np.floor((qy - qy.min()) / block_size).astype(np.int64)
    order = np.argsort(bx * (by.max() + 1) + by, kind="stable")
    key = (bx * (by.max() + 1) + by)[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    ends = np.r_[starts[1:], len(order)]
    sx, sy = qx[order], qy[order]
    xmin, xmax = np.minimum.reduceat(sx, starts), np.maximum.reduceat(sx, starts)
    ymin, ymax = np.minimum.reduceat(sy, starts), np.maximum.reduceat(sy, starts)

    # Candidates for every block at once, in chunks of blocks.
    stack = []
    per_chunk = max(1, PAIR_CHUNK // len(px))
    for b0 in range(0, len(starts), per_chunk):
        check_canceled(feedback)
        b1 = min(b0 + per_chunk, len(starts))
        cand = _candidates(xmin[b0:b1], xmax[b0:b1], ymin[b0:b1], ymax[b0:b1], px, py)
        for j in range(b1 - b0):
            stack.append((starts[b0 + j], ends[b0 + j], np.flatnonzero(cand[j]), True))

    done = 0
    while stack:
        start, end, cand, splittable = stack.pop()
        nq = end - start
        if splittable and nq * len(cand) > max_work and nq > 8:
            stack.extend(_split(order, qx, qy, start, end, cand, px, py))
            continue
        q = order[start:end]
        d2 = (qx[q, None] - px[None, cand]) ** 2 + (qy[q, None] - py[None, cand]) ** 2
        result[q] = np.sqrt(d2.min(axis=1))
        done += 1
        if done % 256 == 0:
            check_canceled(feedback)
    return result


def _candidates(xmin, xmax, ymin, ymax, px, py) -> np.ndarray:
    """``(blocks, points)`` mask: the point may be nearest for some query in the box."""
    fx = np.maximum(np.abs(px[None, :] - xmin[:, None]), np.abs(px[None, :] - xmax[:, None]))
    fy = np.maximum(np.abs(py[None, :] - ymin[:, None]), np.abs(py[None, :] - ymax[:, None]))
    upper = np.min(fx * fx + fy * fy, axis=1)
    nx = np.maximum(np.maximum(xmin[:, None] - px[None, :], px[None, :] - xmax[:, None]), 0.0)
    ny = np.maximum(np.maximum(ymin[:, None] - py[None, :], py[None, :] - ymax[:, None]), 0.0)
    return nx * nx + ny * ny <= upper[:, None]


def _split(order, qx, qy, start, end, cand, px, py):
    """Reorder the block's queries into its four quadrants; each gets its own candidates."""
    q = order[start:end]
    x, y = qx[q], qy[q]
    quadrant = (x > 0.5 * (x.min() + x.max())).astype(np.int64) * 2 + (y > 0.5 * (y.min() + y.max()))
    sort = np.argsort(quadrant, kind="stable")
    order[start:end] = q[sort]
    quadrant = quadrant[sort]
    parts = []
    bounds = np.searchsorted(quadrant, np.arange(5))
    cpx, cpy = px[cand], py[cand]
    for k in range(4):
        a, b = start + bounds[k], start + bounds[k + 1]
        if a == b:
            continue
        qq = order[a:b]
        box = [np.array([v]) for v in (qx[qq].min(), qx[qq].max(), qy[qq].min(), qy[qq].max())]
        keep = _candidates(box[0], box[1], box[2], box[3], cpx, cpy)[0]
        parts.append((a, b, cand[keep], True))
    if len(parts) == 1:  # all queries at one spot: nothing left to split
        parts = [(start, end, cand, False)]
    return parts
