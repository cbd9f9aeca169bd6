"""Build the QML styles of the season-to-season outputs (resources/styles/) from code:
register changes, moves, changes per neighbourhood, emerging hot spots.

Run with `.venv/bin/python scripts/make_season_styles.py`; the QML files are committed.
Colour-blind-safe colours (Okabe-Ito, ColorBrewer RdBu) and shapes that differ as well.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_styles import BLUE, GREEN, GREY, ORANGE, SKY, VERMILION, labels, memory_layer, save  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSimpleFillSymbolLayer,
    QgsSingleSymbolRenderer,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

CHANGES = [
    ("new", "New premises", GREEN, "triangle", 3.4),
    ("closed", "Closed", VERMILION, "cross2", 3.2),
    ("moved", "Moved", BLUE, "diamond", 3.4),
    ("class_changed", "Class of licence changed", ORANGE, "square", 3.0),
    ("renewed", "Renewed", SKY, "circle", 2.4),
    ("unchanged", "Unchanged", GREY, "circle", 1.8),
]


def register_changes():
    layer = memory_layer("Point", ["change:string"])
    categories = []
    for value, label, colour, shape, size in CHANGES:
        outline = colour if shape == "cross2" else "#000000"
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": outline,
                                               "outline_width": "0.6" if shape == "cross2" else "0.25",
                                               "size": str(size)})
        categories.append(QgsRendererCategory(value, symbol, label))
    layer.setRenderer(QgsCategorizedSymbolRenderer("change", categories))
    save(layer, "register_changes")


def register_moves():
    layer = memory_layer("LineString", ["premises:string", "distance_m:double"])
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(False)
    arrow.setIsRepeated(False)
    arrow.setArrowWidth(0.5)
    arrow.setArrowStartWidth(0.5)
    arrow.setHeadLength(2.5)
    arrow.setHeadThickness(1.6)
    arrow.subSymbol().symbolLayer(0).setColor(QColor(BLUE))
    arrow.subSymbol().symbolLayer(0).setStrokeColor(QColor("#ffffff"))
    symbol = QgsLineSymbol()
    symbol.changeSymbolLayer(0, arrow)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    save(layer, "register_moves")


def register_change_summary():
    layer = memory_layer("MultiPolygon", ["name:string", "net:integer"])
    # Diverging ColorBrewer PuOr: fewer outlets (purple) ... more outlets (orange).
    ranges = [(-1e9, -2.5, "#5e3c99", "3 or more fewer outlets"), (-2.5, -0.5, "#b2abd2", "1 or 2 fewer"),
              (-0.5, 0.5, "#f7f7f7", "as many as before"), (0.5, 2.5, "#fdb863", "1 or 2 more"),
              (2.5, 1e9, "#e66101", "3 or more additional outlets")]
    items = [QgsRendererRange(lo, hi, QgsFillSymbol.createSimple({"color": colour, "outline_color": "#636363",
                                                                  "outline_width": "0.3"}), label)
             for lo, hi, colour, label in ranges]
    renderer = QgsGraduatedSymbolRenderer("net", items)
    layer.setRenderer(renderer)
    layer.setLabeling(labels("name", 8, "#333333"))
    layer.setLabelsEnabled(True)
    save(layer, "register_change_summary")


# ColorBrewer RdBu (hot red, cold blue) by how lasting the pattern is; hatching marks the
# irregular ones (sporadic, oscillating) and the past ones (historical).
EMERGING = [
    ("intensifying", "#67001f", None), ("persistent", "#b2182b", None), ("consecutive", "#d6604d", None),
    ("new", "#f4a582", None), ("diminishing", "#fddbc7", None), ("sporadic", "#ffffff", "#d6604d"),
    ("oscillating", "#fddbc7", "#2166ac"), ("historical", "#ffffff", "#969696"),
]
EMERGING_COLD = {"intensifying": "#053061", "persistent": "#2166ac", "consecutive": "#4393c3", "new": "#92c5de",
                 "diminishing": "#d1e5f0", "sporadic": "#ffffff", "oscillating": "#d1e5f0", "historical": "#ffffff"}
EMERGING_COLD_HATCH = {"sporadic": "#4393c3", "oscillating": "#b2182b", "historical": "#969696"}


def _pattern_symbol(fill, hatch, angle):
    symbol = QgsFillSymbol.createSimple({"color": fill, "outline_color": "#bdbdbd", "outline_width": "0.1"})
    if hatch:
        lines = QgsLinePatternFillSymbolLayer()
        lines.setLineAngle(angle)
        lines.setDistance(1.2)
        lines.setLineWidth(0.35)
        lines.setColor(QColor(hatch))
        symbol.appendSymbolLayer(lines)
    return symbol


def emerging_hotspots():
    layer = memory_layer("Polygon", ["pattern:string"])
    categories = []
    for kind, fill, hatch in EMERGING:
        label = kind.capitalize() + " hot spot"
        categories.append(QgsRendererCategory(f"{kind}_hot", _pattern_symbol(fill, hatch, 45), label))
    for kind, _fill, _hatch in EMERGING:
        label = kind.capitalize() + " cold spot"
        symbol = _pattern_symbol(EMERGING_COLD[kind], EMERGING_COLD_HATCH.get(kind), 135)
        categories.append(QgsRendererCategory(f"{kind}_cold", symbol, label))
    none = QgsFillSymbol()
    none.changeSymbolLayer(0, QgsSimpleFillSymbolLayer(QColor(255, 255, 255, 0), strokeColor=QColor("#e0e0e0"),
                                                       strokeWidth=0.1))
    categories.append(QgsRendererCategory("no_pattern", none, "No pattern detected"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("pattern", categories))
    save(layer, "emerging_hotspots")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    for build in (register_changes, register_moves, register_change_summary, emerging_hotspots):
        build()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
