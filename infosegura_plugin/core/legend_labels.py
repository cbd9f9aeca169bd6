"""Legend labels of the bundled styles, in the user's language.

The QML files in ``resources/styles`` keep one set of English labels for every language.
Applying a style (:func:`..styling.apply_style`) passes each category, range and rule
label through Qt's catalogue, context ``Styles``, so a Spanish QGIS shows a Spanish
legend and stores it with the layer. The table below lists every label of every QML:
pylupdate5 reads the marked literals, and a test checks the table against the QMLs.
Labels without a letter ("5 – 9") read the same in every language and are not listed.
"""

from typing import Dict, Tuple

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsPalettedRasterRenderer,
    QgsRuleBasedRenderer,
)
from qgis.PyQt.QtCore import QCoreApplication

CONTEXT = "Styles"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pylupdate5 reads)
    """Marks ``text`` for translation in ``context``; translated later by :func:`translate_label`."""
    return text


STYLE_LABELS: Dict[str, Tuple[str, ...]] = {
    "community_assets": (
        QT_TRANSLATE_NOOP("Styles", "School"),
        QT_TRANSLATE_NOOP("Styles", "Church"),
        QT_TRANSLATE_NOOP("Styles", "Health centre"),
        QT_TRANSLATE_NOOP("Styles", "Police"),
        QT_TRANSLATE_NOOP("Styles", "Park"),
        QT_TRANSLATE_NOOP("Styles", "Playground"),
        QT_TRANSLATE_NOOP("Styles", "Community centre"),
        QT_TRANSLATE_NOOP("Styles", "Youth centre"),
        QT_TRANSLATE_NOOP("Styles", "Bus terminal"),
        QT_TRANSLATE_NOOP("Styles", "Market"),
        QT_TRANSLATE_NOOP("Styles", "Shelter (sensitive)"),
    ),
    "community_profiles": (
        QT_TRANSLATE_NOOP("Styles", "Very high"),
        QT_TRANSLATE_NOOP("Styles", "High"),
        QT_TRANSLATE_NOOP("Styles", "Moderate"),
        QT_TRANSLATE_NOOP("Styles", "Low"),
        QT_TRANSLATE_NOOP("Styles", "Very low"),
        QT_TRANSLATE_NOOP("Styles", "No risk data"),
    ),
    "emerging_hotspots": (
        QT_TRANSLATE_NOOP("Styles", "Intensifying hot spot"),
        QT_TRANSLATE_NOOP("Styles", "Persistent hot spot"),
        QT_TRANSLATE_NOOP("Styles", "Consecutive hot spot"),
        QT_TRANSLATE_NOOP("Styles", "New hot spot"),
        QT_TRANSLATE_NOOP("Styles", "Diminishing hot spot"),
        QT_TRANSLATE_NOOP("Styles", "Sporadic hot spot"),
        QT_TRANSLATE_NOOP("Styles", "Oscillating hot spot"),
        QT_TRANSLATE_NOOP("Styles", "Historical hot spot"),
        QT_TRANSLATE_NOOP("Styles", "Intensifying cold spot"),
        QT_TRANSLATE_NOOP("Styles", "Persistent cold spot"),
        QT_TRANSLATE_NOOP("Styles", "Consecutive cold spot"),
        QT_TRANSLATE_NOOP("Styles", "New cold spot"),
        QT_TRANSLATE_NOOP("Styles", "Diminishing cold spot"),
        QT_TRANSLATE_NOOP("Styles", "Sporadic cold spot"),
        QT_TRANSLATE_NOOP("Styles", "Oscillating cold spot"),
        QT_TRANSLATE_NOOP("Styles", "Historical cold spot"),
        QT_TRANSLATE_NOOP("Styles", "No pattern detected"),
    ),
    "geocoded_premises": (
        QT_TRANSLATE_NOOP("Styles", "Matched"),
        QT_TRANSLATE_NOOP("Styles", "Tied: review (shown at the best candidate)"),
        QT_TRANSLATE_NOOP("Styles", "Unmatched (no location)"),
    ),
    "hotspots": (
        QT_TRANSLATE_NOOP("Styles", "Hot spot, 99% confidence"),
        QT_TRANSLATE_NOOP("Styles", "Hot spot, 95% confidence"),
        QT_TRANSLATE_NOOP("Styles", "Hot spot, 90% confidence"),
        QT_TRANSLATE_NOOP("Styles", "Not significant"),
        QT_TRANSLATE_NOOP("Styles", "Cold spot, 90% confidence"),
        QT_TRANSLATE_NOOP("Styles", "Cold spot, 95% confidence"),
        QT_TRANSLATE_NOOP("Styles", "Cold spot, 99% confidence"),
    ),
    "incidents": (
        QT_TRANSLATE_NOOP("Styles", "Period 1"),
        QT_TRANSLATE_NOOP("Styles", "Period 2"),
    ),
    "licence_register": (
        QT_TRANSLATE_NOOP("Styles", "On premise (bars, clubs, hotels, restaurants)"),
        QT_TRANSLATE_NOOP("Styles", "Off premise (shops, stores, wholesale)"),
        QT_TRANSLATE_NOOP("Styles", "Occasional (special events)"),
        QT_TRANSLATE_NOOP("Styles", "Unknown class"),
    ),
    "public_areas": (
        QT_TRANSLATE_NOOP("Styles", "<5 (fewer than 5, or withheld to protect a small count)"),
        QT_TRANSLATE_NOOP("Styles", "50 or more"),
    ),
    "public_cells": (
        QT_TRANSLATE_NOOP("Styles", "<5 (fewer than 5, or withheld to protect a small count)"),
        QT_TRANSLATE_NOOP("Styles", "50 or more"),
    ),
    "register_change_summary": (
        QT_TRANSLATE_NOOP("Styles", "3 or more fewer outlets"),
        QT_TRANSLATE_NOOP("Styles", "1 or 2 fewer"),
        QT_TRANSLATE_NOOP("Styles", "as many as before"),
        QT_TRANSLATE_NOOP("Styles", "1 or 2 more"),
        QT_TRANSLATE_NOOP("Styles", "3 or more additional outlets"),
    ),
    "register_changes": (
        QT_TRANSLATE_NOOP("Styles", "New premises"),
        QT_TRANSLATE_NOOP("Styles", "Closed"),
        QT_TRANSLATE_NOOP("Styles", "Moved"),
        QT_TRANSLATE_NOOP("Styles", "Class of licence changed"),
        QT_TRANSLATE_NOOP("Styles", "Renewed"),
        QT_TRANSLATE_NOOP("Styles", "Unchanged"),
    ),
    "risk_grid": (
        QT_TRANSLATE_NOOP("Styles", "Very low"),
        QT_TRANSLATE_NOOP("Styles", "Low"),
        QT_TRANSLATE_NOOP("Styles", "Moderate"),
        QT_TRANSLATE_NOOP("Styles", "High"),
        QT_TRANSLATE_NOOP("Styles", "Very high"),
    ),
    "risk_raster": (
        QT_TRANSLATE_NOOP("Styles", "Very low"),
        QT_TRANSLATE_NOOP("Styles", "Low"),
        QT_TRANSLATE_NOOP("Styles", "Moderate"),
        QT_TRANSLATE_NOOP("Styles", "High"),
        QT_TRANSLATE_NOOP("Styles", "Very high"),
    ),
    "streets": (
        QT_TRANSLATE_NOOP("Styles", "Highway"),
        QT_TRANSLATE_NOOP("Styles", "Ring road"),
        QT_TRANSLATE_NOOP("Styles", "Boulevard"),
        QT_TRANSLATE_NOOP("Styles", "Collector"),
        QT_TRANSLATE_NOOP("Styles", "Local street"),
    ),
}


def translate_label(label: str) -> str:
    """``label`` in the user's language (unchanged when the catalogue does not know it)."""
    if not label:
        return label
    return QCoreApplication.translate(CONTEXT, label)


def translate_legend(layer) -> int:
    """Translate the legend labels of ``layer``'s renderer in place; how many changed."""
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    changed = 0
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        for index, category in enumerate(renderer.categories()):
            text = translate_label(category.label())
            if text != category.label():
                renderer.updateCategoryLabel(index, text)
                changed += 1
    elif isinstance(renderer, QgsGraduatedSymbolRenderer):
        for index, class_range in enumerate(renderer.ranges()):
            text = translate_label(class_range.label())
            if text != class_range.label():
                renderer.updateRangeLabel(index, text)
                changed += 1
    elif isinstance(renderer, QgsPalettedRasterRenderer):  # the risk terrain raster
        for palette_class in renderer.classes():
            text = translate_label(palette_class.label)
            if text != palette_class.label:
                renderer.setLabel(palette_class.value, text)
                changed += 1
    elif isinstance(renderer, QgsRuleBasedRenderer):
        for rule in renderer.rootRule().descendants():
            text = translate_label(rule.label())
            if text != rule.label():
                rule.setLabel(text)
                changed += 1
    return changed
