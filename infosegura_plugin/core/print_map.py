"""A print-ready map (title, map, legend, scale bar, data note) exported to PNG or PDF."""

from pathlib import Path
from typing import List, Optional

from qgis.core import (
    QgsFeatureRequest,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayer,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize, Qt

from ..i18n import tr
from .atomic_files import AtomicWriteError, write_file_atomically
from .layout_text import style_label, style_legend
from .sensitive import load_policy, sensitive_feature_ids


class MapExportError(RuntimeError):
    pass


def _label(layout, text, x, y, width, height, size, bold=False, shrink_to_fit=False):
    """A text box; with ``shrink_to_fit`` the font shrinks (down to 10 pt) until the text
    fits on one line of ``width`` mm (a title in a longer language)."""
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    label.setHAlign(Qt.AlignLeft)
    style_label(label, size, bold)
    while shrink_to_fit and size > 10 and label.sizeForText().width() > width:
        size -= 1
        style_label(label, size, bold)
    label.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(label)
    return label


def public_layers(layers: List[QgsMapLayer]) -> List[QgsMapLayer]:
    """The layers as they may be printed: a point layer holding sensitive places
    (:mod:`.sensitive`) is replaced by an in-memory copy without them, styled the same.
    (Lines and areas are streets and neighbourhoods: "El Refugio" there is a place name.)"""
    policy = load_policy()
    out = []
    for layer in layers:
        places = isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PointGeometry
        hidden = sensitive_feature_ids(layer, policy=policy) if places else set()
        if not hidden:
            out.append(layer)
            continue
        keep = [f.id() for f in layer.getFeatures(QgsFeatureRequest().setNoAttributes()) if f.id() not in hidden]
        copy = layer.materialize(QgsFeatureRequest().setFilterFids(keep))
        copy.setName(layer.name())
        copy.setRenderer(layer.renderer().clone())
        if layer.labeling() is not None:
            copy.setLabeling(layer.labeling().clone())
        copy.setLabelsEnabled(layer.labelsEnabled())
        out.append(copy)
    return out


def build_layout(
    project: QgsProject,
    layers: List[QgsMapLayer],
    title: str,
    note: str,
    extent: Optional[QgsRectangle] = None,
) -> QgsPrintLayout:
    """An A4 landscape layout: ``layers`` are drawn top first, as in the Layers panel.
    Sensitive places are never drawn (:func:`public_layers`)."""
    layers = public_layers(layers)
    layout = QgsPrintLayout(project)
    layout.infosegura_layers = layers  # the public copies live as long as the layout
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    page.setPageSize("A4", page.Landscape)

    _label(layout, title, 10, 6, 277, 12, 18, bold=True, shrink_to_fit=True)
    map_item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(map_item)  # sized and zoomed only once it belongs to the layout
    # Resize before moving: moving a zero-sized map item leaves it with an empty extent.
    map_item.attemptResize(QgsLayoutSize(195, 175, QgsUnitTypes.LayoutMillimeters))
    map_item.attemptMove(QgsLayoutPoint(10, 20, QgsUnitTypes.LayoutMillimeters))
    map_item.setLayers(layers)
    map_item.setCrs(layers[-1].crs() if layers else project.crs())
    if extent is None:
        extent = QgsRectangle(layers[-1].extent())
        for layer in layers[:-1]:
            if layer.featureCount():
                extent.combineExtentWith(layer.extent())
        extent.scale(1.03)
    map_item.zoomToExtent(extent)
    map_item.setFrameEnabled(True)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for layer in layers:
        root.addLayer(layer)
    legend.setLegendFilterByMapEnabled(True)  # only what is drawn: no empty classes
    legend.setTitle(tr("Legend"))
    for style, size, bold in ((QgsLegendStyle.Title, 11, True), (QgsLegendStyle.Group, 8, True),
                              (QgsLegendStyle.Subgroup, 8, True), (QgsLegendStyle.SymbolLabel, 7, False)):
        style_legend(legend.rstyle(style), size, bold)
    legend.setSymbolHeight(3.5)
    legend.setSymbolWidth(5)
    legend.setWrapString("|")
    legend.attemptMove(QgsLayoutPoint(209, 20, QgsUnitTypes.LayoutMillimeters))
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)

    scale = QgsLayoutItemScaleBar(layout)
    scale.setStyle("Single Box")
    scale.setLinkedMap(map_item)
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setUnitLabel("km")
    scale.setNumberOfSegments(2)
    scale.setNumberOfSegmentsLeft(0)
    scale.setUnitsPerSegment(0.5)
    scale.attemptMove(QgsLayoutPoint(12, 182, QgsUnitTypes.LayoutMillimeters))
    layout.addLayoutItem(scale)

    _label(layout, note, 10, 197, 195, 10, 8)  # under the map, clear of the legend
    return layout


def export_png(layout: QgsPrintLayout, path: Path, dpi: int = 120) -> Path:
    """Render the layout's page to a PNG file, atomically (written aside, then moved over
    ``path``).

    Rendered to an image and saved by Qt, not by ``QgsLayoutExporter.exportToImage``: that
    reopens the PNG with GDAL to georeference it, which GDAL's PNG driver refuses with an
    "ERROR 6: ... does not support update access" line on the console.
    """
    path = Path(path)
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), dpi)
    if image.isNull():
        raise MapExportError(tr("Could not write the map image {}").format(path))

    def write(temp):
        if not image.save(str(temp), "PNG"):
            raise MapExportError(tr("Could not write the map image {}").format(path))

    return _atomically(path, write)


def _atomically(path, write) -> Path:
    try:
        return write_file_atomically(path, write)
    except AtomicWriteError as error:
        raise MapExportError(f"{error}") from error


def export_pdf(layout: QgsPrintLayout, path: Path) -> Path:
    exporter = QgsLayoutExporter(layout)

    def write(temp):
        if exporter.exportToPdf(str(temp), QgsLayoutExporter.PdfExportSettings()) != QgsLayoutExporter.Success:
            raise MapExportError(tr("Could not write the map PDF {}").format(path))

    return _atomically(path, write)
