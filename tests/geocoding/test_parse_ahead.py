"""A large register's texts are parsed on a second core while the street index is built.

The geocoder takes those parses only when they were made with its own vocabulary (the
place names its layers name); either way every address is geocoded as in one process."""

import os
import time

import pytest
from qgis.core import QgsFeature, QgsGeometry

from infosegura_plugin.core.addresses.places import PlaceVocabulary
from infosegura_plugin.core.geocoding import helper_process, layers, parse_ahead
from infosegura_plugin.core.geocoding.geocoder import parse_numbered
from infosegura_plugin.core.geocoding.layers import StreetFields, build_geocoder

from ..layers import memory_layer
from . import two_towns as tt
from .test_towns import CASES, FIELDS, LANDMARK_FIELDS

pytestmark = pytest.mark.skipif(not helper_process.helper_allowed(), reason="needs Linux and two cores")

TEXTS = [case[0] for case in CASES] + [f"{n} Main Street, San Roberto" for n in range(1, 60)] \
    + [f"#{n} Calle Real" for n in range(1, 40)]
TOWN_FIELDS = StreetFields(**{**FIELDS.__dict__, "town": "TOWN"})


@pytest.fixture
def patient(monkeypatch):
    """Small registers forked; the build waits for the helper to finish (a real build is
    long enough for it to get well ahead; this one takes milliseconds)."""
    monkeypatch.setattr(helper_process, "MIN_KEYS", 20)
    monkeypatch.setattr(parse_ahead, "MIN_KEYS", 20)
    monkeypatch.delenv("INFOSEGURA_GEOCODE_PROCESSES", raising=False)
    finish = parse_ahead.ParseAhead.finish
    pids = []

    def finish_when_done(self):
        pids.append(self.helper.pid)
        for _wait in range(500):
            if self.helper._exited():
                break
            time.sleep(0.01)
        return finish(self)

    monkeypatch.setattr(parse_ahead.ParseAhead, "finish", finish_when_done)
    return pids


def answers(geocoder):
    return {text: (r.status, r.type, r.street, r.note, r.point, [(c.label, c.point) for c in r.candidates])
            for text in TEXTS for r in [geocoder.geocode(text)]}


def test_parses_made_ahead_are_taken_and_answer_the_same(qgis_app, patient):
    plain = build_geocoder(tt.streets_layer(), TOWN_FIELDS, landmarks=tt.landmarks_layer(),
                           landmark_fields=LANDMARK_FIELDS).geocoder
    ahead = build_geocoder(tt.streets_layer(), TOWN_FIELDS, landmarks=tt.landmarks_layer(),
                           landmark_fields=LANDMARK_FIELDS, texts=TEXTS).geocoder
    assert patient and not os.path.exists(f"/proc/{patient[0]}")  # stopped and reaped
    assert set(ahead._parsed) == set(TEXTS)
    for text in TEXTS:
        assert ahead._parsed[text] == parse_numbered(text, ahead.vocabulary)
    assert ahead.vocabulary.keys == plain.vocabulary.keys
    assert answers(ahead) == answers(plain)


def test_a_wrong_guess_of_the_towns_is_not_used(qgis_app, patient):
    """An unnamed track is the only street of a village: the town field's values name it,
    the named streets do not, so the guessed vocabulary is wrong and its parses are dropped."""
    streets = streets_with_a_ghost_village()
    plain = build_geocoder(tt.streets_layer(), TOWN_FIELDS).geocoder
    ahead = build_geocoder(streets, TOWN_FIELDS, texts=TEXTS).geocoder
    assert patient, "the helper was started"
    assert "ghost village" not in ahead.vocabulary.data_keys
    assert ahead._parsed == {}
    assert answers(ahead) == answers(plain)


def test_the_vocabulary_depends_on_the_places_only():
    one = PlaceVocabulary(["Orange Walk", "San Roberto"], ["Santa Ana"])
    other = PlaceVocabulary(["SAN ROBERTO", "orange walk", "Orange Walk Town"], ["Santa Ana"])
    assert one.keys == other.keys
    assert one.spellings == other.spellings
    assert PlaceVocabulary(["Orange Walk"]).keys != one.keys


def test_small_registers_and_one_process_parse_here(qgis_app, monkeypatch):
    monkeypatch.setattr(layers, "ParseAhead", parse_ahead.ParseAhead)
    assert parse_ahead.ParseAhead.start(TEXTS[:10], PlaceVocabulary()) is None  # below MIN_KEYS (2000)
    monkeypatch.setattr(parse_ahead, "MIN_KEYS", 20)
    monkeypatch.setenv("INFOSEGURA_GEOCODE_PROCESSES", "1")
    assert parse_ahead.ParseAhead.start(TEXTS, PlaceVocabulary()) is None


def streets_with_a_ghost_village():
    """The streets, and an unnamed track whose town field names a village no named street has."""
    streets = tt.streets_layer()
    track = QgsFeature(streets.fields())
    track.setAttributes([None, "Ghost Village", None, None, None, None])
    track.setGeometry(QgsGeometry.fromPolylineXY([tt.at("Orange Walk", 0, 0), tt.at("Orange Walk", 10, 10)]))
    streets.dataProvider().addFeatures([track])
    return streets


def test_guessing_the_towns_ahead_leaves_the_areas_as_the_build_finds_them(qgis_app, patient):
    """A flat areas layer holds a polygon named like that village: the wrong guess would
    take it for a town, the build (rightly) does not, and the guess marks nothing."""
    square = [(600, 600), (900, 600), (900, 900), (600, 900)]
    rows = [(tt._box("Orange Walk", square), ["Ghost Village"])]
    rows += [(tt._box(town, ring), [name]) for name, (town, ring) in tt.NEIGHBOURHOODS.items()]

    def areas():
        return memory_layer("Polygon?crs=EPSG:32616&field=AREA_NAME:string", rows, "areas")

    plain = build_geocoder(tt.streets_layer(), TOWN_FIELDS, areas=areas(), area_name_field="AREA_NAME").geocoder
    ahead = build_geocoder(streets_with_a_ghost_village(), TOWN_FIELDS, areas=areas(), area_name_field="AREA_NAME",
                           texts=TEXTS).geocoder
    assert patient, "the helper was started"
    assert ahead._parsed == {}, "the guess named the village: its parses are dropped"
    assert ahead.areas.is_town == plain.areas.is_town and not plain.areas.is_town[0]
    assert ahead.areas.towns == plain.areas.towns
    assert answers(ahead) == answers(plain)
