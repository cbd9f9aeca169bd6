"""``QgsGeocoderInterface`` over the InfoSegura core, for QGIS's own geocoding hooks.

Results are in the street layer's CRS. A matched address gives one result; a tied one
gives one result per candidate (group "tied"), so a person can pick; unmatched gives none.
"""

from typing import List, Optional

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeocoderContext,
    QgsGeocoderInterface,
    QgsGeocoderResult,
    QgsGeometry,
    QgsWkbTypes,
)

from ..fields import make_field
from .geocode_rows import GC_FIELDS, candidates_text
from .layers import GeocoderBundle
from .tie_rule import MATCHED, TIED


class InfoSeguraGeocoder(QgsGeocoderInterface):
    """Geocodes strings (and features, through their address field) offline."""

    def __init__(self, bundle: GeocoderBundle, address_field: Optional[str] = None):
        super().__init__()
        self.bundle = bundle
        self.address_field = address_field

    def flags(self):
        flags = QgsGeocoderInterface.Flag.GeocodesStrings
        if self.address_field:
            flags = flags | QgsGeocoderInterface.Flag.GeocodesFeatures
        return QgsGeocoderInterface.Flags(flags)

    def appendedFields(self) -> QgsFields:  # noqa: N802 (QGIS API)
        fields = QgsFields()
        for name, kind, length in GC_FIELDS:
            fields.append(make_field(name, kind, length))
        return fields

    def wkbType(self):  # noqa: N802 (QGIS API)
        return QgsWkbTypes.Point

    def geocodeString(self, string: str, context: QgsGeocoderContext = None,  # noqa: N802 (QGIS API)
                      feedback=None) -> List[QgsGeocoderResult]:
        result = self.bundle.geocoder.geocode(string)
        if result.status not in (MATCHED, TIED):
            return []
        attributes = {
            "gc_status": result.status, "gc_score": float(result.score), "gc_type": result.type,
            "gc_street": result.street, "gc_note": result.note,
            "gc_candidates": candidates_text(result, self.bundle),
        }
        results = []
        for candidate in result.candidates:
            point = self.bundle.to_output(*candidate.point)
            item = QgsGeocoderResult(candidate.label, QgsGeometry.fromPointXY(point), self.bundle.output_crs)
            item.setDescription(result.note if result.status == MATCHED else candidate.note)
            item.setGroup(result.status)
            item.setAdditionalAttributes(dict(attributes, gc_score=float(candidate.score), gc_type=candidate.type))
            results.append(item)
        return results

    def geocodeFeature(self, feature: QgsFeature, context: QgsGeocoderContext = None,  # noqa: N802 (QGIS API)
                       feedback=None) -> List[QgsGeocoderResult]:
        if not self.address_field:
            return []
        index = feature.fields().lookupField(self.address_field)
        if index < 0:
            return []
        value = feature.attribute(index)
        if value is None or (hasattr(value, "isNull") and value.isNull()):
            return []
        return self.geocodeString(str(value), context, feedback)
