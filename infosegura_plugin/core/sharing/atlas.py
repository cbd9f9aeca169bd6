"""The printed atlas: a cover (overview, ranked communities, date, classification, model
label) then one page per neighbourhood, in rank order, as one PDF in the user's language.

The layout comes from a template (``resources/layouts/infosegura_atlas.qpt`` or the
user's restyled copy); this module binds the data and the texts to its items by id.
Sensitive places are removed from every drawn layer and from the legend before drawing.
"""

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemPicture,
    QgsLayoutTableColumn,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QLocale, Qt
from qgis.PyQt.QtXml import QDomDocument

from ...i18n import tr
from ...paths import resource
from ..atomic_files import replacing
from ..cancel import check_canceled
from ..sensitive import SensitivePolicy
from . import atlas_template as ids
from .layer_copy import apply_qml, drop_legend_classes, style_document
from .sensitive_rows import lines_to_sensitive_assets, sensitive_ids

DEFAULT_TEMPLATE = "infosegura_atlas.qpt"


class AtlasError(RuntimeError):
    pass


@dataclass
class AtlasLayers:
    areas: QgsVectorLayer             # community profiles (or any named areas)
    name_field: str
    grid: Optional[QgsVectorLayer] = None
    outlets: Optional[QgsVectorLayer] = None
    conflicts: Optional[QgsVectorLayer] = None
    assets: Optional[QgsVectorLayer] = None


@dataclass
class AtlasTexts:
    title: str
    model_label: str
    classification: str


@dataclass
class AtlasResult:
    pdf: Path
    pages: int
    neighbourhoods: int
    sensitive_left_out: int


def default_template() -> Path:
    return resource("layouts", DEFAULT_TEMPLATE)


def user_locale() -> QLocale:
    return QLocale(QgsApplication.locale() or QLocale().name())


def load_template(path: Path, project: QgsProject) -> QgsPrintLayout:
    """The layout of a .qpt file; an error names the items a restyled template lost."""
    document = QDomDocument()
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise AtlasError(tr("The layout template {} cannot be read: {}").format(path, error)) from error
    if not document.setContent(text)[0]:
        raise AtlasError(tr("The layout template {} is not a QGIS layout template (.qpt).").format(path))
    layout = QgsPrintLayout(project)
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise AtlasError(tr("QGIS could not load the layout template {}.").format(path))
    present = {item.id() for item in layout.items() if hasattr(item, "id")}
    present |= {frame.id() for table in layout.multiFrames() for frame in table.frames()}
    missing = [item_id for item_id in ids.REQUIRED_ITEMS if item_id not in present]
    if missing:
        raise AtlasError(tr("The layout template {} lacks the items {}: keep their ids when you restyle it "
                            "(Item Properties > Id).").format(path, ", ".join(missing)))
    if len(layout.pageCollection().pages()) < 2:
        raise AtlasError(tr("The layout template {} needs two pages: the cover and the neighbourhood page.")
                         .format(path))
    return layout


def make_atlas(layers: AtlasLayers, texts: AtlasTexts, output: Path, policy: SensitivePolicy,
               template: Optional[Path] = None, feedback=None) -> AtlasResult:
    """Write the atlas PDF to ``output`` (replaced only when complete)."""
    if layers.areas.featureCount() == 0:
        raise AtlasError(tr("The layer {} has no neighbourhood: nothing to print.").format(layers.areas.name()))
    project = QgsProject()
    drawn, left_out = _drawn_layers(project, layers, policy, feedback)
    layout = load_template(template or default_template(), project)
    check_canceled(feedback)
    locale = user_locale()
    _bind_cover(layout, layers, drawn, texts, locale)
    _bind_page(layout, layers, drawn, texts, locale)
    atlas = layout.atlas()
    atlas.setCoverageLayer(drawn["page_areas"])
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    rank = _field(layers.areas, "rank")
    if rank:
        atlas.setSortFeatures(True)
        atlas.setSortAscending(True)
        atlas.setSortExpression(QgsExpression.quotedColumnRef(rank))
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.exportMetadata = True
    settings.rasterizeWholeImage = False
    settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # searchable, selectable text
    with replacing(output, make_folder=True) as work:
        result, error = QgsLayoutExporter.exportToPdf(atlas, str(work), settings, feedback)
        check_canceled(feedback)
        if result != QgsLayoutExporter.Success:
            raise AtlasError(tr("Could not write the atlas {}: {}").format(output, error))
    count = atlas.count()
    project.clear()
    return AtlasResult(Path(output), count + 1, count, left_out)


# ----------------------------------------------------------------------- layers

def _field(layer, name) -> Optional[str]:
    index = layer.fields().lookupField(name)
    return layer.fields().at(index).name() if index >= 0 else None


def _without_sensitive(layer, name, project, policy, feedback, also=frozenset()) -> Tuple[QgsVectorLayer, int]:
    """A memory copy of ``layer`` without its sensitive rows (and ``also``), styled as the layer."""
    hidden = sensitive_ids(layer, policy, feedback=feedback) | set(also)
    request = QgsFeatureRequest()
    if hidden:
        keep = [fid for fid in layer.allFeatureIds() if fid not in hidden]
        request.setFilterFids(keep)
    copy = layer.materialize(request)
    copy.setName(name)
    copy.importNamedStyle(style_document(layer))
    drop_legend_classes(copy, policy.is_sensitive_category)
    project.addMapLayer(copy, False)
    return copy, len(hidden)


def _clone(layer, name, project) -> QgsVectorLayer:
    copy = layer.clone()
    copy.setName(name)
    project.addMapLayer(copy, False)
    return copy


def _drawn_layers(project, layers: AtlasLayers, policy, feedback):
    drawn = {}
    left_out = 0
    for key, layer, name in (("outlets", layers.outlets, tr("Licensed outlets")),
                             ("conflicts", layers.conflicts, tr("Outlet near a school or youth place")),
                             ("assets", layers.assets, tr("Community assets"))):
        if layer is not None:
            also = set()
            if key == "conflicts" and layers.assets is not None:
                also = lines_to_sensitive_assets(layer, layers.assets, policy, feedback=feedback)
            drawn[key], hidden = _without_sensitive(layer, name, project, policy, feedback, also)
            left_out += hidden
    if layers.grid is not None:
        drawn["grid"] = _clone(layers.grid, tr("Relative risk"), project)
        if _field(layers.grid, "risk_class"):
            apply_qml(drawn["grid"], "risk_grid")  # the atlas maps relative risk, whatever the grid shows
    drawn["cover_areas"] = _clone(layers.areas, tr("Neighbourhoods by risk level"), project)
    page_areas = _clone(layers.areas, tr("Neighbourhoods"), project)
    page_areas.setLabelsEnabled(False)
    page_areas.setRenderer(_outline_renderer())
    drawn["page_areas"] = page_areas
    return drawn, left_out


def _outline_renderer():
    """No fill; the neighbourhood of the page outlined thick, the others thin."""
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "40,40,40,255",
                                         "outline_width": "0.3", "outline_width_unit": "MM"})
    symbol_layer = symbol.symbolLayer(0)
    symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromExpression(
        "if(@atlas_featureid = $id, 1.2, 0.3)"))
    symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeColor, QgsProperty.fromExpression(
        "if(@atlas_featureid = $id, '#08306b', '#505050')"))
    return QgsSingleSymbolRenderer(symbol)


# ----------------------------------------------------------------------- texts

def _set_text(layout, item_id, text):
    item = layout.itemById(item_id)
    if isinstance(item, QgsLayoutItemLabel):
        item.setText(text)


def _today(locale: QLocale) -> str:
    return locale.toString(QDate.currentDate(), QLocale.LongFormat)


def _classification_text(classification: str) -> str:
    return tr("PUBLIC") if classification == "PUBLIC" else tr("RESTRICTED")


def _bind_cover(layout, layers, drawn, texts, locale):
    _set_text(layout, ids.COVER_TITLE, texts.title)
    _set_text(layout, ids.COVER_CLASSIFICATION, _classification_text(texts.classification))
    _set_text(layout, ids.COVER_INFO, tr("{} · Risk model: {} · {} neighbourhoods").format(
        _today(locale), texts.model_label, layers.areas.featureCount()))
    _set_text(layout, ids.COVER_TABLE_TITLE, tr("Communities ranked by risk"))
    _set_text(layout, ids.COVER_NOTE, tr(
        "Per 1,000: licensed outlets per 1,000 residents. Conflicts: outlets near a school or youth place. Mean "
        "risk: mean relative risk of the area's grid cells (1 = the lowest cell of the study area). Each following "
        "page shows one neighbourhood, in rank order. Sensitive places (shelters, victim services) are never "
        "shown."))
    cover_map = layout.itemById(ids.COVER_MAP)
    cover_map.setLayers([drawn["cover_areas"]])
    extent = QgsRectangle(drawn["cover_areas"].extent())
    extent.scale(1.05)
    cover_map.setCrs(drawn["cover_areas"].crs())
    cover_map.zoomToExtent(extent)
    _bind_table(layout, drawn["cover_areas"], layers.name_field)


def _bind_table(layout, areas, name_field):
    table = next(frame.multiFrame() for multi in layout.multiFrames() for frame in multi.frames()
                 if frame.id() == ids.COVER_TABLE)
    table.setVectorLayer(areas)
    # (field, heading, decimals); columns as wide as their text, in either language
    wanted = [("rank", tr("Rank"), None), (name_field, tr("Neighbourhood"), None), ("outlets", tr("Outlets"), None),
              ("outlets_per_1000", tr("Per 1,000"), 2), ("conflicts", tr("Conflicts"), None),
              ("risk_mean", tr("Mean risk"), 2), ("risk_level", tr("Risk level"), None)]
    columns = []
    for field, heading, decimals in wanted:
        real = _field(areas, field)
        if real is None:
            continue
        column = QgsLayoutTableColumn(heading)
        quoted = QgsExpression.quotedColumnRef(real)
        column.setAttribute(quoted if decimals is None else f"format_number({quoted}, {decimals})")
        column.setHAlignment(Qt.AlignLeft if field in (name_field, "risk_level") else Qt.AlignRight)
        column.setWidth(0)  # automatic
        columns.append(column)
    table.setColumns(columns)
    rank = _field(areas, "rank")
    if rank:
        sort = QgsLayoutTableColumn()
        sort.setAttribute(QgsExpression.quotedColumnRef(rank))
        sort.setSortOrder(Qt.AscendingOrder)
        table.setSortColumns([sort])
    table.refresh()


def _value(expression: str) -> str:
    return f"[% coalesce({expression}, '–') %]"


def _profile_rows(areas) -> List[Tuple[str, str]]:
    """(heading, label expression) for each profile field the layer has."""
    rows = []
    for field, heading, expression in (
        ("rank", tr("Rank"), "to_string({f}) || ' / ' || to_string(@atlas_totalfeatures)"),
        ("risk_level", tr("Risk level"), "{f}"),
        ("risk_mean", tr("Mean relative risk"), "format_number({f}, 2)"),
        ("risk_max", tr("Highest relative risk"), "format_number({f}, 2)"),
        ("top_risk_share", tr("Area in the top risk class"), "format_number({f} * 100, 0) || ' %'"),
        ("hotspot_cells", tr("Hot-spot cells"), "to_string({f})"),
        ("outlets", tr("Licensed outlets"), "to_string({f})"),
        ("outlets_per_km2", tr("Outlets per km²"), "format_number({f}, 1)"),
        ("outlets_per_1000", tr("Outlets per 1,000 residents"), "format_number({f}, 2)"),
        ("conflicts", tr("Outlets near schools"), "to_string({f})"),
        ("population", tr("Population"), "format_number({f}, 0)"),
        ("area_km2", tr("Area (km²)"), "format_number({f}, 2)"),
    ):
        real = _field(areas, field)
        if real is not None:
            rows.append((heading, _value(expression.format(f=QgsExpression.quotedColumnRef(real)))))
    return rows


def _bind_page(layout, layers, drawn, texts, locale):
    name = QgsExpression.quotedColumnRef(layers.name_field)
    _set_text(layout, ids.PAGE_TITLE, tr("{} — community risk profile").format(f"[% {name} %]"))
    _set_text(layout, ids.PAGE_CLASSIFICATION, _classification_text(texts.classification))
    _set_text(layout, ids.PAGE_PROFILE_TITLE, tr("Profile"))
    rows = _profile_rows(layers.areas)
    _set_text(layout, ids.PAGE_PROFILE_KEYS, "\n".join(heading for heading, _ in rows))
    _set_text(layout, ids.PAGE_PROFILE_VALUES, "\n".join(value for _, value in rows))
    _set_text(layout, ids.PAGE_SOURCE, tr(
        "{} · Risk model: {} · Printed {}. Licensed premises from the licence register, geocoded offline; "
        "relative risk from the InfoSegura risk terrain model. Sensitive places are never shown.").format(
        texts.title, texts.model_label, _today(locale)))
    order = [drawn[key] for key in ("outlets", "conflicts", "assets", "page_areas", "grid") if key in drawn]
    page_map = layout.itemById(ids.PAGE_MAP)
    page_map.setLayers(order)
    page_map.setCrs(drawn["page_areas"].crs())
    north = layout.itemById(ids.PAGE_NORTH)
    if isinstance(north, QgsLayoutItemPicture) and not Path(north.picturePath()).exists():
        north.setPicturePath(ids.NORTH_ARROW)
    legend = layout.itemById(ids.PAGE_LEGEND)
    legend.setTitle(tr("Legend"))
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in order:
        root.addLayer(layer)
    legend.setLegendFilterByMapEnabled(True)  # only what the page shows
    legend.refresh()
