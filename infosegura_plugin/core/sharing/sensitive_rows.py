"""Which rows of any analysis layer show a sensitive place, by the one definition in
:mod:`..sensitive`.

Besides a layer's own category, name and sensitive-flag fields, shared layers describe
places in prefixed fields: a conflict line has ``asset_category`` and ``asset_name``, a
joined table ``shelter_flag``. Every text field whose name ends in a describing word
(category, name, type, kind, class) is checked too: a line that ends at a shelter shows
where the shelter is.
"""

from typing import List, Optional, Set

from qgis.core import QgsFeatureRequest

from ..sensitive import SensitivePolicy, fold_category, load_policy, sensitive_columns
from ..cancel import check_canceled

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
    hidden = set()
    for count, feature in enumerate(layer.getFeatures(request)):
        if count % 1000 == 0:
            check_canceled(feedback)
        if policy.row_is_sensitive(None, [feature[f] for f in flags], [feature[f] for f in text]):
            hidden.add(feature.id())
    return hidden
