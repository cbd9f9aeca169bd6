"""Highway mile markers: "Mile 47 Hummingbird Highway" placed at (or between) markers."""

from collections import defaultdict
from typing import Dict, List, Optional, Sequence, Tuple

from ..addresses.fuzzy import street_name_score
from ..addresses.normalise import normalise_street_name

MIN_HIGHWAY_SCORE = 85.0


class MileMarkers:
    """Markers by highway name: [(mile, x, y)] sorted by mile."""

    def __init__(self, points: Sequence[Tuple[float, float]], highways: Sequence[str], miles: Sequence[float]):
        self.by_highway: Dict[str, List[Tuple[float, float, float]]] = defaultdict(list)
        for (x, y), highway, mile in zip(points, highways, miles):
            key = normalise_street_name(highway or "")
            if key and mile is not None:
                self.by_highway[key].append((float(mile), float(x), float(y)))
        for markers in self.by_highway.values():
            markers.sort()
        # Registers name the same highways and miles over and over: each answer worked out once.
        self._keys: Dict[Tuple[str, ...], Optional[str]] = {}
        self._located: Dict[Tuple[str, float], Optional[Tuple[Tuple[float, float], str, bool]]] = {}

    def __len__(self):
        return sum(len(m) for m in self.by_highway.values())

    def highway_key(self, *names: str) -> Optional[str]:
        """The marker highway that best fits any of ``names`` (normalised street names)."""
        if names not in self._keys:
            self._keys[names] = self._highway_key(names)
        return self._keys[names]

    def _highway_key(self, names: Tuple[str, ...]) -> Optional[str]:
        best_key, best_score = None, 0.0
        for key in self.by_highway:
            for name in names:
                score = street_name_score(name, key)
                if score > best_score:
                    best_key, best_score = key, score
        return best_key if best_score >= MIN_HIGHWAY_SCORE else None

    def span(self, key: str) -> Tuple[float, float]:
        """The first and last mile with a marker on a highway."""
        markers = self.by_highway[key]
        return markers[0][0], markers[-1][0]

    def locate(self, highway: str, mile: float) -> Optional[Tuple[Tuple[float, float], str, bool]]:
        """((x, y), highway key, exact) for a mile on a highway; None when not covered.

        Between two markers the point is interpolated on the straight line joining them
        (markers are a mile apart; the bend error is small at premises-map scale)."""
        key = (highway, mile)
        if key not in self._located:
            self._located[key] = self._locate(highway, mile)
        return self._located[key]

    def _locate(self, highway: str, mile: float) -> Optional[Tuple[Tuple[float, float], str, bool]]:
        best_key = self.highway_key(highway)
        if best_key is None:
            return None
        markers = self.by_highway[best_key]
        for marker_mile, x, y in markers:
            if abs(marker_mile - mile) < 1e-6:
                return (x, y), best_key, True
        for (m0, x0, y0), (m1, x1, y1) in zip(markers, markers[1:]):
            if m0 < mile < m1:
                share = (mile - m0) / (m1 - m0)
                return (x0 + share * (x1 - x0), y0 + share * (y1 - y0)), best_key, False
        return None
