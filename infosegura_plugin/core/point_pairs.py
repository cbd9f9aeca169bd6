"""Pairs of points within a distance, in numpy (a bucket grid, no geometry calls).

Used by the risk code's distance bands and conflicts and by the geometry backend's
nearest-neighbour fallback; it depends on neither, so imports run one way:
``risk`` -> ``geometry_backend`` -> ``point_pairs``.
"""

from typing import Tuple

import numpy as np

from .cancel import check_canceled


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
