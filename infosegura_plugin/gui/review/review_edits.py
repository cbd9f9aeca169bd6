"""Review decisions written through the layer's edit buffer (one undo step each).

Every decision sets ``gc_type`` = ``manual`` and a dated note saying what was done;
placing, taking a candidate and confirming also set ``gc_status`` = ``matched`` and
``gc_score`` = 100. Nothing is saved to disk: the analyst saves or rolls back the edits.
"""

from typing import Optional

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import QDate, Qt

from ...i18n import tr
from .review_rows import MANUAL, UNMATCHED, Candidate, candidates_json


class ReviewEditError(Exception):
    """The layer cannot take the edit (read-only, or the row is gone); the message says so."""



def today() -> str:
    return QDate.currentDate().toString(Qt.ISODate)


def _point_geometry(layer, point: QgsPointXY) -> QgsGeometry:
    geometry = QgsGeometry.fromPointXY(QgsPointXY(point))
    if QgsWkbTypes.isMultiType(layer.wkbType()):
        geometry.convertToMultiType()
    return geometry


def _edit(layer, fid: int, description: str, values: dict, geometry: Optional[QgsGeometry] = None,
          clear_geometry: bool = False) -> None:
    if layer.getFeature(fid).id() != fid or not layer.getFeature(fid).isValid():
        raise ReviewEditError(tr("Row {} is no longer in layer {}.").format(fid, layer.name()))
    if not layer.isEditable() and not layer.startEditing():
        raise ReviewEditError(tr("Layer {} cannot be edited (read-only source?). Save it as a GeoPackage "
                                  "and review the copy.").format(layer.name()))
    layer.beginEditCommand(description)
    try:
        if geometry is not None:
            layer.changeGeometry(fid, geometry)
        elif clear_geometry:
            layer.changeGeometry(fid, QgsGeometry())
        changes = {layer.fields().lookupField(name): value for name, value in values.items()
                   if layer.fields().lookupField(name) >= 0}
        layer.changeAttributeValues(fid, changes)
    except Exception:
        layer.destroyEditCommand()
        raise
    layer.endEditCommand()


def _placed(note: str) -> dict:
    return {"gc_status": "matched", "gc_type": MANUAL, "gc_score": 100.0, "gc_note": note}


def use_candidate(layer, fid: int, number: int, candidate: Candidate) -> None:
    """Place the row at its candidate ``number`` (1-based, as on the map)."""
    note = tr("{}: reviewed, took candidate {} ({}, {} {:.0f})").format(
        today(), number, candidate.label, candidate.type, candidate.score)
    _edit(layer, fid, tr("Take candidate {}").format(number), _placed(note),
          _point_geometry(layer, QgsPointXY(candidate.x, candidate.y)))


def place_at(layer, fid: int, point: QgsPointXY, snapped_to: str = "") -> None:
    """Place the row where the analyst clicked (``point`` in the layer's CRS)."""
    if snapped_to:
        note = tr("{}: reviewed, placed on the map (snapped to {})").format(today(), snapped_to)
    else:
        note = tr("{}: reviewed, placed on the map").format(today())
    _edit(layer, fid, tr("Place on the map"), _placed(note), _point_geometry(layer, point))


def confirm(layer, fid: int) -> None:
    """Confirm the row where it is (a low-score match, or a tied row's best candidate)."""
    feature = layer.getFeature(fid)
    geometry = feature.geometry()
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise ReviewEditError(tr("This row has no point to confirm: take a candidate or place it on the map."))
    note = tr("{}: reviewed, confirmed the {} match (score {:.0f})").format(
        today(), feature["gc_type"] or "?", float(feature["gc_score"] or 0))
    _edit(layer, fid, tr("Confirm the match"), _placed(note))


def leave_unmatched(layer, fid: int, reason: str) -> None:
    """Leave the row without a point, saying why (outside the map, not a premises...)."""
    note = tr("{}: reviewed, left unmatched: {}").format(today(), reason)
    _edit(layer, fid, tr("Leave unmatched"), {"gc_status": UNMATCHED, "gc_type": MANUAL, "gc_note": note},
          clear_geometry=True)


def apply_retry(layer, fid: int, address_field: str, address: str, status: str, score: float,
                gc_type: str, street: str, point: Optional[QgsPointXY], candidates) -> None:
    """The row's address edited and geocoded again: new address, result and candidates.

    The row is not yet 'manual': the analyst still takes a candidate or confirms.
    """
    note = tr("{}: address edited and geocoded again").format(today())
    values = {address_field: address, "gc_status": status, "gc_score": float(score), "gc_type": gc_type,
              "gc_street": street or None, "gc_note": note, "gc_candidates": candidates_json(candidates)}
    geometry = _point_geometry(layer, point) if point is not None else None
    _edit(layer, fid, tr("Edit the address and geocode again"), values, geometry, clear_geometry=point is None)
