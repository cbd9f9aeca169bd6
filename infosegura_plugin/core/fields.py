"""Output fields on every supported QGIS.

``QgsField(name, QVariant.X)`` is deprecated from QGIS 3.38 (it takes a ``QMetaType``
there and warns on a ``QVariant`` type); 3.22 has only the ``QVariant`` form. Every field
the plugin writes is made here, by kind: ``make_field("gi_z", DOUBLE)``.
"""

from qgis.core import Qgis, QgsField
from qgis.PyQt.QtCore import QMetaType, QVariant

STRING = "string"
INT = "int"
INT64 = "int64"
DOUBLE = "double"
DATE = "date"
DATETIME = "datetime"
BOOL = "bool"

_USE_METATYPE = Qgis.QGIS_VERSION_INT >= 33800
_TYPES = {  # kind: (QVariant type before 3.38, QMetaType type from 3.38)
    STRING: (QVariant.String, QMetaType.QString),
    INT: (QVariant.Int, QMetaType.Int),
    INT64: (QVariant.LongLong, QMetaType.LongLong),
    DOUBLE: (QVariant.Double, QMetaType.Double),
    DATE: (QVariant.Date, QMetaType.QDate),
    DATETIME: (QVariant.DateTime, QMetaType.QDateTime),
    BOOL: (QVariant.Bool, QMetaType.Bool),
}
KINDS = tuple(_TYPES)


def make_field(name: str, kind, length: int = 0, precision: int = 0) -> QgsField:
    """A field ``name`` of ``kind``: one of :data:`KINDS`, or the ``type()`` of an existing
    field (to copy its type); with an optional length and precision."""
    if isinstance(kind, str):
        try:
            variant_type, meta_type = _TYPES[kind]
        except KeyError:
            raise ValueError(f"unknown field kind {kind!r}; use one of {', '.join(KINDS)}") from None
    else:  # Qt's type ids are the same numbers in QVariant::Type and QMetaType::Type
        variant_type, meta_type = QVariant.Type(int(kind)), QMetaType.Type(int(kind))
    return QgsField(name, meta_type if _USE_METATYPE else variant_type, "", int(length), int(precision))
