"""Quartic kernel sums and nearest distances against brute force."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.risk.grid import HEXAGON, SQUARE, make_lattice
from infosegura_plugin.core.risk.kernels import nearest_distance, quartic_kde


def brute_kde(cx, cy, x, y, radius, weights=None):
    d = np.hypot(cx[:, None] - x[None, :], cy[:, None] - y[None, :])
    k = np.where(d < radius, (1 - (d / radius) ** 2) ** 2, 0.0)
    if weights is not None:
        k = k * weights[None, :]
    return k.sum(axis=1)


@pytest.mark.parametrize("kind", [HEXAGON, SQUARE])
@pytest.mark.parametrize("radius", [30.0, 150.0, 420.0])
def test_quartic_kde_matches_brute_force(kind, radius):
    rng = np.random.default_rng(7)
    lattice = make_lattice((0, 0, 1000, 800), 50, kind)
    cells = np.sort(rng.choice(lattice.size, 300, replace=False))
    # Points inside and well outside the lattice (edge effects).
    x, y = rng.uniform(-500, 1500, 400), rng.uniform(-500, 1300, 400)
    w = rng.uniform(0.5, 2, 400)
    cx, cy = lattice.centres(*lattice.from_flat(cells))
    np.testing.assert_allclose(quartic_kde(lattice, cells, x, y, radius), brute_kde(cx, cy, x, y, radius), atol=1e-9)
    np.testing.assert_allclose(
        quartic_kde(lattice, cells, x, y, radius, weights=w), brute_kde(cx, cy, x, y, radius, w), atol=1e-9)


def test_kde_point_at_centre_is_one_and_zero_at_radius():
    lattice = make_lattice((0, 0, 100, 100), 50, SQUARE)
    cells = np.arange(lattice.size)
    cx, cy = lattice.centres(*lattice.from_flat(cells))
    values = quartic_kde(lattice, cells, np.array([cx[5]]), np.array([cy[5]]), 50.0)
    assert values[5] == 1.0
    assert values[np.isclose(np.hypot(cx - cx[5], cy - cy[5]), 50.0)].max() == 0.0


def test_kde_without_points_is_zero():
    lattice = make_lattice((0, 0, 100, 100), 50, SQUARE)
    assert quartic_kde(lattice, np.arange(4), np.array([]), np.array([]), 100).tolist() == [0, 0, 0, 0]


@pytest.mark.parametrize("max_work", [10, 32768])
def test_nearest_distance_matches_brute_force(max_work):
    rng = np.random.default_rng(3)
    # Clustered points (towns) and queries spread far from them.
    px = np.concatenate([rng.normal(0, 50, 300), rng.normal(5000, 300, 100), [20000.0]])
    py = np.concatenate([rng.normal(0, 50, 300), rng.normal(-2000, 300, 100), [9000.0]])
    qx, qy = rng.uniform(-3000, 25000, 5000), rng.uniform(-6000, 12000, 5000)
    brute = np.sqrt(((qx[:, None] - px[None]) ** 2 + (qy[:, None] - py[None]) ** 2).min(axis=1))
    np.testing.assert_allclose(nearest_distance(qx, qy, px, py, 800.0, max_work=max_work), brute, rtol=1e-12)


def test_nearest_distance_edge_cases():
    q = np.array([0.0, 1.0])
    assert np.isinf(nearest_distance(q, q, np.array([]), np.array([]), 10)).all()
    assert nearest_distance(np.array([]), np.array([]), q, q, 10).shape == (0,)
    # Many queries at one spot cannot be split further.
    same = np.zeros(100)
    np.testing.assert_allclose(nearest_distance(same, same, np.array([3.0]), np.array([4.0]), 10, max_work=1), 5.0)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4)), min_size=1, max_size=40),
    st.lists(st.tuples(st.floats(-1e4, 1e4), st.floats(-1e4, 1e4)), min_size=1, max_size=60),
    st.floats(1.0, 5000.0),
)
def test_nearest_distance_property(points, queries, block):
    p, q = np.array(points), np.array(queries)
    brute = np.sqrt(((q[:, None, 0] - p[None, :, 0]) ** 2 + (q[:, None, 1] - p[None, :, 1]) ** 2).min(axis=1))
    got = nearest_distance(q[:, 0], q[:, 1], p[:, 0], p[:, 1], block, max_work=16)
    np.testing.assert_allclose(got, brute, rtol=1e-12, atol=1e-9)
