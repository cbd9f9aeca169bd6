"""The risk grid as it is, and as it would be with one more outlet.

Both are recomputed the way ``infosegura:riskterrain`` computes them (same model, same
rules), from the grid's cells and the outlets given: a factor on outlets is re-evaluated
at every cell centre (proximity: a factor outlet within ``distance_m``; density: the
quartic kernel sum of the factor's outlets within ``bandwidth_m`` above mean + k SD of all
cells), a factor on assets keeps the grid's own 0/1 column (one more outlet does not move
a school). ``risk_score`` is the product of the relative risks present over the lowest
cell's, ``risk_class`` the equal steps of ln(score). When the recomputed "now" differs
from the grid's ``risk_score`` the grid was made from other outlets or another model:
``mismatched_cells`` says in how many cells.
"""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np

from ..categories import fold_category
from ..risk.kernels import nearest_distance
from ..risk.neighbours import point_pairs_within
from ..risk.risk_classes import score_classes
from ..risk.risk_model import PROXIMITY, PointSet, RiskModel, factor_points, high_density, risk_score


@dataclass
class GridState:
    """The cells of a risk grid (centres, areas) and the columns the check needs."""

    x: np.ndarray
    y: np.ndarray
    area: np.ndarray
    risk_score: np.ndarray
    factors: Dict[str, np.ndarray] = field(default_factory=dict)   # factor id -> 0/1 per cell
    gi_class: Optional[np.ndarray] = None
    risk_class: Optional[np.ndarray] = None   # the grid's own class, 0..4 (-1 unknown)

    @property
    def cell_size(self) -> float:
        return math.sqrt(float(np.median(self.area))) if len(self.area) else 1.0


@dataclass
class RiskChange:
    score_now: np.ndarray
    score_with: np.ndarray
    class_now: np.ndarray
    class_with: np.ndarray
    mismatched_cells: int
    missing_factors: List[str] = field(default_factory=list)

    @property
    def changed_cells(self) -> int:
        return int((self.class_now != self.class_with).sum())


def quartic_sum(cx, cy, x, y, radius: float) -> np.ndarray:
    """Raw quartic kernel sum (1 - (d/r)^2)^2 over points strictly within ``radius``, at each centre."""
    out = np.zeros(len(cx))
    if len(x) == 0 or len(cx) == 0:
        return out
    i, _j, d = point_pairs_within(cx, cy, x, y, radius, strict=True)
    np.add.at(out, i, (1.0 - (d / radius) ** 2) ** 2)
    return out


def _presence(factor, grid: GridState, x, y) -> np.ndarray:
    if factor.operationalisation == PROXIMITY:
        if len(x) == 0:
            return np.zeros(len(grid.x), dtype=np.int8)
        distance = nearest_distance(grid.x, grid.y, x, y, block_size=16 * grid.cell_size)
        return (distance <= factor.distance_m).astype(np.int8)
    return high_density(quartic_sum(grid.x, grid.y, x, y, factor.bandwidth_m), factor.threshold_sd)


def risk_with_outlet(grid: GridState, model: RiskModel, outlets: PointSet, outlet_field: str,
                     new_x: float, new_y: float, new_category: str) -> RiskChange:
    """Scores and classes of every cell now and with an outlet of ``new_category`` at (new_x, new_y)."""
    missing = [f.id for f in model.factors if f.layer == "assets" and f.id not in grid.factors]
    category = fold_category(new_category)
    now, with_new = [], []
    for factor in model.factors:
        if factor.layer == "assets":
            column = grid.factors.get(factor.id, np.zeros(len(grid.x), dtype=np.int8))
            now.append(column)
            with_new.append(column)
            continue
        x, y = factor_points(factor, outlets, outlet_field)
        presence = _presence(factor, grid, x, y)
        now.append(presence)
        counts = "*" in factor.categories or category in {fold_category(c) for c in factor.categories}
        with_new.append(_presence(factor, grid, np.append(x, new_x), np.append(y, new_y)) if counts else presence)
    relative_risks = [f.relative_risk for f in model.factors]
    cells = len(grid.x)
    score_now = risk_score(np.column_stack(now) if now else np.zeros((cells, 0)), relative_risks)
    score_with = risk_score(np.column_stack(with_new) if with_new else np.zeros((cells, 0)), relative_risks)
    known = np.isfinite(grid.risk_score)
    mismatched = int((np.abs(score_now[known] - grid.risk_score[known]) > 1e-4 * np.maximum(1.0, score_now[known])).sum())
    class_now, class_with = score_classes(score_now), score_classes(score_with)
    # Scores to the grid's own 6 decimals (core/risk/grid_vector_writer.py): exp() of a sum
    # of logs ends a last bit above or below 8.125 depending on the numpy build, and the
    # page would print 8.13 where the grid says 8.125 (8.12).
    return RiskChange(np.round(score_now, 6), np.round(score_with, 6), class_now, class_with, mismatched, missing)
