"""The map of the surroundings of a proposed premises: memory layers (styled in code) for
the site, the distance rings, the schools and youth places, the outlets, plus optional
background layers (risk grid, streets, neighbourhoods) cut to the map's extent.

Only what the caller passes is drawn: sensitive places never reach these layers.
"""

from typing import Callable, List, Optional

import numpy as np
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..categories import fold_category
from ..risk.community_profiles import outlet_category
from ..styling import apply_style
from .facts import Places
from .sentences import category_name

SITE_COLOUR = "#D55E00"
OUTLET_STYLE = {"on_premise": ("#E69F00", "circle"), "off_premise": ("#CC79A7", "triangle"),
                "occasional": ("#999999", "diamond"), "unknown": ("#999999", "circle")}


def map_extent(x: float, y: float, distances) -> QgsRectangle:
    reach = max(distances) * 1.18
    return QgsRectangle(x - reach, y - reach, x + reach, y + reach)


def _memory(uri: str, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(uri, name, "memory")
    assert layer.isValid(), uri
    return layer


def _labels(layer, field, size=7.0, colour="#202020", bold=False, placement=None):
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    if placement is not None:
        settings.placement = placement
    text = QgsTextFormat()
    font = QFont("Sans Serif")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.7)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def site_layer(x, y, crs, title: str, label: str) -> QgsVectorLayer:
    layer = _memory(f"Point?crs={crs.authid()}&field=label:string", title)
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
    feature.setAttributes([label])
    layer.dataProvider().addFeatures([feature])
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "star", "color": SITE_COLOUR, "outline_color": "#000000", "outline_width": "0.3", "size": "6"})))
    return layer


def rings_layer(x, y, distances, crs, title: str, unit: Callable[[float], str]) -> QgsVectorLayer:
    layer = _memory(f"Polygon?crs={crs.authid()}&field=label:string", title)
    features = []
    for d in sorted(distances, reverse=True):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(d, 72))
        feature.setAttributes([unit(d)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": "#0072B2", "outline_width": "0.45", "outline_style": "dash"})))
    settings_placement = QgsPalLayerSettings.Line if hasattr(QgsPalLayerSettings, "Line") else None
    _labels(layer, "label", 7, "#0072B2", True, settings_placement)
    return layer


def places_layer(places: Places, crs, extent: QgsRectangle, title: str, tr, kind: str) -> QgsVectorLayer:
    """Youth places (``kind='youth'``) or outlets (``kind='outlets'``) inside ``extent``."""
    layer = _memory(f"Point?crs={crs.authid()}&field=name:string&field=category:string", title)
    features = []
    for k in range(len(places)):
        if not extent.contains(QgsPointXY(float(places.x[k]), float(places.y[k]))):
            continue
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(places.x[k]), float(places.y[k]))))
        category = places.category[k]
        feature.setAttributes([places.name[k] if places.name else "",
                               outlet_category(category) if kind == "outlets" else fold_category(category)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = []
    if kind == "youth":
        first_written = {}
        for category in places.category:
            first_written.setdefault(fold_category(category), category)
        for key, category in first_written.items():
            symbol = QgsMarkerSymbol.createSimple({"name": "square", "color": "#0072B2", "outline_color": "#ffffff",
                                                   "outline_width": "0.3", "size": "3.2"})
            categories.append(QgsRendererCategory(key, symbol, category_name(tr, category).capitalize()))
        layer.setRenderer(QgsCategorizedSymbolRenderer("category", categories))
        _labels(layer, "name", 6.5, "#08306b")
    else:
        present = {outlet_category(c) for c in places.category}
        for key, (colour, shape) in OUTLET_STYLE.items():
            if key not in present:
                continue
            symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": "#000000",
                                                   "outline_width": "0.25", "size": "2.8"})
            categories.append(QgsRendererCategory(key, symbol, category_name(tr, key).capitalize()))
        layer.setRenderer(QgsCategorizedSymbolRenderer("category", categories))
    return layer


def clipped_copy(source, extent: QgsRectangle, crs, title: str, style: Optional[str] = None,
                 opacity: float = 1.0, fields: Optional[List[str]] = None) -> Optional[QgsVectorLayer]:
    """The features of ``source`` (a layer or Processing source) within ``extent`` (in ``crs``)
    as a memory layer, styled with ``resources/styles/<style>.qml``."""
    if source is None:
        return None
    from qgis.core import QgsCoordinateTransform, QgsProject, QgsWkbTypes

    source_crs = source.sourceCrs()
    request = QgsFeatureRequest().setFilterRect(
        QgsCoordinateTransform(crs, source_crs, QgsProject.instance()).transformBoundingBox(extent)
        if source_crs != crs else extent)
    request.setDestinationCrs(crs, QgsProject.instance().transformContext())
    geometry = QgsWkbTypes.displayString(source.wkbType())
    layer = _memory(f"{geometry}?crs={crs.authid()}", title)
    kept = [f for f in source.fields() if fields is None or f.name() in fields]
    layer.dataProvider().addAttributes(kept)
    layer.updateFields()
    features = []
    for feature in source.getFeatures(request):
        out = QgsFeature(layer.fields())
        out.setGeometry(feature.geometry())
        out.setAttributes([feature[f.name()] for f in kept])
        features.append(out)
    layer.dataProvider().addFeatures(features)
    if style:
        apply_style(layer, style)
    layer.setOpacity(opacity)
    return layer


def lines_layer(source, extent, crs, title: str) -> Optional[QgsVectorLayer]:
    """Background lines (streets) in one quiet grey, whatever fields the layer has."""
    layer = clipped_copy(source, extent, crs, title, fields=[])
    if layer is not None:
        layer.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
            {"line_color": "#9e9e9e", "line_width": "0.35"})))
    return layer


def outline_layer(source, extent, crs, title: str, name_field: Optional[str]) -> Optional[QgsVectorLayer]:
    layer = clipped_copy(source, extent, crs, title, fields=[name_field] if name_field else [])
    if layer is None:
        return None
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "255,255,255,0", "outline_color": "#542788", "outline_width": "0.5", "outline_style": "dash"})))
    if name_field:
        _labels(layer, name_field, 8, "#542788", True)
    return layer


def places_near(places: Places, x: float, y: float, reach: float) -> Places:
    d = np.hypot(np.asarray(places.x) - x, np.asarray(places.y) - y)
    keep = np.flatnonzero(d <= reach)
    return Places(np.asarray(places.x)[keep], np.asarray(places.y)[keep], [places.category[k] for k in keep],
                  [places.name[k] for k in keep] if places.name else [])
