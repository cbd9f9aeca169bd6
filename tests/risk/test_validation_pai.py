"""Hit rate and PAI on hand-made examples."""

import math

import numpy as np
import pytest

from infosegura_plugin.core.risk.validation import hit_rate_pai, rank_cells


def test_hand_made_twenty_cells():
    # 20 equal cells; scores descending by index except ties at the end.
    score = np.array([20, 19, 18, 17, 16] + [1] * 15, dtype=float)
    counts = np.zeros(20, dtype=int)
    counts[0] = 3  # top 5% = 1 cell
    counts[1] = 1  # top 10% = 2 cells
    counts[3] = 2  # top 20% = 4 cells
    counts[10] = 4
    rows = hit_rate_pai(score, counts)
    assert [r.cells for r in rows] == [1, 2, 4]
    assert [r.incidents for r in rows] == [3, 4, 6]
    assert [r.hit_rate for r in rows] == pytest.approx([0.3, 0.4, 0.6])
    assert [r.pai for r in rows] == pytest.approx([0.3 / 0.05, 0.4 / 0.10, 0.6 / 0.20])


def test_ceil_of_area_share_and_secondary_tie_break():
    score = np.array([5.0, 5.0, 5.0, 1.0, 1.0, 1.0, 1.0])
    kde = np.array([0.1, 0.9, 0.5, 0, 0, 0, 0])
    counts = np.array([0, 2, 0, 0, 0, 1, 0])
    assert rank_cells(score, kde)[:3].tolist() == [1, 2, 0]
    (row,) = hit_rate_pai(score, counts, shares=[0.1], secondary=kde)
    assert row.cells == 1  # ceil(0.7)
    assert row.incidents == 2 and row.hit_rate == pytest.approx(2 / 3)
    assert row.pai == pytest.approx((2 / 3) / (1 / 7))
    assert row.tied_at_cut == 3


def test_no_incidents_gives_undefined_rates():
    (row,) = hit_rate_pai(np.array([2.0, 1.0]), np.array([0, 0]), shares=[0.5])
    assert math.isnan(row.hit_rate) and math.isnan(row.pai)
