"""Poisson and negative binomial IRLS on data simulated with known coefficients."""

import math

import numpy as np
import pytest

from infosegura_plugin.core.risk.regression import (
    NEGATIVE_BINOMIAL,
    POISSON,
    Candidate,
    fit_negative_binomial,
    fit_poisson,
    nb_loglik,
    poisson_loglik,
    stepwise,
)

TRUE_BETA = np.array([-1.2, 0.9, 0.5, -0.6])


def design(n, seed):
    rng = np.random.default_rng(seed)
    return rng, np.column_stack([
        np.ones(n), rng.random(n) < 0.25, rng.random(n) < 0.4, rng.normal(0, 1, n)]).astype(float)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_poisson_recovers_coefficients(seed):
    rng, X = design(30000, seed)
    y = rng.poisson(np.exp(X @ TRUE_BETA))
    fit = fit_poisson(X, y)
    assert fit.converged
    assert np.all(np.abs(fit.beta - TRUE_BETA) < 4 * fit.se)
    assert np.all(np.abs(fit.beta - TRUE_BETA) < 0.08)
    assert fit.bic == pytest.approx(-2 * fit.loglik + 4 * math.log(len(y)))


@pytest.mark.parametrize("alpha", [0.5, 2.0])
def test_negative_binomial_recovers_coefficients_and_dispersion(alpha):
    rng, X = design(40000, 9)
    mu = np.exp(X @ TRUE_BETA)
    y = rng.poisson(rng.gamma(1.0 / alpha, alpha * mu))
    fit = fit_negative_binomial(X, y)
    assert fit.converged
    assert np.all(np.abs(fit.beta - TRUE_BETA) < 4 * fit.se)
    assert fit.alpha == pytest.approx(alpha, rel=0.15)
    # Over-dispersed data: NB wins on BIC, and Poisson's standard errors are too small.
    poisson = fit_poisson(X, y)
    assert fit.bic < poisson.bic
    assert np.all(poisson.se < fit.se)


def test_loglik_against_lgamma():
    y = np.array([0, 1, 2, 5, 9])
    mu = np.array([0.5, 1.0, 2.5, 4.0, 3.0])
    alpha = 0.7
    theta = 1 / alpha
    expected_nb = sum(
        math.lgamma(k + theta) - math.lgamma(theta) - math.lgamma(k + 1)
        + theta * math.log(theta / (theta + m)) + k * math.log(m / (theta + m)) for k, m in zip(y, mu))
    expected_p = sum(k * math.log(m) - m - math.lgamma(k + 1) for k, m in zip(y, mu))
    assert nb_loglik(y, mu, alpha) == pytest.approx(expected_nb, rel=1e-12)
    assert poisson_loglik(y, mu) == pytest.approx(expected_p, rel=1e-12)


def test_poisson_coefficients_errors_and_p_values_equal_statsmodels():
    """An independent implementation (statsmodels' GLM) on the same data: the same fit.
    Effects chosen so the p-values spread from ~0 to ~1."""
    import statsmodels.api as sm  # test-only dependency (requirements-dev.txt)

    rng, X = design(3000, 4)
    y = rng.poisson(np.exp(X @ np.array([-1.0, 0.25, 0.08, 0.0])))
    fit = fit_poisson(X, y)
    reference = sm.GLM(y, X, family=sm.families.Poisson()).fit()
    np.testing.assert_allclose(fit.beta, reference.params, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(fit.se, reference.bse, rtol=1e-6)
    np.testing.assert_allclose(np.log(fit.p_values), np.log(reference.pvalues), rtol=1e-6)  # tails too
    assert fit.loglik == pytest.approx(reference.llf, rel=1e-10)
    assert reference.pvalues[1] < 1e-4 and reference.pvalues[3] > 0.05  # a real effect, a null one


def test_negative_binomial_equals_statsmodels():
    """NB2 by maximum likelihood in statsmodels: the same coefficients, dispersion and
    log-likelihood; standard errors agree closely (ours are conditional on alpha)."""
    from statsmodels.discrete.discrete_model import NegativeBinomial

    rng, X = design(8000, 5)
    mu = np.exp(X @ TRUE_BETA)
    y = rng.poisson(rng.gamma(2.0, 0.5 * mu))  # alpha = 0.5
    fit = fit_negative_binomial(X, y)
    reference = NegativeBinomial(y, X, loglike_method="nb2").fit(disp=0, maxiter=500)
    np.testing.assert_allclose(fit.beta, reference.params[:-1], atol=2e-4)
    assert fit.alpha == pytest.approx(reference.params[-1], rel=2e-3)
    assert fit.loglik == pytest.approx(reference.llf, abs=1e-3)
    np.testing.assert_allclose(fit.se, reference.bse[:-1], rtol=2e-2)


@pytest.mark.parametrize("family", [POISSON, NEGATIVE_BINOMIAL])
def test_stepwise_finds_the_true_factors_and_distances(family):
    rng = np.random.default_rng(21)
    n = 20000
    distance_to_bar = rng.uniform(0, 800, n)
    distance_to_police = rng.uniform(0, 800, n)
    noise = rng.uniform(0, 800, n)
    # Truth: within 200 m of a bar doubles+ the rate; within 300 m of police lowers it.
    eta = -1.5 + 0.9 * (distance_to_bar <= 200) - 0.5 * (distance_to_police <= 300)
    y = rng.poisson(np.exp(eta)) if family == POISSON else rng.poisson(rng.gamma(2.0, 0.5 * np.exp(eta)))

    def variants(name, d, protective=False):
        return [Candidate(name, name, m, (d <= m).astype(float), protective) for m in (100, 200, 300, 400)]

    candidates = variants("bars", distance_to_bar) + variants("police", distance_to_police, True) + variants("noise", noise)
    result = stepwise(y, candidates, family)
    chosen = {(t.factor_id, t.scale_m) for t in result.terms}
    assert chosen == {("bars", 200), ("police", 300)}
    assert result.relative_risks[[t.factor_id for t in result.terms].index("bars")] == pytest.approx(math.exp(0.9), rel=0.1)
    assert [s["bic"] for s in result.steps] == sorted([s["bic"] for s in result.steps], reverse=True)


def test_stepwise_sign_constraint_keeps_out_risk_lowering_risk_factors():
    rng = np.random.default_rng(5)
    n = 10000
    x = (rng.random(n) < 0.3).astype(float)
    y = rng.poisson(np.exp(-1.0 - 0.8 * x))  # strongly protective, but not marked so
    result = stepwise(y, [Candidate("bars", "bars", 100, x)], POISSON)
    assert result.terms == []
    marked = stepwise(y, [Candidate("police", "police", 100, x, protective=True)], POISSON)
    assert [t.factor_id for t in marked.terms] == ["police"]
    assert marked.relative_risks[0] < 1


def test_constant_candidate_is_ignored():
    y = np.random.default_rng(1).poisson(1.0, 500)
    result = stepwise(y, [Candidate("none", "none", 100, np.zeros(500))], POISSON)
    assert result.terms == [] and len(result.fit.beta) == 1
