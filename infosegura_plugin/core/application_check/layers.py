"""The project's layers read for an application check, in one projected CRS: public youth
places (sensitive places dropped here, through :mod:`..sensitive`), outlets, the risk grid
and the neighbourhoods with their profiles."""

from typing import Optional, Sequence, Tuple

import numpy as np

from .. import geometry_backend
from ..categories import fold_category, plain_text
from ..layer_arrays import features, first_field, flat_wkb, plain, read_points, request_for
from ..risk.risk_classes import risk_class_index
from ..risk.risk_model import RiskModel, point_set
from ..sensitive import load_policy, read_places
from .facts import Communities, Places
from .risk_with_outlet import GridState

DEFAULT_YOUTH = ("school", "youth_centre", "playground")


def youth_places(source, category_field: str, youth_categories: Sequence[str], crs, transform_context,
                 feedback) -> Tuple[Places, int]:
    """Schools and youth places (categories compared folded) that are not sensitive, and how
    many places were left out as sensitive (a number for the log, never for the report)."""
    name_field = first_field(source, None, ("name", "nombre", "asset_name"))
    x, y, values, hidden = read_places(source, [category_field, name_field], crs, transform_context, feedback,
                                       category_field=category_field, policy=load_policy())
    wanted = {fold_category(c) for c in youth_categories}
    categories = [plain_text(v) for v in values[category_field]] if category_field else [""] * len(x)
    names = [plain_text(v) for v in values[name_field]] if name_field else [""] * len(x)
    keep = [k for k in range(len(x)) if not hidden[k] and fold_category(categories[k]) in wanted]
    return Places(x[keep], y[keep], [categories[k] for k in keep], [names[k] for k in keep]), int(hidden.sum())


def outlets(source, category_field: Optional[str], crs, transform_context, feedback):
    """``(Places, PointSet)``: the outlets for counting and for the risk model."""
    field = first_field(source, category_field, ("category",))
    name_field = first_field(source, None, ("premises", "name"))
    x, y, values = read_points(source, [f for f in (field, name_field) if f], crs, transform_context, feedback)
    categories = [plain_text(v) for v in values[field]] if field else ["unknown"] * len(x)
    names = [plain_text(v) for v in values[name_field]] if name_field else [""] * len(x)
    points = point_set(x, y, {field or "category": categories})
    return Places(x, y, categories, names), points, field or "category"


def grid_state(source, model: Optional[RiskModel], crs, transform_context, feedback) -> GridState:
    """Cell centres and areas, risk_score, risk_class, gi_class and the model's factor columns."""
    names = {f.name().lower(): f.name() for f in source.fields()}
    factor_ids = [f.id for f in model.factors if f.id.lower() in names] if model else []
    wanted = [names[n] for n in ("risk_score", "risk_class", "gi_class") if n in names]
    wanted += [names[f.lower()] for f in factor_ids]
    wkbs, rows = [], {name: [] for name in wanted}
    for feature in features(source, request_for(source, wanted, crs, transform_context), feedback):
        wkb = flat_wkb(feature.geometry())
        if wkb is None:
            continue
        wkbs.append(wkb)
        for name in wanted:
            rows[name].append(plain(feature[name]))
    geometries = geometry_backend.from_wkb(wkbs)
    x, y = geometry_backend.centroids_xy(geometries) if wkbs else (np.zeros(0), np.zeros(0))
    area = geometry_backend.areas(geometries) if wkbs else np.zeros(0)

    def numbers(name, default=np.nan):
        return np.array([default if v is None else float(v) for v in rows[name]], dtype=np.float64)

    score = numbers(names["risk_score"]) if "risk_score" in names else np.full(len(x), np.nan)
    classes = (np.array([risk_class_index(v) for v in rows[names["risk_class"]]], dtype=np.int64)
               if "risk_class" in names else None)
    gi = np.nan_to_num(numbers(names["gi_class"], 0.0)).astype(np.int64) if "gi_class" in names else None
    factors = {f: np.nan_to_num(numbers(names[f.lower()], 0.0)).astype(np.int8) for f in factor_ids}
    return GridState(np.asarray(x), np.asarray(y), np.asarray(area), score, factors, gi, classes)


def communities(source, name_field: str, crs, transform_context, feedback) -> Communities:
    """Neighbourhood polygons with names, population and the rank of a profiles layer."""
    population_field = first_field(source, None, ("population",))
    rank_field = first_field(source, None, ("rank",))
    wanted = [f for f in (name_field, population_field, rank_field) if f]
    wkbs, values = [], {f: [] for f in wanted}
    for feature in features(source, request_for(source, wanted, crs, transform_context), feedback):
        wkb = flat_wkb(feature.geometry())
        if wkb is None:
            continue
        wkbs.append(wkb)
        for f in wanted:
            values[f].append(plain(feature[f]))
    areas = geometry_backend.make_valid(geometry_backend.from_wkb(wkbs))

    def number(value):
        try:
            return None if value is None else float(value)
        except (TypeError, ValueError):
            return None

    return Communities(
        areas, [plain_text(v) for v in values[name_field]],
        [number(v) for v in values[population_field]] if population_field else None,
        [None if number(v) is None else int(number(v)) for v in values[rank_field]] if rank_field else None)
