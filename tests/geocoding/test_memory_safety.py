"""The address memory is never lost: an existing file is never re-created, a read-only,
foreign or non-GeoPackage file is refused with a clear message and left untouched, a
layer without a CRS is refused, and a remembered point that cannot be placed is skipped
and reported instead of crashing the geocoder."""

import hashlib
import os
import sqlite3
import stat

import pytest
from qgis.core import QgsPointXY, QgsProcessingException, QgsVectorLayer

from infosegura_plugin.core.geocoding.address_memory import (
    AddressMemory,
    AddressMemoryError,
    Placement,
    memory_key,
)
from tests.layers import RecordingFeedback

from . import synthetic_town as town


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def reviewed(addresses, crs="EPSG:32616"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=Address:string&field=gc_type:string", "reviewed", "memory")
    features = []
    for k, text in enumerate(addresses):
        feature = town.QgsFeature(layer.fields())
        feature.setGeometry(town.QgsGeometry.fromPointXY(QgsPointXY(town.X0 + 100 * k, town.Y0 + 50)))
        feature.setAttributes([text, "manual"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def remember(run_algorithm, path, addresses=("Church Street",), **extra):
    parameters = {"INPUT": reviewed(addresses), "ADDRESS_FIELD": "Address", "MEMORY_PATH": str(path)}
    parameters.update(extra)
    return run_algorithm("infosegura:rememberplacements", parameters)


def test_an_existing_memory_is_added_to_never_recreated(run_algorithm, tmp_path):
    path = tmp_path / "memory.gpkg"
    remember(run_algorithm, path, ["Church Street", "Ring Road"], SOURCE="2024")
    remember(run_algorithm, path, ["Mountain View Blvd"], SOURCE="2025")
    stored = AddressMemory(path).load()
    assert sorted(p.source for p in stored.values()) == ["2024", "2024", "2025"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".infosegura-tmp")]


def test_a_read_only_memory_is_refused_and_untouched(run_algorithm, tmp_path):
    path = tmp_path / "memory.gpkg"
    remember(run_algorithm, path)
    before = digest(path)
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        with pytest.raises(QgsProcessingException, match=r"memory\.gpkg is read-only, so nothing was remembered"):
            remember(run_algorithm, path, ["Ring Road"])
    finally:
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    assert digest(path) == before
    assert list(AddressMemory(path).load()) == [("", memory_key("Church Street"))]


def test_a_file_that_is_not_a_geopackage_is_refused_and_untouched(run_algorithm, tmp_path):
    path = tmp_path / "memory.gpkg"
    path.write_text("my notes, not a GeoPackage\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"memory\.gpkg is not a GeoPackage, so it was left untouched"):
        remember(run_algorithm, path)
    assert path.read_text(encoding="utf-8") == "my notes, not a GeoPackage\n"
    with pytest.raises(AddressMemoryError, match="not a GeoPackage"):
        AddressMemory(path).load()


def test_a_foreign_geopackage_is_refused(run_algorithm, tmp_path):
    other = tmp_path / "project.gpkg"
    run_algorithm("infosegura:loadsample", {"OUTPUT": str(other)})
    before = digest(other)
    with pytest.raises(QgsProcessingException, match="GeoPackage of other data, not an address memory"):
        remember(run_algorithm, other)
    assert digest(other) == before
    foreign = tmp_path / "foreign.gpkg"
    town_table = town.register_table(["a"])
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", "address_memory"
    QgsVectorFileWriter.writeAsVectorFormatV3(town_table, str(foreign), QgsCoordinateTransformContext(), options)
    with pytest.raises(QgsProcessingException, match="was not made by InfoSegura .it has no field normalised_address"):
        remember(run_algorithm, foreign)


def test_a_memory_path_inside_a_file_is_a_clear_error(run_algorithm, tmp_path):
    blocker = tmp_path / "results.gpkg"
    blocker.write_bytes(b"x")
    with pytest.raises(QgsProcessingException, match="results.gpkg is a file, not a folder"):
        remember(run_algorithm, blocker / "memory.gpkg")


def shapefile_without_prj(layer, path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    path.with_suffix(".prj").unlink()
    result = QgsVectorLayer(str(path), "no_crs", "ogr")
    assert result.isValid() and not result.crs().isValid()
    return result


def test_a_layer_without_a_crs_is_refused(run_algorithm, tmp_path):
    path = tmp_path / "memory.gpkg"
    layer = shapefile_without_prj(reviewed(["Church Street"]), tmp_path / "reviewed.shp")
    with pytest.raises(QgsProcessingException, match="has no coordinate reference system .* nothing was remembered"):
        run_algorithm("infosegura:rememberplacements", {"INPUT": layer, "ADDRESS_FIELD": "Address",
                                                        "MEMORY_PATH": str(path)})
    assert not path.exists()


def test_the_geocoder_skips_and_reports_points_it_cannot_place(run_algorithm, tmp_path):
    path = tmp_path / "memory.gpkg"
    AddressMemory(path).remember([
        Placement("Church Street", town.X0 + 700, town.Y0 + 520, "EPSG:32616", source="good"),
        Placement("Ring Road", 1e30, 5.0, "EPSG:4326", source="degrees out of range"),
        Placement("Zanzibar Crescent", 300.0, 200.0, "", source="no crs"),
    ])
    feedback = RecordingFeedback()
    result = run_algorithm("infosegura:geocodeaddresses", {
        "INPUT": town.register_table(["Church Street", "Ring Road", "Zanzibar Crescent"]), "ADDRESS_FIELD": "Address",
        "STREETS": town.streets_layer(), "STREET_NAME_FIELD": "name", "USE_MEMORY": True, "MEMORY_PATH": str(path),
        "OUTPUT": "memory:"}, feedback=feedback)
    types = [f["gc_type"] for f in result["OUTPUT"].getFeatures()]
    assert types[0] == "memory" and "memory" not in types[1:]
    assert any(m.startswith("2 remembered placements") and "were skipped" in m for m in feedback.messages)


def test_a_new_memory_is_complete_or_absent(tmp_path):
    path = tmp_path / "memory.gpkg"
    with pytest.raises((TypeError, AddressMemoryError)):  # fails on the second row
        AddressMemory(path).remember([Placement("Church Street", 1.0, 1.0, "EPSG:32616"),
                                      Placement("Ring Road", 1.0, 2.0, "EPSG:32616", who=object())])
    assert not path.exists()
    AddressMemory(path).remember([Placement("Church Street", 1.0, 2.0, "EPSG:32616")])
    connection = sqlite3.connect(str(path))
    try:
        assert connection.execute("SELECT count(*) FROM address_memory").fetchone()[0] == 1
    finally:
        connection.close()
