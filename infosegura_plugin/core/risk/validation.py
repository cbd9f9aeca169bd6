"""How well a risk surface predicts later incidents: hit rate and PAI (Chainey et al.).

Cells are ranked by ``risk_score`` (highest first; ties broken by the secondary key, e.g.
outlet kernel density, then by cell order). The top ``p`` share of the area is the first
``ceil(p * cells)`` cells (cells have equal area). For those cells:

* hit rate = incidents in them / incidents in all grid cells;
* PAI (Predictive Accuracy Index) = hit rate / area share actually taken.

Incidents outside every grid cell do not count (the caller reports how many there were).
"""

import math
from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np

DEFAULT_SHARES = (0.05, 0.10, 0.20)


@dataclass
class Validation:
    share: float
    cells: int
    area_share: float
    incidents: int
    total_incidents: int
    hit_rate: float
    pai: float
    cut_score: float
    tied_at_cut: int


def rank_cells(score: np.ndarray, secondary: Optional[np.ndarray] = None) -> np.ndarray:
    """Cell positions from highest to lowest score (stable; ``secondary`` breaks ties)."""
    score = np.asarray(score, dtype=np.float64)
    keys = [np.arange(len(score))]
    if secondary is not None:
        keys.append(-np.asarray(secondary, dtype=np.float64))
    keys.append(-score)
    return np.lexsort(keys)


def hit_rate_pai(
    score: np.ndarray,
    incident_counts: np.ndarray,
    shares: Sequence[float] = DEFAULT_SHARES,
    secondary: Optional[np.ndarray] = None,
) -> List[Validation]:
    score = np.asarray(score, dtype=np.float64)
    counts = np.asarray(incident_counts, dtype=np.int64)
    n = len(score)
    total = int(counts.sum())
    order = rank_cells(score, secondary)
    cumulative = np.cumsum(counts[order])
    rows = []
    for share in shares:
        k = min(n, max(1, math.ceil(share * n - 1e-9))) if n else 0
        hits = int(cumulative[k - 1]) if k else 0
        area_share = k / n if n else float("nan")
        hit_rate = hits / total if total else float("nan")
        pai = hit_rate / area_share if total and k else float("nan")
        cut = float(score[order[k - 1]]) if k else float("nan")
        tied = int(np.sum(score == cut)) if k else 0
        rows.append(Validation(share, k, area_share, hits, total, hit_rate, pai, cut, tied))
    return rows
