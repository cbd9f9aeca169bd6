"""A large register is geocoded on two cores (Linux): the answers are those of one process.

The helper process is only a help: when it fails, dies or hangs, or the run is canceled,
every address is still answered exactly once and no process is left behind."""

import os
import sys
import time

import pytest

from infosegura_plugin.core.geocoding import geocode_rows, helper_process
from infosegura_plugin.core.geocoding.helper_process import geocode_keys, helper_allowed

from ..conftest import sample_layer
from .test_sample_truth import register_as_imported

pytestmark = pytest.mark.skipif(not helper_allowed(), reason="the helper process needs Linux and two cores")

KEYS = [(f"{number} {street} Street", town) for number in range(300)
        for street in ("Oak", "Elm", "Pine") for town in ("", "Springfield")]


def answer(text, town):
    """A stand-in geocoder: the answer depends only on the address (and says who gave it)."""
    return {"text": text.upper(), "town": town, "pid": os.getpid()}


@pytest.fixture
def few_keys_fork(monkeypatch):
    monkeypatch.setattr(helper_process, "MIN_KEYS", 100)
    monkeypatch.delenv("INFOSEGURA_GEOCODE_PROCESSES", raising=False)


class Recorder:
    def __init__(self, geocode=answer):
        self.geocode_fn = geocode
        self.here = []        # keys geocoded in this process
        self.remembered = {}  # key -> the helper's answer

    def geocode(self, key):
        result = self.geocode_fn(*key)
        if os.getpid() == PARENT:
            self.here.append(key)
        return result

    def remember(self, key, result):
        assert key not in self.remembered
        self.remembered[key] = result


PARENT = os.getpid()


def assert_each_answered_once(recorder, keys):
    assert not set(recorder.here) & set(recorder.remembered)
    assert len(recorder.here) == len(set(recorder.here))
    assert set(recorder.here) | set(recorder.remembered) == set(keys)
    for key, result in recorder.remembered.items():
        assert {k: v for k, v in result.items() if k != "pid"} == {"text": key[0].upper(), "town": key[1]}


def record_pid(pid_file):
    """In the helper: say its pid once, atomically (it may be killed at any moment)."""
    if not pid_file.exists():
        part = pid_file.with_name(f"{pid_file.name}.{os.getpid()}")
        part.write_text(str(os.getpid()))
        os.replace(part, pid_file)


class Paced:
    """``geocode`` made fair to the helper: in this process, the first call waits until the
    helper is at work, and each call takes a moment (the stand-ins are so quick that this
    process could otherwise answer everything before the forked helper is even scheduled)."""

    def __init__(self, geocode, folder, pause=0.001, helper_pause=0.0):
        self.geocode, self.started, self.pause = geocode, folder / "helper.started", pause
        self.helper_pause = helper_pause

    def __call__(self, key):
        if os.getpid() != PARENT:
            record_pid(self.started)
            time.sleep(self.helper_pause)
        else:
            for _wait in range(1000):
                if self.started.exists():
                    break
                time.sleep(0.01)
            time.sleep(self.pause)
        return self.geocode(key)


def no_process(pid):
    return not os.path.exists(f"/proc/{pid}")


def test_the_helper_answers_part_and_this_process_the_rest(few_keys_fork, tmp_path):
    recorder = Recorder()
    fractions = []
    report = geocode_keys(Paced(recorder.geocode, tmp_path), KEYS, recorder.remember, progress=fractions.append)
    assert report.forked and report.stopped == ""
    assert report.keys_sent == len(KEYS) - len(KEYS) // 2
    assert 0 < report.keys_returned == len(recorder.remembered) <= report.keys_sent
    assert {result["pid"] for result in recorder.remembered.values()} != {PARENT}
    assert_each_answered_once(recorder, KEYS)
    assert fractions == sorted(fractions) and 0 <= fractions[0] and fractions[-1] <= 1


def test_work_of_this_process_only_is_done_once_its_share_is_answered(few_keys_fork, tmp_path):
    """``meanwhile`` (making rows, in the algorithm) takes turns with the helper's addresses."""
    recorder = Recorder()
    answered_at_turns = []

    def meanwhile():
        answered_at_turns.append(len(recorder.here))
        return len(answered_at_turns) <= 30  # then nothing left to do: this process takes addresses

    slow_helper = Paced(recorder.geocode, tmp_path, pause=0.0005, helper_pause=0.002)
    report = geocode_keys(slow_helper, KEYS, recorder.remember, meanwhile=meanwhile)
    assert report.forked and not report.stopped
    assert answered_at_turns and min(answered_at_turns) >= len(KEYS) // 2
    assert_each_answered_once(recorder, KEYS)


def test_one_process_when_told_or_when_small(few_keys_fork, monkeypatch):
    recorder = Recorder()
    assert not geocode_keys(recorder.geocode, KEYS[:50], recorder.remember).forked
    monkeypatch.setenv("INFOSEGURA_GEOCODE_PROCESSES", "1")
    assert not helper_allowed()
    report = geocode_keys(recorder.geocode, KEYS, recorder.remember)
    assert not report.forked and not recorder.remembered
    monkeypatch.setenv("INFOSEGURA_GEOCODE_PROCESSES", "two")
    assert not helper_allowed()
    monkeypatch.setenv("INFOSEGURA_GEOCODE_PROCESSES", "2")
    assert helper_allowed()


def test_a_failing_helper_leaves_its_share_to_this_process(few_keys_fork):
    def failing_in_helper(text, town):
        if os.getpid() != PARENT:
            raise RuntimeError("the helper breaks")
        time.sleep(0.0005)  # slow enough here to see the helper end
        return answer(text, town)

    recorder = Recorder(failing_in_helper)
    report = geocode_keys(recorder.geocode, KEYS, recorder.remember)
    assert report.forked and report.stopped == "failed" and report.keys_returned == 0
    assert_each_answered_once(recorder, KEYS)


def test_a_hanging_helper_is_not_waited_for_and_is_stopped(few_keys_fork, tmp_path):
    pid_file = tmp_path / "helper.pid"

    def hanging_in_helper(text, town):
        if os.getpid() != PARENT:
            record_pid(pid_file)
            time.sleep(600)
        return answer(text, town)

    recorder = Recorder(hanging_in_helper)
    started = time.monotonic()
    report = geocode_keys(recorder.geocode, KEYS, recorder.remember)
    assert time.monotonic() - started < 30
    assert report.forked and report.keys_returned == 0
    assert_each_answered_once(recorder, KEYS)
    for _wait in range(100):  # the helper may not have written its pid yet when it was stopped
        if pid_file.exists():
            break
        time.sleep(0.01)
    if pid_file.exists():
        assert no_process(int(pid_file.read_text()))


def test_cancel_returns_at_once_and_stops_the_helper(few_keys_fork, tmp_path):
    pid_file = tmp_path / "helper.pid"
    calls = []

    def slow(text, town):
        if os.getpid() != PARENT:
            record_pid(pid_file)
        time.sleep(0.001)
        return answer(text, town)

    def canceled():
        calls.append(1)
        if len(calls) <= 3:
            return False
        for _wait in range(500):  # cancel once the helper is surely at work
            if pid_file.exists():
                break
            time.sleep(0.01)
        return True

    recorder = Recorder(slow)
    started = time.monotonic()
    report = geocode_keys(recorder.geocode, KEYS, recorder.remember, is_canceled=canceled)
    assert report.stopped == "canceled"
    assert time.monotonic() - started < 10
    assert len(recorder.here) < len(KEYS) // 2
    assert pid_file.exists() and no_process(int(pid_file.read_text()))


@pytest.mark.skipif(sys.platform != "linux", reason="Linux only")
def test_the_algorithm_gives_the_same_layer_on_two_cores_as_on_one(run_algorithm, monkeypatch, tmp_path):
    """The sample register through infosegura:geocodeaddresses, forced onto two processes
    (its few hundred addresses are below the real threshold), then onto one."""
    reports = []

    def recording(geocode, *args, **kwargs):
        (tmp_path / "helper.started").unlink(missing_ok=True)
        # The helper slower: this process answers its share first and makes rows meanwhile.
        reports.append(geocode_keys(Paced(geocode, tmp_path, pause=0.001, helper_pause=0.003), *args, **kwargs))
        return reports[-1]

    monkeypatch.setattr(helper_process, "MIN_KEYS", 50)
    monkeypatch.setattr(helper_process, "FRAME_KEYS", 10)
    made_early = []
    make_ready = geocode_rows._BlockRows.make_ready

    def counting(self, *args, **kwargs):
        made = make_ready(self, *args, **kwargs)
        made_early.append(made)
        return made

    monkeypatch.setattr(geocode_rows._BlockRows, "make_ready", counting)
    monkeypatch.setattr(geocode_rows, "geocode_keys", recording)

    def geocoded():
        result = run_algorithm("infosegura:geocodeaddresses", {
            "INPUT": register_as_imported(), "ADDRESS_FIELD": "Address",
            "STREETS": sample_layer("streets"), "STREET_NAME_FIELD": "name",
            "AREAS": sample_layer("neighbourhoods"), "AREA_NAME_FIELD": "name",
            "LANDMARKS": sample_layer("landmarks"), "LANDMARK_NAME_FIELD": "name",
            "MILE_MARKERS": sample_layer("mile_markers"), "OUTPUT": "memory:"})
        return [(f.attributes(), f.geometry().asWkt(3)) for f in result["OUTPUT"].getFeatures()]

    monkeypatch.delenv("INFOSEGURA_GEOCODE_PROCESSES", raising=False)
    two_cores = geocoded()
    assert reports[-1].forked and reports[-1].keys_returned > 0 and not reports[-1].stopped
    assert any(made_early), "rows were made while the helper worked"
    monkeypatch.setenv("INFOSEGURA_GEOCODE_PROCESSES", "1")
    one_core = geocoded()
    assert not reports[-1].forked
    assert len(two_cores) == len(one_core) == 200
    assert two_cores == one_core
    assert {attributes[-6] for attributes, _wkt in one_core} == {"matched", "tied", "unmatched"}
