"""Which covered towns each street segment, area and landmark belongs to.

Sources, most explicit first: the street layer's town field; the town polygons (the
towns layer, and areas that are towns); the town of the nearest street for a landmark;
the street layer's own town, when the user gives one (or the register names one town
far more than any other, see ``dominant_town``).
"""

from collections import Counter
from typing import Dict, FrozenSet, Iterable, List, Optional, Sequence, Tuple

from shapely.geometry import Point

from ..addresses.places import BELIZE_PLACES, BUILTIN_VOCABULARY, place_key
from . import line_arrays
from .box_index import BoxIndex
from .town_index import NO_TOWN, TownIndex

# A segment just outside a town polygon (drawn a little small) still belongs to it.
POLYGON_SLACK_M = 200.0
# A landmark takes the town of a street this close, when no polygon holds it.
LANDMARK_STREET_REACH_M = 1500.0
# The register's own town: named in at least this share of the rows naming a town.
DOMINANT_SHARE = 0.6
DOMINANT_MIN_ROWS = 3


def collect_towns(segments, town_polygons: Sequence = (), areas=None, default_town: Optional[str] = None) -> TownIndex:
    """Every covered town: street town field values, town polygons ((name, polygon)),
    areas that are towns, the default town. Marks ``areas.is_town``."""
    towns, town_areas = covered_towns((segment.town_name for segment in segments), town_polygons, areas,
                                      default_town)
    for i in town_areas:
        areas.is_town[i] = True
    towns.finish()
    return towns


def covered_towns(town_names: Iterable[str], town_polygons: Sequence = (), areas=None,
                  default_town: Optional[str] = None) -> Tuple[TownIndex, List[int]]:
    """The covered towns (not yet ``finish``ed: names only) of streets with these
    ``town_names``, and which of ``areas`` are towns; changes nothing."""
    towns = TownIndex()
    for name in dict.fromkeys(town_names):  # each name once, in order
        if name:
            towns.add(name)
    for name, polygon in town_polygons:
        towns.add(name, polygon)
    town_areas = []
    if areas is not None and len(areas):
        inside_another = [_inside_another(areas, i) for i in range(len(areas))]
        layer_nests = any(inside_another)
        for i, name in enumerate(areas.names):
            key = place_key(name)
            # A town: named like a covered town, or a known place or (in a layer that nests
            # neighbourhoods inside towns) any area that lies in no other.
            top = not inside_another[i]
            if key and (key in towns.by_key or (top and (key in BELIZE_PLACES or layer_nests))):
                towns.add(name, areas.polygons[i], area=i)
                town_areas.append(i)
    if default_town:
        towns.add(default_town)
    return towns, town_areas


def _inside_another(areas, i: int) -> bool:
    point = areas.polygons[i].representative_point()
    size = areas.polygons[i].area
    return any(j != i and areas.polygons[j].area > size for j in areas.areas_at(point))


def assign_towns(segments, towns: TownIndex, areas=None, landmarks=None, default_town: Optional[str] = None):
    """Fill ``segment.areas`` / ``segment.towns``, ``areas.towns`` and ``landmarks.towns``."""
    default = frozenset([towns.find(place_key(default_town))]) if default_town else NO_TOWN
    middles = line_arrays.midpoints_of([segment.line for segment in segments])
    if areas is not None and len(areas):
        for segment, found in zip(segments, areas.areas_at_points(middles)):
            segment.areas = found
    named: Dict[str, FrozenSet[int]] = {}
    loose = []
    for k, segment in enumerate(segments):
        if segment.town_name:
            town = named.get(segment.town_name)
            if town is None:
                town = named[segment.town_name] = frozenset([towns.find(place_key(segment.town_name))])
            segment.towns = town
        else:
            loose.append(k)
    for k, found in zip(loose, _polygon_towns(towns, [middles[k] for k in loose])):
        segments[k].towns = found or default
    if areas is not None:
        _area_towns(segments, towns, areas, default)
    if landmarks is not None and len(landmarks):
        _landmark_towns(segments, towns, landmarks, default)


def _polygon_towns(towns: TownIndex, points) -> List[FrozenSet[int]]:
    """The towns holding each point, else those within POLYGON_SLACK_M of it."""
    if not towns.has_polygons:
        return [NO_TOWN] * len(points)
    return [found or _towns_near(towns, x, y) for found, (x, y) in zip(towns.towns_at_points(points), points)]


def _towns_near(towns: TownIndex, x: float, y: float) -> FrozenSet[int]:
    point = Point(x, y)
    near = set()
    for town_id, polygon, box in towns.polygon_boxes:
        if town_id not in near and _box_near(box, x, y, POLYGON_SLACK_M) \
                and polygon.distance(point) <= POLYGON_SLACK_M:
            near.add(town_id)
    return frozenset(near)


def _box_near(box, x, y, reach) -> bool:
    return box[0] - reach <= x <= box[2] + reach and box[1] - reach <= y <= box[3] + reach


def _area_towns(segments, towns: TownIndex, areas, default):
    votes: List[Counter] = [Counter() for _ in range(len(areas))]
    for segment in segments:
        for area in segment.areas:
            votes[area].update(segment.towns)
    for i in range(len(areas)):
        if areas.is_town[i]:
            areas.towns[i] = frozenset([towns.find(place_key(areas.names[i]))])
            continue
        x, y = areas.inside_point(i)
        found = towns.towns_at(x, y)
        if not found and votes[i]:
            found = frozenset([votes[i].most_common(1)[0][0]])
        areas.towns[i] = found or default


def _landmark_towns(segments, towns: TownIndex, landmarks, default):
    placed = [j for j, segment in enumerate(segments) if segment.towns]
    boxes = BoxIndex([segments[j].bounds for j in placed], cell=500.0) if placed else None
    for i, (x, y) in enumerate(landmarks.points):
        found = towns.towns_at(x, y)
        if not found and boxes is not None:
            found = _nearest_street_towns(segments, placed, boxes, x, y)
        landmarks.towns[i] = found or default
        if landmarks.towns[i]:
            landmarks.add_town_free_forms(i, [towns.towns[t].key for t in landmarks.towns[i]])


def _nearest_street_towns(segments, placed, boxes, x, y):
    """Towns of the nearest street with a town within reach: boxes nearest first, exact
    distances only while a box could still hold a nearer line."""
    def box_gap(k):
        x0, y0, x1, y1 = boxes.boxes[k]
        return max(x0 - x, 0.0, x - x1) ** 2 + max(y0 - y, 0.0, y - y1) ** 2

    point = Point(x, y)
    best = None
    for k in sorted(boxes.near(x, y, LANDMARK_STREET_REACH_M), key=box_gap):
        if best is not None and box_gap(k) > best[0] ** 2:
            break
        segment = segments[placed[k]]
        distance = segment.line.distance(point)
        if distance <= LANDMARK_STREET_REACH_M and (best is None or distance < best[0]):
            best = (distance, segment.towns)
    return best[1] if best is not None else NO_TOWN


def dominant_town(addresses: Iterable[str], parse=None) -> Optional[tuple]:
    """(town key, rows naming it, rows naming any town) when one recognised town is named
    in most rows that name a town: a register sent for one town. None otherwise.

    ``parse(text)``: the geocoder's own parser (its place vocabulary and caches)."""
    if parse is None:
        from ..addresses.parser import parse_address

        def parse(text):
            return parse_address(text, BUILTIN_VOCABULARY)

    counts: Counter = Counter()
    naming = 0
    for text, repeats in Counter(addresses).items():  # registers repeat: parse each text once
        keys = set(parse(text).towns)
        if keys:
            naming += repeats
            for key in keys:
                counts[key] += repeats
    if not counts:
        return None
    key, rows = counts.most_common(1)[0]
    if rows >= DOMINANT_MIN_ROWS and rows >= DOMINANT_SHARE * naming:
        return key, rows, naming
    return None
