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
        rows = _BlockRows(bundle.geocoder, block, fields, kept, writer, counts, far_results)
        _geocode_distinct(bundle.geocoder, block, progress, done, rows.make_ready)
        if progress.canceled():
            break
        rows.write(sink, progress, done)
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


def _geocode_distinct(geocoder, block, progress: _Progress, done: int, meanwhile) -> None:
    """Geocode the block's distinct addresses not yet cached (on two cores where
    ``helper_process`` allows; ``meanwhile`` makes rows then): the first 80% of its progress."""
    keys = [key for key in dict.fromkeys((address, town) for _a, address, town, coordinates in block
                                         if coordinates is None or coordinates is _FAR)
            if not geocoder.knows(*key)]
    size = len(block)
    report = geocode_keys(geocoder.geocode_key, keys, geocoder.remember, progress.canceled,
                          lambda fraction: progress.at(done + 0.8 * fraction * size), meanwhile)
    if report.stopped == "failed":
        QgsMessageLog.logMessage(tr("The second geocoding process failed; its addresses were geocoded in "
                                    "this one."), "InfoSegura", Qgis.Info)


class _BlockRows:
    """The output features of a block's rows, made in any order (``make_ready``: those
    whose address is answered, while the helper works), written in row order."""

    def __init__(self, geocoder, block, fields, kept, writer, counts, far_results):
        self.geocoder, self.block, self.fields, self.kept = geocoder, block, fields, kept
        self.writer, self.counts, self.far_results = writer, counts, far_results
        self.features: List[Optional[QgsFeature]] = [None] * len(block)
        self._todo, self._next, self._later = list(range(len(block))), 0, []

    def make_ready(self, limit: int = 20) -> bool:
        """Make up to ``limit`` rows whose address is answered; whether it made any."""
        made = looked = 0
        knows = self.geocoder.knows
        while made < limit and looked < 4 * limit:
            if self._next == len(self._todo):
                if not self._later or looked:
                    break
                self._todo, self._next, self._later = self._later, 0, []
            row = self._todo[self._next]
            self._next += 1
            looked += 1
            _attributes, address, town, coordinates = self.block[row]
            if (coordinates is None or coordinates is _FAR) and not knows(address, town):
                self._later.append(row)
            else:
                self.features[row] = self._feature(row)
                made += 1
        return made > 0

    def _feature(self, row: int) -> QgsFeature:
        attributes, address, town, coordinates = self.block[row]
        if coordinates is _FAR:
            plain = self.geocoder.geocode(address, town=town)
            result = self.far_results.get(id(plain))
            if result is None:
                result = replace(plain, note=tr("Register coordinates far from the streets were ignored; {}").format(
                    plain.note))
                self.far_results[id(plain)] = result
        else:
            result = self.geocoder.geocode(address, coordinates, town)
        geometry, values = self.writer.payload(result)
        out = QgsFeature(self.fields)
        out.setAttributes([attributes[i] for i in self.kept] + values)
        out.setGeometry(geometry)
        if result.status == MATCHED:
            self.counts.matched += 1
        elif result.status == TIED:
            self.counts.tied += 1
        else:
            self.counts.unmatched += 1
        return out

    def write(self, sink, progress: _Progress, done: int) -> None:
        """Make the rows not made yet (their addresses are cached by now, or geocoded
        here), then write them all in order: the last 20% of the block's progress."""
        size = len(self.block)
        step = max(1, size // 20)
        features = self.features
        for row in range(size):
            if row % step == 0:
                if progress.canceled():
                    return
                progress.at(done + 0.8 * size + 0.2 * row)
            if features[row] is None:
                features[row] = self._feature(row)
        for start in range(0, size, CHUNK):
            _write(sink, features[start:start + CHUNK])
        self.features = []


def _write(sink, batch) -> None:
    if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
        raise QgsProcessingException(tr("Could not write the geocoded rows: {}").format(sink.lastError()))
