"""core.geometry_backend: the QGIS + numpy fallback (no shapely 2) gives the same results
as shapely 2 on random synthetic cases, function by function."""

import numpy as np
import pytest
import shapely

from infosegura_plugin.core import geometry_backend as gb
from infosegura_plugin.core.risk.community_profiles import locate
from infosegura_plugin.core.risk.grid import HEXAGON, SQUARE, make_lattice, select_cells
from infosegura_plugin.core.risk.neighbours import contiguity, min_band_distance

from ..backends import both, restore_backend  # noqa: F401 - restore_backend is an autouse fixture

X0, Y0 = 312_000.0, 1_907_000.0  # UTM 16N, Belmopan: big coordinates on purpose
SEEDS = range(6)


def star(rng, cx, cy, radius, k=None):
    k = k or int(rng.integers(3, 12))
    angles = (np.arange(k) + rng.uniform(0, 0.8, k)) * (2 * np.pi / k)
    r = radius * rng.uniform(0.5, 1.0, k)
    return np.column_stack([cx + r * np.cos(angles), cy + r * np.sin(angles)])


def random_polygons(seed, n=40):
    """Stars, stars with holes, multipolygons, boxes sharing edges: as WKB."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        cx, cy = X0 + rng.uniform(0, 3000), Y0 + rng.uniform(0, 3000)
        kind = i % 4
        if kind == 0:
            geometry = shapely.Polygon(star(rng, cx, cy, rng.uniform(20, 400)))
        elif kind == 1:
            radius = rng.uniform(100, 400)
            geometry = shapely.Polygon(star(rng, cx, cy, radius, 10), [star(rng, cx, cy, radius * 0.25, 6)])
        elif kind == 2:
            geometry = shapely.MultiPolygon([shapely.Polygon(star(rng, cx, cy, 80)),
                                             shapely.Polygon(star(rng, cx + 500, cy, 80))])
        else:
            x, y = X0 + 100.0 * rng.integers(0, 30), Y0 + 100.0 * rng.integers(0, 30)
            geometry = shapely.box(x, y, x + 100.0, y + 100.0)
        assert geometry.is_valid
        out.append(shapely.to_wkb(geometry))
    return out


def test_the_probe_and_the_switch():
    assert gb.shapely_available()  # the venv has shapely 2
    assert gb.use_shapely(False) is True
    assert not gb.using_shapely() and gb.shapely_available()
    assert gb.use_shapely(True) is False
    assert gb.using_shapely()


def test_from_wkb_keeps_none_and_gives_qgs_geometries():
    wkbs = random_polygons(0, 4) + [None]
    fast, slow = both(gb.from_wkb, wkbs)
    assert len(fast) == len(slow) == 5 and fast[4] is None and slow[4] is None
    assert type(slow[0]).__name__ == "QgsGeometry"
    for a, b in zip(fast[:4], slow[:4]):
        assert shapely.equals(a, shapely.from_wkb(bytes(b.asWkb())))


@pytest.mark.parametrize("seed", SEEDS)
def test_centroids_and_areas(seed):
    wkbs = random_polygons(seed) + [None]
    (fx, fy), (sx, sy) = both(lambda w: gb.centroids_xy(gb.from_wkb(w)), wkbs)
    np.testing.assert_allclose(sx, fx, rtol=1e-13, atol=0)
    np.testing.assert_allclose(sy, fy, rtol=1e-13, atol=0)
    assert np.isnan(sx[-1]) and np.isnan(fx[-1])
    fast, slow = both(lambda w: gb.areas(gb.from_wkb(w)), wkbs)
    np.testing.assert_allclose(slow, fast, rtol=1e-12, atol=0)


@pytest.mark.parametrize("seed", SEEDS)
def test_make_valid(seed):
    rng = np.random.default_rng(seed)
    wkbs = random_polygons(seed, 12)
    for _ in range(8):  # bow ties and self-crossing stars: invalid
        cx, cy = X0 + rng.uniform(0, 3000), Y0 + rng.uniform(0, 3000)
        ring = star(rng, cx, cy, 200, 8)
        rng.shuffle(ring)
        geometry = shapely.Polygon(ring)
        wkbs.append(shapely.to_wkb(geometry))
    assert not all(shapely.is_valid(shapely.from_wkb(wkbs)))
    fast, slow = both(lambda w: gb.make_valid(gb.from_wkb(w)), wkbs)
    slow_shapes = shapely.from_wkb([bytes(g.asWkb()) for g in slow])
    assert shapely.is_valid(slow_shapes).all() and shapely.is_valid(fast).all()
    np.testing.assert_allclose(shapely.area(slow_shapes), shapely.area(fast), rtol=1e-9)
    assert shapely.equals(shapely.normalize(slow_shapes), shapely.normalize(fast)).all()
    # Valid input comes back unchanged.
    assert all(shapely.equals_exact(a, b, 0) for a, b in zip(slow_shapes[:12], shapely.from_wkb(wkbs[:12])))


def study_areas(seed):
    rng = np.random.default_rng(seed)
    blob = shapely.Polygon(star(rng, X0 + 1000, Y0 + 1000, 900, 25))
    hole = shapely.Polygon(star(rng, X0 + 1000, Y0 + 1000, 250, 8))
    island = shapely.box(X0 + 2300, Y0 + 200, X0 + 2400, Y0 + 300)  # aligned with 100 m squares: touching
    return [blob.difference(hole).union(island), shapely.box(X0, Y0, X0 + 700, Y0 + 500)]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", [SQUARE, HEXAGON])
def test_polygons_intersecting(seed, kind):
    for area in study_areas(seed):
        lattice = make_lattice(area.bounds, 100.0, kind)
        col, row = lattice.from_flat(np.arange(lattice.size))
        rings = lattice.ring_coords(col, row)
        fast, slow = both(gb.polygons_intersecting, rings, shapely.to_wkb(area))
        assert fast.dtype == slow.dtype == bool
        np.testing.assert_array_equal(slow, fast)
        np.testing.assert_array_equal(fast, shapely.intersects(shapely.polygons(rings), area))
        fast, slow = both(gb.polygons_overlapping, rings, shapely.to_wkb(area))
        polygons = shapely.polygons(rings)
        np.testing.assert_array_equal(slow, fast)
        np.testing.assert_array_equal(fast, shapely.intersects(polygons, area) & ~shapely.touches(polygons, area))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", [SQUARE, HEXAGON])
def test_select_cells(seed, kind):
    for area in study_areas(seed):
        lattice = make_lattice(area.bounds, 50.0, kind)
        polygons = [area] if area.geom_type == "Polygon" else list(area.geoms)
        rings = [np.asarray(r.coords) for p in polygons for r in [p.exterior, *p.interiors]]
        fast, slow = both(select_cells, lattice, rings, shapely.to_wkb(area))
        np.testing.assert_array_equal(slow, fast)


@pytest.mark.parametrize("seed", SEEDS)
def test_points_in_polygons(seed):
    rng = np.random.default_rng(seed)
    # Neighbourhoods sharing edges and vertices, one overlapping, one with a hole.
    areas = [shapely.box(X0, Y0, X0 + 1000, Y0 + 1000), shapely.box(X0 + 1000, Y0, X0 + 3000, Y0 + 1000),
             shapely.Polygon([(X0, Y0 + 1000), (X0 + 3000, Y0 + 1000), (X0 + 1500, Y0 + 2000)]),
             shapely.box(X0 + 500, Y0 + 500, X0 + 1500, Y0 + 1500),
             shapely.Polygon(star(rng, X0 + 2000, Y0 + 2500, 600, 12), [star(rng, X0 + 2000, Y0 + 2500, 200, 5)])]
    n = 3000
    x = X0 + rng.uniform(-200, 3200, n)
    y = Y0 + rng.uniform(-200, 3200, n)
    # Points exactly on edges and vertices.
    x[:200] = X0 + 500.0 * rng.integers(0, 7, 200)
    y[:200] = Y0 + 500.0 * rng.integers(0, 5, 200)
    x[200:300] = X0 + rng.uniform(0, 3000, 100)
    y[200:300] = Y0 + 1000.0
    wkbs = [shapely.to_wkb(a) for a in areas]
    (fp, fa), (sp, sa) = both(lambda: gb.points_in_polygons(x, y, gb.from_wkb(wkbs)))
    np.testing.assert_array_equal(sp, fp)
    np.testing.assert_array_equal(sa, fa)
    brute = [(i, k) for i in range(n) for k, a in enumerate(areas) if a.intersects(shapely.Point(x[i], y[i]))]
    assert list(zip(fp.tolist(), fa.tolist())) == brute
    fast, slow = both(lambda: locate(gb.from_wkb(wkbs), x, y))
    np.testing.assert_array_equal(slow, fast)


def test_points_in_polygons_empty_inputs():
    for enabled in (True, False):
        gb.use_shapely(enabled)
        i, k = gb.points_in_polygons([], [], gb.from_wkb([shapely.to_wkb(shapely.box(0, 0, 1, 1))]))
        assert len(i) == len(k) == 0
        i, k = gb.points_in_polygons([0.5], [0.5], gb.from_wkb([]))
        assert len(i) == len(k) == 0


def jittered_cells(seed, kind):
    """Lattice cells, some nudged by a fraction of a metre (gaps and overlaps), some dropped."""
    rng = np.random.default_rng(seed)
    lattice = make_lattice((X0, Y0, X0 + 1200, Y0 + 900), 100.0, kind)
    col, row = lattice.from_flat(np.arange(lattice.size))
    rings = lattice.ring_coords(col, row)
    keep = rng.random(len(rings)) > 0.1
    rings = rings[keep]
    shift = rng.choice([0.0, 0.0, 0.3, -0.3, 1e-9], size=(len(rings), 1, 2))
    return [shapely.to_wkb(p) for p in shapely.polygons(rings + shift)]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("kind", [SQUARE, HEXAGON])
@pytest.mark.parametrize("tolerance", [0.0, 0.5])
def test_touching_pairs_and_contiguity(seed, kind, tolerance):
    wkbs = jittered_cells(seed, kind) + random_polygons(seed, 12)
    (fi, fj), (si, sj) = both(lambda: gb.touching_pairs(gb.from_wkb(wkbs), tolerance))
    assert len(fi) > len(wkbs)
    np.testing.assert_array_equal(si, fi)
    np.testing.assert_array_equal(sj, fj)
    fast, slow = both(lambda: contiguity(gb.from_wkb(wkbs), tolerance=tolerance, chunk=37))
    np.testing.assert_array_equal(slow.indptr, fast.indptr)
    np.testing.assert_array_equal(slow.indices, fast.indices)


def test_contiguity_accepts_shapely_geometries_in_the_fallback():
    boxes = [shapely.box(0, 0, 1, 1), shapely.box(1, 1, 2, 2), shapely.box(1, 0, 2, 1), shapely.box(5, 5, 6, 6)]
    fast, slow = both(contiguity, boxes)
    np.testing.assert_array_equal(slow.indices, fast.indices)
    assert slow.isolates.tolist() == [3]


@pytest.mark.parametrize("seed", SEEDS)
def test_nearest_distances_and_minimum_band(seed):
    rng = np.random.default_rng(seed)
    clusters = [np.column_stack([rng.normal(X0 + rng.uniform(0, 50_000), spread, k),
                                 rng.normal(Y0 + rng.uniform(0, 50_000), spread, k)])
                for spread, k in zip(rng.uniform(5, 2000, 5), rng.integers(1, 400, 5))]
    rural = np.column_stack([X0 + rng.uniform(0, 60_000, 30), Y0 + rng.uniform(0, 60_000, 30)])
    points = np.vstack(clusters + [rural])
    points = np.vstack([points, points[:15]])  # exact duplicates are ignored
    points = np.round(points, int(rng.integers(0, 3)))
    x, y = points[:, 0], points[:, 1]
    fast, slow = both(gb.nearest_distances, x, y)
    assert np.isfinite(fast).all()
    np.testing.assert_allclose(slow, fast, rtol=1e-14)
    fast, slow = both(min_band_distance, x, y)
    assert slow == pytest.approx(fast, rel=1e-14) and fast > 0


def test_nearest_distances_edge_cases():
    for x, y, expected in [([], [], []), ([1.0], [2.0], [np.inf]), ([1.0, 1.0], [2.0, 2.0], [np.inf, np.inf]),
                           ([0.0, 0.0, 3.0], [0.0, 0.0, 4.0], [5.0, 5.0, 5.0])]:
        fast, slow = both(gb.nearest_distances, x, y)
        np.testing.assert_array_equal(fast, expected)
        np.testing.assert_array_equal(slow, expected)
    fast, slow = both(min_band_distance, [1.0, 1.0], [2.0, 2.0])
    assert fast == slow == 0.0
