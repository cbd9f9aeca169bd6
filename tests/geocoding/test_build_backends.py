"""The geocoder's build (core/geocoding/line_arrays.py) gives the same street index with
shapely 2's vectorised calls as geometry by geometry (shapely 1.8, stock QGIS on Debian 12):
function by function on random synthetic lines and polygons, then whole builds on the
development region and the Belmopan sample."""

import json

import numpy as np
import pytest
import shapely
from qgis.core import QgsVectorLayer
from shapely.prepared import prep

from infosegura_plugin.core.geocoding import line_arrays
from infosegura_plugin.core.geocoding.layers import PointLayerFields, StreetFields, build_geocoder

from ..backends import both as both_backends
from ..backends import restore_backend  # noqa: F401 - an autouse fixture
from ..conftest import sample_layer
from .region_data import REGIONS

X0, Y0 = 312_000.0, 1_907_000.0  # big projected coordinates on purpose
SEEDS = range(5)


def both(function, *args):
    """(vectorised result, geometry-by-geometry result)."""
    return both_backends(function, *args, in_use=line_arrays.vectorised)


def random_lines(seed, n=120):
    """Street-like polylines, some on a 50 m grid (shared vertices, exact ties), some bent."""
    rng = np.random.default_rng(seed)
    lines = []
    for i in range(n):
        if i % 3 == 0:
            x, y = X0 + 50.0 * rng.integers(0, 40), Y0 + 50.0 * rng.integers(0, 40)
            lines.append(shapely.LineString([(x, y), (x + 50.0 * rng.integers(1, 5), y)]))
        else:
            start = np.array([X0 + rng.uniform(0, 2000), Y0 + rng.uniform(0, 2000)])
            steps = rng.normal(0, 60, size=(int(rng.integers(1, 6)), 2))
            lines.append(shapely.LineString(np.vstack([start, start + np.cumsum(steps, axis=0)])))
    return lines


def random_polygons(seed, n=25):
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        x, y = X0 + 100.0 * rng.integers(0, 20), Y0 + 100.0 * rng.integers(0, 20)
        if i % 2:
            out.append(shapely.box(x, y, x + 100.0 * rng.integers(1, 6), y + 100.0 * rng.integers(1, 6)))
        else:
            k = int(rng.integers(5, 12))
            angles = np.sort(rng.uniform(0, 2 * np.pi, k))
            r = rng.uniform(80, 400, k)
            out.append(shapely.Polygon(np.column_stack([x + r * np.cos(angles), y + r * np.sin(angles)])))
    return [p if p.is_valid else p.buffer(0) for p in out]


@pytest.mark.parametrize("seed", SEEDS)
def test_wkb_types_bounds_lengths_and_midpoints(seed):
    lines = random_lines(seed)
    wkbs = [line.wkb for line in lines] + [shapely.MultiLineString(lines[:3]).wkb]
    fast, slow = both(line_arrays.shapes_from_wkb, wkbs)
    assert [g.wkb for g in fast] == [g.wkb for g in slow] == wkbs
    for name in ("type_names_of", "bounds_of", "lengths_of", "midpoints_of"):
        function = getattr(line_arrays, name)
        geometries = fast if name in ("type_names_of", "bounds_of") else fast[:-1]
        a, b = both(function, geometries)
        assert a == b, name
    assert line_arrays.type_names_of(fast)[-1] == "MultiLineString"
    midpoints = line_arrays.midpoints_of(lines)
    assert midpoints[0] == tuple(lines[0].interpolate(0.5, normalized=True).coords[0])


@pytest.mark.parametrize("seed", SEEDS)
def test_distances_and_multilines(seed):
    lines = random_lines(seed, 60)
    a, b = both(line_arrays.distances, lines[:30], lines[30:])
    assert a == b == [p.distance(q) for p, q in zip(lines[:30], lines[30:])]
    a, b = both(line_arrays.distances_to, lines[0], lines[1:])
    assert a == b
    a, b = both(line_arrays.multi_line, lines[:7])
    assert a.wkb == b.wkb == shapely.MultiLineString(lines[:7]).wkb


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("gap", [0.0, 75.0, 250.0])
def test_near_pairs_are_every_pair_within_the_gap(seed, gap):
    boxes = [tuple(line.bounds) for line in random_lines(seed, 150)]
    boxes += boxes[:5]  # identical boxes too
    expected = [(a, b) for a in range(len(boxes)) for b in range(a + 1, len(boxes))
                if not (boxes[b][0] > boxes[a][2] + gap or boxes[a][0] > boxes[b][2] + gap
                        or boxes[b][1] > boxes[a][3] + gap or boxes[a][1] > boxes[b][3] + gap)]
    fast, slow = both(line_arrays.near_pairs, boxes, gap)
    assert list(zip(*fast)) == list(zip(*slow)) == expected


@pytest.mark.parametrize("seed", SEEDS)
def test_polygon_hits_match_prepared_intersects_point_by_point(seed):
    polygons = random_polygons(seed)
    rng = np.random.default_rng(seed)
    points = [(X0 + rng.uniform(-100, 2500), Y0 + rng.uniform(-100, 2500)) for _ in range(300)]
    for polygon in polygons[:6]:  # on vertices and edges: boundary cases
        coords = list(polygon.exterior.coords)
        points.append(coords[0])
        points.append(((coords[0][0] + coords[1][0]) / 2.0, (coords[0][1] + coords[1][1]) / 2.0))
    expected = [[i for i, p in enumerate(polygons) if prep(p).intersects(shapely.Point(x, y))] for x, y in points]

    def hits(polys):
        return line_arrays.PolygonHits(polys, [prep(p) for p in polys], [p.bounds for p in polys]).at_points(points)

    fast, slow = both(hits, polygons)
    assert fast == slow == expected
    assert any(expected) and not all(expected)


@pytest.mark.parametrize("seed", SEEDS)
def test_middle_points_and_vertices_either_way(seed):
    from infosegura_plugin.core.geocoding.street_index import middle_point

    lines = random_lines(seed, 60)
    # single lines, lines that merge into one, parts that stay apart (equal lengths too)
    geometries = lines[:20] + [shapely.MultiLineString(lines[k:k + 3]) for k in range(20, 50, 3)]
    geometries.append(shapely.MultiLineString([[(X0, Y0), (X0 + 50, Y0)], [(X0 + 50, Y0), (X0 + 100, Y0)],
                                               [(X0, Y0 + 500), (X0 + 100, Y0 + 500)]]))
    fast, slow = both(line_arrays.middle_points, geometries)
    assert fast == slow == [middle_point(g) for g in geometries]
    fast, slow = both(lambda: [line_arrays.coordinates_xy(line) for line in lines])
    assert fast == slow == [[tuple(c[:2]) for c in line.coords] for line in lines]


@pytest.mark.parametrize("seed", SEEDS)
def test_areas_at_a_point_either_way(seed):
    from infosegura_plugin.core.geocoding.area_index import AreaIndex

    polygons = random_polygons(seed)
    index = AreaIndex(polygons, [f"area {k}" for k in range(len(polygons))])
    rng = np.random.default_rng(seed)
    points = [(X0 + rng.uniform(-100, 2500), Y0 + rng.uniform(-100, 2500)) for _ in range(200)]
    points += [tuple(polygon.exterior.coords[0]) for polygon in polygons[:6]]  # on the boundary
    fast, slow = both(lambda: [index.areas_at_xy(x, y) for x, y in points])
    assert fast == slow == [index.areas_at(shapely.Point(x, y)) for x, y in points]
    assert any(fast) and not all(fast)


def _region_build(folder):
    manifest = json.loads((folder / "region.json").read_text(encoding="utf-8"))
    p, names = manifest["parameters"], manifest["layers"]

    def layer(role):
        found = QgsVectorLayer(f"{folder / manifest['gpkg']}|layername={names[role]}", names[role], "ogr")
        assert found.isValid()
        return found

    fields = StreetFields(p["STREET_NAME_FIELD"], p.get("STREET_ALIAS_FIELD"), p["LEFT_FROM_FIELD"],
                          p["LEFT_TO_FIELD"], p["RIGHT_FROM_FIELD"], p["RIGHT_TO_FIELD"], p.get("STREET_TOWN_FIELD"))
    return build_geocoder(layer("streets"), fields, layer("areas"), p["AREA_NAME_FIELD"], layer("landmarks"),
                          PointLayerFields(p["LANDMARK_NAME_FIELD"], p.get("LANDMARK_ALIAS_FIELD"),
                                           p.get("LANDMARK_KIND_FIELD")),
                          towns=layer("towns"), town_name_field=p["TOWN_NAME_FIELD"]).geocoder


def _sample_build():
    """The Belmopan sample: no town field, the town from a polygon (streets outside it by
    a little take it through the slack distance)."""
    return build_geocoder(sample_layer("streets"), StreetFields("name", l_from="l_from", l_to="l_to", r_from="r_from",
                                                                r_to="r_to"),
                          sample_layer("neighbourhoods"), "name", sample_layer("landmarks"), PointLayerFields("name"),
                          towns=sample_layer("city_boundary"), town_name_field="name").geocoder


def _index_state(geocoder):
    streets = [(s.key, s.label, s.segments, sorted(s.towns), s.areas, s.has_ranges, s.ranged, s.bounds,
                s.primary_key, s.geometry.wkb) for s in geocoder.streets.streets]
    segments = [(s.name, s.aliases, s.l_from, s.l_to, s.r_from, s.r_to, s.town_name, s.areas, sorted(s.towns),
                 sorted(s.own_towns), s.bounds, s.line.wkb) for s in geocoder.streets.segments]
    return (streets, segments, list(geocoder.areas.towns), list(geocoder.areas.is_town),
            list(geocoder.landmarks.towns), [(t.key, t.label, t.area) for t in geocoder.towns.towns])


@pytest.mark.parametrize("build", ["dev region", "Belmopan sample"])
def test_whole_build_is_the_same_either_way(build):
    make = (lambda: _region_build(REGIONS / "dev")) if build == "dev region" else _sample_build
    fast, slow = both(make)
    state = _index_state(fast)
    assert state == _index_state(slow)
    streets, segments = state[0], state[1]
    assert len(segments) > 100 and len(streets) > 20
    assert any(len(s[2]) > 1 for s in streets)  # streets of several segments were clustered
    assert sum(bool(s[8]) for s in segments) > 0.8 * len(segments)  # towns from the field or polygons
    assert fast.geocode("Calle Central").status == slow.geocode("Calle Central").status
