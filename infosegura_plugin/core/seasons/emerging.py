"""Emerging hot spots: Gi* of every cell in every period of a space-time cube, the
Mann–Kendall trend of each cell's z-scores, and the pattern categories of ArcGIS Pro's
Emerging Hot Spot Analysis.

**Gi* in the cube.** A bin is one cell in one period. Its neighbourhood is the cell
itself and the cells sharing an edge or a vertex with it (binary weights, as
``infosegura:hotspots``), in the same period and, with a time window ``k``, in the ``k``
periods before (ArcGIS's "neighborhood time step"; sfdep's time lag). The z-score is
Getis–Ord Gi* (:func:`..risk.gi_star.z_scores`) against the mean and standard deviation of
all the bins of the cube (``global_window='cube'``, ArcGIS's default) or of the bins of the
periods in the bin's own time window (``'window'``; with ``k = 0`` that is the period
alone). Two-sided normal p-values; with ``fdr`` the Benjamini–Hochberg procedure runs
over all bins of the cube at each confidence level, as ``gi_class`` does.

**Significant bins.** A bin is a hot (cold) spot when its ``gi_class`` is at least the
chosen level: 1 = 90 %, 2 = 95 %, 3 = 99 % confidence (positive z hot, negative cold).

**Trend.** Mann–Kendall (:mod:`.mann_kendall`) on the cell's z-scores, oldest first; a
trend is significant at the same confidence as the bins.

**Categories** (ArcGIS Pro, "How Emerging Hot Spot Analysis works"; wording ours). Let
``n`` be the number of periods, ``h`` the hot bins of the cell, "90 %" mean
``h >= 0.9 n``:

* new hot spot: hot in the final period and never before;
* consecutive hot spot: a single uninterrupted run of at least two hot periods at the end,
  never hot before that run, and less than 90 % of the periods hot;
* intensifying hot spot: hot in at least 90 % of the periods including the final one, with
  a significant upward trend of the z-scores;
* persistent hot spot: hot in at least 90 % of the periods including the final one, no
  significant trend;
* diminishing hot spot: hot in at least 90 % of the periods including the final one, with
  a significant downward trend;
* sporadic hot spot: hot in the final period, on and off before, less than 90 % hot, never
  a cold spot;
* oscillating hot spot: hot in the final period, a cold spot in some earlier period, less
  than 90 % hot;
* historical hot spot: not hot in the final period, hot in at least 90 % of the periods.

Cold spots mirror them (an intensifying cold spot's z-scores fall). Where two
definitions overlap, the first in the list above wins (a cell cold once and hot in the
final period only is a new hot spot); a cell hot in the final period is never a cold-spot
pattern and vice versa; everything else has no pattern.
"""

from dataclasses import dataclass
from typing import List, Optional

import numpy as np

from ..cancel import check_canceled
from ..risk.gi_star import ConstantValuesError, classify, normal_two_sided_p, z_scores
from .mann_kendall import Trend, mann_kendall

NO_PATTERN = "no_pattern"
KINDS = ("new", "consecutive", "intensifying", "persistent", "diminishing", "sporadic", "oscillating", "historical")
PATTERNS = tuple(f"{k}_hot" for k in KINDS) + tuple(f"{k}_cold" for k in KINDS) + (NO_PATTERN,)
CUBE, WINDOW = "cube", "window"
CONFIDENCE = {1: 0.10, 2: 0.05, 3: 0.01}  # gi_class level -> alpha


class CubeError(ValueError):
    """The cube cannot give an emerging hot spot analysis (message says why)."""


@dataclass
class CubeGiStar:
    z: np.ndarray          # (periods, cells), NaN where undefined
    p: np.ndarray
    gi_class: np.ndarray   # (periods, cells) int8, -3..3
    constant_periods: List[int]


@dataclass
class EmergingResult:
    gi: CubeGiStar
    trend: Trend
    hot: np.ndarray        # (periods, cells) bool
    cold: np.ndarray
    patterns: np.ndarray   # (cells,) object: one of PATTERNS
    level: int


def space_time_gi_star(counts, indptr, indices, time_window: int = 0, global_window: str = CUBE,
                       fdr: bool = True, feedback=None) -> CubeGiStar:
    """Gi* per bin of ``counts`` (periods x cells) with the cells' spatial neighbours in CSR
    form (``indices[indptr[i]:indptr[i+1]]``, the cell itself not listed)."""
    x = np.asarray(counts, dtype=np.float64)
    if x.ndim != 2:
        raise CubeError("counts must be periods x cells")
    periods, cells = x.shape
    if time_window < 0:
        raise CubeError("time_window must be 0 or more")
    indptr = np.asarray(indptr, dtype=np.int64)
    indices = np.asarray(indices, dtype=np.int64)
    rows = np.repeat(np.arange(cells, dtype=np.int64), np.diff(indptr))
    keep = indices != rows
    rows, cols = rows[keep], indices[keep]
    size = 1 + np.bincount(rows, minlength=cells)                           # spatial k_i
    spatial_lag = np.empty_like(x)
    for t in range(periods):
        check_canceled(feedback)
        spatial_lag[t] = x[t] + np.bincount(rows, weights=x[t][cols], minlength=cells)
    cumulative = np.vstack([np.zeros((1, cells)), np.cumsum(spatial_lag, axis=0)])
    z = np.full_like(x, np.nan)
    constant = []
    for t in range(periods):
        first = max(0, t - time_window)
        lag = cumulative[t + 1] - cumulative[first]
        k = size * (t + 1 - first)
        sample = x if global_window == CUBE else x[first:t + 1]
        try:
            z[t] = z_scores(sample.ravel(), lag, k)
        except ConstantValuesError:
            if global_window == CUBE:
                raise CubeError("every bin of the cube has the same value") from None
            constant.append(t)
    p = normal_two_sided_p(z.ravel()).reshape(z.shape)
    gi_class = classify(z.ravel(), p.ravel(), fdr=fdr).reshape(z.shape)
    return CubeGiStar(z, p, gi_class, constant)


def _final_run(series: np.ndarray) -> np.ndarray:
    """Length of the run of True values ending at the last period, per column."""
    periods = series.shape[0]
    false_rows = np.where(~series, np.arange(periods)[:, None], -1)
    return periods - 1 - false_rows.max(axis=0)


def classify_patterns(hot: np.ndarray, cold: np.ndarray, trend_z: np.ndarray, trend_p: np.ndarray,
                      alpha: float) -> np.ndarray:
    """The pattern of each column of ``hot``/``cold`` (periods x cells, oldest first)."""
    hot = np.asarray(hot, dtype=bool)
    cold = np.asarray(cold, dtype=bool)
    n = hot.shape[0]
    out = np.full(hot.shape[1], NO_PATTERN, dtype=object)
    up = (np.asarray(trend_p) < alpha) & (np.asarray(trend_z) > 0)
    down = (np.asarray(trend_p) < alpha) & (np.asarray(trend_z) < 0)
    for side, same, other, rising, falling in (("hot", hot, cold, up, down), ("cold", cold, hot, down, up)):
        count = same.sum(axis=0)
        mostly = count * 10 >= 9 * n
        final = same[-1]
        run = _final_run(same)
        choices = [
            (final & mostly & rising, "intensifying"),
            (final & mostly & falling, "diminishing"),
            (final & mostly, "persistent"),
            (final & (count == 1), "new"),
            (final & (run >= 2) & (count == run), "consecutive"),
            (final & other.any(axis=0), "oscillating"),
            (final, "sporadic"),
            (~final & ~other[-1] & mostly, "historical"),
        ]
        chosen = np.zeros(hot.shape[1], dtype=bool)
        for mask, kind in choices:
            take = mask & ~chosen & (out == NO_PATTERN)
            out[take] = f"{kind}_{side}"
            chosen |= mask
    return out


def emerging_hot_spots(counts, indptr, indices, time_window: int = 0, global_window: str = CUBE,
                       level: int = 1, fdr: bool = True, feedback=None) -> EmergingResult:
    """The whole analysis on a cube of ``counts`` (periods x cells)."""
    if level not in CONFIDENCE:
        raise CubeError("level must be 1, 2 or 3")
    counts = np.asarray(counts, dtype=np.float64)
    if counts.shape[0] < 3:
        raise CubeError("at least three periods are needed")
    gi = space_time_gi_star(counts, indptr, indices, time_window, global_window, fdr, feedback)
    hot = gi.gi_class >= level
    cold = gi.gi_class <= -level
    trend = mann_kendall(gi.z)
    patterns = classify_patterns(hot, cold, trend.z, trend.p, CONFIDENCE[level])
    return EmergingResult(gi, trend, hot, cold, patterns, level)


def bins_text(hot_column: np.ndarray, cold_column: np.ndarray, defined: Optional[np.ndarray] = None) -> str:
    """One character per period: '+' hot, '-' cold, '.' neither ('?' no z-score)."""
    chars = np.where(hot_column, "+", np.where(cold_column, "-", "."))
    if defined is not None:
        chars = np.where(defined, chars, "?")
    return "".join(chars.tolist())
