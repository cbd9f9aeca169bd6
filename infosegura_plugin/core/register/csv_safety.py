"""Formula (CSV) injection: a cell that starts with '=', '+', '-' or '@' is run by Excel
or LibreOffice when the file is opened. We store such cells verbatim and escape them,
and column headings that start so, only when the plugin writes a table for a
spreadsheet (CSV, XLSX, ODS).

Plain numbers ("-88.77", "+501") are left alone: escaping them would turn every
negative longitude into text.
"""

import csv
import re
from pathlib import Path
from typing import Iterable, Sequence

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProxyFeatureSink

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
SPREADSHEET_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ods")


def escape_formula(value: object) -> object:
    """The value to write: text that a spreadsheet would run gets a leading apostrophe."""
    if not isinstance(value, str) or not value or not value.startswith(_TRIGGERS):
        return value
    if _PLAIN_NUMBER.match(value.strip()):
        return value
    return "'" + value


def is_spreadsheet_destination(destination: str) -> bool:
    """True when an output path or OGR URI writes a file a spreadsheet opens."""
    path = destination.split("|", 1)[0].strip().lower()
    if path.startswith("ogr:"):
        return False
    return path.endswith(SPREADSHEET_SUFFIXES)


def write_safe_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[object]],
                   encoding: str = "utf-8-sig", delimiter: str = ",") -> int:
    """Write a CSV with every cell escaped; returns the number of data rows written."""
    count = 0
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([escape_formula(header) for header in headers])
        for row in rows:
            writer.writerow(["" if cell is None else escape_formula(cell) for cell in row])
            count += 1
    return count


def formula_safe_fields(fields: QgsFields) -> QgsFields:
    """A copy of ``fields`` whose names a spreadsheet would run are escaped like cells
    (the order and the types are kept: features still match by position)."""
    safe = QgsFields()
    for index in range(fields.count()):
        field = QgsField(fields.at(index))
        escaped = escape_formula(field.name())
        if escaped != field.name():
            field.setName(escaped)
        safe.append(field)
    return safe


class FormulaSafeSink(QgsProxyFeatureSink):
    """Wraps an output sink that writes a spreadsheet file: text attributes that a
    spreadsheet would run are escaped on the way in. Used for every algorithm output,
    so a register's "=HYPERLINK(...)" remark is safe wherever it ends up."""

    def __init__(self, sink: QgsFeatureSink):
        super().__init__(sink)
        self._destination = sink  # the proxy does not own it: keep it alive with us

    @staticmethod
    def _escaped(feature: QgsFeature) -> QgsFeature:
        attributes = feature.attributes()
        escaped = [escape_formula(value) for value in attributes]
        if escaped != attributes:
            feature = QgsFeature(feature)
            feature.setAttributes(escaped)
        return feature

    def addFeature(self, feature, flags=QgsFeatureSink.Flags()):  # noqa: N802 (QGIS API)
        return super().addFeature(self._escaped(feature), flags)

    def addFeatures(self, features, flags=QgsFeatureSink.Flags()):  # noqa: N802 (QGIS API)
        return super().addFeatures([self._escaped(feature) for feature in features], flags)
