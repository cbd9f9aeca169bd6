"""Build the QML styles of the sample layers (resources/styles/) from code.

Run with `.venv/bin/python scripts/make_styles.py`; the QML files are committed. Colours
are from colour-blind-safe palettes (Okabe-Ito, ColorBrewer).
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

STYLES = Path(__file__).resolve().parents[1] / "resources" / "styles"

# Okabe-Ito palette.
ORANGE, SKY, GREEN, YELLOW, BLUE, VERMILION, PURPLE, GREY = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")

ASSET_CATEGORIES = [
    ("school", "School", BLUE, "square"),
    ("church", "Church", PURPLE, "cross_fill"),
    ("health_centre", "Health centre", GREEN, "cross2"),
    ("police", "Police", "#000000", "star"),
    ("park", "Park", GREEN, "circle"),
    ("playground", "Playground", SKY, "circle"),
    ("community_centre", "Community centre", "#8c510a", "hexagon"),
    ("youth_centre", "Youth centre", SKY, "diamond"),
    ("bus_terminal", "Bus terminal", GREY, "triangle"),
    ("market", "Market", YELLOW, "pentagon"),
    ("shelter", "Shelter (sensitive)", "#ffffff", "circle"),
]


def labels(field, size=8, colour="#333333", italic=False, along_lines=False):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    if along_lines:
        # Street names along the street, once per street (the default point placement
        # draws nothing on lines).
        settings.placement = QgsPalLayerSettings.Line
        settings.lineSettings().setMergeLines(True)
    text = QgsTextFormat()
    font = QFont("Sans Serif")
    font.setItalic(italic)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    return QgsVectorLayerSimpleLabeling(settings)


def memory_layer(geometry, fields):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:32616&" + "&".join(f"field={f}" for f in fields), "x", "memory")
    assert layer.isValid()
    return layer


def save(layer, name):
    path = STYLES / f"{name}.qml"
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"could not save {path}: {message}")
    print("wrote", path)


def streets():
    layer = memory_layer("LineString", ["name:string", "street_class:string"])
    widths = [("highway", "Highway", "#7f7f7f", 1.2), ("ring", "Ring road", "#8c8c8c", 1.0),
              ("boulevard", "Boulevard", "#a6a6a6", 0.8), ("collector", "Collector", "#bfbfbf", 0.6),
              ("local", "Local street", "#cccccc", 0.4)]
    categories = [QgsRendererCategory(v, QgsLineSymbol.createSimple({"line_color": c, "line_width": str(w)}), label)
                  for v, label, c, w in widths]
    layer.setRenderer(QgsCategorizedSymbolRenderer("street_class", categories))
    layer.setLabeling(labels("name", 7, "#555555", along_lines=True))
    layer.setLabelsEnabled(True)
    save(layer, "streets")


def neighbourhoods():
    layer = memory_layer("Polygon", ["name:string", "population:integer"])
    symbol = QgsFillSymbol.createSimple({"color": "255,255,255,0", "outline_color": "#8073ac",
                                         "outline_width": "0.5", "outline_style": "dash"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(labels("name", 9, "#542788", italic=True))
    layer.setLabelsEnabled(True)
    save(layer, "neighbourhoods")


def city_boundary():
    layer = memory_layer("Polygon", ["name:string"])
    symbol = QgsFillSymbol.createSimple({"color": "#f7f7f7", "outline_color": "#252525", "outline_width": "0.8"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    save(layer, "city_boundary")


def community_assets():
    layer = memory_layer("Point", ["name:string", "category:string"])
    categories = []
    for value, label, colour, shape in ASSET_CATEGORIES:
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": "#000000",
                                               "outline_width": "0.3", "size": "3"})
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("category", categories))
    save(layer, "community_assets")


def landmarks():
    layer = memory_layer("Point", ["name:string", "kind:string"])
    symbol = QgsMarkerSymbol.createSimple({"name": "star", "color": YELLOW, "outline_color": "#000000", "size": "3.2"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(labels("name", 7, "#000000"))
    layer.setLabelsEnabled(False)
    save(layer, "landmarks")


def mile_markers():
    layer = memory_layer("Point", ["highway:string", "mile:integer"])
    symbol = QgsMarkerSymbol.createSimple({"name": "square", "color": "#ffffff", "outline_color": "#636363", "size": "1.6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.setLabeling(labels("mile", 6, "#636363"))
    layer.setLabelsEnabled(True)
    save(layer, "mile_markers")


def incidents():
    layer = memory_layer("Point", ["period:integer"])
    categories = [
        QgsRendererCategory(1, QgsMarkerSymbol.createSimple({"name": "cross2", "color": GREY, "size": "2"}), "Period 1"),
        QgsRendererCategory(2, QgsMarkerSymbol.createSimple({"name": "cross2", "color": VERMILION, "size": "2"}), "Period 2"),
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("period", categories))
    save(layer, "incidents")


def risk_raster():
    """The risk terrain raster: its risk_class band (5, codes 1-5) paletted with the
    colours and labels of the vector grid's style, so both open alike."""
    import tempfile

    from osgeo import gdal
    from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer

    grid = memory_layer("Polygon", ["risk_class:string"])
    grid.loadNamedStyle(str(STYLES / "risk_grid.qml"))
    order = ["very low", "low", "moderate", "high", "very high"]
    categories = {c.value(): c for c in grid.renderer().categories()}
    path = str(Path(tempfile.mkdtemp()) / "bands.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(path, 4, 4, 5, gdal.GDT_Float32)
    dataset.SetGeoTransform((300000, 100, 0, 1900000, 0, -100))
    for number in range(1, 6):
        dataset.GetRasterBand(number).WriteRaster(0, 0, 4, 4, bytes(range(16)), buf_type=gdal.GDT_Byte)
    dataset = None
    layer = QgsRasterLayer(path, "risk_raster")
    classes = [QgsPalettedRasterRenderer.Class(code, categories[name].symbol().color(), categories[name].label())
               for code, name in enumerate(order, start=1)]
    renderer = QgsPalettedRasterRenderer(layer.dataProvider(), 5, classes)
    renderer.setOpacity(grid.renderer().categories()[0].symbol().opacity())
    layer.setRenderer(renderer)
    save(layer, "risk_raster")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    STYLES.mkdir(parents=True, exist_ok=True)
    for build in (streets, neighbourhoods, city_boundary, community_assets, landmarks, mile_markers, incidents,
                  risk_raster):
        build()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
