"""The synthetic Belmopan register against its ground truth, through the algorithm.

'Correct' per form, held at what is measured (worst seen: range 10.2 m, intersection 0 m,
landmark 47.6 m, coordinates 0.7 m): range within 15 m of the truth; intersection within
5 m; landmark within 50 m; street: gc_street is the true street and the point within 30 m
of it; area: the point inside the true neighbourhood; coordinates within 1 m. A row the
truth marks ambiguous is correct when tied. Unanswerable rows (blank, junk, other town,
streets or corners that do not exist) are correct when not matched.

The sample's streets carry no town: the run takes the register's own town (Belmopan,
named in most rows), or the city boundary given as the towns layer. Both must score the
same: 164 of the 165 answerable rows (the miss: "C. Caoba #132", a typo and an
abbreviation on one short name, scores 77 < 80).
"""

import csv
import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from ..conftest import DATA, SAMPLE, sample_layer

TOLERANCE_M = {"range": 15.0, "intersection": 5.0, "landmark": 50.0, "coordinates": 1.0}
CORRECT_ANSWERABLE = 164


def register_as_imported():
    """The CSV as the register importer hands it over: points (EPSG:32616) where the row
    has coordinates (a swapped latitude/longitude put right), NULL geometry elsewhere."""
    with open(SAMPLE / "licence_register.csv", encoding="cp1252", newline="") as handle:
        rows = list(csv.DictReader(handle))
    layer = QgsVectorLayer("Point?crs=EPSG:32616&field=licence_no:string&field=Address:string", "register", "memory")
    to_utm = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsCoordinateReferenceSystem("EPSG:32616"), QgsProject.instance())
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([row["Licence No."], row["Address"]])
        if row["Latitude"].strip() and row["Longitude"].strip():
            lat, lon = float(row["Latitude"]), float(row["Longitude"])
            if abs(lat) > abs(lon):
                lat, lon = lon, lat
            feature.setGeometry(QgsGeometry.fromPointXY(to_utm.transform(QgsPointXY(lon, lat))))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture(scope="module", params=["register's town", "towns layer"])
def geocoded(run_algorithm, request):
    register = register_as_imported()
    towns = {"TOWNS": sample_layer("city_boundary"), "TOWN_NAME_FIELD": "name"} \
        if request.param == "towns layer" else {}
    result = run_algorithm("infosegura:geocodeaddresses", {
        "INPUT": register, "ADDRESS_FIELD": "Address",
        "STREETS": sample_layer("streets"), "STREET_NAME_FIELD": "name",
        "AREAS": sample_layer("neighbourhoods"), "AREA_NAME_FIELD": "name",
        "LANDMARKS": sample_layer("landmarks"), "LANDMARK_NAME_FIELD": "name",
        "MILE_MARKERS": sample_layer("mile_markers"), "OUTPUT": "memory:", **towns,
    })
    rows = [dict(zip(result["OUTPUT"].fields().names(), f.attributes()), geometry=f.geometry())
            for f in result["OUTPUT"].getFeatures()]
    with open(DATA / "belmopan_register_truth.csv", encoding="utf-8", newline="") as handle:
        truth = list(csv.DictReader(handle))
    return result, register, rows, truth


def is_correct(row, truth, streets, areas):
    if truth["answerable"] != "1":
        return row["gc_status"] != "matched"
    if truth["ambiguous"] == "1":
        return row["gc_status"] == "tied"
    if row["gc_status"] != "matched":
        return False
    point = row["geometry"].asPoint()
    form = truth["form"]
    if form in TOLERANCE_M:
        distance = math.hypot(point.x() - float(truth["true_x"]), point.y() - float(truth["true_y"]))
        return distance <= TOLERANCE_M[form]
    if form == "street":
        lines = [f.geometry() for f in streets.getFeatures() if f["name"] == truth["true_street"]]
        near = min(g.distance(row["geometry"]) for g in lines)
        return row["gc_street"] == truth["true_street"] and near <= 30.0
    if form == "area":
        polygon = [f.geometry() for f in areas.getFeatures() if f["name"] == truth["true_area"]][0]
        return polygon.contains(row["geometry"])
    return False


def test_every_register_row_exactly_once(geocoded):
    result, register, rows, truth = geocoded
    assert len(rows) == register.featureCount() == len(truth)
    assert [r["licence_no"] for r in rows] == [t["licence_id"] for t in truth]
    assert result["MATCHED"] + result["TIED"] + result["UNMATCHED"] == len(rows)
    assert all(r["gc_note"] for r in rows), "every row is explained"


def test_accuracy_on_answerable_rows(geocoded):
    _result, _register, rows, truth = geocoded
    streets, areas = sample_layer("streets"), sample_layer("neighbourhoods")
    answerable = [(r, t) for r, t in zip(rows, truth) if t["answerable"] == "1"]
    wrong = [r["Address"] for r, t in answerable if not is_correct(r, t, streets, areas)]
    assert len(answerable) - len(wrong) >= CORRECT_ANSWERABLE, wrong


@pytest.mark.parametrize("form", ["junk", "blank", "other_town"])
def test_no_junk_blank_or_other_town_row_is_matched(geocoded, form):
    _result, _register, rows, truth = geocoded
    chosen = [r for r, t in zip(rows, truth) if t["form"] == form]
    assert chosen
    assert all(r["gc_status"] == "unmatched" and r["geometry"].isNull() for r in chosen)


def test_unanswerable_addresses_are_not_guessed(geocoded):
    _result, _register, rows, truth = geocoded
    for row, t in zip(rows, truth):
        if t["answerable"] == "0":
            assert row["gc_status"] != "matched", row["Address"]


def test_coordinates_kept(geocoded):
    _result, _register, rows, truth = geocoded
    kept = [r for r, t in zip(rows, truth) if t["form"] == "coordinates"]
    assert kept and all(r["gc_type"] == "coordinates" and r["gc_score"] == 100 for r in kept)


def test_sample_register_geocodes_with_qgis_process(qgis_process, tmp_path):
    gpkg = SAMPLE / "belmopan.gpkg"
    out = tmp_path / "geocoded.gpkg"
    done = qgis_process(
        "run", "infosegura:geocodeaddresses", "--",
        f"INPUT={SAMPLE / 'licence_register.csv'}", "ADDRESS_FIELD=Address",
        f"STREETS={gpkg}|layername=streets", "STREET_NAME_FIELD=name",
        f"AREAS={gpkg}|layername=neighbourhoods", "AREA_NAME_FIELD=name",
        f"LANDMARKS={gpkg}|layername=landmarks", "LANDMARK_NAME_FIELD=name",
        f"OUTPUT={out}")
    assert done.returncode == 0, done.stderr + done.stdout
    layer = QgsVectorLayer(f"{out}|layername=geocoded", "out", "ogr")
    assert layer.isValid() and layer.featureCount() == 200
    statuses = [f["gc_status"] for f in layer.getFeatures()]
    # 200 rows: ~35 blank/junk/other-town/non-existent, and the raw CSV gives no point
    # geometry, so the rows known only by their coordinates stay unmatched here.
    assert statuses.count("matched") >= 140 and all(s in ("matched", "tied", "unmatched") for s in statuses)
