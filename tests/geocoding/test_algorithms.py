"""infosegura:geocodeaddresses and infosegura:rememberplacements end to end (synthetic town)."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from infosegura_plugin.core.geocoding.address_memory import AddressMemory, memory_key

from . import synthetic_town as town

ADDRESSES = [
    "#12 Mountain View Blvd", "Church Street", "cnr Ring Rd & Mountain View Blvd", "asdf", None,
    "frente al mercado", "Church St, San Martin", "Regent St, Belize City", "#12 Mountain View Blvd", "",
]


def geocode(run_algorithm, register, streets=None, **extra):
    parameters = {
        "INPUT": register, "ADDRESS_FIELD": "Address", "STREETS": streets or town.streets_layer(),
        "STREET_NAME_FIELD": "name", "AREAS": town.areas_layer(), "AREA_NAME_FIELD": "name",
        "LANDMARKS": town.landmarks_layer(), "LANDMARK_NAME_FIELD": "name", "OUTPUT": "memory:",
    }
    parameters.update(extra)
    return run_algorithm("infosegura:geocodeaddresses", parameters)


def rows(layer):
    return [dict(zip(layer.fields().names(), f.attributes()), geometry=f.geometry()) for f in layer.getFeatures()]


def test_every_row_exactly_once_with_counts(run_algorithm):
    result = geocode(run_algorithm, town.register_table(ADDRESSES))
    out = rows(result["OUTPUT"])
    assert [r["Address"] for r in out] == ADDRESSES
    assert result["MATCHED"] + result["TIED"] + result["UNMATCHED"] == len(ADDRESSES)
    assert (result["MATCHED"], result["TIED"], result["UNMATCHED"]) == (5, 1, 4)
    for row in out:
        assert row["gc_status"] in ("matched", "tied", "unmatched")
        assert row["gc_note"]
        if row["gc_status"] == "unmatched":
            assert row["geometry"].isNull()
            assert not row["gc_type"]
        else:
            assert not row["geometry"].isNull()
    tied = [r for r in out if r["gc_status"] == "tied"][0]
    assert "Church Street (San Martin)" in tied["gc_candidates"]
    assert result["OUTPUT"].crs().authid() == "EPSG:32616"


def test_repeated_and_missing_fids_come_out_once_each(run_algorithm, tmp_path):
    register = town.register_table(ADDRESSES, with_fid=[1, 1, 1, None, None, 2, 2, 3, 3, 3])
    out_path = tmp_path / "geocoded.gpkg"
    result = geocode(run_algorithm, register, OUTPUT=str(out_path))
    layer = QgsVectorLayer(f"{out_path}|layername=geocoded", "out", "ogr")
    assert layer.isValid()
    out = rows(layer)
    assert [r["Address"] for r in out] == ADDRESSES
    assert [r["src_fid"] for r in out][:3] == [1, 1, 1]
    assert len({r["fid"] for r in out}) == len(ADDRESSES)
    assert result["MATCHED"] + result["TIED"] + result["UNMATCHED"] == len(ADDRESSES)
    assert layer.renderer().type() == "RuleRenderer"  # the style stored in the GeoPackage


def test_geographic_street_layer_output_in_its_crs(run_algorithm):
    streets = town.streets_layer()
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    transform = QgsCoordinateTransform(streets.crs(), wgs84, QgsProject.instance())
    geographic = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string&field=alt_names:string"
                                "&field=l_from:integer&field=l_to:integer&field=r_from:integer&field=r_to:integer",
                                "streets_wgs84", "memory")
    features = []
    for feature in streets.getFeatures():
        copy = QgsFeature(feature)
        geometry = copy.geometry()
        geometry.transform(transform)
        copy.setGeometry(geometry)
        features.append(copy)
    geographic.dataProvider().addFeatures(features)
    result = geocode(run_algorithm, town.register_table(["#12 Mountain View Blvd"]), streets=geographic)
    layer = result["OUTPUT"]
    assert layer.crs().authid() == "EPSG:4326"
    point = next(layer.getFeatures()).geometry().asPoint()
    back = QgsCoordinateTransform(wgs84, streets.crs(), QgsProject.instance()).transform(point)
    assert abs(back.x() - (town.X0 + 508)) < 2 and abs(back.y() - (town.Y0 + 149)) < 2


def test_register_coordinates_are_kept(run_algorithm):
    register = QgsVectorLayer("Point?crs=EPSG:32616&field=Address:string", "register", "memory")
    near, far, none = QgsFeature(register.fields()), QgsFeature(register.fields()), QgsFeature(register.fields())
    near.setAttributes(["Church Street"])
    near.setGeometry(town.QgsGeometry.fromPointXY(QgsPointXY(town.X0 + 10, town.Y0 + 10)))
    far.setAttributes(["Constitution Drive"])
    far.setGeometry(town.QgsGeometry.fromPointXY(QgsPointXY(0, 0)))  # far outside: ignored
    none.setAttributes(["Constitution Drive"])
    register.dataProvider().addFeatures([near, far, none])
    out = rows(geocode(run_algorithm, register)["OUTPUT"])
    assert (out[0]["gc_type"], out[0]["gc_score"]) == ("coordinates", 100)
    assert out[1]["gc_type"] == "street" and "ignored" in out[1]["gc_note"]
    assert out[2]["gc_type"] == "street"


def test_memory_round_trip(run_algorithm, tmp_path):
    memory_path = tmp_path / "memory.gpkg"
    first = geocode(run_algorithm, town.register_table(["Church Street", "Zanzibar Crescent"]))["OUTPUT"]
    # A reviewer places both rows by hand.
    first.startEditing()
    for feature, (x, y) in zip(first.getFeatures(), [(700, 520), (900, 900)]):
        first.changeGeometry(feature.id(), town.QgsGeometry.fromPointXY(QgsPointXY(town.X0 + x, town.Y0 + y)))
        first.changeAttributeValue(feature.id(), first.fields().lookupField("gc_type"), "manual")
    first.commitChanges()
    remembered = run_algorithm("infosegura:rememberplacements", {
        "INPUT": first, "ADDRESS_FIELD": "Address", "MEMORY_PATH": str(memory_path), "SOURCE": "review 2024"})
    assert remembered["REMEMBERED"] == 2
    stored = AddressMemory(memory_path).load()
    assert stored[("", memory_key("CHURCH STREET"))].source == "review 2024"

    next_year = town.register_table(["church street", "Zanzibar Crescent.", "Constitution Drive"])
    without = rows(geocode(run_algorithm, next_year)["OUTPUT"])
    assert [r["gc_status"] for r in without] == ["tied", "unmatched", "matched"]
    with_memory = rows(geocode(run_algorithm, next_year, USE_MEMORY=True, MEMORY_PATH=str(memory_path))["OUTPUT"])
    assert [r["gc_type"] for r in with_memory] == ["memory", "memory", "street"]
    point = with_memory[0]["geometry"].asPoint()
    assert (round(point.x() - town.X0), round(point.y() - town.Y0)) == (700, 520)
    assert "review 2024" in with_memory[0]["gc_note"]


def test_missing_address_field_is_a_clear_error(run_algorithm):
    import pytest
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Layer register has no field Direccion"):
        geocode(run_algorithm, town.register_table(["x"]), ADDRESS_FIELD="Direccion")


def test_next_quarter_appended_to_the_geocoded_layer(run_algorithm, tmp_path):
    """The dialog's "Append to Layer...": a second register's rows join the first's."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsProperty, QgsRemappingSinkDefinition

    out_path = tmp_path / "premises.gpkg"
    first = geocode(run_algorithm, town.register_table(ADDRESSES), OUTPUT=str(out_path))["OUTPUT"]
    layer = QgsVectorLayer(first, "premises", "ogr")
    before = rows(layer)
    mapping = QgsRemappingSinkDefinition()
    mapping.setDestinationFields(layer.fields())
    mapping.setDestinationWkbType(layer.wkbType())
    mapping.setDestinationCrs(layer.crs())
    mapping.setSourceCrs(layer.crs())
    mapping.setFieldMap({f.name(): QgsProperty.fromField(f.name()) for f in layer.fields() if f.name() != "fid"})
    destination = QgsProcessingOutputLayerDefinition(first)
    destination.setRemappingDefinition(mapping)
    del layer
    second = geocode(run_algorithm, town.register_table(ADDRESSES[:4]), OUTPUT=destination)
    after = rows(QgsVectorLayer(first, "premises", "ogr"))
    assert (second["MATCHED"], second["TIED"], second["UNMATCHED"]) == (2, 1, 1)
    assert len(after) == len(ADDRESSES) + 4
    assert [r["Address"] for r in after] == ADDRESSES + ADDRESSES[:4]
    assert [r["gc_status"] for r in after[:len(ADDRESSES)]] == [r["gc_status"] for r in before]
    assert [r["gc_status"] for r in after[len(ADDRESSES):]] == [r["gc_status"] for r in before[:4]]
