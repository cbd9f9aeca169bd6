"""The synthetic Belmopan sample (scripts/make_sample.py) keeps the promises of docs/sample_data.md."""

import csv
import datetime as dt
import math
import re
from pathlib import Path

import pytest
from osgeo import ogr, osr
from shapely import wkb
from shapely.geometry import Point
from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample"
GPKG = SAMPLE / "belmopan.gpkg"
CSV = SAMPLE / "licence_register.csv"
XLSX = SAMPLE / "licence_register.xlsx"
TRUTH = ROOT / "tests" / "data" / "belmopan_register_truth.csv"
LAYERS = ["streets", "neighbourhoods", "city_boundary", "community_assets", "landmarks", "mile_markers", "incidents"]
HEADER = ["Licence No.", "Name of Premises", "Licensee", "Address", "Class of Licence", "Date Issued",
          "Expiry Date", "Latitude", "Longitude", "Remarks"]
FORMS = {"range", "street", "intersection", "landmark", "area", "coordinates", "blank", "junk", "other_town"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]



def _features(layer_name):
    ds = ogr.Open(str(GPKG))
    layer = ds.GetLayerByName(layer_name)
    rows = []
    for f in layer:
        attrs = {layer.GetLayerDefn().GetFieldDefn(i).GetName(): f.GetField(i) for i in range(f.GetFieldCount())}
        attrs["geom"] = wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))
        rows.append(attrs)
    return rows


@pytest.fixture(scope="module")
def streets():
    return _features("streets")


@pytest.fixture(scope="module")
def areas():
    return _features("neighbourhoods")


@pytest.fixture(scope="module")
def register():
    with CSV.open(encoding="cp1252", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def truth():
    with TRUTH.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_layer_is_there_in_utm_16n():
    ds = ogr.Open(str(GPKG))
    names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
    assert set(LAYERS) <= names
    for name in LAYERS:
        srs = ds.GetLayerByName(name).GetSpatialRef()
        assert srs.GetAuthorityCode(None) == "32616", name


def test_layer_geometry_types_and_fields():
    ds = ogr.Open(str(GPKG))
    expected = {
        "streets": (ogr.wkbLineString, {"street_id", "name", "alt_names", "street_class", "l_from", "l_to",
                                        "r_from", "r_to", "neighbourhood"}),
        "neighbourhoods": (ogr.wkbPolygon, {"name", "population"}),
        "city_boundary": (ogr.wkbPolygon, {"name"}),
        "community_assets": (ogr.wkbPoint, {"asset_id", "name", "category", "sensitive"}),
        "landmarks": (ogr.wkbPoint, {"name", "alt_names", "kind"}),
        "mile_markers": (ogr.wkbPoint, {"highway", "mile"}),
        "incidents": (ogr.wkbPoint, {"incident_id", "period", "reported", "incident_type"}),
    }
    for name, (geom_type, fields) in expected.items():
        layer = ds.GetLayerByName(name)
        assert ogr.GT_Flatten(layer.GetGeomType()) == geom_type, name
        defn = layer.GetLayerDefn()
        assert fields <= {defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())}, name


def test_street_network_is_big_named_and_connected(streets):
    assert len(streets) >= 250
    names = {s["name"] for s in streets}
    assert len(names) >= 60
    assert any(n.startswith("Calle ") for n in names) and any(n.endswith(" Street") for n in names)
    assert {"Ring Road", "Hummingbird Highway", "George Price Highway", "Constitution Drive", "Unity Boulevard",
            "Mountain View Boulevard", "Calle Ramón Peñalver"} <= names
    assert {s["street_class"] for s in streets} == {"highway", "ring", "boulevard", "collector", "local"}
    assert len({s["street_id"] for s in streets}) == len(streets)
    hummingbird = next(s for s in streets if s["name"] == "Hummingbird Highway")
    assert "Carretera Hummingbird" in hummingbird["alt_names"]
    assert "Western Highway" in next(s for s in streets if s["name"] == "George Price Highway")["alt_names"]
    parent = {}

    def find(a):
        while parent.setdefault(a, a) != a:
            a = parent[a]
        return a

    for s in streets:
        coords = list(s["geom"].coords)
        parent[find(coords[0])] = find(coords[-1])
    assert len({find(p) for p in list(parent)}) == 1, "the street network is not connected"


def test_segments_end_at_junctions_or_dead_ends(streets):
    """A segment end is a junction (3+ segments), a dead end (1) or a corner between two different streets:
    never a needless cut in the middle of one street."""
    ends = {}
    for s in streets:
        coords = list(s["geom"].coords)
        for pt in (coords[0], coords[-1]):
            ends.setdefault(pt, []).append(s["name"])
    for pt, names in ends.items():
        if len(names) == 2:
            assert names[0] != names[1], (pt, names)
    assert sum(len(n) >= 3 for n in ends.values()) >= 150


def test_repeated_street_names_are_far_apart(streets):
    repeated = 0
    for name in {s["name"] for s in streets}:
        areas = {s["neighbourhood"] for s in streets if s["name"] == name and s["street_class"] == "local"}
        if len(areas) >= 2 and name in ("Church Street", "Mahogany Street"):
            parts = [unary_union([s["geom"] for s in streets if s["name"] == name and s["neighbourhood"] == a])
                     for a in areas]
            assert parts[0].distance(parts[1]) > 1000, name
            repeated += 1
    assert repeated == 2


def test_address_ranges_a_third_odd_even_increasing(streets):
    ranged = [s for s in streets if s["r_from"] is not None]
    assert 0.25 <= len(ranged) / len(streets) <= 0.45
    for s in streets:
        values = [s[k] for k in ("l_from", "l_to", "r_from", "r_to")]
        assert all(v is None for v in values) or all(v is not None for v in values), s["street_id"]
    for s in ranged:
        assert s["l_from"] <= s["l_to"] and s["r_from"] <= s["r_to"]
        assert s["l_from"] % 2 == s["l_to"] % 2 and s["r_from"] % 2 == s["r_to"] % 2
        assert s["l_from"] % 2 != s["r_from"] % 2
    assert any(s["name"] == "Mountain View Boulevard" for s in ranged)


def test_neighbourhoods_tile_the_city_boundary(areas):
    boundary = _features("city_boundary")
    assert len(boundary) == 1
    city = boundary[0]["geom"]
    assert 8 <= len(areas) <= 12
    assert {"Salvapan", "Las Flores", "Maya Mopan", "San Martin"} <= {a["name"] for a in areas}
    for a in areas:
        assert a["geom"].is_valid and 500 <= a["population"] <= 6000
    for i, a in enumerate(areas):
        for b in areas[i + 1:]:
            assert a["geom"].intersection(b["geom"]).area < 1.0, (a["name"], b["name"])
    union = unary_union([a["geom"] for a in areas])
    assert abs(union.area - city.area) < 10.0 and city.centroid.distance(Point(312500, 1908000)) < 500


def test_community_assets_and_shelters():
    assets = _features("community_assets")
    assert 60 <= len(assets) <= 90
    categories = {a["category"] for a in assets}
    assert categories == {"school", "church", "health_centre", "police", "park", "playground", "community_centre",
                          "youth_centre", "bus_terminal", "market", "shelter"}
    shelters = [a for a in assets if a["category"] == "shelter"]
    assert 2 <= len(shelters) <= 3
    assert all(a["sensitive"] == (1 if a["category"] == "shelter" else 0) for a in assets)
    assert len({a["asset_id"] for a in assets}) == len(assets)
    names = {a["name"] for a in assets}
    assert {"Belmopan Comprehensive School", "Our Lady of Guadalupe Church", "Belmopan Police Station",
            "Western Regional Hospital", "Belmopan Market", "Belmopan Bus Terminal"} <= names


def test_landmarks_are_near_streets_never_shelters_with_a_tie(streets):
    landmarks = _features("landmarks")
    shelters = [a for a in _features("community_assets") if a["category"] == "shelter"]
    network = unary_union([s["geom"] for s in streets])
    for lm in landmarks:
        assert lm["kind"] != "shelter"
        assert network.distance(lm["geom"]) <= 30, lm["name"]
        assert all(lm["geom"].distance(s["geom"]) > 1 and lm["name"] != s["name"] for s in shelters)
    names = [lm["name"] for lm in landmarks]
    assert any(names.count(n) >= 2 for n in names), "no ambiguous landmark"
    market = next(lm for lm in landmarks if lm["name"] == "Belmopan Market")
    assert "Mercado de Belmopan" in market["alt_names"]


def test_mile_markers_count_along_each_highway():
    markers = _features("mile_markers")
    gph = sorted(m["mile"] for m in markers if m["highway"] == "George Price Highway")
    hum = sorted(m["mile"] for m in markers if m["highway"] == "Hummingbird Highway")
    assert {47, 48, 49} <= set(gph) and gph == list(range(gph[0], gph[-1] + 1))
    assert hum[0] == 1 and hum == list(range(1, len(hum) + 1))


def test_incidents_two_periods():
    incidents = _features("incidents")
    assert 250 <= len(incidents) <= 350
    assert {i["period"] for i in incidents} == {1, 2}
    assert len({i["incident_id"] for i in incidents}) == len(incidents)
    for i in incidents:
        assert dt.date.fromisoformat(i["reported"]).year == {1: 2024, 2: 2025}[i["period"]]


def test_register_csv_is_cp1252_day_first(register):
    raw = CSV.read_bytes()
    assert "Peñalver".encode("cp1252") in raw and b"\r\n" in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert list(register[0].keys()) == HEADER
    assert 180 <= len(register) <= 230
    issued = [r["Date Issued"] for r in register]
    assert sum(len(d) == 10 and d[2] == "/" for d in issued) > 0.9 * len(issued)
    expiry = [r["Expiry Date"] for r in register]
    assert "31/02/2025" in expiry + issued and "" in expiry
    ids = [r["Licence No."] for r in register]
    assert len(set(ids)) < len(ids), "no duplicate licence numbers"
    assert any(i.isdigit() for i in ids)
    assert sum(bool(r["Latitude"]) for r in register) >= 8
    assert any(r["Remarks"].startswith(("=", "+", "-", "@")) for r in register)
    classes = {r["Class of Licence"] for r in register}
    assert {"Publican's General", "Shop", "Night Club"} <= classes and any(c.isupper() for c in classes)


def _csv_date(text):
    if not text:
        return None
    for parse in (lambda t: dt.datetime.strptime(t, "%d/%m/%Y").date(), dt.date.fromisoformat,
                  lambda t: dt.datetime.strptime(t, "%d-%b-%y").date()):
        try:
            return parse(text)
        except ValueError:
            pass
    return text


def test_xlsx_has_the_same_records_as_the_csv(register):
    from openpyxl import load_workbook

    ws = load_workbook(XLSX).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] and rows[1][0] and not any(rows[2])
    assert list(rows[3]) == HEADER
    data = rows[4:]
    assert len(data) == len(register)
    numeric_ids = 0
    for row, rec in zip(data, register):
        licence = row[0]
        numeric_ids += isinstance(licence, int)
        assert str(licence) == rec["Licence No."]
        for k in (1, 2, 3, 4, 9):
            assert (row[k] or "") == rec[HEADER[k]]
        for k in (5, 6):
            value = row[k].date() if isinstance(row[k], dt.datetime) else row[k]
            assert value == _csv_date(rec[HEADER[k]]), (rec["Licence No."], value, rec[HEADER[k]])
        for k in (7, 8):
            assert (row[k] is None and rec[HEADER[k]] == "") or row[k] == float(rec[HEADER[k]])
    assert numeric_ids >= 3


def test_truth_rows_align_with_the_register(register, truth):
    assert len(truth) == len(register)
    for k, (t, r) in enumerate(zip(truth, register), start=1):
        assert int(t["source_row"]) == k and t["licence_id"] == r["Licence No."]
        assert t["form"] in FORMS
        assert (t["true_x"] != "") == (t["answerable"] == "1")
        if t["form"] in ("blank", "junk", "other_town"):
            assert t["answerable"] == "0"
        if t["form"] == "blank":
            assert not r["Address"].strip()
    forms = {t["form"] for t in truth}
    assert forms == FORMS


def test_true_locations_match_the_addresses(streets, areas, truth, register):
    by_name = {}
    for s in streets:
        by_name.setdefault(s["name"], []).append(s)
    landmarks = {}
    for lm in _features("landmarks"):
        landmarks.setdefault(lm["name"], []).append(lm["geom"])
    area = {a["name"]: a["geom"] for a in areas}
    utm, wgs = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32616)
    wgs.ImportFromEPSG(4326)
    for s in (utm, wgs):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_utm = osr.CoordinateTransformation(wgs, utm)
    swapped = 0
    for t, r in zip(truth, register):
        if t["answerable"] != "1":
            continue
        p = Point(float(t["true_x"]), float(t["true_y"]))
        assert area[t["true_area"]].contains(p), t
        if t["form"] in ("range", "street"):
            assert min(s["geom"].distance(p) for s in by_name[t["true_street"]]) <= 60, t
        if t["form"] == "range":
            number = int(re.search(r"\d+", r["Address"]).group())
            near = [s for s in by_name[t["true_street"]] if s["geom"].distance(p) <= 15 and s["r_from"] is not None]
            assert any(s["l_from"] <= number <= s["l_to"] or s["r_from"] <= number <= s["r_to"] for s in near), t
        if t["form"] == "intersection":
            a = {pt for s in by_name[t["true_street"]] for pt in (s["geom"].coords[0], s["geom"].coords[-1])}
            b = {pt for s in by_name[t["true_street_2"]] for pt in (s["geom"].coords[0], s["geom"].coords[-1])}
            shared = a & b
            assert len(shared) == 1, t
            assert Point(shared.pop()).distance(p) < 0.01, t
        if t["form"] == "landmark":
            assert min(g.distance(p) for g in landmarks[t["true_landmark"]]) <= 60, t
        if t["form"] == "coordinates":
            lat, lon = float(r["Latitude"]), float(r["Longitude"])
            if abs(lat) > 80:
                lat, lon = lon, lat
                swapped += 1
            x, y, _z = to_utm.TransformPoint(lon, lat)
            assert math.hypot(x - p.x, y - p.y) < 2, t
    assert swapped == 1


def test_unanswerable_intersection_streets_do_not_meet(streets, truth):
    ends = {}
    for s in streets:
        for pt in (s["geom"].coords[0], s["geom"].coords[-1]):
            ends.setdefault(s["name"], set()).add(pt)
    for t in truth:
        if t["form"] == "intersection" and t["answerable"] == "0":
            first, second = ends.get(t["true_street"], set()), ends.get(t["true_street_2"], set())
            assert not first & second, t
