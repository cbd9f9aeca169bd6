"""The Mann–Kendall trend test, for many short series at once (numpy).

For a series ``x_1 … x_n`` (missing values dropped):

* ``S = Σ_{i<j} sign(x_j − x_i)``;
* ``Var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18``, ``t_g`` the size of each
  group of tied values (Kendall 1975);
* ``Z = (S − 1)/√Var(S)`` when ``S > 0``, ``(S + 1)/√Var(S)`` when ``S < 0``, 0 when
  ``S = 0`` (continuity correction); two-sided ``p = 2 (1 − Φ(|Z|))``;
* ``tau = S / (n(n−1)/2)`` (Kendall's tau-a).

These are the formulas of Mann (1945) and Kendall (1975) as used by ArcGIS's Emerging
Hot Spot Analysis on the Gi* z-scores of each location. A series with fewer than three
values, or with no variance, has no trend: Z = 0, p = 1, tau = NaN (n < 2).
"""

from dataclasses import dataclass

import numpy as np

from ..risk.gi_star import normal_two_sided_p


@dataclass
class Trend:
    s: np.ndarray
    variance: np.ndarray
    z: np.ndarray
    p: np.ndarray
    tau: np.ndarray
    n: np.ndarray


def _tie_term(series: np.ndarray) -> np.ndarray:
    """Σ t(t−1)(2t+5) over groups of equal finite values, per column of ``series``."""
    rows, cols = series.shape
    ordered = np.sort(series, axis=0)          # NaN sorts last and equals nothing
    same = np.zeros((rows, cols), dtype=bool)
    same[1:] = ordered[1:] == ordered[:-1]
    run = np.cumsum(~same, axis=0) - 1          # run number within each column
    sizes = np.zeros((rows, cols))
    np.add.at(sizes, (run, np.broadcast_to(np.arange(cols), (rows, cols))), np.isfinite(ordered))
    return (sizes * (sizes - 1) * (2 * sizes + 5)).sum(axis=0)


def mann_kendall(series) -> Trend:
    """Trend of each column of ``series`` (periods in rows, oldest first)."""
    x = np.asarray(series, dtype=np.float64)
    if x.ndim == 1:
        x = x[:, None]
    periods, _cols = x.shape
    finite = np.isfinite(x)
    n = finite.sum(axis=0).astype(np.float64)
    s = np.zeros(x.shape[1])
    for i in range(periods - 1):
        diff = x[i + 1:] - x[i]
        s += np.nansum(np.sign(diff), axis=0)
    variance = (n * (n - 1) * (2 * n + 5) - _tie_term(x)) / 18.0
    with np.errstate(invalid="ignore", divide="ignore"):
        root = np.sqrt(variance)
        z = np.where(s > 0, (s - 1) / root, np.where(s < 0, (s + 1) / root, 0.0))
        tau = np.where(n >= 2, s / (n * (n - 1) / 2.0), np.nan)
    no_test = (n < 3) | ~(variance > 0)
    z = np.where(no_test, 0.0, z)
    p = np.where(no_test, 1.0, normal_two_sided_p(z))
    return Trend(s, variance, z, p, tau, n.astype(np.int64))
