"""infosegura:compareregisters on two small registers built so that every change class
happens once, with the traps of real registers: licence numbers changed between years,
typos and abbreviations in names and addresses, a premises moved 60 m, a class change, a
row entered twice, a number re-used for another premises, a premises geocoded elsewhere
at the same address. Expected answers are written by hand per premises (synthetic)."""

import math

import pytest
from qgis.core import NULL, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from infosegura_plugin.core.seasons.premises import Premises, address_key, licence_key
from infosegura_plugin.core.seasons.register_changes import compare_registers
from tests.layers import RecordingFeedback, memory_layer

CRS = "EPSG:32616"
X0, Y0 = 312_000.0, 1_907_000.0
FIELDS = ("licence_id:string", "premises:string", "licensee:string", "address:string", "licence_class:string",
          "category:string", "issued_date:date", "expiry_date:date", "gc_status:string")

# (licence_id, premises, licensee, address, class, category, issued, expiry, x offset, y offset)
OLD = [
    ("BMP-2024-0001", "Jaguar Bar & Grill", "Ana Cal", "#12 Cotton Tree Ave., Belmopan", "Publican's General",
     "on_premise", "2024-01-10", "2025-01-09", 100, 100),                        # renewed, new number, typos
    ("BMP-2024-0002", "Toucan Store", "Luis Coc", "Hibiscus Street", "Shop", "off_premise",
     "2024-02-01", "2025-01-31", 400, 100),                                        # unchanged
    ("BMP-2024-0003", "Sunset Lounge", "Ed Neal", "cnr Orchid St & Ceiba St", "Publican's Restricted",
     "on_premise", "2024-03-01", "2025-02-28", 700, 100),                          # moved 60 m
    ("BMP-2024-0004", "Golden Star Diner", "Mia Awe", "5 Mango Street", "Restaurant", "on_premise",
     "2024-03-05", "2025-03-04", 100, 600),                                        # class changed
    ("BMP-2024-0005", "Happy Corner Bar", "Sam Pop", "Market Lane", "Beer", "on_premise",
     "2024-03-09", "2025-03-08", 400, 600),                                        # closed
    ("BMP-2024-0006", "Blue Moon Tavern", "Rosa Bol", "14 Fern Street", "Publican's General", "on_premise",
     "2024-04-01", "2025-03-31", 700, 600),                                        # renewed, same number
    ("BMP-2024-0006", "Blue Moon Tavern", "Rosa Bol", "14 Fern St.", "Publican's General", "on_premise",
     "2024-04-20", "2025-03-31", 700, 600),                                        # ...entered twice
    ("BMP-2024-0007", "Cool Breeze Mini Mart", "Jo Ical", "Calle Los Pinos #8", "Shop", "off_premise",
     "2024-05-01", "2025-04-30", 1100, 100),                                       # number re-used below
    ("BMP-2024-0008", "Paradise Inn", "Lee Wong", "Unity Boulevard", "Hotel", "on_premise",
     "2024-06-01", "2025-05-31", 1100, 600),                                       # geocoded elsewhere
]
NEW = [
    ("BMP-2025-0101", "Jagaur Bar and Grill", "Ana Cal", "12 COTTON TREE AVENUE", "PUBLICAN'S GENERAL",
     "on_premise", "2025-01-10", "2026-01-09", 100, 100),
    ("bmp 2024 0002", "Toucan Store", "Luis Coc", "Hibiscus St.", "Shop", "off_premise",
     "2024-02-01", "2025-01-31", 400, 100),
    ("BMP-2024-0003", "Sunset Lounge", "Ed Neal", "22 Ceiba Street", "Publican's Restricted", "on_premise",
     "2024-03-01", "2025-02-28", 760, 100),
    ("BMP-2024-0004", "Golden Star Diner", "Mia Awe", "5 Mango St", "Night Club", "on_premise",
     "2024-03-05", "2025-03-04", 100, 600),
    ("BMP-2024-0006", "Blue Moon Tavern", "Rosa Bol", "14 Fern Street", "Publican's General", "on_premise",
     "2025-04-01", "2026-03-31", 700, 600),
    ("BMP-2024-0007", "Mayan Sun Night Club", "Pedro Cho", "Sapodilla Street", "Night Club", "on_premise",
     "2025-05-01", "2026-04-30", 1500, 1500),                                      # another premises
    ("BMP-2024-0008", "Paradise Inn", "Lee Wong", "Unity Blvd", "Hotel", "on_premise",
     "2024-06-01", "2025-05-31", 1100, 900),                                       # 300 m away, same address
    ("BMP-2025-0150", "Riverside Cool Spot", "Al Bol", "Fern Street", "Beer", "on_premise",
     "2025-03-01", "2026-02-28", 400, 900),                                        # new
]
EXPECTED = {  # premises -> (change, matched_by)
    "Jaguar Bar & Grill": ("renewed", "name_address"),
    "Toucan Store": ("unchanged", "licence_id"),
    "Sunset Lounge": ("moved", "licence_id"),
    "Golden Star Diner": ("class_changed", "licence_id"),
    "Happy Corner Bar": ("closed", None),
    "Blue Moon Tavern": ("renewed", "licence_id"),
    "Cool Breeze Mini Mart": ("closed", None),
    "Mayan Sun Night Club": ("new", None),
    "Paradise Inn": ("unchanged", "licence_id"),
    "Riverside Cool Spot": ("new", None),
}


def register(rows, name, crs=CRS):
    from qgis.PyQt.QtCore import QDate

    uri = f"Point?crs={crs}&" + "&".join(f"field={f}" for f in FIELDS)
    return memory_layer(uri, [
        (QgsGeometry.fromPointXY(QgsPointXY(X0 + dx, Y0 + dy)),
         [lid, name_, who, address, klass, category, QDate.fromString(issued, "yyyy-MM-dd"),
          QDate.fromString(expiry, "yyyy-MM-dd"), "matched"])
        for lid, name_, who, address, klass, category, issued, expiry, dx, dy in rows
    ], name)


def areas():
    """West (x < 600, 2,000 residents) and East (the rest, no population)."""
    def square(x0, y0, x1, y1):
        return QgsGeometry.fromPolygonXY([[QgsPointXY(X0 + x0, Y0 + y0), QgsPointXY(X0 + x1, Y0 + y0),
                                           QgsPointXY(X0 + x1, Y0 + y1), QgsPointXY(X0 + x0, Y0 + y1),
                                           QgsPointXY(X0 + x0, Y0 + y0)]])
    return memory_layer(f"Polygon?crs={CRS}&field=name:string&field=population:integer", [
        (square(0, 0, 600, 2000), ["West", 2000]),
        (square(600, 0, 2000, 2000), ["East", None]),
    ], "neighbourhoods")


@pytest.fixture(scope="module")
def result(run_algorithm):
    feedback = RecordingFeedback()
    out = run_algorithm("infosegura:compareregisters", {
        "OLD": register(OLD, "register 2024"), "NEW": register(NEW, "register 2025"), "KEY_FIELD": "licence_id",
        "MOVE_DISTANCE": 50, "AREAS": areas(), "AREA_NAME_FIELD": "name",
        "OUTPUT": "TEMPORARY_OUTPUT", "MOVES": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT",
    }, feedback=feedback)
    return out, feedback


def by_premises(layer):
    rows = {}
    for feature in layer.getFeatures():
        name = feature["old_premises"] or feature["new_premises"]  # the earlier name when there is one
        assert name not in rows, f"{name} listed twice"
        rows[name] = feature
    return rows


def test_every_premises_once_with_the_change_worked_out_by_hand(result):
    out, _feedback = result
    rows = by_premises(out["OUTPUT"])
    assert set(rows) == set(EXPECTED)
    got = {name: (f["change"], f["matched_by"] or None) for name, f in rows.items()}
    assert got == EXPECTED


def test_counts_are_outputs(result):
    out, feedback = result
    assert (out["NEW_COUNT"], out["CLOSED_COUNT"], out["MOVED_COUNT"], out["CLASS_CHANGED_COUNT"],
            out["RENEWED_COUNT"], out["UNCHANGED_COUNT"]) == (2, 2, 1, 1, 2, 2)
    assert any("10 premises: 2 new, 2 closed, 1 moved" in m for m in feedback.messages)


def test_old_and_new_values_side_by_side(result):
    rows = by_premises(result[0]["OUTPUT"])
    golden = rows["Golden Star Diner"]
    assert (golden["old_class"], golden["new_class"]) == ("Restaurant", "Night Club")
    jaguar = rows["Jaguar Bar & Grill"]
    assert jaguar["new_premises"] == "Jagaur Bar and Grill"
    assert (jaguar["old_licence_id"], jaguar["new_licence_id"]) == ("BMP-2024-0001", "BMP-2025-0101")
    assert (jaguar["old_expiry"], jaguar["new_expiry"]) == ("2025-01-09", "2026-01-09")
    assert set(jaguar["changed_fields"].split(", ")) == {"licence_id", "premises", "issued", "expiry"}
    closed = rows["Happy Corner Bar"]
    assert closed["old_licence_id"] == "BMP-2024-0005" and not closed["new_licence_id"]


def test_the_premises_moved_60_m_has_its_distance_and_a_line(result):
    out, _ = result
    sunset = by_premises(out["OUTPUT"])["Sunset Lounge"]
    assert sunset["distance_m"] == pytest.approx(60.0)
    assert sunset.geometry().asPoint() == QgsPointXY(X0 + 760, Y0 + 100)
    lines = list(out["MOVES"].getFeatures())
    assert len(lines) == 1
    line = lines[0].geometry().asPolyline()
    assert (line[0], line[-1]) == (QgsPointXY(X0 + 700, Y0 + 100), QgsPointXY(X0 + 760, Y0 + 100))
    assert lines[0]["distance_m"] == pytest.approx(60.0)


def test_same_address_placed_elsewhere_is_not_a_move(result):
    inn = by_premises(result[0]["OUTPUT"])["Paradise Inn"]
    assert inn["change"] == "unchanged"
    assert inn["distance_m"] == pytest.approx(300.0)
    assert "place" in inn["changed_fields"]


def test_a_row_entered_twice_counts_once(result):
    tavern = by_premises(result[0]["OUTPUT"])["Blue Moon Tavern"]
    assert tavern["duplicates"] == 1
    assert tavern["old_issued"] == "2024-04-20"   # the later entry is kept


def test_summary_per_neighbourhood_counted_by_hand(result):
    summary = {f["name"]: f for f in result[0]["SUMMARY"].getFeatures()}
    west, east = summary["West"], summary["East"]
    # West (x < 600): old Jaguar, Toucan, Golden, Happy Corner = 4; new Jaguar, Toucan, Golden, Riverside = 4.
    assert (west["old_outlets"], west["new_outlets"], west["new"], west["closed"], west["net"]) == (4, 4, 1, 1, 0)
    assert west["new_per_1000"] == pytest.approx(0.5)
    assert west["closed_per_1000"] == pytest.approx(0.5)
    assert west["net_per_1000"] == pytest.approx(0.0)
    # East: old Sunset, Blue Moon (once), Cool Breeze, Paradise = 4; new Sunset, Blue Moon, Mayan Sun, Paradise = 4.
    assert (east["old_outlets"], east["new_outlets"], east["new"], east["closed"], east["net"]) == (4, 4, 1, 1, 0)
    assert east["new_per_1000"] == NULL  # no population


def test_areas_named_per_premises(result):
    rows = by_premises(result[0]["OUTPUT"])
    assert (rows["Sunset Lounge"]["old_area"], rows["Sunset Lounge"]["new_area"]) == ("East", "East")
    assert rows["Happy Corner Bar"]["old_area"] == "West"


def test_styled_in_a_geopackage(run_algorithm, tmp_path):
    gpkg = tmp_path / "changes.gpkg"
    out = run_algorithm("infosegura:compareregisters", {
        "OLD": register(OLD, "old"), "NEW": register(NEW, "new"), "KEY_FIELD": "licence_id",
        "OUTPUT": f"ogr:dbname='{gpkg}' table=\"changes\" (geom)", "MOVES": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
    })
    layer = QgsVectorLayer(out["OUTPUT"], "changes", "ogr")
    assert layer.isValid() and layer.featureCount() == 10
    categories = {c.value(): c.label() for c in layer.renderer().categories()}
    assert categories["moved"] == "Moved" and categories["new"] == "New premises"


def test_a_larger_move_distance_keeps_the_premises_in_place(run_algorithm):
    out = run_algorithm("infosegura:compareregisters", {
        "OLD": register(OLD, "old"), "NEW": register(NEW, "new"), "KEY_FIELD": "licence_id", "MOVE_DISTANCE": 100,
        "OUTPUT": "TEMPORARY_OUTPUT", "MOVES": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT",
    })
    assert by_premises(out["OUTPUT"])["Sunset Lounge"]["change"] == "unchanged"
    assert out["MOVES"].featureCount() == 0


def test_without_points_a_new_address_is_a_move():
    old = [Premises(1, "A1", "Sunset Lounge", "Ed Neal", "cnr Orchid St & Ceiba St", "Beer")]
    new = [Premises(2, "A1", "Sunset Lounge", "Ed Neal", "22 Ceiba Street", "Beer"),
           ]
    assert compare_registers(old, new, 50)[0].change == "moved"
    same = [Premises(3, "A1", "Sunset Lounge", "Ed Neal", "Corner of Ceiba Street and Orchid Street", "Beer")]
    assert compare_registers(old, same, 50)[0].change == "unchanged"


@pytest.mark.parametrize("a, b", [
    ("#12 Cotton Tree Ave., Belmopan", "12 COTTON TREE AVENUE"),
    ("Calle Las Flores #5", "No. 5 Las Flores St."),
    ("cnr Hibiscus St & Orchid Street", "corner of Orchid Street and Hibiscus Street"),
    ("opposite the market, Cayo District", "Opposite the Market"),
])
def test_address_keys_ignore_how_an_address_is_written(a, b):
    assert address_key(a) == address_key(b) != ""


def test_licence_keys():
    assert licence_key("BMP-2024-0012") == licence_key(" bmp 2024 0012 ") == "bmp20240012"
    assert licence_key(1040.0) == licence_key("1040") == "1040"
    assert licence_key(None) == ""


def test_geographic_registers_are_refused(run_algorithm):
    with pytest.raises(QgsProcessingException, match="geographic CRS"):
        run_algorithm("infosegura:compareregisters", {
            "OLD": register([r[:8] + (0.001, 0.001) for r in OLD], "old", "EPSG:4326"),
            "NEW": register([r[:8] + (0.001, 0.001) for r in NEW], "new", "EPSG:4326"),
            "KEY_FIELD": "licence_id", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_a_register_without_the_key_field_is_named(run_algorithm):
    bare = memory_layer(f"Point?crs={CRS}&field=premises:string&field=address:string",
                        [(QgsGeometry.fromPointXY(QgsPointXY(X0, Y0)), ["A", "B"])], "bare register")
    with pytest.raises(QgsProcessingException, match="bare register has no field licence_id"):
        run_algorithm("infosegura:compareregisters", {
            "OLD": bare, "NEW": register(NEW, "new"), "KEY_FIELD": "licence_id", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_rows_without_a_point_are_listed_without_geometry(run_algorithm):
    rows = [r[:8] + (0, 0) for r in NEW[:2]]
    layer = register(rows, "new")
    layer.dataProvider().changeGeometryValues({f.id(): QgsGeometry() for f in layer.getFeatures()})
    out = run_algorithm("infosegura:compareregisters", {
        "OLD": register(OLD[:2], "old"), "NEW": layer, "KEY_FIELD": "licence_id",
        "OUTPUT": "TEMPORARY_OUTPUT", "MOVES": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"})
    features = list(out["OUTPUT"].getFeatures())
    assert len(features) == 2
    # unplaced in the new register: the old place is kept so the premises still shows on the map
    assert all(not math.isnan(f.geometry().asPoint().x()) for f in features)
