"""The atlas layout: a cover page and a neighbourhood page, built in code once and shipped
as ``resources/layouts/infosegura_atlas.qpt`` (``make atlas-template``) so users can
restyle it in the layout designer.

The atlas fills the items by their ids; positions, sizes, fonts, colours and frames are
the template's. The texts (headings, notes) are set at each run in the user's language.
Page 1 (the cover) is exported with the first neighbourhood only, so the PDF is:
cover, then one page per neighbourhood.
"""

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProperty,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..layout_text import style_label, style_legend, text_format

# Item ids the atlas needs (a restyled template must keep them).
COVER_TITLE, COVER_INFO, COVER_MAP, COVER_TABLE_TITLE, COVER_TABLE, COVER_NOTE = (
    "cover_title", "cover_info", "cover_map", "cover_table_title", "cover_table", "cover_note")
COVER_CLASSIFICATION, PAGE_CLASSIFICATION = "cover_classification", "page_classification"
PAGE_TITLE, PAGE_MAP, PAGE_LEGEND, PAGE_SCALEBAR, PAGE_NORTH = (
    "page_title", "page_map", "page_legend", "page_scalebar", "page_north")
PAGE_PROFILE_TITLE, PAGE_PROFILE_KEYS, PAGE_PROFILE_VALUES, PAGE_SOURCE = (
    "page_profile_title", "page_profile_keys", "page_profile_values", "page_source")
REQUIRED_ITEMS = (COVER_TITLE, COVER_INFO, COVER_MAP, COVER_TABLE_TITLE, COVER_TABLE, COVER_NOTE,
                  COVER_CLASSIFICATION, PAGE_CLASSIFICATION, PAGE_TITLE, PAGE_MAP, PAGE_LEGEND, PAGE_SCALEBAR,
                  PAGE_NORTH, PAGE_PROFILE_TITLE, PAGE_PROFILE_KEYS, PAGE_PROFILE_VALUES, PAGE_SOURCE)
NORTH_ARROW = "arrows/NorthArrow_02.svg"  # in QGIS's own SVG library, on every install
TEXT_COLOUR = "#202020"
CLASSIFICATION_COLOUR = "#8b0000"
FONT = "Sans Serif"


def _font(size, bold=False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _place(item, x, y, width, height, page):
    item.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters), True, False, page)


def _label(layout, item_id, x, y, width, height, page, size, bold=False, colour=TEXT_COLOUR, frame=False,
           align=Qt.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(item_id)
    style_label(label, size, bold, colour=colour, family=FONT)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignTop)
    if frame:
        label.setFrameEnabled(True)
        label.setFrameStrokeColor(QColor(colour))
        label.setFrameStrokeWidth(QgsLayoutMeasurement(0.6, QgsUnitTypes.LayoutMillimeters))
        label.setMarginX(1.5)
        label.setMarginY(1.0)
    layout.addLayoutItem(label)
    _place(label, x, y, width, height, page)
    return label


def _map(layout, item_id, x, y, width, height, page):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    layout.addLayoutItem(item)  # sized only once it belongs to the layout
    _place(item, x, y, width, height, page)
    # A map item keeps its height from its extent's shape: give it one, or it reloads as NaN.
    item.zoomToExtent(QgsRectangle(0, 0, width, height))
    item.setFrameEnabled(True)
    item.setKeepLayerSet(True)
    return item


def build_template_layout(project) -> QgsPrintLayout:
    """The default atlas layout (A4 landscape, two pages), with placeholder texts."""
    from qgis.core import QgsLayoutFrame, QgsLayoutItemAttributeTable

    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("InfoSegura atlas")
    pages = layout.pageCollection()
    pages.page(0).setPageSize("A4", QgsLayoutItemPage.Landscape)
    second = QgsLayoutItemPage(layout)
    second.setPageSize("A4", QgsLayoutItemPage.Landscape)
    pages.addPage(second)
    # The cover goes out with the first neighbourhood only.
    pages.page(0).dataDefinedProperties().setProperty(
        QgsLayoutObject.ExcludeFromExports, QgsProperty.fromExpression("@atlas_featurenumber > 1"))

    # ------------------------------------------------------------- cover (page 0)
    _label(layout, COVER_TITLE, 10, 8, 195, 12, 0, 20, bold=True)
    _label(layout, COVER_CLASSIFICATION, 212, 8, 75, 9, 0, 11, bold=True, colour=CLASSIFICATION_COLOUR,
           frame=True, align=Qt.AlignHCenter)
    _label(layout, COVER_INFO, 10, 21, 277, 7, 0, 10)
    _map(layout, COVER_MAP, 10, 31, 140, 160, 0)
    _label(layout, COVER_TABLE_TITLE, 156, 31, 131, 7, 0, 11, bold=True)
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(COVER_TABLE)
    _place(frame, 156, 39, 131, 152, 0)
    table.addFrame(frame)
    table.setHeaderTextFormat(text_format(7, True, family=FONT))
    table.setContentTextFormat(text_format(7.5, family=FONT))
    table.setGridStrokeWidth(0.2)
    table.setCellMargin(1.0)
    table.setMaximumNumberOfFeatures(25)
    _label(layout, COVER_NOTE, 10, 194, 277, 12, 0, 8)

    # ------------------------------------------------------- neighbourhood (page 1)
    _label(layout, PAGE_TITLE, 10, 8, 195, 12, 1, 18, bold=True)
    _label(layout, PAGE_CLASSIFICATION, 212, 8, 75, 9, 1, 11, bold=True, colour=CLASSIFICATION_COLOUR,
           frame=True, align=Qt.AlignHCenter)
    page_map = _map(layout, PAGE_MAP, 10, 21, 185, 166, 1)
    page_map.setAtlasDriven(True)
    page_map.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    page_map.setAtlasMargin(0.12)

    north = QgsLayoutItemPicture(layout)
    north.setId(PAGE_NORTH)
    layout.addLayoutItem(north)
    north.setPicturePath(NORTH_ARROW)
    north.setLinkedMap(page_map)
    north.setNorthMode(QgsLayoutItemPicture.GridNorth)
    north.setResizeMode(QgsLayoutItemPicture.Zoom)
    _place(north, 183, 24, 9, 14, 1)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setId(PAGE_SCALEBAR)
    scale.setStyle("Single Box")
    layout.addLayoutItem(scale)
    scale.setLinkedMap(page_map)
    scale.applyDefaultSize(QgsUnitTypes.DistanceMeters)
    scale.setNumberOfSegmentsLeft(0)
    scale.setNumberOfSegments(2)
    scale.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    scale.setMinimumBarWidth(25)
    scale.setMaximumBarWidth(60)
    scale.setTextFormat(text_format(7, family=FONT))
    scale.setBackgroundEnabled(True)
    scale.setBackgroundColor(QColor(255, 255, 255, 220))
    scale.attemptMove(QgsLayoutPoint(12, 176, QgsUnitTypes.LayoutMillimeters), True, False, 1)

    _label(layout, PAGE_PROFILE_TITLE, 201, 21, 86, 7, 1, 11, bold=True)
    _label(layout, PAGE_PROFILE_KEYS, 201, 28, 56, 48, 1, 7.5)
    _label(layout, PAGE_PROFILE_VALUES, 257, 28, 30, 48, 1, 7.5, bold=True, align=Qt.AlignRight)

    legend = QgsLayoutItemLegend(layout)
    legend.setId(PAGE_LEGEND)
    layout.addLayoutItem(legend)
    legend.setLinkedMap(page_map)
    legend.setTitle("Legend")
    for style, size, bold, above in ((QgsLegendStyle.Title, 10, True, 0), (QgsLegendStyle.Group, 7.5, True, 2),
                                     (QgsLegendStyle.Subgroup, 7.5, True, 2), (QgsLegendStyle.SymbolLabel, 6.5, False, 0.8)):
        style_legend(legend.rstyle(style), size, bold, family=FONT)
        legend.rstyle(style).setMargin(QgsLegendStyle.Top, above)
    legend.setSymbolHeight(2.6)
    legend.setSymbolWidth(4.5)
    legend.setWrapString("|")
    legend.setResizeToContents(True)
    legend.attemptMove(QgsLayoutPoint(201, 80, QgsUnitTypes.LayoutMillimeters), True, False, 1)

    _label(layout, PAGE_SOURCE, 10, 190, 185, 16, 1, 7)
    return layout
