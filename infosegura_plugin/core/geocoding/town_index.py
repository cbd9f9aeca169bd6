"""The towns and villages the reference layers cover, and where each one is.

A town is *covered* when the data names it: a value of the street layer's town field, a
polygon of the towns layer, an area of the areas layer that is a town, or the one town the
user gives for a street layer without towns. Nothing else is covered: the built-in list of
Belize places only helps the parser to recognise names (``core.addresses.places``).
"""

from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from shapely.geometry import Point
from shapely.prepared import prep

from ..addresses.fuzzy import similarity
from ..addresses.places import place_key
from .box_index import BoxIndex
from .line_arrays import PolygonHits

NO_TOWN: FrozenSet[int] = frozenset()
# A typed town name this close to a covered one is that town ("Orange Wlak").
MIN_TOWN_SCORE = 88.0


@dataclass
class Town:
    key: str
    label: str
    polygons: List = field(default_factory=list)
    area: Optional[int] = None  # the area of the areas layer that is this town, if any
    point: Optional[Tuple[float, float]] = None  # where to show it for review


class TownIndex:
    """Covered towns by key, and the towns under a point (from polygons)."""

    def __init__(self):
        self.towns: List[Town] = []
        self.by_key: Dict[str, int] = {}
        self._prepared: List[Tuple[int, object]] = []
        self._boxes = BoxIndex([])
        self._hits = PolygonHits([], [], [])
        self._labels: Dict[FrozenSet[int], str] = {}

    def __len__(self):
        return len(self.towns)

    def add(self, name: str, polygon=None, area: Optional[int] = None) -> Optional[int]:
        """The id of the town called ``name`` (added when new); None for a blank name."""
        key = place_key(name)
        if not key:
            return None
        town_id = self.by_key.get(key)
        if town_id is None:
            town_id = len(self.towns)
            self.towns.append(Town(key, str(name).strip()))
            self.by_key[key] = town_id
        town = self.towns[town_id]
        if polygon is not None and not polygon.is_empty:
            town.polygons.append(polygon)
        if area is not None and town.area is None:
            town.area = area
        return town_id

    def finish(self):
        """Index the polygons (call once every town is added)."""
        self._prepared = [(i, prep(polygon)) for i, town in enumerate(self.towns) for polygon in town.polygons]
        boxes = [polygon.bounds for town in self.towns for polygon in town.polygons]
        # (town id, polygon, its bounds) of every polygon, in the order of ``_prepared``.
        self.polygon_boxes = [(i, polygon, box) for (i, _prepared), polygon, box in
                              zip(self._prepared, (p for town in self.towns for p in town.polygons), boxes)]
        self._boxes = BoxIndex(boxes)
        self._hits = PolygonHits([polygon for town in self.towns for polygon in town.polygons],
                                 [prepared for _i, prepared in self._prepared], self._boxes.boxes)

    @property
    def has_polygons(self) -> bool:
        return bool(self._prepared)

    def label(self, town_id: int) -> str:
        return self.towns[town_id].label

    def labels(self, town_ids) -> str:
        key = frozenset(town_ids)
        found = self._labels.get(key)
        if found is None:
            found = self._labels[key] = ", ".join(sorted(self.towns[i].label for i in key))
        return found

    def find(self, key: str) -> Optional[int]:
        """The covered town with this place key (exactly)."""
        return self.by_key.get(key)

    def find_fuzzy(self, phrase: str) -> Optional[int]:
        """The covered town a typed phrase names, allowing a typo; None when unsure."""
        key = place_key(phrase)
        if not key:
            return None
        exact = self.by_key.get(key)
        if exact is not None:
            return exact
        scored = sorted(((similarity(key, town.key), i) for i, town in enumerate(self.towns)), reverse=True)
        if scored and scored[0][0] >= MIN_TOWN_SCORE and (len(scored) == 1 or scored[1][0] < scored[0][0] - 5):
            return scored[0][1]
        return None

    def towns_at(self, x: float, y: float) -> FrozenSet[int]:
        """Towns whose polygon holds the point."""
        if not self._prepared:
            return NO_TOWN
        point = None
        found = set()
        for box in self._boxes.at(x, y):
            town_id, prepared = self._prepared[box]
            if town_id in found:
                continue
            point = point or Point(x, y)
            if prepared.intersects(point):
                found.add(town_id)
        return frozenset(found)

    def towns_at_points(self, points: Sequence[Tuple[float, float]]) -> List[FrozenSet[int]]:
        """``towns_at`` of many points at once."""
        if not self._prepared:
            return [NO_TOWN] * len(points)
        owner = [town_id for town_id, _prepared in self._prepared]
        return [frozenset(owner[k] for k in found) for found in self._hits.at_points(points, self._boxes)]

    def point_of(self, town_id: int, fallback: Sequence[Tuple[float, float]] = ()) -> Optional[Tuple[float, float]]:
        """A point inside the town (its polygon), else the middle of ``fallback`` points."""
        town = self.towns[town_id]
        if town.point is None:
            if town.polygons:
                biggest = max(town.polygons, key=lambda p: p.area)
                inside = biggest.representative_point()
                town.point = (inside.x, inside.y)
            elif fallback:
                xs = sorted(p[0] for p in fallback)
                ys = sorted(p[1] for p in fallback)
                centre = (xs[len(xs) // 2], ys[len(ys) // 2])
                town.point = min(fallback, key=lambda p: (p[0] - centre[0]) ** 2 + (p[1] - centre[1]) ** 2)
        return town.point
