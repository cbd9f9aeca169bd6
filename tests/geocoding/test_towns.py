"""Towns are data: one street layer holding two towns, told apart by a town field, a towns
layer or an areas layer that holds towns and neighbourhoods together (issue 8)."""

import json

import pytest

from infosegura_plugin.core.geocoding.layers import PointLayerFields, StreetFields, build_geocoder

from . import two_towns as tt

FIELDS = StreetFields("ST_NAME", None, "L_F_ADD", "L_T_ADD", "R_F_ADD", "R_T_ADD")
LANDMARK_FIELDS = PointLayerFields("LM_NAME", None, "TYPE")


def _geocoder(variant):
    if variant == "town field":
        return build_geocoder(tt.streets_layer(), StreetFields(**{**FIELDS.__dict__, "town": "TOWN"}),
                              landmarks=tt.landmarks_layer(), landmark_fields=LANDMARK_FIELDS).geocoder
    if variant == "towns layer":
        return build_geocoder(tt.streets_layer(with_town_field=False), FIELDS, landmarks=tt.landmarks_layer(),
                              landmark_fields=LANDMARK_FIELDS, towns=tt.towns_layer(),
                              town_name_field="TOWN_NAME").geocoder
    return build_geocoder(tt.streets_layer(with_town_field=False), FIELDS, tt.areas_layer(), "AREA_NAME",
                          tt.landmarks_layer(), LANDMARK_FIELDS).geocoder


VARIANTS = ["town field", "towns layer", "areas with towns"]


@pytest.fixture(scope="module", params=VARIANTS)
def geocoder(request, qgis_app):
    return _geocoder(request.param)


def point_of(result):
    from qgis.core import QgsPointXY

    return QgsPointXY(*result.point)


# address, status, type, town the point must be in (None: not checked)
CASES = [
    ("12 Main St, Orange Walk", "matched", "range", "Orange Walk"),
    ("12 Main St OW", "matched", "range", "Orange Walk"),
    ("#12 Main Street, O.W.", "matched", "range", "Orange Walk"),
    ("12 Main Street Orange Walk Town, Orange Walk District", "matched", "range", "Orange Walk"),
    ("Main Street 12, Orange Walk", "matched", "range", "Orange Walk"),
    ("Lot 12 Main St, OW Town", "matched", "street", "Orange Walk"),
    ("Main Street, San Roberto", "matched", "street", "San Roberto"),
    ("Main St San Roberto", "matched", "street", "San Roberto"),
    ("Main St, San Roberto Village", "matched", "street", "San Roberto"),
    ("Calle Main, Sn. Roberto", "matched", "street", "San Roberto"),
    ("Main & Church, O.W.", "matched", "intersection", "Orange Walk"),
    ("corner of Main St and Church St, San Roberto", "matched", "intersection", "San Roberto"),
    ("esq. Real y Hidalgo, San Roberto", "matched", "intersection", "San Roberto"),
    ("Real con Hidalgo", "matched", "intersection", "San Roberto"),
    ("Hidalgo at Real", "matched", "intersection", "San Roberto"),
    ("Church St / Main St, San Roberto", "matched", "intersection", "San Roberto"),
    ("frente a la policía, San Roberto", "matched", "landmark", "San Roberto"),
    ("opposite the police station, Orange Walk", "matched", "landmark", "Orange Walk"),
    ("Orange Walk Police Station", "matched", "landmark", "Orange Walk"),
    ("behind San Roberto Police Station", "matched", "landmark", "San Roberto"),
    ("Police Station OW", "matched", "landmark", "Orange Walk"),
    ("al lado del mercado municipal", "matched", "landmark", "San Roberto"),
    # the same name in both towns and no town given: tied, never guessed
    ("Main Street", "tied", "street", None),
    ("12 Church Street", "tied", "street", None),
    ("opposite the police station", "tied", "landmark", None),
    ("corner of Main and Church", "tied", "intersection", None),
    # outside the reference layers: a town they do not cover
    ("Main Street, Belize City", "unmatched", None, None),
    ("12 Main St Corozal Town", "unmatched", None, None),
    ("Corozal Police Station", "unmatched", None, None),
    # a town is not a place for a premises
    ("Orange Walk", "unmatched", None, None),
    ("San Roberto Village, Orange Walk District", "unmatched", None, None),
    # a town named, the street not in it
    ("Calle Real, Orange Walk", "unmatched", None, None),
]


@pytest.mark.parametrize("address, status, kind, town", CASES, ids=[c[0] for c in CASES])
def test_town_table(geocoder, address, status, kind, town):
    result = geocoder.geocode(address)
    assert (result.status, result.type) == (status, kind), result.note
    if town is not None:
        assert tt.inside(point_of(result), town), (result.point, result.note)


def test_a_tie_names_the_towns(geocoder):
    result = geocoder.geocode("Main Street")
    assert "Orange Walk" in result.note and "San Roberto" in result.note and "no town given" in result.note
    assert len(result.candidates) == 2
    assert sorted(tt.inside(point_of_candidate(c), "Orange Walk") for c in result.candidates) == [False, True]
    landmark = geocoder.geocode("opposite the police station")
    assert "Orange Walk" in landmark.note and "San Roberto" in landmark.note


def point_of_candidate(candidate):
    from qgis.core import QgsPointXY

    return QgsPointXY(*candidate.point)


def test_another_town_is_said(geocoder):
    result = geocoder.geocode("Main Street, Belize City")
    assert result.note == "In another town (Belize City), outside the reference layers"
    assert result.point is None


def test_a_town_alone_is_left_for_review_with_the_town_as_candidate(geocoder):
    result = geocoder.geocode("Orange Walk")
    assert result.status == "unmatched" and "Only the town" in result.note
    assert len(result.candidates) == 1 and result.candidates[0].type == "town"
    assert tt.inside(point_of_candidate(result.candidates[0]), "Orange Walk")


def test_the_register_town_column_settles_a_tie(geocoder):
    for town, expected in (("San Roberto", "San Roberto"), ("OW", "Orange Walk"), ("Orange Walk Town", "Orange Walk")):
        result = geocoder.geocode("Main Street", town=town)
        assert result.status == "matched", (town, result.note)
        assert tt.inside(point_of(result), expected)
    outside = geocoder.geocode("Main Street", town="Dangriga")
    assert outside.status == "unmatched" and "another town" in outside.note


def test_neighbourhood_inside_a_town():
    geocoder = _geocoder("areas with towns")
    result = geocoder.geocode("Church Street, Santa Ana, Orange Walk")
    assert result.status == "matched" and tt.inside(point_of(result), "Orange Walk")
    assert "Santa Ana" in result.street or "Santa Ana" in result.note or result.type == "street"


def test_labels_carry_the_town_when_there_are_several():
    geocoder = _geocoder("town field")
    result = geocoder.geocode("Main Street")
    assert sorted(c.label for c in result.candidates) == ["Main Street (Orange Walk)", "Main Street (San Roberto)"]


def test_town_key_memory_keeps_two_towns_apart(tmp_path, qgis_app):
    from infosegura_plugin.core.geocoding.address_memory import AddressMemory, Placement

    path = tmp_path / "memory.gpkg"
    ow, sr = tt.at("Orange Walk", 700, 505), tt.at("San Roberto", 300, 505)
    AddressMemory(path).remember([
        Placement("12 Church Street", ow.x(), ow.y(), "EPSG:32616", town="orange walk"),
        Placement("12 Church Street", sr.x(), sr.y(), "EPSG:32616", town="san roberto"),
    ])
    assert len(AddressMemory(path).load()) == 2
    geocoder = build_geocoder(tt.streets_layer(), StreetFields(**{**FIELDS.__dict__, "town": "TOWN"}),
                              memory_path=str(path)).geocoder
    both = geocoder.geocode("12 Church Street")
    assert both.status == "tied" and both.type == "memory"
    in_sr = geocoder.geocode("12 Church Street", town="San Roberto")
    assert (in_sr.status, in_sr.type) == ("matched", "memory")
    assert abs(in_sr.point[0] - sr.x()) < 0.01


def test_memory_written_before_towns_migrates_in_place(tmp_path, qgis_app):
    """A memory file without the town column keeps every entry and gains the column."""
    from osgeo import ogr

    from infosegura_plugin.core.geocoding.address_memory import AddressMemory, Placement

    path = tmp_path / "old_memory.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("address_memory", geom_type=ogr.wkbNone)
    for name in ("normalised_address", "address", "crs", "who", "when", "source"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for name in ("x", "y"):
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTReal))
    feature = ogr.Feature(layer.GetLayerDefn())
    for name, value in (("normalised_address", "5 main street"), ("address", "5 Main Street"), ("x", 1.0),
                        ("y", 2.0), ("crs", "EPSG:32616"), ("who", "ana"), ("when", "2023-01-01"),
                        ("source", "review 2023")):
        feature.SetField(name, value)
    layer.CreateFeature(feature)
    dataset = None
    assert AddressMemory(path).load()[("", "5 main street")].who == "ana"
    AddressMemory(path).remember([Placement("5 Main Street", 3.0, 4.0, "EPSG:32616", town="orange walk")])
    stored = AddressMemory(path).load()
    assert set(stored) == {("", "5 main street"), ("orange walk", "5 main street")}
    assert stored[("", "5 main street")].source == "review 2023"


# -- through the algorithm ------------------------------------------------------------------

def _run(run_algorithm, register, **extra):
    parameters = {"INPUT": register, "STREETS": tt.streets_layer(), "LANDMARKS": tt.landmarks_layer(),
                  "OUTPUT": "memory:"}
    parameters.update(extra)
    result = run_algorithm("infosegura:geocodeaddresses", parameters)
    layer = result["OUTPUT"]
    return result, [dict(zip(layer.fields().names(), f.attributes()), geometry=f.geometry())
                    for f in layer.getFeatures()]


def test_field_names_are_guessed_from_the_usual_names(run_algorithm):
    """ST_NAME, TOWN, L_F_ADD..., LM_NAME, TYPE and a 'Direccion' column: no field passed."""
    _result, rows = _run(run_algorithm, tt.register(["12 Main St, OW", "Main Street, San Roberto", "Main Street"]))
    assert [r["gc_status"] for r in rows] == ["matched", "matched", "tied"]
    assert rows[0]["gc_type"] == "range"
    assert tt.inside(rows[0]["geometry"].asPoint(), "Orange Walk")
    candidates = json.loads(rows[2]["gc_candidates"])
    assert len(candidates) == 2


def test_register_town_column(run_algorithm):
    register = tt.register(["Main Street", "Main Street", "Main Street"], towns=["San Roberto", "OW", None])
    _result, rows = _run(run_algorithm, register, ADDRESS_TOWN_FIELD="Pueblo")
    assert [r["gc_status"] for r in rows] == ["matched", "matched", "tied"]
    assert tt.inside(rows[0]["geometry"].asPoint(), "San Roberto")
    assert tt.inside(rows[1]["geometry"].asPoint(), "Orange Walk")


def test_a_street_layer_of_one_town_takes_the_town_the_register_names(run_algorithm):
    """No town field, towns or areas: the register's own town (named in most rows) is the
    layer's; the log says so; other towns stay unmatched."""
    from ..layers import RecordingFeedback

    register = tt.register(["12 Main St, Orange Walk", "Main Street 5, Orange Walk", "Main St, Orange Walk Town",
                            "Church Street, Orange Walk", "Main Street, Belize City"])
    feedback = RecordingFeedback()
    import processing

    result = processing.run("infosegura:geocodeaddresses", {
        "INPUT": register, "STREETS": tt.streets_layer(with_town_field=False), "STREET_TOWN_FIELD": "",
        "OUTPUT": "memory:"}, feedback=feedback)
    assert any("taken to be Orange Walk" in m for m in feedback.messages), feedback.messages
    statuses = [f["gc_status"] for f in result["OUTPUT"].getFeatures()]
    # Main and Church Street exist twice on this layer (both "towns" are one here): tied.
    assert statuses[-1] == "unmatched"
    assert statuses[:4].count("unmatched") == 0


def test_default_town_parameter(run_algorithm):
    register = tt.register(["Calle Real, San Roberto", "Calle Real, Orange Walk"])
    streets = tt.streets_layer(with_town_field=False)
    result = run_algorithm("infosegura:geocodeaddresses", {
        "INPUT": register, "STREETS": streets, "DEFAULT_TOWN": "San Roberto", "OUTPUT": "memory:"})
    statuses = [f["gc_status"] for f in result["OUTPUT"].getFeatures()]
    assert statuses == ["matched", "unmatched"]


def test_remember_placements_keys_each_point_by_its_town(run_algorithm, tmp_path):
    """The same text placed by hand in two towns: two memory entries; next year the
    register's town column picks the right one, and without it the row is tied."""
    from infosegura_plugin.core.geocoding.address_memory import AddressMemory

    from ..layers import memory_layer

    ow, sr = tt.at("Orange Walk", 700, 508), tt.at("San Roberto", 300, 508)
    reviewed = memory_layer("Point?crs=EPSG:32616&field=Direccion:string&field=gc_type:string",
                            [(tt.QgsGeometry.fromPointXY(ow), ["12 Church Street", "manual"]),
                             (tt.QgsGeometry.fromPointXY(sr), ["12 Church Street", "manual"])], "reviewed")
    memory = tmp_path / "memory.gpkg"
    done = run_algorithm("infosegura:rememberplacements", {
        "INPUT": reviewed, "ADDRESS_FIELD": "Direccion", "TOWNS": tt.towns_layer(), "TOWN_NAME_FIELD": "TOWN_NAME",
        "MEMORY_PATH": str(memory)})
    assert done["REMEMBERED"] == 2
    assert sorted(town for town, _key in AddressMemory(memory).load()) == ["orange walk", "san roberto"]
    register = tt.register(["12 Church Street", "12 Church Street", "12 Church Street"],
                           towns=["San Roberto", "Orange Walk", None])
    _result, rows = _run(run_algorithm, register, ADDRESS_TOWN_FIELD="Pueblo", USE_MEMORY=True,
                         MEMORY_PATH=str(memory))
    assert [(r["gc_status"], r["gc_type"]) for r in rows] == [("matched", "memory"), ("matched", "memory"),
                                                              ("tied", "memory")]
    assert rows[0]["geometry"].asPoint().distance(sr) < 0.01
    assert rows[1]["geometry"].asPoint().distance(ow) < 0.01


def test_a_sensitive_landmark_never_places_an_address(qgis_app):
    """A shelter in the landmarks layer (by kind, by name or by a flag) is no landmark: an
    address 'opposite the women's shelter' is never placed at it, nor labelled with it."""
    from ..layers import memory_layer

    rows = [(tt.QgsGeometry.fromPointXY(tt.at("Orange Walk", 100, 100)), ["Casa Esperanza", "Women's shelter", None]),
            (tt.QgsGeometry.fromPointXY(tt.at("Orange Walk", 300, 300)), ["Refugio de la Paz", "Community", None]),
            (tt.QgsGeometry.fromPointXY(tt.at("Orange Walk", 400, 400)), ["Blue House", "Community", "yes"]),
            (tt.QgsGeometry.fromPointXY(tt.at("Orange Walk", 600, 600)), ["Town Market", "market", None])]
    landmarks = memory_layer("Point?crs=EPSG:32616&field=LM_NAME:string&field=TYPE:string&field=confidential:string",
                             rows, "landmarks")
    geocoder = build_geocoder(tt.streets_layer(), StreetFields(**{**FIELDS.__dict__, "town": "TOWN"}),
                              landmarks=landmarks, landmark_fields=LANDMARK_FIELDS).geocoder
    assert geocoder.landmarks.names == ["Town Market"]
    for address in ("opposite the women's shelter, Orange Walk", "next to Casa Esperanza, OW",
                    "behind Refugio de la Paz", "near the Blue House, Orange Walk"):
        result = geocoder.geocode(address)
        assert result.status == "unmatched", address
        assert all(name not in (result.note or "") + " ".join(c.label for c in result.candidates)
                   for name in ("Casa Esperanza", "Refugio de la Paz", "Blue House") if name not in address)
    assert geocoder.geocode("opposite the market, Orange Walk").status == "matched"
