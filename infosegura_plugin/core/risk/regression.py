"""Count regression for fitted risk terrain models, in numpy: Poisson and negative binomial.

* Poisson: iteratively reweighted least squares (IRLS) on the log link.
* Negative binomial (NB2, ``Var = mu + alpha mu^2``): alternating. For a fixed ``alpha``
  the coefficients are the IRLS solution with weights ``mu / (1 + alpha mu)``; for fixed
  coefficients ``alpha`` maximises the NB log-likelihood (golden-section search on
  ``ln alpha``, started from the method-of-moments estimate). The two steps repeat until
  both settle; ``alpha`` is kept in ``[1e-8, 1e3]`` (at the bottom NB is Poisson).
* Standard errors from the inverse of the Fisher information ``X' W X`` at the solution
  (conditional on ``alpha`` for NB); Wald ``p = erfc(|z| / sqrt 2)``.
* ``BIC = -2 lnL + k ln n`` with ``k`` coefficients (+1 for ``alpha``).

:func:`stepwise` does forward selection by BIC over candidate factor variants (the same
factor at several distances or bandwidths); at most one variant per factor enters, and a
variant enters only if every coefficient keeps the sign RTM expects (risk factors
increase risk, factors marked protective decrease it) and the BIC goes down.
"""

import math
from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np

POISSON = "poisson"
NEGATIVE_BINOMIAL = "negative_binomial"
_ALPHA_BOUNDS = (1e-8, 1e3)


@dataclass
class Fit:
    family: str
    beta: np.ndarray
    se: np.ndarray
    loglik: float
    bic: float
    n: int
    alpha: float = 0.0
    converged: bool = True

    @property
    def z(self) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return self.beta / self.se

    @property
    def p_values(self) -> np.ndarray:
        return np.array([math.erfc(abs(z) / math.sqrt(2.0)) if np.isfinite(z) else float("nan") for z in self.z])


@dataclass
class Candidate:
    """One variant of a factor: its 0/1 (or numeric) column over the grid cells."""

    factor_id: str
    label: str
    scale_m: float
    column: np.ndarray
    protective: bool = False
    operationalisation: str = "proximity"


@dataclass
class StepwiseResult:
    family: str
    terms: List[Candidate]
    fit: Fit
    steps: List[dict] = field(default_factory=list)

    @property
    def relative_risks(self) -> np.ndarray:
        return np.exp(self.fit.beta[1:])


def _log_factorial(y: np.ndarray) -> np.ndarray:
    table = np.concatenate([[0.0], np.cumsum(np.log(np.arange(1, int(y.max()) + 1)))]) if len(y) and y.max() > 0 else np.zeros(1)
    return table[y]


def _lgamma_ratio(y: np.ndarray, theta: float) -> np.ndarray:
    """``lgamma(y + theta) - lgamma(theta)`` for integer ``y >= 0``, exactly, as a sum of logs."""
    top = int(y.max()) if len(y) else 0
    table = np.concatenate([[0.0], np.cumsum(np.log(theta + np.arange(top)))])
    return table[y]


def poisson_loglik(y: np.ndarray, mu: np.ndarray) -> float:
    return float(np.sum(y * np.log(np.maximum(mu, 1e-300)) - mu) - np.sum(_log_factorial(y)))


def nb_loglik(y: np.ndarray, mu: np.ndarray, alpha: float) -> float:
    theta = 1.0 / alpha
    mu = np.maximum(mu, 1e-300)
    return float(
        np.sum(_lgamma_ratio(y, theta))
        - np.sum(_log_factorial(y))
        + np.sum(theta * np.log(theta / (theta + mu)) + y * np.log(mu / (theta + mu)))
    )


def _irls(X, y, alpha, beta, max_iter=100, tol=1e-9):
    """Log-link IRLS with NB2 weights (``alpha = 0``: Poisson). Returns beta, XtWX, converged."""
    converged = False
    xtwx = None
    for _ in range(max_iter):
        eta = np.clip(X @ beta, -50, 50)
        mu = np.exp(eta)
        w = mu / (1.0 + alpha * mu)
        z = eta + (y - mu) / mu
        xtw = X.T * w
        xtwx = xtw @ X
        try:
            new = np.linalg.solve(xtwx, xtw @ z)
        except np.linalg.LinAlgError:
            return beta, xtwx, False
        if not np.all(np.isfinite(new)):
            return beta, xtwx, False
        step = np.max(np.abs(new - beta))
        beta = new
        if step < tol * (1.0 + np.max(np.abs(beta))):
            converged = True
            break
    eta = np.clip(X @ beta, -50, 50)
    mu = np.exp(eta)
    xtwx = (X.T * (mu / (1.0 + alpha * mu))) @ X
    # Separation (a factor never with a count) drives a coefficient to -infinity.
    if np.max(np.abs(beta)) > 30:
        converged = False
    return beta, xtwx, converged


def _start(X, y):
    beta = np.zeros(X.shape[1])
    beta[0] = math.log(max(float(np.mean(y)), 1e-6))
    return beta


def _finish(family, X, y, beta, xtwx, converged, alpha=0.0) -> Fit:
    n, p = X.shape
    try:
        cov = np.linalg.inv(xtwx)
        se = np.sqrt(np.maximum(np.diag(cov), 0.0))
    except np.linalg.LinAlgError:
        se = np.full(p, np.nan)
        converged = False
    mu = np.exp(np.clip(X @ beta, -50, 50))
    if family == POISSON:
        loglik, k = poisson_loglik(y, mu), p
    else:
        loglik, k = nb_loglik(y, mu, alpha), p + 1
    return Fit(family, beta, se, loglik, -2.0 * loglik + k * math.log(n), n, alpha, converged)


def fit_poisson(X: np.ndarray, y: np.ndarray) -> Fit:
    """Poisson regression; ``X`` must include the intercept column first."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.int64)
    beta, xtwx, converged = _irls(X, y, 0.0, _start(X, y))
    return _finish(POISSON, X, y, beta, xtwx, converged)


def _alpha_moments(y, mu, p) -> float:
    n = len(y)
    value = np.sum(((y - mu) ** 2 - y) / np.maximum(mu, 1e-12) ** 2) / max(n - p, 1)
    return float(np.clip(value, *_ALPHA_BOUNDS))


def _alpha_ml(y, mu, start) -> float:
    """Golden-section search of the NB log-likelihood over ln(alpha)."""
    lo, hi = math.log(_ALPHA_BOUNDS[0]), math.log(_ALPHA_BOUNDS[1])
    centre = math.log(start)
    a, b = max(lo, centre - 6.0), min(hi, centre + 6.0)
    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    c, d = b - ratio * (b - a), a + ratio * (b - a)
    fc, fd = nb_loglik(y, mu, math.exp(c)), nb_loglik(y, mu, math.exp(d))
    while b - a > 1e-5:
        if fc > fd:
            b, d, fd = d, c, fc
            c = b - ratio * (b - a)
            fc = nb_loglik(y, mu, math.exp(c))
        else:
            a, c, fc = c, d, fd
            d = a + ratio * (b - a)
            fd = nb_loglik(y, mu, math.exp(d))
    best = math.exp(0.5 * (a + b))
    # The search window may not reach the bounds: take a bound when it is better.
    for edge in _ALPHA_BOUNDS:
        if nb_loglik(y, mu, edge) > nb_loglik(y, mu, best):
            best = edge
    return best


def fit_negative_binomial(X: np.ndarray, y: np.ndarray, max_rounds: int = 50) -> Fit:
    """NB2 regression by alternating IRLS (coefficients) and ML (alpha); see module doc."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.int64)
    beta, xtwx, converged = _irls(X, y, 0.0, _start(X, y))
    mu = np.exp(np.clip(X @ beta, -50, 50))
    alpha = _alpha_moments(y, mu, X.shape[1])
    for _ in range(max_rounds):
        alpha_new = _alpha_ml(y, mu, max(alpha, 1e-6))
        beta_new, xtwx, converged = _irls(X, y, alpha_new, beta)
        mu = np.exp(np.clip(X @ beta_new, -50, 50))
        settled = abs(math.log(alpha_new) - math.log(alpha)) < 1e-4 and np.max(np.abs(beta_new - beta)) < 1e-7
        beta, alpha = beta_new, alpha_new
        if settled:
            break
    return _finish(NEGATIVE_BINOMIAL, X, y, beta, xtwx, converged, alpha)


FITTERS = {POISSON: fit_poisson, NEGATIVE_BINOMIAL: fit_negative_binomial}


def _signs_ok(beta: np.ndarray, terms: Sequence[Candidate]) -> bool:
    for b, term in zip(beta[1:], terms):
        if (b >= 0) if term.protective else (b <= 0):
            return False
    return True


def stepwise(
    y: np.ndarray,
    candidates: Sequence[Candidate],
    family: str = POISSON,
    max_terms: int = 12,
    feedback=None,
) -> StepwiseResult:
    """Forward selection by BIC (module docstring). Always returns at least the
    intercept-only model."""
    y = np.asarray(y, dtype=np.int64)
    fitter = FITTERS[family]
    n = len(y)
    intercept = np.ones((n, 1))
    usable = [c for c in candidates if np.ptp(np.asarray(c.column, dtype=np.float64)) > 0]
    terms: List[Candidate] = []
    current = fitter(intercept, y)
    steps = [{"added": None, "bic": current.bic}]
    while len(terms) < max_terms:
        best, best_fit = None, None
        taken = {t.factor_id for t in terms}
        base = np.column_stack([intercept] + [t.column for t in terms])
        for candidate in usable:
            if feedback is not None and feedback.isCanceled():
                from ..cancel import CanceledError

                raise CanceledError()
            if candidate.factor_id in taken:
                continue
            trial = fitter(np.column_stack([base, candidate.column]), y)
            if not trial.converged or not _signs_ok(trial.beta, terms + [candidate]):
                continue
            if best_fit is None or trial.bic < best_fit.bic:
                best, best_fit = candidate, trial
        if best is None or best_fit.bic >= current.bic:
            break
        terms.append(best)
        current = best_fit
        steps.append({"added": best, "bic": current.bic})
    return StepwiseResult(family, terms, current, steps)


def best_of(results: Sequence[Optional[StepwiseResult]]) -> StepwiseResult:
    """The result with the lowest BIC."""
    return min((r for r in results if r is not None), key=lambda r: r.fit.bic)
