"""Writing the public layers to one GeoPackage: styled, marked PUBLIC, with the removal
summary (counts only) as metadata and as the table ``removal_summary``."""

import json
import re
from pathlib import Path
from typing import List

from qgis.core import QgsFeature, QgsRuleBasedRenderer, QgsVectorLayer

from ...i18n import tr
from ..atomic_files import replacing
from ..fields import INT, STRING, make_field
from ..sensitive import SensitivePolicy
from .bundle_record import CLASSIFICATION_KEY, PUBLIC
from .gpkg_metadata import write_items
from .layer_copy import apply_qml, drop_legend_classes, store_style, style_document, write_table
from .public_export import PublicLayer

SUMMARY_TABLE = "removal_summary"
SUMMARY_KEY = "INFOSEGURA_REMOVED"
_RANGE = re.compile(r'"incidents" >= (\d+) AND "incidents" <= (\d+)')


def write_public_export(layers: List[PublicLayer], summary, output: Path, min_count: int,
                        policy: SensitivePolicy, feedback=None) -> Path:
    """Write ``layers`` and the summary to ``output`` (replaced only when complete)."""
    output = Path(output)
    items = {CLASSIFICATION_KEY: PUBLIC, SUMMARY_KEY: json.dumps(dict(summary), sort_keys=True),
             "INFOSEGURA_MIN_COUNT": str(min_count)}
    with replacing(output, make_folder=True) as work:
        for index, public in enumerate(layers):
            part = (50.0 + 50.0 * index / (len(layers) + 1), 50.0 + 50.0 * (index + 1) / (len(layers) + 1))
            write_table(public.layer, work, public.table, feedback=feedback, progress=part)
            uri = f"{work}|layername={public.table}"
            styled = QgsVectorLayer(uri, public.table, "ogr")
            if public.style_from is not None:
                styled.importNamedStyle(style_document(public.style_from))
            elif public.style:
                apply_qml(styled, public.style)
                adapt_incident_rules(styled, min_count)
            drop_legend_classes(styled, policy.is_sensitive_category)
            store_style(uri, style_document(styled), public.table, "InfoSegura public export")
            del styled
        _write_summary_table(work, summary)
        # The metadata last: once a GeoPackage has a gpkg_metadata table, QGIS 3.40 with
        # GDAL 3.10 prints "ERROR 1: sqlite3_get_table(... gpkg_metadata ...) failed" when
        # it closes a layer it read while a style was being stored (WAL mode by then).
        for table in [public.table for public in layers] + [SUMMARY_TABLE]:
            write_items(work, items, table)
        write_items(work, items)
    return output


def adapt_incident_rules(layer: QgsVectorLayer, min_count: int) -> None:
    """The legend of incident counts says this export's threshold, in the user's language."""
    renderer = layer.renderer()
    if not isinstance(renderer, QgsRuleBasedRenderer):
        return
    root = renderer.rootRule()
    for rule in list(root.children()):
        expression = rule.filterExpression() or ""
        if '"suppressed" = 1' in expression:
            rule.setLabel(tr("<{} (fewer than {}, or withheld so a small count cannot be worked out)").format(
                min_count, min_count))
            continue
        found = _RANGE.search(expression)
        if not found:
            continue
        low, high = max(int(found.group(1)), min_count), int(found.group(2))
        if high < min_count:
            root.removeChild(rule)
            continue
        rule.setFilterExpression(_RANGE.sub(f'"incidents" >= {low} AND "incidents" <= {high}', expression))
        rule.setLabel(tr("{} or more").format(low) if high >= 1_000_000 else f"{low} – {high}")


def _write_summary_table(work: Path, summary) -> None:
    table = QgsVectorLayer("None", SUMMARY_TABLE, "memory")
    table.dataProvider().addAttributes([make_field("item", STRING), make_field("count", INT)])
    table.updateFields()
    features = []
    for key, value in summary.items():
        feature = QgsFeature(table.fields())
        feature.setAttributes([key, int(value)])
        features.append(feature)
    table.dataProvider().addFeatures(features)
    write_table(table, work, SUMMARY_TABLE)
