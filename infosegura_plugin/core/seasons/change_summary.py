"""Register changes per neighbourhood: new, closed, moved in and out, net change, and
the same per 1,000 residents.

Each premises counts where its point is: a new one where it opened, a closed one where
it was, a moved one in the area it left (``moved_out``) and the one it went to
(``moved_in``) when the two differ. ``old_outlets`` / ``new_outlets``: premises of each
register with a point in the area (every row given, whatever its change); ``net`` =
``new_outlets - old_outlets``. Premises without a point are in no area.
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..risk.community_profiles import locate
from .register_changes import CLOSED, MOVED, NEW, Change

COUNTS = ("old_outlets", "new_outlets", "new", "closed", "moved_in", "moved_out", "net")


@dataclass
class AreaChanges:
    names: List[str]
    population: np.ndarray                  # NaN when unknown
    counts: Dict[str, np.ndarray]           # COUNTS -> one int per area
    per_1000: Dict[str, np.ndarray]         # new, closed, net, old_outlets, new_outlets per 1,000 residents

    def row(self, i: int) -> Dict[str, float]:
        out = {name: int(values[i]) for name, values in self.counts.items()}
        out.update({f"{name}_per_1000": float(values[i]) for name, values in self.per_1000.items()})
        return out


def _xy(records):
    x = np.array([p.x if p is not None else np.nan for p in records], dtype=np.float64)
    y = np.array([p.y if p is not None else np.nan for p in records], dtype=np.float64)
    return x, y


def _where(areas, records) -> np.ndarray:
    x, y = _xy(records)
    out = np.full(len(records), -1, dtype=np.int64)
    ok = np.isfinite(x) & np.isfinite(y)
    if ok.any():
        out[ok] = locate(areas, x[ok], y[ok])
    return out


def summarise_by_area(changes: Sequence[Change], areas, names: Sequence[str],
                      population: Optional[Sequence[Optional[float]]] = None) -> AreaChanges:
    """Counts per area polygon (from :mod:`..geometry_backend`, same CRS as the points)."""
    m = len(areas)
    old_at = _where(areas, [c.old for c in changes])
    new_at = _where(areas, [c.new for c in changes])
    kind = np.array([c.change for c in changes], dtype=object)

    def count(mask, where):
        return np.bincount(where[mask & (where >= 0)], minlength=m).astype(np.int64)

    everything = np.ones(len(changes), dtype=bool)
    moved_across = (kind == MOVED) & (old_at != new_at)
    counts = {
        "old_outlets": count(everything, old_at),
        "new_outlets": count(everything, new_at),
        "new": count(kind == NEW, new_at),
        "closed": count(kind == CLOSED, old_at),
        "moved_in": count(moved_across, new_at),
        "moved_out": count(moved_across, old_at),
    }
    counts["net"] = counts["new_outlets"] - counts["old_outlets"]
    pop = np.full(m, np.nan) if population is None else np.array(
        [np.nan if v is None else float(v) for v in population], dtype=np.float64)
    per_1000 = {}
    with np.errstate(invalid="ignore", divide="ignore"):
        for name in ("new", "closed", "net", "old_outlets", "new_outlets"):
            per_1000[name] = np.where(pop > 0, counts[name] / pop * 1000.0, np.nan)
    return AreaChanges([str(n) if n is not None else "" for n in names], pop, counts, per_1000)
