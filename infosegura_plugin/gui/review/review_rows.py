"""Plain rows of a geocoded layer to review: status, score, note and candidates."""

import json
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import QgsFeatureRequest

from ...core.field_names import guess_field

GC_FIELDS = ("gc_status", "gc_score", "gc_type", "gc_note", "gc_candidates")
MANUAL = "manual"
TIED, UNMATCHED, LOW, REVIEWED = "tied", "unmatched", "low", "reviewed"
CATEGORIES = (TIED, UNMATCHED, LOW, REVIEWED)


@dataclass(frozen=True)
class Candidate:
    label: str
    type: str
    score: float
    x: float
    y: float


@dataclass
class ReviewRow:
    fid: int
    address: str
    status: str
    score: float
    type: str
    note: str
    candidates: List[Candidate] = field(default_factory=list)
    has_point: bool = False
    category: str = ""


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    return str(value)


def _number(value) -> float:
    try:
        return float(_text(value) or 0.0)
    except ValueError:
        return 0.0


def parse_candidates(text: str) -> List[Candidate]:
    """``gc_candidates`` JSON -> candidates; bad or empty text -> no candidates."""
    try:
        items = json.loads(text) if text else []
    except ValueError:
        return []
    candidates = []
    for item in items if isinstance(items, list) else []:
        try:
            candidates.append(Candidate(str(item.get("label", "")), str(item.get("type", "")),
                                        float(item.get("score", 0.0)), float(item["x"]), float(item["y"])))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return candidates


def candidates_json(candidates: List[Candidate]) -> Optional[str]:
    if not candidates:
        return None
    return json.dumps([{"label": c.label, "type": c.type, "score": round(c.score, 1), "x": round(c.x, 6),
                        "y": round(c.y, 6)} for c in candidates], ensure_ascii=False, separators=(",", ":"))


def is_review_layer(layer) -> bool:
    """A layer the panel can work on: it has the geocoder's gc_* fields."""
    return layer is not None and all(layer.fields().lookupField(name) >= 0 for name in GC_FIELDS)


def address_field_of(layer, preferred: str = "") -> Optional[str]:
    names = layer.fields().names()
    if preferred and preferred in names:
        return preferred
    return guess_field(names, "address")


def category_of(status: str, score: float, gc_type: str, min_score: float) -> str:
    """Which list a row belongs to ('' = nothing to review)."""
    if gc_type == MANUAL:
        return REVIEWED
    if status == TIED:
        return TIED
    if status == UNMATCHED:
        return UNMATCHED
    if status == "matched" and score < min_score:
        return LOW
    return ""


def row_of(feature, address_field: Optional[str], min_score: float) -> ReviewRow:
    status = _text(feature["gc_status"])
    score = _number(feature["gc_score"])
    gc_type = _text(feature["gc_type"])
    geometry = feature.geometry()
    return ReviewRow(
        fid=feature.id(),
        address=_text(feature[address_field]) if address_field else "",
        status=status, score=score, type=gc_type, note=_text(feature["gc_note"]),
        candidates=parse_candidates(_text(feature["gc_candidates"])),
        has_point=geometry is not None and not geometry.isNull() and not geometry.isEmpty(),
        category=category_of(status, score, gc_type, min_score),
    )


def rows_to_review(layer, address_field: Optional[str], min_score: float) -> List[ReviewRow]:
    """Tied, unmatched, matched below ``min_score``, and rows already reviewed, in layer order."""
    rows = []
    for feature in layer.getFeatures(QgsFeatureRequest()):
        row = row_of(feature, address_field, min_score)
        if row.category:
            rows.append(row)
    return rows


def count_categories(rows: List[ReviewRow]) -> Dict[str, int]:
    counts = {category: 0 for category in CATEGORIES}
    for row in rows:
        counts[row.category] = counts.get(row.category, 0) + 1
    return counts
