"""Proximity conflicts: licensed outlets strictly closer than a distance to community
assets of chosen categories (schools, churches, ...).

Categories are compared by :func:`..categories.fold_category` (case, accents, spaces,
underscores, hyphens and plurals folded): ``"school"`` takes ``" Schools "`` but never
``"preschool"``. Sensitive assets (:mod:`..sensitive`: shelters, victim services, a true
``sensitive`` flag, ...) are never exported: a line ending at one would show where it
is, so the algorithm only counts such pairs.
"""

from dataclasses import dataclass
from typing import Iterable, List, Sequence, Tuple

import numpy as np

from ..categories import category_keys, fold_category, parse_categories  # noqa: F401 (parse_categories re-exported)
from ..point_pairs import point_pairs_within

DEFAULT_CATEGORIES = "school, church, health_centre, playground, youth_centre"


def category_mask(categories: Sequence, wanted: Iterable[str]) -> np.ndarray:
    """True where the (folded) category is one of ``wanted``."""
    wanted = category_keys(wanted)
    return np.array([fold_category(c) in wanted for c in categories], dtype=bool)


@dataclass
class ConflictPairs:
    outlet: np.ndarray    # index into the outlets
    asset: np.ndarray     # index into the assets
    distance: np.ndarray  # metres

    def __len__(self) -> int:
        return len(self.outlet)

    def subset(self, keep: np.ndarray) -> "ConflictPairs":
        return ConflictPairs(self.outlet[keep], self.asset[keep], self.distance[keep])


def without_sensitive(pairs: ConflictPairs, hidden: np.ndarray) -> Tuple[ConflictPairs, int]:
    """The pairs whose asset is not sensitive, and how many outlets had a pair with a
    sensitive one (counted for the log, never written)."""
    on_sensitive = np.asarray(hidden, dtype=bool)[pairs.asset]
    outlets = len(np.unique(pairs.outlet[on_sensitive]))
    return pairs.subset(~on_sensitive), outlets


def find_conflicts(outlet_x, outlet_y, asset_x, asset_y, asset_selected, distance: float,
                   feedback=None) -> ConflictPairs:
    """Every outlet–asset pair strictly closer than ``distance``, among the assets where
    ``asset_selected`` is True; sorted by outlet, then distance, then asset."""
    selected = np.flatnonzero(np.asarray(asset_selected, dtype=bool))
    asset_x = np.asarray(asset_x, dtype=np.float64)[selected]
    asset_y = np.asarray(asset_y, dtype=np.float64)[selected]
    i, j, d = point_pairs_within(outlet_x, outlet_y, asset_x, asset_y, distance, strict=True, feedback=feedback)
    j = selected[j]
    order = np.lexsort((j, d, i))
    return ConflictPairs(i[order], j[order], d[order])


def line_wkbs(x1, y1, x2, y2) -> List[bytes]:
    """Little-endian WKB two-point LineStrings, built in one numpy pass."""
    dtype = np.dtype([("order", "u1"), ("type", "<u4"), ("points", "<u4"), ("xy", "<f8", (4,))])
    records = np.empty(len(x1), dtype=dtype)
    records["order"] = 1
    records["type"] = 2
    records["points"] = 2
    records["xy"] = np.column_stack([x1, y1, x2, y2])
    buffer = records.tobytes()
    size = dtype.itemsize
    return [buffer[k * size:(k + 1) * size] for k in range(len(records))]
