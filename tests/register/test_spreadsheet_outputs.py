"""Outputs written as CSV, XLSX or ODS: no cell and no column heading that a spreadsheet
would run (issue 12 §12), for every algorithm, since all write through one base-class sink."""

import csv
import inspect
from pathlib import Path

import pytest
from osgeo import ogr
from qgis.core import QgsFields

from infosegura_plugin.core.fields import make_field
from infosegura_plugin.core.register.csv_safety import formula_safe_fields
from infosegura_plugin.processing.algorithms import ALGORITHMS, all_algorithms

from ..geocoding import synthetic_town as town

HOSTILE = "=cmd|' /C calc'!A0"


def test_every_algorithm_writes_its_outputs_through_the_formula_safe_sink(plugin):
    algorithms = all_algorithms()
    assert len(algorithms) == len(ALGORITHMS)
    for algorithm in algorithms:
        source = inspect.getsource(inspect.getmodule(type(algorithm)))
        assert "parameterAsSink(" not in source, f"{type(algorithm).__name__} must write through self.output_sink()"


def test_field_names_are_escaped_like_cells_keeping_order_and_types():
    fields = QgsFields()
    for name, kind in ((HOSTILE, "string"), ("-88.77", "double"), ("@x", "int"), ("Address", "string")):
        fields.append(make_field(name, kind))
    safe = formula_safe_fields(fields)
    assert safe.names() == ["'" + HOSTILE, "-88.77", "'@x", "Address"]
    assert [safe.at(i).type() for i in range(safe.count())] == [fields.at(i).type() for i in range(fields.count())]
    assert fields.names()[0] == HOSTILE  # the algorithm's own fields are left as they were


def _headings_and_rows(path: Path):
    if path.suffix == ".csv":
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
        return rows[0], rows[1:]
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    return names, [[feature.GetFieldAsString(i) for i in range(len(names))] for feature in layer]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_register_headings_and_cells_are_escaped(run_algorithm, tmp_path, suffix):
    register = tmp_path / "register.csv"
    register.write_text(f"Licence No.,Address,{HOSTILE}\nL1,12 Forest Drive,=1+1\n", encoding="utf-8")
    output = tmp_path / f"out{suffix}"
    run_algorithm("infosegura:importregister", {"INPUT": str(register), "OUTPUT": str(output)})
    headings, rows = _headings_and_rows(output)
    assert headings[:3] == ["Licence No.", "Address_original", "'" + HOSTILE]
    assert rows[0][:3] == ["L1", "12 Forest Drive", "'=1+1"]
    assert not any(heading.startswith(("=", "+", "-", "@")) for heading in headings)


def test_a_heading_the_geocoder_copies_from_its_input_is_escaped_too(run_algorithm, tmp_path):
    table = town.register_table(["#12 Mountain View Blvd"])
    provider = table.dataProvider()
    provider.addAttributes([make_field(HOSTILE, "string")])
    table.updateFields()
    output = tmp_path / "geocoded.csv"
    run_algorithm("infosegura:geocodeaddresses", {
        "INPUT": table, "ADDRESS_FIELD": "Address", "STREETS": town.streets_layer(), "STREET_NAME_FIELD": "name",
        "OUTPUT": str(output),
    })
    headings, rows = _headings_and_rows(output)
    assert "'" + HOSTILE in headings and HOSTILE not in headings
    assert len(rows) == 1
