"""Benjamini–Hochberg against a brute-force reading of its definition, and gi_class with FDR."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from infosegura_plugin.core.risk.fdr import benjamini_hochberg, bh_threshold
from infosegura_plugin.core.risk.gi_star import classify


def brute_bh(p, alpha):
    """For every k from m down to 1: if the k-th smallest p <= k/m·alpha, reject every
    p <= that value."""
    finite = [v for v in p if v == v]
    m = len(finite)
    ordered = sorted(finite)
    for k in range(m, 0, -1):
        if ordered[k - 1] <= k / m * alpha:
            return [v == v and v <= ordered[k - 1] for v in p]
    return [False] * len(p)


def test_textbook_example():
    # Benjamini and Hochberg (1995), 15 p-values; at q = 0.05 the four smallest are rejected.
    p = np.array([0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240,
                  0.4262, 0.5719, 0.6528, 0.7590, 1.0])
    assert benjamini_hochberg(p, 0.05).sum() == 4
    assert bh_threshold(p, 0.05) == pytest.approx(0.0095)


def test_step_up_rejects_below_a_later_passing_rank():
    # p(1) = 0.04 > 1/2·0.05 fails alone, but p(2) = 0.045 <= 2/2·0.05 passes: both rejected.
    assert benjamini_hochberg(np.array([0.045, 0.04]), 0.05).tolist() == [True, True]


def test_nan_not_counted_nor_rejected():
    p = np.array([0.01, np.nan, 0.02, np.nan])
    assert benjamini_hochberg(p, 0.05).tolist() == [True, False, True, False]
    assert not benjamini_hochberg(np.array([np.nan, np.nan]), 0.05).any()
    assert not benjamini_hochberg(np.array([]), 0.05).any()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.floats(0, 1), st.sampled_from([0.001, 0.01, 0.05, 0.1])), min_size=1, max_size=40),
       st.sampled_from([0.10, 0.05, 0.01]))
def test_property_equals_brute_force(values, alpha):
    p = np.array(values)
    assert benjamini_hochberg(p, alpha).tolist() == brute_bh(values, alpha)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 0.2), min_size=1, max_size=60), st.sampled_from([0.10, 0.05, 0.01]))
def test_property_equals_statsmodels(values, alpha):
    """An independent implementation. Continuous p-values only: at an exact tie with a
    step k/m·alpha the two may round the last bit differently, both correctly."""
    from statsmodels.stats.multitest import multipletests  # test-only dependency

    p = np.array(values)
    assert benjamini_hochberg(p, alpha).tolist() == multipletests(p, alpha=alpha, method="fdr_bh")[0].tolist()


def test_classes_with_fdr_run_each_level_separately():
    rng = np.random.default_rng(4)
    p = np.concatenate([rng.uniform(0, 0.002, 5), rng.uniform(0.002, 0.06, 20), rng.uniform(0, 1, 200)])
    z = np.where(np.arange(len(p)) % 2 == 0, 3.0, -3.0)
    classes = classify(z, p, fdr=True)
    for level, alpha in ((1, 0.10), (2, 0.05), (3, 0.01)):
        expected = np.array(brute_bh(list(p), alpha))
        assert ((np.abs(classes) >= level) == expected).all()
    assert (np.sign(classes[classes != 0]) == np.sign(z[classes != 0])).all()
    # FDR is never more liberal than the plain thresholds
    assert (np.abs(classes) <= np.abs(classify(z, p))).all()
