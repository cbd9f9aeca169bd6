"""One edited address geocoded again with the project's geocoder, in the layer's CRS."""

from dataclasses import dataclass, field
from typing import List, Optional

from qgis.core import QgsCoordinateTransform, QgsPointXY, QgsProject

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
