"""infosegura:publicexport, checked by reading the written file back: no sensitive place,
no personal data, no incident point, no incident count below the threshold, and no
withheld count that the total gives away."""

import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from qgis.core import QgsFeature, QgsFeatureRequest, QgsVectorLayer

from infosegura_plugin.core.fields import STRING, make_field
from tests.layers import RecordingFeedback

from .conftest import table
from .planted import (
    EMAIL,
    MARK,
    PHONE,
    SENSITIVE_ASSETS,
    licensee_names,
    planted_assets,
    planted_conflicts,
    premises_with_personal_data,
)

PHONE_OR_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\d{3}[ .-]\d{4}")


def _incidents_with_a_sensitive_one(incidents: QgsVectorLayer) -> QgsVectorLayer:
    """The incidents plus one at a shelter (flagged), which must not be counted."""
    copy = incidents.materialize(QgsFeatureRequest())
    copy.dataProvider().addAttributes([make_field("at_sensitive_site", STRING),
                                       make_field("Sensitive", STRING)])
    copy.updateFields()
    first = next(copy.getFeatures())
    feature = QgsFeature(copy.fields())
    feature.setGeometry(first.geometry())
    values = {"incident_id": "PLANT-I1", "period": 2, "Sensitive": "YES"}
    feature.setAttributes([values.get(f.name()) for f in copy.fields()])
    assert copy.dataProvider().addFeatures([feature])[0]
    return copy


def _inputs(analysis, **extra):
    premises = table(analysis, "licensed_premises")
    return dict({
        "AREAS": table(analysis, "community_profiles"),
        "INCIDENTS": _incidents_with_a_sensitive_one(table(analysis, "incidents")),
        "GRID": table(analysis, "hot_spots"),
        "PREMISES": premises_with_personal_data(premises),
        "ASSETS": planted_assets(table(analysis, "community_assets"), premises),
        "CONFLICTS": planted_conflicts(table(analysis, "proximity_conflicts"), premises),
    }, **extra)


def _tables(gpkg):
    with closing(sqlite3.connect(gpkg)) as db:
        contents = dict(db.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall())
        geometry = dict(db.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns").fetchall())
    return contents, geometry


def _rows(gpkg, name):
    with closing(sqlite3.connect(gpkg)) as db:
        db.row_factory = sqlite3.Row
        return [dict(r) for r in db.execute(f'SELECT * FROM "{name}"')]


def _every_text_value(gpkg):
    contents, _ = _tables(gpkg)
    for name in contents:
        for row in _rows(gpkg, name):
            for key, value in row.items():
                if isinstance(value, str):
                    yield name, key, value


@pytest.fixture(scope="module")
def export(analysis, run_algorithm, tmp_path_factory):
    output = tmp_path_factory.mktemp("public") / "belmopan_public.gpkg"
    feedback = RecordingFeedback()
    result = run_algorithm("infosegura:publicexport", dict(_inputs(analysis), OUTPUT=str(output)), feedback=feedback)
    return Path(result["OUTPUT"]), feedback


def test_no_incident_points_and_premises_only_as_counts_by_default(export):
    gpkg, _feedback = export
    contents, geometry = _tables(gpkg)
    assert set(contents) - {"layer_styles"} == {"public_areas", "public_cells", "public_assets", "removal_summary"}
    points = {name for name, kind in geometry.items() if "POINT" in kind.upper()}
    assert points == {"public_assets"}  # community assets only: no incident, no premises point
    for row in _rows(gpkg, "public_assets"):
        assert not str(row.get("asset_id", "")).startswith(("INC", "PLANT-I"))


def test_no_sensitive_place_anywhere(export):
    gpkg, _feedback = export
    data = gpkg.read_bytes()
    assert MARK.encode() not in data
    for asset_id, *_rest in SENSITIVE_ASSETS:
        assert asset_id.encode() not in data
    assert b"Shelter (sensitive)" not in data and b"Confidencial" not in data
    published = {row["asset_id"] for row in _rows(gpkg, "public_assets")}
    assert len(published) == 62  # the sample's public assets, all of them


def test_sensitive_places_are_not_counted(export, analysis):
    gpkg, _feedback = export
    counted = sum(row["assets"] for row in _rows(gpkg, "public_areas"))
    assert counted <= 62  # planted shelters add nothing to the asset counts
    conflicts = sum(row["conflicts"] for row in _rows(gpkg, "public_areas"))
    assert conflicts == table(analysis, "proximity_conflicts").featureCount()  # planted lines add nothing


def test_no_personal_data(export, analysis):
    gpkg, _feedback = export
    data = gpkg.read_bytes().decode("utf-8", errors="ignore")
    for name in licensee_names(table(analysis, "licensed_premises")):
        assert name not in data, name
    assert EMAIL not in data and PHONE not in data
    for name, key, value in _every_text_value(gpkg):
        if name != "layer_styles" and not name.startswith("gpkg_"):
            assert not PHONE_OR_EMAIL.search(value), (name, key, value)


def test_counts_below_the_threshold_are_withheld_and_labelled(export):
    gpkg, _feedback = export
    for name in ("public_areas", "public_cells"):
        for row in _rows(gpkg, name):
            if row["suppressed"]:
                assert row["incidents"] is None and row["incidents_label"] == "<5"
            else:
                assert row["incidents"] >= 5 and row["incidents_label"] == str(row["incidents"])


@pytest.mark.parametrize("min_count", [5, 25, 31])
def test_a_withheld_count_cannot_be_worked_out_from_the_total(analysis, run_algorithm, tmp_path, min_count):
    result = run_algorithm("infosegura:publicexport", dict(
        _inputs(analysis, GRID=None, ASSETS=None, CONFLICTS=None, PREMISES=None), MIN_COUNT=min_count,
        OUTPUT=str(tmp_path / "p.gpkg")))
    rows = _rows(result["OUTPUT"], "public_areas")
    incidents = table(analysis, "incidents").featureCount()  # the planted sensitive one is not counted
    withheld = [r for r in rows if r["suppressed"]]
    shown = sum(r["incidents"] for r in rows if not r["suppressed"])
    assert all(r["incidents"] is None for r in withheld)
    assert all(r["incidents"] >= min_count for r in rows if not r["suppressed"])
    if withheld:
        assert len(withheld) >= 2
        assert incidents - shown >= min_count  # the withheld ones together are not a small count
    if min_count == 31:
        assert withheld, "the sample has areas with fewer than 31 incidents"


def test_premises_as_points_only_when_asked_without_personal_fields(analysis, run_algorithm, tmp_path):
    result = run_algorithm("infosegura:publicexport", dict(
        _inputs(analysis, GRID=None), PREMISES_POINTS=True, OUTPUT=str(tmp_path / "p.gpkg")))
    gpkg = Path(result["OUTPUT"])
    contents, _ = _tables(gpkg)
    assert {"public_premises", "public_conflicts"} <= set(contents)
    premises = _rows(gpkg, "public_premises")
    with closing(sqlite3.connect(gpkg)) as db:
        columns = [r[1] for r in db.execute('PRAGMA table_info("public_premises")')]
    assert "licensee" not in columns and "Owner Phone" not in columns and "Remarks" not in columns
    assert all(row["details"] is None for row in premises)  # a phone and an e-mail in free text: blanked
    source = table(analysis, "licensed_premises")
    matched = sum(1 for f in source.getFeatures() if f["gc_status"] == "matched")
    assert len(premises) == matched
    lines = _rows(gpkg, "public_conflicts")
    assert not any(str(row["asset_id"]).startswith("PLANT") for row in lines)
    summary = {row["item"]: row["count"] for row in _rows(gpkg, "removal_summary")}
    assert summary["personal_values_blanked"] >= len(premises)  # every 'details' value
    assert summary["personal_fields_dropped"] >= 3  # licensee, Owner Phone, Remarks


def test_the_removal_summary_is_in_the_log_the_table_and_the_metadata(export):
    gpkg, feedback = export
    summary = {row["item"]: row["count"] for row in _rows(gpkg, "removal_summary")}
    assert summary["sensitive_assets_left_out"] == len(SENSITIVE_ASSETS)
    assert summary["sensitive_conflicts_left_out"] == len(SENSITIVE_ASSETS)
    assert summary["sensitive_incidents_left_out"] == 1
    assert summary["incident_points_not_published"] > 0
    assert summary["premises_points_withheld"] > 0
    assert any(f"sensitive_assets_left_out: {len(SENSITIVE_ASSETS)}" in m for m in feedback.messages)
    from osgeo import gdal

    dataset = gdal.OpenEx(str(gpkg))
    assert json.loads(dataset.GetMetadataItem("INFOSEGURA_REMOVED")) == summary
    assert dataset.GetMetadataItem("INFOSEGURA_CLASSIFICATION") == "PUBLIC"
    for name in ("public_areas", "public_cells", "public_assets"):
        assert dataset.GetLayerByName(name).GetMetadataItem("INFOSEGURA_CLASSIFICATION") == "PUBLIC"


def test_a_bundle_of_the_public_export_is_classified_public(export, run_algorithm, tmp_path):
    gpkg, _feedback = export
    result = run_algorithm("infosegura:exportbundle", {
        "LAYERS": [QgsVectorLayer(f"{gpkg}|layername=public_areas", "areas", "ogr")],
        "OUTPUT": str(tmp_path / "public_bundle.gpkg")})
    assert result["CLASSIFICATION"] == "PUBLIC"


def test_from_the_command_line(analysis, qgis_process, tmp_path):
    output = tmp_path / "cli_public.gpkg"
    completed = qgis_process("run", "infosegura:publicexport", f"--AREAS={analysis}|layername=community_profiles",
                             "--AREA_NAME_FIELD=name", f"--INCIDENTS={analysis}|layername=incidents",
                             f"--OUTPUT={output}")
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert "incident_points_not_published" in completed.stdout
    rows = _rows(output, "public_areas")
    assert len(rows) == table(analysis, "community_profiles").featureCount()
    assert all(r["incidents"] is None or r["incidents"] >= 5 for r in rows)
