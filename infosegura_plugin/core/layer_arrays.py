"""QGIS feature sources as plain data: coordinates and attribute columns as numpy arrays
or lists, geometries as WKB, reprojected on the way; and WKB back into features. Reading
checks a QgsFeedback for cancel (raising :class:`CanceledError`) and can move its
progress bar."""

import numpy as np
from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsProcessingFeatureSource, QgsWkbTypes

from .cancel import CanceledError

CHECK_EVERY = 2000


def plain(value):
    """A Python value for an attribute: None for NULL."""
    if value is None:
        return None
    try:
        if value.isNull():
            return None
    except AttributeError:
        pass
    return value


def first_field(source, requested, guesses):
    """The requested field, else the first guess the layer has, else None."""
    if requested:
        if source.fields().lookupField(requested) < 0:
            return None
        return requested
    for guess in guesses:
        index = source.fields().lookupField(guess)
        if index >= 0:
            return source.fields().at(index).name()
    return None


def request_for(source, field_names, crs=None, transform_context=None):
    """A request for ``field_names`` only (none: no attributes), in ``crs`` when given."""
    request = QgsFeatureRequest()
    if field_names:
        request.setSubsetOfAttributes(list(field_names), source.fields())
    else:
        request.setNoAttributes()
    if crs is not None:
        request.setDestinationCrs(crs, transform_context)
    return request


def features(source, request, feedback, progress=None, every=CHECK_EVERY, flags=None):
    """The source's features; every ``every`` features, a cancel check (CanceledError) and,
    when ``progress`` is ``(low, high)``, the bar moved from low towards high."""
    total = max(source.featureCount(), 1)
    iterator = source.getFeatures(request) if flags is None else source.getFeatures(request, flags)
    for count, feature in enumerate(iterator):
        if count % every == 0:
            if feedback.isCanceled():
                raise CanceledError()
            if progress is not None:
                low, high = progress
                feedback.setProgress(low + (high - low) * count / total)
        yield feature


def flat_wkb(geometry):
    """WKB of a geometry, curves made straight segments; None for a missing or empty one."""
    if geometry is None or geometry.isEmpty():
        return None
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    return bytes(geometry.asWkb())


def read_points(source, field_names, crs, transform_context, feedback, progress=None):
    """Coordinates (in ``crs``) and attribute values of a point source, one entry per
    point (multipoints give one entry per part). ``field_names`` absent from the layer
    read as None. Returns ``(x, y, {field: list})``."""
    present = [f for f in field_names if f and source.fields().lookupField(f) >= 0]
    request = QgsFeatureRequest().setSubsetOfAttributes(present, source.fields())
    request.setDestinationCrs(crs, transform_context)
    xs, ys = [], []
    values = {f: [] for f in field_names if f}
    for feature in features(source, request, feedback, progress):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        points = geometry.asMultiPoint() if geometry.isMultipart() else [geometry.asPoint()]
        row = {f: plain(feature[f]) if f in present else None for f in values}
        for point in points:
            xs.append(point.x())
            ys.append(point.y())
            for f, v in row.items():
                values[f].append(v)
    return np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64), values


def read_line_starts(source, crs, transform_context, feedback, skip_ids=()):
    """The first vertex of each line of a processing source (but those whose feature id is
    in ``skip_ids``), in ``crs``, as ``(x, y)`` arrays."""
    xs, ys = [], []
    # Only the start is read: a zero-length line (for a conflict, an outlet at the asset
    # itself) is real data, not an invalid feature.
    skip_checks = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    for feature in features(source, request_for(source, (), crs, transform_context), feedback,
                            flags=skip_checks):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty() or feature.id() in skip_ids:
            continue
        start = geometry.vertexAt(0)
        xs.append(start.x())
        ys.append(start.y())
    return np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)


def read_wkbs(source, field_names, feedback, progress=None, every=CHECK_EVERY):
    """Feature ids, WKB (None for a missing or empty geometry) and attribute values of every
    feature, in the source's CRS. Returns ``(fids, wkbs, {field: list})``."""
    fids, wkbs = [], []
    values = {f: [] for f in field_names}
    for feature in features(source, request_for(source, field_names), feedback, progress, every):
        fids.append(feature.id())
        wkbs.append(flat_wkb(feature.geometry()))
        for f, column in values.items():
            column.append(plain(feature[f]))
    return fids, wkbs, values


def feature_from_wkb(fields, wkb, attributes, multi=False):
    """A feature with ``fields``, the geometry in ``wkb`` (made multi-part when ``multi``)
    and ``attributes``."""
    feature = QgsFeature(fields)
    geometry = QgsGeometry()
    geometry.fromWkb(wkb)
    if multi:
        geometry.convertToMultiType()
    feature.setGeometry(geometry)
    feature.setAttributes(list(attributes))
    return feature
