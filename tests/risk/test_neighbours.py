"""Spatial weights: contiguity, distance bands, point pairs, against double loops."""

import math

import numpy as np
import pytest
import shapely

from infosegura_plugin.core.cancel import CanceledError
from infosegura_plugin.core.risk.neighbours import (
    contiguity,
    distance_band,
    from_pairs,
    min_band_distance,
    point_pairs_within,
)


def test_csr_is_symmetric_sorted_without_self():
    nb = from_pairs(np.array([0, 2, 2, 1, 3]), np.array([1, 1, 2, 0, 3]), 5)
    assert nb.indptr.tolist() == [0, 1, 3, 4, 4, 4]
    assert nb.indices.tolist() == [1, 0, 2, 1]
    assert nb.isolates.tolist() == [3, 4]


def test_queen_contiguity_counts_a_shared_vertex():
    a = shapely.box(0, 0, 1, 1)
    b = shapely.box(1, 1, 2, 2)  # only a corner in common
    c = shapely.box(1, 0, 2, 1)  # an edge with a and b
    d = shapely.box(5, 5, 6, 6)  # alone
    nb = contiguity(np.array([a, b, c, d], dtype=object))
    assert [nb.of(i).tolist() for i in range(4)] == [[1, 2], [0, 2], [0, 1], []]


def test_contiguity_tolerance_bridges_slivers():
    a = shapely.box(0, 0, 1, 1)
    b = shapely.box(1.0005, 0, 2, 1)
    assert contiguity(np.array([a, b], dtype=object)).isolates.tolist() == [0, 1]
    assert contiguity(np.array([a, b], dtype=object), tolerance=0.001).isolates.tolist() == []


@pytest.mark.parametrize("strict", [False, True])
def test_point_pairs_equal_double_loop(strict):
    rng = np.random.default_rng(1)
    a = rng.uniform(0, 500, (300, 2))
    b = rng.uniform(0, 500, (200, 2))
    b[:20] = a[:20] + [30.0, 40.0]  # exactly 50 m away: on the boundary
    i, j, d = point_pairs_within(a[:, 0], a[:, 1], b[:, 0], b[:, 1], 50.0, strict=strict, max_pairs=500)
    expected = []
    for p in range(len(a)):
        for q in range(len(b)):
            dist = math.hypot(a[p, 0] - b[q, 0], a[p, 1] - b[q, 1])
            if (dist < 50.0) if strict else (dist <= 50.0):
                expected.append((p, q))
    assert list(zip(i.tolist(), j.tolist())) == expected
    np.testing.assert_allclose(d, np.hypot(*(a[i] - b[j]).T))


def test_point_pairs_empty_inputs():
    i, j, d = point_pairs_within([], [], [1.0], [1.0], 10)
    assert len(i) == len(j) == len(d) == 0


def test_distance_band_and_minimum_band():
    x = np.array([0.0, 10.0, 30.0, 100.0])
    y = np.zeros(4)
    nb = distance_band(x, y, 20.0)
    assert [nb.of(i).tolist() for i in range(4)] == [[1], [0, 2], [1], []]
    assert min_band_distance(x, y) == pytest.approx(70.0)
    assert distance_band(x, y, min_band_distance(x, y)).isolates.tolist() == []


def test_cancel_in_point_pairs():
    class Canceled:
        def isCanceled(self):  # noqa: N802
            return True

        def setProgress(self, value):  # noqa: N802
            pass

    with pytest.raises(CanceledError):
        point_pairs_within([0.0], [0.0], [1.0], [1.0], 10, feedback=Canceled())
