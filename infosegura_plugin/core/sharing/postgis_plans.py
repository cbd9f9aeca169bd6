"""Which tables a publication writes: the chosen layers into the agency's schema, and
optionally their public-safe versions (same rules as the public export) into a public
schema."""

from typing import List, Optional

from qgis.PyQt.QtXml import QDomDocument

from ...i18n import tr
from ..sensitive import SensitivePolicy
from . import layer_roles
from .gpkg_metadata import table_of
from .layer_copy import apply_qml, drop_legend_classes, style_document
from .postgis_publication import PublicationError, TablePlan
from .public_export import PublicInputs, build_public_layers
from .public_package import adapt_incident_rules
from .sensitive_rows import hidden_rows


def table_for(layer) -> str:
    """The GeoPackage table name when the layer has one (stable between runs), else its name."""
    gpkg = table_of(layer.source())
    return gpkg[1] if gpkg else layer.name()


def _styles(layer, policy: Optional[SensitivePolicy]):
    copy = layer.clone()
    if policy is not None:
        drop_legend_classes(copy, policy.is_sensitive_category)
    qml = style_document(copy).toString()
    sld = QDomDocument()
    copy.exportSldStyle(sld, "")
    return qml, (sld.toString() or None)


def restricted_plans(layers, schema: str, key_field: str, include_sensitive: bool, policy: SensitivePolicy,
                     feedback=None) -> List[TablePlan]:
    plans, tables = [], set()
    hidden = {} if include_sensitive else hidden_rows(layers, policy, feedback)
    for layer in layers:
        keys = layer_roles.key_fields(layer)
        if keys is None and key_field:
            if layer.fields().lookupField(key_field) < 0:
                raise PublicationError(tr("The layer {} has no field {} to key its rows on.").format(
                    layer.name(), key_field))
            keys = (layer.fields().at(layer.fields().lookupField(key_field)).name(),)
        if keys is None:
            raise PublicationError(tr("The layer {} has no known key field (licence_id, cell_id, asset_id, name, "
                                      "...): give the key field to use.").format(layer.name()))
        table = table_for(layer)
        if table in tables:
            raise PublicationError(tr("Two layers would both be published as {}: rename one.").format(table))
        tables.add(table)
        skip = hidden.get(layer.id(), set())
        qml, sld = _styles(layer, None if include_sensitive else policy)
        plans.append(TablePlan(layer, schema, table, keys, skip, qml, sld))
    return plans


def public_plans(layers, schema: str, min_count: int, premises_points: bool, personal, policy: SensitivePolicy,
                 feedback=None):
    """Plans for the public schema and the removal summary."""
    by_role = {}
    for layer in layers:
        by_role.setdefault(layer_roles.role_of(layer), layer)
    areas = by_role.get(layer_roles.PROFILES) or by_role.get(layer_roles.AREAS)
    if areas is None:
        raise PublicationError(tr("A public schema needs the neighbourhoods (or community profiles) among the "
                                  "layers: incidents and premises are published as counts per neighbourhood."))
    inputs = PublicInputs(areas, "name", by_role.get(layer_roles.INCIDENTS), by_role.get(layer_roles.GRID),
                          by_role.get(layer_roles.PREMISES), by_role.get(layer_roles.ASSETS),
                          by_role.get(layer_roles.CONFLICTS), min_count, premises_points, personal)
    public_layers, summary = build_public_layers(inputs, policy, feedback)
    plans = []
    for public in public_layers:
        layer = public.layer
        if public.style_from is not None:
            layer.importNamedStyle(style_document(public.style_from))
        elif public.style:
            apply_qml(layer, public.style)
            adapt_incident_rules(layer, min_count)
        keys = layer_roles.key_fields(layer) or (("name",) if public.table == "public_areas" else None)
        if keys is None:
            raise PublicationError(tr("The public table {} has no key field.").format(public.table))
        qml, sld = _styles(layer, policy)
        plans.append(TablePlan(layer, schema, public.table, keys, set(), qml, sld))
    return plans, summary
