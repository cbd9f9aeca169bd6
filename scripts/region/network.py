"""A region's street network: towns strung on one highway, named, with address ranges.

A region is a highway running through a few towns and villages (some real names, some
invented), each drawn with its own layout style (lattice.py), joined by rural stretches,
plus villages off the highway on feeder roads. Street names repeat across towns on
purpose; a few address ranges run backwards, some are hundred-block numbered, some
streets have no ranges at all, a few segments have no name.
"""

import math
from dataclasses import dataclass, field

import numpy as np
import shapely
from shapely.geometry import LineString, Polygon

from . import names as pools
from .lattice import stroke_length
from .plain_sum import plain_sum

MILE = 1609.344
RANGE_STEP = 15.0   # metres per number pair on continuously numbered streets


@dataclass
class TownSpec:
    name: str
    kind: str            # City / Town / Village
    style: str
    size: float
    district: str
    real: bool
    feeder: bool = False     # off the highway, on its own road
    twin: str = None         # the other bank of a river layout


@dataclass(eq=False)
class Street:
    name: str
    town: str
    alias: list
    cls: str
    segments: list = field(default_factory=list)
    ranged: bool = False


@dataclass(eq=False)
class Segment:
    sid: int
    street: Street
    coords: list
    l_from: int = None
    l_to: int = None
    r_from: int = None
    r_to: int = None

    @property
    def geom(self):
        return LineString(self.coords)

    def has_range(self):
        return self.l_from is not None or self.r_from is not None


@dataclass(eq=False)
class Town:
    spec: TownSpec
    layout: object
    side: int
    center: tuple
    polygon: object = None
    neighbourhoods: list = field(default_factory=list)   # [(name, polygon)]
    landmarks: list = field(default_factory=list)
    streets: dict = field(default_factory=dict)         # name -> Street

    @property
    def name(self):
        return self.spec.name


@dataclass(eq=False)
class Highway:
    name: str
    alias: list
    written: list                    # abbreviations clerks use
    path: list                       # vertices in mile order
    mile_at_start: float
    markers: list = field(default_factory=list)   # [(mile, (x, y))]


@dataclass(eq=False)
class Region:
    towns: list
    segments: list
    highways: list

    def town(self, name):
        return next(t for t in self.towns if t.name == name)


def merge_regions(regions):
    """One national layer from several corridors: segment ids numbered afresh."""
    merged = Region([t for r in regions for t in r.towns], [s for r in regions for s in r.segments],
                    [h for r in regions for h in r.highways])
    for k, seg in enumerate(merged.segments, start=1):
        seg.sid = k
    return merged


def unit(dx, dy):
    n = math.hypot(dx, dy) or 1.0
    return (dx / n, dy / n)


# --------------------------------------------------------------------------- placement
def place_stops(rng, stops, anchors):
    """Centres of the highway stops: real towns where they are, villages in between."""
    centres = {}
    known = [i for i, s in enumerate(stops) if s.name in anchors]
    for i in known:
        centres[i] = anchors[stops[i].name]
    for i, _stop in enumerate(stops):
        if i in centres:
            continue
        before = max((k for k in known if k < i), default=None)
        after = min((k for k in known if k > i), default=None)
        if before is not None and after is not None:
            (x0, y0), (x1, y1) = centres[before], centres[after]
            f = (i - before) / (after - before)
            f += rng.uniform(-0.08, 0.08) / (after - before)
            side = rng.uniform(-1500, 1500)
            d = unit(x1 - x0, y1 - y0)
            centres[i] = (x0 + f * (x1 - x0) + side * d[1], y0 + f * (y1 - y0) - side * d[0])
        else:
            ref = before if before is not None else after
            other = [k for k in known if k != ref]
            far = centres[other[0]] if other else (centres[ref][0] + 1, centres[ref][1] + 1)
            d = unit(centres[ref][0] - far[0], centres[ref][1] - far[1])
            steps = abs(i - ref)
            dist = steps * rng.uniform(5000, 8000)
            centres[i] = (centres[ref][0] + d[0] * dist + rng.uniform(-900, 900),
                          centres[ref][1] + d[1] * dist + rng.uniform(-900, 900))
    return [centres[i] for i in range(len(stops))]


def rural_link(rng, a, b, wobble=90.0):
    """A rural stretch of highway from a to b: a gently wandering polyline."""
    length = math.hypot(b[0] - a[0], b[1] - a[1])
    n = max(2, int(length / 700))
    d = unit(b[0] - a[0], b[1] - a[1])
    phase = rng.uniform(0, 2 * math.pi)
    pts = [a]
    for k in range(1, n):
        f = k / n
        off = wobble * math.sin(math.pi * f) * math.sin(2 * math.pi * f * 1.5 + phase)
        pts.append((round(a[0] + f * (b[0] - a[0]) + off * d[1], 2), round(a[1] + f * (b[1] - a[1]) - off * d[0], 2)))
    pts.append(b)
    return pts


# --------------------------------------------------------------------------- naming
class NamePool:
    """Unique street names for a region, Spanish-heavy; never a repeat of the common names."""

    def __init__(self, rng, spanish_share):
        self.rng = rng
        spanish = [f"{t} {w}" for w in pools.SPANISH_WORDS for t in ("Calle", "Avenida", "Callejón", "Pasaje",
                                                                 "Prolongación", "Calzada", "Camino")]
        english = [f"{w} {t}" for w in pools.ENGLISH_WORDS for t in pools.ENGLISH_TYPES]
        rng.shuffle(spanish)
        rng.shuffle(english)
        # one base word once per region: "Calle Tzalam" and "Tzalam Street" never both
        self.spanish, self.english, self.used_words = spanish, english, set()
        self.spanish_share = spanish_share
        self.taken = set(pools.COMMON_STREETS) | set(pools.HIGHWAY_LOCAL.values())
        self.taken |= {h[0] for h in pools.HIGHWAYS.values()} | {a for h in pools.HIGHWAYS.values() for a in h[1]}

    def _take(self, pool, base_of):
        while pool:
            name = pool.pop()
            base = base_of(name)
            if name not in self.taken and base not in self.used_words:
                self.used_words.add(base)
                self.taken.add(name)
                return name
        return None

    def next(self, spanish=None):
        if spanish is None:
            spanish = self.rng.random() < self.spanish_share
        if spanish:
            name = self._take(self.spanish, lambda n: n.split(" ", 1)[1])
        else:
            name = self._take(self.english, lambda n: n.rsplit(" ", 1)[0])
        if name is None:      # a big national layer runs the pools dry: repeat with a type change
            name = self._take(self.spanish, lambda n: n) or self._take(self.english, lambda n: n)
        if name is None:
            self.spanish = [f"{t} {w} {k}" for w in pools.SPANISH_WORDS for t in ("Calle", "Avenida")
                            for k in ("Norte", "Sur", "Oriente", "Poniente", "Nuevo", "Viejo")]
            self.rng.shuffle(self.spanish)
            name = self._take(self.spanish, lambda n: n)
        return name

    def alley(self):
        word = self.rng.choice(pools.SPANISH_WORDS if self.rng.random() < 0.7 else pools.ENGLISH_WORDS)
        name = f"Callejón {word}" if word in pools.SPANISH_WORDS else f"{word} Alley"
        if name in self.taken:
            return None
        self.taken.add(name)
        return name


def name_town_streets(rng, town, layout, strokes, pool, common, highway, others):
    """Give each stroke of one town (one bank of a twin) a name."""
    spec = town.spec
    axis_name = pools.HIGHWAY_LOCAL.get(spec.name) if not spec.feeder else None
    for st in strokes:
        if st.axis:
            if spec.feeder:
                st.name, st.alias = "Calle Real" if "Calle Real" in common else common[0], None
            elif axis_name:
                st.name, st.alias = axis_name, [highway[0]] + highway[1]
            else:
                st.name, st.alias = highway[0], list(highway[1])
    rest = [st for st in strokes if not st.axis]
    lengths = {id(st): stroke_length(layout, st) for st in rest}
    rest.sort(key=lambda st: (-lengths[id(st)], st.nodes[0]))
    numbered = spec.style == "bay"
    if numbered:
        _number_names(layout, rest, strokes)
    # the common names go to the longest streets, on every town of the region
    # the common names go to the longest streets of every town, two across and two along
    # the highway, so that "Main St & Queen St" is a corner in several towns
    used = {st.name for st in strokes if st.name}
    share = common[:4] if spec.kind != "Village" else rng.sample(common[:4], 2)
    share = [n for n in share if n not in used]
    across = [st for st in rest if st.name is None and st.orientation() == "u"]
    along = [st for st in rest if st.name is None and st.orientation() == "v"]
    for k, name in enumerate(share):
        group = across if k % 2 == 0 else along
        if group:
            group.pop(0).name = name
    # a road named after the place it leads to
    lead = [st for st in rest if st.name is None and lengths[id(st)] > 250]
    if lead and others:
        place = rng.choice(others)
        lead[0].name = rng.choice([f"{place} Road", f"Camino a {place}"])
    for st in rest:
        if st.name is not None:
            continue
        stub = len(st.nodes) == 2 and (layout.degree[st.nodes[0]] == 1 or layout.degree[st.nodes[-1]] == 1)
        if stub and rng.random() < 0.3:
            continue      # an unnamed track: name NULL in the layer
        st.name = (pool.alley() if stub else None) or pool.next()
        if len(st.nodes) >= 7 and rng.random() < 0.15:   # the name changes half-way
            cut = st.nodes[len(st.nodes) // 2]
            st.cuts.add(cut)
            st.second = (cut, pool.next())
    for st in rest:
        if st.name and rng.random() < 0.06 and not st.alias:
            st.alias = [pool.next()]   # an old name still in use


def _number_names(layout, rest, strokes):
    """Numbered avenues along the highway and numbered streets across it (Corozal-like)."""
    cols = sorted({round(sum(k[0] for k in st.nodes) / len(st.nodes)) for st in rest if st.orientation() == "v"})
    by_col = {c: i for i, c in enumerate(sorted(set(cols) | {0}))}
    for st in strokes:
        col = round(sum(k[0] for k in st.nodes) / len(st.nodes))
        if st.orientation() == "v" and col in by_col and by_col[col] < len(pools.ORDINALS):
            label = f"{pools.ORDINALS[by_col[col]]} Avenue"
            if st.axis:
                st.alias = [st.name] + (st.alias or [])
            st.name = label
    for st in rest:
        if st.orientation() != "u" or st.name:
            continue
        row = round(sum(k[1] for k in st.nodes) / len(st.nodes))
        if row == 0:
            continue
        k = abs(row)
        if k <= len(pools.ORDINALS):
            st.name = f"{pools.ORDINALS[k - 1]} Street {'North' if row > 0 else 'South'}"


# --------------------------------------------------------------------------- ranges
def assign_ranges(rng, town, share):
    """Address ranges on some streets only, in three numbering habits."""
    for street in sorted((s for s in town.streets.values() if s.name), key=lambda s: s.name):
        if street.cls not in ("Local", "Main") or rng.random() >= share:
            continue
        street.ranged = True
        scheme = rng.choices(["continuous", "block", "reversed"], [0.5, 0.3, 0.2])[0]
        odd_right = rng.random() < 0.5
        one_side = rng.random() < 0.1
        # a street broken by a missing block keeps counting: its pieces in order along it
        chains = _chains(street.segments)
        (x0, y0), (x1, y1) = max(chains, key=len)[0].coords[0], max(chains, key=len)[-1].coords[-1]
        ux, uy = unit(x1 - x0, y1 - y0)
        chains.sort(key=lambda c: (c[0].coords[0][0] - x0) * ux + (c[0].coords[0][1] - y0) * uy)
        total = plain_sum(s.geom.length for s in street.segments) + 60.0 * (len(chains) - 1)
        dist, k = 0.0, 0
        for chain in chains:
            for seg in chain:
                k += 1
                length = seg.geom.length
                a, b = dist, dist + length
                dist = b
                if length < 20:
                    continue
                if scheme == "block":
                    odd, even = (100 * k + 1, 100 * k + 99), (100 * k, 100 * k + 98)
                else:
                    if scheme == "reversed":
                        a, b = total - a, total - b
                    lo, hi = (a, b) if a < b else (b, a)
                    i0, i1 = math.ceil(lo / RANGE_STEP), math.ceil(hi / RANGE_STEP) - 1
                    if i1 <= i0:
                        continue
                    odd, even = (2 * i0 + 1, 2 * i1 + 1), (2 * i0 + 2, 2 * i1 + 2)
                    if a > b:
                        odd, even = odd[::-1], even[::-1]
                right, left = (odd, even) if odd_right else (even, odd)
                seg.r_from, seg.r_to = right
                if not one_side:
                    seg.l_from, seg.l_to = left
            dist += 60.0


def _chains(segments):
    """Segments of one street joined end to start, in drawing order."""
    by_start = {s.coords[0]: s for s in segments}
    ends = {s.coords[-1] for s in segments}
    chains, used = [], set()
    for s in segments:
        if s.coords[0] in ends or id(s) in used:
            continue
        chain = [s]
        used.add(id(s))
        while chain[-1].coords[-1] in by_start and id(by_start[chain[-1].coords[-1]]) not in used:
            chain.append(by_start[chain[-1].coords[-1]])
            used.add(id(chain[-1]))
        chains.append(chain)
    for s in segments:     # loops
        if id(s) not in used:
            chains.append([s])
            used.add(id(s))
    return chains


# --------------------------------------------------------------------------- areas
def town_polygon(layout, cells):
    """The ground outline of a set of lattice cells: their union in lattice space (unit
    squares, cheap), densified and mapped onto the ground."""
    us, vs = np.array([c[0] for c in cells], float), np.array([c[1] for c in cells], float)
    square = shapely.union_all(shapely.box(us - 0.5, vs - 0.5, us + 0.5, vs + 0.5)).buffer(0)
    if square.geom_type == "MultiPolygon":
        square = max(square.geoms, key=lambda g: g.area)
    ring = shapely.segmentize(Polygon(square.exterior.coords), 0.5).exterior.coords
    us, vs = zip(*ring)
    x, y = layout.mapper(us, vs)
    outline = Polygon(list(zip(x.round(2), y.round(2)))).buffer(0)
    if outline.geom_type != "Polygon" or outline.interiors:
        return outline.simplify(0.5)
    # The ring simplified as a line keeps its start point, as GEOS < 3.12 simplified a
    # polygon (GEOS 3.12 may drop it: other outlines, other data on Debian 13).
    return Polygon(LineString(outline.exterior.coords).simplify(0.5).coords)


def split_neighbourhoods(rng, layout, cells, count, polygon):
    """Neighbourhoods tiling a town: lattice cells grouped around seed cells (named later)."""
    cells = sorted(cells)
    seeds = rng.sample(cells, min(count, len(cells)))
    groups = {s: [] for s in seeds}
    for c in cells:
        best = min(seeds, key=lambda s: ((s[0] - c[0]) ** 2 + (s[1] - c[1]) ** 2, s))
        groups[best].append(c)
    result = []
    for seed in seeds:
        poly = town_polygon(layout, groups[seed]).intersection(polygon)
        if poly.geom_type == "MultiPolygon":
            poly = max(poly.geoms, key=lambda g: g.area)
        if poly.geom_type == "Polygon" and poly.area > 1000:
            result.append((None, poly))
    return result
