"""Output fields through one helper: the right type on QGIS 3.22 and 3.40, no deprecation
warning (QgsField(name, QVariant.X) warns from QGIS 3.38)."""

import ast
import warnings
from pathlib import Path

import pytest
from qgis.core import QgsFields, QgsVectorLayer

from infosegura_plugin.core.fields import KINDS, make_field

ROOT = Path(__file__).resolve().parents[2]
# Qt's type ids: the same numbers in QVariant::Type (QGIS 3.22) and QMetaType::Type (3.38+).
TYPE_IDS = {"string": 10, "int": 2, "int64": 4, "double": 6, "date": 14, "datetime": 16, "bool": 1}


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_makes_a_field_a_layer_keeps_without_a_warning(kind):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        field = make_field(f"f_{kind}", kind, 12 if kind == "string" else 0)
    assert [str(w.message) for w in caught if issubclass(w.category, DeprecationWarning)] == []
    layer = QgsVectorLayer("None", "t", "memory")
    assert layer.dataProvider().addAttributes([field])
    layer.updateFields()
    kept = layer.fields().field(f"f_{kind}")
    assert int(field.type()) == int(kept.type()) == TYPE_IDS[kind]
    if kind == "string":
        assert field.length() == 12


def test_the_type_of_an_existing_field_is_copied():
    for kind in KINDS:
        copied = make_field("copy", make_field("original", kind).type())
        assert int(copied.type()) == TYPE_IDS[kind]


def test_an_unknown_kind_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown field kind 'float'"):
        make_field("x", "float")


def test_fields_are_made_only_through_make_field():
    """A QgsField(name, type) call elsewhere would warn on QGIS >= 3.38: use make_field."""
    offenders = []
    for path in sorted((ROOT / "infosegura_plugin").rglob("*.py")):
        if path.name == "fields.py" and path.parent.name == "core":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "QgsField"
                    and len(node.args) + len(node.keywords) >= 2):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == [], "use infosegura_plugin.core.fields.make_field"


def test_a_qgsfields_of_made_fields_keeps_names_and_order():
    fields = QgsFields()
    for name, kind in (("cell_id", "int64"), ("gi_z", "double"), ("risk_class", "string")):
        fields.append(make_field(name, kind))
    assert fields.names() == ["cell_id", "gi_z", "risk_class"]
