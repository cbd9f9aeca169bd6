"""Address understanding for Belize licence registers: pure Python, no data needed.

The geocoder (``core.geocoding``) codes against these names; keep them stable.
"""

from .fuzzy import HAVE_RAPIDFUZZ, similarity, street_name_score, use_rapidfuzz
from .landmark_nouns import canonical_landmark
from .normalise import normalise_street_name, normalise_text, split_street_type, street_core
from .parser import KINDS, ParsedAddress, kind_label, parse_address

__all__ = [
    "HAVE_RAPIDFUZZ",
    "KINDS",
    "ParsedAddress",
    "canonical_landmark",
    "kind_label",
    "normalise_street_name",
    "normalise_text",
    "parse_address",
    "similarity",
    "split_street_type",
    "street_core",
    "street_name_score",
    "use_rapidfuzz",
]
