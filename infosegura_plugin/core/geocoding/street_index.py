"""The street-name index, built once per run from plain data (shapely lines + attributes).

A *street* here is what an address can name: all segments that carry one normalised name
(primary or alias) and lie close together. Two unrelated "Church Street"s in different
neighbourhoods are two streets with the same key, which is what makes ties possible.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Sequence, Tuple

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
    area: Optional[int] = None  # index into the AreaIndex, filled by StreetIndex
    _polyline: Optional[Polyline] = field(default=None, repr=False)

    @property
    def polyline(self) -> Polyline:
        if self._polyline is None:
            self._polyline = Polyline(self.line)
        return self._polyline

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
    has_ranges: bool = False
    ranged: Tuple[int, ...] = ()  # the segments that have address ranges
    _middle: Optional[Tuple[float, float]] = field(default=None, repr=False)


def trigrams(text: str) -> set:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _cluster(lines: Sequence[LineString], gap: float) -> List[List[int]]:
    """Groups of line indices, connected when within ``gap`` of each other (union-find)."""
    parent = list(range(len(lines)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Pairwise, with a bounding-box test first: one name has tens of segments at most.
    boxes = [line.bounds for line in lines]
    for a in range(len(lines)):
        ax0, ay0, ax1, ay1 = boxes[a]
        for b in range(a + 1, len(lines)):
            bx0, by0, bx1, by1 = boxes[b]
            if bx0 > ax1 + gap or ax0 > bx1 + gap or by0 > ay1 + gap or ay0 > by1 + gap:
                continue
            if lines[a].distance(lines[b]) <= gap:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: Dict[int, List[int]] = defaultdict(list)
    for i in range(len(lines)):
        groups[find(i)].append(i)
    return sorted(groups.values())


def middle_point(geometry) -> Tuple[float, float]:
    """A point half-way along the longest continuous part of a (multi)line."""
    merged = linemerge(geometry) if isinstance(geometry, MultiLineString) else geometry
    parts = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    longest = max(parts, key=lambda g: g.length)
    point = longest.interpolate(0.5, normalized=True)
    return point.x, point.y


class StreetIndex:
    """Per normalised name/alias -> streets; blocked fuzzy lookup of names."""

    def __init__(self, segments: Sequence[StreetSegment], area_of=None):
        """``area_of(line) -> area index or None`` assigns each segment its area."""
        self.segments = list(segments)
        if area_of is not None:
            for segment in self.segments:
                segment.area = area_of(segment.line)
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
            ids = by_key[key]
            groups = _cluster([self.segments[i].line for i in ids], SAME_STREET_GAP_M)
            self.streets_by_key[key] = []
            for group in groups:
                members = [ids[j] for j in group]
                labels = defaultdict(int)
                for i in members:
                    labels[primary_of[i]] += 1
                label = max(sorted(labels), key=lambda name: labels[name])
                lines = [self.segments[i].line for i in members]
                geometry = lines[0] if len(lines) == 1 else MultiLineString(lines)
                areas = tuple(sorted({self.segments[i].area for i in members} - {None}))
                street = Street(
                    id=len(self.streets), key=key, label=label, segments=members, geometry=geometry,
                    areas=areas, has_ranges=any(self.segments[i].has_range for i in members),
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
            lines = [self.segments[i].line for i in street.segments if self.segments[i].area == area]
            if lines:
                return middle_point(lines[0] if len(lines) == 1 else MultiLineString(lines))
        if street._middle is None:
            street._middle = middle_point(street.geometry)
        return street._middle
