"""The street-name index, built once per run from plain data (shapely lines + attributes).

A *street* here is what an address can name: all segments that carry one normalised name
(primary or alias), lie close together and belong to the same town. Two unrelated "Church
Street"s in different neighbourhoods or towns are two streets with the same key, which is
what makes ties possible (and what a town named in the address settles).
"""

import bisect
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, List, Optional, Sequence, Tuple

import numpy as np
from shapely.geometry import LineString, MultiLineString
from shapely.ops import linemerge

from ..addresses.fuzzy import TYPE_DIFFERENT_FACTOR, TYPE_MISSING_FACTOR, street_name_score
from ..addresses.normalise import normalise_street_name, split_street_type, street_core
from . import line_arrays
from .interpolation import Polyline
from .memo import remembered

# Segments of one name (in one town) closer than this belong to the same street: gaps at
# roundabouts, a block interrupted by a park or a canal, a segment left undrawn. Farther
# apart they are separate streets that share a name. The same distance as the tie rule:
# two parts closer than that would never be told apart anyway.
SAME_STREET_GAP_M = 250.0
# A candidate name must share this share of the query's trigrams to be scored at all, and
# either a Dice share of both names' trigrams or most of the query's (names with a word more).
BLOCKING_MIN_SHARE = 0.3
BLOCKING_MIN_DICE = 0.45
BLOCKING_MIN_COVER = 0.7
# Names scoring below this are not street candidates at all.
MIN_NAME_SCORE = 60.0
# A street reached through another name (an alias) scores this much less than one with
# that name as its own: "Front Street" is Front Street before 11th Avenue (aka Front St).
ALIAS_PENALTY = 6.0
# Two parts of one name in one town, in line with each other and this close, are one
# street interrupted (a grid cut by a bay or a park): "8th Street South" twice.
IN_LINE_GAP_M = 600.0
IN_LINE_ANGLE_DEG = 12.0
# "PG Hwy" for Philip Goldson Highway, "MV Blvd" for Mountain View Boulevard: the initials
# of a name of two to four words, when no other name has them.
INITIALS_SCORE = 85.0
MATCH_CACHE_SIZE = 65536


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
    own_towns: FrozenSet[int] = frozenset()  # as the data says, before stretches join their street's town
    _polyline: Optional[Polyline] = field(default=None, repr=False)
    box: Optional[Tuple[float, float, float, float]] = field(default=None, repr=False)  # the line's bounds

    @property
    def bounds(self) -> Tuple[float, float, float, float]:
        """The line's (xmin, ymin, xmax, ymax), measured once."""
        if self.box is None:
            self.box = tuple(self.line.bounds)
        return self.box

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
    bounds: Tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    primary_key: str = ""  # the normalised form of ``label``
    _middle: Optional[Tuple[float, float]] = field(default=None, repr=False)


ABBREVIATED_FALLBACK_BELOW = 80.0
# Streets with at least this many address ranges (highways) are searched for a number by
# their lowest numbers (sorted) rather than range by range.
SEARCHED_RANGE_ROWS = 16


def _first_letters(core: str) -> str:
    return " ".join(word[0] for word in core.split())


def trigrams(text: str) -> set:
    padded = f"  {text} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


def _cluster(lines: Sequence[LineString], gap: float, boxes: Optional[Sequence] = None) -> List[List[int]]:
    """Groups of line indices, connected when within ``gap`` of each other (union-find).

    Candidate pairs are the lines whose boxes lie within the gap of each other
    (``line_arrays.near_pairs``), so a national highway of thousands of segments costs
    about as many distance tests as segments; with shapely 2 they are measured in one call."""
    parent = list(range(len(lines)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    if boxes is None:
        boxes = [line.bounds for line in lines]
    first, second = line_arrays.near_pairs(boxes, gap)
    if line_arrays.vectorised():
        close = line_arrays.distances([lines[a] for a in first], [lines[b] for b in second])
        for a, b, distance in zip(first, second, close):
            if distance <= gap:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    else:
        for a, b in zip(first, second):
            ra, rb = find(a), find(b)
            if ra != rb and lines[a].distance(lines[b]) <= gap:
                parent[max(ra, rb)] = min(ra, rb)
    groups: Dict[int, List[int]] = defaultdict(list)
    for i in range(len(lines)):
        groups[find(i)].append(i)
    return sorted(groups.values())


def _union_box(boxes) -> Tuple[float, float, float, float]:
    """The envelope of several boxes (the bounds of the lines together)."""
    if len(boxes) == 1:
        return tuple(boxes[0])
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


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
    owned_lines = [segments[j].line for j in owned]
    for i in loose:
        nearest = owned[line_arrays.first_minimum(line_arrays.distances_to(segments[i].line, owned_lines))]
        parts[segments[nearest].towns].append(i)
    return [sorted(parts[town]) for town in sorted(parts, key=sorted)]


def _ends(members, segments):
    """The two farthest-apart vertices of a group of segments (its ends) and its direction."""
    points = [p for i in members for p in (segments[i].line.coords[0], segments[i].line.coords[-1])]
    first = min(points)
    last = max(points, key=lambda p: (p[0] - first[0]) ** 2 + (p[1] - first[1]) ** 2)
    return first, last


def _angle(a, b) -> float:
    """Angle in degrees between two directions (0-90: lines, not arrows)."""
    import math

    angle = abs(math.degrees(math.atan2(a[1], a[0]) - math.atan2(b[1], b[0]))) % 180.0
    return min(angle, 180.0 - angle)


def _join_in_line(groups, segments):
    """Join parts of one name and town that lie in line, up to IN_LINE_GAP_M apart."""
    import math

    if len(groups) < 2:
        return groups
    groups = [list(g) for g in groups]
    joined = True
    while joined:
        joined = False
        for a in range(len(groups)):
            for b in range(a + 1, len(groups)):
                ga, gb = groups[a], groups[b]
                if segments[ga[0]].towns != segments[gb[0]].towns:
                    continue
                (a0, a1), (b0, b1) = _ends(ga, segments), _ends(gb, segments)
                gap, p, q = min(((math.hypot(p[0] - q[0], p[1] - q[1]), p, q)
                                 for p in (a0, a1) for q in (b0, b1)), key=lambda t: t[0])
                if gap > IN_LINE_GAP_M or gap <= 0.0:
                    continue
                da, db, link = (a1[0] - a0[0], a1[1] - a0[1]), (b1[0] - b0[0], b1[1] - b0[1]), (q[0] - p[0], q[1] - p[1])
                if max(_angle(da, db), _angle(da, link), _angle(db, link)) <= IN_LINE_ANGLE_DEG:
                    groups[a] = sorted(ga + gb)
                    del groups[b]
                    joined = True
                    break
            if joined:
                break
    return groups


def middle_point(geometry) -> Tuple[float, float]:
    """A point half-way along the longest continuous part of a (multi)line."""
    merged = linemerge(geometry) if isinstance(geometry, MultiLineString) else geometry
    parts = list(merged.geoms) if hasattr(merged, "geoms") else [merged]
    longest = max(parts, key=lambda g: g.length)
    return line_arrays.xy_of(longest.interpolate(0.5, normalized=True))


class StreetIndex:
    """Per normalised name/alias -> streets; blocked fuzzy lookup of names."""

    def __init__(self, segments: Sequence[StreetSegment]):
        """Segments already carry their areas and towns (see ``layers.build_geocoder``)."""
        self.segments = list(segments)
        by_key: Dict[str, List[int]] = defaultdict(list)
        related: Dict[str, set] = defaultdict(set)
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
            for key in keys:
                related[key].update(keys)
        self.streets: List[Street] = []
        self.streets_by_key: Dict[str, List[int]] = {}
        for segment in self.segments:
            segment.own_towns = segment.towns  # before stretches without a town join their street's
        for key in sorted(by_key):
            self.streets_by_key[key] = []
            ids = by_key[key]
            groups = []
            for group in _cluster([self.segments[i].line for i in ids], SAME_STREET_GAP_M,
                                  [self.segments[i].bounds for i in ids]):
                groups.extend(_split_by_town([ids[j] for j in group], self.segments))
            groups = _join_in_line(groups, self.segments)
            for members in groups:
                labels = defaultdict(int)
                for i in members:
                    labels[primary_of[i]] += 1
                label = max(sorted(labels), key=lambda name: labels[name])
                lines = [self.segments[i].line for i in members]
                geometry = lines[0] if len(lines) == 1 else line_arrays.multi_line(lines)
                areas = tuple(sorted({a for i in members for a in self.segments[i].areas}))
                towns = frozenset().union(*(self.segments[i].towns for i in members))
                for i in members:  # a stretch just outside a town polygon belongs to its street's town
                    self.segments[i].towns = self.segments[i].towns or towns
                street = Street(
                    id=len(self.streets), key=key, label=label, segments=members, geometry=geometry,
                    areas=areas, towns=towns, has_ranges=any(self.segments[i].has_range for i in members),
                    bounds=_union_box([self.segments[i].bounds for i in members]),
                    primary_key=normalise_street_name(label),
                    ranged=tuple(i for i in members if self.segments[i].has_range),
                )
                self.streets.append(street)
                self.streets_by_key[key].append(street.id)
        # The point "on the street" of every street, measured together (streets are placed there).
        for street, middle in zip(self.streets, line_arrays.middle_points([s.geometry for s in self.streets])):
            street._middle = middle
        # Blocking: trigrams of each name's core -> keys, so a query scores a few names only.
        self._cores = {key: street_core(key) or key for key in self.streets_by_key}
        self._trigram_keys: Dict[str, set] = defaultdict(set)
        by_initials: Dict[Tuple[str, str], List[str]] = defaultdict(list)
        self._gram_counts: Dict[str, int] = {}
        for key, core in self._cores.items():
            grams = trigrams(core)
            self._gram_counts[key] = len(grams)
            for gram in grams:
                self._trigram_keys[gram].add(key)
            words = [w for w in core.split() if w not in ("de", "del", "la", "las", "los", "el", "of", "the")]
            if 2 <= len(words) <= 4 and all(w[0].isalpha() for w in words):
                by_initials[("".join(w[0] for w in words), split_street_type(key)[1])].append(key)
        self._initials = {initials: keys for initials, keys in by_initials.items()}
        self._by_first_letters: Dict[str, List[str]] = defaultdict(list)
        for key, core in self._cores.items():
            self._by_first_letters[_first_letters(core)].append(key)
        # The same trigram index as arrays: key numbers in sorted key order, one array per trigram.
        self._key_list = sorted(self._cores)
        number = {key: k for k, key in enumerate(self._key_list)}
        self._gram_postings = {gram: np.fromiter(sorted(number[key] for key in keys), dtype=np.int64, count=len(keys))
                               for gram, keys in self._trigram_keys.items()}
        self._gram_sizes = np.array([self._gram_counts[key] for key in self._key_list], dtype=np.int64)
        self._names_matched: dict = {}
        # Every name a name shares a segment with ("Northern Highway" / "Philip Goldson Highway").
        self.related_keys: Dict[str, Tuple[str, ...]] = {key: tuple(sorted(names)) for key, names in related.items()}
        self._range_tables: Dict[int, list] = {}
        self._range_search_tables: Dict[int, tuple] = {}
        self._matched: Dict[str, List[Tuple[Street, float]]] = {}
        self._town_points: Dict[tuple, Tuple[float, float]] = {}

    def __len__(self):
        return len(self.streets)

    def candidate_keys(self, query: str) -> List[str]:
        """Names worth scoring against ``query``: they share enough trigrams of the core,
        either in proportion to both lengths (a typo) or nearly all of the query's (a name
        with a word left out: "Goldson Hwy")."""
        core = street_core(query) or query
        grams = trigrams(core)
        postings = [self._gram_postings[gram] for gram in grams if gram in self._gram_postings]
        if not postings:
            return []
        # How many of the query's trigrams each name has (numpy: the same integer counts and
        # the same float tests as one name at a time).
        counts = np.bincount(np.concatenate(postings), minlength=len(self._key_list))
        needed = max(1, int(len(grams) * BLOCKING_MIN_SHARE))
        g = len(grams)
        kept = (counts >= needed) & ((2.0 * counts / (g + self._gram_sizes) >= BLOCKING_MIN_DICE)
                                     | (counts >= BLOCKING_MIN_COVER * g))
        return [self._key_list[k] for k in np.flatnonzero(kept).tolist()]

    def match_names(self, query: str) -> Tuple[Tuple[str, float], ...]:
        """((key, score), ...) best first, for a ``normalise_street_name`` query (cached)."""
        return remembered(self._names_matched, query, self._match_names, MATCH_CACHE_SIZE)

    def _match_names(self, query: str) -> Tuple[Tuple[str, float], ...]:
        if not query:
            return ()
        scored = {}
        for key in self.candidate_keys(query):
            score = 100.0 if key == query else street_name_score(query, key)
            if score >= MIN_NAME_SCORE:
                scored[key] = round(score, 1)
        core, kind = split_street_type(query)
        if not scored or max(scored.values()) < ABBREVIATED_FALLBACK_BELOW:
            # "Sthn Hwy", "Mtn View": too few trigrams in common; same first letters, same words.
            for key in self._by_first_letters.get(_first_letters(core), ()):
                score = street_name_score(query, key)
                if score >= MIN_NAME_SCORE and score > scored.get(key, 0.0):
                    scored[key] = round(score, 1)
        if 2 <= len(core) <= 4 and core.isalpha():
            names = {k for (initials, _kind), keys in self._initials.items() if initials == core for k in keys}
            if len({self._cores[k] for k in names}) == 1:
                for key in names:
                    key_kind = split_street_type(key)[1]
                    factor = 1.0 if key_kind == kind else (TYPE_MISSING_FACTOR if not (kind and key_kind)
                                                           else TYPE_DIFFERENT_FACTOR)
                    scored[key] = max(scored.get(key, 0.0), round(INITIALS_SCORE * factor, 1))
        return tuple(sorted(scored.items(), key=lambda item: (-item[1], item[0])))

    def match_streets(self, query: str) -> List[Tuple[Street, float]]:
        """Streets whose name or alias matches ``query``, with the name score, best first.

        A street reached through several of its names keeps its best score. Cached per query."""
        found = self._matched.get(query)
        if found is None:
            found = self._matched[query] = self._match_streets(query)
        return found

    def _match_streets(self, query: str) -> List[Tuple[Street, float]]:
        best: Dict[int, float] = {}
        by_alias: Dict[int, float] = {}
        for key, score in self.match_names(query):
            for street_id in self.streets_by_key[key]:
                aliased = key != self.streets[street_id].primary_key
                target = by_alias if aliased else best
                if score > target.get(street_id, -1.0):
                    target[street_id] = score
        for street_id, score in by_alias.items():
            if score <= best.get(street_id, -1.0):
                continue
            towns = self.streets[street_id].towns
            # Another street of the same town has that name as its own: it comes first.
            rival = any(best[other] >= score and self.streets[other].towns & towns
                        for other in best if other != street_id)
            best[street_id] = round(max(0.0, score - ALIAS_PENALTY), 1) if rival else score
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

    def ranges_holding(self, street: Street, number: int):
        """The rows of ``range_table(street)`` whose range holds ``number`` (parity
        included), in table order. A long street (a highway) is searched by its lowest
        numbers: only the ranges starting at or below ``number`` and reaching it are read."""
        table = self.range_table(street)
        if len(table) < SEARCHED_RANGE_ROWS:
            return [row for row in table if row[0] <= number <= row[1] and (row[2] is None or number % 2 == row[2])]
        lows, reach, order = self._range_search(street, table)
        held = []
        k = bisect.bisect_right(lows, number) - 1  # rows[order[:k + 1]] start at or below number
        while k >= 0 and reach[k] >= number:  # reach[k]: the highest number of those rows
            row = table[order[k]]
            if row[1] >= number and (row[2] is None or number % 2 == row[2]):
                held.append(order[k])
            k -= 1
        return [table[j] for j in sorted(held)]

    def _range_search(self, street: Street, table):
        """(lowest numbers sorted, the highest number reached up to each, table row of each)."""
        found = self._range_search_tables.get(street.id)
        if found is None:
            order = sorted(range(len(table)), key=lambda j: table[j][0])
            reach, top = [], None
            for j in order:
                top = table[j][1] if top is None else max(top, table[j][1])
                reach.append(top)
            found = self._range_search_tables[street.id] = ([table[j][0] for j in order], reach, order)
        return found

    def street_point(self, street: Street, area: Optional[int] = None, towns=None) -> Tuple[float, float]:
        """A point on the street; on its part inside ``area`` when it has one there, else
        on its part in ``towns`` (a highway named in a village: the village's stretch)."""
        if area is not None and len(street.areas) > 1:
            lines = [self.segments[i].line for i in street.segments if area in self.segments[i].areas]
            if lines:
                return middle_point(lines[0] if len(lines) == 1 else MultiLineString(lines))
        if towns:
            lines = [self.segments[i].line for i in street.segments if self.segments[i].own_towns & towns]
            if lines and len(lines) < len(street.segments):
                key = (street.id, frozenset(towns))
                if key not in self._town_points:
                    self._town_points[key] = middle_point(lines[0] if len(lines) == 1 else MultiLineString(lines))
                return self._town_points[key]
        if street._middle is None:
            street._middle = middle_point(street.geometry)
        return street._middle
