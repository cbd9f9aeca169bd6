"""A register layer (as ``infosegura:geocodeaddresses`` or ``importregister`` writes it)
read into :class:`.premises.Premises`, every row kept, points in one projected CRS."""

import math
from dataclasses import dataclass
from typing import Dict, List, Optional

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, QDateTime

from ..layer_arrays import features, plain
from .premises import Premises

# Fields the comparison reads when present: the import's names first, then common others.
GUESSES = {
    "premises": ("premises", "name", "premises_name"),
    "licensee": ("licensee", "licence_holder", "holder"),
    "address": ("address",),
    "licence_class": ("licence_class", "class", "license_class"),
    "category": ("category",),
    "issued": ("issued_date", "issued", "date_issued"),
    "expiry": ("expiry_date", "expiry", "expires"),
}


@dataclass
class RegisterFields:
    """The field of the layer behind each value (None: the layer has none)."""

    licence_id: Optional[str]
    premises: Optional[str] = None
    licensee: Optional[str] = None
    address: Optional[str] = None
    licence_class: Optional[str] = None
    category: Optional[str] = None
    issued: Optional[str] = None
    expiry: Optional[str] = None

    def present(self) -> List[str]:
        return [f for f in vars(self).values() if f]


def guess_fields(source, requested: Dict[str, Optional[str]]) -> RegisterFields:
    """``requested`` names win (``None``/empty: guess); names absent from the layer give None."""
    names = {f.name().lower(): f.name() for f in source.fields()}

    def pick(value, guesses):
        for name in ([value] if value else []) + ([] if value else list(guesses)):
            if name and name.lower() in names:
                return names[name.lower()]
        return None

    return RegisterFields(
        licence_id=pick(requested.get("licence_id"), ("licence_id",)),
        **{key: pick(requested.get(key), guesses) for key, guesses in GUESSES.items()},
    )


def text_of(value) -> str:
    """An attribute as comparable text: dates in ISO form, numbers without a stray ".0"."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, QDateTime):
        value = value.date()
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _point(geometry: QgsGeometry):
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return math.nan, math.nan
    if QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.PointGeometry:
        points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        point = points[0]
        return point.x(), point.y()
    centre = geometry.pointOnSurface().asPoint()
    return centre.x(), centre.y()


def read_register(source, fields: RegisterFields, crs, transform_context, feedback, progress=None) -> List[Premises]:
    """Every feature of ``source`` as a Premises, its point in ``crs`` (NaN without one)."""
    wanted = fields.present()
    request = QgsFeatureRequest().setSubsetOfAttributes(wanted, source.fields())
    request.setDestinationCrs(crs, transform_context)
    out = []
    for feature in features(source, request, feedback, progress):
        x, y = _point(feature.geometry())
        values = {key: text_of(feature[name]) if name else "" for key, name in vars(fields).items()}
        out.append(Premises(feature.id(), x=x, y=y, **values))
    return out
