"""Build the synthetic Belmopan sample (``make sample``).

Usage::

    .venv/bin/python scripts/make_sample.py [--out-dir DIR]

Writes ``resources/sample/belmopan.gpkg``, ``resources/sample/licence_register.csv``
(Windows-1252), ``resources/sample/licence_register.xlsx`` and the ground truth
``tests/data/belmopan_register_truth.csv`` (with ``--out-dir DIR`` every file goes into
DIR instead). See docs/sample_data.md for the contract. Everything is invented; no
network, fixed seeds, features written in a fixed order, fixed GeoPackage and workbook
timestamps, so two runs give the same content (and, with the same GDAL and openpyxl,
the same bytes).

How it is built
---------------
* Streets: named polylines (a closed ring road, five boulevards through the core, the
  George Price Highway east-west at the north, the Hummingbird Highway from its junction
  with the George Price Highway down the east side and away to the south-east, one
  rotated grid of collectors and local streets per neighbourhood, three residential
  loops). Every pair of lines is intersected, each line is cut at every junction, short
  overshoots past a junction are trimmed, and only the largest connected component is
  kept. About a third of the segments get left/right address ranges: numbers run along
  the line (one number pair every ``RANGE_STEP`` metres), odd on one side, even on the
  other, increasing in the line direction.
* Neighbourhoods: a central disc (the core) and nine 40-degree wedges, all clipped to an
  irregular city boundary, so they tile it exactly.
* Register: each row first gets a *true* location, then an address written from it:
  a house number interpolated on a ranged segment (truth = the interpolated point 10 m
  to that side of the street), a street name (truth = a point on the street), a pair of
  streets that cross exactly once (truth = the crossing), a landmark phrase (truth =
  20-50 m from the landmark), a neighbourhood (truth = a point on a street inside it) or
  WGS84 coordinates. Text noise (abbreviations, 1-2 letter typos, case, accents dropped,
  "Belmopan"/"Cayo District"/"C.D." tails) is added after. Premises are drawn with more
  weight on the core and the highways.
* Incidents (300: 150 in period 1 = 2024, 150 in period 2 = 2025) are simulated by
  rejection sampling from candidate points scattered along the streets (uniform by
  street length, 10 m perpendicular jitter) inside the city boundary, accepted with
  probability lambda(s) / max lambda, where

      log lambda(s) = 1.10 * [within 200 m of an on-premise outlet]
                    + 0.70 * [within 300 m of the bus terminal]
                    + 0.30 * [within 200 m of a market]
                    - 0.25 * [within 300 m of a police station]

  i.e. relative risks 3.0 (on-premise outlets: Publican's, Beer, Restaurant, Hotel,
  Night Club rows of the register that are located in Belmopan), 2.0 (bus terminal),
  1.35 (market) and 0.78 (police, protective). Both periods share the same intensity, so
  a model fitted on period 1 should predict period 2.
"""

import argparse
import csv
import datetime as dt
import io
import math
import os
import random
import sys
import zipfile
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import substring, unary_union

ROOT = Path(__file__).resolve().parents[1]
SEED = 20250143
EPSG = 32616
CX, CY = 312500.0, 1908000.0
RANGE_STEP = 12.0
MILE = 1609.344
FIXED_TIME = dt.datetime(2026, 1, 1, 0, 0, 0)
REFERENCE = dt.date(2026, 1, 1)

gdal.UseExceptions()
ogr.UseExceptions()


# --------------------------------------------------------------------------- geometry
def circle(cx, cy, rx, ry, n=64, start=0.0, wobble=None):
    pts = []
    for k in range(n):
        a = start + 2 * math.pi * k / n
        f = 1.0 if wobble is None else wobble(a)
        pts.append((cx + rx * f * math.cos(a), cy + ry * f * math.sin(a)))
    return pts


def rnd(pt):
    return (round(pt[0], 2), round(pt[1], 2))


def round_geom(geom):
    import shapely

    return shapely.transform(geom, lambda a: np.round(a, 2))


BOUNDARY = Polygon(circle(
    CX, CY + 100, 2700, 2750, n=72,
    wobble=lambda a: 1 + 0.06 * math.sin(3 * a + 0.5) + 0.04 * math.cos(5 * a)))
BOUNDARY = round_geom(BOUNDARY)
CORE_RADIUS = 500.0
CORE = Polygon(circle(CX, CY, CORE_RADIUS, CORE_RADIUS, n=48))
CORE = round_geom(CORE)

# (name, population) going counter-clockwise from east, 40 degrees each.
SECTORS = ["Maya Mopan", "Cohune Walk", "Belama", "San Martin", "Las Flores", "Salvapan",
           "Tiger Run", "Las Palmas", "Mayflower"]
CORE_NAME = "Capital Core"


def neighbourhoods():
    outer = BOUNDARY.difference(CORE)
    result = [(CORE_NAME, CORE)]
    far = 8000.0
    for k, name in enumerate(SECTORS):
        a0, a1 = math.radians(40 * k), math.radians(40 * (k + 1))
        arc = [(round(CX + far * math.cos(a0 + (a1 - a0) * t / 8), 2),
                round(CY + far * math.sin(a0 + (a1 - a0) * t / 8), 2)) for t in range(9)]
        wedge = Polygon([(CX, CY)] + arc)
        piece = round_geom(outer.intersection(wedge))
        if piece.geom_type != "Polygon":
            piece = max(piece.geoms, key=lambda g: g.area)
        result.append((name, piece))
    return result


# --------------------------------------------------------------------------- names
ENGLISH = [
    "Cotton Tree Avenue", "Cohune Street", "Ceiba Street", "Hibiscus Street", "Orchid Street",
    "Toucan Street", "Jabiru Avenue", "Sapodilla Street", "Breadfruit Street", "Cashew Street",
    "Mango Street", "Avocado Street", "Tamarind Street", "Almond Street", "Coconut Street",
    "Pine Street", "Cedar Street", "Rosewood Street", "Palmetto Street", "Bamboo Street",
    "Bougainvillea Street", "Frangipani Street", "Heliconia Street", "Jaguar Avenue", "Tapir Street",
    "Kinkajou Street", "Macaw Street", "Pelican Street", "Parrot Street", "Keel Bill Street",
    "Manatee Street", "Moho Street", "Sibun Street", "Macal Street", "Mopan Street",
    "Raleigh Street", "Xunantunich Street", "Caracol Street", "Lamanai Street", "Altun Ha Street",
    "Cahal Pech Street", "Sunset Avenue", "Sunrise Street", "Hillview Street", "School Street",
    "Market Lane", "Garden Street", "Fern Street", "Lime Street", "Guava Street", "Papaya Street",
    "Sugar Cane Street", "Nutmeg Lane", "Allspice Close", "Chaya Crescent", "Cacao Drive",
    "Blue Hole Road", "St. Herman's Street", "Poinsettia Way", "Kingfisher Street",
]
SPANISH = [
    "Calle Ramón Peñalver", "Avenida Guanacaste", "Calle Santa Rita", "Calle San Juan",
    "Calle La Ceiba", "Calle El Roble", "Calle Los Pinos", "Calle Jacarandá", "Calle Nance",
    "Calle Zapote", "Calle Caoba", "Calle Cedro", "Calle Laurel", "Avenida Las Palmas",
    "Calle Las Orquídeas", "Calle San José", "Calle Guadalupe", "Calle El Carmen", "Calle La Paz",
    "Calle Libertad", "Calle Benito Juárez", "Calle Miguel Hidalgo", "Calle José Martí",
    "Avenida Bolívar", "Calle Morazán", "Calle Dolores", "Calle Los Almendros", "Calle Los Mangos",
    "Calle El Jícaro", "Calle Tulipán", "Calle Amapola", "Calle Gardenia", "Calle Azucena",
    "Calle Girasol", "Calle Flamboyán", "Calle Palma Real", "Calle Naranjo", "Calle Limón",
    "Calle Marañón", "Calle Guayacán", "Calle Mamey", "Avenida Las Américas", "Calle Colibrí",
    "Calle Pedro Pérez", "Calle Ixchel", "Calle Tikal",
]
# Deliberately repeated in two far-apart neighbourhoods (geocoding ties).
REPEATED = {"Church Street": ("Salvapan", "Maya Mopan"), "Mahogany Street": ("San Martin", "Las Palmas")}
# A street named after its neighbourhood (area vs street).
OWN_STREET = {"Las Flores": "Calle Las Flores"}
OLD_NAMES = {  # a few streets keep their old name as an alt name
    "Cotton Tree Avenue": "Old Cotton Tree Road", "Calle Ramón Peñalver": "Calle Principal",
    "Hibiscus Street": "Flower Street", "Avenida Guanacaste": "Guanacaste Avenue",
    "Calle Las Flores": "Las Flores Street", "Jaguar Avenue": "Avenida Jaguar",
}

CLASS_WEIGHT = {"highway": 4.0, "boulevard": 3.0, "ring": 2.0, "collector": 1.5, "local": 0.5}


class Line:
    def __init__(self, name, cls, coords, alt=None, group=None, home=None, closed=False):
        self.name, self.cls, self.alt, self.home, self.closed = name, cls, alt, home, closed
        self.coords = [tuple(c) for c in coords]
        self.group = group
        self.ranged = False
        self.odd_right = True

    @property
    def geom(self):
        return LineString(self.coords + ([self.coords[0]] if self.closed else []))


def major_lines():
    lines = []
    ring = circle(CX, CY, 1250, 1150, n=72)
    lines.append(Line("Ring Road", "ring", [rnd(p) for p in ring], alt="Belmopan Ring Road;Carretera Circunvalación",
                      closed=True))
    east = rnd(ring[0])  # (313750, 1908000): the Hummingbird Highway touches the ring here
    gph = [(306800, 1910050), (309500, 1910250), (312000, 1910350), (314300, 1910300), (317200, 1910000),
           (319000, 1909700)]
    lines.append(Line("George Price Highway", "highway", gph, alt="Western Highway;Carretera del Oeste"))
    hum = [(314300, 1910300), (314200, 1909300), (313900, 1908600), east, (313900, 1907300), (314500, 1906100),
           (315600, 1904900), (317300, 1903300), (318400, 1902300)]
    lines.append(Line("Hummingbird Highway", "highway", hum, alt="Carretera Hummingbird;Hummingbird Hwy"))

    def ring_pt(deg, over=20.0):
        a = math.radians(deg)
        return (CX + (1250 + over) * math.cos(a), CY + (1150 + over) * math.sin(a))

    lines.append(Line("Unity Boulevard", "boulevard", [ring_pt(172), (312500, 1908290), ring_pt(22)],
                      alt="Bulevar Unidad"))
    lines.append(Line("Constitution Drive", "boulevard", [(312560, 1907330), (312470, 1908500), (312430, 1910368)],
                      alt="Avenida Constitución"))
    lines.append(Line("Mountain View Boulevard", "boulevard", [(312300, 1907800), (313100, 1907600),
                                                               (313920, 1907390)],
                      alt="Bulevar Vista a la Montaña;MV Blvd"))
    lines.append(Line("Forest Drive", "boulevard", [(311050, 1907320), (311800, 1907700), (312620, 1908160)],
                      alt="Old Forest Road"))
    lines.append(Line("Independence Hill Road", "boulevard", [(312380, 1907960), (312300, 1907200),
                                                              (312150, 1906600), (312050, 1906150)],
                      alt="Independence Hill"))
    for i, line in enumerate(lines):
        line.group = f"major{i}"
    return lines


def grid_lines(rng, areas, majors):
    """A rotated grid per neighbourhood, clipped inside it (15 m in), plus three loops."""
    names_en = ENGLISH[:]
    names_es = SPANISH[:]
    rng.shuffle(names_en)
    rng.shuffle(names_es)
    pool = []
    for a, b in zip(names_en, names_es):
        pool += [a, b]
    pool += names_en[len(names_es):] + names_es[len(names_en):]
    near_major = unary_union([m.geom for m in majors]).buffer(25)
    lines = []
    built = Point(CX, CY).buffer(2050, 64)
    for nb, poly in areas:
        inner = poly.buffer(-15).intersection(built)
        c = inner.centroid
        mid = math.atan2(c.y - CY, c.x - CX) if nb != CORE_NAME else 0.3
        angle = mid + rng.uniform(-0.15, 0.15)
        spacing = 210.0 if nb != CORE_NAME else 170.0
        ux, uy = math.cos(angle), math.sin(angle)
        vx, vy = -uy, ux
        off_u, off_v = rng.uniform(0, spacing), rng.uniform(0, spacing)
        candidates = []
        for direction in ("u", "v"):
            for k in range(-14, 15):
                t = k * spacing + (off_u if direction == "u" else off_v)
                if direction == "u":   # lines along v, placed along u
                    p0 = (c.x + ux * t - vx * 4000, c.y + uy * t - vy * 4000)
                    p1 = (c.x + ux * t + vx * 4000, c.y + uy * t + vy * 4000)
                else:
                    p0 = (c.x + vx * t - ux * 4000, c.y + vy * t - uy * 4000)
                    p1 = (c.x + vx * t + ux * 4000, c.y + vy * t + uy * 4000)
                clipped = LineString([p0, p1]).intersection(inner)
                parts = [g for g in getattr(clipped, "geoms", [clipped]) if g.geom_type == "LineString"]
                parts = [g for g in parts if g.length >= 120]
                # no local street running along a main road (a crossing is fine)
                parts = [g for g in parts if g.intersection(near_major).length < 110]
                if parts:
                    candidates.append((direction, abs(t), parts))
        candidates.sort(key=lambda item: (item[0], item[1]))
        collectors = set()
        for direction in ("u", "v"):
            first = next((i for i, cand in enumerate(candidates) if cand[0] == direction), None)
            if first is not None:
                collectors.add(first)
        repeated_here = [n for n, homes in REPEATED.items() if nb in homes]
        own = OWN_STREET.get(nb)
        for i, (_direction, _t, parts) in enumerate(candidates):
            if i in collectors and own:
                name, own = own, None
            elif i not in collectors and repeated_here:
                name = repeated_here.pop()
            else:
                name = pool.pop(0)
            cls = "collector" if i in collectors else "local"
            group = f"{nb}:{i}"
            for part in parts:
                coords = [rnd(p) for p in part.coords]
                lines.append(Line(name, cls, coords, alt=OLD_NAMES.get(name), group=group, home=nb))
        if nb in ("Cohune Walk", "Las Palmas", "Belama"):
            name = {"Cohune Walk": "Orchid Loop", "Las Palmas": "Circuito Las Palmas", "Belama": "Jabiru Circle"}[nb]
            ring = circle(c.x + 40, c.y - 30, 150, 120, n=36, start=0.1)
            lines.append(Line(name, "local", [rnd(p) for p in ring], group=f"{nb}:loop", home=nb, closed=True))
    return lines


# --------------------------------------------------------------------------- noding
class Junctions:
    def __init__(self):
        self.cells = {}

    def get(self, x, y):
        key = (int(x // 2), int(y // 2))
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for p in self.cells.get((key[0] + dx, key[1] + dy), []):
                    if math.hypot(p[0] - x, p[1] - y) < 1.5:
                        return p
        p = rnd((x, y))
        self.cells.setdefault(key, []).append(p)
        return p


def point_list(geom):
    if geom.is_empty:
        return []
    if geom.geom_type == "Point":
        return [geom]
    if geom.geom_type in ("MultiPoint", "GeometryCollection"):
        return [g for g in geom.geoms if g.geom_type == "Point"]
    return []


def split_lines(lines):
    """Cut every line at every junction: [(line index, LineString, start pt, end pt)]."""
    junctions = Junctions()
    geoms = [ln.geom for ln in lines]
    cuts = [[] for _ in lines]
    for i in range(len(lines)):
        for j in range(i + 1, len(lines)):
            if not geoms[i].envelope.buffer(1).intersects(geoms[j].envelope):
                continue
            for p in point_list(geoms[i].intersection(geoms[j])):
                q = junctions.get(p.x, p.y)
                cuts[i].append(q)
                cuts[j].append(q)
    for i, ln in enumerate(lines):
        if ln.closed:
            continue
        for end in (ln.coords[0], ln.coords[-1]):
            e = Point(end)
            for j in range(len(lines)):
                if j != i and geoms[j].distance(e) < 0.5:
                    p = geoms[j].interpolate(geoms[j].project(e))
                    q = junctions.get(p.x, p.y)
                    cuts[i].append(q)
                    cuts[j].append(q)
    segments = []
    for i, ln in enumerate(lines):
        g = geoms[i]
        pts = sorted(set(cuts[i]))
        if not pts:
            continue
        if ln.closed:
            first = min(pts, key=lambda q: g.project(Point(q)))
            d0 = g.project(Point(first))
            coords = list(substring(g, d0, g.length).coords) + list(substring(g, 0, d0).coords)[1:]
            g = LineString(coords)
            dist = sorted({(round(g.project(Point(q)), 3), q) for q in pts})
            dist = [(0.0, first)] + [d for d in dist if d[0] > 0.5] + [(g.length, first)]
        else:
            dist = sorted({(round(g.project(Point(q)), 3), q) for q in pts})
            if dist[0][0] > 0.5:
                dist.insert(0, (0.0, rnd(ln.coords[0])))
            if dist[-1][0] < g.length - 0.5:
                dist.append((g.length, rnd(ln.coords[-1])))
        merged = [dist[0]]
        for d in dist[1:]:
            if d[0] - merged[-1][0] > 1.0:
                merged.append(d)
            else:
                merged[-1] = (merged[-1][0], merged[-1][1]) if merged[-1][1] in cuts[i] else d
        for (da, pa), (db, pb) in zip(merged, merged[1:]):
            seg = substring(g, da, db)
            coords = [pa] + [rnd(c) for c in list(seg.coords)[1:-1]] + [pb]
            clean = [coords[0]]
            for c in coords[1:]:
                if c != clean[-1]:
                    clean.append(c)
            if len(clean) >= 2:
                segments.append((i, LineString(clean), clean[0], clean[-1]))
    return segments


def trim_overshoots(lines, segments):
    degree = {}
    for _i, _g, a, b in segments:
        degree[a] = degree.get(a, 0) + 1
        degree[b] = degree.get(b, 0) + 1
    by_line = {}
    for seg in segments:
        by_line.setdefault(seg[0], []).append(seg)
    changed = False
    keep = []
    for i, ln in enumerate(lines):
        segs = by_line.get(i, [])
        if not segs:
            changed = True
            continue
        if not ln.closed:
            first, last = segs[0], segs[-1]
            start, end = 0, len(segs)
            if degree[first[2]] == 1 and first[1].length < 60 and len(segs) > 1:
                start += 1
            if degree[last[3]] == 1 and last[1].length < 60 and len(segs) - start > 1:
                end -= 1
            if (start, end) != (0, len(segs)):
                changed = True
                coords = []
                for s in segs[start:end]:
                    coords += list(s[1].coords) if not coords else list(s[1].coords)[1:]
                ln.coords = coords
        keep.append(ln)
    return keep, changed


def largest_component(segments):
    parent = {}

    def find(a):
        parent.setdefault(a, a)
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for _i, _g, a, b in segments:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    sizes = {}
    for _i, g, a, _b in segments:
        sizes[find(a)] = sizes.get(find(a), 0) + g.length
    best = max(sizes, key=lambda r: (sizes[r], r))
    return [s for s in segments if find(s[2]) == best]


# --------------------------------------------------------------------------- streets
class Segment:
    def __init__(self, sid, line, geom, start_d, nb):
        self.sid, self.line, self.geom, self.start_d, self.nb = sid, line, geom, start_d, nb
        self.l_from = self.l_to = self.r_from = self.r_to = None

    @property
    def name(self):
        return self.line.name


def build_streets(rng, areas):
    majors = major_lines()
    lines = majors + grid_lines(rng, areas, majors)
    for _ in range(4):
        segments = split_lines(lines)
        lines, changed = trim_overshoots(lines, segments)
        if not changed:
            break
    segments = split_lines(lines)
    segments = largest_component(segments)
    result = []
    offsets = {}
    for i, g, _a, _b in segments:
        ln = lines[i]
        start = offsets.get(i, 0.0)
        offsets[i] = start + g.length
        mid = g.interpolate(0.5, normalized=True)
        nb = next((name for name, poly in areas if poly.contains(mid)), None)
        result.append(Segment(len(result) + 1, ln, g, start, nb))
    assign_ranges(rng, lines, result)
    return lines, result


def assign_ranges(rng, lines, segments):
    by_line = {}
    for s in segments:
        by_line.setdefault(id(s.line), []).append(s)
    order = [ln for ln in lines if id(ln) in by_line]
    forced = [ln for ln in order if ln.name in ("Mountain View Boulevard", "Constitution Drive", "Forest Drive")]
    rest = [ln for ln in order if ln.cls in ("local", "collector") and ln not in forced]
    rng.shuffle(rest)
    target = len(segments) / 3.0
    count = 0
    for ln in forced + rest:
        if count >= target:
            break
        ln.ranged = True
        ln.odd_right = rng.random() < 0.6
        for s in by_line[id(ln)]:
            a, b = s.start_d, s.start_d + s.geom.length
            i0, i1 = math.ceil(a / RANGE_STEP), math.ceil(b / RANGE_STEP) - 1
            if i1 <= i0:
                continue
            odd = (2 * i0 + 1, 2 * i1 + 1)
            even = (2 * i0 + 2, 2 * i1 + 2)
            if ln.odd_right:
                (s.r_from, s.r_to), (s.l_from, s.l_to) = odd, even
            else:
                (s.l_from, s.l_to), (s.r_from, s.r_to) = odd, even
            count += 1


def side_point(geom, fraction, side, offset):
    """The point at ``fraction`` along ``geom``, ``offset`` m to its right (side='R') or left."""
    d = fraction * geom.length
    p = geom.interpolate(d)
    a = geom.interpolate(max(d - 1.0, 0))
    b = geom.interpolate(min(d + 1.0, geom.length))
    tx, ty = b.x - a.x, b.y - a.y
    n = math.hypot(tx, ty) or 1.0
    rx, ry = ty / n, -tx / n  # right-hand normal
    sign = 1.0 if side == "R" else -1.0
    return (p.x + sign * rx * offset, p.y + sign * ry * offset)


# --------------------------------------------------------------------------- places
# name, category, target (x, y) or neighbourhood, Spanish/English alt names
ASSETS = [
    ("Belmopan Market", "market", (312700, 1908160), "Mercado de Belmopan;the market;Market Square"),
    ("Belmopan Bus Terminal", "bus_terminal", (312800, 1907930), "Terminal de Buses;bus station;the terminal"),
    ("Belmopan Police Station", "police", (312240, 1908380), "Estación de Policía de Belmopan;police station"),
    ("Salvapan Police Sub-Station", "police", "Salvapan", "Estación de Policía de Salvapan"),
    ("Las Flores Police Post", "police", "Las Flores", "Puesto de Policía Las Flores"),
    ("Western Regional Hospital", "health_centre", (313300, 1908700), "Hospital Regional del Oeste;the hospital"),
    ("Salvapan Health Centre", "health_centre", "Salvapan", "Centro de Salud Salvapan"),
    ("Las Flores Polyclinic", "health_centre", "Las Flores", "Policlínica Las Flores"),
    ("Maya Mopan Health Post", "health_centre", "Maya Mopan", "Puesto de Salud Maya Mopan"),
    ("Belmopan Comprehensive School", "school", (311700, 1908620), "BCS;Escuela Comprensiva de Belmopan"),
    ("Our Lady of Guadalupe RC School", "school", (312650, 1908620), "Escuela Guadalupe"),
    ("Belmopan Methodist School", "school", "Capital Core", "Escuela Metodista"),
    ("Salvapan Primary School", "school", "Salvapan", "Escuela Primaria Salvapan"),
    ("Las Flores Primary School", "school", "Las Flores", "Escuela Primaria Las Flores"),
    ("San Martin Government School", "school", "San Martin", "Escuela de Gobierno San Martín"),
    ("Maya Mopan Primary School", "school", "Maya Mopan", "Escuela Primaria Maya Mopan"),
    ("Cohune Walk Preschool", "school", "Cohune Walk", "Preescolar Cohune Walk"),
    ("Belama Baptist School", "school", "Belama", "Escuela Bautista Belama"),
    ("Las Palmas Adventist School", "school", "Las Palmas", "Escuela Adventista Las Palmas"),
    ("Tiger Run High School", "school", "Tiger Run", "Colegio Tiger Run"),
    ("Mayflower Infant School", "school", "Mayflower", "Escuela Mayflower"),
    ("Belmopan Sixth Form", "school", "Capital Core", "Sexto Año Belmopan"),
    ("University of Belize", "school", (311900, 1907280), "UB;Universidad de Belice"),
    ("Our Lady of Guadalupe Church", "church", (312600, 1908450),
     "Catholic Church;Iglesia Católica;Iglesia de Guadalupe"),
    ("Seventh-day Adventist Church", "church", (312950, 1908720), "Adventist Church;SDA Church;Iglesia Adventista"),
    ("Salvapan Seventh-day Adventist Church", "church", "Salvapan", "Adventist Church;SDA Church;Iglesia Adventista"),
    ("Belmopan Methodist Church", "church", (312150, 1908150), "Iglesia Metodista"),
    ("St. Ann's Anglican Church", "church", "San Martin", "Iglesia Anglicana"),
    ("Belmopan Baptist Church", "church", "Belama", "Iglesia Bautista"),
    ("Las Flores Pentecostal Church", "church", "Las Flores", "Iglesia Pentecostal Las Flores"),
    ("Maya Mopan Nazarene Church", "church", "Maya Mopan", "Iglesia del Nazareno"),
    ("Kingdom Hall of Jehovah's Witnesses", "church", "Tiger Run", "Salón del Reino"),
    ("Iglesia Evangélica Bethel", "church", "Salvapan", "Bethel Evangelical Church"),
    ("Mennonite Fellowship Chapel", "church", "Mayflower", "Capilla Menonita"),
    ("Las Palmas Church of God", "church", "Las Palmas", "Iglesia de Dios Las Palmas"),
    ("Cohune Walk Gospel Hall", "church", "Cohune Walk", "Salón Evangélico"),
    ("St. Michael's Catholic Chapel", "church", "San Martin", "Capilla San Miguel"),
    ("Belmopan Central Park", "park", (312420, 1908080), "Parque Central;Independence Plaza"),
    ("Salvapan Park", "park", "Salvapan", "Parque Salvapan"),
    ("Las Flores Football Field", "park", "Las Flores", "Cancha Las Flores"),
    ("Maya Mopan Park", "park", "Maya Mopan", "Parque Maya Mopan"),
    ("Belama Park", "park", "Belama", "Parque Belama"),
    ("San Martin Football Field", "park", "San Martin", "Cancha San Martín"),
    ("Las Palmas Park", "park", "Las Palmas", "Parque Las Palmas"),
    ("Tiger Run Park", "park", "Tiger Run", "Parque Tiger Run"),
    ("Salvapan Playground", "playground", "Salvapan", "Área de Juegos Salvapan"),
    ("Las Flores Playground", "playground", "Las Flores", "Área de Juegos Las Flores"),
    ("Maya Mopan Playground", "playground", "Maya Mopan", "Área de Juegos Maya Mopan"),
    ("Cohune Walk Playground", "playground", "Cohune Walk", "Área de Juegos Cohune Walk"),
    ("Belama Playground", "playground", "Belama", "Área de Juegos Belama"),
    ("San Martin Playground", "playground", "San Martin", "Área de Juegos San Martín"),
    ("Mayflower Playground", "playground", "Mayflower", "Área de Juegos Mayflower"),
    ("Core Children's Playground", "playground", "Capital Core", "Área de Juegos"),
    ("Salvapan Community Centre", "community_centre", "Salvapan", "Centro Comunitario Salvapan"),
    ("Las Flores Community Centre", "community_centre", "Las Flores", "Centro Comunitario Las Flores"),
    ("Maya Mopan Community Centre", "community_centre", "Maya Mopan", "Centro Comunitario Maya Mopan"),
    ("San Martin Community Centre", "community_centre", "San Martin", "Centro Comunitario San Martín"),
    ("Belmopan Civic Center", "community_centre", (312150, 1907940), "Civic Centre;Centro Cívico"),
    ("Belmopan Youth Centre", "youth_centre", (311650, 1908200), "Centro Juvenil de Belmopan"),
    ("Salvapan Youth Hub", "youth_centre", "Salvapan", "Centro Juvenil Salvapan"),
    ("Las Palmas Youth Club", "youth_centre", "Las Palmas", "Club Juvenil Las Palmas"),
    ("Las Flores Farmers Market", "market", "Las Flores", "Mercado de Agricultores Las Flores"),
    ("Support Facility 1", "shelter", "Belama", None),
    ("Support Facility 2", "shelter", "Tiger Run", None),
    ("Support Facility 3", "shelter", "Mayflower", None),
]
ASSET_KIND = {"health_centre": "health_centre", "playground": "park"}
# Landmarks that are not community assets: name, kind, target, alt names
EXTRA_LANDMARKS = [
    ("Belize Bank", "bank", (312560, 1908260), "Banco de Belice"),
    ("Heritage Bank", "bank", (312380, 1907720), "Banco Heritage"),
    ("Shell Gas Station", "gas_station", (314020, 1909200), "Gasolinera Shell;Shell station"),
    ("Shell Gas Station", "gas_station", (311200, 1910340), "Gasolinera Shell;Shell station"),
    ("Puma Gas Station", "gas_station", (313300, 1910380), "Gasolinera Puma;Puma station"),
    ("Mopan Supermarket", "store", (312950, 1908350), "Supermercado Mopan"),
    ("Belmopan Post Office", "post_office", (312350, 1908200), "Oficina de Correos;post office"),
    ("National Assembly Building", "government", (312500, 1908560), "Asamblea Nacional"),
    ("Belmopan Fire Station", "fire_station", (313100, 1907650), "Estación de Bomberos"),
]


def snap_near_street(segments, target, offset=14.0):
    p = Point(target)
    best = min(segments, key=lambda s: (s.geom.distance(p), s.sid))
    g = best.geom
    d = g.project(p)
    d = min(max(d, 0.2 * g.length), 0.8 * g.length)  # away from junctions
    side = "R" if _side_of(g, d, p) > 0 else "L"
    x, y = side_point(g, d / g.length, side, offset)
    return (round(x, 2), round(y, 2)), best


def _side_of(g, d, p):
    a = g.interpolate(max(d - 1, 0))
    b = g.interpolate(min(d + 1, g.length))
    cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)
    return -cross  # > 0: right


def build_places(rng, areas, segments):
    area_poly = dict(areas)
    assets, landmarks = [], []
    inside = [s for s in segments if s.nb is not None and s.line.cls != "highway"]
    for k, (name, cat, where, alt) in enumerate(ASSETS):
        if isinstance(where, str):
            poly = area_poly[where]
            c = poly.centroid
            pool = [s for s in inside if s.nb == where and s.geom.interpolate(0.5, normalized=True).distance(c) < 700]
            pool = pool or [s for s in inside if s.nb == where]
            s = pool[rng.randrange(len(pool))]
            m = s.geom.interpolate(rng.uniform(0.3, 0.7), normalized=True)
            target = (m.x + rng.uniform(-20, 20), m.y + rng.uniform(-20, 20))
        else:
            target = where
        pt, seg = snap_near_street([s for s in segments if s.nb is not None], target)
        assets.append({"asset_id": f"CA-{k + 1:03d}", "name": name, "category": cat,
                       "sensitive": 1 if cat == "shelter" else 0, "pt": pt, "alt": alt, "street": seg.name})
    for a in assets:
        if a["category"] == "shelter":
            continue
        kind = ASSET_KIND.get(a["category"], a["category"])
        if "Hospital" in a["name"]:
            kind = "hospital"
        landmarks.append({"name": a["name"], "alt_names": a["alt"], "kind": kind, "pt": a["pt"]})
    for name, kind, target, alt in EXTRA_LANDMARKS:
        pt, _seg = snap_near_street([s for s in segments if s.nb is not None], target)
        landmarks.append({"name": name, "alt_names": alt, "kind": kind, "pt": pt})
    return assets, landmarks


def mile_markers(lines):
    gph = next(ln for ln in lines if ln.name == "George Price Highway").geom
    hum = next(ln for ln in lines if ln.name == "Hummingbird Highway").geom
    junction = Point(314300, 1910300)
    s_j = gph.project(junction)
    junction_mile = 47.4
    markers = []
    for m in range(30, 70):
        s = s_j - (m - junction_mile) * MILE
        if 0 <= s <= gph.length:
            markers.append(("George Price Highway", m, side_point(gph, s / gph.length, "L", 8)))
    start = hum.project(junction)
    for m in range(1, 40):
        s = start + m * MILE
        if s <= hum.length:
            markers.append(("Hummingbird Highway", m, side_point(hum, s / hum.length, "R", 8)))
    return markers


# --------------------------------------------------------------------------- register
ABBREV = {
    "Street": ["St.", "St", "Str", "Street", "street", "ST"], "Avenue": ["Ave", "Av.", "Ave.", "Avenue"],
    "Boulevard": ["Blvd", "Blvd.", "Boulevard", "Bvd"], "Road": ["Rd", "Rd.", "Road"],
    "Drive": ["Dr", "Dr.", "Drive"], "Highway": ["Hwy", "Hwy.", "Highway", "Hway"],
    "Lane": ["Ln", "Lane"], "Close": ["Close"], "Crescent": ["Cres.", "Crescent"], "Way": ["Way"],
    "Loop": ["Loop"], "Circle": ["Circle", "Cir."],
}
ABBREV_ES = {"Calle": ["Calle", "calle", "C."], "Avenida": ["Avenida", "Av.", "Ave."], "Circuito": ["Circuito"]}
ACCENTS = str.maketrans("áéíóúñÁÉÍÓÚÑ", "aeiounAEIOUN")

FIRST = ["Maria", "José", "Carlos", "Ana", "Juan", "Rosa", "Luis", "Marisol", "Kevin", "Shanice", "Dwayne",
         "Marlon", "Keisha", "Jorge", "Elena", "Miguel", "Yolanda", "Wei", "Li", "Peter", "Sarah", "Abraham",
         "Johann", "Aaron", "Delroy", "Gilberto", "Norma", "Rudolph", "Esther", "Tomás", "Sonia", "Andrés",
         "Glenford", "Imelda", "Rajesh", "Priya", "Cornelius", "Agatha", "Ernesto", "Lucía"]
LAST = ["Castillo", "Gómez", "Pérez", "Young", "Flowers", "Arnold", "Tillett", "Usher", "Chen", "Wong", "Lin",
        "Friesen", "Dueck", "Reimer", "Martínez", "Cal", "Coc", "Bol", "Ical", "Choc", "Núñez", "Arzú", "Castro",
        "Hernández", "Vásquez", "Requena", "López", "Gillett", "Neal", "Garbutt", "Ramírez", "Peñalver",
        "Sánchez", "Mahung", "Palacio", "Zetina", "Awe", "Rodríguez", "Pandy", "Matus"]
COMPANIES = ["Mopan Enterprises Ltd.", "Cayo Beverages Co. Ltd.", "Capital Hospitality Ltd.",
             "Jaguar Holdings Ltd.", "Hong Kong Trading Co.", "Hermanos Castillo y Cía.", "Lucky Star Ltd."]
X_WORDS = ["Jaguar", "Toucan", "Sunset", "Blue Moon", "Golden Star", "Tropical", "Green Parrot", "Cool Breeze",
           "Red Snapper", "Lucky Seven", "Capital", "Mopan", "Cohune", "Ceiba", "Twin Palms", "Mahogany",
           "Happy Corner", "Jungle", "Mayan Sun", "Hibiscus", "Riverside", "Paradise", "Pelican",
           "Royal", "Garden", "Hilltop", "Rainbow", "Starlight", "Hummingbird", "Macaw", "Orchid"]
S_WORDS = ["La Esperanza", "El Rincón", "Los Amigos", "La Cabaña", "El Paraíso", "Doña Rosa", "Don Chepe",
           "La Ceiba", "El Sol", "Las Palmeras", "Mi Tierra", "La Fonda", "El Tucán", "La Bendición"]
CLASS_TEMPLATES = {
    "Publican's General": ["{X} Bar", "{X} Bar & Grill", "Cantina {S}", "{X} Sports Bar", "{X} Tavern"],
    "Publican's Restricted": ["{X} Lounge", "{X} Cool Spot", "Bar {S}"],
    "Shop": ["{X} Store", "{X} Mini Mart", "Tienda {S}", "{X} Liquor Store", "{X} Supermarket", "Super {S}"],
    "Beer": ["{X} Beer Parlour", "{X} Cool Spot", "{X} Beer Garden"],
    "Restaurant": ["{X} Restaurant", "Restaurante {S}", "{X} Kitchen", "{X} Diner", "Comedor {S}"],
    "Hotel": ["{X} Hotel", "{X} Inn", "{X} Lodge", "Hotel {S}"],
    "Night Club": ["{X} Night Club", "Discoteca {S}", "Club {X}"],
    "Occasional": ["{X} Fair", "Independence Day Fete", "{X} Carnival Dance", "Fiesta {S}", "{X} Family Fun Day"],
}
CLASS_WEIGHTS = [("Publican's General", 20), ("Publican's Restricted", 8), ("Shop", 28), ("Beer", 10),
                 ("Restaurant", 15), ("Hotel", 6), ("Night Club", 5), ("Occasional", 8)]
ON_PREMISE = {"Publican's General", "Publican's Restricted", "Beer", "Restaurant", "Hotel", "Night Club"}
FORMS = (["range"] * 52 + ["street"] * 34 + ["intersection"] * 25 + ["landmark"] * 27 + ["area"] * 15
         + ["coordinates"] * 10 + ["blank"] * 10 + ["junk"] * 13 + ["other_town"] * 9 + ["unlocatable"] * 3)
JUNK = ["N/A", "see file", "P.O. Box 123", "610-1234", "----", "TBA", "same as above", "?", "n/a",
        "P.O. Box 456, Belmopan", "Tel 822-2345", "refer to file", "xxx"]
OTHER_TOWN = ["Regent Street, Belize City", "Main St, Orange Walk", "#5 Burns Avenue, San Ignacio",
              "Commerce Street, Dangriga", "Calle Principal, Benque Viejo", "#14 Queen Street, Belize City",
              "Far West Street, San Ignacio Town", "Roaring Creek Village", "Front Street, Punta Gorda"]
REL_EN = ["opposite", "next to", "behind", "near", "beside", "across from", "in front of"]
REL_ES = ["frente a", "al lado de", "detrás de", "cerca de"]
LANDMARK_PHRASES = {
    "Belmopan Market": ["opposite the market", "next to Belmopan Market", "behind the Market", "frente al mercado",
                        "beside market", "cerca del Mercado de Belmopan"],
    "Belmopan Bus Terminal": ["next to the bus terminal", "opposite bus terminal", "al lado de la terminal de buses",
                              "behind Belmopan Bus Terminal"],
    "Belmopan Police Station": ["behind Belmopan Police Station", "near the police station",
                                "frente a la estación de policía"],
    "Our Lady of Guadalupe Church": ["frente a la iglesia católica", "opposite the Catholic Church",
                                     "beside Our Lady of Guadalupe Church"],
    "Western Regional Hospital": ["near Western Regional Hospital", "across from the hospital"],
    "Belmopan Comprehensive School": ["near Belmopan Comprehensive School", "behind BCS"],
    "Belmopan Civic Center": ["behind the Civic Center", "opposite Belmopan Civic Centre"],
    "Belize Bank": ["next to Belize Bank", "al lado del Banco de Belice"],
    "Shell Gas Station": ["across from Shell gas station", "beside the Shell station"],
    "Seventh-day Adventist Church": ["near the Adventist Church"],
    "Mopan Supermarket": ["next to Mopan Supermarket"],
    "Belmopan Central Park": ["opposite Central Park", "frente al Parque Central"],
    "University of Belize": ["near University of Belize"],
}
LANDMARK_WEIGHT = {"Belmopan Market": 4, "Belmopan Bus Terminal": 4, "Belmopan Police Station": 2,
                   "Shell Gas Station": 2, "Seventh-day Adventist Church": 2}
TAILS = ["", "", "", "", "", ", Belmopan", ", Belmopan", " Belmopan", ", Cayo District", ", Belmopan, Cayo District",
         " C.D.", ", Belmopan City", ", Cayo", ", Belmopan, Cayo"]
REMARKS = ["", "", "", "", "", "", "", "", "Renewed", "Transfer pending", "Late renewal", "Paid",
           "Inspected", "Fee outstanding", "New owner", "Conditions apply: closes 10 pm"]
FORMULA_REMARKS = ['=HYPERLINK("http://intranet/files/0143","file")', "+501 822-2222", "-see note", "@inspector"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def weighted(rng, items, weights):
    total = float(sum(weights))
    r = rng.random() * total
    acc = 0.0
    for item, w in zip(items, weights):
        acc += w
        if r < acc:
            return item
    return items[-1]


def abbreviate(rng, name, p=0.6):
    words = name.split()
    if rng.random() < p:
        if words[-1] in ABBREV:
            words[-1] = rng.choice(ABBREV[words[-1]])
        elif words[0] in ABBREV_ES:
            words[0] = rng.choice(ABBREV_ES[words[0]])
    return " ".join(words)


def typo(rng, name):
    """1-2 letter mistakes in the longest word (>= 7 letters) of a name."""
    words = name.split()
    type_words = set(ABBREV) | set(ABBREV_ES) | {"Bulevar"}
    k = max(range(len(words)), key=lambda i: (words[i] not in type_words, len(words[i]), -i))
    w = words[k]
    if len(w) < 7 or not w.isalpha():
        return name
    for _ in range(1 if rng.random() < 0.7 else 2):
        i = rng.randrange(1, len(w) - 2)
        op = rng.randrange(3)
        if op == 0:
            w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == 1:
            w = w[:i] + w[i + 1:]
        else:
            w = w[:i] + w[i] + w[i:]
    words[k] = w
    return " ".join(words)


def style(rng, text):
    r = rng.random()
    if r < 0.10:
        return text.upper()
    if r < 0.16:
        return text.lower()
    if r < 0.22:
        return text.translate(ACCENTS)
    return text


def written_name(rng, line, allow_alt=True):
    name = line.name
    if allow_alt and line.alt and line.cls in ("highway", "boulevard", "ring") and rng.random() < 0.08:
        name = line.alt.split(";")[0]
    if rng.random() < 0.15:
        name = typo(rng, name)
    return abbreviate(rng, name)


def date_text(rng, d, fmt=None):
    fmt = fmt or "dmy"
    if fmt == "dmy":
        return d.strftime("%d/%m/%Y")
    if fmt == "mon":
        return f"{d.day}-{MONTHS[d.month - 1]}-{d.strftime('%y')}"
    return d.isoformat()


def build_register(rng, areas, lines, segments, landmarks, to_wgs84):
    area_poly = dict(areas)
    in_city = [s for s in segments if s.nb is not None]
    name_groups = {}
    for s in segments:
        name_groups.setdefault(s.name, set()).add(s.line.group)
    unique = {n for n, g in name_groups.items() if len(g) == 1}

    def seg_weight(s):
        m = s.geom.interpolate(0.5, normalized=True)
        d = math.hypot(m.x - CX, m.y - CY)
        return s.geom.length * CLASS_WEIGHT[s.line.cls] * (0.3 + math.exp(-d / 800.0))

    ranged = [s for s in in_city if s.r_from is not None and s.name in unique]
    plain = [s for s in in_city if s.name in unique]
    # street pairs that meet at exactly one junction (node -> names)
    node_names, node_cls = {}, {}
    for s in in_city:
        for pt in (s.geom.coords[0], s.geom.coords[-1]):
            node_names.setdefault(pt, set()).add(s.name)
            node_cls.setdefault(pt, set()).add(s.line.cls)
    pair_nodes = {}
    for pt, names in node_names.items():
        for a in names:
            for b in names:
                if a < b:
                    pair_nodes.setdefault((a, b), []).append(pt)
    crossing = sorted((pair, pts[0]) for pair, pts in pair_nodes.items() if len(pts) == 1)
    # all crossings in the whole network, to be sure the pair meets nowhere else
    all_nodes = {}
    for s in segments:
        for pt in (s.geom.coords[0], s.geom.coords[-1]):
            all_nodes.setdefault(pt, set()).add(s.name)
    meet_count = {}
    for names in all_nodes.values():
        for a in names:
            for b in names:
                if a < b:
                    meet_count[(a, b)] = meet_count.get((a, b), 0) + 1
    crossing = [(pair, pt) for pair, pt in crossing if meet_count[pair] == 1]
    line_by_name = {}
    for ln in lines:
        line_by_name.setdefault(ln.name, ln)

    def cross_weight(item):
        (_a, _b), pt = item
        d = math.hypot(pt[0] - CX, pt[1] - CY)
        return max(CLASS_WEIGHT[c] for c in node_cls[pt]) * (0.2 + math.exp(-d / 800.0))

    lm_names = sorted({lm["name"] for lm in landmarks if lm["name"] in LANDMARK_PHRASES})
    lm_by_name = {}
    for lm in landmarks:
        lm_by_name.setdefault(lm["name"], []).append(lm)

    # the first landmark rows use these places, with the first phrase of each (the ties and
    # the classic phrases are always in the register); the rest are drawn by weight
    forced = ["Belmopan Market", "Our Lady of Guadalupe Church", "Belmopan Police Station", "Shell Gas Station",
              "Seventh-day Adventist Church", "Belmopan Bus Terminal"]
    forms = FORMS[:]
    rng.shuffle(forms)
    rows = []
    for form in forms:
        truth = {"form": form, "answerable": 1, "pt": None, "street": "", "street_2": "", "area": "",
                 "landmark": "", "ambiguous": 0}
        lat = lon = ""
        address = ""
        if form == "range":
            s = weighted(rng, ranged, [seg_weight(x) for x in ranged])
            side = "R" if rng.random() < 0.5 else "L"
            lo, hi = (s.r_from, s.r_to) if side == "R" else (s.l_from, s.l_to)
            n = lo + 2 * rng.randrange((hi - lo) // 2 + 1)
            f = (n - lo) / (hi - lo) if hi > lo else 0.5
            truth["pt"] = side_point(s.geom, f, side, 10.0)
            truth["street"] = s.name
            street = written_name(rng, s.line)
            pattern = rng.random()
            if s.name.startswith(("Calle", "Avenida")) and pattern < 0.5:
                address = f"{street} #{n}"
            elif pattern < 0.55:
                address = f"#{n} {street}"
            elif pattern < 0.8:
                address = f"{n} {street}"
            else:
                address = f"No. {n} {street}"
        elif form == "street":
            s = weighted(rng, plain, [seg_weight(x) for x in plain])
            truth["pt"] = side_point(s.geom, rng.uniform(0.15, 0.85), rng.choice("LR"), 12.0)
            truth["street"] = s.name
            address = written_name(rng, s.line)
        elif form == "intersection":
            (a, b), pt = weighted(rng, crossing, [cross_weight(c) for c in crossing])
            if rng.random() < 0.5:
                a, b = b, a
            truth["pt"] = pt
            truth["street"], truth["street_2"] = a, b
            wa, wb = written_name(rng, line_by_name[a]), written_name(rng, line_by_name[b])
            if a.startswith(("Calle", "Avenida")) or b.startswith(("Calle", "Avenida")):
                pattern = rng.choice(["esquina de {A} y {B}", "esq. {A} y {B}", "corner of {A} and {B}"])
            else:
                pattern = rng.choice(["cnr {A} & {B}", "corner of {A} and {B}", "Corner {A} and {B}",
                                      "{A} & {B}", "cnr. {A} and {B}"])
            address = pattern.format(A=wa, B=wb)
        elif form == "landmark":
            first_phrase = bool(forced)
            name = forced.pop(0) if forced else weighted(rng, lm_names, [LANDMARK_WEIGHT.get(n, 1) for n in lm_names])
            options = lm_by_name[name]
            lm = options[rng.randrange(len(options))]
            ang, dist = rng.uniform(0, 2 * math.pi), rng.uniform(20, 50)
            truth["pt"] = (lm["pt"][0] + dist * math.cos(ang), lm["pt"][1] + dist * math.sin(ang))
            truth["landmark"] = name
            same_phrase = [x for x in landmarks if x is not lm and x["alt_names"] and lm["alt_names"]
                           and x["alt_names"].split(";")[0] == lm["alt_names"].split(";")[0]]
            truth["ambiguous"] = 1 if len(options) > 1 or same_phrase else 0
            address = LANDMARK_PHRASES[name][0] if first_phrase else rng.choice(LANDMARK_PHRASES[name])
        elif form == "area":
            nb = rng.choice(SECTORS)
            pool = [s for s in in_city if s.nb == nb and s.line.cls in ("local", "collector")]
            s = pool[rng.randrange(len(pool))]
            truth["pt"] = side_point(s.geom, rng.uniform(0.2, 0.8), rng.choice("LR"), 12.0)
            if not area_poly[nb].contains(Point(truth["pt"])):
                truth["pt"] = (s.geom.interpolate(0.5, normalized=True).x, s.geom.interpolate(0.5, normalized=True).y)
            address = rng.choice(["{N}", "{N} area", "{N} Area", "{N}, Belmopan", "{N} area, Belmopan"]).format(N=nb)
        elif form == "coordinates":
            s = weighted(rng, in_city, [seg_weight(x) for x in in_city])
            truth["pt"] = side_point(s.geom, rng.uniform(0.2, 0.8), rng.choice("LR"), 15.0)
            lon_v, lat_v = to_wgs84(*truth["pt"])
            lat, lon = f"{lat_v:.5f}", f"{lon_v:.5f}"
            address = rng.choice(["", "", "Belmopan", "Cayo District", "GPS only"])
        elif form == "blank":
            truth["answerable"] = 0
            address = rng.choice(["", "", "", " "])
        elif form == "junk":
            truth["answerable"] = 0
        elif form == "other_town":
            truth["answerable"] = 0
        elif form == "unlocatable":
            truth["answerable"] = 0
        if form in ("range", "street", "intersection", "landmark", "area") and form not in ("landmark",):
            address = style(rng, address)
        if form in ("range", "street", "intersection", "landmark", "area"):
            address += rng.choice(TAILS)
        rows.append({"truth": truth, "address": address, "lat": lat, "lon": lon})
    # fixed lists for non-answerable forms, in order
    junk = iter(JUNK)
    town = iter(OTHER_TOWN)
    unloc = iter([("Albert Street", "street", "Albert Street", ""),
                  ("corner of Cedar Street and Calle Tikal", "intersection", "Cedar Street", "Calle Tikal"),
                  ("#12 Sea View Street", "range", "Sea View Street", "")])
    for row in rows:
        t = row["truth"]
        if t["form"] == "junk":
            row["address"] = next(junk)
        elif t["form"] == "other_town":
            row["address"] = next(town)
        elif t["form"] == "unlocatable":
            text, form, st1, st2 = next(unloc)
            row["address"] = text
            t["form"], t["street"], t["street_2"] = form, st1, st2
    # the "not locatable" intersection must really not cross
    assert ("Calle Tikal", "Cedar Street") not in meet_count
    for row in rows:
        t = row["truth"]
        if t["pt"] is not None:
            t["pt"] = (round(t["pt"][0], 2), round(t["pt"][1], 2))
            t["area"] = next((n for n, poly in areas if poly.contains(Point(t["pt"]))), "")
    return rows


def fill_register(rng, rows):
    """Licence numbers, names, classes, dates, remarks; duplicates; the final row order."""
    used = set()
    for row in rows:
        cls = weighted(rng, [c for c, _w in CLASS_WEIGHTS], [w for _c, w in CLASS_WEIGHTS])
        if row["truth"]["form"] == "range" and rng.random() < 0.1:
            cls = "Shop"
        for _ in range(20):
            name = rng.choice(CLASS_TEMPLATES[cls]).format(X=rng.choice(X_WORDS), S=rng.choice(S_WORDS))
            if name not in used:
                break
        used.add(name)
        licensee = (rng.choice(COMPANIES) if rng.random() < 0.12
                    else f"{rng.choice(FIRST)} {rng.choice(LAST)}")
        issued = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 1080))
        if cls == "Occasional":
            expiry = issued + dt.timedelta(days=rng.choice([1, 2, 3]))
        else:
            expiry = dt.date(issued.year + 1, issued.month, min(issued.day, 28)) - dt.timedelta(days=1)
        row.update({"class": cls, "premises": name, "licensee": licensee, "issued": issued, "expiry": expiry,
                    "remarks": rng.choice(REMARKS)})
        if rng.random() < 0.1:
            row["class_text"] = cls.upper()
        elif rng.random() < 0.04:
            row["class_text"] = cls.lower()
        else:
            row["class_text"] = cls
    rows.sort(key=lambda r: (r["issued"], r["premises"]))
    counters = {}
    for row in rows:
        y = row["issued"].year
        counters[y] = counters.get(y, 0) + rng.randrange(1, 4)
        row["licence"] = f"BMP-{y}-{counters[y]:04d}"
    # a few plain numeric licence numbers (older book)
    for k, i in enumerate(rng.sample(range(len(rows)), 5)):
        rows[i]["licence"] = str(1040 + 7 * k)
    # duplicates: two exact re-entries (same premises, later date) and two clashing numbers
    n = len(rows)
    for i in rng.sample(range(n), 2):
        src = rows[i]
        dup = {k: (dict(v) if isinstance(v, dict) else v) for k, v in src.items()}
        dup["issued"] = src["issued"] + dt.timedelta(days=rng.randrange(3, 30))
        dup["expiry"] = src["expiry"]
        dup["remarks"] = "Duplicate entry?"
        rows.insert(i + 1 + rng.randrange(0, 6), dup)
    for i, j in [tuple(rng.sample(range(len(rows)), 2)) for _ in range(2)]:
        rows[j]["licence"] = rows[i]["licence"]
    # date text: mostly dd/mm/yyyy; a few d-MMM-yy and ISO; some blank expiry; one impossible
    for row in rows:
        row["issued_fmt"] = row["expiry_fmt"] = "dmy"
    for i in rng.sample(range(len(rows)), 5):
        rows[i][rng.choice(["issued_fmt", "expiry_fmt"])] = "mon"
    for i in rng.sample(range(len(rows)), 3):
        rows[i][rng.choice(["issued_fmt", "expiry_fmt"])] = "iso"
    for i in rng.sample(range(len(rows)), 8):
        rows[i]["expiry"] = None
    bad = rng.randrange(len(rows))
    rows[bad]["expiry"] = "31/02/2025"
    for i, remark in zip(rng.sample(range(len(rows)), len(FORMULA_REMARKS)), FORMULA_REMARKS):
        rows[i]["remarks"] = remark
    return rows


def date_cell_text(rng, value, fmt):
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return date_text(rng, value, fmt)


# --------------------------------------------------------------------------- incidents
def simulate_incidents(rng, segments, boundary, outlets, assets):
    def nearest(pt, pts):
        return min((math.hypot(pt[0] - q[0], pt[1] - q[1]) for q in pts), default=1e9)

    bus = [a["pt"] for a in assets if a["category"] == "bus_terminal"]
    market = [a["pt"] for a in assets if a["category"] == "market"]
    police = [a["pt"] for a in assets if a["category"] == "police"]

    def log_lambda(pt):
        return (1.10 * (nearest(pt, outlets) <= 200) + 0.70 * (nearest(pt, bus) <= 300)
                + 0.30 * (nearest(pt, market) <= 200) - 0.25 * (nearest(pt, police) <= 300))

    lmax = 1.10 + 0.70 + 0.30
    pool = [s for s in segments if s.nb is not None]
    lengths = np.cumsum([s.geom.length for s in pool])
    types = ["assault", "disorderly conduct", "theft", "robbery", "harm", "drunk and disorderly", "fight"]
    type_w = [25, 20, 18, 10, 10, 10, 7]
    result = []
    for period, year in ((1, 2024), (2, 2025)):
        count = 0
        while count < 150:
            r = rng.random() * lengths[-1]
            s = pool[int(np.searchsorted(lengths, r, side="right"))]
            pt = side_point(s.geom, rng.random(), "R", rng.gauss(0, 10))
            if not boundary.contains(Point(pt)):
                continue
            if rng.random() >= math.exp(log_lambda(pt) - lmax):
                continue
            count += 1
            day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randrange(365))
            result.append({"period": period, "reported": day.isoformat(), "pt": (round(pt[0], 2), round(pt[1], 2)),
                           "type": weighted(rng, types, type_w)})
    result.sort(key=lambda r: (r["period"], r["reported"], r["pt"]))
    for k, r in enumerate(result):
        r["id"] = f"INC-{r['reported'][:4]}-{k + 1:04d}"
    return result


# --------------------------------------------------------------------------- writers
def write_gpkg(path, layers):
    if path.exists():
        path.unlink()
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    types = {"int": ogr.OFTInteger, "text": ogr.OFTString}
    for name, geom_type, fields, features in layers:
        lyr = ds.CreateLayer(name, srs, geom_type, options=["FID=fid", "SPATIAL_INDEX=YES"])
        for fname, ftype in fields:
            lyr.CreateField(ogr.FieldDefn(fname, types[ftype]))
        ds.StartTransaction()
        defn = lyr.GetLayerDefn()
        for k, (geom, attrs) in enumerate(features):
            f = ogr.Feature(defn)
            f.SetFID(k + 1)
            for (fname, _t), value in zip(fields, attrs):
                if value is None:
                    f.SetFieldNull(fname)
                else:
                    f.SetField(fname, value)
            f.SetGeometry(ogr.CreateGeometryFromWkb(geom.wkb))
            lyr.CreateFeature(f)
        ds.CommitTransaction()
    ds = None
    gdal.SetConfigOption("OGR_CURRENT_DATE", None)


HEADER = ["Licence No.", "Name of Premises", "Licensee", "Address", "Class of Licence", "Date Issued",
          "Expiry Date", "Latitude", "Longitude", "Remarks"]


def register_table(rng, rows):
    table = []
    for r in rows:
        table.append([r["licence"], r["premises"], r["licensee"], r["address"], r["class_text"],
                      date_cell_text(rng, r["issued"], r["issued_fmt"]),
                      date_cell_text(rng, r["expiry"], r["expiry_fmt"]), r["lat"], r["lon"], r["remarks"]])
    return table


def write_csv(path, table):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(table)
    path.write_bytes(buf.getvalue().encode("cp1252"))


def write_xlsx(path, rows, table):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Register"
    ws["A1"] = "Belmopan Liquor Licensing Board"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Register of Liquor Licences (synthetic sample)"
    ws["A2"].font = Font(italic=True)
    ws.append([])
    ws.append(HEADER)
    for cell in ws[4]:
        cell.font = Font(bold=True)
    for r, values in zip(rows, table):
        out = list(values)
        if out[0].isdigit():
            out[0] = int(out[0])
        out[5] = r["issued"] if isinstance(r["issued"], dt.date) else (r["issued"] or None)
        out[6] = r["expiry"] if isinstance(r["expiry"], dt.date) else (r["expiry"] or None)
        out[7] = float(out[7]) if out[7] else None
        out[8] = float(out[8]) if out[8] else None
        out = [None if v == "" else v for v in out]
        ws.append(out)
        row_cells = ws[ws.max_row]
        for cell in row_cells[5:7]:
            if isinstance(cell.value, dt.date):
                cell.number_format = "dd/mm/yyyy"
        for cell in row_cells:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"   # "=HYPERLINK(...)" is text in this register, not a formula
    widths = [15, 30, 26, 44, 22, 12, 12, 11, 11, 40]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    wb.properties.creator = "InfoSegura make_sample.py"
    wb.properties.lastModifiedBy = "InfoSegura make_sample.py"
    wb.properties.title = "Belmopan liquor licence register (synthetic)"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    # rewrite the archive with fixed entry timestamps and a fixed modified date
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                import re

                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2026-01-01T00:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)


TRUTH_HEADER = ["source_row", "licence_id", "form", "answerable", "true_x", "true_y", "true_street",
                "true_street_2", "true_area", "true_landmark", "ambiguous", "premises_class"]


def write_truth(path, rows):
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(TRUTH_HEADER)
    for k, r in enumerate(rows, start=1):
        t = r["truth"]
        pt = t["pt"]
        writer.writerow([k, r["licence"], t["form"], t["answerable"],
                         f"{pt[0]:.2f}" if pt else "", f"{pt[1]:.2f}" if pt else "",
                         t["street"], t["street_2"], t["area"], t["landmark"], t["ambiguous"], r["class"]])
    path.write_bytes(buf.getvalue().encode("utf-8"))


# --------------------------------------------------------------------------- main
def build(out_dir=None):
    rng = random.Random(SEED)
    areas = neighbourhoods()
    lines, segments = build_streets(rng, areas)
    assets, landmarks = build_places(rng, areas, segments)
    markers = mile_markers(lines)

    utm = osr.SpatialReference()
    utm.ImportFromEPSG(EPSG)
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    for s in (utm, wgs):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    tr = osr.CoordinateTransformation(utm, wgs)

    def to_wgs84(x, y):
        lon, lat, _z = tr.TransformPoint(x, y)
        return lon, lat

    rows = build_register(rng, areas, lines, segments, landmarks, to_wgs84)
    rows = fill_register(rng, rows)
    # one row with latitude and longitude swapped
    coord_rows = [r for r in rows if r["lat"]]
    swapped = coord_rows[len(coord_rows) // 2]
    swapped["lat"], swapped["lon"] = swapped["lon"], swapped["lat"]
    swapped["remarks"] = swapped["remarks"] or "GPS from phone"

    outlets = sorted({r["truth"]["pt"] for r in rows if r["class"] in ON_PREMISE and r["truth"]["answerable"]
                      and r["truth"]["pt"]})
    incidents = simulate_incidents(rng, segments, BOUNDARY, outlets, assets)

    pops = {name: rng.randrange(500, 6001) for name, _p in areas}
    layers = [
        ("streets", ogr.wkbLineString,
         [("street_id", "int"), ("name", "text"), ("alt_names", "text"), ("street_class", "text"),
          ("l_from", "int"), ("l_to", "int"), ("r_from", "int"), ("r_to", "int"), ("neighbourhood", "text")],
         [(s.geom, [s.sid, s.name, s.line.alt, s.line.cls, s.l_from, s.l_to, s.r_from, s.r_to, s.nb])
          for s in segments]),
        ("neighbourhoods", ogr.wkbPolygon, [("name", "text"), ("population", "int")],
         [(poly, [name, pops[name]]) for name, poly in areas]),
        ("city_boundary", ogr.wkbPolygon, [("name", "text")], [(BOUNDARY, ["Belmopan"])]),
        ("community_assets", ogr.wkbPoint,
         [("asset_id", "text"), ("name", "text"), ("category", "text"), ("sensitive", "int")],
         [(Point(a["pt"]), [a["asset_id"], a["name"], a["category"], a["sensitive"]]) for a in assets]),
        ("landmarks", ogr.wkbPoint, [("name", "text"), ("alt_names", "text"), ("kind", "text")],
         [(Point(lm["pt"]), [lm["name"], lm["alt_names"], lm["kind"]]) for lm in landmarks]),
        ("mile_markers", ogr.wkbPoint, [("highway", "text"), ("mile", "int")],
         [(Point(rnd(pt)), [hw, m]) for hw, m, pt in markers]),
        ("incidents", ogr.wkbPoint,
         [("incident_id", "text"), ("period", "int"), ("reported", "text"), ("incident_type", "text")],
         [(Point(i["pt"]), [i["id"], i["period"], i["reported"], i["type"]]) for i in incidents]),
    ]

    sample = Path(out_dir) if out_dir else ROOT / "resources" / "sample"
    truth_dir = Path(out_dir) if out_dir else ROOT / "tests" / "data"
    sample.mkdir(parents=True, exist_ok=True)
    truth_dir.mkdir(parents=True, exist_ok=True)
    write_gpkg(sample / "belmopan.gpkg", layers)
    table = register_table(rng, rows)
    write_csv(sample / "licence_register.csv", table)
    write_xlsx(sample / "licence_register.xlsx", rows, table)
    write_truth(truth_dir / "belmopan_register_truth.csv", rows)
    counts = {name: len(features) for name, _g, _f, features in layers} | {"register_rows": len(rows)}
    # Issue 14: a later register and an incidents history, from their own seed (new files only).
    from sample_season import build_season

    return counts | build_season(sys.modules[__name__], rows, areas, lines, segments, landmarks, assets, to_wgs84,
                                 sample, truth_dir)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out-dir", help="write every output file into this folder instead of the repository")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    counts = build(args.out_dir)
    for name, count in counts.items():
        print(f"{name:18} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
