"""Proximity conflicts: licensed outlets strictly closer than a distance to community
assets of chosen categories (schools, churches, ...).

Categories match exactly after trimming and lower-casing: ``"school"`` takes
``" School "`` but never ``"preschool"``. Sensitive assets (shelters, or a true
``sensitive`` flag) are never exported: a line ending at one would show where it is, so
the algorithm only counts such pairs.
"""

from dataclasses import dataclass
from typing import Iterable, List, Sequence

import numpy as np

from ..point_pairs import point_pairs_within

SENSITIVE_CATEGORIES = frozenset({"shelter"})
DEFAULT_CATEGORIES = "school, church, health_centre, playground, youth_centre"


def normalise_category(value) -> str:
    """Trimmed lower-case text; '' for NULL."""
    if value is None:
        return ""
    try:
        if value.isNull():  # QVariant NULL
            return ""
    except AttributeError:
        pass
    return str(value).strip().lower()


def parse_categories(text: str) -> List[str]:
    """``"School, church ,,health_centre"`` -> ``['school', 'church', 'health_centre']``."""
    seen: List[str] = []
    for part in (text or "").split(","):
        category = part.strip().lower()
        if category and category not in seen:
            seen.append(category)
    return seen


def category_mask(categories: Sequence, wanted: Iterable[str]) -> np.ndarray:
    """True where the (normalised) category is exactly one of ``wanted``."""
    wanted = {normalise_category(c) for c in wanted}
    return np.array([normalise_category(c) in wanted for c in categories], dtype=bool)


def is_truthy(value) -> bool:
    text = normalise_category(value)
    return text not in ("", "0", "false", "no", "n", "f")


def sensitive_mask(categories: Sequence, flags: Sequence = None) -> np.ndarray:
    """Assets whose name must never be exported: shelters, or a true ``sensitive`` flag."""
    mask = category_mask(categories, SENSITIVE_CATEGORIES)
    if flags is not None:
        mask |= np.array([is_truthy(v) for v in flags], dtype=bool)
    return mask


@dataclass
class ConflictPairs:
    outlet: np.ndarray    # index into the outlets
    asset: np.ndarray     # index into the assets
    distance: np.ndarray  # metres

    def __len__(self) -> int:
        return len(self.outlet)

    def subset(self, keep: np.ndarray) -> "ConflictPairs":
        return ConflictPairs(self.outlet[keep], self.asset[keep], self.distance[keep])


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
