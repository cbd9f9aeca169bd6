"""Community risk profiles: one row per neighbourhood, the "communities at high risk" table.

Per area polygon:

* ``outlets`` and ``outlets_<category>`` for on_premise, off_premise, occasional and
  unknown (any other or empty category counts as unknown);
* ``area_km2``, ``outlets_per_km2``, ``outlets_per_1000`` (residents; NULL without a
  population);
* ``conflicts``: proximity-conflict lines whose outlet end lies in the area;
* ``risk_mean`` (cell-area-weighted) and ``risk_max`` of the risk-grid cells whose
  centre lies in the area; ``top_risk_share``: the share of those cells' area in the top
  risk class ('very high'); ``hotspot_cells``: cells with ``gi_class`` >= 2 (hot spots
  at 95% or more; NULL when the grid has no gi_class);
* ``risk_level``: the typical risk class of its cells (area-weighted mean of the class
  steps very low = 0 … very high = 4, rounded);
* ``rank``: 1 = highest risk. Ordered by ``risk_mean`` (high first), then
  ``outlets_per_1000``, then ``outlets_per_km2``, then name; areas without any risk
  cell come last.

A point on the boundary between two areas belongs to the first of them (layer order).
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from .. import geometry_backend
from ..cancel import check_canceled
from ..categories import fold_category
from .risk_classes import RISK_CLASSES

OUTLET_CATEGORIES = ("on_premise", "off_premise", "occasional", "unknown")
_OUTLET_KEYS = {fold_category(c): c for c in OUTLET_CATEGORIES}
HOTSPOT_MIN_CLASS = 2


def outlet_category(value) -> str:
    """'On-Premises ' -> 'on_premise'; anything not one of the four -> 'unknown'."""
    return _OUTLET_KEYS.get(fold_category(value), "unknown")


def locate(areas, x, y) -> np.ndarray:
    """Index of the area holding each point (the first one on a shared boundary), -1 if none."""
    x = np.asarray(x, dtype=np.float64)
    out = np.full(len(x), np.iinfo(np.int64).max, dtype=np.int64)
    if len(x) and len(areas):
        point_index, area_index = geometry_backend.points_in_polygons(x, np.asarray(y, dtype=np.float64), areas)
        np.minimum.at(out, point_index, area_index)
    out[out == np.iinfo(np.int64).max] = -1
    return out


@dataclass
class GridCells:
    """Risk-grid cells reduced to what the profiles need (cells may come in chunks)."""

    x: np.ndarray
    y: np.ndarray
    area: np.ndarray
    risk: np.ndarray            # NaN when missing
    risk_class: Optional[np.ndarray] = None  # int 0..4, -1 unknown
    gi_class: Optional[np.ndarray] = None    # int, or None when the grid has none


@dataclass
class Profiles:
    names: List[str]
    population: np.ndarray      # NaN when unknown
    outlets: np.ndarray
    by_category: Dict[str, np.ndarray]
    area_km2: np.ndarray
    outlets_per_km2: np.ndarray
    outlets_per_1000: np.ndarray
    conflicts: Optional[np.ndarray]
    risk_mean: np.ndarray
    risk_max: np.ndarray
    top_risk_share: np.ndarray
    hotspot_cells: Optional[np.ndarray]
    risk_level: List[Optional[str]]
    rank: np.ndarray
    cells: np.ndarray = field(default=None)  # risk cells counted per area


class _Accumulator:
    def __init__(self, m: int, with_classes: bool, with_gi: bool):
        self.m = m
        self.weight = np.zeros(m)
        self.weighted_risk = np.zeros(m)
        self.risk_max = np.full(m, -np.inf)
        self.cells = np.zeros(m, dtype=np.int64)
        self.class_weight = np.zeros(m) if with_classes else None
        self.class_sum = np.zeros(m) if with_classes else None
        self.top_weight = np.zeros(m) if with_classes else None
        self.hotspots = np.zeros(m, dtype=np.int64) if with_gi else None

    def add(self, where: np.ndarray, cells: GridCells) -> None:
        inside = where >= 0
        valid = inside & np.isfinite(cells.risk)
        a, w = where[valid], cells.area[valid]
        self.weight += np.bincount(a, weights=w, minlength=self.m)
        self.weighted_risk += np.bincount(a, weights=w * cells.risk[valid], minlength=self.m)
        np.maximum.at(self.risk_max, a, cells.risk[valid])
        self.cells += np.bincount(where[inside], minlength=self.m)
        if self.class_sum is not None and cells.risk_class is not None:
            known = inside & (cells.risk_class >= 0)
            a, w = where[known], cells.area[known]
            self.class_weight += np.bincount(a, weights=w, minlength=self.m)
            self.class_sum += np.bincount(a, weights=w * cells.risk_class[known], minlength=self.m)
            top = known & (cells.risk_class == len(RISK_CLASSES) - 1)
            self.top_weight += np.bincount(where[top], weights=cells.area[top], minlength=self.m)
        if self.hotspots is not None and cells.gi_class is not None:
            hot = inside & (cells.gi_class >= HOTSPOT_MIN_CLASS)
            self.hotspots += np.bincount(where[hot], minlength=self.m)


def community_profiles(
    areas: Sequence, names: Sequence[str], population: Optional[Sequence[float]],
    outlet_x, outlet_y, outlet_categories: Sequence,
    grid_chunks, with_risk_classes: bool = True, with_gi_class: bool = False,
    conflict_x=None, conflict_y=None, feedback=None,
) -> Profiles:
    """Profiles of ``areas`` (polygons from :mod:`..geometry_backend`, shapely 2 or
    QgsGeometry, in a projected CRS, metres).

    ``grid_chunks``: an iterable of :class:`GridCells` (the risk grid, read in chunks so
    millions of cells never sit in memory at once). ``conflict_x/y``: the outlet end of
    each conflict line, or None when no conflict layer was given.
    """
    areas = geometry_backend.as_array(areas)
    m = len(areas)
    names = [str(n) if n is not None else "" for n in names]
    pop = np.full(m, np.nan) if population is None else np.array(
        [np.nan if v is None else float(v) for v in population], dtype=np.float64)

    where = locate(areas, outlet_x, outlet_y)
    categories = np.array([outlet_category(c) for c in outlet_categories], dtype=object)
    inside = where >= 0
    outlets = np.bincount(where[inside], minlength=m)
    by_category = {c: np.bincount(where[inside & (categories == c)], minlength=m) for c in OUTLET_CATEGORIES}

    conflicts = None
    if conflict_x is not None:
        cwhere = locate(areas, conflict_x, conflict_y)
        conflicts = np.bincount(cwhere[cwhere >= 0], minlength=m)

    acc = _Accumulator(m, with_risk_classes, with_gi_class)
    for cells in grid_chunks:
        check_canceled(feedback)
        acc.add(locate(areas, cells.x, cells.y), cells)

    area_km2 = geometry_backend.areas(areas) / 1e6
    with np.errstate(invalid="ignore", divide="ignore"):
        per_km2 = np.where(area_km2 > 0, outlets / area_km2, np.nan)
        per_1000 = np.where(pop > 0, outlets / pop * 1000.0, np.nan)
        risk_mean = np.where(acc.weight > 0, acc.weighted_risk / acc.weight, np.nan)
        risk_max = np.where(np.isfinite(acc.risk_max), acc.risk_max, np.nan)
        if acc.class_weight is not None:
            top_share = np.where(acc.class_weight > 0, acc.top_weight / acc.class_weight, np.nan)
            level = np.where(acc.class_weight > 0, acc.class_sum / acc.class_weight, np.nan)
        else:
            top_share = np.full(m, np.nan)
            level = np.full(m, np.nan)
    risk_level = [None if not np.isfinite(v) else RISK_CLASSES[int(np.floor(v + 0.5))] for v in level]
    rank = rank_areas(names, risk_mean, per_1000, per_km2)
    return Profiles(names, pop, outlets, by_category, area_km2, per_km2, per_1000, conflicts, risk_mean, risk_max,
                    top_share, acc.hotspots, risk_level, rank, acc.cells)


def rank_areas(names: Sequence[str], risk_mean, per_1000, per_km2) -> np.ndarray:
    """1 = highest risk: risk_mean, then outlets_per_1000, then outlets_per_km2 (each high
    first, missing last), then name."""
    def key(values):
        values = np.asarray(values, dtype=np.float64)
        return np.where(np.isfinite(values), -values, np.inf)

    name_order = np.argsort(np.argsort(np.array([n.lower() for n in names], dtype=object), kind="stable"))
    order = np.lexsort((name_order, key(per_km2), key(per_1000), key(risk_mean)))
    rank = np.empty(len(names), dtype=np.int64)
    rank[order] = np.arange(1, len(names) + 1)
    return rank
