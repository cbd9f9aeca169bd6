"""Grid cells against brute force with shapely polygons: selection, counts, tie rules."""

import numpy as np
import pytest
import shapely

from infosegura_plugin.core.risk.grid import (
    HEXAGON,
    SQUARE,
    _exact_overlaps_qgis,
    count_points,
    make_lattice,
    select_cells,
)

AREAS = {
    "concave_with_hole": shapely.Polygon(
        [(0, 0), (1000, 200), (900, 1100), (300, 900), (100, 500)], holes=[[(400, 400), (600, 400), (500, 600)]]
    ),
    "two_parts": shapely.MultiPolygon([
        shapely.box(0, 0, 333, 517),
        shapely.Polygon([(600, 600), (1210, 640), (900, 1003)]),
    ]),
    "thin_sliver": shapely.Polygon([(0, 0), (1000, 7), (1000, 9), (0, 2)]),
    "tiny_inside_one_cell": shapely.box(10.0, 10.0, 12.0, 12.0),
}


def rings_of(geometry):
    polygons = getattr(geometry, "geoms", [geometry])
    return [np.array(r.coords) for p in polygons for r in [p.exterior, *p.interiors]]


def all_polygons(lattice):
    col, row = lattice.from_flat(np.arange(lattice.size))
    return shapely.polygons(lattice.ring_coords(col, row))


@pytest.mark.parametrize("kind", [HEXAGON, SQUARE])
@pytest.mark.parametrize("name", sorted(AREAS))
@pytest.mark.parametrize("cell_size", [50.0, 37.3])
def test_selected_cells_are_exactly_those_sharing_area(kind, name, cell_size):
    area = AREAS[name]
    lattice = make_lattice(area.bounds, cell_size, kind)
    selected = select_cells(lattice, rings_of(area), shapely.to_wkb(area))
    polygons = all_polygons(lattice)
    brute = np.flatnonzero(shapely.intersects(polygons, area) & ~shapely.touches(polygons, area))
    assert len(selected) > 0
    np.testing.assert_array_equal(selected, brute)


@pytest.mark.parametrize("exact", [None, _exact_overlaps_qgis])
def test_a_cell_that_only_touches_the_boundary_is_not_in_the_grid(qgis_app, exact):
    lattice = make_lattice((0, 0, 300, 200), 50, SQUARE)
    x0, y0 = lattice.x0, lattice.y0  # a study area whose edges run along cell edges
    area = shapely.box(x0 + 100, y0 - 250, x0 + 300, y0 - 100)
    selected = select_cells(lattice, rings_of(area), shapely.to_wkb(area), exact=exact)
    assert len(selected) == 4 * 3  # the 200 m x 150 m inside, none of the 20 cells around it
    centres = np.column_stack(lattice.centres(*lattice.from_flat(selected)))
    assert shapely.contains_xy(area, centres[:, 0], centres[:, 1]).all()


@pytest.mark.parametrize("kind", [HEXAGON, SQUARE])
def test_qgis_fallback_gives_the_same_cells(qgis_app, kind):
    area = AREAS["concave_with_hole"]
    lattice = make_lattice(area.bounds, 50, kind)
    fast = select_cells(lattice, rings_of(area), shapely.to_wkb(area))
    fallback = select_cells(lattice, rings_of(area), shapely.to_wkb(area), exact=_exact_overlaps_qgis)
    np.testing.assert_array_equal(fast, fallback)


@pytest.mark.parametrize("kind", [HEXAGON, SQUARE])
def test_lattice_tiles_the_plane(kind):
    lattice = make_lattice((0, 0, 500, 400), 40, kind)
    polygons = all_polygons(lattice)
    assert shapely.area(polygons).sum() == pytest.approx(lattice.cell_area * lattice.size)
    union = shapely.union_all(polygons)
    assert union.area == pytest.approx(lattice.cell_area * lattice.size, rel=1e-9)
    assert shapely.box(0, 0, 500, 400).within(union.buffer(1e-6))


@pytest.mark.parametrize("kind", [HEXAGON, SQUARE])
def test_counts_match_point_in_polygon(kind):
    rng = np.random.default_rng(2)
    area = AREAS["concave_with_hole"]
    lattice = make_lattice(area.bounds, 50, kind)
    selected = select_cells(lattice, rings_of(area), shapely.to_wkb(area))
    x, y = rng.uniform(-300, 1300, 2000), rng.uniform(-300, 1400, 2000)
    counts = count_points(lattice, selected, x, y)
    col, row = lattice.from_flat(selected)
    polygons = shapely.polygons(lattice.ring_coords(col, row))
    points = shapely.points(x, y)
    tree = shapely.STRtree(points)
    brute = np.zeros(len(selected), dtype=int)
    pairs = tree.query(polygons, predicate="contains")
    np.add.at(brute, pairs[0], 1)
    np.testing.assert_array_equal(counts, brute)


def test_square_tie_rule_east_and_south():
    lattice = make_lattice((0, 0, 100, 100), 50, SQUARE)  # x0 = -50, y0 = 150
    # A point on the vertical edge x = 0 goes east (column 1); on y = 100 it goes south (row 1).
    col, row, inside = lattice.locate(np.array([0.0, 25.0, 0.0]), np.array([125.0, 100.0, 100.0]))
    assert inside.all()
    assert col.tolist() == [1, 1, 1]
    assert row.tolist() == [0, 1, 1]


def test_hexagon_points_on_edges_count_once_in_a_touching_cell():
    lattice = make_lattice((0, 0, 400, 400), 50, HEXAGON)
    col, row = lattice.from_flat(np.arange(lattice.size))
    rings = lattice.ring_coords(col, row)
    # Midpoints of every cell edge: each lies on two hexagons.
    mids = 0.5 * (rings[:, :-1] + rings[:, 1:])
    x, y = mids[..., 0].ravel(), mids[..., 1].ravel()
    c, r, inside = lattice.locate(x, y)
    polygons = shapely.polygons(rings)
    owner = lattice.flat_index(c[inside], r[inside])
    # On a slanted edge 'exactly' is up to floating point: the owner touches the point.
    assert (shapely.distance(polygons[owner], shapely.points(x[inside], y[inside])) < 1e-9).all()
    counts = count_points(lattice, np.arange(lattice.size), x, y)
    assert counts.sum() == inside.sum()


def test_cell_ids_are_qgis_feature_ids():
    lattice = make_lattice((0, 0, 100, 100), 50, SQUARE)
    assert lattice.cell_ids(np.array([0, 0, 1]), np.array([0, 1, 0])).tolist() == [1, 2, lattice.nrows + 1]
