"""A register imported into a GeoPackage is written in bulk (core/register/gpkg_output):
what QGIS reads back is what the QGIS feature sink writes. Synthetic registers only."""

import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

import infosegura_plugin.processing.algorithms.import_register as import_register
from infosegura_plugin.core.cancel import CanceledError
from infosegura_plugin.core.register import read_register
from infosegura_plugin.core.register.gpkg_output import write_register_gpkg
from infosegura_plugin.core.register.output_fields import output_field_names

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample"


def _rows(path: str):
    layer = QgsVectorLayer(path, "imported", "ogr")
    assert layer.isValid(), path
    fields = [(f.name(), f.typeName().lower()) for f in layer.fields()]
    rows = []
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        rows.append((feature.attributes(), None if geometry.isNull() else geometry.asWkt(6)))
    return layer, fields, rows


def _import_both_ways(run_algorithm, tmp_path, monkeypatch, register: Path):
    bulk = []
    with monkeypatch.context() as spied:
        spied.setattr(import_register, "write_register_gpkg",
                      lambda *args, **kwargs: bulk.append(args[1]) or write_register_gpkg(*args, **kwargs))
        fast = run_algorithm("infosegura:importregister", {
            "INPUT": str(register), "REFERENCE_DATE": "2026-01-01", "OUTPUT": str(tmp_path / "fast.gpkg")})["OUTPUT"]
    assert bulk == ["fast"]  # the GeoPackage output went the bulk way
    with monkeypatch.context() as patched:
        patched.setattr(import_register, "gpkg_table_target", lambda _dest: None)  # the feature sink instead
        slow = run_algorithm("infosegura:importregister", {
            "INPUT": str(register), "REFERENCE_DATE": "2026-01-01", "OUTPUT": str(tmp_path / "sink.gpkg")})["OUTPUT"]
    return fast, slow


def _sqlite(path: str):
    return sqlite3.connect(path.split("|")[0])


def test_the_bulk_output_reads_as_the_sink_output(run_algorithm, tmp_path, monkeypatch):
    fast, slow = _import_both_ways(run_algorithm, tmp_path, monkeypatch, SAMPLE / "licence_register.xlsx")
    fast_layer, fast_fields, fast_rows = _rows(fast)
    _slow_layer, slow_fields, slow_rows = _rows(slow)
    assert fast_fields == slow_fields
    assert len(fast_rows) == len(slow_rows) == 200
    assert fast_rows == slow_rows  # attributes (text, dates, integers) and points, row by row
    points = [wkt for _attributes, wkt in fast_rows if wkt and "EMPTY" not in wkt]
    assert 0 < len(points) < 200  # the sample has rows with and without coordinates
    assert fast_layer.crs().authid() == "EPSG:32616"
    assert fast_layer.extent() == _slow_layer.extent()
    # The spatial index answers as the one QGIS builds, and SQLite finds it sound.
    box = fast_layer.extent()
    half = QgsRectangle(box.xMinimum(), box.yMinimum(), box.center().x(), box.yMaximum())
    ids = {f["licence_id"] for f in fast_layer.getFeatures(QgsFeatureRequest().setFilterRect(half))}
    assert ids and ids == {f["licence_id"] for f in _slow_layer.getFeatures(QgsFeatureRequest().setFilterRect(half))}
    connection = _sqlite(fast)
    try:
        table = connection.execute("SELECT table_name FROM gpkg_contents WHERE table_name <> 'layer_styles'").fetchone()[0]
        assert connection.execute(f"SELECT rtreecheck('rtree_{table}_geom')").fetchone()[0] == "ok"
        assert connection.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 200
        triggers = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        connection.close()
    assert any(name.startswith(f"rtree_{table}_geom_insert") for name in triggers)  # restored for later edits


def test_a_register_without_coordinates_is_a_table_both_ways(run_algorithm, tmp_path, monkeypatch):
    source = (SAMPLE / "licence_register.csv").read_text(encoding="cp1252").splitlines()
    register = tmp_path / "no_points.csv"
    register.write_text("\n".join(",".join(line.split(",")[:7]) for line in source[:40]) + "\n", encoding="cp1252")
    fast, slow = _import_both_ways(run_algorithm, tmp_path, monkeypatch, register)
    fast_layer, fast_fields, fast_rows = _rows(fast)
    assert (fast_fields, fast_rows) == _rows(slow)[1:]
    assert len(fast_rows) == 39 and not fast_layer.isSpatial()


def test_a_cancel_leaves_the_table_empty(run_algorithm, tmp_path):
    output = tmp_path / "out.gpkg"
    run_algorithm("infosegura:importregister", {
        "INPUT": str(SAMPLE / "licence_register.csv"), "REFERENCE_DATE": "2026-01-01", "OUTPUT": str(output)})
    connection = sqlite3.connect(output)
    table = connection.execute("SELECT table_name FROM gpkg_contents WHERE table_name <> 'layer_styles'").fetchone()[0]
    connection.execute(f'DELETE FROM "{table}"')
    connection.commit()
    connection.close()
    register = read_register(SAMPLE / "licence_register.csv", reference_date="2026-01-01")
    names = sum(output_field_names(register.headers), [])

    class Canceled:
        def isCanceled(self):
            return True

    with pytest.raises(CanceledError):
        write_register_gpkg(str(output), table, register.records, names, feedback=Canceled())
    connection = sqlite3.connect(output)
    try:
        assert connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == 0
    finally:
        connection.close()
    assert write_register_gpkg(str(output), table, register.records, names) == 200


def test_appending_to_an_imported_layer_adds_the_rows(run_algorithm, tmp_path):
    """The dialog's "Append to Layer...": rows go into the existing table through QGIS."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProcessingOutputLayerDefinition,
        QgsProperty,
        QgsRemappingSinkDefinition,
    )

    register = SAMPLE / "licence_register.csv"
    first = run_algorithm("infosegura:importregister", {
        "INPUT": str(register), "REFERENCE_DATE": "2026-01-01", "OUTPUT": str(tmp_path / "all.gpkg")})["OUTPUT"]
    layer = QgsVectorLayer(first, "register", "ogr")
    before = [f.attributes() for f in layer.getFeatures()]
    connection = _sqlite(first)  # the analyst restyles the layer as they like it
    connection.execute("UPDATE layer_styles SET styleName = 'mine', styleQML = replace(styleQML, 'Matched', 'Mine')")
    connection.commit()
    connection.close()
    styles = _stored_styles(first)
    mapping = QgsRemappingSinkDefinition()
    mapping.setDestinationFields(layer.fields())
    mapping.setDestinationWkbType(layer.wkbType())
    mapping.setDestinationCrs(layer.crs())
    mapping.setSourceCrs(QgsCoordinateReferenceSystem("EPSG:32616"))
    mapping.setFieldMap({f.name(): QgsProperty.fromField(f.name()) for f in layer.fields() if f.name() != "fid"})
    destination = QgsProcessingOutputLayerDefinition(first)
    destination.setRemappingDefinition(mapping)
    del layer
    run_algorithm("infosegura:importregister", {"INPUT": str(register), "REFERENCE_DATE": "2026-01-01",
                                               "OUTPUT": destination})
    after = [f.attributes() for f in QgsVectorLayer(first, "register", "ogr").getFeatures()]
    assert len(after) == 400
    assert after[:200] == before
    assert [row[1:] for row in after[200:]] == [row[1:] for row in before]  # the same rows again, new fids
    assert _stored_styles(first) == styles and len(styles) == 1  # the layer keeps the style it had


def _stored_styles(uri: str):
    connection = _sqlite(uri)
    try:
        return connection.execute("SELECT f_table_name, styleName, styleQML, update_time FROM layer_styles").fetchall()
    finally:
        connection.close()
