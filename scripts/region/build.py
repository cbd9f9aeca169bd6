"""Assemble a region: stops on the highway, rural stretches, feeder villages, names, ranges, areas."""

import math

from . import names as pools
from .lattice import make_layout, stroke_segments
from .network import (
    MILE,
    Highway,
    NamePool,
    Region,
    Segment,
    Street,
    Town,
    assign_ranges,
    name_town_streets,
    place_stops,
    rural_link,
    split_neighbourhoods,
    town_polygon,
    unit,
)
from .places import place_landmarks, place_markers
from .plain_sum import plain_sum


def build_region(rng, corridor, stops, feeders, options):
    """``stops``: [[TownSpec] or [TownSpec, twin TownSpec]] in highway order; ``feeders``:
    TownSpecs of villages off the highway. ``options``: dict(every_node, range_share,
    spanish_share, neighbourhoods, village_areas)."""
    highway = pools.HIGHWAYS[corridor]
    anchors = {}
    for group in stops:
        real = [s for s in group if s.real]
        if len(real) == len(group):
            pts = [pools.REAL_TOWNS[s.name]["utm"] for s in group]
            anchors[group[0].name] = (plain_sum(p[0] for p in pts) / len(pts), plain_sum(p[1] for p in pts) / len(pts))
    heads = [g[0] for g in stops]
    centres = place_stops(rng, heads, anchors)
    towns, layouts = [], []
    for i, group in enumerate(stops):
        prev = centres[i - 1] if i else (2 * centres[0][0] - centres[1][0], 2 * centres[0][1] - centres[1][1])
        nxt = centres[i + 1] if i + 1 < len(centres) else (2 * centres[i][0] - prev[0], 2 * centres[i][1] - prev[1])
        heading = unit(nxt[0] - prev[0], nxt[1] - prev[1])
        layout = make_layout(rng, group[0].style, centres[i], heading, group[0].size, options.get("every_node", False))
        layouts.append(layout)
        for side, spec in enumerate(group):
            towns.append(Town(spec, layout, side, centres[i]))

    # the highway: a stub in, each town's axis, rural links, a stub out
    path, _rural = [], []       # rural: [[coords]] pieces with no town
    junction_cuts = set()

    def axis_coords(layout):
        coords = []
        for a, b in zip(layout.axis, layout.axis[1:]):
            part = layout.edge_coords(a, b)
            coords.extend(part if not coords else part[1:])
        return coords

    first = axis_coords(layouts[0])
    back = unit(first[0][0] - first[-1][0], first[0][1] - first[-1][1])
    stub_len = rng.uniform(3000, 5000)
    start = (round(first[0][0] + back[0] * stub_len, 2), round(first[0][1] + back[1] * stub_len, 2))
    links = [rural_link(rng, start, first[0], 60.0)]
    path.extend(links[0])
    for i, layout in enumerate(layouts):
        coords = axis_coords(layout)
        path.extend(coords[1:])
        if i + 1 < len(layouts):
            nxt = axis_coords(layouts[i + 1])[0]
            link = rural_link(rng, coords[-1], nxt)
        else:
            fwd = unit(coords[-1][0] - coords[0][0], coords[-1][1] - coords[0][1])
            length = rng.uniform(3000, 5000)
            link = rural_link(rng, coords[-1], (round(coords[-1][0] + fwd[0] * length, 2),
                                                 round(coords[-1][1] + fwd[1] * length, 2)), 60.0)
        links.append(link)
        path.extend(link[1:])

    # villages off the highway, each on its own feeder road
    feeder_roads = []
    for spec in feeders:
        k = rng.randrange(1, len(links) - 1) if len(links) > 2 else 0
        link = links[k]
        j = rng.randrange(1, len(link) - 1)
        junction = link[j]
        junction_cuts.add(junction)
        d = unit(link[j + 1][0] - link[j - 1][0], link[j + 1][1] - link[j - 1][1])
        sign = rng.choice((-1, 1))
        dist = rng.uniform(2500, 4000)
        centre = (junction[0] + sign * d[1] * dist, junction[1] - sign * d[0] * dist)
        heading = unit(centre[0] - junction[0], centre[1] - junction[1])
        layout = make_layout(rng, spec.style, centre, heading, spec.size, options.get("every_node", False))
        town = Town(spec, layout, 0, centre)
        towns.append(town)
        layouts.append(layout)
        entry = layout.nodes[layout.axis[0]]
        feeder_roads.append((spec.name, rural_link(rng, junction, entry, 150.0)))

    pool = NamePool(rng, options.get("spanish_share", 0.7))
    region_names = {t.name for t in towns}
    common = rng.sample(pools.COMMON_STREETS, 6)
    others = [n for n in pools.REAL_TOWNS if n not in region_names] + [t.name for t in towns if not t.spec.real]
    segments = []
    for town in towns:
        strokes = [st for st in town.layout.strokes if st.side == town.side]
        name_town_streets(rng, town, town.layout, strokes, pool, common, highway,
                          [n for n in others if n != town.name])
        for st in strokes:
            pieces = stroke_segments(town.layout, st)
            second = getattr(st, "second", None)
            name, alias = st.name, st.alias
            for keys, coords in pieces:
                if second and keys[0] == second[0]:
                    name, alias = second[1], None
                street = _street(town, name, alias, _class(st, name, common))
                seg = Segment(0, street, coords)
                street.segments.append(seg)
                segments.append(seg)

    hw = Street(highway[0], None, list(highway[1]), "Highway")
    for link in links:
        for piece in _cut(link, junction_cuts):
            seg = Segment(0, hw, piece)
            hw.segments.append(seg)
            segments.append(seg)
    for village, road in feeder_roads:
        street = Street(rng.choice([f"Camino a {village}", f"{village} Road"]), None, [], "Rural")
        for piece in _cut(road, set()):
            seg = Segment(0, street, piece)
            street.segments.append(seg)
            segments.append(seg)

    for town in towns:
        share = options.get("range_share", 0.45) * (1.0 if town.spec.kind != "Village" else 0.5)
        assign_ranges(rng, town, share)
        cells = [c for c in town.layout.mask if town.layout.side_of(c) == town.side]
        town.polygon = town_polygon(town.layout, cells)
        count = options.get("neighbourhoods", {}).get(town.spec.kind, 0)
        if count:
            town.neighbourhoods = split_neighbourhoods(rng, town.layout, cells, count, town.polygon)
    _name_neighbourhoods(rng, towns, options)

    rng.shuffle(segments)     # a layer's feature order says nothing about where streets are
    for k, seg in enumerate(segments, start=1):
        seg.sid = k
    road = Highway(highway[0], list(highway[1]), list(highway[2]), path, round(rng.uniform(38.0, 46.0), 2))
    place_markers(road)
    region = Region(towns, segments, [road])
    place_landmarks(rng, region, corridor, options.get("kinds", "en"))
    return region


def _street(town, name, alias, cls):
    key = name if name is not None else ("", len(town.streets))
    street = town.streets.get(key)
    if street is None:
        street = Street(name, town.name, list(alias or []), cls)
        town.streets[key] = street
    return street


def _class(stroke, name, common):
    if stroke.axis:
        return "Highway"
    if name is None:
        return "Track"
    if name in common or name.endswith("Avenue"):
        return "Main"
    if name.startswith("Callejón") or name.endswith("Alley"):
        return "Alley"
    return "Local"


def _cut(coords, cuts, every=3):
    """A rural polyline in pieces: every few vertices and at junctions."""
    pieces, current = [], [coords[0]]
    for k, pt in enumerate(coords[1:], start=1):
        current.append(pt)
        if k == len(coords) - 1 or pt in cuts or len(current) > every:
            pieces.append(current)
            current = [pt]
    return pieces


def _name_neighbourhoods(rng, towns, options):
    """Neighbourhood names: unique, except two names found in two towns on purpose."""
    pool = [n for n in pools.NEIGHBOURHOODS if n not in pools.REPEATED_NEIGHBOURHOODS]
    rng.shuffle(pool)
    with_areas = [t for t in towns if t.neighbourhoods]
    repeated = {}
    if len(with_areas) >= 2:
        for name in pools.REPEATED_NEIGHBOURHOODS:
            for town in rng.sample(with_areas, 2):
                repeated.setdefault(town.name, []).append(name)
    for town in with_areas:
        names = repeated.get(town.name, [])
        named = []
        for k, (_old, poly) in enumerate(town.neighbourhoods):
            name = names[k] if k < len(names) else (pool.pop() if pool else f"Sector {len(named) + 1}")
            named.append((name, poly))
        town.neighbourhoods = named


def highway_point(road, mile, offset=0.0):
    """The point of the highway at a (fractional) mile, ``offset`` m to its right."""
    target = (mile - road.mile_at_start) * MILE
    done = 0.0
    for (x0, y0), (x1, y1) in zip(road.path, road.path[1:]):
        step = math.hypot(x1 - x0, y1 - y0)
        if done + step >= target and step > 0:
            f = (target - done) / step
            tx, ty = (x1 - x0) / step, (y1 - y0) / step
            return (x0 + f * (x1 - x0) + offset * ty, y0 + f * (y1 - y0) - offset * tx)
        done += step
    return None
