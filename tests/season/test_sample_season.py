"""The sample's season-to-season files (synthetic): the later register and its change
truth, the incidents history; rebuilt identically without touching the rest of the sample;
and the whole chain (import, geocode both registers, compare) against the truth."""

import csv
import datetime as dt
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import QgsFeatureRequest, QgsVectorLayer

from tests.conftest import DATA, ROOT, SAMPLE, sample_layer

LATER = SAMPLE / "licence_register_2026q2.csv"
TRUTH = DATA / "belmopan_register_2026q2_truth.csv"
HISTORY = SAMPLE / "belmopan_history.gpkg"
FIRST_FILES = ("belmopan.gpkg", "licence_register.csv", "licence_register.xlsx")


def geopackage_content(path):
    """Every row of every table, as a reader sees it: the spatial indexes by their entries,
    not their pages (GDAL 3.10 packs R-tree nodes and writes layer extents differently
    from GDAL 3.6; the data is the same)."""
    def row(values):
        return tuple(round(v, 6) if isinstance(v, float) else v for v in values)

    with closing(sqlite3.connect(path)) as db:
        tables = [t for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        indexes = {t for t in tables if t.startswith("rtree_")} - {
            t for t in tables if t.startswith("rtree_") and t.rsplit("_", 1)[-1] in ("node", "parent", "rowid")}
        return {t: sorted(row(r) for r in db.execute(f'SELECT * FROM "{t}"'))
                for t in tables if not t.startswith("rtree_") or t in indexes}


def truth_rows():
    with open(TRUTH, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_later_register_is_a_board_register_with_its_truth():
    text = LATER.read_bytes().decode("cp1252")
    rows = list(csv.reader(text.splitlines()))
    assert rows[0][:5] == ["Licence No.", "Name of Premises", "Licensee", "Address", "Class of Licence"]
    truth = truth_rows()
    listed = [t for t in truth if t["source_row"]]
    assert sorted(int(t["source_row"]) for t in listed) == list(range(1, len(rows)))
    assert {t["new_licence_id"] for t in listed} <= {r[0] for r in rows[1:]}
    counts = Counter(t["change"] for t in truth)
    assert set(counts) == {"new", "closed", "moved", "class_changed", "renewed", "unchanged"}
    assert all(n > 0 for n in counts.values())
    assert any(t["new_licence_id"].startswith("BMP-2026-") and t["change"] == "renewed" for t in truth)  # numbers change


def test_incidents_history_has_twelve_quarters_inside_the_city():
    layer = QgsVectorLayer(f"{HISTORY}|layername=incidents_history", "history", "ogr")
    assert layer.isValid() and layer.crs().authid() == "EPSG:32616"
    boundary = next(sample_layer("city_boundary").getFeatures()).geometry()
    quarters = {}
    for feature in layer.getFeatures():
        assert boundary.contains(feature.geometry())
        day = dt.date.fromisoformat(feature["reported"])
        assert feature["quarter"] == f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        quarters.setdefault(feature["period"], set()).add(feature["quarter"])
    assert sorted(quarters) == list(range(1, 13))
    assert all(len(labels) == 1 for labels in quarters.values())
    assert quarters[1] == {"2023-Q2"} and quarters[12] == {"2026-Q1"}


def test_rebuild_gives_the_same_files_and_leaves_the_first_sample_alone(tmp_path):
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "make_sample.py"), "--out-dir", str(tmp_path)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    for name in FIRST_FILES + ("licence_register_2026q2.csv",):
        if name.endswith(".gpkg"):
            assert geopackage_content(tmp_path / name) == geopackage_content(SAMPLE / name), name
        else:
            assert (tmp_path / name).read_bytes() == (SAMPLE / name).read_bytes(), name
    assert (tmp_path / TRUTH.name).read_bytes() == TRUTH.read_bytes()
    rebuilt = QgsVectorLayer(f"{tmp_path / HISTORY.name}|layername=incidents_history", "rebuilt", "ogr")
    shipped = QgsVectorLayer(f"{HISTORY}|layername=incidents_history", "shipped", "ogr")
    as_rows = [[(f.attributes()[1:], f.geometry().asWkt(2)) for f in layer.getFeatures()] for layer in (rebuilt, shipped)]
    assert as_rows[0] == as_rows[1]


@pytest.fixture(scope="module")
def compared(run_algorithm):
    def geocoded(path, date):
        register = run_algorithm("infosegura:importregister", {
            "INPUT": str(path), "REFERENCE_DATE": date, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        return run_algorithm("infosegura:geocodeaddresses", {
            "INPUT": register, "ADDRESS_FIELD": "address", "STREETS": sample_layer("streets"),
            "STREET_NAME_FIELD": "name", "STREET_ALIAS_FIELD": "alt_names", "LEFT_FROM_FIELD": "l_from",
            "LEFT_TO_FIELD": "l_to", "RIGHT_FROM_FIELD": "r_from", "RIGHT_TO_FIELD": "r_to",
            "AREAS": sample_layer("neighbourhoods"), "AREA_NAME_FIELD": "name", "LANDMARKS": sample_layer("landmarks"),
            "LANDMARK_NAME_FIELD": "name", "MILE_MARKERS": sample_layer("mile_markers"), "USE_MEMORY": False,
            "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]

    old = geocoded(SAMPLE / "licence_register.csv", "2026-01-01")
    new = geocoded(LATER, "2026-04-01")
    out = run_algorithm("infosegura:compareregisters", {
        "OLD": old, "NEW": new, "KEY_FIELD": "licence_id", "MOVE_DISTANCE": 50, "OUTPUT": "TEMPORARY_OUTPUT",
        "MOVES": "TEMPORARY_OUTPUT", "SUMMARY": "TEMPORARY_OUTPUT"})
    source_row = {f.id(): f["source_row"] for f in new.getFeatures(QgsFeatureRequest().setNoAttributes()
                                                                     .setSubsetOfAttributes(["source_row"], new.fields()))}
    return out, source_row


def test_the_changes_found_agree_with_the_truth(compared):
    out, source_row = compared
    truth = truth_rows()
    by_row = {int(t["source_row"]): t["change"] for t in truth if t["source_row"]}
    closed = Counter(t["old_licence_id"] for t in truth if t["change"] == "closed")
    found, agree = 0, 0
    for feature in out["OUTPUT"].getFeatures():
        found += 1
        if feature["change"] == "closed":
            agree += closed[feature["old_licence_id"]] > 0
        else:
            agree += by_row[source_row[feature["new_fid"]]] == feature["change"]
    assert found == len(truth)                       # every premises once
    assert out["NEW_COUNT"] == sum(t["change"] == "new" for t in truth)
    assert out["CLOSED_COUNT"] == sum(t["change"] == "closed" for t in truth)
    assert agree / found >= 0.98, f"{agree} of {found}"


def test_sample_files_are_listed_in_the_docs():
    doc = (ROOT / "docs" / "sample_data.md").read_text(encoding="utf-8")
    readme = (SAMPLE / "README.md").read_text(encoding="utf-8")
    for name in ("licence_register_2026q2.csv", "belmopan_history.gpkg"):
        assert name in doc and name in readme
    assert Path(TRUTH).name in doc
