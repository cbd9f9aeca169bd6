"""The street-name index, built once per run from plain data (shapely lines + attributes).

A *street* here is what an address can name: all segments that carry one normalised name
(primary or alias), lie close together and belong to the same town. Two unrelated "Church
Street"s in different neighbourhoods or towns are two streets with the same key, which is
what makes ties possible (and what a town named in the address settles).
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

from shapely.geometry import LineString, MultiLineString
from shapely.ops import linemerge

from ..addresses.fuzzy import street_name_score
from ..addresses.normalise import normalise_street_name, street_core
from .interpolation import Polyline

# Segments of one name closer than this belong to the same street (gaps at roundabouts,
# short unnamed links); farther apart they are separate streets that share a name.
SAME_STREET_GAP_M = 100.0
# A candidate name must share this share of the query's trigrams to be scored at all.
BLOCKING_MIN_SHARE = 0.3
# Names scoring below this are not street candidates at all.
MIN_NAME_SCORE = 60.0


@dataclass
class StreetSegment:
    """One street-layer feature as plain data."""

    line: LineString
    name: str
    aliases: Tuple[str, ...] = ()
    l_from: Optional[int] = None
    l_to: Optional[int] = None
    r_from: Optional[int] = None
    r_to: Optional[int] = None
    town_name: str = ""  # the street layer's town field, as written
    areas: Tuple[int, ...] = ()  # AreaIndex ids holding it, smallest first (filled by the builder)
    towns: FrozenSet[int] = frozenset()  # TownIndex ids (filled by the builder)
    _polyline: Optional[Polyline] = field(default=None, repr=False)

    @property
    def polyline(self) -> Polyline:
        if self._polyline is None:
            self._polyline = Polyline(self.line)
        return self._polyline

    @property
    def area(self) -> Optional[int]:
        """The most specific area holding the segment."""
        return self.areas[0] if self.areas else None

    @property
    def has_range(self) -> bool:
        return (self.l_from is not None and self.l_to is not None) or (
            self.r_from is not None and self.r_to is not None
        )


@dataclass
class Street:
    """Segments sharing a normalised name and lying together."""

    id: int
    key: str  # normalised name
    label: str  # the primary name users see
    segments: List[int]
    geometry: object  # merged (Multi)LineString
    areas: Tuple[int, ...] = ()
    towns: FrozenSet[int] = frozenset()
    has_ranges: bool = False
    ranged: Tuple[int, ...] = ()  # the segments that have address ranges
    _middle: Optional[Tuple[float, float]] = field(default=None, repr=False)


def trigrams(text: str) -> set:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _cluster(lines: Sequence[LineString], gap: float) -> List[List[int]]:
    """Groups of line indices, connected when within ``gap`` of each other (union-find).

    Candidate pairs come from a grid of the boxes grown by half the gap, so a national
    highway of thousands of segments costs about as many distance tests as segments."""
    parent = list(range(len(lines)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    boxes = [line.bounds for line in lines]
    cell = max(gap * 4.0, 1.0)
    grid: Dict[Tuple[int, int], List[int]] = defaultdict(list)
    half = gap / 2.0
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        for cx in range(int((x0 - half) // cell), int((x1 + half) // cell) + 1):
            for cy in range(int((y0 - half) // cell), int((y1 + half) // cell) + 1):
                grid[(cx, cy)].append(i)
    tested = set()
    for members in grid.values():
        for m, a in enumerate(members):
            ax0, ay0, ax1, ay1 = boxes[a]
            for b in members[m + 1:]:
                if (a, b) in tested:
                    continue
                tested.add((a, b))
                bx0, by0, bx1, by1 = boxes[b]
                if bx0 > ax1 + gap or ax0 > bx1 + gap or by0 > ay1 + gap or ay0 > by1 + gap:
                    continue
                ra, rb = find(a), find(b)
                if ra != rb and lines[a].distance(lines[b]) <= gap:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: Dict[int, List[int]] = defaultdict(list)
    for i in range(len(lines)):
        groups[find(i)].append(i)
    return sorted(groups.values())


def _split_by_town(members: List[int], segments) -> List[List[int]]:
    """One street per town when a connected street runs through several (a highway);
    stretches with no town join the nearest town's part."""
    towns = {segments[i].towns for i in members} - {frozenset()}
    if len(towns) <= 1:
        return [members]
    parts: Dict[FrozenSet[int], List[int]] = defaultdict(list)
    loose = []
    for i in members:
        (parts[segments[i].towns] if segments[i].towns else loose).append(i)
    owned = [i for part in parts.values() for i in part]
    for i in loose:
        nearest = min(owned, key=lambda j: segments[i].line.distance(segments[j].line))
        parts[segments[nearest].towns].append(i)
    return [sorted(parts[town]) for town in sorted(parts, key=sorted)]


def middle_point(geometry) -> Tuple[float, float]:
    """A point half-way along the longest continuous part of a (multi)line."""
    merged = linemerge(geometry) if isinstance(geometry, MultiLineString) else geometry
    parts = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    longest = max(parts, key=lambda g: g.length)
    point = longest.interpolate(0.5, normalized=True)
    return point.x, point.y


class StreetIndex:
    """Per normalised name/alias -> streets; blocked fuzzy lookup of names."""

    def __init__(self, segments: Sequence[StreetSegment]):
        """Segments already carry their areas and towns (see ``layers.build_geocoder``)."""
        self.segments = list(segments)
        by_key: Dict[str, List[int]] = defaultdict(list)
        primary_of: Dict[int, str] = {}
        for i, segment in enumerate(self.segments):
            keys = []
            for name in (segment.name, *segment.aliases):
                key = normalise_street_name(name or "")
                if key and key not in keys:
                    keys.append(key)
            if keys:
                primary_of[i] = segment.name.strip()
            for key in keys:
                by_key[key].append(i)
        self.streets: List[Street] = []
        self.streets_by_key: Dict[str, List[int]] = {}
        for key in sorted(by_key):
            self.streets_by_key[key] = []
            ids = by_key[key]
            groups = []
            for group in _cluster([self.segments[i].line for i in ids], SAME_STREET_GAP_M):
                groups.extend(_split_by_town([ids[j] for j in group], self.segments))
            for members in groups:
                labels = defaultdict(int)
                for i in members:
                    labels[primary_of[i]] += 1
                label = max(sorted(labels), key=lambda name: labels[name])
                lines = [self.segments[i].line for i in members]
                geometry = lines[0] if len(lines) == 1 else MultiLineString(lines)
                areas = tuple(sorted({a for i in members for a in self.segments[i].areas}))
                towns = frozenset().union(*(self.segments[i].towns for i in members))
                for i in members:  # a stretch just outside a town polygon belongs to its street's town
                    self.segments[i].towns = self.segments[i].towns or towns
                street = Street(
                    id=len(self.streets), key=key, label=label, segments=members, geometry=geometry,
                    areas=areas, towns=towns, has_ranges=any(self.segments[i].has_range for i in members),
                    ranged=tuple(i for i in members if self.segments[i].has_range),
                )
                self.streets.append(street)
                self.streets_by_key[key].append(street.id)
        # Blocking: trigrams of each name's core -> keys, so a query scores a few names only.
        self._cores = {key: street_core(key) or key for key in self.streets_by_key}
        self._trigram_keys: Dict[str, set] = defaultdict(set)
        for key, core in self._cores.items():
            for gram in trigrams(core):
                self._trigram_keys[gram].add(key)
        self.match_names = lru_cache(maxsize=65536)(self._match_names)
        self._range_tables: Dict[int, list] = {}

    def __len__(self):
        return len(self.streets)

    def candidate_keys(self, query: str) -> List[str]:
        """Names worth scoring against ``query`` (shares enough trigrams of the core)."""
        core = street_core(query) or query
        grams = trigrams(core)
        counts: Dict[str, int] = defaultdict(int)
        for gram in grams:
            for key in self._trigram_keys.get(gram, ()):
                counts[key] += 1
        needed = max(1, int(len(grams) * BLOCKING_MIN_SHARE))
        return sorted(key for key, count in counts.items() if count >= needed)

    def _match_names(self, query: str) -> Tuple[Tuple[str, float], ...]:
        """((key, score), ...) best first, for a ``normalise_street_name`` query."""
        if not query:
            return ()
        scored = []
        for key in self.candidate_keys(query):
            score = 100.0 if key == query else street_name_score(query, key)
            if score >= MIN_NAME_SCORE:
                scored.append((key, round(score, 1)))
        scored.sort(key=lambda item: (-item[1], item[0]))
        return tuple(scored)

    def match_streets(self, query: str) -> List[Tuple[Street, float]]:
        """Streets whose name or alias matches ``query``, with the name score, best first.

        A street reached through several of its names keeps its best score."""
        best: Dict[int, float] = {}
        for key, score in self.match_names(query):
            for street_id in self.streets_by_key[key]:
                if score > best.get(street_id, -1.0):
                    best[street_id] = score
        ordered = sorted(best.items(), key=lambda item: (-item[1], item[0]))
        return [(self.streets[i], score) for i, score in ordered]

    def range_table(self, street: Street):
        """[(low, high, parity or None, segment, side, from, to)] of the street's address
        ranges, right side first (the order ``side_for_number`` tries them), built once."""
        table = self._range_tables.get(street.id)
        if table is None:
            table = []
            for i in street.ranged:
                segment = self.segments[i]
                for side, start, end in (("right", segment.r_from, segment.r_to), ("left", segment.l_from, segment.l_to)):
                    if start is None or end is None:
                        continue
                    parity = start % 2 if start % 2 == end % 2 else None
                    table.append((min(start, end), max(start, end), parity, i, side, start, end))
            self._range_tables[street.id] = table
        return table

    def street_point(self, street: Street, area: Optional[int] = None) -> Tuple[float, float]:
        """A point on the street; on its part inside ``area`` when it has one there."""
        if area is not None and len(street.areas) > 1:
            lines = [self.segments[i].line for i in street.segments if area in self.segments[i].areas]
            if lines:
                return middle_point(lines[0] if len(lines) == 1 else MultiLineString(lines))
        if street._middle is None:
            street._middle = middle_point(street.geometry)
        return street._middle
