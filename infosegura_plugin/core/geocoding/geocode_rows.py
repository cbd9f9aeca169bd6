"""Geocode every row of a table or layer into a point sink: one output row per input row.

Output rows get fresh feature ids (an input ``fid`` field is kept as ``src_fid``), so a
GeoPackage table or CSV with repeated or missing ids still comes out row for row.
"""

import json
from dataclasses import dataclass, replace
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...i18n import tr
from ..fields import DOUBLE, STRING, make_field
from .tie_rule import MATCHED, TIED, UNMATCHED, GeocodeResult

GC_FIELDS = (
    ("gc_status", STRING, 10),
    ("gc_score", DOUBLE, 0),
    ("gc_type", STRING, 12),
    ("gc_street", STRING, 0),
    ("gc_note", STRING, 0),
    ("gc_candidates", STRING, 0),
)
GC_NAMES = frozenset(name for name, _kind, _length in GC_FIELDS)
CHUNK = 2000


@dataclass
class GeocodeCounts:
    matched: int = 0
    tied: int = 0
    unmatched: int = 0

    @property
    def total(self) -> int:
        return self.matched + self.tied + self.unmatched


def output_fields(input_fields: QgsFields) -> Tuple[QgsFields, List[int]]:
    """(output fields, indices of the input fields kept): the input's own gc_* fields are
    replaced by fresh ones, and a ``fid`` field is renamed ``src_fid`` so output ids are new."""
    fields = QgsFields()
    kept = []
    for index, field in enumerate(input_fields):
        if field.name().lower() in GC_NAMES:
            continue
        copy = QgsField(field)
        if field.name().lower() == "fid":
            copy.setName("src_fid")
        fields.append(copy)
        kept.append(index)
    for name, kind, length in GC_FIELDS:
        fields.append(make_field(name, kind, length))
    return fields, kept


def candidates_text(result: GeocodeResult, bundle) -> str:
    """Candidates of a tied (or unmatched) row as JSON: label, type, score, x, y (output CRS)."""
    if result.status == MATCHED or not result.candidates:
        return None
    items = []
    for candidate in result.candidates:
        point = bundle.to_output(*candidate.point)
        items.append({"label": candidate.label, "type": candidate.type, "score": round(candidate.score, 1),
                      "x": round(point.x(), 6), "y": round(point.y(), 6)})
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


class _RowWriter:
    """Result -> (geometry, gc values), computed once per distinct result."""

    def __init__(self, bundle):
        self.bundle = bundle
        self._made: Dict[int, Tuple[GeocodeResult, QgsGeometry, list]] = {}

    def payload(self, result: GeocodeResult):
        made = self._made.get(id(result))
        if made is not None and made[0] is result:
            return made[1], made[2]
        if result.point is not None and result.status != UNMATCHED:
            geometry = QgsGeometry.fromPointXY(self.bundle.to_output(*result.point))
        else:
            geometry = QgsGeometry()
        values = [result.status, float(result.score), result.type, result.street or None, result.note or None,
                  candidates_text(result, self.bundle)]
        self._made[id(result)] = (result, geometry, values)
        return geometry, values


def _register_point(feature, transform):
    geometry = feature.geometry()
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    point = geometry.asPoint() if not geometry.isMultipart() else geometry.centroid().asPoint()
    if transform is not None:
        point = transform.transform(point)
    return point.x(), point.y()


def _text_value(value) -> str:
    if type(value) is str:  # noqa: E721 - the common case
        return value
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value)


def geocode_source(source, address_field: str, bundle, sink, fields: QgsFields, kept: List[int],
                   feedback=None, town_field: Optional[str] = None) -> GeocodeCounts:
    """Geocode every feature of ``source`` into ``sink``; returns the status counts.

    A point layer's own valid geometry (register coordinates) is kept as type
    'coordinates' when it lies near the streets, and ignored (with a note) otherwise.
    ``town_field``: the register's own town column, a qualifier for each row."""
    address_index = source.fields().lookupField(address_field)
    town_index = source.fields().lookupField(town_field) if town_field else -1
    geocoder = bundle.geocoder
    use_points = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry
    transform = bundle.to_working(source.sourceCrs()) if use_points else None
    request = QgsFeatureRequest()
    if not use_points:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    writer = _RowWriter(bundle)
    counts = GeocodeCounts()
    total = source.featureCount() or 0
    step = max(1, total // 100) if total > 0 else 1000
    batch = []
    far_results: Dict[int, GeocodeResult] = {}
    for row, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and row % step == 0:
            if feedback.isCanceled():
                break
            if total > 0:
                feedback.setProgress(100.0 * row / total)
        attributes = feature.attributes()
        address = _text_value(attributes[address_index])
        town = _text_value(attributes[town_index]) if town_index >= 0 else None
        coordinates = _register_point(feature, transform) if use_points else None
        if coordinates is not None and not bundle.near_streets(*coordinates):
            coordinates = None
            plain = geocoder.geocode(address, town=town)
            result = far_results.get(id(plain))
            if result is None:
                result = replace(plain, note=tr("Register coordinates far from the streets were ignored; {}").format(
                    plain.note))
                far_results[id(plain)] = result
        else:
            result = geocoder.geocode(address, coordinates, town)
        geometry, values = writer.payload(result)
        out = QgsFeature(fields)
        out.setAttributes([attributes[i] for i in kept] + values)
        out.setGeometry(geometry)
        batch.append(out)
        if result.status == MATCHED:
            counts.matched += 1
        elif result.status == TIED:
            counts.tied += 1
        else:
            counts.unmatched += 1
        if len(batch) >= CHUNK:
            _write(sink, batch)
            batch = []
    if batch:
        _write(sink, batch)
    return counts


def _write(sink, batch) -> None:
    if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
        raise QgsProcessingException(tr("Could not write the geocoded rows: {}").format(sink.lastError()))
