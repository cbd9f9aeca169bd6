"""Gi* against an independent loop-based computation (Getis and Ord 1992 / Ord and Getis
1995, binary weights, self included), on irregular polygons and on square/hex grids."""

import math

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.cancel import CanceledError
from infosegura_plugin.core.risk.gi_star import (
    ConstantValuesError,
    GiStarError,
    classify,
    gi_star,
    gi_star_grid,
    normal_two_sided_p,
)
from infosegura_plugin.core.risk.neighbours import contiguity, from_pairs, lattice_neighbours


def brute_gi_star(values, neighbour_sets):
    """Plain-Python Gi*: one feature at a time, sums written out (ddof=0 sd)."""
    n = len(values)
    mean = sum(values) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in values) / n)
    out = []
    for i in range(n):
        hood = set(neighbour_sets[i]) | {i}
        if len(hood) == 1:
            out.append(float("nan"))
            continue
        wsum = float(len(hood))  # Σ w_ij with w = 1
        w2sum = float(len(hood))  # Σ w_ij², binary
        lag = sum(values[j] for j in hood)
        out.append((lag - mean * wsum) / (sd * math.sqrt((n * w2sum - wsum ** 2) / (n - 1))))
    return np.array(out)


def brute_sets_from_polygons(polygons):
    """Neighbours by a pairwise double loop: share an edge or a vertex (to within 1 µm, as
    hexagon vertices computed from two centres differ in the last bits)."""
    return [[j for j, b in enumerate(polygons) if j != i and a.distance(b) < 1e-6] for i, a in enumerate(polygons)]


def irregular_polygons(seed=3, nx=7, ny=6):
    """A jittered quadrilateral mesh: irregular polygons sharing edges and vertices."""
    rng = np.random.default_rng(seed)
    xs = np.arange(nx + 1) * 100.0
    ys = np.arange(ny + 1) * 100.0
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    gx = gx + rng.uniform(-30, 30, gx.shape)
    gy = gy + rng.uniform(-30, 30, gy.shape)
    polygons = []
    for i in range(nx):
        for j in range(ny):
            ring = [(gx[i, j], gy[i, j]), (gx[i + 1, j], gy[i + 1, j]), (gx[i + 1, j + 1], gy[i + 1, j + 1]),
                    (gx[i, j + 1], gy[i, j + 1])]
            polygons.append(shapely.Polygon(ring))
    return polygons


def test_gi_star_irregular_polygons_equals_brute_force():
    polygons = irregular_polygons()
    rng = np.random.default_rng(11)
    values = rng.poisson(3, len(polygons)).astype(float)
    neighbours = contiguity(np.array(polygons, dtype=object))
    expected_sets = brute_sets_from_polygons(polygons)
    assert [sorted(neighbours.of(i)) for i in range(len(polygons))] == expected_sets
    result = gi_star(values, neighbours.indptr, neighbours.indices)
    np.testing.assert_allclose(result.z, brute_gi_star(list(values), expected_sets), rtol=0, atol=1e-9)
    assert result.neighbourhood.tolist() == [len(s) + 1 for s in expected_sets]


@pytest.mark.parametrize("kind", ["square", "hexagon"])
def test_grid_fast_path_equals_csr_and_brute_force(kind):
    rng = np.random.default_rng(7)
    col, row = np.meshgrid(np.arange(3, 17), np.arange(5, 16), indexing="ij")
    col, row = col.ravel(), row.ravel()
    keep = rng.random(len(col)) > 0.15  # holes and ragged edges, like a study area
    col, row = col[keep], row[keep]
    values = rng.gamma(2.0, 2.0, len(col))
    fast = gi_star_grid(values, col, row, kind)
    neighbours = lattice_neighbours(col, row, kind)
    csr = gi_star(values, neighbours.indptr, neighbours.indices)
    np.testing.assert_allclose(fast.z, csr.z, rtol=0, atol=1e-9, equal_nan=True)
    np.testing.assert_allclose(fast.p, csr.p, rtol=0, atol=1e-12, equal_nan=True)
    assert np.array_equal(fast.neighbourhood, csr.neighbourhood)

    # independent neighbour sets: cells whose polygons touch (geometry, not index arithmetic)
    polygons = grid_polygons(col, row, kind)
    sets = brute_sets_from_polygons(polygons)
    np.testing.assert_allclose(fast.z, brute_gi_star(list(values), sets), rtol=0, atol=1e-9, equal_nan=True)


def grid_polygons(col, row, kind, size=10.0):
    polygons = []
    for c, r in zip(col, row):
        if kind == "square":
            x0, y1 = c * size, -r * size
            polygons.append(shapely.box(x0, y1 - size, x0 + size, y1))
        else:  # flat-topped, rows downwards, odd columns half a cell lower (core/risk/grid.py)
            radius = size / math.sqrt(3)
            cx = radius + c * 1.5 * radius
            cy = -0.5 * size - r * size - (c % 2) * 0.5 * size
            polygons.append(shapely.Polygon(
                [(cx + radius * math.cos(a), cy + radius * math.sin(a)) for a in np.radians(np.arange(0, 360, 60))]))
    return polygons


def test_hexagon_offsets_match_geometry_on_odd_first_column():
    col, row = np.meshgrid(np.arange(1, 8), np.arange(0, 6), indexing="ij")
    col, row = col.ravel(), row.ravel()
    neighbours = lattice_neighbours(col, row, "hexagon")
    polygons = grid_polygons(col, row, "hexagon")
    assert [sorted(neighbours.of(i)) for i in range(len(col))] == brute_sets_from_polygons(polygons)
    values = np.arange(len(col), dtype=float) % 5
    np.testing.assert_allclose(gi_star_grid(values, col, row, "hexagon").z,
                               gi_star(values, neighbours.indptr, neighbours.indices).z, atol=1e-9, equal_nan=True)


def test_known_esda_doctest_values():
    """The G_Local(star=True, transform='B') example of esda's documentation (six points,
    distance band 15)."""
    points = np.array([(10, 10), (20, 10), (40, 10), (15, 20), (30, 20), (30, 30)], dtype=float)
    values = np.array([2, 3, 3.2, 5, 8, 7])
    i, j = np.nonzero(np.hypot(*(points[:, None, :] - points[None, :, :]).transpose(2, 0, 1)) <= 15)
    neighbours = from_pairs(i, j, len(points))
    result = gi_star(values, neighbours.indptr, neighbours.indices)
    np.testing.assert_allclose(
        result.z, [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331], atol=1e-8)


def test_isolates_get_no_z_and_others_keep_full_n():
    values = np.array([1.0, 5.0, 2.0, 8.0, 3.0])
    neighbours = from_pairs(np.array([0, 1, 2]), np.array([1, 2, 3]), 5)  # 4 is alone
    result = gi_star(values, neighbours.indptr, neighbours.indices)
    assert np.isnan(result.z[4]) and np.isnan(result.p[4])
    assert result.isolates.tolist() == [4]
    sets = [[1], [0, 2], [1, 3], [2], []]
    np.testing.assert_allclose(result.z, brute_gi_star(list(values), sets), atol=1e-9, equal_nan=True)


def test_constant_values_raise_a_clear_error():
    neighbours = from_pairs(np.array([0, 1]), np.array([1, 2]), 3)
    with pytest.raises(ConstantValuesError, match="all values are equal"):
        gi_star(np.full(3, 4.0), neighbours.indptr, neighbours.indices)
    with pytest.raises(GiStarError, match=r"values must be finite \(drop NULL values first\)"):
        gi_star(np.array([1.0, np.nan, 2.0]), neighbours.indptr, neighbours.indices)
    with pytest.raises(ConstantValuesError, match="all values are equal"):
        gi_star_grid(np.zeros(4), [0, 0, 1, 1], [0, 1, 0, 1])


def test_normal_p_two_sided():
    p = normal_two_sided_p(np.array([0.0, 1.959963984540054, -2.5758293035489, np.nan]))
    np.testing.assert_allclose(p[:3], [1.0, 0.05, 0.01], atol=1e-12)
    assert np.isnan(p[3])


def brute_permutation_p(values, k, lag, draws):
    """Conditional permutation p by loops, with the same shared draws as the core."""
    n = len(values)
    perms = len(draws)
    p = []
    for i in range(n):
        others = [j for j in range(n) if j != i]
        larger = 0
        for draw in draws:
            simulated = values[i] + sum(values[others[d]] for d in draw[:k[i] - 1])
            larger += simulated >= lag[i] - 1e-9
        larger = min(larger, perms - larger)
        p.append(min(1.0, 2 * (larger + 1) / (perms + 1)))  # two-sided: twice esda's folded p
    return np.array(p)


def test_permutations_are_seeded_and_match_a_loop():
    polygons = irregular_polygons(seed=5, nx=5, ny=4)
    values = np.random.default_rng(2).poisson(4, len(polygons)).astype(float)
    neighbours = contiguity(np.array(polygons, dtype=object))
    a = gi_star(values, neighbours.indptr, neighbours.indices, permutations=99, seed=42)
    b = gi_star(values, neighbours.indptr, neighbours.indices, permutations=99, seed=42)
    assert np.array_equal(a.p, b.p)
    assert ((a.p >= 2 / 100) & (a.p <= 1.0)).all()
    # the same draws the core makes, evaluated by loops
    rng = np.random.default_rng(42)
    kmax = int(a.neighbourhood.max()) - 1
    draws = [rng.choice(len(values) - 1, size=kmax, replace=False) for _ in range(99)]
    lag = [values[i] + values[neighbours.of(i)].sum() for i in range(len(values))]
    np.testing.assert_allclose(a.p, brute_permutation_p(values, a.neighbourhood, lag, draws), atol=1e-12)


def test_permutation_p_agrees_with_normal_p_roughly():
    rng = np.random.default_rng(8)
    col, row = np.meshgrid(np.arange(20), np.arange(20), indexing="ij")
    values = rng.poisson(2, 400).astype(float)
    values[:60] += 6  # a hot corner
    result = gi_star_grid(values, col.ravel(), row.ravel(), "square", permutations=499, seed=1)
    analytic = gi_star_grid(values, col.ravel(), row.ravel(), "square")
    assert np.corrcoef(result.p, analytic.p)[0, 1] > 0.9  # both two-sided


def test_cancel_stops_the_permutations():
    class Canceled:
        def isCanceled(self):  # noqa: N802
            return True

        def setProgress(self, value):  # noqa: N802
            pass

    values = np.arange(50, dtype=float)
    with pytest.raises(CanceledError):
        gi_star_grid(values, np.arange(50) // 10, np.arange(50) % 10, "square", permutations=99, feedback=Canceled())


def test_classify_levels_and_signs():
    z = np.array([3.0, -3.0, 2.1, -2.1, 1.7, 0.5, np.nan])
    p = np.array([0.005, 0.005, 0.04, 0.04, 0.08, 0.6, np.nan])
    assert classify(z, p).tolist() == [3, -3, 2, -2, 1, 0, 0]
    # boundaries are strict: p = 0.05 is 90% only
    assert classify(np.array([2.0]), np.array([0.05])).tolist() == [1]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(0, 20), min_size=12, max_size=12), st.sampled_from(["square", "hexagon"]))
def test_property_fast_path_equals_brute_force(counts, kind):
    values = np.array(counts, dtype=float)
    if values.std() == 0:
        return
    col, row = np.arange(12) // 4, np.arange(12) % 4
    fast = gi_star_grid(values, col, row, kind)
    sets = brute_sets_from_polygons(grid_polygons(col, row, kind))
    np.testing.assert_allclose(fast.z, brute_gi_star(list(values), sets), atol=1e-9, equal_nan=True)
