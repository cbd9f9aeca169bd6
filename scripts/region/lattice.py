"""Town street layouts: a lattice of junctions in (u, v) index space, mapped onto the ground.

Every style is one lattice with a mask (which junctions exist), a map (how the lattice
bends: a warped grid, or offsets from a meandering river or highway), random missing
blocks and jittered junctions. The highway always runs along the column u = 0 in the +v
direction, so towns string onto it. Because streets are lattice edges, the network is
noded by construction (no pairwise intersection, fast enough for a national layer).

Styles (none is Belmopan's ring road with wedge neighbourhoods):
  grid       a regular highway town (Orange Walk-like): long straight blocks
  bay        a grid cut by a straight shore on one side (Corozal-like, numbered avenues)
  irregular  a hill town: bent streets, missing blocks, dead ends (Benque-like)
  strung     a highway village: side roads and back lanes off the highway
  river      twin towns on the two banks of a meandering river, joined by bridges
"""

import math
from dataclasses import dataclass, field

import numpy as np

STYLES = ("grid", "bay", "irregular", "strung", "river")
SUBDIVIDE = 3  # vertices per edge, so streets follow the map's curves


class AffineMap:
    """A slightly warped grid: u across the highway (to its right), v along it."""

    def __init__(self, center, heading, su, sv, warp, wavelength, phase):
        self.cx, self.cy = center
        self.hx, self.hy = heading
        self.rx, self.ry = heading[1], -heading[0]
        self.su, self.sv, self.warp, self.k, self.phase = su, sv, warp, 2 * math.pi / wavelength, phase

    def __call__(self, u, v):
        u, v = np.asarray(u, float), np.asarray(v, float)
        a = u * self.su + self.warp * np.sin(self.k * v * self.sv + self.phase)
        b = v * self.sv + 0.5 * self.warp * np.sin(self.k * u * self.su + 1.7 * self.phase)
        return self.cx + a * self.rx + b * self.hx, self.cy + a * self.ry + b * self.hy


class CurveMap:
    """Offsets from a meandering centre line (a river, or the highway itself).

    along='v': the centre line runs along v (a highway village), offsets across it by u.
    along='u': the centre line runs across the highway (a river), offsets along it by v.
    """

    def __init__(self, center, heading, su, sv, amplitude, wavelength, phase, along):
        self.cx, self.cy = center
        h = heading
        r = (heading[1], -heading[0])
        self.ea, self.el = (h, r) if along == "v" else (r, h)
        self.su, self.sv, self.amp, self.k, self.phase, self.along = su, sv, amplitude, 2 * math.pi / wavelength, \
            phase, along

    def __call__(self, u, v):
        u, v = np.asarray(u, float), np.asarray(v, float)
        t, d = (v * self.sv, u * self.su) if self.along == "v" else (u * self.su, v * self.sv)
        f = self.amp * np.sin(self.k * t + self.phase)
        fp = self.amp * self.k * np.cos(self.k * t + self.phase)
        n = np.sqrt(1 + fp * fp)
        a, lat = t - d * fp / n, f + d / n
        return (self.cx + a * self.ea[0] + lat * self.el[0], self.cy + a * self.ea[1] + lat * self.el[1])


@dataclass
class Stroke:
    """One street as drawn: junction keys in order, the edges between them."""

    nodes: list
    axis: bool = False
    side: int = 0
    name: str = None
    alias: str = None
    cuts: set = field(default_factory=set)   # extra nodes where the name changes

    def orientation(self):
        du = sum(abs(a[0] - b[0]) for a, b in zip(self.nodes, self.nodes[1:]))
        dv = len(self.nodes) - 1 - du
        return "u" if du >= dv else "v"


@dataclass
class Layout:
    style: str
    mapper: object
    nodes: dict                 # key (u, v) -> (x, y), rounded to the centimetre
    edges: dict                 # frozenset of two keys -> [(x, y), ...] from the smaller key
    strokes: list
    mask: set                   # lattice cells that belong to the town (for its polygon)
    axis: list                  # keys of the highway through the town, in highway order
    twin: bool = False          # river style: side 0 (v < 0) and side 1 (v > 0) are two towns
    half_gap: float = 0.0       # river style: where the river runs, in v units

    def edge_coords(self, a, b):
        coords = self.edges[frozenset((a, b))]
        return coords if min(a, b) == a else coords[::-1]

    def side_of(self, key):
        return 1 if self.twin and key[1] > 0 else 0

    def cell_polygon_coords(self, u0, u1, v0, v1, steps=4):
        """The ground outline of the lattice rectangle [u0, u1] x [v0, v1]."""
        us = np.linspace(u0, u1, steps + 1)
        vs = np.linspace(v0, v1, steps + 1)
        ring_u = np.concatenate([us, np.full(steps, u1), us[::-1][1:], np.full(steps - 1, u0)])
        ring_v = np.concatenate([np.full(steps + 1, v0), vs[1:], np.full(steps, v1), vs[::-1][1:-1]])
        x, y = self.mapper(ring_u, ring_v)
        return list(zip(np.round(x, 2), np.round(y, 2)))


def blob_mask(rng, ru, rv, shore=None):
    """Lattice cells inside a lumpy ellipse (and on the land side of a shore)."""
    p1, p2 = rng.uniform(0, 2 * math.pi), rng.uniform(0, 2 * math.pi)
    cells = set()
    for u in range(-int(ru) - 2, int(ru) + 3):
        for v in range(-int(rv) - 2, int(rv) + 3):
            theta = math.atan2(v / rv, u / ru)
            reach = 1 + 0.16 * math.sin(3 * theta + p1) + 0.09 * math.cos(5 * theta + p2)
            if (u / ru) ** 2 + (v / rv) ** 2 <= reach * reach and (shore is None or u <= shore):
                cells.add((u, v))
    vmax = int(rv)
    cells.update((0, v) for v in range(-vmax, vmax + 1))
    return cells


def make_layout(rng, style, center, heading, size, every_node=False):
    """One town layout. ``size`` scales the lattice (1.0: a town of a few hundred segments)."""
    np_rng = np.random.default_rng(rng.getrandbits(32))
    phase = rng.uniform(0, 2 * math.pi)
    twin = style == "river"
    if style in ("grid", "bay"):
        s = rng.uniform(95, 125)
        mapper = AffineMap(center, heading, s * rng.uniform(0.9, 1.1), s * rng.uniform(1.0, 1.3),
                           rng.uniform(4, 12), rng.uniform(900, 1600), phase)
        ru, rv = 7 * size, 9 * size
        mask = blob_mask(rng, ru, rv, shore=ru * 0.45 if style == "bay" else None)
        keep = {"u": 0.96, "v": 0.95}
        jitter = 3.0
    elif style == "irregular":
        s = rng.uniform(80, 105)
        mapper = AffineMap(center, heading, s, s, rng.uniform(20, 35), rng.uniform(500, 800), phase)
        ru, rv = 6 * size, 7 * size
        mask = blob_mask(rng, ru, rv)
        keep = {"u": 0.8, "v": 0.78}
        jitter = 0.27 * s
    elif style == "strung":
        su, sv = rng.uniform(100, 130), rng.uniform(130, 180)
        mapper = CurveMap(center, heading, su, sv, rng.uniform(25, 45), rng.uniform(1300, 2000), phase, "v")
        ru, rv = 2.6 * max(size, 0.8), 7 * size
        mask = blob_mask(rng, ru, rv)
        keep = {"u": 0.7, "v": 0.55}
        jitter = 0.18 * su
    elif style == "river":
        su, sv = rng.uniform(95, 120), rng.uniform(85, 100)
        mapper = CurveMap(center, heading, su, sv, rng.uniform(45, 70), rng.uniform(1400, 1900), phase, "u")
        ru, rv = 8 * size, 6 * size
        mask = {c for c in blob_mask(rng, ru, rv) if c[1] != 0}
        keep = {"u": 0.93, "v": 0.92}
        jitter = 4.0
    else:
        raise ValueError(style)

    def neighbours(key):
        u, v = key
        yield (u + 1, v), "u"
        if twin and v == -1:
            yield (u, 1), "v"      # a bridge, kept only where chosen below
        else:
            yield (u, v + 1), "v"

    bridges = {0}
    if twin:
        bank = sorted(u for u, v in mask if v == -1 and (u, 1) in mask and abs(u) >= 3)
        if bank:
            bridges.add(bank[rng.randrange(len(bank))])
    edge_keys = []
    for key in sorted(mask):
        for other, direction in neighbours(key):
            if other not in mask:
                continue
            is_axis = key[0] == 0 and other[0] == 0
            if twin and key[1] == -1 and other[1] == 1:
                if key[0] in bridges:
                    edge_keys.append((key, other))
                continue
            if is_axis or rng.random() < keep[direction]:
                edge_keys.append((key, other))
    edge_keys = connected_to_axis(edge_keys)
    used = sorted({k for pair in edge_keys for k in pair})
    us = np.array([k[0] for k in used], float)
    vs = np.array([k[1] for k in used], float)
    x, y = mapper(us, vs)
    jit = np_rng.uniform(-jitter, jitter, size=(len(used), 2))
    jit[us == 0] *= 0.3    # the highway wiggles less than the lanes
    offsets = {k: (jit[i, 0], jit[i, 1]) for i, k in enumerate(used)}
    nodes = {k: (round(float(x[i] + jit[i, 0]), 2), round(float(y[i] + jit[i, 1]), 2)) for i, k in enumerate(used)}
    edges = {}
    ts = np.linspace(0, 1, SUBDIVIDE + 1)[1:-1]
    for a, b in edge_keys:
        a, b = min(a, b), max(a, b)
        pu = a[0] + ts * (b[0] - a[0])
        pv = a[1] + ts * (b[1] - a[1])
        mx, my = mapper(pu, pv)
        oa, ob = offsets[a], offsets[b]
        mid = [(round(float(mx[i] + oa[0] + t * (ob[0] - oa[0])), 2), round(float(my[i] + oa[1] + t * (ob[1] - oa[1])), 2))
               for i, t in enumerate(ts)]
        edges[frozenset((a, b))] = [nodes[a]] + mid + [nodes[b]]
    axis = sorted((k for k in used if k[0] == 0), key=lambda k: k[1])
    layout = Layout(style, mapper, nodes, edges, [], mask, axis, twin=twin)
    layout.strokes = build_strokes(layout, set(edges), every_node, 2 if style in ("irregular", "strung") else 0)
    return layout


def connected_to_axis(edge_keys):
    """Only the edges connected to the highway: a town's streets all reach it."""
    adjacency = {}
    for a, b in edge_keys:
        adjacency.setdefault(a, []).append(b)
        adjacency.setdefault(b, []).append(a)
    start = min((k for k in adjacency if k[0] == 0), key=lambda k: abs(k[1]))
    seen, todo = {start}, [start]
    while todo:
        k = todo.pop()
        for n in adjacency[k]:
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return [(a, b) for a, b in edge_keys if a in seen]


def _direction(a, b):
    du, dv = b[0] - a[0], b[1] - a[1]
    if du:
        return "u+" if du > 0 else "u-"
    return "v+" if dv > 0 else "v-"


_OPPOSITE = {"u+": "u-", "u-": "u+", "v+": "v-", "v-": "v+"}


def build_strokes(layout, edge_set, every_node, max_turns):
    """Streets as drawn: through a junction a street goes straight on; at a bend with no
    junction it turns (organic layouts only, ``max_turns`` times at most: no staircase
    streets along a town's edge); the highway (u = 0) is its own street end to end."""
    incident = {}
    for edge in edge_set:
        a, b = tuple(edge)
        incident.setdefault(a, {})[_direction(a, b)] = b
        incident.setdefault(b, {})[_direction(b, a)] = a
    ends = {layout.axis[0], layout.axis[-1]}   # the highway links on outside the town
    pair = {}   # (node, direction) -> direction the street continues in

    def is_axis(a, b):
        return a[0] == 0 and b[0] == 0

    for node, out in incident.items():
        degree = len(out) + (1 if node in ends else 0)
        axis_dirs = [d for d, n in out.items() if is_axis(node, n)]
        if len(axis_dirs) == 2:
            pair[(node, axis_dirs[0])], pair[(node, axis_dirs[1])] = axis_dirs[1], axis_dirs[0]
        rest = [d for d in out if d not in axis_dirs]
        if len(rest) == 2 and degree == 2 and (max_turns or _OPPOSITE[rest[0]] == rest[1]):
            pair[(node, rest[0])], pair[(node, rest[1])] = rest[1], rest[0]
        else:
            for d in rest:
                if _OPPOSITE[d] in rest:
                    pair[(node, d)] = _OPPOSITE[d]
    seen = set()
    strokes = []

    def walk(start, direction):
        path = [start]
        node, d, turns = start, direction, 0
        while True:
            nxt = incident[node][d]
            seen.add(frozenset((node, nxt)))
            path.append(nxt)
            back = _OPPOSITE[d]
            cont = pair.get((nxt, back))
            if cont is None or frozenset((nxt, incident[nxt][cont])) in seen:
                return path
            turns += cont != d
            if turns > max_turns:
                return path
            node, d = nxt, cont

    for node in sorted(incident):
        for d in sorted(incident[node]):
            edge = frozenset((node, incident[node][d]))
            if edge in seen or (node, d) in pair:
                continue
            strokes.append(walk(node, d))
    for node in sorted(incident):     # closed loops: every end paired
        for d in sorted(incident[node]):
            if frozenset((node, incident[node][d])) not in seen:
                strokes.append(walk(node, d))
    result = []
    for path in strokes:
        axis = all(is_axis(a, b) for a, b in zip(path, path[1:]))
        if axis and path[0][1] > path[-1][1]:
            path = path[::-1]
        result.extend(_split_sides(layout, Stroke(path, axis=axis)))
    degree = {n: len(out) + (1 if n in ends else 0) for n, out in incident.items()}
    layout.degree = degree
    layout.every_node = every_node
    return result


def _split_sides(layout, stroke):
    """Twin towns: a street crossing the river is two streets, one per town."""
    if not layout.twin:
        return [stroke]
    parts, current = [], [stroke.nodes[0]]
    side = None
    for a, b in zip(stroke.nodes, stroke.nodes[1:]):
        edge_side = 0 if min(a[1], b[1]) < 0 else 1
        if side is not None and edge_side != side:
            parts.append((side, current))
            current = [a]
        side = edge_side
        current.append(b)
    parts.append((side, current))
    return [Stroke(nodes, axis=stroke.axis, side=s) for s, nodes in parts]


def stroke_segments(layout, stroke):
    """The stroke cut at junctions, dead ends and name changes: [(node keys, coords)]."""
    cut = set(stroke.cuts)
    segments, start = [], 0
    for i in range(1, len(stroke.nodes)):
        node = stroke.nodes[i]
        if i == len(stroke.nodes) - 1 or layout.every_node or layout.degree[node] != 2 or node in cut:
            keys = stroke.nodes[start:i + 1]
            coords = []
            for a, b in zip(keys, keys[1:]):
                part = layout.edge_coords(a, b)
                coords.extend(part if not coords else part[1:])
            segments.append((keys, coords))
            start = i
    return segments


def stroke_length(layout, stroke):
    total = 0.0
    for a, b in zip(stroke.nodes, stroke.nodes[1:]):
        (x0, y0), (x1, y1) = layout.nodes[a], layout.nodes[b]
        total += math.hypot(x1 - x0, y1 - y0)
    return total
