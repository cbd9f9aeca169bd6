"""What Gi* hot spots need before any work, checked in one place for the hot spot tool
and the risk grid's own Gi*: enough polygons with a value, values that vary, and a
neighbourhood that neither links every polygon nor more pairs than memory holds.

Each check raises :class:`HotspotInputError` with a message naming the layer and what
to do.
"""

from typing import Optional, Sequence

import numpy as np

from ...i18n import tr

MIN_FEATURES = 30
# Neighbour pairs a distance band may make (each costs ~100 bytes while the weights are
# built): 10 million is ~1 GB, e.g. 100 neighbours for each of 100,000 cells.
MAX_BAND_PAIRS = 10_000_000


class HotspotInputError(ValueError):
    """Input Gi* cannot use; the message says why and what to do."""


def check_values(values: np.ndarray, layer: str, field: str) -> None:
    """``values``: the finite values Gi* will use (one per polygon)."""
    values = np.asarray(values, dtype=np.float64)
    if len(values) < MIN_FEATURES:
        raise HotspotInputError(tr(
            "The layer {} has {} polygons with a value in {}: Gi* needs at least 30 for its statistics "
            "to mean anything. Use a larger area or smaller cells.").format(layer, len(values), field))
    if np.ptp(values) <= 1e-12 * max(1.0, float(np.abs(values).max())):
        raise HotspotInputError(tr(
            "Every polygon of {} has the same {} ({}): there is no hot or cold spot to find.").format(
            layer, field, f"{values[0]:g}"))


def band_pairs(x: np.ndarray, y: np.ndarray, distance: float) -> int:
    """An upper bound of the ordered pairs of points within ``distance`` (itself included),
    counted from a bucket grid of that size without forming any pair."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if len(x) == 0 or not distance > 0:
        return 0
    bx = np.floor((x - x.min()) / distance).astype(np.int64) + 1
    by = np.floor((y - y.min()) / distance).astype(np.int64) + 1
    height = int(by.max()) + 2
    keys, counts = np.unique(bx * height + by, return_counts=True)
    total = 0
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            target = keys + dx * height + dy
            pos = np.minimum(np.searchsorted(keys, target), len(keys) - 1)
            found = keys[pos] == target
            total += int((counts[found] * counts[pos[found]]).sum())
    return total


def check_band(x: np.ndarray, y: np.ndarray, distance: float, layer: str) -> int:
    """Refuse a distance band that links every polygon with every other (Gi* is then the
    same everywhere) or that makes more neighbour pairs than :data:`MAX_BAND_PAIRS`;
    returns the estimated pairs."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    span = float(np.hypot(np.ptp(x), np.ptp(y))) if len(x) else 0.0
    if len(x) > 1 and distance >= span:
        raise HotspotInputError(tr(
            "A distance band of {} m links every polygon of {} with every other (they all lie within {} m): "
            "every Gi* would be the same. Use a smaller band (0 picks one for you) or contiguity.").format(
            f"{distance:g}", layer, f"{span:,.0f}"))
    pairs = band_pairs(x, y, distance) - len(x)
    if pairs > MAX_BAND_PAIRS:
        raise HotspotInputError(tr(
            "A distance band of {} m would give the {} polygons of {} about {} neighbours each ({} million pairs, "
            "more than this analysis can hold): use a smaller band (0 picks one for you) or contiguity.").format(
            f"{distance:g}", f"{len(x):,}", layer, f"{pairs / max(len(x), 1):,.0f}", f"{pairs / 1e6:,.0f}"))
    return pairs


def isolates_warning(isolates: Sequence[int], n: int, layer: str, ids: Sequence) -> Optional[str]:
    """A warning for polygons without a neighbour; every polygon isolated is an error."""
    if n and len(isolates) == n:
        raise HotspotInputError(tr(
            "No polygon of {} has a neighbour with this neighbourhood: use contiguity or a larger "
            "distance band.").format(layer))
    if not len(isolates):
        return None
    examples = ", ".join(str(ids[i]) for i in isolates[:10])
    return tr("{} polygons have no neighbour (feature ids {}{}): they get gi_class 0 and no z-score.").format(
        len(isolates), examples, ", ..." if len(isolates) > 10 else "")
