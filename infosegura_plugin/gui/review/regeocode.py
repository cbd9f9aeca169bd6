"""One edited address geocoded again with the project's geocoder, in the layer's CRS."""

from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsPointXY, QgsProject

from .review_rows import Candidate


@dataclass
class RetryResult:
    status: str
    score: float
    type: str
    street: str
    note: str
    point: Optional[QgsPointXY]
    candidates: List[Candidate] = field(default_factory=list)


def adopt_register_town(geocoder, layer, address_field) -> None:
    """As the geocoding tool does: reference layers that name no town are taken to be the
    town the layer's addresses name most (so "..., Belmopan" is not "another town")."""
    if not address_field or not hasattr(geocoder, "towns") or len(geocoder.towns):
        return
    from ...core.geocoding.town_assignment import dominant_town

    index = layer.fields().lookupField(address_field)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes([index])
    texts = (str(value) for value in (f.attributes()[index] for f in layer.getFeatures(request))
             if value is not None and not (hasattr(value, "isNull") and value.isNull()))
    found = dominant_town(texts, geocoder.parse)
    if found is not None:
        geocoder.adopt_town(found[0].title())


def regeocode(bundle, address: str, layer_crs) -> RetryResult:
    """Geocode ``address``; points (best and candidates) in ``layer_crs``."""
    result = bundle.geocoder.geocode(address)
    transform = None
    if layer_crs.isValid() and bundle.output_crs.isValid() and layer_crs != bundle.output_crs:
        transform = QgsCoordinateTransform(bundle.output_crs, layer_crs, QgsProject.instance())

    def on_layer(xy) -> QgsPointXY:
        point = bundle.to_output(*xy)
        return transform.transform(point) if transform is not None else point

    candidates = []
    for candidate in result.candidates:
        point = on_layer(candidate.point)
        candidates.append(Candidate(candidate.label, candidate.type, float(candidate.score), point.x(), point.y()))
    point = on_layer(result.point) if result.point is not None and result.status != "unmatched" else None
    return RetryResult(result.status, float(result.score), result.type or "", result.street or "",
                       result.note or "", point, candidates)
