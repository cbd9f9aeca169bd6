"""The one definition of "sensitive": categories and names under many spellings (English
and Spanish), flag fields under their usual names, settings that add and never remove."""

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY

from infosegura_plugin.core.categories import category_label, fold_category, parse_categories
from infosegura_plugin.core.sensitive import default_policy, load_policy, sensitive_feature_ids
from infosegura_plugin.settings import Settings
from tests.layers import memory_layer

SENSITIVE_SPELLINGS = [
    "shelter", "Shelter", " SHELTERS ", "women's shelter", "Women’s Shelters", "womens_shelter",
    "Emergency-Shelter", "WomensShelter", "refuge", "Women's Refuges", "safe house", "Safe-Houses", "safehouse",
    "victim services", "Victim_Services", "victim-service", "VictimServices", "victim support", "Victim Support Unit",
    "domestic violence", "Domestic Violence Centre", "crisis centre", "Crisis Centers",
    "albergue", "Albergues", "refugio", "Refugios", "casa refugio", "Casa-Refugio", "casa de acogida",
    "Casas de Acogida", "CASA_DE_ACOGIDA", "centro de atención a víctimas", "Centro de Atencion a Victimas",
    "centros de atención a víctimas", "violencia doméstica", "Violencia Intrafamiliar",
]
NOT_SENSITIVE = ["school", "church", "park", "police", "health_centre", "bus_terminal", "market", "youth centre",
                 "casa de la cultura", "victoria street", "", None, "NULL"]


@pytest.fixture(scope="module")
def policy(qgis_app):
    return default_policy()


def test_fold_category_folds_case_accents_separators_and_plurals():
    assert fold_category(" Women's Shelters ") == fold_category("women_shelter") == fold_category("WOMEN-SHELTER")
    assert fold_category("Casas de Acogida") == fold_category("casa_de_acogida")
    assert fold_category("Centros de atención a víctimas") == fold_category("centro de atencion a victima")
    assert fold_category("Youth Centres") == fold_category("youth-centre")
    assert fold_category("On-Premises") == fold_category("on premise")
    assert fold_category("facilities") == fold_category("Facility")
    assert fold_category("preschool") != fold_category("school")
    assert fold_category(None) == fold_category("NULL") == fold_category("  ") == ""


def test_category_label_and_parse_keep_what_the_user_wrote():
    assert category_label(" On-Premise ") == "on_premise"
    assert parse_categories(" School, church ,,schools, Church ") == ["school", "church"]


@pytest.mark.parametrize("spelling", SENSITIVE_SPELLINGS)
def test_every_spelling_of_a_sensitive_category_is_sensitive(policy, spelling):
    assert policy.is_sensitive_category(spelling)


@pytest.mark.parametrize("value", NOT_SENSITIVE)
def test_ordinary_categories_are_not_sensitive(policy, value):
    assert not policy.is_sensitive_category(value)


def test_flag_fields_and_values(policy):
    fields = ["asset_id", "Sensitive", "IS_SENSITIVE", "confidential", "Restricted", "private", "sensible",
              "Confidencial", "es-sensible", "name", "sensitivity_note"]
    assert policy.flag_field_names(fields) == [
        "Sensitive", "IS_SENSITIVE", "confidential", "Restricted", "private", "sensible", "Confidencial",
        "es-sensible"]
    for value in ("yes", "Y", "true", "TRUE", 1, "1", "sí", "Si", "x", "X", 2, True, "confidential"):
        assert policy.is_true_flag(value), value
    for value in (None, "", "0", 0, 0.0, "0.0", "no", "No", "n", "false", "F", False, "NULL", " "):
        assert not policy.is_true_flag(value), value


def test_row_and_mask(policy):
    assert policy.row_is_sensitive("school", ["yes"])
    assert policy.row_is_sensitive("school", [None], ["Hope Women's Shelter"])
    assert not policy.row_is_sensitive("school", [0, "no"], ["Belmopan Primary"])
    mask = policy.mask(["school", "Refugio", "park", "church"], [[0, 0, "sí", None]], [["A", "B", "C", "Safe House"]])
    assert mask.tolist() == [False, True, True, True]
    assert policy.mask(None, [[1, 0]]).tolist() == [True, False]
    assert policy.mask([]).dtype == np.bool_


def test_settings_add_terms_and_fields_but_never_remove(qgis_app):
    before = Settings.load()
    try:
        Settings(sensitive_categories="Hogar Esperanza, halfway house", sensitive_flag_fields="secreto").save()
        policy = load_policy()
        assert policy.is_sensitive_category("Halfway Houses")
        assert policy.is_sensitive_category("hogar-esperanza")
        assert policy.flag_field_names(["Secreto", "name"]) == ["Secreto"]
        assert policy.is_sensitive_category("shelter")  # the shipped terms stay
        assert policy.flag_field_names(["sensitive"]) == ["sensitive"]
    finally:
        before.save()
    assert not load_policy().is_sensitive_category("Halfway Houses")


def test_sensitive_feature_ids_reads_category_name_and_flag_fields(qgis_app):
    rows = [
        ("school", "Primary", None, "no"),
        ("Casa de Acogida", "Casa 1", None, None),
        ("community_centre", "Hope Women's Refuge", None, None),
        ("school", "Quiet school", 1, None),
        ("church", "St Mary", 0, "Sí"),
        ("park", "Park", None, None),
    ]
    layer = memory_layer(
        "Point?crs=EPSG:32616&field=tipo:string&field=nombre:string&field=is_sensitive:integer&field=confidencial:string",
        [(QgsGeometry.fromPointXY(QgsPointXY(k, k)), list(row)) for k, row in enumerate(rows)])
    ids = sorted(sensitive_feature_ids(layer))
    names = {f.id(): f["nombre"] for f in layer.getFeatures()}
    assert [names[i] for i in ids] == ["Casa 1", "Hope Women's Refuge", "Quiet school", "St Mary"]


def test_shipped_defaults_are_in_resources():
    from infosegura_plugin.paths import resource

    text = (resource("sensitive") / "sensitive_categories.csv").read_text(encoding="utf-8")
    for term in ("shelter", "safe house", "victim services", "albergue", "casa de acogida"):
        assert term in text
