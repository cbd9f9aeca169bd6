"""What stands around a proposed licensed premises, and what one more outlet would change.

All distances are straight lines in a projected CRS (metres) from the proposed point;
"within d" means at most d metres. Sensitive places (shelters ...) never reach this
module: the caller drops them (:mod:`..sensitive`), so they are neither counted nor named.

* youth places: schools and the other categories the board names (youth centres,
  playgrounds ...), counted per category within each distance; the nearest one named;
* outlets: licensed outlets already within each distance, by category, and the density
  within that circle (outlets per km²) now and with the new one;
* the community (neighbourhood) holding the site: its rank and typical risk level as
  :func:`..risk.community_profiles.community_profiles` computes them, now and with the
  new outlet counted in it (and in the risk grid);
* the risk-grid cell holding the site: its risk score and class now and with the outlet
  (:mod:`.risk_with_outlet`), and whether it is a Gi* hot spot.
"""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..categories import fold_category
from ..risk.community_profiles import GridCells, community_profiles, locate, outlet_category
from ..risk.risk_classes import RISK_CLASSES
from .risk_with_outlet import GridState, RiskChange


@dataclass
class Places:
    """Points of one kind with a category (as written in the layer) and a name."""

    x: np.ndarray
    y: np.ndarray
    category: List[str]
    name: List[str] = field(default_factory=list)

    def __len__(self):
        return len(self.x)


@dataclass
class Nearest:
    name: str
    category: str
    distance_m: float


@dataclass
class CommunityFacts:
    name: str
    communities: int
    rank_now: int
    rank_with: int
    level_now: Optional[str]
    level_with: Optional[str]
    outlets_now: int
    outlets_with: int
    per_1000_now: float
    per_1000_with: float
    rank_in_layer: Optional[int] = None


@dataclass
class CellFacts:
    score_now: float
    score_with: float
    class_now: str
    class_with: str
    changed_cells: int
    cells: int
    hot_spot: Optional[int] = None   # gi_class of the cell when the grid has one
    mismatched_cells: int = 0


@dataclass
class ApplicationFacts:
    x: float
    y: float
    distances: List[float]
    youth: Dict[str, List[int]]            # category -> count within each distance
    youth_nearest: Optional[Nearest]
    outlets: Dict[str, List[int]]          # outlet category -> count within each distance
    outlets_total: List[int]
    density_now: List[float]               # outlets per km² within each distance
    density_with: List[float]
    community: Optional[CommunityFacts] = None
    cell: Optional[CellFacts] = None
    notes: List[str] = field(default_factory=list)


def counts_within(px: float, py: float, places: Places, distances: Sequence[float]) -> Dict[str, List[int]]:
    """Per category (compared folded: "School" is "school"; keyed as first written), how
    many places lie within each distance (<=)."""
    d = np.hypot(np.asarray(places.x) - px, np.asarray(places.y) - py)
    folded = [fold_category(c) for c in places.category]
    out: Dict[str, List[int]] = {}
    for key in dict.fromkeys(folded):
        mask = np.array([f == key for f in folded], dtype=bool)
        out[places.category[folded.index(key)]] = [int((d[mask] <= r).sum()) for r in distances]
    return out


def nearest(px: float, py: float, places: Places) -> Optional[Nearest]:
    if len(places) == 0:
        return None
    d = np.hypot(np.asarray(places.x) - px, np.asarray(places.y) - py)
    k = int(np.argmin(d))
    return Nearest(places.name[k] if places.name else "", places.category[k], float(d[k]))


def circle_density(count: int, radius: float) -> float:
    """Outlets per km² in a circle of ``radius`` metres."""
    return count / (math.pi * radius * radius / 1e6)


@dataclass
class Communities:
    """Neighbourhood polygons (geometry_backend objects) with names and populations."""

    areas: object
    names: List[str]
    population: Optional[List[Optional[float]]]
    rank_in_layer: Optional[List[Optional[int]]] = None


def community_facts(communities: Communities, px, py, outlets: Places, new_category: str,
                    grid: Optional[GridState], risk: Optional[RiskChange]) -> Optional[CommunityFacts]:
    """Rank and level of the community holding the site, now and with the new outlet."""
    where = int(locate(communities.areas, np.array([px]), np.array([py]))[0])
    if where < 0:
        return None

    def profiles(x, y, categories, scores, classes):
        chunks = [] if grid is None else [GridCells(grid.x, grid.y, grid.area, scores, classes)]
        return community_profiles(communities.areas, communities.names, communities.population, x, y, categories,
                                  chunks, with_risk_classes=grid is not None)

    now_scores = with_scores = now_classes = with_classes = None
    if grid is not None:
        now_scores, with_scores = (risk.score_now, risk.score_with) if risk else (grid.risk_score, grid.risk_score)
        now_classes = risk.class_now.astype(np.int64) if risk else None
        with_classes = risk.class_with.astype(np.int64) if risk else None
    categories = [outlet_category(c) for c in outlets.category]
    now = profiles(outlets.x, outlets.y, categories, now_scores, now_classes)
    new = profiles(np.append(outlets.x, px), np.append(outlets.y, py), categories + [outlet_category(new_category)],
                   with_scores, with_classes)
    rank_in_layer = None
    if communities.rank_in_layer is not None:
        rank_in_layer = communities.rank_in_layer[where]
    return CommunityFacts(
        communities.names[where], len(communities.names), int(now.rank[where]), int(new.rank[where]),
        now.risk_level[where], new.risk_level[where], int(now.outlets[where]), int(new.outlets[where]),
        float(now.outlets_per_1000[where]), float(new.outlets_per_1000[where]), rank_in_layer)


def cell_facts(grid: GridState, risk: Optional[RiskChange], px, py) -> Optional[CellFacts]:
    """The grid cell nearest to the site (the one holding it, for a site inside the grid)."""
    if len(grid.x) == 0:
        return None
    d = np.hypot(grid.x - px, grid.y - py)
    k = int(np.argmin(d))
    if d[k] > grid.cell_size:
        return None
    hot = None if grid.gi_class is None else int(grid.gi_class[k])
    if risk is None:
        known = grid.risk_class is not None and grid.risk_class[k] >= 0
        label = RISK_CLASSES[int(grid.risk_class[k])] if known else ""
        return CellFacts(float(grid.risk_score[k]), math.nan, label, "", 0, len(grid.x), hot)
    return CellFacts(float(risk.score_now[k]), float(risk.score_with[k]), RISK_CLASSES[int(risk.class_now[k])],
                     RISK_CLASSES[int(risk.class_with[k])], risk.changed_cells, len(grid.x), hot,
                     risk.mismatched_cells)


def application_facts(px: float, py: float, distances: Sequence[float], youth: Places, outlets: Places,
                      new_category: str, communities: Optional[Communities] = None,
                      grid: Optional[GridState] = None, risk: Optional[RiskChange] = None) -> ApplicationFacts:
    distances = sorted(float(d) for d in distances)
    outlet_counts = counts_within(px, py, outlets, distances)
    d = np.hypot(np.asarray(outlets.x) - px, np.asarray(outlets.y) - py)
    total = [int((d <= r).sum()) for r in distances]
    facts = ApplicationFacts(
        px, py, distances, counts_within(px, py, youth, distances), nearest(px, py, youth), outlet_counts, total,
        [circle_density(n, r) for n, r in zip(total, distances)],
        [circle_density(n + 1, r) for n, r in zip(total, distances)],
    )
    if communities is not None:
        facts.community = community_facts(communities, px, py, outlets, new_category, grid, risk)
    if grid is not None:
        facts.cell = cell_facts(grid, risk, px, py)
    return facts
