"""What can go on a web page or to the press: the analysis without sensitive places,
personal data, incident points or small incident counts.

* Sensitive places (the one definition in :mod:`..sensitive`) are never written: not as
  points, not in counts, not in conflict lines, not in labels or legends.
* Personal data: fields named like personal data are dropped; text values that look like
  a phone number or an e-mail address are blanked anywhere.
* Incidents: only counts per neighbourhood (and per grid cell when a grid is given),
  with small-count and complementary suppression (:mod:`.suppression`).
* Premises: points only when asked (``premises_points``); otherwise counts per
  neighbourhood. Conflict lines start at a premises, so they follow the same rule.
* Grids: only their risk fields (whitelist); a per-cell incident count
  (``validation_count``) never passes.
"""

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Set, Tuple

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...i18n import tr
from ..cancel import check_canceled
from ..fields import INT, STRING, make_field
from ..sensitive import SensitivePolicy
from . import suppression
from .point_counts import PolygonIndex, count_in
from .privacy import DEFAULT_PERSONAL_FIELDS, looks_personal, parse_field_list, personal_fields
from .sensitive_rows import lines_to_sensitive_assets, sensitive_fields, sensitive_ids

# Area fields copied from a community-profiles layer (everything else stays behind).
AREA_FIELDS = ("population", "area_km2", "rank", "risk_level", "risk_mean", "risk_max", "top_risk_share",
               "hotspot_cells", "outlets", "outlets_per_km2", "outlets_per_1000", "conflicts")
CELL_FIELDS = ("cell_id", "risk_score", "risk_class", "gi_class")
CELL_PREMISES_FIELDS = ("outlet_count",)  # premises per cell: finer than neighbourhoods


@dataclass
class PublicInputs:
    areas: QgsVectorLayer
    area_name_field: str = "name"
    incidents: Optional[QgsVectorLayer] = None
    grid: Optional[QgsVectorLayer] = None
    premises: Optional[QgsVectorLayer] = None
    assets: Optional[QgsVectorLayer] = None
    conflicts: Optional[QgsVectorLayer] = None
    min_count: int = 5
    premises_points: bool = False
    personal: Sequence[str] = field(default_factory=lambda: parse_field_list(DEFAULT_PERSONAL_FIELDS))


@dataclass
class PublicLayer:
    table: str
    layer: QgsVectorLayer
    style: Optional[str] = None              # a QML in resources/styles
    style_from: Optional[QgsVectorLayer] = None  # or the style of this layer


class PublicExportError(RuntimeError):
    pass


class _Summary(OrderedDict):
    def add(self, key: str, value: int) -> None:
        self[key] = self.get(key, 0) + int(value)


def _memory(name: str, wkb_type, crs, fields: QgsFields) -> QgsVectorLayer:
    geometry = QgsWkbTypes.displayString(wkb_type) if wkb_type != QgsWkbTypes.NoGeometry else "None"
    layer = QgsVectorLayer(f"{geometry}?crs={crs.authid()}" if geometry != "None" else "None", name, "memory")
    if geometry != "None" and not crs.authid():
        layer.setCrs(crs)
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    return layer


def _field(layer, name) -> Optional[str]:
    index = layer.fields().lookupField(name)
    return layer.fields().at(index).name() if index >= 0 else None


def _clean_value(value, summary: _Summary):
    if looks_personal(value):
        summary.add("personal_values_blanked", 1)
        return None
    return value


def build_public_layers(inputs: PublicInputs, policy: SensitivePolicy,
                        feedback=None) -> Tuple[List[PublicLayer], "OrderedDict[str, int]"]:
    """The public layers (in memory) and the removal summary (counts only)."""
    if inputs.min_count < 1:
        raise PublicExportError(tr("MIN_COUNT must be at least 1."))
    if _field(inputs.areas, inputs.area_name_field) is None:
        raise PublicExportError(tr("The layer {} has no field {}.").format(inputs.areas.name(),
                                                                          inputs.area_name_field))
    summary = _Summary((key, 0) for key in ("personal_fields_dropped", "personal_values_blanked"))
    hidden = {}
    for key, layer in (("assets", inputs.assets), ("conflicts", inputs.conflicts), ("premises", inputs.premises),
                       ("incidents", inputs.incidents)):
        if layer is not None:
            hidden[key] = sensitive_ids(layer, policy, feedback=feedback)
            if key == "conflicts" and inputs.assets is not None:
                hidden[key] |= lines_to_sensitive_assets(layer, inputs.assets, policy, feedback=feedback)
            summary.add(f"sensitive_{key}_left_out", len(hidden[key]))
    if inputs.incidents is not None:
        summary.add("incident_points_not_published", inputs.incidents.featureCount())
    premises_skip = set(hidden.get("premises", set()))
    if inputs.premises is not None:
        unplaced = _unplaced_premises(inputs.premises)
        summary.add("premises_unmatched_or_unplaced_left_out", len(unplaced - premises_skip))
        premises_skip |= unplaced

    _progress(feedback, 10)
    layers = [_public_areas(inputs, hidden, premises_skip, summary, feedback)]
    _progress(feedback, 25)
    if inputs.grid is not None:
        layers.append(_public_cells(inputs, hidden, summary, feedback))
    _progress(feedback, 40)
    if inputs.premises is not None and inputs.premises_points:
        layers.append(_cleaned_points("public_premises", inputs.premises, premises_skip, policy, inputs.personal,
                                      summary, feedback))
        summary.add("premises_published_as_points", layers[-1].layer.featureCount())
    elif inputs.premises is not None:
        summary.add("premises_points_withheld", inputs.premises.featureCount())
    if inputs.assets is not None:
        layers.append(_cleaned_points("public_assets", inputs.assets, hidden["assets"], policy, inputs.personal,
                                      summary, feedback))
    if inputs.conflicts is not None and inputs.premises_points:
        layers.append(_cleaned_points("public_conflicts", inputs.conflicts, hidden["conflicts"], policy,
                                      inputs.personal, summary, feedback))
    elif inputs.conflicts is not None:
        summary.add("conflict_lines_withheld", inputs.conflicts.featureCount() - len(hidden["conflicts"]))
    _progress(feedback, 50)
    return layers, summary


def _progress(feedback, value):
    if feedback is not None:
        feedback.setProgress(value)


def _unplaced_premises(premises) -> Set[int]:
    """Premises without a point, or not placed for sure by the geocoder (tied, unmatched)."""
    status = _field(premises, "gc_status")
    out = set()
    request = QgsFeatureRequest()
    if status is None:
        request.setNoAttributes()
    for feature in premises.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            out.add(feature.id())
        elif status is not None and str(feature[status] or "").lower() != "matched":
            out.add(feature.id())
    return out


# ----------------------------------------------------------------------- areas

def _count_field(fields: QgsFields, name: str, kind=INT):
    if fields.lookupField(name) < 0:
        fields.append(make_field(name, kind))


def _public_areas(inputs, hidden, premises_skip, summary, feedback) -> PublicLayer:
    areas = inputs.areas
    polygons = PolygonIndex(areas, feedback)
    counted: OrderedDict[str, Dict[int, int]] = OrderedDict()
    if inputs.premises is not None:
        counted["premises"], _outside = count_in(polygons, inputs.premises, premises_skip, feedback)
    if inputs.assets is not None:
        counted["assets"], _outside = count_in(polygons, inputs.assets, hidden["assets"], feedback)
    if inputs.conflicts is not None:
        counted["conflicts"], _outside = count_in(polygons, inputs.conflicts, hidden["conflicts"], feedback)
    incidents = None
    if inputs.incidents is not None:
        per_area, outside = count_in(polygons, inputs.incidents, hidden["incidents"], feedback)
        summary.add("incidents_outside_areas_not_counted", len(outside))
        order = sorted(per_area)
        result = suppression.suppress([per_area[fid] for fid in order], inputs.min_count)
        incidents = dict(zip(order, zip(result.values, result.suppressed)))
        summary.add("area_counts_withheld_small", result.primary)
        summary.add("area_counts_withheld_complementary", result.complementary)

    fields = QgsFields()
    fields.append(make_field("name", STRING))
    copied = [(name, _field(areas, name)) for name in AREA_FIELDS if name not in counted and _field(areas, name)]
    for name, real in copied:
        fields.append(make_field(name, areas.fields().field(real).type()))
    for name in counted:
        _count_field(fields, name)
    if incidents is not None:
        _count_field(fields, "incidents")
        _count_field(fields, "suppressed")
        fields.append(make_field("incidents_label", STRING))
    out = _memory("public_areas", QgsWkbTypes.multiType(areas.wkbType()), areas.crs(), fields)
    features = []
    for feature in areas.getFeatures():
        check_canceled(feedback)
        if feature.id() not in polygons.geometries:
            continue
        row = [_clean_value(feature[inputs.area_name_field], summary)]
        row += [_clean_value(feature[real], summary) for _name, real in copied]
        row += [counted[name][feature.id()] for name in counted]
        if incidents is not None:
            value, withheld = incidents[feature.id()]
            row += [value, 1 if withheld else 0, suppression.label(value, inputs.min_count)]
        copy = QgsFeature(out.fields())
        geometry = feature.geometry()
        geometry.convertToMultiType()
        copy.setGeometry(geometry)
        copy.setAttributes(row)
        features.append(copy)
    out.dataProvider().addFeatures(features)
    return PublicLayer("public_areas", out, style="public_areas")


# ----------------------------------------------------------------------- cells

def _public_cells(inputs, hidden, summary, feedback) -> PublicLayer:
    grid = inputs.grid
    wanted = CELL_FIELDS + (CELL_PREMISES_FIELDS if inputs.premises_points else ())
    copied = [(name, _field(grid, name)) for name in wanted if _field(grid, name)]
    dropped = [n for n in grid.fields().names() if n.lower() not in {c for c, _ in copied} and n.lower() != "fid"]
    summary.add("grid_fields_not_published", len(dropped))
    fields = QgsFields()
    for name, real in copied:
        fields.append(make_field(name, grid.fields().field(real).type()))
    incidents = None
    if inputs.incidents is not None:
        polygons = PolygonIndex(grid, feedback)
        per_cell, _outside = count_in(polygons, inputs.incidents, hidden["incidents"], feedback)
        order = sorted(per_cell)
        result = suppression.suppress([per_cell[fid] for fid in order], inputs.min_count)
        incidents = dict(zip(order, zip(result.values, result.suppressed)))
        summary.add("cell_counts_withheld_small", result.primary)
        summary.add("cell_counts_withheld_complementary", result.complementary)
        _count_field(fields, "incidents")
        _count_field(fields, "suppressed")
        fields.append(make_field("incidents_label", STRING))
    out = _memory("public_cells", grid.wkbType(), grid.crs(), fields)
    request = QgsFeatureRequest().setSubsetOfAttributes([real for _name, real in copied], grid.fields())
    batch = []
    for count, feature in enumerate(grid.getFeatures(request)):
        if count % 2000 == 0:
            check_canceled(feedback)
        row = [feature[real] for _name, real in copied]
        if incidents is not None:
            value, withheld = incidents.get(feature.id(), (None, True))
            row += [value, 1 if withheld else 0, suppression.label(value, inputs.min_count)]
        copy = QgsFeature(out.fields())
        copy.setGeometry(feature.geometry())
        copy.setAttributes(row)
        batch.append(copy)
        if len(batch) >= 5000:
            out.dataProvider().addFeatures(batch)
            batch = []
    out.dataProvider().addFeatures(batch)
    return PublicLayer("public_cells", out, style="public_cells" if incidents is not None else "risk_grid")


# ------------------------------------------------------------- points and lines

def _cleaned_points(table, layer, skip: Set[int], policy, personal, summary, feedback) -> PublicLayer:
    """``layer`` without the skipped rows, personal fields, flag fields and personal values."""
    names = layer.fields().names()
    _text, flags = sensitive_fields(layer, policy)
    drop = set(personal_fields(names, personal)) | set(flags)
    if layer.dataProvider().name() == "ogr":
        drop |= {layer.fields().at(i).name() for i in layer.dataProvider().pkAttributeIndexes()}
    summary.add("personal_fields_dropped", len(set(personal_fields(names, personal))))
    kept = [n for n in names if n not in drop]
    fields = QgsFields()
    for name in kept:
        fields.append(layer.fields().field(name))
    out = _memory(table, layer.wkbType(), layer.crs(), fields)
    batch = []
    for count, feature in enumerate(layer.getFeatures()):
        if count % 2000 == 0:
            check_canceled(feedback)
        if feature.id() in skip:
            continue
        copy = QgsFeature(out.fields())
        copy.setGeometry(feature.geometry())
        copy.setAttributes([_clean_value(feature[n], summary) for n in kept])
        batch.append(copy)
    out.dataProvider().addFeatures(batch)
    return PublicLayer(table, out, style_from=layer)


def summary_lines(summary) -> List[str]:
    """The removal summary as readable lines (for the log and the metadata)."""
    return [f"{key}: {value}" for key, value in summary.items()]
