"""Risk Terrain Modeling (Caplan & Kennedy): factors, the model file, the risk score.

A model is a list of factors. Each factor picks features of one layer (``outlets`` or
``assets``) by category and turns them into a yes/no condition of every cell:

* ``proximity``: the cell centre is within ``distance_m`` of such a feature;
* ``density``: the quartic kernel density of such features (bandwidth ``bandwidth_m``)
  at the cell centre is high, i.e. above the mean + ``threshold_sd`` standard deviations
  of that density over the study-area cells (RTMDx's rule; 2 SD by default).

``risk_score`` is RTM's relative risk score: the product of the relative risk values of
the factors present in the cell, divided by the lowest cell's product, so the lowest
cell scores 1. ``risk_class`` uses fixed rules, no quantiles: with ``t = ln(score) /
ln(max score)``, the class is ``floor(5 t)`` (capped at 4) -> very low, low, moderate,
high, very high; a grid where every cell scores the same is all "very low".

The model file format is documented in ``resources/models/README.md``.
"""

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ...i18n import tr
from ..categories import category_label, fold_category
from .grid import Lattice
from .kernels import nearest_distance, quartic_kde
from .model_text import translate_model_text
from .risk_classes import RISK_CLASSES, risk_class_display, risk_class_labels, score_classes  # noqa: F401

LAYERS = ("outlets", "assets")
PROXIMITY = "proximity"
DENSITY = "density"
# Fields of the risk grid (and its hot spot columns): a factor id is a field too.
RESERVED_FIELDS = {
    "fid", "cell_id", "outlet_count", "outlet_kde", "dist_outlet", "risk_score", "risk_class",
    "incident_count", "validation_count", "gi_z", "gi_p", "gi_class", "geom", "geometry", "ogc_fid",
}
# A relative risk beyond this (or below its inverse for a protective factor) is a typing
# error, not a finding; the product of all factors must stay a finite number.
MAX_RELATIVE_RISK = 1000.0
MAX_LOG_RISK_RANGE = math.log(1e300) * (1 + 1e-12)
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,30}$")


class ModelError(ValueError):
    """A model file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Factor:
    id: str
    label: str
    layer: str
    categories: Tuple[str, ...]
    operationalisation: str
    relative_risk: float
    distance_m: Optional[float] = None
    bandwidth_m: Optional[float] = None
    protective: bool = False
    field: Optional[str] = None
    threshold_sd: float = 2.0

    @property
    def scale_m(self) -> float:
        return float(self.distance_m if self.operationalisation == PROXIMITY else self.bandwidth_m)

    def describe(self) -> str:
        if self.operationalisation == PROXIMITY:
            return tr("within {} m").format(_fmt(self.distance_m))
        return tr("high density (bandwidth {} m, > mean + {} SD)").format(_fmt(self.bandwidth_m), _fmt(self.threshold_sd))


@dataclass
class RiskModel:
    label: str
    factors: List[Factor]
    description: str = ""
    source: str = ""
    fitted: Optional[object] = None  # regression.StepwiseResult when fitted


@dataclass
class PointSet:
    """Points of one input layer in the study area's CRS, with normalised text fields."""

    x: np.ndarray
    y: np.ndarray
    fields: Dict[str, np.ndarray] = field(default_factory=dict)

    def __len__(self):
        return len(self.x)


def _fmt(value) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


# ---------------------------------------------------------------- model file


def load_model(path, policy=None) -> RiskModel:
    """Read and validate a model JSON file; :class:`ModelError` names the file and key."""
    path = Path(path)
    name = path.name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise ModelError(tr("Risk model {}: file not found").format(path)) from error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ModelError(tr("Risk model {}: not a readable JSON file ({})").format(name, error)) from error
    except RecursionError as error:
        raise ModelError(tr("Risk model {}: the JSON is nested too deeply to be a risk model; see "
                            "resources/models/README.md for the format").format(name)) from error
    model = model_from_dict(data, name, policy)
    model.source = str(path)
    return model


def model_from_dict(data, name: str = "model", policy=None) -> RiskModel:
    """A validated model; ``policy``: the :class:`..sensitive.SensitivePolicy` (default:
    :func:`..sensitive.load_policy`) no factor may select sensitive places by."""
    if policy is None:
        from ..sensitive import load_policy

        policy = load_policy()
    if not isinstance(data, dict):
        raise ModelError(tr("Risk model {}: the file must hold a JSON object").format(name))
    label = data.get("label")
    if not isinstance(label, str) or not label.strip():
        raise ModelError(tr("Risk model {}: 'label' must be a non-empty text").format(name))
    factors_data = data.get("factors")
    if not isinstance(factors_data, list) or not factors_data:
        raise ModelError(tr("Risk model {}: 'factors' must be a non-empty list").format(name))
    factors, seen = [], set()
    for number, item in enumerate(factors_data, start=1):
        factor = _factor_from_dict(item, name, number, policy)
        if factor.id in seen:
            raise ModelError(tr("Risk model {}: factor {}: 'id' {} is used twice").format(name, number, factor.id))
        seen.add(factor.id)
        factors.append(factor)
    log_range = sum(abs(math.log(f.relative_risk)) for f in factors)
    if log_range > MAX_LOG_RISK_RANGE:
        raise ModelError(tr("Risk model {}: the relative risks multiply to more than 1e300: use values between "
                            "1/{} and {}").format(name, f"{MAX_RELATIVE_RISK:g}", f"{MAX_RELATIVE_RISK:g}"))
    description = data.get("description", "")
    return RiskModel(label=translate_model_text(label.strip()), factors=factors,
                     description=translate_model_text(str(description)))


def _factor_from_dict(item, name: str, number: int, policy) -> Factor:
    def bad(key, problem):
        return ModelError(tr("Risk model {}: factor {}: '{}' {}").format(name, number, key, problem))

    if not isinstance(item, dict):
        raise ModelError(tr("Risk model {}: factor {} must be a JSON object").format(name, number))
    known = {"id", "label", "layer", "categories", "operationalisation", "distance_m", "bandwidth_m",
             "relative_risk", "protective", "field", "threshold_sd", "note"}
    unknown = sorted(set(item) - known)
    if unknown:
        raise bad(unknown[0], tr("is not a known key"))
    factor_id = item.get("id")
    if not isinstance(factor_id, str) or not _ID_PATTERN.match(factor_id):
        raise bad("id", tr("must be lower-case letters, digits and _ (a field name, at most 31 characters)"))
    if factor_id in RESERVED_FIELDS:
        raise bad("id", tr("is the name of a grid field ({}): choose another id").format(factor_id))
    layer = item.get("layer")
    if layer not in LAYERS:
        raise bad("layer", tr("must be 'outlets' or 'assets'"))
    categories = item.get("categories")
    if not isinstance(categories, list) or not categories or not all(isinstance(c, str) and c.strip() for c in categories):
        raise bad("categories", tr("must be a non-empty list of category names (or [\"*\"] for all)"))
    sensitive = policy.sensitive_terms([c for c in categories if c.strip() != "*"])
    if sensitive:
        raise bad("categories", tr(
            "names sensitive places ({}): a risk layer built on them would show where they are. Remove them "
            "from the model (a [\"*\"] wildcard leaves them out by itself)").format(", ".join(sensitive)))
    operationalisation = item.get("operationalisation")
    if operationalisation not in (PROXIMITY, DENSITY):
        raise bad("operationalisation", tr("must be 'proximity' or 'density'"))
    scale_key = "distance_m" if operationalisation == PROXIMITY else "bandwidth_m"
    scale = item.get(scale_key)
    if not _positive(scale):
        raise bad(scale_key, tr("must be a positive number of metres"))
    relative_risk = item.get("relative_risk")
    if not _positive(relative_risk):
        raise bad("relative_risk", tr("must be a positive number"))
    if not 1.0 / MAX_RELATIVE_RISK <= relative_risk <= MAX_RELATIVE_RISK:
        raise bad("relative_risk", tr("must lie between {} and {} (it is {})").format(
            f"{1.0 / MAX_RELATIVE_RISK:g}", f"{MAX_RELATIVE_RISK:g}", f"{relative_risk:g}"))
    protective = item.get("protective", False)
    if not isinstance(protective, bool):
        raise bad("protective", tr("must be true or false"))
    if protective and relative_risk > 1 or not protective and relative_risk < 1:
        raise bad("relative_risk", tr("must be below 1 for a protective factor and at least 1 otherwise"))
    threshold_sd = item.get("threshold_sd", 2.0)
    if not isinstance(threshold_sd, (int, float)) or isinstance(threshold_sd, bool) or threshold_sd < 0:
        raise bad("threshold_sd", tr("must be a number of standard deviations (0 or more)"))
    field_name = item.get("field")
    if field_name is not None and (not isinstance(field_name, str) or not field_name.strip()):
        raise bad("field", tr("must be a field name"))
    if field_name is not None and policy.flag_field_names([field_name.strip()]):
        raise bad("field", tr("is a sensitive-flag field: a factor may not select places by it"))
    label = item.get("label", factor_id)
    if not isinstance(label, str):
        raise bad("label", tr("must be a text"))
    return Factor(
        id=factor_id,
        label=translate_model_text(label),
        layer=layer,
        categories=tuple("*" if c.strip() == "*" else category_label(c) for c in categories),
        operationalisation=operationalisation,
        relative_risk=float(relative_risk),
        distance_m=float(scale) if operationalisation == PROXIMITY else None,
        bandwidth_m=float(scale) if operationalisation == DENSITY else None,
        protective=protective,
        field=field_name.strip() if field_name else None,
        threshold_sd=float(threshold_sd),
    )


def _positive(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


# ---------------------------------------------------------------- factors on a grid


def point_set(x, y, values: Dict[str, Sequence], hidden=None) -> PointSet:
    """A :class:`PointSet` of read points: text fields folded (:func:`..categories.fold_category`)
    for matching; points where ``hidden`` is True (sensitive places) left out entirely,
    so no factor, wildcard or not, can ever use them."""
    keep = slice(None) if hidden is None else ~np.asarray(hidden, dtype=bool)
    fields = {f: _folded(column)[keep] for f, column in values.items()}
    return PointSet(np.asarray(x, dtype=np.float64)[keep], np.asarray(y, dtype=np.float64)[keep], fields)


def _folded(column) -> np.ndarray:
    cache = {}
    out = np.empty(len(column), dtype=object)
    for i, value in enumerate(column):
        key = value if isinstance(value, (str, int, float, type(None))) else str(value)
        if key not in cache:
            cache[key] = fold_category(value)
        out[i] = cache[key]
    return out


def factor_points(factor: Factor, points: PointSet, default_field: str) -> Tuple[np.ndarray, np.ndarray]:
    """Coordinates of the layer's features in the factor's categories (``points.fields``
    hold folded categories, see :func:`point_set`)."""
    if "*" in factor.categories:
        return points.x, points.y
    values = points.fields.get(factor.field or default_field)
    if values is None:
        return points.x[:0], points.y[:0]
    keys = [fold_category(c) for c in factor.categories]
    mask = np.isin(values, np.array(keys, dtype=object))
    return points.x[mask], points.y[mask]


def factor_raw(
    factor: Factor,
    lattice: Lattice,
    flat_cells: np.ndarray,
    centres: Tuple[np.ndarray, np.ndarray],
    x: np.ndarray,
    y: np.ndarray,
    scale_m: Optional[float] = None,
    feedback=None,
) -> np.ndarray:
    """Distance to the nearest feature (proximity) or kernel density (density) per cell."""
    if factor.operationalisation == PROXIMITY:
        return nearest_distance(centres[0], centres[1], x, y, block_size=16 * lattice.cell_size, feedback=feedback)
    return quartic_kde(lattice, flat_cells, x, y, scale_m or factor.bandwidth_m, feedback=feedback)


def factor_presence(factor: Factor, raw: np.ndarray, scale_m: Optional[float] = None) -> np.ndarray:
    """0/1 per cell: the factor's condition holds (see the module docstring)."""
    if factor.operationalisation == PROXIMITY:
        return (raw <= (scale_m or factor.distance_m)).astype(np.int8)
    return high_density(raw, factor.threshold_sd)


def high_density(values: np.ndarray, threshold_sd: float) -> np.ndarray:
    if len(values) == 0:
        return np.zeros(0, dtype=np.int8)
    threshold = values.mean() + threshold_sd * values.std()
    return ((values > threshold) & (values > 0)).astype(np.int8)


def risk_score(presence: np.ndarray, relative_risks: Sequence[float]) -> np.ndarray:
    """Product of relative risks of the factors present, scaled so the lowest cell is 1.

    ``presence``: ``(cells, factors)`` 0/1."""
    presence = np.asarray(presence, dtype=np.float64).reshape(len(presence), -1)
    if presence.shape[0] == 0:
        return np.zeros(0)
    log_rr = np.log(np.asarray(relative_risks, dtype=np.float64))
    log_score = presence @ log_rr if len(log_rr) else np.zeros(len(presence))
    return np.exp(log_score - log_score.min())
