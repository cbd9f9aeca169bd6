"""Landmarks (each town with its own police station, market, church...) and mile markers."""

import math

from . import names as pools
from .network import MILE
from .plain_sum import plain_sum

# category -> (English name, Spanish name) for a town / for a village; {T} the town, {S} a saint
TEMPLATES = {
    "police": (("{T} Police Station", "Estación de Policía de {T}"), ("{T} Police Post", "Puesto de Policía de {T}")),
    "market": (("{T} Municipal Market", "Mercado Municipal de {T}"), ("{T} Market", "Mercado de {T}")),
    "church": (("{S} Catholic Church", "Iglesia Católica {s}"), ("{S} Catholic Church", "Iglesia Católica {s}")),
    "hall": (("{T} Town Hall", "Palacio Municipal de {T}"), ("{T} Village Council Hall", "Casa Comunal de {T}")),
    "health": (("{T} Polyclinic", "Policlínica de {T}"), ("{T} Health Post", "Puesto de Salud de {T}")),
    "park": (("{T} Central Park", "Parque Central de {T}"), ("{T} Central Park", "Parque Central de {T}")),
    "bus": (("{T} Bus Terminal", "Terminal de Autobuses de {T}"), None),
    "bank": (("Atlantic Bank {T}", "Banco Atlántico {T}"), None),
    "school": (("{S} RC School", "Escuela Católica {s}"), ("{S} RC School", "Escuela Católica {s}")),
    "field": (("{T} Football Field", "Cancha de Fútbol de {T}"), ("{T} Football Field", "Cancha de Fútbol de {T}")),
}
# probability that a town / a village has one
HAS = {"police": (1.0, 0.6), "market": (1.0, 0.25), "church": (1.0, 0.85), "hall": (1.0, 1.0),
       "health": (1.0, 0.45), "park": (1.0, 0.3), "bus": (1.0, 0.0), "bank": (0.8, 0.0), "school": (1.0, 0.8),
       "field": (0.7, 0.7), "fuel": (0.9, 0.3)}
CENTRAL = {"police", "market", "church", "hall", "park", "bus", "bank"}


def side_point(coords, fraction, side, offset):
    """The point ``fraction`` along a polyline, ``offset`` m to its right (side 'R') or left."""
    lengths = [math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(coords, coords[1:])]
    target = fraction * plain_sum(lengths)
    sign = 1.0 if side == "R" else -1.0
    for i, step in enumerate(lengths):
        if step == 0:
            continue
        if target <= step or i == len(lengths) - 1:
            a, b = coords[i], coords[i + 1]
            f = min(1.0, max(0.0, target / step))
            tx, ty = (b[0] - a[0]) / step, (b[1] - a[1]) / step
            return (a[0] + f * (b[0] - a[0]) + sign * offset * ty, a[1] + f * (b[1] - a[1]) - sign * offset * tx)
        target -= step
    return coords[-1]


def place_landmarks(rng, region, corridor, kinds):
    vocabulary = pools.KINDS[kinds]
    saints = pools.SAINTS[:]
    rng.shuffle(saints)
    brands_used = {}
    for town in region.towns:
        village = town.spec.kind == "Village"
        segs = [s for st in town.streets.values() for s in st.segments if st.name]
        cx, cy = town.center
        if town.layout.twin:      # the centre of this bank, not the river
            xs = [s.coords[0] for s in segs]
            cx, cy = sum(p[0] for p in xs) / len(xs), sum(p[1] for p in xs) / len(xs)
        near = [s for s in segs if _dist(_mid(s.coords), (cx, cy)) < (220 if village else 380)] or segs
        spanish_first = rng.random() < (0.5 if village else 0.3)
        saint = saints.pop() if saints else ("St. Jude", "San Judas Tadeo")
        placed = []
        for cat in ["police", "market", "church", "hall", "health", "park", "bus", "bank", "school", "field", "fuel"]:
            if rng.random() >= HAS[cat][1 if village else 0]:
                continue
            if cat == "fuel":
                brand = rng.choice(pools.FUEL_BRANDS)
                brands_used.setdefault(brand, 0)
                brands_used[brand] += 1
                names = (f"{brand} Service Station {town.name}", f"Gasolinera {brand}")
            else:
                template = TEMPLATES[cat][1 if village else 0]
                if template is None:
                    continue
                names = tuple(t.format(T=town.name, S=saint[0], s=saint[1]) for t in template)
            primary, alias = (names[1], names[0]) if spanish_first and cat != "fuel" else names
            aliases = [alias]
            if cat == "police" and not village:
                aliases.append(f"{town.name} Police HQ")
            if cat == "church":
                aliases.append(f"{town.name} RC Church")
            pt = _spot(rng, near if cat in CENTRAL else segs, placed)
            placed.append(pt)
            town.landmarks.append({"name": primary, "aliases": aliases, "kind": vocabulary[cat], "category": cat,
                                   "town": town.name, "pt": pt})
    for name, alias, cat in pools.SPECIAL_LANDMARKS.get(corridor, []):
        if cat == "bridge":
            twin = next((t for t in region.towns if t.layout.twin), None)
            if twin is None:
                continue
            coords = twin.layout.edge_coords((0, -1), (0, 1))
            pt = side_point(coords, 0.5, "R", 18.0)
            town = twin
        else:
            town = rng.choice([t for t in region.towns if t.spec.kind == "Village"] or region.towns)
            segs = [s for st in town.streets.values() for s in st.segments if st.name]
            pt = _spot(rng, segs, [lm["pt"] for lm in town.landmarks])
        town.landmarks.append({"name": name, "aliases": alias.split(";"), "kind": vocabulary[cat], "category": cat,
                               "town": town.name, "pt": pt})


def _mid(coords):
    return coords[len(coords) // 2]


def _dist(a, b):
    return math.hypot(a[0] - b[0], a[1] - b[1])


def _spot(rng, segments, placed):
    for _ in range(40):
        seg = segments[rng.randrange(len(segments))]
        pt = side_point(seg.coords, rng.uniform(0.3, 0.7), rng.choice("LR"), 15.0)
        if all(_dist(pt, q) > 70 for q in placed):
            break
    return (round(pt[0], 2), round(pt[1], 2))


def place_markers(road):
    """A marker every whole mile along the highway, 8 m to its right."""
    from .build import highway_point

    length = plain_sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(road.path, road.path[1:]))
    first = math.ceil(road.mile_at_start)
    last = road.mile_at_start + length / MILE
    road.markers = []
    for mile in range(first, int(math.floor(last)) + 1):
        pt = highway_point(road, mile, 8.0)
        if pt is not None:
            road.markers.append((mile, (round(pt[0], 2), round(pt[1], 2))))
