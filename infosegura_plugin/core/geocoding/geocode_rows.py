"""Geocode every row of a table or layer into a point sink: one output row per input row.

Output rows get fresh feature ids (an input ``fid`` field is kept as ``src_fid``), so a
GeoPackage table or CSV with repeated or missing ids still comes out row for row.
"""

import json
from dataclasses import dataclass, replace
from itertools import islice
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsMessageLog,
    QgsProcessingException,
    QgsWkbTypes,
)

from ...i18n import tr
from ..fields import DOUBLE, STRING, make_field
from .helper_process import MIN_KEYS, geocode_keys, helper_allowed
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
# Rows read, geocoded and written together (bounds the memory a huge register takes).
BLOCK = 50000


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


def texts_to_parse_ahead(source, address_field: str) -> List[str]:
    """The address texts of the register's first rows (``BLOCK``), for ``build_geocoder``
    to parse on a second core while it builds; none for a register too small for that."""
    if (source.featureCount() or 0) < MIN_KEYS or not helper_allowed():
        return []
    index = source.fields().lookupField(address_field)
    if index < 0:
        return []
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
    return [_text_value(feature.attributes()[index]) for feature in islice(source.getFeatures(request), BLOCK)]


def geocode_source(source, address_field: str, bundle, sink, fields: QgsFields, kept: List[int],
                   feedback=None, town_field: Optional[str] = None) -> GeocodeCounts:
    """Geocode every feature of ``source`` into ``sink``; returns the status counts.

    A point layer's own valid geometry (register coordinates) is kept as type
    'coordinates' when it lies near the streets, and ignored (with a note) otherwise.
    ``town_field``: the register's own town column, a qualifier for each row.
    Rows are read in blocks: the block's distinct addresses are geocoded first (on two
    cores where ``helper_process`` allows), then its rows are written in order."""
    address_index = source.fields().lookupField(address_field)
    town_index = source.fields().lookupField(town_field) if town_field else -1
    use_points = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry
    transform = bundle.to_working(source.sourceCrs()) if use_points else None
    request = QgsFeatureRequest()
    if not use_points:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    writer = _RowWriter(bundle)
    counts = GeocodeCounts()
    total = source.featureCount() or 0
    progress = _Progress(feedback, total)
    features = source.getFeatures(request)
    far_results: Dict[int, GeocodeResult] = {}
    done = 0
    while not progress.canceled():
        block = []
        for feature in islice(features, BLOCK):
            attributes = feature.attributes()
            coordinates = _register_point(feature, transform) if use_points else None
            if coordinates is not None and not bundle.near_streets(*coordinates):
                coordinates = _FAR
            block.append((attributes, _text_value(attributes[address_index]),
                          _text_value(attributes[town_index]).strip() if town_index >= 0 else "", coordinates))
        if not block:
            break
        _geocode_distinct(bundle.geocoder, block, progress, done, len(block))
        if progress.canceled():
            break
        _write_block(bundle.geocoder, block, sink, fields, kept, writer, counts, far_results, progress, done)
        done += len(block)
    return counts


_FAR = object()  # register coordinates far from the streets: ignored, the address geocoded


class _Progress:
    def __init__(self, feedback, total: int):
        self.feedback, self.total = feedback, total

    def canceled(self) -> bool:
        return self.feedback is not None and self.feedback.isCanceled()

    def at(self, rows: float) -> None:
        if self.feedback is not None and self.total > 0:
            self.feedback.setProgress(min(100.0, 100.0 * rows / self.total))


def _geocode_distinct(geocoder, block, progress: _Progress, done: int, size: int) -> None:
    """Geocode the block's distinct addresses not yet cached: the first 80% of its progress."""
    keys = [key for key in dict.fromkeys((address, town) for _a, address, town, coordinates in block
                                         if coordinates is None or coordinates is _FAR)
            if not geocoder.knows(*key)]
    report = geocode_keys(geocoder.geocode_key, keys, geocoder.remember, progress.canceled,
                          lambda fraction: progress.at(done + 0.8 * fraction * size))
    if report.stopped == "failed":
        QgsMessageLog.logMessage(tr("The second geocoding process failed; its addresses were geocoded in "
                                    "this one."), "InfoSegura", Qgis.Info)


def _write_block(geocoder, block, sink, fields, kept, writer, counts, far_results, progress, done) -> None:
    """Write the block's rows in order (their addresses' answers are cached by now)."""
    size = len(block)
    step = max(1, size // 20)
    batch = []
    for row, (attributes, address, town, coordinates) in enumerate(block):
        if row % step == 0:
            if progress.canceled():
                break
            progress.at(done + 0.8 * size + 0.2 * row)
        if coordinates is _FAR:
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


def _write(sink, batch) -> None:
    if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
        raise QgsProcessingException(tr("Could not write the geocoded rows: {}").format(sink.lastError()))
