"""QGIS layers -> the geocoder's plain data, in one projected working CRS.

A street layer in a geographic CRS is worked in the UTM zone of its centre (metres are
needed for setbacks, offsets and the tie distance); results go back to the street
layer's CRS through ``GeocoderBundle.to_output``.
"""

import math
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsWkbTypes,
)
from shapely import wkb
from shapely.ops import linemerge

from ...i18n import tr
from . import line_arrays
from .address_memory import AddressMemory
from .area_index import AreaIndex
from .geocoder import DEFAULT_MIN_SCORE, Geocoder, vocabulary_keys, vocabulary_of
from .landmark_index import LandmarkIndex
from .mile_markers import MileMarkers
from .parse_ahead import ParseAhead
from .street_index import StreetIndex, StreetSegment
from .town_assignment import assign_towns, collect_towns, covered_towns


class LayerDataError(Exception):
    """A layer or field given to the geocoder cannot be used (message names it)."""


@dataclass
class StreetFields:
    name: str
    aliases: Optional[str] = None
    l_from: Optional[str] = None
    l_to: Optional[str] = None
    r_from: Optional[str] = None
    r_to: Optional[str] = None
    town: Optional[str] = None  # the town or village of each segment


@dataclass
class PointLayerFields:
    name: str
    aliases: Optional[str] = None
    kind: Optional[str] = None


@dataclass
class GeocoderBundle:
    """A Geocoder plus the CRSs around it."""

    geocoder: Geocoder
    working_crs: QgsCoordinateReferenceSystem
    output_crs: QgsCoordinateReferenceSystem
    transform_context: QgsCoordinateTransformContext
    extent: Tuple[float, float, float, float]  # streets' bounds in the working CRS
    _to_output: Optional[QgsCoordinateTransform] = field(default=None, repr=False)

    def to_output(self, x: float, y: float) -> QgsPointXY:
        if self._to_output is None:
            return QgsPointXY(x, y)
        return self._to_output.transform(QgsPointXY(x, y))

    def to_working(self, crs: QgsCoordinateReferenceSystem) -> Optional[QgsCoordinateTransform]:
        """Transform from ``crs`` into the working CRS (None when they are the same)."""
        if not crs.isValid() or crs == self.working_crs:
            return None
        return QgsCoordinateTransform(crs, self.working_crs, self.transform_context)

    def near_streets(self, x: float, y: float, margin: float = 5000.0) -> bool:
        xmin, ymin, xmax, ymax = self.extent
        return xmin - margin <= x <= xmax + margin and ymin - margin <= y <= ymax + margin


def utm_crs_for(longitude: float, latitude: float) -> QgsCoordinateReferenceSystem:
    zone = min(60, max(1, int(math.floor((longitude + 180.0) / 6.0)) + 1))
    return QgsCoordinateReferenceSystem(f"EPSG:{(32600 if latitude >= 0 else 32700) + zone}")


def working_crs_for(layer, context: QgsCoordinateTransformContext) -> QgsCoordinateReferenceSystem:
    """The layer's CRS when projected, else the UTM zone of its extent's centre."""
    crs = layer.sourceCrs()
    if crs.isValid() and not crs.isGeographic():
        return crs
    centre = layer.sourceExtent().center()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if crs.isValid() and crs != wgs84:
        centre = QgsCoordinateTransform(crs, wgs84, context).transform(centre)
    return utm_crs_for(centre.x(), centre.y())


def _field_index(layer, field_name: Optional[str], what: str, required: bool = False) -> int:
    if not field_name:
        if required:
            raise LayerDataError(tr("Choose the {} field of layer {}").format(what, layer.sourceName()))
        return -1
    index = layer.fields().lookupField(field_name)
    if index < 0:
        raise LayerDataError(tr("Layer {} has no field {} ({})").format(layer.sourceName(), field_name, what))
    return index


_EXACT_INT = 2 ** 53


def _as_int(value) -> Optional[int]:
    if type(value) is int and -_EXACT_INT <= value <= _EXACT_INT:  # noqa: E721 - the common case
        return value  # what int(float(value)) gives for it
    # A NULL (a QVariant) tested first: comparing it with "" is slow, and most ranges are NULL.
    if value is None or (hasattr(value, "isNull") and value.isNull()) or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if math.isfinite(number) else None


def _text(value) -> str:
    if type(value) is str:  # noqa: E721 - the common case
        return value.strip()
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value).strip()


def _aliases(value) -> Tuple[str, ...]:
    return tuple(part.strip() for part in _text(value).split(";") if part.strip())


def _to_shapely(geometry: QgsGeometry, transform: Optional[QgsCoordinateTransform]):
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    geometry = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry.convertToStraightSegment()
    if QgsWkbTypes.hasM(geometry.wkbType()):
        geometry.get().dropMValue()
    if QgsWkbTypes.hasZ(geometry.wkbType()):
        geometry.get().dropZValue()
    if transform is not None:
        geometry.transform(transform)
    shape = wkb.loads(bytes(geometry.asWkb()))
    if shape.geom_type.endswith("Polygon") and not shape.is_valid:
        shape = shape.buffer(0)
    return shape


def _features(layer, feedback, attribute_indices):
    request = QgsFeatureRequest().setSubsetOfAttributes([i for i in attribute_indices if i >= 0])
    for feature in layer.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            return
        yield feature


# Geometry types read as they are (no curve, Z or M to drop): their WKB goes to shapely in one call.
_PLAIN_LINES = frozenset({QgsWkbTypes.LineString, QgsWkbTypes.MultiLineString})


def street_segments(layer, fields: StreetFields, transform=None, feedback=None):
    name = _field_index(layer, fields.name, tr("street name"), required=True)
    alias = _field_index(layer, fields.aliases, tr("street aliases"))
    town = _field_index(layer, fields.town, tr("street town"))
    ranges = [_field_index(layer, f, tr("address range"))
              for f in (fields.l_from, fields.l_to, fields.r_from, fields.r_to)]
    kept = []  # (WKB or shapely geometry, street name, attributes)
    for feature in _features(layer, feedback, [name, alias, town, *ranges]):
        attributes = feature.attributes()
        street_name = _text(attributes[name])
        if not street_name:
            continue
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            continue
        if transform is None and geometry.wkbType() in _PLAIN_LINES:
            kept.append((bytes(geometry.asWkb()), street_name, attributes))
        else:
            kept.append((_to_shapely(geometry, transform), street_name, attributes))
    plain = [k for k, item in enumerate(kept) if isinstance(item[0], bytes)]
    shapes = [item[0] for item in kept]
    for k, shape in zip(plain, line_arrays.shapes_from_wkb([shapes[k] for k in plain])):
        shapes[k] = shape
    segments = []
    for shape, kind, (_geometry, street_name, attributes) in zip(shapes, line_arrays.type_names_of(shapes), kept):
        values = [_as_int(attributes[i]) if i >= 0 else None for i in ranges]
        aliases = _aliases(attributes[alias]) if alias >= 0 else ()
        town_name = _text(attributes[town]) if town >= 0 else ""
        if kind == "LineString":
            parts = [shape]
        else:
            if kind == "MultiLineString":
                shape = linemerge(shape)
            parts = [part for part in (list(shape.geoms) if hasattr(shape, "geoms") else [shape])
                     if part.geom_type == "LineString"]
        for part in parts:
            segments.append(StreetSegment(part, street_name, aliases, *values, town_name=town_name))
    lines = [segment.line for segment in segments]
    long_enough = [length > 0 for length in line_arrays.lengths_of(lines)]
    segments = [segment for segment, keep in zip(segments, long_enough) if keep]
    for segment, box in zip(segments, line_arrays.bounds_of([segment.line for segment in segments])):
        segment.box = box
    return segments


def area_index(layer, name_field: str, transform=None, feedback=None) -> AreaIndex:
    name = _field_index(layer, name_field, tr("area name"), required=True)
    polygons, names = [], []
    for feature in _features(layer, feedback, [name]):
        shape = _to_shapely(feature.geometry(), transform)
        if shape is not None and not shape.is_empty:
            polygons.append(shape)
            names.append(_text(feature.attribute(name)))
    return AreaIndex(polygons, names)


def town_polygons(layer, name_field: str, transform=None, feedback=None):
    """[(town name, polygon)] of a towns layer."""
    name = _field_index(layer, name_field, tr("town name"), required=True)
    found = []
    for feature in _features(layer, feedback, [name]):
        shape = _to_shapely(feature.geometry(), transform)
        town = _text(feature.attribute(name))
        if shape is not None and not shape.is_empty and town:
            found.append((town, shape))
    return found


def _points(layer, transform, feedback, indices):
    for feature in _features(layer, feedback, indices):
        shape = _to_shapely(feature.geometry(), transform)
        if shape is None or shape.is_empty:
            continue
        point = shape if shape.geom_type == "Point" else shape.representative_point()
        yield (point.x, point.y), feature.attributes()


def landmark_index(layer, fields: PointLayerFields, transform=None, feedback=None) -> LandmarkIndex:
    """The landmarks an address may name. Sensitive places (a shelter, a safe house: the
    one definition in core/sensitive.py, by name, kind or flag field) are left out: a
    premises "opposite the women's shelter" would put its location and name on the map."""
    from ..sensitive import load_policy

    name = _field_index(layer, fields.name, tr("landmark name"), required=True)
    alias = _field_index(layer, fields.aliases, tr("landmark aliases"))
    kind = _field_index(layer, fields.kind, tr("landmark kind"))
    policy = load_policy()
    flags = [layer.fields().lookupField(f) for f in policy.flag_field_names(layer.fields().names())]
    points, names, aliases, kinds = [], [], [], []
    hidden = 0
    for point, attributes in _points(layer, transform, feedback, [name, alias, kind, *flags]):
        texts = [_text(attributes[name])] + (list(_aliases(attributes[alias])) if alias >= 0 else [])
        if policy.row_is_sensitive(_text(attributes[kind]) if kind >= 0 else "", [attributes[f] for f in flags],
                                   texts):
            hidden += 1
            continue
        points.append(point)
        names.append(texts[0])
        aliases.append(tuple(texts[1:]))
        kinds.append(_text(attributes[kind]) if kind >= 0 else "")
    if hidden and feedback is not None:
        feedback.pushInfo(tr("{} sensitive landmarks (shelters and the like) are never used to place an address").format(
            hidden))
    return LandmarkIndex(points, names, aliases, kinds)


def mile_markers(layer, highway_field: str, mile_field: str, transform=None, feedback=None) -> MileMarkers:
    highway = _field_index(layer, highway_field, tr("highway name"), required=True)
    mile = _field_index(layer, mile_field, tr("mile"), required=True)
    points, highways, miles = [], [], []
    for point, attributes in _points(layer, transform, feedback, [highway, mile]):
        value = _as_int(attributes[mile])
        if value is not None:
            points.append(point)
            highways.append(_text(attributes[highway]))
            miles.append(float(attributes[mile]))
    return MileMarkers(points, highways, miles)


def remembered_points(path, working_crs, context, feedback=None) -> Dict[str, List[Tuple[str, float, float, str]]]:
    """The address memory in the working CRS: key -> [(town key, x, y, provenance in words)].
    Placements whose CRS is unknown or that cannot be transformed are skipped and reported."""
    memory: Dict[str, List[Tuple[str, float, float, str]]] = {}
    transforms: Dict[str, object] = {}  # None: unknown CRS; False: already the working CRS
    skipped: List[str] = []
    for (town, key), placement in AddressMemory(path).load().items():
        if placement.crs not in transforms:
            crs = QgsCoordinateReferenceSystem(placement.crs)
            transforms[placement.crs] = (
                None if not crs.isValid() else QgsCoordinateTransform(crs, working_crs, context)
                if crs != working_crs else False)
        transform = transforms[placement.crs]
        point = QgsPointXY(placement.x, placement.y)
        try:
            if transform is None:
                raise QgsCsException(placement.crs)
            if transform:
                point = transform.transform(point)
            if not (math.isfinite(point.x()) and math.isfinite(point.y())):
                raise QgsCsException(placement.crs)
        except QgsCsException:
            skipped.append(placement.address)
            continue
        provenance = tr("by {}, {}, from {}").format(placement.who or "?", placement.when or "?", placement.source or "?")
        memory.setdefault(key, []).append((town, point.x(), point.y(), provenance))
    if skipped and hasattr(feedback, "pushWarning"):
        feedback.pushWarning(tr(
            "{} remembered placements in {} have no usable coordinate reference system and were skipped "
            "(for example: {}). Remember them again from a layer with a known CRS.").format(
            len(skipped), path, "; ".join(skipped[:3])))
    return memory


def _parse_ahead(texts: Sequence[str], streets, town_field: Optional[str], polygons, area_data,
                 default_town: Optional[str]) -> Optional[ParseAhead]:
    """Start parsing ``texts`` on a second core (``parse_ahead``) before the streets are
    read, with the place names they will most likely give: the town field's distinct values
    stand in for the towns of the named streets (checked once those are read)."""
    if not texts:
        return None
    names = []
    index = streets.fields().lookupField(town_field) if town_field else -1
    if index >= 0:
        names = sorted(name for name in (_text(value) for value in streets.uniqueValues(index)) if name)
    towns, _town_areas = covered_towns(names, polygons, area_data, default_town)
    return ParseAhead.start(texts, vocabulary_of(towns, area_data))


def build_geocoder(streets, street_fields: StreetFields, areas=None, area_name_field: str = "name",
                   landmarks=None, landmark_fields: Optional[PointLayerFields] = None,
                   markers=None, marker_fields: Tuple[str, str] = ("highway", "mile"),
                   memory_path=None, min_score: float = DEFAULT_MIN_SCORE,
                   transform_context: Optional[QgsCoordinateTransformContext] = None,
                   feedback=None, progress: Callable[[float], None] = None,
                   towns=None, town_name_field: str = "name", default_town: Optional[str] = None,
                   texts: Sequence[str] = ()) -> GeocoderBundle:
    """Read the layers once and build the geocoder (the street index is built here).

    Covered towns: ``street_fields.town`` (a field of the streets), ``towns`` (a polygon
    layer, names in ``town_name_field``), areas that are towns, and ``default_town`` (the
    town of streets that have none). ``texts``: the addresses about to be geocoded, parsed
    meanwhile on a second core where ``parse_ahead`` can."""
    context = transform_context or QgsProject.instance().transformContext()
    working = working_crs_for(streets, context)

    def transform_of(layer):
        crs = layer.sourceCrs()
        if not crs.isValid() or crs == working:
            return None
        return QgsCoordinateTransform(crs, working, context)

    area_data = area_index(areas, area_name_field, transform_of(areas), feedback) if areas is not None else None
    polygons = town_polygons(towns, town_name_field or "name", transform_of(towns), feedback) if towns is not None else ()
    ahead = _parse_ahead(texts, streets, street_fields.town, polygons, area_data, default_town)
    try:
        segments = street_segments(streets, street_fields, transform_of(streets), feedback)
        if not segments:
            raise LayerDataError(tr("Layer {} has no street lines with a name in field {}").format(
                streets.sourceName(), street_fields.name))
        landmark_data = None
        if landmarks is not None:
            landmark_data = landmark_index(landmarks, landmark_fields or PointLayerFields("name"),
                                           transform_of(landmarks), feedback)
        town_data = collect_towns(segments, polygons, area_data, default_town)
        if ahead is not None and ahead.vocabulary.keys == vocabulary_keys(town_data, area_data):
            vocabulary = ahead.vocabulary
        else:
            vocabulary = vocabulary_of(town_data, area_data)
        assign_towns(segments, town_data, area_data, landmark_data, default_town)
        index = StreetIndex(segments)
        marker_data = None
        if markers is not None:
            marker_data = mile_markers(markers, marker_fields[0], marker_fields[1], transform_of(markers), feedback)
        memory = remembered_points(memory_path, working, context, feedback) if memory_path else None
        geocoder = Geocoder(index, area_data, landmark_data, marker_data, memory, min_score, town_data, vocabulary)
    finally:
        parsed = ahead.finish() if ahead is not None else {}
    if ahead is not None:
        geocoder.adopt_parses(ahead.vocabulary, parsed)  # taken only when the guess was right
    every = [s.bounds for s in segments]
    bounds = (min(b[0] for b in every), min(b[1] for b in every), max(b[2] for b in every), max(b[3] for b in every))
    output_crs = streets.sourceCrs()
    to_output = QgsCoordinateTransform(working, output_crs, context) if output_crs.isValid() and output_crs != working else None
    return GeocoderBundle(geocoder, working, output_crs, context, tuple(float(b) for b in bounds), to_output)
