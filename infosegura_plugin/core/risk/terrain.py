"""The risk terrain analysis end to end, on plain arrays: grid, outlet measures, model
factors, risk score and class, optional fitting from incidents and validation.

``infosegura:riskterrain`` reads layers into :class:`PointSet` arrays, calls
:func:`compute_risk_terrain` and writes the result; tests and the benchmark call it
directly.
"""

import math
import time
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Sequence

import numpy as np

from ...i18n import tr
from ..cancel import check_canceled
from . import regression
from .gi_star import ConstantValuesError, classify, gi_star_grid
from .grid import (
    HEXAGON,
    GridEstimate,
    Lattice,
    check_grid_size,
    count_points,
    estimate_grid,
    make_lattice,
    select_cells,
)
from .hotspot_inputs import MIN_FEATURES
from .kernels import check_kde, nearest_distance, quartic_kde
from .risk_classes import score_classes
from .risk_model import (
    DENSITY,
    MAX_RELATIVE_RISK,
    PROXIMITY,
    Factor,
    PointSet,
    RiskModel,
    factor_points,
    factor_presence,
    factor_raw,
    high_density,
    risk_score,
)
from .validation import DEFAULT_SHARES, Validation, hit_rate_pai

FIT_DISTANCES_M = (100.0, 200.0, 300.0, 400.0)
MIN_HOTSPOT_CELLS = MIN_FEATURES


@dataclass
class TerrainResult:
    lattice: Lattice
    flat_cells: np.ndarray
    cell_id: np.ndarray
    centres: tuple
    outlet_count: np.ndarray
    outlet_kde: np.ndarray
    dist_outlet: np.ndarray
    model: RiskModel
    factor_columns: Dict[str, np.ndarray]
    risk_score: np.ndarray
    risk_class: np.ndarray
    incident_count: Optional[np.ndarray] = None
    validation_count: Optional[np.ndarray] = None
    validation: List[Validation] = field(default_factory=list)
    fits: Dict[str, regression.StepwiseResult] = field(default_factory=dict)
    gi_field: Optional[str] = None          # the column Gi* was computed on, when asked
    gi_z: Optional[np.ndarray] = None
    gi_p: Optional[np.ndarray] = None
    gi_class: Optional[np.ndarray] = None
    warnings: List[str] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    timings: Dict[str, float] = field(default_factory=dict)

    @property
    def cell_count(self) -> int:
        return len(self.flat_cells)


class _Stages:
    """Progress over weighted stages, timings per stage."""

    def __init__(self, feedback, weights: Dict[str, float]):
        self.feedback = feedback
        self.weights = weights
        self.total = sum(weights.values())
        self.done = 0.0
        self.timings: Dict[str, float] = {}
        self._name, self._start = None, None

    def start(self, name: str):
        self._close()
        check_canceled(self.feedback)
        self._name, self._start = name, time.perf_counter()

    def _close(self):
        if self._name is not None:
            self.timings[self._name] = time.perf_counter() - self._start
            self.done += self.weights.get(self._name, 0.0)
            if self.feedback is not None:
                self.feedback.setProgress(100.0 * self.done / self.total)
        self._name = None

    def finish(self):
        self._close()
        return self.timings


def check_size(study_rings, study_wkb: bytes, bbox, cell_size: float, grid_type: str, kde_radius: float,
               model: RiskModel, n_outlets: int, n_assets: int, max_cells: int, area_name: str,
               fitting: bool = False) -> GridEstimate:
    """What the analysis would cost, checked before any work: the grid's cells
    (:class:`.grid.GridTooLargeError`) and every kernel (:class:`.kernels.KernelTooLargeError`)."""
    estimate = estimate_grid(list(study_rings), study_wkb, bbox, cell_size, grid_type)
    check_grid_size(estimate, max_cells, cell_size, area_name)
    lattice = make_lattice(bbox, cell_size, grid_type)
    check_kde(lattice, n_outlets, estimate.cells, kde_radius)
    for factor in model.factors:
        if factor.operationalisation == DENSITY:
            points = n_outlets if factor.layer == "outlets" else n_assets
            check_kde(lattice, points, estimate.cells, factor.bandwidth_m * (2.0 if fitting else 1.0))
    return estimate


def compute_risk_terrain(
    study_rings: Sequence[np.ndarray],
    study_wkb: bytes,
    bbox: Sequence[float],
    cell_size: float,
    grid_type: str,
    kde_radius: float,
    outlets: PointSet,
    model: RiskModel,
    outlet_field: str = "category",
    assets: Optional[PointSet] = None,
    asset_field: str = "category",
    incidents: Optional[PointSet] = None,
    validation: Optional[PointSet] = None,
    feedback=None,
    hotspot_field: Optional[str] = None,
) -> TerrainResult:
    """The whole analysis; with ``hotspot_field`` ('outlet_kde' or 'risk_score') also Gi*
    hot spots of that column on the grid itself (contiguity, analytic p, FDR), which is
    what a national run needs in one pass."""
    stages = _Stages(feedback, {"grid": 20, "outlets": 25, "factors": 35, "fit": 15, "score": 5})
    stages.start("grid")
    lattice = make_lattice(bbox, cell_size, grid_type)
    flat = select_cells(lattice, list(study_rings), study_wkb, feedback)
    col, row = lattice.from_flat(flat)
    centres = lattice.centres(col, row)
    warnings: List[str] = []

    stages.start("outlets")
    outlet_count = count_points(lattice, flat, outlets.x, outlets.y)
    outlet_kde = quartic_kde(lattice, flat, outlets.x, outlets.y, kde_radius, feedback=feedback)
    dist_outlet = nearest_distance(centres[0], centres[1], outlets.x, outlets.y, 16 * cell_size, feedback)
    if len(outlets) and outlet_count.sum() == 0:
        warnings.append(tr("No outlet lies in the study area: the grid reflects outlets outside it only."))

    stages.start("factors")
    layers = {"outlets": (outlets, outlet_field), "assets": (assets, asset_field)}
    ctx = _FactorContext(lattice, flat, centres, layers, feedback, warnings)
    fits: Dict[str, regression.StepwiseResult] = {}
    incident_count = None
    if incidents is not None:
        incident_count = count_points(lattice, flat, incidents.x, incidents.y)
        candidates = [c for factor in model.factors for c in ctx.candidates(factor)]
        stages.start("fit")
        for family in (regression.POISSON, regression.NEGATIVE_BINOMIAL):
            fits[family] = regression.stepwise(incident_count, candidates, family, feedback=feedback)
        model = _fitted_model(model, regression.best_of(list(fits.values())), int(incident_count.sum()), warnings)
        if not model.factors:
            warnings.append(tr("No factor improved the fit (BIC): every cell has the same risk."))
    columns = {factor.id: ctx.presence(factor) for factor in model.factors}

    stages.start("score")
    presence = np.column_stack([columns[f.id] for f in model.factors]) if model.factors else np.zeros((len(flat), 0))
    score = risk_score(presence, [f.relative_risk for f in model.factors])
    risk_class = score_classes(score)
    result = TerrainResult(
        lattice, flat, lattice.cell_ids(col, row), centres, outlet_count, outlet_kde, dist_outlet,
        model, columns, score, risk_class, incident_count=incident_count, fits=fits, warnings=warnings,
    )
    if validation is not None:
        result.validation_count = count_points(lattice, flat, validation.x, validation.y)
        result.validation = hit_rate_pai(score, result.validation_count, DEFAULT_SHARES, secondary=outlet_kde)
        outside = len(validation) - int(result.validation_count.sum())
        if outside:
            result.notes.append(tr("{} validation incidents lie outside the grid and were not counted.").format(outside))
    if hotspot_field:
        _grid_hotspots(result, hotspot_field, col, row, lattice.kind, warnings, feedback)
    if grid_type == HEXAGON:
        result.notes.append(tr("Hexagon cells: {} m between neighbouring centres (flat to flat).").format(f"{cell_size:g}"))
    result.timings = stages.finish()
    return result


def _grid_hotspots(result: TerrainResult, column: str, col, row, kind: str, warnings: List[str], feedback) -> None:
    """Gi* of one grid column by array shifts; too few cells or a constant column is a
    warning (the grid is still written), not a failure."""
    values = {"outlet_kde": result.outlet_kde, "risk_score": result.risk_score}[column]
    if len(values) < MIN_HOTSPOT_CELLS:
        warnings.append(tr("Hot spots need at least {} cells; this grid has {}: no Gi* columns.").format(
            MIN_HOTSPOT_CELLS, len(values)))
        return
    try:
        gi = gi_star_grid(values, col, row, kind, feedback=feedback)
    except ConstantValuesError:
        warnings.append(tr("{} is the same in every cell: no hot spots to find, no Gi* columns.").format(column))
        return
    result.gi_field, result.gi_z, result.gi_p = column, gi.z, gi.p
    result.gi_class = classify(gi.z, gi.p, fdr=True)


class _FactorContext:
    """Caches distances and densities per factor so variants reuse them."""

    def __init__(self, lattice, flat, centres, layers, feedback, warnings):
        self.lattice, self.flat, self.centres = lattice, flat, centres
        self.layers, self.feedback, self.warnings = layers, feedback, warnings
        self._raw: Dict[tuple, np.ndarray] = {}

    def _points(self, factor: Factor):
        points, default_field = self.layers[factor.layer]
        if points is None:
            self.warnings.append(tr("Factor {}: no {} layer given; the factor is absent everywhere.").format(factor.id, factor.layer))
            return None
        x, y = factor_points(factor, points, default_field)
        if len(x) == 0:
            self.warnings.append(
                tr("Factor {}: no {} feature has category {}; the factor is absent everywhere.").format(
                    factor.id, factor.layer, ", ".join(factor.categories))
            )
            return None
        return x, y

    def raw(self, factor: Factor, scale: float) -> Optional[np.ndarray]:
        key = (factor.layer, factor.field, factor.categories, factor.operationalisation,
               None if factor.operationalisation == PROXIMITY else scale)
        if key not in self._raw:
            pts = self._points(factor)
            self._raw[key] = None if pts is None else factor_raw(
                factor, self.lattice, self.flat, self.centres, pts[0], pts[1], scale, self.feedback)
        return self._raw[key]

    def presence(self, factor: Factor) -> np.ndarray:
        raw = self.raw(factor, factor.scale_m)
        if raw is None:
            return np.zeros(len(self.flat), dtype=np.int8)
        return factor_presence(factor, raw, factor.scale_m)

    def candidates(self, factor: Factor) -> List[regression.Candidate]:
        if factor.operationalisation == PROXIMITY:
            scales = sorted(set(FIT_DISTANCES_M) | {factor.distance_m})
        else:
            scales = [factor.bandwidth_m, 2.0 * factor.bandwidth_m]
        out = []
        for scale in scales:
            raw = self.raw(factor, scale)
            if raw is None:
                break
            if factor.operationalisation == PROXIMITY:
                column = (raw <= scale).astype(np.float64)
            else:
                column = high_density(raw, factor.threshold_sd).astype(np.float64)
            out.append(regression.Candidate(factor.id, factor.label, scale, column, factor.protective, factor.operationalisation))
        return out


def _fitted_model(model: RiskModel, fit: regression.StepwiseResult, n_incidents: int,
                  warnings: Optional[List[str]] = None) -> RiskModel:
    factors = []
    by_id = {f.id: f for f in model.factors}
    for term, rr in zip(fit.terms, fit.relative_risks):
        base = by_id[term.factor_id]
        bounded = min(max(float(rr), 1.0 / MAX_RELATIVE_RISK), MAX_RELATIVE_RISK) if math.isfinite(rr) else (
            MAX_RELATIVE_RISK if rr > 0 else 1.0)
        if bounded != rr and warnings is not None:
            warnings.append(tr("The fitted relative risk of {} ({}) is beyond what the incidents can support; {} "
                               "is used. Fit on more incidents or drop the factor.").format(
                term.factor_id, f"{float(rr):.3g}", f"{bounded:g}"))
        rr = bounded
        scale = {"distance_m": term.scale_m} if base.operationalisation == PROXIMITY else {"bandwidth_m": term.scale_m}
        factors.append(replace(base, relative_risk=float(rr), **scale))
    label = tr("fitted from {} incidents").format(n_incidents)
    description = tr("Candidate factors from the model '{}'; relative risks fitted to the incidents.").format(model.label)
    return RiskModel(label=label, factors=factors, description=description, source=model.source, fitted=fit)


__all__ = ["DENSITY", "PROXIMITY", "TerrainResult", "compute_risk_terrain"]
