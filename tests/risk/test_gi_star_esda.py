"""Cross-check with PySAL esda, a test-only dependency (requirements-dev.txt): the plugin
never imports it. The brute-force checks are in test_gi_star.py."""

import esda.getisord as esda_getisord
import libpysal.weights as libpysal_weights
import numpy as np
import pytest

from infosegura_plugin.core.risk.gi_star import gi_star, gi_star_grid
from infosegura_plugin.core.risk.neighbours import lattice_neighbours


@pytest.mark.parametrize("kind", ["square", "hexagon"])
def test_z_equals_esda_g_local_star_binary(kind):
    rng = np.random.default_rng(5)
    col, row = np.meshgrid(np.arange(12), np.arange(9), indexing="ij")
    col, row = col.ravel(), row.ravel()
    values = rng.poisson(4, len(col)).astype(float)
    neighbours = lattice_neighbours(col, row, kind)
    w = libpysal_weights.W({i: neighbours.of(i).tolist() for i in range(neighbours.n)}, silence_warnings=True)
    esda = esda_getisord.G_Local(values, w, transform="B", star=True, permutations=0)
    ours = gi_star(values, neighbours.indptr, neighbours.indices)
    np.testing.assert_allclose(ours.z, esda.Zs, atol=1e-9)
    np.testing.assert_allclose(ours.p, 2 * esda.p_norm, atol=1e-12)
    np.testing.assert_allclose(gi_star_grid(values, col, row, kind).z, esda.Zs, atol=1e-9)
