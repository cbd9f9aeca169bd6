"""The synthetic unseen-town regions (scripts/make_region.py): what a tester relies on.

Deterministic, committed as generated, nothing shared with the Belmopan sample, several
towns in one street layer with repeated names and other field names, a Spanish-heavy
register in the forms of issue 8, and a ground truth that agrees with the layers.
"""

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from osgeo import ogr
from shapely import wkt

from benchmarks.geocode_scoring import ANSWERABLE, UNANSWERABLE, read_register, read_truth
from scripts.region.sets import build_bulk_register, build_national, build_set

from ..conftest import ROOT
from .region_data import REGIONS, features, fold, region_names, sample_names, values

SETS = ("dev", "test")


def manifest(name):
    return json.loads((REGIONS / name / "region.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """Both sets built afresh by the generator."""
    out = {}
    for name in SETS:
        folder = tmp_path_factory.mktemp(name)
        build_set(name, folder)
        out[name] = folder
    return out


@pytest.fixture(scope="module")
def national(tmp_path_factory):
    folder = tmp_path_factory.mktemp("national")
    return folder, build_national(folder)


# --------------------------------------------------------------------------- determinism
def test_same_seed_gives_the_same_bytes(rebuilt, tmp_path):
    build_set("dev", tmp_path)
    for name in ("region.gpkg", "register.csv", "register.xlsx", "truth.csv", "region.json"):
        assert (tmp_path / name).read_bytes() == (rebuilt["dev"] / name).read_bytes(), name


@pytest.mark.parametrize("name", SETS)
def test_committed_sets_are_what_the_generator_makes(rebuilt, name):
    """The frozen files are reproducible: text files to the byte, layers feature by feature
    (polygons within a square metre: GEOS versions may order vertices differently)."""
    committed, fresh = REGIONS / name, rebuilt[name]
    for text in ("register.csv", "truth.csv", "region.json"):
        assert (committed / text).read_bytes() == (fresh / text).read_bytes(), \
            f"{committed / text} differs from the generator's: run `make regions` and commit"
    m = manifest(name)
    for layer in m["layers"].values():
        old, new = features(committed / "region.gpkg", layer), features(fresh / "region.gpkg", layer)
        assert len(old) == len(new), layer
        for (a_old, g_old), (a_new, g_new) in zip(old, new):
            assert a_old == a_new, layer
            shape_old, shape_new = wkt.loads(g_old), wkt.loads(g_new)
            if shape_old.geom_type == "Polygon":
                assert shape_old.symmetric_difference(shape_new).area < 1.0, layer
            else:
                assert shape_old.equals_exact(shape_new, 0.001), layer


# --------------------------------------------------------------------------- unseen
@pytest.mark.parametrize("name", SETS)
def test_no_street_area_or_landmark_name_shared_with_the_sample(name):
    m = manifest(name)
    shared = region_names(REGIONS / name, m) & sample_names()
    assert not shared, f"{name} region shares names with the Belmopan sample: {sorted(shared)}"


@pytest.mark.parametrize("name", SETS)
def test_field_and_layer_names_differ_from_the_sample(name):
    sample_fields = {"name", "alt_names", "l_from", "l_to", "r_from", "r_to", "kind", "highway", "mile",
                     "neighbourhood"}
    m = manifest(name)
    assert not {v.casefold() for v in m["parameters"].values()} & sample_fields
    assert not set(m["layers"].values()) & {"streets", "neighbourhoods", "landmarks", "mile_markers"}


def test_dev_and_test_differ_in_towns_and_field_names():
    dev, test = manifest("dev"), manifest("test")
    assert not set(dev["towns"]) & set(test["towns"])
    assert not set(dev["parameters"].values()) & set(test["parameters"].values())
    assert dev["seed"] != test["seed"]


def known_places():
    """The plugin's built-in list of Belize places (resources/places), every spelling."""
    path = ROOT / "resources" / "places" / "belize_places.csv"
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return {fold(v) for row in rows for v in [row["place"]] + (row["other_spellings"] or "").split(";") if v}


@pytest.mark.parametrize("name", SETS)
def test_towns_are_known_places_and_invented_villages(name):
    """Coverage must come from the data: some towns are in the plugin's list of Belize
    places, several villages are in no list at all."""
    towns = manifest(name)["towns"]
    known = [t for t in towns if fold(t) in known_places()]
    invented = [t for t in towns if fold(t) not in known_places()]
    assert len(known) >= 2 and len(invented) >= 2, (known, invented)


@pytest.mark.parametrize("name", SETS)
def test_one_street_layer_holds_several_towns_with_repeated_names(name):
    m = manifest(name)
    p = m["parameters"]
    rows = [a for a, _g in features(REGIONS / name / "region.gpkg", m["layers"]["streets"])]
    towns_of = {}
    for a in rows:
        if a[p["STREET_NAME_FIELD"]] and a[p["STREET_TOWN_FIELD"]]:
            towns_of.setdefault(a[p["STREET_NAME_FIELD"]], set()).add(a[p["STREET_TOWN_FIELD"]])
    assert len({a[p["STREET_TOWN_FIELD"]] for a in rows if a[p["STREET_TOWN_FIELD"]]}) >= 5
    repeated = [n for n, t in towns_of.items() if len(t) >= 2]
    assert len(repeated) >= 4 and max(len(t) for t in towns_of.values()) >= 3, repeated
    ranged = sum(a[p["RIGHT_FROM_FIELD"]] is not None for a in rows)
    assert 0.15 * len(rows) < ranged < 0.85 * len(rows), "address ranges on some streets only"
    spanish = [n for n in towns_of if n.split(" ")[0] in ("Calle", "Avenida", "Callejón", "Pasaje", "Prolongación",
                                                          "Calzada", "Camino")]
    assert len(spanish) >= 0.4 * len(towns_of)
    assert any(a[p["STREET_NAME_FIELD"]] is None for a in rows), "a few segments have no name"
    assert any(a[p["STREET_TOWN_FIELD"]] is None for a in rows), "rural highway stretches belong to no town"


@pytest.mark.parametrize("name", SETS)
def test_areas_hold_towns_and_their_neighbourhoods_nested(name):
    m = manifest(name)
    p, ids = m["parameters"], m["ids"]
    gpkg = REGIONS / name / "region.gpkg"
    towns = {a[p["TOWN_NAME_FIELD"]]: wkt.loads(g) for a, g in features(gpkg, m["layers"]["towns"])}
    areas = features(gpkg, m["layers"]["areas"])
    kinds = Counter()
    for attrs, geometry in areas:
        parent = [v for k, v in attrs.items() if k not in (p["AREA_NAME_FIELD"], ids["areas"]) and v in towns]
        if attrs[p["AREA_NAME_FIELD"]] in towns:
            kinds["town"] += 1
            assert towns[attrs[p["AREA_NAME_FIELD"]]].symmetric_difference(wkt.loads(geometry)).area < 1.0
        else:
            kinds["neighbourhood"] += 1
            assert parent, attrs
            assert towns[parent[0]].buffer(1.0).covers(wkt.loads(geometry)), attrs
    assert kinds["town"] >= 3 and kinds["neighbourhood"] >= 8, kinds


@pytest.mark.parametrize("name", SETS)
def test_each_town_has_its_own_police_station_and_church(name):
    m = manifest(name)
    p = m["parameters"]
    rows = [a for a, _g in features(REGIONS / name / "region.gpkg", m["layers"]["landmarks"])]
    kind = Counter(a[p["LANDMARK_KIND_FIELD"]] for a in rows)
    assert kind.most_common(1)[0][1] >= 4, "one landmark kind in four towns at least"
    names = [a[p["LANDMARK_NAME_FIELD"]] for a in rows]
    assert len(names) == len(set(names))
    markers = values(REGIONS / name / "region.gpkg", m["layers"]["markers"], p["MILE_FIELD"])
    assert len(markers) >= 10 and sorted(markers) == list(range(min(markers), max(markers) + 1))


# --------------------------------------------------------------------------- register + truth
@pytest.mark.parametrize("name", SETS)
def test_truth_classes_all_present_with_sensible_counts(name):
    truth = read_truth(REGIONS / name / "truth.csv")
    register = read_register(REGIONS / name)
    assert [int(t["row"]) for t in truth] == [r for r, _a in register] == list(range(1, len(truth) + 1))
    assert [t["address"] for t in truth] == [a for _r, a in register]
    by_class = Counter(t["answer_class"] for t in truth)
    for cls in ANSWERABLE + UNANSWERABLE:
        assert by_class[cls] >= 0.02 * len(truth), (cls, by_class)
    tied = [t for t in truth if t["expect"] == "tied"]
    assert len(tied) >= 0.03 * len(truth)
    assert len({t["answer_class"] for t in tied}) >= 3
    assert all(len(t["tied_towns"].split(";")) >= 2 and not t["town"] for t in tied)
    assert {t["expect"] for t in truth if t["answer_class"] in UNANSWERABLE} == {"unmatched"}
    covered = {fold(t) for t in manifest(name)["towns"]}
    for t in truth:
        if t["answer_class"] == "other_town":
            assert fold(t["area"]) not in covered, t


@pytest.mark.parametrize("name", SETS)
def test_truth_agrees_with_the_layers(name):
    """House points beside their street, corners where the two streets meet, landmark rows
    near their landmark, miles on the highway, areas and towns that exist."""
    m = manifest(name)
    p, ids, L = m["parameters"], m["ids"], m["layers"]
    gpkg = REGIONS / name / "region.gpkg"
    streets = {a[ids["streets"]]: (a, wkt.loads(g)) for a, g in features(gpkg, L["streets"])}
    areas = {a[ids["areas"]]: a[p["AREA_NAME_FIELD"]] for a, _g in features(gpkg, L["areas"])}
    towns = {a[ids["towns"]]: a[p["TOWN_NAME_FIELD"]] for a, _g in features(gpkg, L["towns"])}
    landmarks = {a[p["LANDMARK_NAME_FIELD"]]: wkt.loads(g) for a, g in features(gpkg, L["landmarks"])}
    roads = set(values(gpkg, L["markers"], p["MILE_HIGHWAY_FIELD"]))
    highway = [g for a, g in streets.values()
               if roads & {a[p["STREET_NAME_FIELD"]], *str(a[p["STREET_ALIAS_FIELD"]]).split(";")}]
    from shapely.geometry import Point

    for t in read_truth(gpkg.parent / "truth.csv"):
        cls = t["answer_class"]
        pt = Point(float(t["true_x"]), float(t["true_y"])) if t["true_x"] else None
        if cls in ("house", "street"):
            segs = [streets[int(i)] for i in t["street_ids"].split(";")]
            assert {a[p["STREET_NAME_FIELD"]] for a, _g in segs} == {t["street"]}, t
            assert len({a[p["STREET_TOWN_FIELD"]] for a, _g in segs}) == 1, t
            assert min(g.distance(pt) for _a, g in segs) <= 20.0, t
        elif cls == "corner":
            near = {a[p["STREET_NAME_FIELD"]] for a, g in streets.values() if g.distance(pt) < 0.01}
            assert {t["street"], t["street_2"]} <= near, t
        elif cls == "landmark":
            assert landmarks[t["landmark"]].distance(pt) <= 61.0, t
        elif cls == "mile":
            assert min(g.distance(pt) for g in highway) <= 16.0, t
        elif cls == "area":
            assert areas[int(t["area_id"])] == t["area"], t
        elif cls == "town_only":
            assert towns[int(t["area_id"])] == t["area"], t


@pytest.mark.parametrize("name", SETS)
def test_register_files_as_a_board_sends_them(name):
    """CSV and XLSX hold the same rows under a title block, with Spanish headings."""
    from openpyxl import load_workbook

    m = manifest(name)
    reg = m["register"]
    raw = (REGIONS / name / reg["csv"]).read_bytes().decode(reg["encoding"])
    lines = raw.splitlines()
    assert "SYNTHETIC" in lines[1] and lines[3].startswith(reg["row_column"])
    assert "Dirección" in reg["address_column"]
    book = load_workbook(REGIONS / name / reg["xlsx"], read_only=True)
    sheet = book.worksheets[0]
    cells = list(sheet.iter_rows(values_only=True))
    assert "SYNTHETIC" in cells[1][0]
    header = list(cells[3])
    column = header.index(reg["address_column"])
    assert [("" if r[column] is None else r[column]) for r in cells[4:]] == [a for _r, a in read_register(REGIONS / name)]


FORMS = {
    "initials with dots": r"\b(O\.W\.|S\.I\.|B\.V\.)", "initials without dots": r"\b(OW|SI|CZL|BV)\b",
    "Sta. for Santa": r"\bSta\.? ", "Town after the town": r"\b(Town|Twn)\b", "district words": r"(District|Dist\.|C\.D\.|OWD|Distrito)",
    "Lot N": r"\bLot\b\.? ?#?\d", "Plot N": r"\bPlot \d", "No. N": r"\bNo\. ?\d", "#N": r"#\d",
    "number after the street": r"[A-Za-z]\.? #\d", "corner at": r" at ", "corner /": r"\w/\w", "corner &": r" & ",
    "corner y": r" y ", "corner con": r" con ", "esquina": r"\besq(\.|uina)", "fractional mile": r"(1/2|½|3/4|¼|\.25|\.5\b)",
    "P.O. box": r"P\.O\. Box", "phone": r"\d{3}-\d{4}", "Spanish landmark": r"\b(frente a|al lado de|detr[aá]s de)",
    "English landmark": r"\b(opposite|next to|behind)", "upper case": r"^[^a-z]*[A-Z]{4}[^a-z]*$",
    "lower case": r"^[^A-Z]*[a-z]{4}[^A-Z]*$", "blank": r"^\s*$", "other town": r"(Belize City|Belmopan|Dangriga)",
}


def test_the_registers_write_addresses_in_every_form_of_issue_8():
    addresses = [a for name in SETS for _r, a in read_register(REGIONS / name)]
    counts = {form: sum(bool(re.search(pattern, a, re.IGNORECASE if form not in ("upper case", "lower case",
                                                                                 "initials without dots") else 0))
                        for a in addresses) for form, pattern in FORMS.items()}
    missing = {form: n for form, n in counts.items() if n < 3}
    assert not missing, missing


# --------------------------------------------------------------------------- scale
def test_national_layer_has_twenty_towns_and_twenty_thousand_segments(national):
    folder, m = national
    p = m["parameters"]
    gpkg = Path(folder) / m["gpkg"]
    ds = ogr.Open(str(gpkg))
    streets = ds.GetLayerByName(m["layers"]["streets"])
    assert streets.GetFeatureCount() >= 20_000
    towns = {f.GetField(p["STREET_TOWN_FIELD"]) for f in streets} - {None}
    ds = None
    assert len(towns) >= 20
    register = read_register(folder, m)
    assert len(register) == 20_000
    assert len({a for _r, a in register}) >= 0.85 * len(register)
    assert not region_names(folder, m) & sample_names()
    truth = read_truth(Path(folder) / "truth.csv")
    assert Counter(t["answer_class"] for t in truth).keys() >= set(ANSWERABLE + UNANSWERABLE)


def test_bulk_register_on_the_test_region_is_mostly_distinct(tmp_path):
    build_set("test", tmp_path)
    bulk = build_bulk_register("test", tmp_path)
    rows = read_register(tmp_path, None, bulk["csv"])
    assert len(rows) == 20_000
    assert len({a for _r, a in rows}) >= 0.85 * len(rows)
    truth = read_truth(tmp_path / bulk["truth"])
    assert len(truth) == 20_000 and sum(t["expect"] == "tied" for t in truth) >= 200
