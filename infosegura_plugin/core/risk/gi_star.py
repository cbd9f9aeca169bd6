"""Getis–Ord local Gi* hot spots with binary weights, in numpy.

For feature ``i`` with neighbourhood ``N(i)`` (its neighbours *and itself*, binary
weights ``w_ij = 1``), ``k_i = |N(i)|``, values ``x`` over all ``n`` features, mean
``X̄`` and population standard deviation ``S`` (ddof = 0)::

    z_i = (Σ_{j∈N(i)} x_j − X̄ k_i) / (S · sqrt((n k_i − k_i²) / (n − 1)))

This is the z-score of PySAL esda's ``G_Local(y, w, transform='B', star=True)`` for the
same weights (esda writes it as ``(G_i − E[G_i]) / sqrt(V[G_i])`` with
``G_i = Σ w_ij x_j / Σ x``; the two agree whenever ``X̄ > 0``, which counts, densities
and risk scores always satisfy; for a negative mean esda's ratio form flips the sign).

Inference:

* analytic: ``p = 2 · (1 − Φ(|z|))``, two-sided normal.
* conditional permutations (as esda): for each feature its own value stays, the
  ``k_i − 1`` neighbours are drawn without replacement from the other ``n − 1`` values;
  the same ``permutations`` random draws are shared by all features (drawn once from a
  seeded generator), evaluated in vectorised batches. esda's folded pseudo p
  ``(min(#sim ≥ obs, permutations − #sim ≥ obs) + 1) / (permutations + 1)`` counts one
  tail only; ``gi_p`` is two-sided like the analytic p, so it is twice that, at most 1.

Features without neighbours (isolates) have no Gi* (NaN z and p): their neighbourhood is
themselves only. A constant field has no spread and raises :class:`ConstantValuesError`.
"""

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ..cancel import check_canceled
from .fdr import benjamini_hochberg
from .grid import HEXAGON, SQUARE
from .neighbours import lattice_offsets

LEVELS = (0.10, 0.05, 0.01)  # gi_class 1, 2, 3 (90, 95, 99 % confidence)


class GiStarError(ValueError):
    """The data cannot give a Gi* statistic."""


class ConstantValuesError(GiStarError):
    """All values are the same: Gi* is undefined."""


@dataclass
class GiStar:
    z: np.ndarray            # NaN where not defined (isolates)
    p: np.ndarray            # two-sided normal p, or the pseudo p of the permutations
    neighbourhood: np.ndarray  # k_i: neighbours including the feature itself
    permutations: int = 0

    @property
    def isolates(self) -> np.ndarray:
        return np.flatnonzero(self.neighbourhood <= 1)


def normal_two_sided_p(z: np.ndarray) -> np.ndarray:
    """``2 (1 − Φ(|z|)) = erfc(|z| / √2)``; NaN stays NaN."""
    z = np.asarray(z, dtype=np.float64)
    erfc = np.frompyfunc(math.erfc, 1, 1)
    out = np.full(z.shape, np.nan)
    finite = np.isfinite(z)
    out[finite] = erfc(np.abs(z[finite]) / math.sqrt(2.0)).astype(np.float64)
    return out


def _moments(x: np.ndarray):
    n = len(x)
    if n < 2:
        raise GiStarError("Gi* needs at least two values")
    mean = float(x.mean())
    sd = float(np.sqrt(np.mean((x - mean) ** 2)))
    if not sd > 1e-12 * max(1.0, abs(mean)):
        raise ConstantValuesError("all values are equal")
    return n, mean, sd


def z_scores(x: np.ndarray, lag: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Gi* z from the neighbourhood sums ``lag`` (self included) and sizes ``k``."""
    n, mean, sd = _moments(x)
    k = np.asarray(k, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (lag - mean * k) / (sd * np.sqrt((n * k - k * k) / (n - 1)))
    z[(k <= 1) | (k >= n)] = np.nan
    return z


def _values(values) -> np.ndarray:
    x = np.asarray(values, dtype=np.float64).ravel()
    if not np.isfinite(x).all():
        raise GiStarError("values must be finite (drop NULL values first)")
    return x


def gi_star(values, indptr, indices, permutations: int = 0, seed: Optional[int] = None,
            feedback=None) -> GiStar:
    """Gi* for ``values`` with binary neighbours in CSR form.

    ``indices[indptr[i]:indptr[i+1]]`` are the neighbours of ``i``; ``i`` itself is always
    added once (an entry ``i`` in its own list is ignored). ``permutations`` > 0 gives
    pseudo p-values from that many conditional permutations drawn with ``seed``.
    """
    x = _values(values)
    n = len(x)
    indptr = np.asarray(indptr, dtype=np.int64)
    indices = np.asarray(indices, dtype=np.int64)
    if len(indptr) != n + 1:
        raise GiStarError("indptr must have len(values) + 1 entries")
    rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(indptr))
    others = indices != rows
    rows, cols = rows[others], indices[others]
    lag = x + np.bincount(rows, weights=x[cols], minlength=n)
    k = 1 + np.bincount(rows, minlength=n)
    check_canceled(feedback)
    return _gi_star_of_lags(x, lag, k, permutations, seed, feedback)


def gi_star_grid(values, col, row, kind: str = SQUARE, permutations: int = 0,
                 seed: Optional[int] = None, feedback=None) -> GiStar:
    """Gi* on the cells of a regular grid, neighbour sums by array shifts.

    ``gi_star_grid(values, col, row, kind='square'|'hexagon', permutations=0, seed=None,
    feedback=None) -> GiStar``

    ``values``, ``col``, ``row``: 1-D arrays, one entry per cell present (the lattice
    column and row of :mod:`.grid`: rows count downwards, odd hexagon columns shifted
    down half a cell; ``Lattice.from_flat(flat_index)`` gives them). Cells absent from
    the arrays are outside the study area, not neighbours. Neighbours are the cells
    sharing an edge or a vertex (8 for squares, 6 for hexagons), plus the cell itself.
    Returns the same as :func:`gi_star` with :func:`.neighbours.lattice_neighbours` —
    without building the neighbour lists, so 2.3 million cells take seconds (the
    permutation test, if asked for, costs ``n · permutations · k`` more).
    """
    if kind not in (SQUARE, HEXAGON):
        raise GiStarError(f"unknown grid kind {kind!r}")
    x = _values(values)
    col = np.asarray(col, dtype=np.int64).ravel()
    row = np.asarray(row, dtype=np.int64).ravel()
    if not len(col) == len(row) == len(x):
        raise GiStarError("values, col and row must have the same length")
    if len(x) == 0:
        raise GiStarError("no cells")
    c0 = int(col.min())
    c0 -= c0 & 1  # keep column parity: hexagon neighbours depend on it
    r0 = int(row.min())
    cc, rr = col - c0, row - r0
    width, height = int(cc.max()) + 1, int(rr.max()) + 1
    if width * height > 200_000_000:
        raise GiStarError("grid too sparse for the array fast path; use gi_star")
    padded = np.zeros((width + 2, height + 2))
    present = np.zeros((width + 2, height + 2), dtype=np.int32)
    padded[cc + 1, rr + 1] = x
    present[cc + 1, rr + 1] = 1
    lag = np.zeros((width, height))
    k = np.zeros((width, height), dtype=np.int32)
    parities = (0, 1) if kind == HEXAGON else (0,)
    step = 2 if kind == HEXAGON else 1
    for parity in parities:
        for dc, dr in ((0, 0),) + lattice_offsets(kind, parity):
            check_canceled(feedback)
            source = (slice(1 + parity + dc, 1 + width + dc, step), slice(1 + dr, 1 + dr + height))
            target = slice(parity, width, step)
            lag[target] += padded[source]
            k[target] += present[source]
    del padded, present
    return _gi_star_of_lags(x, lag[cc, rr], k[cc, rr], permutations, seed, feedback)


def _gi_star_of_lags(x, lag, k, permutations, seed, feedback) -> GiStar:
    """Gi* from the neighbourhood sums ``lag`` and sizes ``k`` (each value counted in its own)."""
    z = z_scores(x, lag, k)
    if permutations > 0:
        p = permutation_p(x, lag, k, permutations, seed, feedback)
        p[np.isnan(z)] = np.nan
    else:
        p = normal_two_sided_p(z)
    return GiStar(z, p, k, permutations)


def permutation_p(x: np.ndarray, lag: np.ndarray, k: np.ndarray, permutations: int,
                  seed: Optional[int] = None, feedback=None, batch_elements: int = 4_000_000) -> np.ndarray:
    """Two-sided pseudo p-values of conditional permutations: twice esda's folded one.

    Only the neighbourhood sizes matter: the neighbours of ``i`` in permutation ``p`` are
    the first ``k_i − 1`` of a shared random draw of distinct indices from the ``n − 1``
    features other than ``i``.
    """
    n = len(x)
    others = np.asarray(k, dtype=np.int64) - 1
    kmax = int(others.max()) if n else 0
    p = np.full(n, np.nan)
    if kmax <= 0:
        return p
    rng = np.random.default_rng(seed)
    draws = np.empty((permutations, kmax), dtype=np.int64)
    for r in range(permutations):
        draws[r] = rng.choice(n - 1, size=kmax, replace=False)
    columns = np.arange(kmax)
    scale = np.abs(x).sum() * 1e-12
    batch = max(1, batch_elements // (permutations * kmax))
    for start in range(0, n, batch):
        check_canceled(feedback)
        stop = min(start + batch, n)
        focal = np.arange(start, stop)
        idx = draws[None, :, :] + (draws[None, :, :] >= focal[:, None, None])
        taken = (columns[None, :] < others[start:stop, None])[:, None, :]
        simulated = np.where(taken, x[idx], 0.0).sum(axis=2) + x[start:stop, None]
        larger = (simulated >= lag[start:stop, None] - scale).sum(axis=1)
        larger = np.minimum(larger, permutations - larger)
        p[start:stop] = np.minimum(1.0, 2.0 * (larger + 1.0) / (permutations + 1.0))
        if feedback is not None:
            feedback.setProgress(100.0 * stop / n)
    p[others <= 0] = np.nan
    return p


def classify(z: np.ndarray, p: np.ndarray, fdr: bool = False) -> np.ndarray:
    """``gi_class`` −3…3: sign of ``z`` times the strictest level passed (1: p < 0.10,
    2: p < 0.05, 3: p < 0.01); 0 not significant or not tested. With ``fdr`` the
    Benjamini–Hochberg procedure decides, over all features, separately at each level."""
    z = np.asarray(z, dtype=np.float64)
    p = np.asarray(p, dtype=np.float64)
    level = np.zeros(len(z), dtype=np.int8)
    tested = np.isfinite(z) & np.isfinite(p)
    p_tested = np.where(tested, p, np.nan)
    for value, alpha in enumerate(LEVELS, start=1):
        if fdr:
            significant = benjamini_hochberg(p_tested, alpha)
        else:
            with np.errstate(invalid="ignore"):
                significant = tested & (p_tested < alpha)
        level[significant] = value
    return (np.sign(np.where(tested, z, 0.0)).astype(np.int8) * level).astype(np.int8)
