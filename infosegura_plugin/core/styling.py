"""Styles that travel with the data: QML from ``resources/styles`` applied to layers
and stored in a GeoPackage as the layer's default style, so another agency's QGIS opens
it styled too."""

from pathlib import Path
from typing import Optional, Tuple

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingLayerPostProcessorInterface,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ..paths import style_path
from .atomic_files import staged_location
from .legend_labels import translate_legend


def apply_style(layer: QgsVectorLayer, style_name: str) -> bool:
    """Apply ``resources/styles/<style_name>.qml`` to ``layer`` with its legend labels in
    the user's language; False when the style is missing."""
    path = style_path(style_name)
    if not path.exists() or layer is None or not layer.isValid():
        return False
    _message, ok = layer.loadNamedStyle(str(path))
    if ok:
        translate_legend(layer)
        layer.triggerRepaint()
    return bool(ok)


def split_gpkg_uri(uri: str) -> Optional[Tuple[str, Optional[str]]]:
    """``(path, layername)`` when ``uri`` is a GeoPackage source, else None."""
    path, _sep, rest = uri.partition("|")
    if not path.lower().endswith(".gpkg"):
        return None
    layer_name = None
    for part in rest.split("|"):
        if part.startswith("layername="):
            layer_name = part[len("layername="):]
    return path, layer_name


def store_default_style(layer: QgsVectorLayer, style_name: str) -> bool:
    """Save the layer's current style in its GeoPackage as the default style."""
    if split_gpkg_uri(layer.source()) is None:
        return False
    # QGIS 3.22 waits forever when saving over a stored style of the same name (a table
    # written again, the sample loaded twice): the old one is deleted first.
    related, ids, names, _descriptions, _message = layer.listStylesInDatabase()
    for style_id, name in zip(ids[:related], names[:related]):  # this table's styles come first
        if name == style_name:
            layer.deleteStyleFromDatabase(style_id)
    error = layer.saveStyleToDatabase(style_name, "InfoSegura", True, "")
    return not error


def style_gpkg_layer(uri: str, style_name: str) -> bool:
    """Open a written GeoPackage layer, apply the QML and store it as the default style.

    Used at the end of an algorithm (after its sink is closed) so the style is in the file
    whether the output was written from the toolbox, a model or ``qgis_process``.
    """
    uri = staged_location(uri)  # an output still being written aside (core.atomic_files)
    if split_gpkg_uri(uri) is None:
        return False
    # Not loading the stored style: reading layer_styles through one handle and writing it
    # through another in the same process waits forever once the table holds a style.
    options = QgsVectorLayer.LayerOptions(QgsProject.instance().transformContext())
    options.loadDefaultStyle = False
    layer = QgsVectorLayer(uri, style_name, "ogr", options)
    if not layer.isValid() or not apply_style(layer, style_name):
        return False
    return store_default_style(layer, style_name)


class _ApplyStyle(QgsProcessingLayerPostProcessorInterface):
    """Styles an output when Processing loads it into the project."""

    def __init__(self, style_name: str):
        super().__init__()
        self.style_name = style_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS API)
        if isinstance(layer, (QgsVectorLayer, QgsRasterLayer)):
            apply_style(layer, self.style_name)


# Processing keeps only a C++ pointer to post-processors: hold the Python objects here.
_post_processors = []


# Outputs appended to an existing layer: that layer keeps the style it has (the user's own,
# perhaps); see ``keep_style_of``.
_kept_styles = set()


def keep_style_of(dest_id: str) -> None:
    """The next ``style_output`` for ``dest_id`` leaves its style alone (rows appended to
    an existing layer)."""
    _kept_styles.add(dest_id)


def style_output(context: QgsProcessingContext, dest_id: str, style_name: str) -> None:
    """Style an algorithm output: in the file when it is a GeoPackage, and when loaded."""
    if dest_id in _kept_styles:
        _kept_styles.discard(dest_id)
        return
    style_gpkg_layer(dest_id, style_name)
    style_on_load(context, dest_id, style_name)


def style_on_load(context: QgsProcessingContext, dest_id: str, style_name: str) -> None:
    """Style a layer when Processing loads it into the project (Processing opens layers
    without the default style stored in their GeoPackage)."""
    if context.willLoadLayerOnCompletion(dest_id):
        processor = _ApplyStyle(style_name)
        _post_processors.append(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def style_exists(style_name: str) -> bool:
    return Path(style_path(style_name)).exists()
