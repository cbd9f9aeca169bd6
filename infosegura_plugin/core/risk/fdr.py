"""False discovery rate: the Benjamini–Hochberg step-up procedure (numpy only)."""

import numpy as np


def benjamini_hochberg(p: np.ndarray, alpha: float) -> np.ndarray:
    """Which hypotheses BH rejects at false discovery rate ``alpha``.

    With the ``m`` finite p-values sorted ``p(1) <= ... <= p(m)``, find the largest ``k``
    with ``p(k) <= k / m * alpha`` and reject the ``k`` smallest (ties with ``p(k)``
    included). NaN p-values (features not tested) are never rejected and do not count
    in ``m``. Returns a boolean array shaped like ``p``.
    """
    p = np.asarray(p, dtype=np.float64)
    rejected = np.zeros(p.shape, dtype=bool)
    tested = np.flatnonzero(np.isfinite(p))
    m = len(tested)
    if m == 0:
        return rejected
    sorted_p = np.sort(p[tested])
    passing = np.flatnonzero(sorted_p <= alpha * np.arange(1, m + 1) / m)
    if len(passing) == 0:
        return rejected
    threshold = sorted_p[passing[-1]]
    rejected[tested] = p[tested] <= threshold
    return rejected


def bh_threshold(p: np.ndarray, alpha: float) -> float:
    """The largest p-value BH rejects at ``alpha`` (0 when none is rejected)."""
    p = np.asarray(p, dtype=np.float64)
    rejected = benjamini_hochberg(p, alpha)
    return float(p[rejected].max()) if rejected.any() else 0.0
