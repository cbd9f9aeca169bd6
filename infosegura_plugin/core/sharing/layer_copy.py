"""Copying a layer into a GeoPackage table, feature by feature (with progress and cancel),
leaving out chosen rows, and carrying the layer's current style along."""

import re
import unicodedata
from pathlib import Path
from typing import Callable, Iterable, Optional, Set

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsRuleBasedRenderer,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ...i18n import tr
from ..cancel import check_canceled


class TableWriteError(RuntimeError):
    pass


def table_name(text: str, taken: Iterable[str] = ()) -> str:
    """A plain, unique table name from a layer name: ``Risk terrain (fitted)`` -> ``risk_terrain_fitted``."""
    folded = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    name = re.sub(r"[^a-z0-9]+", "_", folded).strip("_") or "layer"
    if name[0].isdigit():
        name = "t_" + name
    taken = {t.lower() for t in taken}
    candidate, number = name, 2
    while candidate in taken or candidate.startswith(("gpkg_", "rtree_", "sqlite_")) or candidate == "layer_styles":
        candidate, number = f"{name}_{number}", number + 1
    return candidate


def write_table(
    layer: QgsVectorLayer,
    gpkg: Path,
    table: str,
    skip_ids: Set[int] = frozenset(),
    fields: Optional[QgsFields] = None,
    row: Optional[Callable[[QgsFeature], list]] = None,
    feedback=None,
    progress=(0.0, 100.0),
) -> int:
    """Write the features of ``layer`` not in ``skip_ids`` as ``table`` of ``gpkg``.

    ``fields``/``row``: another attribute table and how to make a row of it (default: as
    the layer has them). ``progress``: the part of the feedback's bar this copy fills.
    Returns the number of rows written."""
    fields = fields if fields is not None else layer.fields()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = table
    options.fileEncoding = "UTF-8"
    if Path(gpkg).exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(str(gpkg), fields, layer.wkbType(), layer.crs(),
                                        QgsCoordinateTransformContext(), options)
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise TableWriteError(tr("Could not write {} to {}: {}").format(table, gpkg, writer.errorMessage()))
    total = max(layer.featureCount(), 1)
    written = 0
    try:
        for count, feature in enumerate(layer.getFeatures(QgsFeatureRequest())):
            if count % 500 == 0:
                check_canceled(feedback)
                if feedback is not None:
                    feedback.setProgress(progress[0] + (progress[1] - progress[0]) * count / total)
            if feature.id() in skip_ids:
                continue
            if row is not None:
                copy = QgsFeature(fields)
                copy.setGeometry(feature.geometry())
                copy.setAttributes(row(feature))
                feature = copy
            if not writer.addFeature(feature, QgsFeatureSink.FastInsert):
                raise TableWriteError(tr("Could not write {} to {}: {}").format(table, gpkg, writer.errorMessage()))
            written += 1
    finally:
        del writer  # closes the table
    return written


def style_document(layer: QgsVectorLayer) -> QDomDocument:
    """The layer's current style (symbology, labels, forms...) as a QML document."""
    document = QDomDocument()
    layer.exportNamedStyle(document)
    return document


def store_style(uri: str, document: QDomDocument, name: str, description: str = "",
                without: Optional[Callable[[str], bool]] = None) -> QgsVectorLayer:
    """Open the written table, give it the style and store that as its default style.

    ``without(text)``: legend classes (categories, rules) whose value or label it accepts
    are removed first. Returns the styled layer."""
    layer = QgsVectorLayer(uri, name, "ogr")
    if not layer.isValid():
        raise TableWriteError(tr("Could not open {} after writing it.").format(uri))
    layer.importNamedStyle(document)
    if without is not None:
        drop_legend_classes(layer, without)
    error = layer.saveStyleToDatabase(name, description, True, "")
    if error:
        raise TableWriteError(tr("Could not store the style of {}: {}").format(uri, error))
    return layer


def drop_legend_classes(layer: QgsVectorLayer, matches: Callable[[str], bool]) -> int:
    """Remove categories / rules whose value or label ``matches``; return how many."""
    renderer = layer.renderer()
    removed = 0
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index in reversed(range(len(renderer.categories()))):
            category = renderer.categories()[index]
            if matches(str(category.value())) or matches(category.label()):
                renderer.deleteCategory(index)
                removed += 1
    elif isinstance(renderer, QgsRuleBasedRenderer):
        removed += _drop_rules(renderer.rootRule(), matches)
    return removed


def _drop_rules(rule, matches) -> int:
    removed = 0
    for child in list(rule.children()):
        if matches(child.label() or "") or matches(child.filterExpression() or ""):
            rule.removeChild(child)
            removed += 1
        else:
            removed += _drop_rules(child, matches)
    return removed


def apply_qml(layer: QgsVectorLayer, style_name: str) -> bool:
    """Give ``layer`` the shipped style ``resources/styles/<style_name>.qml``.

    Not ``loadNamedStyle``: for a GeoPackage layer with a default style in the file, QGIS
    loads that one instead of the file it is given."""
    from ...paths import style_path

    document = QDomDocument()
    try:
        text = style_path(style_name).read_text(encoding="utf-8")
    except OSError:
        return False
    if not document.setContent(text)[0]:
        return False
    ok = layer.importNamedStyle(document)[0]
    layer.triggerRepaint()
    return bool(ok)
