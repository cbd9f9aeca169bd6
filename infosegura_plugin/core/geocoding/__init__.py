"""Offline geocoding of Belize licence addresses: plain-data indexes, levels, a tie rule.

``layers.geocoder_from_layers`` turns QGIS layers into a ``Geocoder``; the Processing
algorithm, the QGIS geocoder interface and the locator filter all use that one core.
"""

from .geocoder import DEFAULT_MIN_SCORE, Geocoder
from .tie_rule import MATCHED, TIE_DISTANCE_M, TIE_MARGIN, TIED, UNMATCHED, Candidate, GeocodeResult

__all__ = [
    "DEFAULT_MIN_SCORE",
    "MATCHED",
    "TIED",
    "TIE_DISTANCE_M",
    "TIE_MARGIN",
    "UNMATCHED",
    "Candidate",
    "GeocodeResult",
    "Geocoder",
]
