"""Which rows of any analysis layer show a sensitive place, by the one definition in
:mod:`..sensitive`.

Besides a layer's own category, name and sensitive-flag fields, shared layers describe
places in prefixed fields: a conflict line has ``asset_category`` and ``asset_name``, a
joined table ``shelter_flag``. Every text field whose name ends in a describing word
(category, name, type, kind, class) is checked too: a line that ends at a shelter shows
where the shelter is.
"""

from typing import Dict, List, Optional, Set

from qgis.core import QgsFeatureRequest

from ..cancel import check_canceled
from ..sensitive import SensitivePolicy, fold_category, load_policy, sensitive_columns

_DESCRIBING_ENDINGS = ("category", "categoria", "name", "nombre", "type", "tipo", "kind", "class", "clase")


def describing_fields(field_names: List[str]) -> List[str]:
    """Fields named like ``asset_category``, ``asset_name``, ``place_type``."""
    found = []
    for name in field_names:
        folded = fold_category(name)
        parts = folded.split("_") if folded else []
        if len(parts) > 1 and any(parts[-1] == fold_category(e) for e in _DESCRIBING_ENDINGS):
            found.append(name)
    return found


def sensitive_fields(layer, policy: SensitivePolicy, category_field: Optional[str] = None):
    """``(text_fields, flag_fields)`` to read to tell the layer's sensitive rows."""
    names = layer.fields().names()
    text, flags = sensitive_columns(names, category_field, policy)
    text = list(dict.fromkeys(text + [n for n in describing_fields(names) if n not in flags]))
    return text, flags


def sensitive_ids(layer, policy: Optional[SensitivePolicy] = None, category_field: Optional[str] = None,
                  feedback=None) -> Set[int]:
    """Feature ids of ``layer`` that show a sensitive place."""
    policy = policy or load_policy()
    text, flags = sensitive_fields(layer, policy, category_field)
    if not text and not flags:
        return set()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes(text + flags, layer.fields())
    hidden: Set[int] = set()
    for count, feature in enumerate(layer.getFeatures(request)):
        if count % 1000 == 0:
            check_canceled(feedback)
        if policy.row_is_sensitive(None, [feature[f] for f in flags], [feature[f] for f in text]):
            hidden.add(feature.id())
    return hidden


def lines_to_sensitive_assets(lines, assets, policy: Optional[SensitivePolicy] = None,
                              asset_category_field: Optional[str] = None, tolerance: float = 1.0,
                              feedback=None) -> Set[int]:
    """Ids of conflict lines that end at a sensitive place of ``assets``.

    A line names its asset (``asset_id``) and ends at it; the place may be sensitive only
    by a flag or a name the line does not carry, so the assets layer decides."""
    from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsPointXY, QgsProject

    policy = policy or load_policy()
    hidden_assets = sensitive_ids(assets, policy, asset_category_field, feedback)
    if not hidden_assets:
        return set()
    id_field = "asset_id" if assets.fields().lookupField("asset_id") >= 0 else None
    transform = QgsCoordinateTransform(assets.crs(), lines.crs(), QgsProject.instance().transformContext())
    ids, points = set(), []
    for feature in assets.getFeatures(QgsFeatureRequest().setFilterFids(list(hidden_assets))):
        if id_field:
            ids.add(str(feature[id_field]))
        if feature.hasGeometry():
            geometry = QgsGeometry(feature.geometry())
            if assets.crs() != lines.crs():
                geometry.transform(transform)
            points.append(QgsPointXY(geometry.vertexAt(0)))
    line_id_field = "asset_id" if lines.fields().lookupField("asset_id") >= 0 else None
    found = set()
    for count, feature in enumerate(lines.getFeatures()):
        if count % 1000 == 0:
            check_canceled(feedback)
        if line_id_field and str(feature[line_id_field]) in ids:
            found.add(feature.id())
            continue
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        vertices = [QgsPointXY(v) for v in geometry.vertices()]
        if any(v.distance(p) <= tolerance for v in vertices for p in points):
            found.add(feature.id())
    return found


def hidden_rows(layers, policy: Optional[SensitivePolicy] = None, feedback=None) -> Dict[str, Set[int]]:
    """Per layer id, the rows to leave out of a set of layers shared together: each
    layer's own sensitive rows, and conflict lines ending at a sensitive asset of any
    assets layer among them."""
    from . import layer_roles

    policy = policy or load_policy()
    hidden = {layer.id(): sensitive_ids(layer, policy, feedback=feedback) for layer in layers}
    assets = [layer for layer in layers if layer_roles.role_of(layer) == layer_roles.ASSETS]
    for layer in layers:
        if layer_roles.role_of(layer) == layer_roles.CONFLICTS:
            for asset_layer in assets:
                hidden[layer.id()] |= lines_to_sensitive_assets(layer, asset_layer, policy, feedback=feedback)
    return hidden
