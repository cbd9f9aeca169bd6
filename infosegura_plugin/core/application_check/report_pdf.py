"""The one-page PDF for the licensing board (A4 portrait): title and application, map of the
surroundings with its legend and scale, the table of what lies within each distance, the
rules of thumb as sentences and the closing note. Written atomically."""

from pathlib import Path
from typing import Callable, List

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..atomic_files import write_file_atomically
from ..layout_text import pdf_settings, style_label, style_legend

MM = QgsUnitTypes.LayoutMillimeters


class ReportError(RuntimeError):
    pass


def _label(layout, text, x, y, width, height, size, bold=False, italic=False, colour="#202020"):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    style_label(label, size, bold, italic, colour)
    label.attemptMove(QgsLayoutPoint(x, y, MM))
    label.attemptResize(QgsLayoutSize(width, height, MM))
    layout.addLayoutItem(label)
    return label


def _font(size, bold=False):
    font = QFont("Sans Serif")
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size, bold=False):
    text = QgsTextFormat()
    text.setFont(_font(size, bold))
    text.setSize(size)
    text.setColor(QColor("#202020"))
    return text


def private_project(layers: List, crs) -> QgsProject:
    """A project of its own holding ``layers`` (not the user's project): keep it while the
    page and the map are drawn, it owns the layers."""
    project = QgsProject()
    project.setCrs(crs)
    for layer in layers:
        project.addMapLayer(layer, False)
    return project


def build_page(project: QgsProject, title: str, subtitle: str, layers: List, extent, crs, table_header: List[str],
               table_rows: List[List[str]], sentences: List[str], closing: str, footer: str,
               tr: Callable[[str], str]) -> QgsPrintLayout:
    """The layout; ``layers`` (in ``project``) top first."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize("A4", layout.pageCollection().page(0).Portrait)

    heading, _sep, name = title.partition(": ")
    _label(layout, heading, 12, 7, 186, 8, 14, bold=True)
    _label(layout, name, 12, 15, 186, 7, 11.5, bold=True, colour="#8a3b00")
    _label(layout, subtitle, 12, 22, 186, 9, 8, colour="#404040")

    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)
    map_item.attemptResize(QgsLayoutSize(122, 112, MM))
    map_item.attemptMove(QgsLayoutPoint(12, 31, MM))
    map_item.setCrs(crs)
    map_item.setLayers(layers)
    map_item.zoomToExtent(extent)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeColor(QColor("#606060"))

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        if layer.featureCount():
            root.addLayer(layer)
    legend.setTitle(tr("Legend"))
    for style, size, bold in ((QgsLegendStyle.Title, 9.5, True), (QgsLegendStyle.Group, 7.5, True),
                              (QgsLegendStyle.Subgroup, 7.5, True), (QgsLegendStyle.SymbolLabel, 7, False)):
        style_legend(legend.rstyle(style), size, bold)
    legend.setSymbolHeight(3.2)
    legend.setSymbolWidth(4.5)
    legend.setWrapString("|")
    legend.setColumnSpace(2)
    legend.attemptMove(QgsLayoutPoint(137, 31, MM))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(QgsUnitTypes.DistanceMeters)
    scale.setUnitLabel("m")
    scale.setNumberOfSegments(2)
    scale.setNumberOfSegmentsLeft(0)
    scale.applyDefaultSize()
    scale.setTextFormat(_text_format(7))
    scale.attemptMove(QgsLayoutPoint(14, 136, MM))
    layout.addLayoutItem(scale)

    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    columns = []
    for k, heading in enumerate(table_header):
        column = QgsLayoutTableColumn(heading)
        column.setHAlignment(1 if k == 0 else 2)  # Qt.AlignLeft / Qt.AlignRight
        columns.append(column)
    table.setColumns(columns)
    table.setContents(table_rows)
    table.setHeaderTextFormat(_text_format(7.5, True))
    table.setContentTextFormat(_text_format(7.5))
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9e9e9e"))
    table.setCellMargin(1.0)
    frame = QgsLayoutFrame(layout, table)
    frame.attemptMove(QgsLayoutPoint(12, 147, MM))
    frame.attemptResize(QgsLayoutSize(186, 6 + 4.6 * (len(table_rows) + 1), MM))
    table.addFrame(frame)

    top = 149 + 4.6 * (len(table_rows) + 1) + 4
    text = "\n".join(f"\u2022 {s}" for s in sentences)
    _label(layout, tr("At a glance"), 12, top, 186, 6, 10, bold=True)
    body = _label(layout, text, 12, top + 6, 186, 279 - (top + 6) - 12, 8)
    body.setMarginX(0.5)
    _label(layout, closing, 12, 272, 186, 9, 7.5, italic=True, colour="#303030")
    _label(layout, footer, 12, 284, 186, 5, 6.5, colour="#707070")
    return layout


def export_pdf(layout: QgsPrintLayout, path) -> str:
    """Write the page to ``path`` atomically (a temporary file, then a rename)."""
    settings = pdf_settings()
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = True

    def write(temporary: Path) -> None:
        if QgsLayoutExporter(layout).exportToPdf(str(temporary), settings) != QgsLayoutExporter.Success:
            raise ReportError(str(path))

    return str(write_file_atomically(path, write))


def render_map_png(layers: List, extent, crs, size_px: int = 900) -> bytes:
    """The map alone as PNG bytes (for the HTML summary)."""
    from qgis.core import QgsMapRendererCustomPainterJob, QgsMapSettings
    from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from qgis.PyQt.QtGui import QImage, QPainter

    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size_px, size_px))
    settings.setOutputDpi(144)
    settings.setBackgroundColor(QColor("#ffffff"))
    image = QImage(QSize(size_px, size_px), QImage.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
