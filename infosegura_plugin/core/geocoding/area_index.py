"""Named areas (neighbourhoods, and towns when the layer holds them too): find one by
name, find those under a point. Areas may nest (a neighbourhood inside its town)."""

from typing import FrozenSet, List, Optional, Sequence, Tuple

from shapely.geometry import Point
from shapely.prepared import prep

from ..addresses.fuzzy import similarity
from ..addresses.normalise import normalise_text
from . import line_arrays
from .box_index import BoxIndex
from .line_arrays import PolygonHits
from .memo import remembered

# Words that say "this is an area" and are not part of its name.
_AREA_WORDS = {"area", "subdivision", "sub", "division", "neighbourhood", "neighborhood",
               "barrio", "colonia", "zona", "sector", "village", "extension", "ext", "community"}
MIN_AREA_SCORE = 80.0
FIND_CACHE_SIZE = 4096


def area_key(name: str) -> str:
    tokens = [t for t in normalise_text(name).split() if t not in _AREA_WORDS]
    return " ".join(tokens) or normalise_text(name)


class AreaIndex:
    """Polygons with names, as plain shapely data."""

    def __init__(self, polygons: Sequence, names: Sequence[str]):
        self.polygons = list(polygons)
        self.names = [str(n or "").strip() for n in names]
        self.keys = [area_key(n) for n in self.names]
        # Shapely 1.8 (stock QGIS on Debian 12) and 2.x alike: prepared polygons and a box
        # grid, no STRtree.
        self._prepared = [prep(polygon) for polygon in self.polygons]
        self._boxes = BoxIndex([polygon.bounds for polygon in self.polygons])
        self._size = [polygon.area for polygon in self.polygons]
        self._inside = [None] * len(self.polygons)
        # Filled by the geocoder's builder: which areas are towns, and each area's towns.
        self.is_town: List[bool] = [False] * len(self.polygons)
        self.towns: List[FrozenSet[int]] = [frozenset()] * len(self.polygons)
        self._found: dict = {}
        self._hits = PolygonHits(self.polygons, self._prepared, self._boxes.boxes)

    def __len__(self):
        return len(self.polygons)

    def find(self, phrase: str) -> Tuple[Tuple[int, float], ...]:
        """((area index, score), ...) best first for a place phrase (cached)."""
        return remembered(self._found, phrase, self._find, FIND_CACHE_SIZE)

    def _find(self, phrase: str) -> Tuple[Tuple[int, float], ...]:
        key = area_key(phrase)
        if not key:
            return ()
        scored = []
        for i, name_key in enumerate(self.keys):
            score = 100.0 if key == name_key else similarity(key, name_key)
            if score >= MIN_AREA_SCORE:
                scored.append((i, round(score, 1)))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return tuple(scored)

    def areas_at(self, geometry) -> Tuple[int, ...]:
        """Areas containing a point (a line: its middle), smallest first (the neighbourhood
        before the town it lies in)."""
        if geometry.geom_type != "Point":
            geometry = geometry.interpolate(0.5, normalized=True)
        return self._smallest_first(
            i for i in self._boxes.at(geometry.x, geometry.y) if self._prepared[i].intersects(geometry))

    def _smallest_first(self, found) -> Tuple[int, ...]:
        """Areas in the order every look-up gives them: the smallest (the neighbourhood
        before its town) first, then by id."""
        size = self._size
        return tuple(sorted(found, key=lambda i: (size[i], i)))

    def areas_at_points(self, points: Sequence[Tuple[float, float]]) -> List[Tuple[int, ...]]:
        """``areas_at_xy`` of many points at once."""
        return [self._smallest_first(found) for found in self._hits.at_points(points, self._boxes)]

    def area_at(self, geometry) -> Optional[int]:
        """The smallest area containing a point (a line: its middle); None outside all."""
        found = self.areas_at(geometry)
        return found[0] if found else None

    def area_at_xy(self, x: float, y: float) -> Optional[int]:
        return self.area_at(Point(x, y))

    def areas_at_xy(self, x: float, y: float) -> Tuple[int, ...]:
        """``areas_at`` of a point given by its coordinates (shapely 2: no Point made)."""
        shapely = line_arrays.vectorised_module()
        if shapely is None:
            return self.areas_at(Point(x, y))
        return self._smallest_first(
            i for i in self._boxes.at(x, y) if shapely.intersects_xy(self._prepared[i].context, x, y))

    def contains(self, area: int, x: float, y: float) -> bool:
        return bool(self._prepared[area].contains(Point(x, y)))

    def inside_point(self, area: int) -> Tuple[float, float]:
        """A point surely inside the area (its representative point)."""
        if self._inside[area] is None:
            point = self.polygons[area].representative_point()
            self._inside[area] = (point.x, point.y)
        return self._inside[area]

    def names_of(self, areas: List[int]) -> str:
        return ", ".join(self.names[a] for a in areas)
